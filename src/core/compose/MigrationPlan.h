// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PostgresMajors.h"
#include "core/Result.h"
#include "core/compose/ComposeProject.h"
#include "core/compose/DataMount.h"
#include "core/compose/ImagePolicy.h"
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

/// What the migration of a compose project will change: the Postgres service, where it stands, and the image
/// edits in order (to pgautoupgrade, then to the plain target image), each applicable on top of the previous.
class MigrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(edm::MigrationPlan)
    EDM_TEXT_FUNCTIONS(edm::MigrationPlan)

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
        /// Overrides of the images (empty: the policy's choice, see ImagePolicy): a mirror's copy, a digest, or the
        /// guide's exact pgautoupgrade/pgautoupgrade:16-bookworm.
        QString upgradeImage;
        QString finalImage;
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
    QList<Text> warnings() const { return m_warnings; }
    /// dump-restore: where the data goes (set when Options::newVolume and there is something to migrate).
    const std::optional<VolumeSwitch> &volumeSwitch() const { return m_volumeSwitch; }

    /// The target majors offered (PostgresMajors::targets(): 15, 16, 17, 18).
    static QList<int> supportedTargets();
    static constexpr int DefaultTarget = PostgresMajors::DefaultTarget;
    /// One sentence on what moving to target means for an Ente install (shown next to the choice).
    static QString targetDescription(int target);
    /// "15" … "18" → the major; an unsupported_target error naming the choices for anything else.
    static Expected<int> parseTarget(const QString &text);

    /// The images for target, following the source's flavour (ImagePolicy::choose): {pgautoupgrade image, final
    /// image}.
    static QStringList targetImages(const ImageRef &source, int target, QString *note = nullptr);
    /// Postgres 18's move of the data volume's mount, made by the first step (with the image); empty otherwise.
    const std::optional<MountMove> &mountMove() const { return m_mountMove; }

    /// The `plan --json` object. The password is never part of it.
    QJsonObject toJson() const;

private:
    PostgresService m_service;
    QString m_projectDir;
    QString m_composeFile;
    Status m_status = Status::NeedsMigration;
    int m_target = 16;
    QList<ImageEdit> m_steps;
    QList<Text> m_warnings;
    std::optional<VolumeSwitch> m_volumeSwitch;
    std::optional<MountMove> m_mountMove;
};

} // namespace edm
