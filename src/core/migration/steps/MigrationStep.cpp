// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/MigrationStep.h"

#include "core/docker/DockerCli.h"
#include "core/migration/MigrationRun.h"
#include "core/postgres/Restorer.h"
#include "core/postgres/ServerProbe.h"

#include <algorithm>

namespace edm {

MigrationStep::MigrationStep(Step id, MigrationRun &run, QObject *parent)
    : Job(parent)
    , m_run(run)
    , m_id(id)
{
}

MigrationStep::~MigrationStep() = default;

void MigrationStep::ask(const Confirmation &confirmation, std::function<void()> onYes, std::function<void()> onNo)
{
    m_onYes = std::move(onYes);
    m_onNo = std::move(onNo);
    Q_EMIT confirmationNeeded(confirmation);
}

void MigrationStep::answer(bool yes)
{
    if (!m_onYes)
        return;
    auto onYes = std::exchange(m_onYes, nullptr);
    auto onNo = std::exchange(m_onNo, nullptr);
    if (yes)
        return onYes();
    if (onNo)
        return onNo();
    emitResult(declinedError());
}

void MigrationStep::doCancel()
{
    // A question that waits is answered no: nothing of it was done.
    if (m_onYes) {
        m_onNo = nullptr;
        return answer(false);
    }
    // A cancelled probe never answers (its readiness poll may wait minutes): the step ends here, unless a process or
    // job of its own is still stopping (their end ends the step).
    const QList<ServerProbe *> probes = findChildren<ServerProbe *>(QString(), Qt::FindDirectChildrenOnly);
    for (ServerProbe *probe : probes)
        probe->cancel();
    Job::doCancel();
    if (!probes.isEmpty() && !hasRunningChild())
        proceed();
}

Error MigrationStep::declinedError() const
{
    return Error{QStringLiteral("declined"),
                 trText("Stopped before \"%1\", as asked; nothing of that step was changed. Resume the migration to go "
                        "on, or roll it back.")
                     .arg(migration::stepTitleText(m_id))};
}

void MigrationStep::addCheck(const MigrationReport::Check &check)
{
    const Redactor &redactor = m_run.report.redactor;
    const MigrationReport::Check shown{check.id,
                                       check.title,
                                       check.result,
                                       redactor.redactText(check.detail),
                                       redactor.redactText(check.fix),
                                       redactor.redact(check.commands)};
    auto &checks = m_run.report.checks;
    const auto existing =
        std::find_if(checks.begin(), checks.end(), [&](const MigrationReport::Check &c) { return c.id == check.id; });
    if (existing != checks.end())
        *existing = shown;
    else
        checks.append(shown);
    Q_EMIT checkResult(shown);
}

void MigrationStep::addCheck(const QString &id, const Text &title, CheckResult result, const Text &detail,
                             const Text &fix)
{
    addCheck(MigrationReport::Check{id, title, result, detail, fix});
}

void MigrationStep::logRedacted(const QString &line)
{
    log(m_run.report.redactor.redact(line));
}

bool MigrationStep::proceed()
{
    if (!isRunning())
        return false;
    if (!isCancelled())
        return true;
    emitResult(cancelledError(trText("Stopped during \"%1\", as asked. Resume the migration to go on, or roll it back.")
                                  .arg(migration::stepTitleText(m_id))));
    return false;
}

void MigrationStep::runDocker(ProcessRunner *runner, std::function<void()> then)
{
    run(runner, [this, then = std::move(then)](const ProcessResult &result) {
        if (!result.ok())
            return emitResult(result.error);
        if (proceed())
            then();
    });
}

void MigrationStep::withContainer(std::function<void(const ContainerInfo *container)> done)
{
    m_run.docker->listContainers(m_run.target.projectName, m_run.options.service, this,
                                 [this, done = std::move(done)](const Expected<QList<ContainerInfo>> &list) {
                                     if (!proceed())
                                         return;
                                     if (!list)
                                         return emitResult(list.error());
                                     const ContainerInfo *found = nullptr;
                                     for (const ContainerInfo &c : *list) {
                                         if (!found || c.isRunning())
                                             found = &c;
                                     }
                                     done(found);
                                 });
}

void MigrationStep::startService(std::function<void(const QString &container)> done)
{
    runDocker(m_run.docker->up(m_run.target, {m_run.options.service}, true, this), [this, done = std::move(done)] {
        withContainer([this, done](const ContainerInfo *container) {
            if (!container) {
                return emitResult(Error{QStringLiteral("container_missing"),
                                        trText("The service \"%1\" was started, but no container of it can be found.")
                                            .arg(m_run.options.service)});
            }
            done(container->name);
        });
    });
}

ServerProbe *MigrationStep::probeFor(const QString &container)
{
    m_run.probeContainer = container;
    return new ServerProbe(m_run.docker, container, m_run.service().credentials, this);
}

void MigrationStep::waitForServer(const QString &container, int timeoutMs, std::function<void(ServerProbe *probe)> done)
{
    ServerProbe *probe = probeFor(container);
    probe->waitUntilReady(timeoutMs, this, [this, probe, done = std::move(done)](const Status &ready) {
        if (!proceed())
            return;
        if (!ready)
            return emitResult(ready.error());
        done(probe);
    });
}

void MigrationStep::withReadyServer(std::function<void(ServerProbe *probe)> done, int timeoutMs)
{
    withContainer([this, done = std::move(done), timeoutMs](const ContainerInfo *container) {
        if (container && container->isRunning())
            return waitForServer(container->name, timeoutMs, done);
        // The backup and the checks need the server: start the service as it is (same image, same data).
        logRedacted(trText("The service \"%1\" is not running; starting it.").arg(m_run.options.service));
        startService([this, done, timeoutMs](const QString &name) { waitForServer(name, timeoutMs, done); });
    });
}

void MigrationStep::restoreBackupIntoService(int readyTimeoutMs, std::function<void()> then)
{
    startService([this, readyTimeoutMs, then = std::move(then)](const QString &container) {
        waitForServer(container, readyTimeoutMs, [this, then](ServerProbe *) { restoreBackup(then); });
    });
}

void MigrationStep::restoreBackup(std::function<void()> then)
{
    Q_EMIT milestone(trText("Restoring the backup"));
    RestoreOptions options;
    options.dumpFile = m_run.journal->backup->path;
    options.container = m_run.probeContainer;
    options.credentials = m_run.service().credentials;
    auto *restorer = new Restorer(m_run.docker, this);
    restorer->setOptions(options);
    runJob(restorer, [this, then = std::move(then)](const Error &error) {
        if (!error.isNull())
            return emitResult(error);
        logRedacted(trText("The backup was restored."));
        then();
    });
}

} // namespace edm
