// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compose/ComposeDocument.h"
#include "core/compose/ComposeProject.h"

#include <QList>
#include <QString>

#include <optional>

namespace edm {

/// The dump-restore method's change of the data's home: a new named volume `<volume>-pg<target>` (or, for a bind
/// mount, a sibling folder `<dir>-pg<target>`) that the service is pointed at in the same edit as its image. The old
/// volume stays as it is, for a rollback.
struct VolumeSwitch
{
    VolumeMount::Type type = VolumeMount::Type::Volume;
    QString oldSource; ///< the volume's key in the compose file, or the absolute folder
    QString newSource; ///< the new volume's key, or the new absolute folder
    QString written; ///< the new source as the compose file now writes it
    QString file; ///< the compose file that mounts it (absolute)
    bool declared = false; ///< a top-level `volumes:` entry was added for it
    QString newTarget; ///< where the new volume is mounted when that moves too (Postgres 18); "" when it stays
};

/// Postgres 18's move of the data volume's mount, from /var/lib/postgresql/data to /var/lib/postgresql: the 18
/// images keep PGDATA in /var/lib/postgresql/18/docker and refuse to start on the old mount.
struct MountMove
{
    QString file; ///< the compose file that mounts the volume (absolute)
    QString from; ///< /var/lib/postgresql/data
    QString to; ///< /var/lib/postgresql
};

/// How the edits of the data's mount are planned: pure functions over the compose project, which append the scalar
/// changes (and key insertions) to make in the same edit as the image.
class DataMount
{
public:
    /// dump-restore: the new volume (or folder) and the change that points the service at it. newTarget: also move
    /// the mount there (target 18); "" to keep it.
    static Expected<VolumeSwitch> planVolumeSwitch(const ComposeProject &project, const PostgresService &service,
                                                   int target, const QString &newTarget,
                                                   QList<ComposeDocument::ScalarChange> *changes,
                                                   QList<ComposeDocument::KeyInsertion> *insertions);

    /// Whether moving service to target needs the mount moved (an 18+ target whose data layout differs from the
    /// mount's): nothing when not, or when PGDATA is set explicitly inside the volume (then *note says so).
    /// editedFile: where the image edit goes; the mount edit must be in the same file. Refused (unsupported_volume)
    /// when the mount cannot be changed safely: written with variables, in another file, an anonymous volume, not at
    /// /var/lib/postgresql/data, another mount nested below it or already at /var/lib/postgresql.
    static Expected<std::optional<MountMove>>
    planMountMove(const ComposeProject &project, const PostgresService &service, int target, const QString &editedFile,
                  QList<ComposeDocument::ScalarChange> *changes, QString *note);

    /// A short-syntax entry "SRC:DST[:MODE]" with its source and/or target replaced (empty: keep), the rest as
    /// written.
    static QString rewriteShortEntry(const QString &rawEntry, const QString &newSource, const QString &newTarget);
};

} // namespace edm
