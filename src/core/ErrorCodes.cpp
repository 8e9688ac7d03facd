// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ErrorCodes.h"

#include <QJsonValue>

namespace edm::ErrorCode {

const QList<Info> &all()
{
    static const QList<Info> registry = {
        {Usage, ExitUsage, "The command line was wrong: an unknown option, a missing or extra argument, a bad value."},
        {NoComposeFile, ExitUsage, "No compose file in the given folder, or the given file does not exist."},
        {Unreadable, ExitUsage, "A file (compose file, .env, journal, data version) exists but cannot be read."},
        {InvalidYaml, ExitUsage, "The compose file is not valid YAML (with line and column)."},
        {NoPostgresService, ExitUsage, "The compose file has no Postgres service."},
        {AmbiguousService, ExitUsage, "The compose file has several Postgres services and --service names none."},
        {ServiceNotFound, ExitUsage, "The service named with --service is not in the compose file."},
        {UnsupportedImage, ExitUsage, "The Postgres image cannot be edited or is not a Postgres image this app knows."},
        {UnsupportedTarget, ExitUsage, "The target major version is not one of the supported ones."},
        {UnsupportedVolume, ExitFailure, "The data volume's form is not one the chosen method can handle."},
        {UnsupportedEdit, ExitFailure,
         "The image scalar cannot be replaced byte for byte (anchor, alias or multi-line value)."},
        {EditCheckFailed, ExitUsage, "Re-reading the edited compose file showed a change other than the image."},
        {TargetNotAboveSource, ExitUsage, "The target major version is not above the data's current one."},
        {FileChanged, ExitFailure, "The compose file changed on disk between the plan and the edit."},
        {Unwritable, ExitFailure, "A file (compose file, journal, report) cannot be written."},
        {CorruptJournal, ExitUsage, "The migration journal exists but is not one this app wrote."},
        {NothingToReport, ExitUsage, "No migration of the project has been recorded, so there is no report to write."},
        {OpenFailed, ExitUsage, "A file to read (dump, log) cannot be opened."},
        {ReadFailed, ExitUsage, "Reading a file (dump, standard input) failed part way."},
        {TempDir, ExitFailure, "No temporary folder could be created."},
        {Declined, ExitStopped, "You declined a step, or nothing is changed without --yes off a terminal."},
        {Cancelled, ExitStopped, "The operation was cancelled."},
        {AlreadyTarget, ExitStopped, "The data is already on the target version: nothing to do."},
        {UnfinishedMigration, ExitStopped, "A migration of the project is already under way: resume or roll it back."},
        {UnfinishedRollback, ExitStopped, "A rollback of the project stopped before it finished: run it again."},
        {ContainerChanged, ExitFailure,
         "The service's container changed after it was confirmed; nothing was restored."},
        {NothingToResume, ExitStopped, "There is no stopped migration to resume."},
        {NothingToRollBack, ExitStopped, "There is no migration to roll back."},
        {Internal, ExitFailure, "An internal error (a programming mistake); please report it."},
        {ProcessNotFound, ExitFailure, "The program to run was not found."},
        {ProcessFailedToStart, ExitFailure, "The program was found but could not be started."},
        {ProcessCrashed, ExitFailure, "The program crashed."},
        {ProcessExitCode, ExitFailure, "The program exited with a non-zero exit code."},
        {ProcessTimeout, ExitFailure, "The program did not finish in time."},
        {ProcessCancelled, ExitFailure, "The program was stopped before it finished."},
        {ProcessWriteFailed, ExitFailure, "Writing to the program's standard input failed."},
        {DockerNotFound, ExitFailure, "The docker program was not found."},
        {DockerPermissionDenied, ExitFailure, "The user may not talk to the Docker daemon's socket."},
        {DockerDaemonDown, ExitFailure, "The Docker daemon does not answer."},
        {DockerUnexpectedOutput, ExitFailure, "docker printed something this app cannot parse."},
        {ComposeNotFound, ExitFailure, "Neither docker compose (v2) nor docker-compose (v1) was found."},
        {ComposeNoFile, ExitFailure, "docker compose found no configuration file."},
        {ComposeInvalidFile, ExitFailure, "docker compose rejected the compose file."},
        {ComposeUsage, ExitFailure, "docker compose rejected its command line."},
        {ComposeBuildFailed, ExitFailure, "docker compose could not build an image."},
        {ComposePullFailed, ExitFailure, "docker compose could not pull an image."},
        {NoSuchVolume, ExitFailure, "docker has no volume of that name."},
        {VolumeInUse, ExitFailure, "docker cannot remove a volume a container still uses."},
        {ContainerNameInUse, ExitFailure, "a container of that name exists already."},
        {ImagePullFailed, ExitFailure, "docker could not pull an image."},
        {DockerDiskFull, ExitFailure, "docker's storage is full."},
        {ContainerExited, ExitFailure, "The container exited early (with its exit code and last log lines)."},
        {ContainerNotRunning, ExitFailure, "The service's container is not running."},
        {ContainerMissing, ExitFailure, "The service's container cannot be found after starting it."},
        {NoSuchContainer, ExitFailure, "docker knows no container of that name."},
        {NoSuchService, ExitFailure, "docker compose knows no service of that name."},
        {ExecCommandNotFound, ExitFailure, "The command run with docker exec does not exist in the container."},
        {StillRunning, ExitFailure, "A container still runs after stopping the stack."},
        {VolumeMissing, ExitFailure, "The service's data volume cannot be found."},
        {ServerNotRunning, ExitFailure, "The Postgres server in the container is not running."},
        {ServerNotReady, ExitFailure, "The Postgres server did not accept connections in time."},
        {ServerStarting, ExitFailure, "The Postgres server is still starting."},
        {NoPgVersion, ExitFailure, "The data directory holds no PG_VERSION file."},
        {ProbeUnexpectedOutput, ExitFailure, "psql printed something this app cannot parse."},
        {ProbeUnsupported, ExitFailure, "The server's version cannot answer a query this app needs."},
        {SqlError, ExitFailure, "Postgres reported an error for a query (with the line)."},
        {AuthFailed, ExitFailure, "Postgres refused the password from the compose file."},
        {AuthNoPassword, ExitFailure, "Postgres asks for a password and the compose file sets none."},
        {AuthRejected, ExitFailure, "pg_hba.conf rejects the connection."},
        {RoleMissing, ExitFailure, "The role from the compose file does not exist in the server."},
        {DatabaseMissing, ExitFailure, "The database from the compose file does not exist in the server."},
        {LoginRejected, ExitFailure, "The login over TCP was rejected by pg_hba.conf."},
        {LoginRoleMissing, ExitFailure, "The login over TCP failed: the role does not exist."},
        {LoginDatabaseMissing, ExitFailure, "The login over TCP failed: the database does not exist."},
        {LoginMd5UnderScram, ExitFailure,
         "The login over TCP failed: an md5 password under scram-sha-256 authentication."},
        {LoginNoHbaEntry, ExitFailure, "The login over TCP failed: no pg_hba.conf entry allows it."},
        {LoginNoPassword, ExitFailure, "The login over TCP failed: the role has no password."},
        {LoginNoTcp, ExitFailure, "The server does not listen on TCP."},
        {LoginPasswordWrong, ExitFailure, "The login over TCP failed: the password is wrong."},
        {DumpToolTooOld, ExitFailure, "The container's pg_dumpall is older than the server."},
        {BackupNoContainer, ExitFailure, "No container to back up from."},
        {BackupNoSpace, ExitFailure, "Not enough free space where the backup is written."},
        {BackupDiskFull, ExitFailure,
         "The disk filled up while the backup was written; nothing is left under its name."},
        {BackupTargetUnwritable, ExitFailure, "The backup file or its folder cannot be written."},
        {BackupExists, ExitFailure, "A file of the backup's name exists; it is not replaced."},
        {BackupWriteFailed, ExitFailure, "Writing the backup failed."},
        {BackupContainerDied, ExitFailure, "The container stopped while the backup ran."},
        {BackupVerifyFailed, ExitFailure, "The written backup does not read back as a complete dump."},
        {BackupCancelled, ExitFailure, "The backup was stopped; nothing is left under the file's name."},
        {SidecarUnreadable, ExitFailure, "The backup's .json description cannot be read."},
        {SidecarInvalid, ExitFailure, "The backup's .json description is not valid JSON."},
        {SidecarForeign, ExitFailure, "The .json file is not a backup description written by this app."},
        {SidecarVersion, ExitFailure, "The backup description has a format version this release cannot read."},
        {SidecarWriteFailed, ExitFailure, "The backup's .json description cannot be written."},
        {RestoreNoTarget, ExitFailure, "No container to restore into."},
        {RestoreFileUnreadable, ExitFailure, "The dump to restore cannot be read."},
        {RestoreCompressed, ExitFailure, "The dump is compressed; restore takes plain SQL."},
        {RestoreCustomFormat, ExitFailure, "The dump is a pg_dump custom-format archive; restore takes plain SQL."},
        {RestoreSqlError, ExitFailure, "psql stopped at an error in the dump (with its line)."},
        {RestoreContainerDied, ExitFailure, "The container stopped while the restore ran."},
        {RestoreCancelled, ExitFailure, "The restore was stopped."},
        {PreflightFailed, ExitFailure, "A preflight check failed."},
        {DowngradeTrap, ExitFailure, "The image's Postgres is older than the data's."},
        {NoBackup, ExitFailure, "There is no backup to use."},
        {RehearsalFailed, ExitFailure, "The rehearsal in a throwaway container failed."},
        {UpgradeFailed, ExitFailure, "The upgrade (pgautoupgrade) failed."},
        {UpgradeTimeout, ExitFailure, "The upgrade did not finish in time."},
        {UpgradeInterrupted, ExitFailure, "The upgrade was cut off and its data cannot be read: roll back."},
        {VerifyFailed, ExitFailure, "A check of the upgraded server failed."},
        {RollbackManual, ExitFailure, "The rollback needs a manual step (the data is in a folder, not a volume)."},
        {UnsafeStateFolder, ExitUsage,
         "The .ente-db-migrate folder, or something in it, is a symlink, not a regular file or not the user's."},
        {RunInProgress, ExitStopped, "Another run of the app holds the project's lock (migrate, resume, rollback)."},
        {InputTooLarge, ExitUsage, "A file to read (compose file, .env, journal) is larger than the app's limit."},
        {NotRegularFile, ExitUsage, "A file to read or write is a folder, FIFO or device, not a regular file."},
        {InputTooComplex, ExitUsage,
         "A compose file expands past the app's budget (YAML aliases, or interpolation output)."},
        {UnsafeOutput, ExitUsage, "The output path is a symlink, device or folder; nothing was written."},
    };
    return registry;
}

namespace {

const Info *find(QStringView code)
{
    for (const Info &info : all()) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

} // namespace

bool isKnown(QStringView code)
{
    return find(code) != nullptr;
}

int exitCodeFor(QStringView code)
{
    const Info *info = find(code);
    return info ? info->exitCode : ExitFailure;
}

int exitCodeFor(const Error &error)
{
    return error.isNull() ? ExitOk : exitCodeFor(QStringView(error.code));
}

QString description(QStringView code)
{
    const Info *info = find(code);
    return info ? QString::fromUtf8(info->description) : QString();
}

QJsonObject toJson(const Error &error)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const auto numberOrNull = [](int n) { return n > 0 ? QJsonValue(n) : QJsonValue(QJsonValue::Null); };
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), error.code},
                         {QStringLiteral("message"), error.message.toString()},
                         {QStringLiteral("file"), orNull(error.file)},
                         {QStringLiteral("line"), numberOrNull(error.line)},
                         {QStringLiteral("column"), numberOrNull(error.column)}}}};
}

} // namespace edm::ErrorCode
