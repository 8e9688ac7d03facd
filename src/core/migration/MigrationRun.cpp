// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationRun.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace edm {

QString MigrationRun::backupFilePath() const
{
    if (!options.backupFile.isEmpty())
        return options.backupFile;
    const int major = journal && journal->sourceMajor > 0 ? journal->sourceMajor : service().ref.major();
    const QString dir = options.backupDir.isEmpty() ? plan->projectDir() : options.backupDir;
    return QDir(dir).filePath(QStringLiteral("pg%1.backup.sql").arg(major));
}

QList<MigrationReport::RowCount> MigrationRun::expectedRows() const
{
    QList<MigrationReport::RowCount> rows;
    for (const Journal::ExpectedRows &e : journal->expectedRows)
        rows.append({e.database, e.schema, e.table, e.rows, -1});
    return rows;
}

QString MigrationRun::rehearsalContainer() const
{
    QString name = target.projectName;
    name.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_.-]")), QStringLiteral("-"));
    return QStringLiteral("ente-db-migrate-rehearsal-") + name;
}

void MigrationRun::saveReport()
{
    if (!journal)
        return;
    journal->report = QJsonDocument::fromJson(report.redactor.redact(QJsonDocument(report.toJson()).toJson())).object();
    journal->save();
}

} // namespace edm
