// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/FinishStep.h"

#include "core/migration/MigrationRun.h"

namespace edm {

FinishStep::FinishStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Finish, run, parent)
{
}

void FinishStep::doStart()
{
    Confirmation confirmation;
    confirmation.step = Step::Finish;
    if (m_run.isDumpRestore()) {
        // The compose file already names the target image and the new volume (the restore step's edit).
        confirmation.title = trText("Start the stack");
        confirmation.text =
            trText("The whole stack starts again, on Postgres %1 with the restored data.").arg(m_run.options.target);
        return ask(confirmation, [this] { startStack(); });
    }
    const ImageEdit &edit = m_run.plan->steps().last();
    confirmation.title = trText("Change the image to %1").arg(edit.image);
    confirmation.text = trText("%1 gets the change below, then the whole stack starts again on Postgres %2.")
                            .arg(edit.relativePath)
                            .arg(m_run.options.target);
    confirmation.diff = edit.diff;
    ask(confirmation, [this, edit] {
        // The first edit is on disk now; the second applies on top of it.
        if (const Status applied = edit.apply(); !applied)
            return emitResult(applied.error());
        logRedacted(trText("%1: image → %2").arg(edit.relativePath, edit.image));
        startStack();
    });
}

void FinishStep::startStack()
{
    runDocker(m_run.docker->up(m_run.target, {}, true, this), [this] { emitResult(); });
}

} // namespace edm
