// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/steps/MigrationStep.h"

namespace edm {

class ServerProbe;

/// Step 7: the proof. The server says the target version, every table has as many rows as the backup, every role
/// exists, the password login over TCP works the way museum connects, the health URL answers when one is given, and
/// the databases' collation versions are reported. Each check is recorded; any failure fails the step (the backup is
/// intact: roll back, or fix and resume, which verifies again).
class VerifyStep : public MigrationStep
{
    Q_OBJECT

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
    void conclude();
    void record(const MigrationReport::Check &check);

    ServerProbe *m_probe = nullptr;
    bool m_passed = true;
};

} // namespace edm
