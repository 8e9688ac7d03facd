#include "cli/ServiceContainer.h"

#include <QDir>
#include <QEventLoop>

#include <optional>

namespace edm::cli {

namespace {

/// Runs an asynchronous DockerCli query to its end.
template<typename T> Expected<T> wait(const std::function<void(DockerCli::Callback<T>)> &call)
{
    std::optional<Expected<T>> answer;
    QEventLoop loop;
    call([&answer, &loop](const Expected<T> &value) {
        answer.emplace(value);
        loop.quit();
    });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}

} // namespace

Expected<ServiceContainer> ServiceContainer::find(DockerCli &docker, const QString &path, const QString &requested,
                                                  const QProcessEnvironment &environment, bool *projectError)
{
    if (projectError)
        *projectError = false;
    const auto projectFailed = [projectError](const Error &error) {
        if (projectError)
            *projectError = true;
        return error;
    };
    const Expected<ComposeProject> project = ComposeProject::open(path, environment);
    if (!project)
        return projectFailed(project.error());
    const Expected<PostgresService> service = project->postgresService(requested);
    if (!service)
        return projectFailed(service.error());

    ServiceContainer found;
    found.projectDir = project->projectDir();
    found.service = *service;
    found.composeFile = service->source.file.isEmpty() ? project->files().value(0) : service->source.file;
    const Expected<QString> name = wait<QString>(
        [&](DockerCli::Callback<QString> done) { docker.findProjectName(*project, nullptr, std::move(done)); });
    if (!name)
        return name.error();
    found.projectName = *name;
    const Expected<QList<ContainerInfo>> containers =
        wait<QList<ContainerInfo>>([&](DockerCli::Callback<QList<ContainerInfo>> done) {
            docker.listContainers(*name, service->name, nullptr, std::move(done));
        });
    if (!containers)
        return containers.error();
    for (const ContainerInfo &info : *containers) {
        if (info.isRunning()) {
            found.container = info;
            return found;
        }
    }
    if (!containers->isEmpty()) {
        const ContainerInfo &stopped = containers->first();
        return Error(QStringLiteral("container_not_running"),
                     tr("The container %1 of the service %2 is not running (%3). Start it first: docker compose up -d "
                        "%2")
                         .arg(stopped.name, service->name, stopped.status));
    }
    return Error(QStringLiteral("container_not_running"),
                 tr("The service %1 of the project %2 has no container. Start it first: docker compose up -d %1")
                     .arg(service->name, *name));
}

} // namespace edm::cli
