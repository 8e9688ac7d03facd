// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/DataVersionJob.h"

#include "core/migration/DataVersionPeek.h"
#include "core/migration/MigrationRun.h"

namespace edm {

DataVersionJob::DataVersionJob(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Preflight, run, parent)
{
}

std::optional<MigrationReport::Check> DataVersionJob::downgradeCheck() const
{
    if (m_running)
        return std::nullopt;
    if (auto layout = DataVersionPeek::layoutCheck(m_run.service(), m_major, m_run.plan->composeFile()))
        return layout;
    return DataVersionPeek::downgradeCheck(m_run.service(), m_major, m_run.plan->composeFile());
}

void DataVersionJob::doStart()
{
    withContainer([this](const ContainerInfo *container) {
        if (container && container->isRunning()) {
            m_running = true;
            return emitResult();
        }
        const DataVersionPeek::Source source{m_run.service(), m_run.target.projectName,
                                             container ? container->name : QString()};
        DataVersionPeek::read(m_run.docker, source, this, [this](const DataVersionPeek::Result &data) {
            m_major = data.major;
            logRedacted(trText("Data version before start: %1 (%2).")
                            .arg(data.major > 0 ? Text(QString::number(data.major)) : trText("unknown"), data.how));
            emitResult();
        });
    });
}

} // namespace edm
