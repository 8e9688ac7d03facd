// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/StopStep.h"

#include "core/migration/MigrationRun.h"

namespace edm {

StopStep::StopStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Stop, run, parent)
{
}

void StopStep::doStart()
{
    Confirmation confirmation;
    confirmation.step = Step::Stop;
    confirmation.title = trText("Stop the stack");
    confirmation.text = m_run.options.stopWholeStack
        ? trText(
              "Run \"%1 down\": every container of the project stops and is removed (volumes and data stay). Ente is "
              "offline until the migration finishes.")
              .arg(m_run.docker->composeTool().displayName())
        : trText("Stop every service of the project, \"%1\" included. Ente is offline until the migration finishes.")
              .arg(m_run.options.service);
    ask(confirmation, [this] { stop(); });
}

void StopStep::stop()
{
    // Read at the yes: the choice may change while the question waits.
    DockerCli *docker = m_run.docker;
    ProcessRunner *runner =
        m_run.options.stopWholeStack ? docker->down(m_run.target, this) : docker->stop(m_run.target, {}, this);
    runDocker(runner, [this] {
        withContainer([this](const ContainerInfo *container) {
            if (!container || !container->isRunning())
                return emitResult();
            emitResult(Error{QStringLiteral("still_running"),
                             trText("The container %1 still runs after stopping the stack. Stop it with \"docker stop "
                                    "%1\" and resume.")
                                 .arg(container->name)});
        });
    });
}

} // namespace edm
