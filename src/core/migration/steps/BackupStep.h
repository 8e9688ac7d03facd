// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

struct BackupResult;

/// Step 3: pg_dumpall of the running service into the backup file (BackupWriter: streamed, hashed, verified, never
/// left half-written under its name), then what must arrive is recorded in the journal: every table's rows and every
/// role, as the dump holds them. With Options::confirmBackup it asks first, so that a wizard can choose the file.
class BackupStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::BackupStep)

public:
    explicit BackupStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void writeBackup();
    void record(const BackupResult &result);
};

} // namespace edm
