// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/steps/MigrationStep.h"

#include <QPointer>

class QTimer;

namespace edm {

class UpgradeLogWatcher;

/// Step 5 (pgautoupgrade): after a yes, the compose file's first edit (the pgautoupgrade image), then only the
/// service starts and its log is followed until the upgrade is truly complete and the new server accepts
/// connections. The first of completion, failure and timeout decides; the container is stopped either way (after a
/// success the next step starts it with the final image; after a failure it must not keep restarting). With
/// PGAUTO_ONESHOT=yes the container exits after the upgrade instead of starting a server: that exit is the success.
class UpgradeStep : public MigrationStep
{
    Q_OBJECT

public:
    explicit UpgradeStep(MigrationRun &run, QObject *parent = nullptr);
    ~UpgradeStep() override;

protected:
    void doStart() override;

private:
    void apply();
    void follow(const QString &container);
    void watch();
    void logEnded(const QString &container);
    /// PGAUTO_ONESHOT=yes: the upgrade finished and the container exits instead of starting the server.
    void oneShotDone();
    /// The outcome is known: stop following, stop the container, end with error (null: success).
    void settle(const Error &error, const QStringList &excerpt);

    UpgradeLogWatcher *m_watcher = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<ProcessRunner> m_follower;
    bool m_settled = false;
};

} // namespace edm
