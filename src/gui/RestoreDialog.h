// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/postgres/DumpInspector.h"
#include "core/postgres/ServiceRestoreJob.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RestoreDialog;
}

namespace edm::gui {

/// Backup Browser → Restore…: the target (a compose project and its Postgres service, whose running container a
/// ServiceRestoreJob looks up), a confirmation that names exactly what the restore writes into (databases, roles,
/// service, container), then a ServiceRestoreJob into exactly that container with progress, Stop and the result.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &dumpFile, const DumpSummary &summary, const QString &project,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override;

    void setProject(const QString &path);
    /// Selects the service when the project has it (the sidecar's service).
    void setService(const QString &name);

    /// The running container found for the chosen service, when there is one.
    const std::optional<ServiceTarget> &target() const { return m_target; }
    bool isRestoring() const { return m_job && m_job->isRunning(); }
    /// What the confirmation asks (also used by tests): names the file, the databases and roles, the service, the
    /// project and the container.
    QString confirmationText() const;

    QPushButton *restoreButton() const { return m_restoreButton; }

Q_SIGNALS:
    /// The container lookup ended (target() is set, or the reason is shown).
    void targetLookedUp();
    void restoreFinished(bool ok);

public Q_SLOTS:
    void reject() override;

private:
    void loadProject();
    void lookUpContainer();
    void confirmAndRestore();
    void startRestore();
    void onPhase(ServiceRestoreJob::Phase phase);
    void onProgress(const TransferStatus &status);
    void onFinished(const Error &error);
    void showTarget(const QString &icon, const QString &text);
    void updateButtons();

    const std::unique_ptr<Ui::RestoreDialog> m_ui;
    const QString m_dumpFile;
    const DumpSummary m_summary;
    QString m_projectPath;
    QString m_preferredService;
    ServiceRestoreJob *m_job = nullptr; ///< the restore
    ServiceRestoreJob *m_lookup = nullptr; ///< the running container lookup; deleted to drop its answer
    std::optional<ServiceTarget> m_target;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_done = false;
};

} // namespace edm::gui
