// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace edm {

struct DumpSummary;

/// `<backup>.json`, written next to every backup the app makes (mode 0600, like the backup): what the backup browser
/// lists and what a later step trusts without reading the dump again. Never holds a secret.
///
///     { "format": "ente-db-migrate-backup", "format_version": 1,
///       "app": {"name", "version"}, "file", "bytes", "sha256", "started", "finished",
///       "server": {"version", "version_num", "major", "version_text"}, "dump_tool": {"program", "version"},
///       "compose": {"file", "service", "project", "container"},
///       "databases": [{"name", "size_bytes", "encoding", "collate", "ctype", "locale_provider", "tables": [{"schema",
///       "table", "rows"}], "rows"}],
///       "verification": {"complete", "lines", "rows", "problems": [...]} }
struct BackupSidecar
{
    Q_DECLARE_TR_FUNCTIONS(edm::BackupSidecar)
    EDM_TEXT_FUNCTIONS(edm::BackupSidecar)

public:
    struct Table
    {
        QString schema;
        QString table;
        qint64 rows = 0;
    };
    struct Database
    {
        QString name;
        qint64 sizeBytes = 0; ///< pg_database_size before the dump
        QString encoding;
        QString collate;
        QString ctype;
        QString localeProvider;
        QList<Table> tables; ///< from the dump's COPY blocks
        qint64 rows() const;
    };

    static constexpr int FormatVersion = 1;

    QString appName;
    QString appVersion;
    QString file; ///< the backup's file name (no folder: the pair can be moved together)
    qint64 bytes = 0;
    QString sha256; ///< lower-case hex
    QDateTime started; ///< UTC
    QDateTime finished;
    QString serverVersion; ///< "12.22"
    int serverVersionNum = 0;
    int serverMajor = 0;
    QString serverVersionText; ///< SELECT version()
    QString dumpProgram; ///< "pg_dumpall"
    QString dumpVersion; ///< "15.18"
    QString composeFile; ///< absolute
    QString service;
    QString project;
    QString container;
    QList<Database> databases;
    bool complete = false; ///< the dump passed verification
    qint64 lines = 0;
    qint64 rows = 0;
    QStringList problems;

    /// The sidecar's path for a backup: "<backup>.json".
    static QString pathFor(const QString &backupPath);

    /// Fills file, bytes, sha256, databases' tables, lines, rows, complete and problems from a verified dump.
    void takeSummary(const DumpSummary &summary);

    QJsonObject toJson() const;
    static Expected<BackupSidecar> fromJson(const QJsonObject &object);

    /// Writes atomically (QSaveFile), mode 0600.
    Status write(const QString &path) const;
    static Expected<BackupSidecar> read(const QString &path);
};

} // namespace edm
