// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/FailureSummary.h"
#include "core/migration/MigrationEngine.h"
#include "core/migration/MigrationReport.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class QMessageBox;

namespace edm::gui {

class EnginePage;
class ProjectPage;
class SummaryPage;

/// The wizard: one page per step of the migration (docs/ARCHITECTURE.md). It owns the MigrationEngine of a run, made
/// from the Project page's choice and the settings, and hands its signals to the page of each step; pages only display.
/// A change to the stack waits on the page that shows it until the user's Next (the yes). Cancel asks, then stops
/// the engine; on start, an unfinished migration in the project is offered to resume or roll back.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Project,
        Preflight,
        Backup,
        Stop,
        Upgrade,
        Finish,
        Verify,
        Summary
    };
    Q_ENUM(PageId)

    explicit MigrationWizard(const QString &startPath, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    ProjectPage *projectPage() const { return m_projectPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    /// The engine of the current run; null before a run.
    MigrationEngine *engine() const { return m_engine; }
    /// The report of the current run, as far as it got; none before a run.
    std::optional<MigrationReport> currentReport() const;
    /// Back to the Project page with path, when no run is active (ignored otherwise).
    void openProject(const QString &path);
    /// A run is active (working, or waiting for the user's yes).
    bool isBusy() const;
    /// A step works now: a run is active and no page waits for the user's yes. Quit and Cancel warn only then.
    bool isStepRunning() const;
    /// Where the run stands, in one sentence for the quit and cancel questions ("The migration waits for your yes
    /// to “Stop the stack”; nothing of that step was done."); empty when no run is active.
    QString waitingText() const;
    /// The user's stack was changed by this run (or by the resumed one): Back is disabled, Roll Back… is offered.
    bool stackChanged() const { return m_stackChanged; }

    /// Shows the resume prompt when the chosen project has an unfinished migration; returns whether it did. After
    /// "Later" the project's question is not asked again until the app starts anew.
    bool checkJournal();
    /// The user chose "Later" for this project's unfinished migration in this session.
    bool postponed(const QString &projectPath) const;

    bool validateCurrentPage() override;
    /// A page tells the wizard that the user said yes to its step.
    void noteYes(MigrationEngine::Step step);
    /// The Preflight page's "Use dump-restore instead": a new run with the dump-restore method, from the preflight
    /// (the refused one changed nothing). Ignored while a run is active.
    void useDumpRestore();
    /// The method the next run uses (pgautoupgrade unless the user switched).
    MigrationEngine::Method method() const { return m_method; }
    /// What the last run's failure left and the safe next step (none: no failure, or it was rolled back). The next
    /// step is the default button: Roll Back… on the summary, Retry (re-runs from the failed step) on the failed page.
    const std::optional<FailureSummary> &failure() const { return m_failure; }
    /// Retry after a failure that changed nothing: resume from the failed step, or check again when the run was
    /// refused before it began. Ignored while a run is active.
    void retry();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void exportReportRequested();
    void openBackupRequested(const QString &path);
    void projectChanged(const QString &path);

protected:
    void done(int result) override;
    void cleanupPage(int id) override;

private:
    enum class Run
    {
        Start,
        Resume,
        Rollback
    };
    MigrationEngine::Options engineOptions() const;
    void createEngine();
    void dropEngine();
    void startRun(Run run);
    void askRollback();
    EnginePage *pageFor(MigrationEngine::Step step) const;
    QList<EnginePage *> enginePages() const;
    void jumpTo(int id);
    int idOf(const QWizardPage *page) const;
    void updateNavigation();
    void discardRun();
    bool prompting() const;
    static QString projectKey(const QString &path);
    void onStepStarted(MigrationEngine::Step step);
    void onFinished(const Error &error);
    void onConfirmation(const MigrationEngine::Confirmation &confirmation);
    void onStateChanged(const QString &state);
    void showFailure(const Error &error);
    void updateFailureButtons();

    ProjectPage *m_projectPage = nullptr;
    SummaryPage *m_summaryPage = nullptr;
    MigrationEngine *m_engine = nullptr;
    QPointer<QMessageBox> m_prompt;
    QString m_lastProject;
    bool m_stackChanged = false;
    bool m_rollingBack = false;
    bool m_jumpOnStart = false;
    bool m_jumping = false;
    bool m_discarding = false; ///< Back to the Project page cancelled a run that had changed nothing
    QStringList m_postponed; ///< projects whose resume question got "Later" in this session
    MigrationEngine::Method m_method = MigrationEngine::Method::PgAutoUpgrade;
    std::optional<FailureSummary> m_failure;
};

} // namespace edm::gui
