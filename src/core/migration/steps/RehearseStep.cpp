// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/RehearseStep.h"

#include "core/migration/Checks.h"
#include "core/migration/MigrationRun.h"
#include "core/postgres/Restorer.h"
#include "core/postgres/ServerProbe.h"

namespace edm {

RehearseStep::RehearseStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Rehearse, run, parent)
{
}

void RehearseStep::doStart()
{
    if (!m_run.journal->backup)
        return emitResult(Error{QStringLiteral("no_backup"), trText("There is no backup to rehearse with.")});
    // A rehearsal that was interrupted (the app killed) left its container behind: it goes first.
    removeThrowaway(m_run.rehearsalContainer(), [this] { restore(); });
}

void RehearseStep::removeThrowaway(const QString &container, std::function<void()> then)
{
    if (container.isEmpty())
        return then();
    // Its absence is no failure: only what remains matters.
    run(m_run.docker->removeContainer(container, true, this), [then](const ProcessResult &) { then(); });
}

void RehearseStep::restore()
{
    RestoreOptions options;
    options.dumpFile = m_run.journal->backup->path;
    options.image = m_run.plan->steps().last().image;
    options.credentials = m_run.service().credentials;
    options.throwawayName = m_run.rehearsalContainer();
    auto *restorer = new Restorer(m_run.docker, this);
    restorer->setOptions(options);
    runJob(restorer, [this, restorer](const Error &error) {
        const RestoreResult result = restorer->result();
        if (error.isNull())
            return count(result);
        addCheck(QStringLiteral("rehearsal"), trText("Rehearsal"), CheckResult::Fail, error.message);
        removeThrowaway(result.container, [this, error] { emitResult(error); });
    });
}

void RehearseStep::count(const RestoreResult &result)
{
    auto *probe = new ServerProbe(m_run.docker, result.container, result.credentials, this);
    probe->allTableCounts(this, [this, result](const Expected<QList<DatabaseRowCounts>> &counts) {
        // The rehearsal's comparison is a check of its own; the row-count table is the real server's, later.
        const bool ok = counts && Checks::rowCounts(m_run.expectedRows(), *counts).ok();
        addCheck(QStringLiteral("rehearsal"), trText("Rehearsal"), ok ? CheckResult::Pass : CheckResult::Fail,
                 ok ? trText("The backup restored into a throwaway Postgres %1 container with every row.")
                          .arg(m_run.options.target)
                    : (counts ? trText("The rehearsal's row counts differ from the backup.") : counts.error().message),
                 ok ? Text() : trText("Look at the backup with \"ente-db-migrate inspect\" before going on."));
        removeThrowaway(result.container, [this, ok] {
            m_run.saveReport();
            if (!ok) {
                return emitResult(Error{QStringLiteral("rehearsal_failed"),
                                        trText("The rehearsal failed, so the real data was not touched.")});
            }
            emitResult();
        });
    });
}

} // namespace edm
