// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

#include <QByteArray>
#include <QHash>

namespace edm {

/// The way back: the service stops (and a rehearsal's leftover container goes), the original compose bytes return
/// atomically, and then, when pgautoupgrade touched the data, the backup is restored into the emptied volume after
/// its converted contents were copied to a volume that is kept; for dump-restore the new volume may be removed. Every
/// destructive act waits for a yes. The engine records the journal's states around it.
class RollbackJob : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::RollbackJob)

public:
    /// originals: absolute path → the bytes to put back. stopFirst: the compose project can still be read, so its
    /// service can be stopped before anything is put back.
    RollbackJob(MigrationRun &run, QHash<QString, QByteArray> originals, bool stopFirst, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void restoreFiles();
    void restoreData();
    void removeServiceContainer();
    void replaceVolume(const QString &name);
    void copyAside();
    void emptyAndRestore();
    void offerNewVolumeRemoval();
    void removeNewVolume(const QString &name);
    void removeVolume();

    QHash<QString, QByteArray> m_originals;
    bool m_stopFirst = true;
    QString m_volume; ///< the volume being replaced or removed
    QString m_keptVolume; ///< where the converted data is kept
};

} // namespace edm
