#pragma once

#include "core/Result.h"
#include "core/compose/ComposeProject.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

    /// The images for target, following the source's flavour: {pgautoupgrade image, final image}.
    static QStringList targetImages(const ImageRef &source, int target, QString *note = nullptr);

    /// The `plan --json` object. The password is never part of it.
    QJsonObject toJson() const;
    static QJsonObject errorJson(const Error &error);

private:
    PostgresService m_service;
    QString m_projectDir;
    QString m_composeFile;
    Status m_status = Status::NeedsMigration;
    int m_target = 16;
    QList<ImageEdit> m_steps;
    QStringList m_warnings;
};

} // namespace edm
