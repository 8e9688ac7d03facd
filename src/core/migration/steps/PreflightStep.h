// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

#include <QStringList>

namespace edm {

struct ServerSnapshot;

/// Step 2: everything that can be known before anything changes — docker and compose, the healthcheck and PGDATA,
/// the data's version against the image (read without starting anything), the server's snapshot (version, space for
/// the backup, password hashes, collation, extensions outside contrib, database names with whitespace, the install
/// user), a lock file left by pgautoupgrade, and for dump-restore that the new volume is free. Any failed check refuses
/// the migration with the list of what to fix; nothing was changed.
class PreflightStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::PreflightStep)

public:
    explicit PreflightStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void peekDataVersion();
    void probeServer();
    void evaluate(const ServerSnapshot &snapshot);
    void lookForLockFile(const QString &dataDirectory);
    void checkNewVolume();
    /// Records a check; a failed one joins the list of what must be fixed first.
    void record(const MigrationReport::Check &check);
    void conclude();

    QStringList m_blockers;
};

} // namespace edm
