// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

class ServerProbe;

/// Step 7: the proof. The server says the target version, every table has as many rows as the backup, every role
/// exists, the password login over TCP works the way museum connects, the health URL answers when one is given, and
/// the databases' collation versions are compared: after a reindex (pgautoupgrade's unless PGAUTO_REINDEX=no, or
/// dump-restore's fresh indexes) a changed one is refreshed after a yes; without one the check says what to run. Each
/// check is recorded; any failure fails the step (the backup is intact: roll back, or fix and resume, which verifies
/// again).
class VerifyStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::VerifyStep)

public:
    explicit VerifyStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void checkVersion();
    void checkRows();
    void checkRoles();
    void checkLogin();
    void checkHealthUrl();
    void checkCollationVersions();
    /// After a reindex, a mismatch is only the recorded version: refresh it after a yes (a no leaves the fix).
    void askToRefresh(const QStringList &databases);
    void refresh(QStringList pending, QStringList failed, QString error);
    void conclude();
    void record(const MigrationReport::Check &check);

    ServerProbe *m_probe = nullptr;
    bool m_passed = true;
};

} // namespace edm
