// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/UpgradeEstimate.h"
#include "core/migration/steps/MigrationStep.h"

#include <QDateTime>
#include <QPointer>

class QTimer;

namespace edm {

class UpgradeLogWatcher;

/// Step 5 (pgautoupgrade): after a yes, the compose file's first edit (the pgautoupgrade image), then only the
/// service starts and its log is followed until the upgrade is truly complete and the new server accepts
/// connections. The first of completion, failure and timeout decides; the container is stopped either way (after a
/// success the next step starts it with the final image; after a failure it must not keep restarting). With
/// PGAUTO_ONESHOT=yes the container exits after the upgrade instead of starting a server: that exit is the success.
///
/// Resumed after the upgrade had started (the journal says the edit was applied): a pgautoupgrade container that
/// still runs is re-attached to, without a question, its log followed again from the start (every phase is seen
/// again; docker's timestamps give the phases their real times). With the container gone, the data's version decides
/// (resumeDecision()): converted, the step is done; still the old one, the upgrade runs again; unreadable, it was cut
/// off half-way and only a rollback helps.
class UpgradeStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::UpgradeStep)

public:
    explicit UpgradeStep(MigrationRun &run, QObject *parent = nullptr);
    ~UpgradeStep() override;

    /// What a resume does when the upgrade had started and its container no longer runs.
    enum class ResumeDecision
    {
        Completed, ///< the data is on the target major: the upgrade finished while nobody watched
        RunAgain, ///< the data is still on an older major: nothing was converted, the upgrade runs again
        RollBack ///< the data's version cannot be read (pgautoupgrade moves it aside while it converts)
    };
    static ResumeDecision resumeDecision(int dataMajor, int targetMajor);

    /// Where the upgrade stands (start, phases, data size), for the elapsed time and the estimate.
    const UpgradeEstimate &estimate() const { return m_estimate; }

Q_SIGNALS:
    void estimateChanged(const edm::UpgradeEstimate &estimate);

protected:
    void doStart() override;

private:
    void askAndApply();
    void apply();
    /// The upgrade had started in an earlier run: re-attach to its container, or decide from the data.
    void resumeStarted();
    void decideFromData(const QString &container);
    void follow(const QString &container, bool reattached = false);
    void watch();
    void logEnded(const QString &container);
    /// PGAUTO_ONESHOT=yes: the upgrade finished and the container exits instead of starting the server.
    void oneShotDone();
    /// The outcome is known: stop following, stop the container, end with error (null: success).
    void settle(const Error &error, const QStringList &excerpt);

    UpgradeEstimate m_estimate;
    QDateTime m_lineTime; ///< docker's timestamp of the line fed now (re-attached); null: the engine's clock
    UpgradeLogWatcher *m_watcher = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<ProcessRunner> m_follower;
    bool m_settled = false;
};

} // namespace edm
