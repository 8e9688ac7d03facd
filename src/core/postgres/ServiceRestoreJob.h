// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/Credentials.h"
#include "core/job/Job.h"
#include "core/postgres/Restorer.h"
#include "core/postgres/TransferProgress.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>
#include <optional>

namespace edm {

class DockerCli;

/// The running container of a compose project's Postgres service, as ServiceRestoreJob found it: what a dialog shows
/// and asks the user to confirm. No credentials: they stay in the job.
struct ServiceTarget
{
    QString projectDir;
    QString projectName; ///< as its containers are labelled
    QString service;
    QString container; ///< its name (its id when it has none): what `docker exec` takes
    QString status; ///< docker's words ("Up 5 minutes")
    QString image;
};

struct ServiceRestoreOptions
{
    QString projectPath; ///< the project folder or compose file
    QString service; ///< the Postgres service; empty: the project's only one
    /// The pg_dumpall file to restore; empty: only look the container up (target() is set, nothing is written).
    QString dumpFile;
    /// When set, the restore goes only into this container, the one the user confirmed: a service recreated since
    /// then runs in another, and the job stops before writing anything.
    QString expectedContainer;
    QString dockerProgram; ///< empty: docker from PATH
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

/// Restores a dump into the running Postgres of a compose project: opens the project, finds its Postgres service and
/// the service's running container (ServiceContainer), then streams the dump into it with the Restorer (psql with
/// ON_ERROR_STOP, the dump's line on the first error). The job owns the DockerCli both use, and the service's
/// password never leaves it (it is redacted from every line). With no dump file it only looks the container up,
/// which is how a dialog shows the target before asking.
class ServiceRestoreJob : public Job
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::ServiceRestoreJob)
    Q_DISABLE_COPY(ServiceRestoreJob)

public:
    enum class Phase
    {
        Locating, ///< opening the project, asking docker for the service's container
        Preparing, ///< asking the server for its version, roles and databases
        Restoring ///< feeding the dump
    };
    Q_ENUM(Phase)

    explicit ServiceRestoreJob(ServiceRestoreOptions options, QObject *parent = nullptr);
    ~ServiceRestoreJob() override;

    const ServiceRestoreOptions &options() const { return m_options; }
    /// The container found; set before targetFound().
    const std::optional<ServiceTarget> &target() const { return m_target; }
    /// What the restore did so far: the container and server version once Restoring, lines, bytes and the lines
    /// rewritten for the target once finished.
    const RestoreResult &result() const;
    /// The restore's transfer: bytes fed of the file's size, rate, time left (what progress() describes).
    TransferStatus status() const;
    /// The job failed because of the project (no compose file, no Postgres service, no such service), not because
    /// of docker or the server.
    bool projectError() const { return m_projectError; }

Q_SIGNALS:
    void targetFound(const edm::ServiceTarget &target);
    void phaseChanged(edm::ServiceRestoreJob::Phase phase);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void restore(const Credentials &credentials);

    const ServiceRestoreOptions m_options;
    std::unique_ptr<DockerCli> m_docker;
    QObject *m_lookup = nullptr; ///< context of the container lookup; deleted to drop its answer
    Restorer *m_restorer = nullptr;
    std::optional<ServiceTarget> m_target;
    bool m_projectError = false;
};

} // namespace edm
