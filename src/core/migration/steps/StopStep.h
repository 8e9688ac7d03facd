// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

/// Step 4: after a yes, `compose down` (the whole stack) or `compose stop` (every service), and then the proof
/// that the Postgres container no longer runs.
class StopStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::StopStep)

public:
    explicit StopStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void stop();
};

} // namespace edm
