// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

class ServerProbe;

/// Step 5 (dump-restore): after a yes, the compose file names the target image and a new volume (or folder) for
/// the data; only the service starts there, creating an empty cluster, and the backup is restored into it. The
/// original volume is never written. A repeated run of the step first empties what an interrupted one left.
class DumpRestoreStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::DumpRestoreStep)

public:
    explicit DumpRestoreStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void apply();
    void emptyNewVolume(std::function<void()> then);
    void restore();
    void rehashServicePassword(std::function<void()> then);
};

} // namespace edm
