// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/postgres/BackupSidecar.h"
#include "core/postgres/DumpInspector.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class BackupBrowser;
}

namespace edm {
class InspectionJob;
}

namespace edm::gui {

/// File → Open Backup…: what a dump (the app's own backup, or any pg_dumpall / pg_dump file, plain or .gz) holds,
/// read by DumpInspector in a worker thread with a progress bar and Stop: whether it is complete and if not why,
/// the source server and dump tool versions, roles, databases and their tables with row counts; its SHA-256 checked
/// against the sidecar (`<file>.json`); and Restore… into a compose project's Postgres.
class BackupBrowser : public QDialog
{
    Q_OBJECT

public:
    /// How the file's SHA-256 compares with its sidecar's.
    enum class HashCheck
    {
        Pending, ///< not known yet (reading, or the reading stopped)
        NoSidecar, ///< no `<file>.json` next to it
        SidecarUnreadable, ///< there is one, but it cannot be read
        Match,
        Mismatch
    };
    Q_ENUM(HashCheck)

    explicit BackupBrowser(QWidget *parent = nullptr);
    ~BackupBrowser() override;

    /// Starts reading path; the window shows progress until inspected() (also for a file that is not a dump).
    void openFile(const QString &path);
    QString filePath() const { return m_path; }
    bool isInspecting() const;

    /// The project the Restore dialog suggests when the backup's sidecar names none (the wizard's project).
    void setDefaultProject(const QString &path) { m_defaultProject = path; }

    /// After inspected(): the summary (empty when the file could not be read at all).
    const std::optional<DumpSummary> &summary() const { return m_summary; }
    HashCheck hashCheck() const { return m_hashCheck; }
    QString sha256() const { return m_sha256; }
    const std::optional<BackupSidecar> &sidecar() const { return m_sidecar; }
    QPushButton *restoreButton() const { return m_restoreButton; }

    /// The files the browser opens: .sql, .sql.gz, .dump, and a sidecar .json (which opens the backup it describes).
    static bool isBackupFile(const QString &path);
    /// For a sidecar `<backup>.json`, the backup it describes (when it exists); else path itself.
    static QString backupForPath(const QString &path);

Q_SIGNALS:
    /// The reading ended: the summary, an error or a cancel is shown.
    void inspected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void browse();
    void stopInspection();
    void onProgress(qint64 done, qint64 total, const QString &text);
    void onFinished();
    void clear();
    void showSummary(const DumpSummary &summary);
    void showVerdict(const QString &icon, const QString &text);
    void showHashCheck();
    void restore();

    const std::unique_ptr<Ui::BackupBrowser> m_ui;
    QPointer<InspectionJob> m_job; ///< the file being read; a new job for each file
    QPushButton *m_restoreButton = nullptr;
    QString m_path;
    QString m_defaultProject;
    std::optional<DumpSummary> m_summary;
    std::optional<BackupSidecar> m_sidecar;
    QString m_sidecarError;
    HashCheck m_hashCheck = HashCheck::Pending;
    QString m_sha256;
    int m_progressShift = 0; ///< QProgressBar takes int: sizes are shifted right by this many bits
};

} // namespace edm::gui
