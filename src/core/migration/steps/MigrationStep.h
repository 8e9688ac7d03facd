// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/job/Job.h"
#include "core/migration/MigrationReport.h"
#include "core/migration/MigrationTypes.h"

#include <functional>

namespace edm {

struct ContainerInfo;
struct MigrationRun;
class ServerProbe;

/// One step of the migration as a job: it reads and writes the run it belongs to, asks before it changes the stack
/// (confirmationNeeded, answered with answer()), reports checks and milestones, and ends with finished(Error).
/// The helpers below fail the step on a docker error and stop at the next of them once the step is cancelled, so a
/// step reads as what it checks, what it runs and what it records.
class MigrationStep : public Job
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::MigrationStep)

public:
    using Step = migration::Step;
    using Confirmation = migration::Confirmation;
    using CheckResult = MigrationReport::CheckResult;

    MigrationStep(Step id, MigrationRun &run, QObject *parent = nullptr);
    ~MigrationStep() override;

    Step id() const { return m_id; }
    /// The answer to the last confirmationNeeded(); ignored when no question waits.
    void answer(bool yes);
    bool isAsking() const { return bool(m_onYes); }

Q_SIGNALS:
    void confirmationNeeded(const edm::migration::Confirmation &confirmation);
    void checkResult(const edm::MigrationReport::Check &check);
    void milestone(const QString &text);

protected:
    void doCancel() override;

    /// Asks; onYes runs after a yes. A no runs onNo, or ends the step with "declined" when there is none.
    void ask(const Confirmation &confirmation, std::function<void()> onYes, std::function<void()> onNo = {});
    void addCheck(const MigrationReport::Check &check);
    void addCheck(const QString &id, const Text &title, CheckResult result, const Text &detail, const Text &fix = {});
    void logRedacted(const QString &line);

    /// False (and the step ends, "cancelled") once the step was cancelled: call it before anything that acts.
    bool proceed();
    /// Runs a docker command; a failure ends the step with its error, success runs then.
    void runDocker(ProcessRunner *runner, std::function<void()> then);
    /// The service's container (a running one if any; nullptr when it has none).
    void withContainer(std::function<void(const ContainerInfo *container)> done);
    /// Starts only the service (compose up -d SERVICE) and hands over its container's name.
    void startService(std::function<void(const QString &container)> done);
    /// The service's server, started if it is not running, once it accepts connections (the step owns the probe).
    void withReadyServer(std::function<void(ServerProbe *probe)> done, int timeoutMs = 180 * 1000);
    ServerProbe *probeFor(const QString &container);
    /// A probe of the container once its server accepts connections (the step owns the probe).
    void waitForServer(const QString &container, int timeoutMs, std::function<void(ServerProbe *probe)> done);
    /// Starts only the service on whatever its compose file names now, waits for its server, and restores the
    /// journal's backup into it (the Restorer's progress and lines are forwarded).
    void restoreBackupIntoService(int readyTimeoutMs, std::function<void()> then);

    Error declinedError() const;

    MigrationRun &m_run;

private:
    /// Restores the journal's backup into the server the last probe found ready.
    void restoreBackup(std::function<void()> then);

    Step m_id;
    std::function<void()> m_onYes;
    std::function<void()> m_onNo;
};

} // namespace edm
