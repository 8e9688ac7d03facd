// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/PreflightStep.h"

#include "core/migration/Checks.h"
#include "core/migration/MigrationRun.h"
#include "core/migration/steps/DataVersionJob.h"
#include "core/postgres/ServerProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace edm {

PreflightStep::PreflightStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Preflight, run, parent)
{
}

void PreflightStep::doStart()
{
    const ComposeTool &tool = m_run.docker->composeTool();
    addCheck(QStringLiteral("docker"), trText("Docker and compose"), CheckResult::Pass,
             trText("%1 %2, engine at %3").arg(tool.displayName(), tool.version, m_run.docker->daemonAddress()));
    const PostgresService &service = m_run.service();
    // The healthcheck matters to pgautoupgrade only; dump-restore starts a fresh server on a new volume.
    if (const auto check = m_run.isDumpRestore() ? std::nullopt : Checks::healthcheck(service))
        addCheck(*check);
    if (const auto check = Checks::pgdata(service))
        addCheck(*check);
    if (const auto check = Checks::oneShot(service, m_run.isDumpRestore()))
        addCheck(*check);
    peekDataVersion();
}

void PreflightStep::peekDataVersion()
{
    // The downgrade trap, before anything starts: an image older than the data refuses to start on it.
    auto *peek = new DataVersionJob(m_run, this);
    runJob(peek, [this, peek](const Error &error) {
        if (!error.isNull())
            return emitResult(error);
        const std::optional<MigrationReport::Check> check = peek->downgradeCheck();
        if (!check)
            return probeServer();
        addCheck(*check);
        m_run.saveReport();
        emitResult(
            Error{QStringLiteral("preflight_failed"),
                  trText("The preflight found what must be fixed first: the compose image is older than the data. "
                         "Nothing was started or changed. %1")
                      .arg(check->fix)});
    });
}

void PreflightStep::probeServer()
{
    withReadyServer([this](ServerProbe *probe) {
        probe->snapshot(this, [this](const Expected<ServerSnapshot> &snapshot) {
            if (!proceed())
                return;
            if (!snapshot)
                return emitResult(snapshot.error());
            evaluate(*snapshot);
        });
    });
}

void PreflightStep::evaluate(const ServerSnapshot &snapshot)
{
    const PostgresService &service = m_run.service();
    const int target = m_run.options.target;
    m_run.report.versionBefore = snapshot.version.text;
    m_run.journal->sourceMajor = snapshot.version.major;
    m_run.journal->sourceVersion = snapshot.version.text;
    m_run.journal->sourceSize = snapshot.totalSize();

    const MigrationReport::Check version = Checks::serverVersion(snapshot.version, service.ref, target);
    addCheck(version);
    if (version.result == CheckResult::Fail)
        m_blockers.append(trText("the server already runs PostgreSQL %1").arg(snapshot.version.text));

    QList<MigrationReport::Check> checks;
    if (const auto check = Checks::imageAndData(service, snapshot.dataDirectory.major, m_run.plan->composeFile()))
        checks.append(*check);
    const QString backupFolder = QFileInfo(m_run.backupFilePath()).absolutePath();
    const QStorageInfo storage(backupFolder);
    const bool known = QFileInfo(backupFolder).isDir() && storage.isValid() && storage.isReady();
    checks.append(Checks::backupSpace(snapshot.totalSize(), known ? storage.bytesAvailable() : -1, backupFolder));
    // md5 passwords: pgautoupgrade keeps the old pg_hba.conf, a new cluster of 14+ asks for scram-sha-256.
    checks.append(Checks::passwordHashes(snapshot.roles, target, m_run.isDumpRestore(), service.credentials.user));
    // Collation: text sort order comes from the C library; a change of it leaves text indexes in the wrong order.
    const QString targetImage = m_run.plan->steps().isEmpty() ? QString() : m_run.plan->steps().last().image;
    checks.append(Checks::collation(snapshot.databases, service.ref, ImageRef::parse(targetImage)));
    // pgautoupgrade's own sharp edges, before anything changes: extensions its image lacks (the plain target image
    // lacks them too), names its post-upgrade loop splits, a POSTGRES_USER pg_upgrade refuses.
    checks.append(Checks::extensions(snapshot.databases, target, m_run.isDumpRestore()));
    checks.append(Checks::databaseNames(snapshot.databases, m_run.isDumpRestore()));
    checks.append(Checks::installUser(snapshot.installUser, service.credentials.user, m_run.isDumpRestore()));
    if (!snapshot.warnings.isEmpty()) {
        checks.append({QStringLiteral("probe"),
                       trText("Server details"),
                       CheckResult::Warn,
                       joinTexts(snapshot.warnings, Text(QStringLiteral(" "))),
                       {}});
    }
    for (const MigrationReport::Check &check : std::as_const(checks)) {
        record(check);
    }
    lookForLockFile(snapshot.dataDirectory.path());
}

void PreflightStep::lookForLockFile(const QString &dataDirectory)
{
    const QString lock = dataDirectory + QStringLiteral("/upgrade_in_progress.lock");
    ExecOptions exec;
    exec.interactive = false;
    run(m_run.docker->exec(m_run.probeContainer, {QStringLiteral("test"), QStringLiteral("-e"), lock}, exec, this),
        [this, lock](const ProcessResult &result) {
            if (!proceed())
                return;
            const bool absent = result.outcome == ProcessResult::Outcome::ExitCode && result.exitCode == 1;
            const Checks::LockFile found = result.ok() ? Checks::LockFile::Present
                : absent                               ? Checks::LockFile::Absent
                                                       : Checks::LockFile::Unknown;
            const MigrationReport::Check check =
                Checks::lockFile(found, lock, m_run.options.service, result.error.message);
            record(check);
            if (m_run.isDumpRestore() && m_run.plan->volumeSwitch())
                return checkNewVolume();
            conclude();
        });
}

void PreflightStep::checkNewVolume()
{
    const VolumeSwitch &sw = *m_run.plan->volumeSwitch();
    const auto recordVolume = [this](bool folder, bool free, const QString &name) {
        record(Checks::newVolume(folder, free, name));
        conclude();
    };
    if (sw.type != VolumeMount::Type::Volume) {
        const QDir dir(sw.newSource);
        return recordVolume(true, !dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                            sw.newSource);
    }
    // Compose names the volume <project>_<key>; one of that name may exist without compose's labels too.
    const QString name = m_run.target.projectName + u'_' + sw.newSource;
    m_run.docker->volumeExists(name, this, [this, recordVolume, name](const Expected<bool> &exists) {
        if (!proceed())
            return;
        if (!exists)
            return emitResult(exists.error());
        recordVolume(false, !*exists, name);
    });
}

void PreflightStep::record(const MigrationReport::Check &check)
{
    addCheck(check);
    if (const QString blocker = Checks::blocker(check); !blocker.isEmpty())
        m_blockers.append(blocker);
}

void PreflightStep::conclude()
{
    m_run.saveReport();
    if (m_blockers.isEmpty())
        return emitResult();
    emitResult(Error{QStringLiteral("preflight_failed"),
                     trText("The preflight found what must be fixed first: %1. Nothing was changed.")
                         .arg(m_blockers.join(QStringLiteral("; ")))});
}

} // namespace edm
