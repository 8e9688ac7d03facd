#pragma once

#include "core/Result.h"
#include "core/compose/ComposeProject.h"
#include "core/docker/DockerCli.h"

#include <QCoreApplication>
#include <QString>

namespace edm::cli {

/// The Postgres service of a compose project and its running container, for the commands that talk to the server
/// (backup, restore).
struct ServiceContainer
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::ServiceContainer)

public:
    QString projectDir;
    QString projectName; ///< as its containers are labelled
    QString composeFile; ///< the file that names the service's image (absolute)
    PostgresService service;
    ContainerInfo container;

    /// Opens the project at path (folder or compose file), finds its Postgres service (requested, or the only one)
    /// and the service's running container. Blocks in a local event loop (command line only). Errors keep their
    /// codes; a project that cannot be used is distinguished by projectError.
    static Expected<ServiceContainer> find(DockerCli &docker, const QString &path, const QString &requested,
                                           const QProcessEnvironment &environment, bool *projectError = nullptr);
};

} // namespace edm::cli
