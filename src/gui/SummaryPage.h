// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationEngine.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace edm::gui {

/// Step 8: what was done, where the backup is, which image the compose file must keep; Export Report…, Open
/// Backup…, and Roll Back… when something failed after the stack was changed (the rollback's progress shows here).
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

    void setEngine(MigrationEngine *engine);
    /// Shows the engine's report as it is now. error: how the run ended (null: success or still running).
    void refresh(const Error &error);
    void setRollbackAvailable(bool available);

    void rollbackStarted();
    void rollbackLog(const QString &line);
    void rollbackProgress(qint64 done, qint64 total, const QString &text);
    void rollbackFinished(const Error &error);

    void initializePage() override;

Q_SIGNALS:
    void exportReportRequested();
    void openBackupRequested(const QString &path);
    void rollbackRequested();

private:
    const std::unique_ptr<Ui::SummaryPage> m_ui;
    QPointer<MigrationEngine> m_engine;
    Error m_error;
};

} // namespace edm::gui
