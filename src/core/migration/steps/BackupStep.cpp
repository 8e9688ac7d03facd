// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/BackupStep.h"

#include "core/migration/MigrationRun.h"
#include "core/postgres/BackupWriter.h"
#include "core/postgres/ServerProbe.h"

#include <QDir>
#include <QLocale>

namespace edm {

BackupStep::BackupStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Backup, run, parent)
{
}

void BackupStep::doStart()
{
    if (!m_run.options.confirmBackup)
        return writeBackup();
    Confirmation confirmation;
    confirmation.step = Step::Backup;
    confirmation.title = trText("Back up the databases");
    confirmation.text = trText("pg_dumpall writes every database and role of the service \"%1\" to %2. Nothing of the "
                               "stack changes.")
                            .arg(m_run.options.service, QDir::toNativeSeparators(m_run.backupFilePath()));
    ask(confirmation, [this] { writeBackup(); });
}

void BackupStep::writeBackup()
{
    withReadyServer([this](ServerProbe *) {
        BackupOptions options;
        options.container = m_run.probeContainer;
        options.credentials = m_run.service().credentials;
        // Read now: the wizard may change the file while the question waits. A default name some file took since it
        // was shown moves on to the next free one; a file the person named is replaced only with their yes.
        if (m_run.options.backupFile.isEmpty() && !m_run.defaultBackupFile.isEmpty())
            m_run.defaultBackupFile = BackupWriter::freePath(m_run.defaultBackupFile);
        options.path = m_run.backupFilePath();
        options.replaceExisting = !m_run.options.backupFile.isEmpty() && m_run.options.replaceBackup;
        options.composeFile = m_run.plan->composeFile();
        options.service = m_run.service().name;
        options.project = m_run.target.projectName;
        auto *writer = new BackupWriter(m_run.docker, this);
        writer->setOptions(options);
        runJob(writer, [this, writer](const Error &error) {
            if (!error.isNull())
                return emitResult(error);
            const BackupResult &result = writer->result();
            logRedacted(trText("Backup written: %1 (%2, SHA-256 %3)")
                            .arg(QDir::toNativeSeparators(result.path), QLocale().formattedDataSize(result.bytes),
                                 result.sha256));
            record(result);
            emitResult();
        });
    });
}

void BackupStep::record(const BackupResult &result)
{
    Journal &journal = *m_run.journal;
    journal.backup = Journal::BackupInfo{result.path, result.sha256, result.bytes};
    if (m_run.options.backupFile.isEmpty())
        m_run.defaultBackupFile = result.path;
    m_run.report.backup = MigrationReport::Backup{result.path, result.bytes, result.sha256, result.finished, true};
    journal.expectedRows.clear();
    for (const DumpDatabase &db : result.summary.databases) {
        for (const DumpTable &table : db.tables)
            journal.expectedRows.append({db.name, table.schema, table.table, table.rows});
    }
    journal.roles.clear();
    for (const DumpRole &role : result.summary.roles)
        journal.roles.append(role.name);
    m_run.saveReport();
}

} // namespace edm
