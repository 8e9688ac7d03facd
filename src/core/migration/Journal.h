// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace edm {

/// The migration's memory on disk: `<project>/.ente-db-migrate/journal.json`, rewritten atomically after every
/// transition, so that a closed or crashed app knows where it stopped. It also keeps a byte-for-byte copy of every
/// file the migration changes (`.ente-db-migrate/original/<path>`), which is what a rollback puts back.
/// Everything in that folder is read and written through StateDir: no symlink is followed, nothing planted there
/// is written through, and the paths a loaded journal names are checked to be files of the project.
/// It never holds a secret: no password, no environment.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(edm::Journal)
    EDM_TEXT_FUNCTIONS(edm::Journal)

public:
    struct Transition
    {
        QString state;
        QDateTime at;
    };
    struct OriginalFile
    {
        QString path; ///< relative to the project folder
        QString sha256; ///< of the original bytes
    };
    struct BackupInfo
    {
        QString path; ///< absolute
        QString sha256;
        qint64 bytes = 0;
    };
    /// A table's row count as the backup holds it: what the verification expects to find after the upgrade.
    struct ExpectedRows
    {
        QString database;
        QString schema;
        QString table;
        qint64 rows = 0;
    };

    static QString directoryFor(const QString &projectDir);
    static QString pathFor(const QString &projectDir);
    static bool exists(const QString &projectDir);

    /// A new journal for projectDir (nothing written until save()).
    static Journal create(const QString &projectDir);
    /// The journal of projectDir; an empty optional when there is none; an error when it cannot be read.
    static Expected<std::optional<Journal>> load(const QString &projectDir);

    Status save();
    /// Deletes the journal and the kept originals (after a finished migration the user chose to forget).
    Status remove();

    /// Keeps a copy of a file's current bytes before the migration changes it (once: a later call for the same path
    /// keeps the first copy). path is absolute.
    Status keepOriginal(const QString &path, const QByteArray &bytes);
    /// The kept original of a file (path relative to the project or absolute), checked against its recorded hash.
    Expected<QByteArray> original(const QString &path) const;
    const QList<OriginalFile> &originals() const { return m_originals; }

    QString projectDir() const { return m_projectDir; }
    QString state() const { return m_state; }
    /// Nothing left to resume or roll back: the migration is done, was rolled back, or was refused (it stopped in
    /// the plan or the preflight, before anything was changed).
    bool isFinished() const
    {
        return m_state == QLatin1String("done") || m_state == QLatin1String("rolled_back") ||
            m_state == QLatin1String("refused");
    }
    /// Records a transition and saves.
    Status transition(const QString &state);
    const QList<Transition> &history() const { return m_history; }

    QString service;
    QString method;
    int target = 16;
    QStringList composeFiles; ///< relative to the project folder
    QString volume; ///< the data volume (name or bind path)
    QString newVolume; ///< dump-restore: the new volume (its compose key) or folder (absolute) the data goes to
    QString upgradeImage; ///< the user's override of the pgautoupgrade image ("" = the policy's choice)
    QString finalImage; ///< the user's override of the final image ("" = the policy's choice)
    std::optional<BackupInfo> backup;
    bool dataTouched = false; ///< the data volume was written by something other than the original Postgres
    Text lastError; ///< kept as Text::toJson: shown in the language of whoever reads it
    QString lastErrorCode; ///< its ErrorCode
    QJsonObject report; ///< MigrationReport::toJson() as far as it got
    int sourceMajor = 0; ///< the major version the server ran before the migration (0: not probed yet)
    QString sourceVersion; ///< its full version text ("12.17")
    qint64 sourceSize = 0; ///< the size of its databases in bytes
    bool rehearse = false; ///< the run rehearses the upgrade on a copy first
    bool newVolumeUsed = false; ///< dump-restore: the new volume was created and written by this migration
    QString keptVolume; ///< rollback: the volume that keeps the converted data
    /// When the upgrade container was started (pgautoupgrade's image applied); a resume measures the upgrade's
    /// elapsed time from here. Null before (and in journals older than this field: then the "upgrade" transition).
    QDateTime upgradeStarted;
    QList<ExpectedRows> expectedRows; ///< every table of the backup with its rows
    QStringList roles; ///< every role of the backup
    QDateTime created;
    QDateTime updated;

private:
    QJsonObject toJson() const;
    /// The paths a rollback or resume acts on are plain paths of the project; corrupt_journal naming the entry if not.
    Status validate() const;
    static Journal fromJson(const QString &projectDir, const QJsonObject &json);

    QString m_projectDir;
    QString m_state;
    QList<Transition> m_history;
    QList<OriginalFile> m_originals;
};

} // namespace edm
