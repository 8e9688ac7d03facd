// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/StateDir.h"
#include "core/compose/MigrationPlan.h"
#include "core/migration/Journal.h"
#include "core/migration/MigrationReport.h"
#include "core/migration/MigrationTypes.h"
#include "core/migration/UpgradeEstimate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace edm {

class MigrationStep;
struct MigrationRun;

/// The migration, as one resumable sequence of step jobs (core/migration/steps: preflight, backup, rehearse, stop,
/// upgrade or dump-restore, finish, verify; and the rollback), each recorded in the Journal before and after it runs,
/// so that a closed or crashed app resumes where it stopped, or rolls back. The engine keeps only the order, the
/// journal, the questions and cancel; what a step does is in its own class (docs/ARCHITECTURE.md). The wizard and the
/// command line drive it the same way and only display what it signals. Nothing here blocks.
///
/// Changes that touch the user's stack wait for confirm(): stopping the stack, each edit of the compose file (the
/// diff comes with the request), removing a volume during a rollback.
class MigrationEngine : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::MigrationEngine)

public:
    using Step = migration::Step;
    using Method = migration::Method;
    using Options = migration::Options;
    using Confirmation = migration::Confirmation;

    explicit MigrationEngine(Options options, QObject *parent = nullptr);
    ~MigrationEngine() override;

    static QString stepId(Step step) { return migration::stepId(step); }
    static QString stepTitle(Step step) { return migration::stepTitle(step); }
    static QString methodId(Method method);
    static std::optional<Method> methodFromId(const QString &id);

    /// The steps this run goes through, in order.
    QList<Step> steps() const;
    Step currentStep() const { return m_step; }
    bool isRunning() const { return m_running; }

    const Options &options() const;
    /// "docker compose" or "docker-compose", as detected (empty before the run started).
    QString composeToolName() const;
    /// The plan, once made (from the original compose bytes, also when resuming).
    const std::optional<MigrationPlan> &plan() const;
    const std::optional<Journal> &journal() const;
    const MigrationReport &report() const;
    /// The file the backup step writes (or wrote): Options::backupFile, else a new name from the source's version and
    /// the time (MigrationRun::backupFilePath), never an existing file's.
    QString backupFile() const;
    /// Change the backup file or the way the stack stops until that step acts (also while its confirmation waits).
    /// An existing file is replaced only with replace set (the person said so); otherwise the backup step refuses.
    void setBackupFile(const QString &path, bool replace = false);
    void setStopWholeStack(bool whole);

    /// What a journal in the project says, without acting: none, unfinished (with its state), or finished.
    static Expected<std::optional<Journal>> existingJournal(const QString &projectPath);

    /// Starts a new migration. Refuses (finished() with an error) when an unfinished journal exists: resume() or
    /// rollback() first.
    void start();
    /// Continues an unfinished migration from its journal.
    void resume();
    /// Puts the original compose bytes back and, when the data was already changed, restores the backup into the
    /// volume (after confirming that its current contents are kept aside). Never deletes a volume without consent.
    void rollback();
    /// Stops the running step as safely as it can be stopped; finished() follows with a "cancelled" error that says
    /// what state things are in.
    void cancel();
    /// The answer to confirmationNeeded().
    void confirm(bool yes);
    /// A fresh look at the Postgres service's container after a run ended: done(true) when it runs, done(false) when
    /// it does not (or there is none), done(nullopt) when docker cannot tell or the project was never opened. Called
    /// once, from the event loop, unless context is destroyed first.
    void lookAtContainer(QObject *context, std::function<void(std::optional<bool> running)> done);

    /// Where the engine reads the time (UTC) for step times and the backup's name; tests give it a clock of their own.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    /// The time (UTC) as the engine reads it: what a page measures the upgrade's elapsed time against.
    QDateTime currentTime() const { return now(); }
    /// Where the upgrade stands (its start, the phases seen, the data's size): empty before the upgrade step.
    const UpgradeEstimate &upgradeEstimate() const { return m_upgradeEstimate; }

Q_SIGNALS:
    void stepStarted(edm::MigrationEngine::Step step);
    void stepFinished(edm::MigrationEngine::Step step, bool ok);
    /// done/total in the step's unit (bytes for backup and restore; 0/0 when unknown); text: rate and ETA.
    void progress(edm::MigrationEngine::Step step, qint64 done, qint64 total, const QString &text);
    /// A line for the log view: a command run, its output, a container's log (redacted).
    void logLine(edm::MigrationEngine::Step step, const QString &line);
    /// A recognised phase of the upgrade log ("upgrade started", "statistics", "final start", …).
    void milestone(edm::MigrationEngine::Step step, const QString &text);
    /// The upgrade started (or was re-attached to on resume) or reached a phase: upgradeEstimate() changed.
    void upgradeEstimateChanged(const edm::UpgradeEstimate &estimate);
    void checkResult(const edm::MigrationReport::Check &check);
    void confirmationNeeded(const edm::MigrationEngine::Confirmation &confirmation);
    void stateChanged(const QString &state);
    /// The run (start, resume or rollback) ended; error is null on success.
    void finished(const edm::Error &error);

private:
    void begin(bool resuming);
    Status adoptJournal(Journal journal, QHash<QString, QByteArray> *originals);
    Status openPlan(const QHash<QString, QByteArray> &originals);
    Status createJournal();
    Step resumePoint() const;
    void withProjectName(std::function<void()> then);
    void notStarted(const Error &error);
    void checkAlreadyTarget(const Error &alreadyTarget);
    void runStep(Step step);
    MigrationStep *createStep(Step step);
    void attach(MigrationStep *job);
    void stepEnded(const Error &error);
    void complete();
    void rollbackEnded(const Error &error);
    Status lockProject(const QString &projectDir);
    void endRun(const Error &error);
    void recordStep(Step step, const QString &outcome, const Text &note = {});
    void log(const QString &line);
    QDateTime now() const { return m_clock(); }
    void questionAsked(const Confirmation &confirmation);

    std::unique_ptr<MigrationRun> m_run;
    QPointer<MigrationStep> m_job; ///< the step (or rollback) running now
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_stepStarted;
    UpgradeEstimate m_upgradeEstimate;
    QDateTime m_asked; ///< when the question that waits now was asked; null when none waits
    qint64 m_waitedMs = 0; ///< how long the running step's questions waited for their answers
    Step m_step = Step::Plan;
    bool m_running = false;
    std::optional<RunLock> m_lock; ///< one run per project: held from start/resume/rollback to finished()
    bool m_cancelled = false;
    bool m_rollingBack = false;
};

} // namespace edm
