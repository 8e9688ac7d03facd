// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/ServiceRestoreJob.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ServiceContainer.h"

namespace edm {

ServiceRestoreJob::ServiceRestoreJob(ServiceRestoreOptions options, QObject *parent)
    : Job(parent)
    , m_options(std::move(options))
{
    DockerCliOptions dockerOptions;
    dockerOptions.dockerProgram = m_options.dockerProgram;
    dockerOptions.environment = m_options.environment;
    m_docker = std::make_unique<DockerCli>(dockerOptions);
}

ServiceRestoreJob::~ServiceRestoreJob()
{
    // The lookup and the restorer use the DockerCli: they go first, without a word to this half-destroyed job.
    delete m_lookup;
    if (m_restorer) {
        m_restorer->disconnect(this);
        if (m_restorer->isRunning())
            m_restorer->cancel();
        delete m_restorer;
    }
}

const RestoreResult &ServiceRestoreJob::result() const
{
    static const RestoreResult none;
    return m_restorer ? m_restorer->result() : none;
}

TransferStatus ServiceRestoreJob::status() const
{
    return m_restorer ? m_restorer->status() : TransferStatus{};
}

void ServiceRestoreJob::doStart()
{
    Q_EMIT phaseChanged(Phase::Locating);
    m_lookup = new QObject(this);
    ServiceContainer::locate(
        *m_docker, m_options.projectPath, m_options.service, m_options.environment, m_lookup,
        [this, lookup = m_lookup](const Expected<ServiceContainer> &found, bool projectError) {
            if (lookup != m_lookup)
                return;
            m_lookup->deleteLater();
            m_lookup = nullptr;
            if (!found) {
                m_projectError = projectError;
                emitResult(found.error());
                return;
            }
            m_docker->addSecret(found->service.credentials.password);
            m_target = ServiceTarget{found->projectDir,      found->projectName,      found->service.name,
                                     found->containerName(), found->container.status, found->container.image};
            Q_EMIT targetFound(*m_target);
            if (m_options.dumpFile.isEmpty()) {
                emitResult();
                return;
            }
            if (!m_options.expectedContainer.isEmpty() && m_options.expectedContainer != m_target->container) {
                emitResult(Error(QStringLiteral("container_changed"),
                                 trText("The service %1 runs in the container %2 now, not in %3 as confirmed. Nothing "
                                        "was restored.")
                                     .arg(m_target->service, m_target->container, m_options.expectedContainer)));
                return;
            }
            restore(found->service.credentials);
        });
}

void ServiceRestoreJob::restore(const Credentials &credentials)
{
    RestoreOptions options;
    options.dumpFile = m_options.dumpFile;
    options.container = m_target->container;
    options.credentials = credentials;
    m_restorer = new Restorer(m_docker.get(), this);
    connect(m_restorer, &TransferJob::phaseChanged, this, [this](TransferJob::Phase phase) {
        if (phase == TransferJob::Phase::Preparing)
            Q_EMIT phaseChanged(Phase::Preparing);
        else if (phase == TransferJob::Phase::Transferring)
            Q_EMIT phaseChanged(Phase::Restoring);
    });
    connect(m_restorer, &Job::progress, this, &ServiceRestoreJob::emitProgress);
    connect(m_restorer, &Restorer::logLine, this, &ServiceRestoreJob::log);
    connect(m_restorer, &Restorer::finished, this, [this](const Error &error) { emitResult(error); });
    m_restorer->start(options);
}

void ServiceRestoreJob::doCancel()
{
    if (m_lookup) {
        // Dropping the lookup's context drops its answer; nothing was written.
        delete m_lookup;
        m_lookup = nullptr;
        emitResult(cancelledError(trText("The search for the container was stopped.")));
        return;
    }
    if (m_restorer && m_restorer->isRunning()) {
        m_restorer->cancel(); // its finished() ends the job, saying at which line it stopped
        return;
    }
    Job::doCancel();
}

} // namespace edm
