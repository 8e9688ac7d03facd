// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate migrate | resume | rollback: the migration engine on the terminal.
#include "cli/Cli.h"
#include "cli/Command.h"
#include "cli/EngineDriver.h"

#include <unistd.h>

namespace edm::cli {

namespace {

class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::MigrateCommand)

public:
    explicit MigrateCommand(EngineDriver::Action action)
        : m_action(action)
    {
        switch (action) {
        case EngineDriver::Action::Start:
            setDescription(
                tr("Migrates the Postgres service of a compose project to a newer major version: preflight checks, a "
                   "verified backup, stop, upgrade, switch to the new image, verify. Asks before each change unless "
                   "--yes."));
            break;
        case EngineDriver::Action::Resume:
            setDescription(tr("Continues a migration that stopped (closed, crashed or failed) from its journal."));
            break;
        case EngineDriver::Action::Rollback:
            setDescription(
                tr("Undoes a migration: the original compose file comes back byte for byte and, when the data was "
                   "already converted, the backup is restored into the volume for the original Postgres version."));
            break;
        }
        setHelpEpilogue(tr("Exit codes: 0 done, 1 a step failed (see the message; resume or roll back), 2 bad "
                           "arguments or an unusable project, 5 stopped by you or nothing to do."));
        addPathArgument();
        addOption(m_yesOption);
        addOption(m_jsonEventsOption);
        addOption(m_verboseOption);
        addDockerOption();
        if (action == EngineDriver::Action::Start) {
            addServiceOption();
            for (const QCommandLineOption &option :
                 {m_targetOption, m_methodOption, m_rehearseOption, m_backupDirOption, m_timeoutOption,
                  m_upgradeImageOption, m_finalImageOption})
                addOption(option);
        }
    }

protected:
    int run() override;

private:
    const EngineDriver::Action m_action;
    const QCommandLineOption m_yesOption{QStringLiteral("yes"), tr("Agree to every change without asking.")};
    const QCommandLineOption m_jsonEventsOption{QStringLiteral("json-events"),
                                                tr("Print every event as one JSON object per line.")};
    const QCommandLineOption m_verboseOption{QStringLiteral("verbose"), tr("Print every log line.")};
    const QCommandLineOption m_targetOption{QStringLiteral("target"),
                                            tr("The Postgres major version to move to: 15, 16 (default), 17 or 18."),
                                            QStringLiteral("N"), QStringLiteral("16")};
    const QCommandLineOption m_upgradeImageOption{
        QStringLiteral("upgrade-image"),
        tr("The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:<target>-trixie, or "
           "<target>-alpine for an Alpine stack), e.g. a mirror's copy or a digest."),
        QStringLiteral("IMAGE")};
    const QCommandLineOption m_finalImageOption{
        QStringLiteral("final-image"),
        tr("The postgres image to run afterwards (default: postgres:<target> in the current image's registry and "
           "flavour), e.g. a mirror's copy or a digest."),
        QStringLiteral("IMAGE")};
    const QCommandLineOption m_methodOption{
        QStringLiteral("method"),
        tr("How the data moves: \"pgautoupgrade\" (default) converts it in place with the pgautoupgrade image; "
           "\"dump-restore\" restores the backup into a new volume <volume>-pg<target> (a folder <dir>-pg<target> "
           "for a bind mount) for the plain target image and keeps the old volume untouched for a rollback."),
        QStringLiteral("METHOD"), QStringLiteral("pgautoupgrade")};
    const QCommandLineOption m_rehearseOption{
        QStringLiteral("rehearse"),
        tr("Restore the backup into a throwaway container of the target version and verify it there before touching "
           "the real data.")};
    const QCommandLineOption m_backupDirOption{QStringLiteral("backup-dir"),
                                               tr("Where the backup is written (default: the project folder)."),
                                               QStringLiteral("DIR")};
    const QCommandLineOption m_timeoutOption{QStringLiteral("timeout"),
                                             tr("Minutes to wait for the upgrade to complete (default 60)."),
                                             QStringLiteral("MINUTES"), QStringLiteral("60")};
};

int MigrateCommand::run()
{
    const QStringList positional = positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("expected one PATH, got %1.").arg(positional.size()));

    MigrationEngine::Options options;
    options.projectPath = projectPath();
    options.docker.environment = context().environment;
    options.docker.dockerProgram = dockerOptions().dockerProgram;
    if (m_action == EngineDriver::Action::Start) {
        options.service = service();
        const Expected<int> target = MigrationPlan::parseTarget(value(m_targetOption));
        if (!target)
            return fail(target.error(), ExitUsage);
        options.target = *target;
        options.upgradeImage = value(m_upgradeImageOption).trimmed();
        options.finalImage = value(m_finalImageOption).trimmed();
        const std::optional<MigrationEngine::Method> method = MigrationEngine::methodFromId(value(m_methodOption));
        if (!method)
            return usageError(tr("--method must be pgautoupgrade or dump-restore."));
        options.method = *method;
        options.rehearse = isSet(m_rehearseOption);
        if (isSet(m_backupDirOption))
            options.backupDir = workingDirectory().absoluteFilePath(value(m_backupDirOption));
        bool ok = false;
        const int minutes = value(m_timeoutOption).toInt(&ok);
        if (!ok || minutes <= 0)
            return usageError(tr("--timeout must be a number of minutes."));
        options.upgradeTimeoutSeconds = minutes * 60;
    }

    MigrationEngine engine(options);
    EngineDriver::Settings settings;
    settings.yes = isSet(m_yesOption);
    settings.jsonEvents = isSet(m_jsonEventsOption);
    settings.verbose = isSet(m_verboseOption);
    settings.interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    EngineDriver driver(&engine, context(), settings);
    return driver.run(m_action);
}

} // namespace

std::unique_ptr<Command> makeMigrateCommand()
{
    return std::make_unique<MigrateCommand>(EngineDriver::Action::Start);
}

std::unique_ptr<Command> makeResumeCommand()
{
    return std::make_unique<MigrateCommand>(EngineDriver::Action::Resume);
}

std::unique_ptr<Command> makeRollbackCommand()
{
    return std::make_unique<MigrateCommand>(EngineDriver::Action::Rollback);
}

} // namespace edm::cli
