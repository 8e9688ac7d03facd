// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compose/ComposeProject.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace edm {

/// One change of the image: the file it edits, its bytes before and after, and the unified diff between them.
struct ImageEdit
{
    QString image; ///< the image after this step
    QString file; ///< absolute path of the edited file
    QString relativePath; ///< relative to the project folder, as the diff names it
    QByteArray before;
    QByteArray after;
    QByteArray diff;

    /// Writes after to file, atomically (QSaveFile), only if the file still holds exactly before; if not, nothing
    /// is written and the error says that the file changed meanwhile.
    Status apply() const;
    /// Writes before back, only if the file holds exactly after.
    Status revert() const;
};

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
};

/// What the migration of a compose project will change: the Postgres service, where it stands, and the image
/// edits in order (to pgautoupgrade, then to the plain target image), each applicable on top of the previous.
class MigrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(edm::MigrationPlan)

public:
    enum class Status
    {
        NeedsMigration,
        InProgress,
        AlreadyTarget
    };

    struct Options
    {
        QString service; ///< empty: detect
        int target = 16;
        /// dump-restore: one edit points the service at a new volume and the plain target image at once (no
        /// pgautoupgrade step); see VolumeSwitch.
        bool newVolume = false;
    };

    static Expected<MigrationPlan> create(const ComposeProject &project, const Options &options);
    /// Opens the project at path and plans it.
    static Expected<MigrationPlan>
    create(const QString &path, const Options &options,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    const PostgresService &service() const { return m_service; }
    QString projectDir() const { return m_projectDir; }
    QString composeFile() const { return m_composeFile; } ///< relative to projectDir()
    Status status() const { return m_status; }
    static QString statusName(Status status);
    int target() const { return m_target; }
    const QList<ImageEdit> &steps() const { return m_steps; }
    QStringList warnings() const { return m_warnings; }
    /// dump-restore: where the data goes (set when Options::newVolume and there is something to migrate).
    const std::optional<VolumeSwitch> &volumeSwitch() const { return m_volumeSwitch; }

    /// The target majors offered: 15 (what Ente's current compose files run), 16 (the default, as our guide) and
    /// 17. Others are refused: 18 moved the data folder inside the volume (PGDATA /var/lib/postgresql/18/docker).
    static QList<int> supportedTargets();
    static constexpr int DefaultTarget = 16;
    /// One sentence on what moving to target means for an Ente install (shown next to the choice).
    static QString targetDescription(int target);
    /// "15", "16" or "17" → the major; an unsupported_target error naming the choices for anything else.
    static Expected<int> parseTarget(const QString &text);

    /// The images for target, following the source's flavour: {pgautoupgrade image, final image}.
    static QStringList targetImages(const ImageRef &source, int target, QString *note = nullptr);

    /// The `plan --json` object. The password is never part of it.
    QJsonObject toJson() const;

private:
    PostgresService m_service;
    QString m_projectDir;
    QString m_composeFile;
    Status m_status = Status::NeedsMigration;
    int m_target = 16;
    QList<ImageEdit> m_steps;
    QStringList m_warnings;
    std::optional<VolumeSwitch> m_volumeSwitch;
};

} // namespace edm
