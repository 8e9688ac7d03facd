// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

/// Step 6: after a yes, the compose file's last edit (the plain target image; dump-restore has made its edit
/// already) and the whole stack starts again.
class FinishStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::FinishStep)

public:
    explicit FinishStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void startStack();
};

} // namespace edm
