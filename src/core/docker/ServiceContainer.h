// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compose/ComposeProject.h"
#include "core/docker/DockerCli.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QObject;

namespace edm {

/// The Postgres service of a compose project and its running container: what the commands and dialogs that talk to
/// the server (backup, restore) address.
struct ServiceContainer
{
    Q_DECLARE_TR_FUNCTIONS(edm::ServiceContainer)
    EDM_TEXT_FUNCTIONS(edm::ServiceContainer)

public:
    QString projectDir;
    QString projectName; ///< as its containers are labelled
    QString composeFile; ///< the file that names the service's image (absolute)
    PostgresService service;
    ContainerInfo container;

    /// The container's name (its id when it has none): what `docker exec` takes.
    QString containerName() const { return container.name.isEmpty() ? container.id : container.name; }

    /// The answer of locate(): the service and its container, or an error; projectError tells a project that
    /// cannot be used (no compose file, no such service, …) from docker's failures.
    using Callback = std::function<void(const Expected<ServiceContainer> &found, bool projectError)>;

    /// Opens the project at path (folder or compose file), finds its Postgres service (requested, or the only one)
    /// and asks docker for the service's running container. Does not block: done is called once, at once when the
    /// project cannot be used, else from the event loop unless context is destroyed first. Errors keep their codes.
    static void locate(DockerCli &docker, const QString &path, const QString &requested,
                       const QProcessEnvironment &environment, QObject *context, Callback done);

    /// locate() run to its end in a local event loop (command line and tests only; never on a GUI thread).
    static Expected<ServiceContainer> find(DockerCli &docker, const QString &path, const QString &requested,
                                           const QProcessEnvironment &environment, bool *projectError = nullptr);
};

} // namespace edm
