// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

struct RestoreResult;

/// Optional step: the backup restored into a throwaway container of the target image and every row counted there,
/// before the real data is touched. The throwaway goes afterwards, whatever happened (also one an interrupted run
/// left behind, before it starts).
class RehearseStep : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::RehearseStep)

public:
    explicit RehearseStep(MigrationRun &run, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void restore();
    void count(const RestoreResult &result);
    void removeThrowaway(const QString &container, std::function<void()> then);
};

} // namespace edm
