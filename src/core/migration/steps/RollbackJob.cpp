// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/RollbackJob.h"

#include "core/migration/MigrationRun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace edm {

RollbackJob::RollbackJob(MigrationRun &run, QHash<QString, QByteArray> originals, bool stopFirst, QObject *parent)
    : MigrationStep(Step::Upgrade, run, parent)
    , m_originals(std::move(originals))
    , m_stopFirst(stopFirst)
{
}

void RollbackJob::doStart()
{
    // When the compose project can no longer be read (edited by hand since), compose cannot stop its service: the
    // files go back first, and what follows works on the original ones.
    if (!m_stopFirst)
        return restoreFiles();
    // Nothing may run on the files or the data while they are put back; a rehearsal container an interrupted run
    // left behind goes too (its absence is no failure).
    run(m_run.docker->removeContainer(m_run.rehearsalContainer(), true, this), [this](const ProcessResult &) {
        runDocker(m_run.docker->stop(m_run.target, {m_run.options.service}, this), [this] { restoreFiles(); });
    });
}

void RollbackJob::restoreFiles()
{
    const Journal &journal = *m_run.journal;
    for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it) {
        QFile current(it.key());
        if (current.open(QIODevice::ReadOnly) && current.readAll() == it.value())
            continue; // already original
        current.close();
        QSaveFile file(it.key());
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            return emitResult(Error{QStringLiteral("unwritable"),
                                    trText("Cannot restore %1: %2. Its original is kept in %3.")
                                        .arg(QDir::toNativeSeparators(it.key()), file.errorString(),
                                             QDir::toNativeSeparators(Journal::directoryFor(journal.projectDir())))});
        }
        logRedacted(
            trText("%1 is back to its original bytes.").arg(QDir(journal.projectDir()).relativeFilePath(it.key())));
    }
    if (journal.dataTouched)
        return restoreData();
    if (journal.newVolumeUsed)
        return offerNewVolumeRemoval();
    emitResult();
}

void RollbackJob::restoreData()
{
    const Journal &journal = *m_run.journal;
    const std::optional<VolumeMount> volume = m_run.service().volume;
    if (!journal.backup || !QFileInfo::exists(journal.backup->path)) {
        return emitResult(
            Error{QStringLiteral("no_backup"),
                  trText("The compose file is back to its original, but the data was already converted and "
                         "there is no backup to restore (%1). Keep the volume as it is: it holds the "
                         "converted data, which postgres:%2 can run.")
                      .arg(journal.backup ? Text(QDir::toNativeSeparators(journal.backup->path)) : trText("none"))
                      .arg(journal.target)});
    }
    if (!volume || volume->type != VolumeMount::Type::Volume) {
        return emitResult(Error{QStringLiteral("rollback_manual"),
                                trText("The compose file is back to its original. The data is in a folder, not a named "
                                       "volume, so it is not replaced automatically: move the folder aside, start the "
                                       "service (it creates a new, empty database) and run \"ente-db-migrate restore "
                                       "%1\".")
                                    .arg(QDir::toNativeSeparators(journal.backup->path))});
    }
    // The volume's real name, as compose created it.
    m_run.docker->findComposeVolume(m_run.target.projectName, volume->source, this,
                                    [this](const Expected<QString> &name) {
                                        if (!proceed())
                                            return;
                                        if (!name)
                                            return emitResult(name.error());
                                        replaceVolume(*name);
                                    });
}

void RollbackJob::removeServiceContainer()
{
    // The container of the new image goes first: compose v1 carries a recreated container's volumes over from the old
    // one, and Postgres 18's mount (/var/lib/postgresql) would then sit beside the original one, so that the original
    // image's initdb finds a folder that is not empty. A fresh container has only the original compose file's mounts.
    withContainer([this](const ContainerInfo *container) {
        if (!container)
            return copyAside();
        run(m_run.docker->removeContainer(container->name, false, this),
            [this](const ProcessResult &) { copyAside(); });
    });
}

void RollbackJob::replaceVolume(const QString &name)
{
    const Journal &journal = *m_run.journal;
    if (name.isEmpty()) {
        return emitResult(Error{QStringLiteral("volume_missing"),
                                trText("The compose file is back to its original, but the data volume cannot be found. "
                                       "Start the service and restore %1 with \"ente-db-migrate restore\".")
                                    .arg(QDir::toNativeSeparators(journal.backup->path))});
    }
    m_volume = name;
    m_keptVolume = name +
        QStringLiteral("-pg%1-%2")
            .arg(journal.target)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.destructive = true;
    confirmation.title = trText("Restore the backup into %1").arg(name);
    confirmation.text =
        trText("The volume %1 holds data that pgautoupgrade converted (or began to convert). Its contents "
               "are first copied to a new volume %2, which is kept; then %1 is emptied, %3 starts on it "
               "with a new database, and the backup %4 is restored into it.")
            .arg(name, m_keptVolume, m_run.service().image, QDir::toNativeSeparators(journal.backup->path));
    ask(confirmation, [this] { removeServiceContainer(); });
}

void RollbackJob::copyAside()
{
    DockerCli *docker = m_run.docker;
    runDocker(docker->createVolume(m_keptVolume, this), [this, docker] {
        runDocker(docker->copyVolume(m_volume, m_keptVolume, m_run.service().image, this),
                  [this] { emptyAndRestore(); });
    });
}

void RollbackJob::emptyAndRestore()
{
    logRedacted(trText("The converted data is kept in the volume %1.").arg(m_keptVolume));
    m_run.journal->keptVolume = m_keptVolume;
    m_run.journal->save();
    runDocker(m_run.docker->emptyVolume(m_volume, m_run.service().image, this), [this] {
        restoreBackupIntoService(180 * 1000, [this] {
            m_run.journal->dataTouched = false;
            emitResult();
        });
    });
}

void RollbackJob::offerNewVolumeRemoval()
{
    const std::optional<VolumeSwitch> &sw = m_run.plan->volumeSwitch();
    if (!sw)
        return emitResult();
    if (sw->type != VolumeMount::Type::Volume) {
        if (QDir(sw->newSource).exists()) {
            logRedacted(trText("The folder %1 holds the data restored for Postgres %2; the original folder was not "
                               "touched. Remove it when you no longer need it.")
                            .arg(QDir::toNativeSeparators(sw->newSource))
                            .arg(m_run.journal->target));
        }
        return emitResult();
    }
    m_run.docker->findComposeVolume(m_run.target.projectName, sw->newSource, this,
                                    [this](const Expected<QString> &name) {
                                        if (!proceed())
                                            return;
                                        if (!name || name->isEmpty())
                                            return emitResult();
                                        removeNewVolume(*name);
                                    });
}

void RollbackJob::removeNewVolume(const QString &name)
{
    m_volume = name;
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.destructive = true;
    confirmation.title = trText("Remove the volume %1").arg(name);
    confirmation.text =
        trText("The original data was never touched by the dump-restore method: it is in its volume as "
               "before. The new volume %1 holds the copy restored for Postgres %2 and is not needed for "
               "the rollback. Answer no to keep it (remove it later with \"docker volume rm %1\").")
            .arg(name)
            .arg(m_run.journal->target);
    const auto keep = [this] {
        logRedacted(trText("The volume %1 is kept.").arg(m_volume));
        emitResult();
    };
    const auto remove = [this] {
        // The stopped container of the new image still refers to the volume.
        withContainer([this](const ContainerInfo *container) {
            if (!container)
                return removeVolume();
            run(m_run.docker->removeContainer(container->name, false, this),
                [this](const ProcessResult &) { removeVolume(); });
        });
    };
    ask(confirmation, remove, keep);
}

void RollbackJob::removeVolume()
{
    run(m_run.docker->removeVolume(m_volume, this), [this](const ProcessResult &removed) {
        logRedacted(removed.ok() ? trText("The volume %1 was removed.").arg(m_volume)
                                 : trText("The volume %1 is kept: %2").arg(m_volume, removed.error.message));
        emitResult();
    });
}

} // namespace edm
