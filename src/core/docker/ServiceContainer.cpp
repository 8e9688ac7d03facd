// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/ServiceContainer.h"
#include "core/ErrorCodes.h"

#include <QEventLoop>
#include <QPointer>

#include <optional>

namespace edm {

void ServiceContainer::locate(DockerCli &docker, const QString &path, const QString &requested,
                              const QProcessEnvironment &environment, QObject *context, Callback done)
{
    const Expected<ComposeProject> project = ComposeProject::open(path, environment);
    if (!project) {
        done(project.error(), true);
        return;
    }
    const Expected<PostgresService> service = project->postgresService(requested);
    if (!service) {
        done(service.error(), true);
        return;
    }

    ServiceContainer found;
    found.projectDir = project->projectDir();
    found.service = *service;
    found.composeFile = service->source.file.isEmpty() ? project->files().value(0) : service->source.file;
    QPointer<DockerCli> dockerPointer(&docker);
    docker.findProjectName(
        *project, context, [dockerPointer, context, found, done](const Expected<QString> &name) mutable {
            if (!name) {
                done(name.error(), false);
                return;
            }
            if (!dockerPointer) {
                done(Error(ErrorCode::Cancelled, trText("The search for the container was stopped.")), false);
                return;
            }
            found.projectName = *name;
            dockerPointer->listContainers(
                *name, found.service.name, context,
                [found, done](const Expected<QList<ContainerInfo>> &containers) mutable {
                    if (!containers) {
                        done(containers.error(), false);
                        return;
                    }
                    for (const ContainerInfo &info : *containers) {
                        if (info.isRunning()) {
                            found.container = info;
                            done(found, false);
                            return;
                        }
                    }
                    if (!containers->isEmpty()) {
                        const ContainerInfo &stopped = containers->first();
                        done(Error(ErrorCode::ContainerNotRunning,
                                   trText(
                                       "The container %1 of the service %2 is not running (%3). Start it first: docker "
                                       "compose up -d %2")
                                       .arg(stopped.name, found.service.name, stopped.status)),
                             false);
                        return;
                    }
                    done(Error(
                             ErrorCode::ContainerNotRunning,
                             trText("The service %1 of the project %2 has no container. Start it first: docker compose "
                                    "up -d %1")
                                 .arg(found.service.name, found.projectName)),
                         false);
                });
        });
}

Expected<ServiceContainer> ServiceContainer::find(DockerCli &docker, const QString &path, const QString &requested,
                                                  const QProcessEnvironment &environment, bool *projectError)
{
    std::optional<Expected<ServiceContainer>> answer;
    bool isProjectError = false;
    QEventLoop loop;
    locate(docker, path, requested, environment, nullptr,
           [&answer, &isProjectError, &loop](const Expected<ServiceContainer> &found, bool projectFailed) {
               answer.emplace(found);
               isProjectError = projectFailed;
               loop.quit();
           });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (projectError)
        *projectError = isProjectError;
    return *answer;
}

} // namespace edm
