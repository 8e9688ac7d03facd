// ente-db-migrate backup [PATH] [-o FILE] [--service NAME] [--progress auto|bar|json|none] [--docker PATH]:
// pg_dumpall of the compose project's Postgres into a verified file (and its .json sidecar); nothing else changes.
#include "cli/Cli.h"
#include "cli/TransferConsole.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ServiceContainer.h"
#include "core/postgres/BackupWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace edm::cli {

struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::BackupCommand)
};

int runBackup(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommand::tr(
        "Backs up the Postgres service of a compose project with pg_dumpall (run in its container), into a file that "
        "gets its name only once the dump is complete and verified, with a SHA-256 and a .json description beside "
        "it. Default file: pg<major>.backup.sql in the project folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 BackupCommand::tr("The project folder or compose file (default: the current folder)."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          BackupCommand::tr("The backup file to write."), QStringLiteral("FILE"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           BackupCommand::tr("The Postgres service, when there are several."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption progressOption(
        QStringLiteral("progress"),
        BackupCommand::tr("How to show progress: bar (on a terminal), json (one object per line on standard output), "
                          "none; default: a bar when standard error is a terminal."),
        QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption dockerOption(QStringLiteral("docker"), BackupCommand::tr("The docker program to use."),
                                          QStringLiteral("PATH"));
    parser.addOptions({outputOption, serviceOption, progressOption, dockerOption});
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << '\n'
                    << BackupCommand::tr("Exit codes: 0 the backup is complete and verified, 1 it failed (nothing is "
                                         "left under the file's name), 2 bad arguments or an unusable project.")
                    << '\n';
        return ExitOk;
    }
    const std::optional<TransferConsole::Mode> mode = TransferConsole::modeFromName(parser.value(progressOption));
    if (!mode) {
        context.printError(
            BackupCommand::tr("--progress must be bar, json or none, not \"%1\".").arg(parser.value(progressOption)));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        context.printError(BackupCommand::tr("expected one PATH, got %1.").arg(positional.size()));
        return ExitUsage;
    }
    const QDir cwd(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory);
    const QString path = QDir::cleanPath(cwd.absoluteFilePath(positional.value(0, QStringLiteral("."))));

    TransferConsole console(context, *mode);
    const auto fail = [&](const Error &error, int code) {
        console.endBar();
        console.event(
            QStringLiteral("finished"),
            {{QStringLiteral("ok"), false},
             {QStringLiteral("error"),
              QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}});
        context.printError(error.message);
        return code;
    };

    DockerCliOptions dockerOptions;
    dockerOptions.environment = context.environment;
    dockerOptions.dockerProgram = parser.value(dockerOption);
    DockerCli docker(dockerOptions);
    bool projectError = false;
    const Expected<ServiceContainer> target =
        ServiceContainer::find(docker, path, parser.value(serviceOption), context.environment, &projectError);
    if (!target)
        return fail(target.error(), projectError ? ExitUsage : ExitFailure);
    docker.addSecret(target->service.credentials.password);

    BackupOptions options;
    options.container = target->container.name.isEmpty() ? target->container.id : target->container.name;
    options.credentials = target->service.credentials;
    if (parser.isSet(outputOption))
        options.path = cwd.absoluteFilePath(parser.value(outputOption));
    options.directory = target->projectDir;
    options.composeFile = target->composeFile;
    options.service = target->service.name;
    options.project = target->projectName;

    BackupWriter writer(&docker);
    console.onInterrupt([&writer] { writer.cancel(); });
    QObject::connect(&writer, &BackupWriter::transferProgress, &console, &TransferConsole::progress);
    QObject::connect(&writer, &BackupWriter::phaseChanged, &console, [&](BackupWriter::Phase phase) {
        if (phase != BackupWriter::Phase::Transferring)
            return;
        const BackupResult &r = writer.result();
        if (console.json()) {
            console.event(QStringLiteral("started"),
                          {{QStringLiteral("path"), r.path},
                           {QStringLiteral("container"), options.container},
                           {QStringLiteral("server_version"), r.server.text},
                           {QStringLiteral("estimate_bytes"), r.estimateBytes}});
            return;
        }
        context.out << BackupCommand::tr("Backing up %1 (container %2, PostgreSQL %3, about %4) to %5")
                           .arg(options.service, options.container, r.server.text,
                                TransferProgress::formatBytes(r.estimateBytes), QDir::toNativeSeparators(r.path))
                    << Qt::endl;
    });
    QObject::connect(&writer, &BackupWriter::phaseChanged, &console, [&](BackupWriter::Phase phase) {
        if (phase == BackupWriter::Phase::Verifying)
            console.endBar();
    });

    const Expected<BackupResult> result = writer.runToCompletion(options);
    console.endBar();
    if (!result)
        return fail(result.error(), ExitFailure);

    if (console.json()) {
        QJsonArray databases;
        for (const DumpDatabase &db : result->summary.databases) {
            databases.append(QJsonObject{{QStringLiteral("name"), db.name},
                                         {QStringLiteral("tables"), db.tables.size()},
                                         {QStringLiteral("rows"), db.rows()}});
        }
        console.event(QStringLiteral("finished"),
                      {{QStringLiteral("ok"), true},
                       {QStringLiteral("path"), result->path},
                       {QStringLiteral("sidecar"), result->sidecarPath},
                       {QStringLiteral("bytes"), result->bytes},
                       {QStringLiteral("sha256"), result->sha256},
                       {QStringLiteral("server_version"), result->server.text},
                       {QStringLiteral("databases"), databases}});
        return ExitOk;
    }
    QTextStream &out = context.out;
    const QLocale locale;
    const auto row = [&out](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(11) << value << '\n';
    };
    out << BackupCommand::tr("Backup complete and verified.") << '\n';
    row(BackupCommand::tr("File:"),
        BackupCommand::tr("%1 (%2, %3 bytes)")
            .arg(QDir::toNativeSeparators(result->path), TransferProgress::formatBytes(result->bytes),
                 locale.toString(result->bytes)));
    row(BackupCommand::tr("SHA-256:"), result->sha256);
    row(BackupCommand::tr("Sidecar:"), QDir::toNativeSeparators(result->sidecarPath));
    for (const DumpDatabase &db : result->summary.databases) {
        row(BackupCommand::tr("Database:"),
            BackupCommand::tr("%1: %n table(s), %2 rows", nullptr, int(db.tables.size()))
                .arg(db.name, locale.toString(db.rows())));
    }
    if (result->replacedExisting)
        out << BackupCommand::tr("(A previous backup of that name was replaced.)") << '\n';
    out.flush();
    return ExitOk;
}

} // namespace edm::cli
