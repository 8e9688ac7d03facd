// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationRun.h"

#include "core/postgres/BackupWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace edm {

QString MigrationRun::backupFilePath() const
{
    if (!options.backupFile.isEmpty())
        return options.backupFile;
    if (!defaultBackupFile.isEmpty())
        return defaultBackupFile;
    const int major = journal && journal->sourceMajor > 0 ? journal->sourceMajor : service().ref.major();
    const QString version = report.versionBefore.isEmpty() ? QString::number(major) : report.versionBefore;
    const QString dir = options.backupDir.isEmpty() ? plan->projectDir() : options.backupDir;
    const QString path =
        BackupWriter::freePath(QDir(dir).filePath(BackupWriter::defaultFileName(version, now().toLocalTime())));
    // Before the preflight asked the server for its version the name is provisional.
    if (!report.versionBefore.isEmpty())
        defaultBackupFile = path;
    return path;
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

void MigrationRun::lookAtServiceContainer(QObject *context, std::function<void(std::optional<bool> running)> done) const
{
    const QString service = plan ? plan->service().name : options.service;
    if (!docker || target.projectName.isEmpty() || service.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
        return;
    }
    docker->listContainers(target.projectName, service, context,
                           [done = std::move(done)](const Expected<QList<ContainerInfo>> &list) {
                               if (!list)
                                   return done(std::nullopt);
                               bool running = false;
                               for (const ContainerInfo &container : *list)
                                   running = running || container.isRunning();
                               done(running);
                           });
}

void MigrationRun::saveReport()
{
    if (!journal)
        return;
    journal->report = report.redactor.redact(report.toJson(MigrationReport::TextForm::Kept));
    journal->save();
}

} // namespace edm
