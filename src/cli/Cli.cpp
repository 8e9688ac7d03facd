// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Command.h"

#include "core/Translations.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace edm::cli {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::Cli)
};

namespace {

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

bool isVersion(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

} // namespace

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> list = {
        {"plan", QT_TRANSLATE_NOOP("edm::cli::Cli", "Show what the migration would change in a compose project"),
         &makePlanCommand},
        {"migrate", QT_TRANSLATE_NOOP("edm::cli::Cli", "Run the migration: preflight, backup, upgrade, verify"),
         &makeMigrateCommand},
        {"status", QT_TRANSLATE_NOOP("edm::cli::Cli", "Show where a project's migration stands"), &makeStatusCommand},
        {"resume", QT_TRANSLATE_NOOP("edm::cli::Cli", "Continue a migration that stopped"), &makeResumeCommand},
        {"rollback", QT_TRANSLATE_NOOP("edm::cli::Cli", "Undo a migration: original compose file and data back"),
         &makeRollbackCommand},
        {"report", QT_TRANSLATE_NOOP("edm::cli::Cli", "Write a migration's report (HTML, Markdown, JSON, PDF)"),
         &makeReportCommand, true},
        {"inspect",
         QT_TRANSLATE_NOOP("edm::cli::Cli", "Say what a pg_dumpall or pg_dump backup holds and whether it is complete"),
         &makeInspectCommand},
        {"backup",
         QT_TRANSLATE_NOOP("edm::cli::Cli",
                           "Back up a compose project's Postgres with pg_dumpall into a verified file (with SHA-256)"),
         &makeBackupCommand},
        {"restore",
         QT_TRANSLATE_NOOP("edm::cli::Cli",
                           "Restore a pg_dumpall file into the project's Postgres, or into a throwaway container"),
         &makeRestoreCommand},
        {"watch-log",
         QT_TRANSLATE_NOOP("edm::cli::Cli",
                           "Follow a pgautoupgrade or Postgres container log and say when the upgrade is done"),
         &makeWatchLogCommand},
    };
    return list;
}

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (isHelp(first) || isVersion(first) || findCommand(first))
        return true;
    // A word that is neither an option for Qt (-platform …) nor a file to open is a mistyped subcommand: say so on
    // the terminal rather than opening a window.
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

QString helpText(const QString &program)
{
    QString text;
    QTextStream s(&text);
    s << Cli::tr("Usage: %1 [COMMAND] [OPTIONS]").arg(program) << '\n'
      << '\n'
      << Cli::tr("Moves a self-hosted Ente (or any docker compose) Postgres from one major version to the next, with a "
                 "verified backup, the compose diff shown first, and proof that every row arrived.")
      << '\n'
      << '\n'
      << Cli::tr("Without a command, the wizard opens. With a backup file (.sql), the backup browser opens.") << '\n'
      << '\n'
      << Cli::tr("Commands:") << '\n';
    for (const CommandEntry &command : commands())
        s << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
          << QCoreApplication::translate("edm::cli::Cli", command.summary) << '\n';
    s << '\n'
      << Cli::tr("Options:") << '\n'
      << "  -h, --help     " << Cli::tr("Show this help; COMMAND --help shows a command's options") << '\n'
      << "  -v, --version  " << Cli::tr("Show the version") << '\n'
      << '\n'
      << Cli::tr("Exit codes:") << '\n'
      << "  0  " << Cli::tr("success") << '\n'
      << "  1  " << Cli::tr("the operation ran and failed") << '\n'
      << "  2  " << Cli::tr("bad arguments, or the project or file cannot be used") << '\n'
      << "  3  " << Cli::tr("readable but incomplete or suspect (inspect)") << '\n'
      << "  4  " << Cli::tr("the log ended or timed out before the upgrade completed (watch-log)") << '\n'
      << "  5  " << Cli::tr("stopped by you, or nothing to do (migrate, resume, rollback)") << '\n';
    return text;
}

int run(CommandContext &context)
{
    const QStringList &args = context.arguments;
    const QString program = args.isEmpty() ? QStringLiteral(EDM_EXECUTABLE) : QFileInfo(args.first()).fileName();
    if (args.size() < 2 || isHelp(args.at(1))) {
        context.out << helpText(program);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (isVersion(args.at(1))) {
        context.out << EDM_EXECUTABLE << ' ' << EDM_VERSION << '\n';
        return ExitOk;
    }
    const CommandEntry *command = findCommand(args.at(1));
    if (!command) {
        // A path that does not exist (a backup or project to open in the window) is not a mistyped command.
        const QString &word = args.at(1);
        const bool looksLikePath = word.contains(u'/') || word.contains(u'.');
        if (looksLikePath) {
            context.printError(Cli::tr("%1: no such file or folder. Give a backup (.sql) to open it in the backup "
                                       "browser, or a compose project's folder or file to open it in the wizard.")
                                   .arg(word));
        } else {
            context.printError(
                Cli::tr("unknown command \"%1\". Run \"%2 --help\" for the list of commands.").arg(word, program));
        }
        return ExitUsage;
    }
    CommandContext sub{QStringList{program + u' ' + QLatin1String(command->name)} + args.mid(2), context.out,
                       context.err, context.environment, context.workingDirectory};
    return command->create()->execute(sub);
}

int main(int argc, char *argv[])
{
    // --version answers before anything heavier is set up.
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("%s %s\n", EDM_EXECUTABLE, EDM_VERSION);
        return ExitOk;
    }
    // A command that renders (PDF) needs a QGuiApplication; without a display it uses the offscreen platform.
    const CommandEntry *command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->guiApplication) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral(EDM_EXECUTABLE));
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDM_VERSION));
    installTranslators(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{QCoreApplication::arguments(), out, err, QProcessEnvironment::systemEnvironment(),
                           QDir::currentPath()};
    const int code = run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace edm::cli
