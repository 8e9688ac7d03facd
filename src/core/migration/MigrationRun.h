// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/MigrationPlan.h"
#include "core/docker/DockerCli.h"
#include "core/migration/Journal.h"
#include "core/migration/MigrationReport.h"
#include "core/migration/MigrationTypes.h"

#include <functional>
#include <optional>

namespace edm {

/// What the steps of one run share: the options, the plan made from the original compose bytes, the journal, the
/// report as far as it got, docker, and the compose project the stack really is. The engine owns it; each step job
/// reads and writes it while it runs, one step at a time.
struct MigrationRun
{
    migration::Options options;
    DockerCli *docker = nullptr;
    std::optional<MigrationPlan> plan;
    std::optional<Journal> journal;
    MigrationReport report;
    ComposeTarget target;
    QString probeContainer; ///< the container the last ready server ran in
    /// The time (UTC) as the engine reads it (MigrationEngine::setClock).
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    /// The default backup file, fixed once the server's version is known, so that the name shown is the name written.
    mutable QString defaultBackupFile;

    const PostgresService &service() const { return plan->service(); }
    bool isDumpRestore() const { return options.method == migration::Method::DumpRestore; }
    /// The backup file: Options::backupFile, else pg<version>-<yyyyMMdd-HHmm>.backup.sql in the backup folder
    /// (default: the project), a name no file has yet (-2, -3, … added; BackupWriter::freePath).
    QString backupFilePath() const;
    /// What must arrive, as the backup holds it (actual counts unknown).
    QList<MigrationReport::RowCount> expectedRows() const;
    /// The name of the rehearsal's throwaway container for this project.
    QString rehearsalContainer() const;
    /// Stores the report (as its redacted text shows it: the journal never holds a secret) and saves the journal.
    void saveReport();
    /// Whether the service has a running container (std::nullopt when docker cannot tell), asked without changing
    /// anything; done runs later (never inside this call), in context.
    void lookAtServiceContainer(QObject *context, std::function<void(std::optional<bool> running)> done) const;
};

} // namespace edm
