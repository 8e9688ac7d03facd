// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/FailureSummary.h"
#include "core/migration/MigrationEngine.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class SummaryPage;
}

namespace edm::gui {

/// Step 8: what was done, where the backup is, which image the compose file must keep; Export Report…, Open
/// Backup…, and Roll Back… when something failed after the stack was changed (the rollback's progress shows here).
/// After a failure it leads out: what failed, the state the stack is in and the safe next step (FailureSummary) on
/// top, the step list marking the failed step, the run's log behind Details, and the next step as the default button.
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
    /// The three lines after a failed run (none: the run did not fail, or the failure was rolled back).
    void setFailure(const std::optional<FailureSummary> &failure);
    const std::optional<FailureSummary> &failure() const { return m_failure; }
    /// Makes the page's button for the next step (Roll Back…) the dialog's default, when it is shown and enabled;
    /// returns whether it did.
    bool makeNextStepDefault();
    /// A line of the run's log, for the Details view.
    void runLog(const QString &line);
    bool isRollingBack() const { return m_rollingBack; }

    void rollbackStarted();
    void rollbackLog(const QString &line);
    void rollbackProgress(qint64 done, qint64 total, const QString &text);
    void rollbackFinished(const Error &error);

    void initializePage() override;
    /// Not while a rollback runs: Finish waits for it.
    bool isComplete() const override;

Q_SIGNALS:
    void exportReportRequested();
    void openBackupRequested(const QString &path);
    void rollbackRequested();

private:
    const std::unique_ptr<Ui::SummaryPage> m_ui;
    QPointer<MigrationEngine> m_engine;
    Error m_error;
    std::optional<FailureSummary> m_failure;
    bool m_rollingBack = false;
};

} // namespace edm::gui
