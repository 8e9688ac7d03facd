// ente-db-migrate migrate | resume | rollback: the migration engine on the terminal.
#include "cli/Cli.h"
#include "cli/EngineDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <unistd.h>

namespace edm::cli {

struct MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::MigrateCommand)
};

namespace {

int runEngine(CommandContext &context, EngineDriver::Action action)
{
    QCommandLineParser parser;
    switch (action) {
    case EngineDriver::Action::Start:
        parser.setApplicationDescription(MigrateCommand::tr(
            "Migrates the Postgres service of a compose project to a newer major version: preflight checks, a "
            "verified backup, stop, upgrade, switch to the new image, verify. Asks before each change unless --yes."));
        break;
    case EngineDriver::Action::Resume:
        parser.setApplicationDescription(
            MigrateCommand::tr("Continues a migration that stopped (closed, crashed or failed) from its journal."));
        break;
    case EngineDriver::Action::Rollback:
        parser.setApplicationDescription(MigrateCommand::tr(
            "Undoes a migration: the original compose file comes back byte for byte and, when the data was already "
            "converted, the backup is restored into the volume for the original Postgres version."));
        break;
    }
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"), MigrateCommand::tr("The project folder or compose file (default: the current folder)."),
        QStringLiteral("[PATH]"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       MigrateCommand::tr("Agree to every change without asking."));
    const QCommandLineOption jsonOption(QStringLiteral("json-events"),
                                        MigrateCommand::tr("Print every event as one JSON object per line."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), MigrateCommand::tr("Print every log line."));
    const QCommandLineOption dockerOption(QStringLiteral("docker"), MigrateCommand::tr("The docker program to use."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           MigrateCommand::tr("The Postgres service, when there are several."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          MigrateCommand::tr("The Postgres major version to move to: 15, 16 "
                                                             "(default) or 17."),
                                          QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        MigrateCommand::tr(
            "How the data moves: \"pgautoupgrade\" (default) converts it in place with the "
            "pgautoupgrade image; \"dump-restore\" restores the backup into a new volume "
            "<volume>-pg<target> (a folder <dir>-pg<target> for a bind mount) for the plain target image "
            "and keeps the old volume untouched for a rollback."),
        QStringLiteral("METHOD"), QStringLiteral("pgautoupgrade"));
    const QCommandLineOption rehearseOption(
        QStringLiteral("rehearse"),
        MigrateCommand::tr("Restore the backup into a throwaway container of the target version and verify it there "
                           "before touching the real data."));
    const QCommandLineOption backupDirOption(QStringLiteral("backup-dir"),
                                             MigrateCommand::tr("Where the backup is written (default: the project "
                                                                "folder)."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           MigrateCommand::tr("Minutes to wait for the upgrade to complete (default "
                                                              "60)."),
                                           QStringLiteral("MINUTES"), QStringLiteral("60"));
    parser.addOptions({yesOption, jsonOption, verboseOption, dockerOption});
    if (action == EngineDriver::Action::Start)
        parser.addOptions({serviceOption, targetOption, methodOption, rehearseOption, backupDirOption, timeoutOption});
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << '\n'
                    << MigrateCommand::tr("Exit codes: 0 done, 1 a step failed (see the message; resume or roll "
                                          "back), 2 bad arguments or an unusable project, 5 stopped by you or nothing "
                                          "to do.")
                    << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        context.printError(MigrateCommand::tr("expected one PATH, got %1.").arg(positional.size()));
        return ExitUsage;
    }

    MigrationEngine::Options options;
    const QDir cwd(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory);
    options.projectPath = QDir::cleanPath(cwd.absoluteFilePath(positional.value(0, QStringLiteral("."))));
    options.docker.environment = context.environment;
    options.docker.dockerProgram = parser.value(dockerOption);
    if (action == EngineDriver::Action::Start) {
        options.service = parser.value(serviceOption);
        bool ok = false;
        const Expected<int> target = MigrationPlan::parseTarget(parser.value(targetOption));
        if (!target) {
            context.printError(target.error().message);
            return ExitUsage;
        }
        options.target = *target;
        const std::optional<MigrationEngine::Method> method = MigrationEngine::methodFromId(parser.value(methodOption));
        if (!method) {
            context.printError(MigrateCommand::tr("--method must be pgautoupgrade or dump-restore."));
            return ExitUsage;
        }
        options.method = *method;
        options.rehearse = parser.isSet(rehearseOption);
        if (parser.isSet(backupDirOption))
            options.backupDir = cwd.absoluteFilePath(parser.value(backupDirOption));
        const int minutes = parser.value(timeoutOption).toInt(&ok);
        if (!ok || minutes <= 0) {
            context.printError(MigrateCommand::tr("--timeout must be a number of minutes."));
            return ExitUsage;
        }
        options.upgradeTimeoutSeconds = minutes * 60;
    }

    MigrationEngine engine(options);
    EngineDriver::Settings settings;
    settings.yes = parser.isSet(yesOption);
    settings.jsonEvents = parser.isSet(jsonOption);
    settings.verbose = parser.isSet(verboseOption);
    settings.interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    EngineDriver driver(&engine, context, settings);
    return driver.run(action);
}

} // namespace

int runMigrate(CommandContext &context)
{
    return runEngine(context, EngineDriver::Action::Start);
}

int runResume(CommandContext &context)
{
    return runEngine(context, EngineDriver::Action::Resume);
}

int runRollback(CommandContext &context)
{
    return runEngine(context, EngineDriver::Action::Rollback);
}

} // namespace edm::cli
