#pragma once

#include "core/Result.h"
#include "core/compose/MigrationPlan.h"
#include "core/docker/DockerCli.h"
#include "core/migration/Journal.h"
#include "core/migration/MigrationReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

namespace edm {

class ProcessRunner;
class ServerProbe;
class UpgradeLogWatcher;
struct BackupResult;
struct DatabaseRowCounts;
struct ServerSnapshot;

/// The migration, as one resumable state machine: the steps of DESIGN.md §2 (preflight, backup, stop, upgrade,
/// finish, verify), each recorded in the Journal before and after it runs, so that a closed or crashed app resumes
/// where it stopped, or rolls back. The wizard and the command line drive it the same way and only display what it
/// signals. Nothing here blocks: every step is asynchronous and ends in stepFinished().
///
/// Changes that touch the user's stack wait for confirm(): stopping the stack, each edit of the compose file (the
/// diff comes with the request), removing a volume during a rollback.
class MigrationEngine : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Plan,
        Preflight,
        Backup,
        Rehearse, ///< optional: restore the backup into a throwaway target container and verify it there
        Stop,
        Upgrade, ///< edit 1 (pgautoupgrade's image), start only the service, follow its log until truly done
        Finish, ///< edit 2 (the plain target image) and start the whole stack
        Verify,
        Done
    };
    Q_ENUM(Step)

    /// How the data moves: pgautoupgrade converts it in place (the documented way); dump-restore restores the backup
    /// into a new volume for the target image and keeps the old volume untouched.
    enum class Method
    {
        PgAutoUpgrade,
        DumpRestore
    };
    Q_ENUM(Method)

    struct Options
    {
        QString projectPath; ///< folder or compose file
        QString service; ///< empty: detect
        int target = 16;
        Method method = Method::PgAutoUpgrade;
        bool rehearse = false;
        QString backupDir; ///< empty: the project folder
        QString backupFile; ///< empty: <backupDir>/pg<major>.backup.sql
        bool stopWholeStack = true; ///< `down` (true) or `stop SERVICE…` for everything but Postgres
        QString healthUrl; ///< museum's /ping, optional
        int upgradeTimeoutSeconds = 3600;
        bool confirmBackup = false; ///< ask (confirmationNeeded) before the backup, so a wizard can choose the file
        DockerCliOptions docker;
    };

    /// A change waiting for the user's yes.
    struct Confirmation
    {
        Step step = Step::Plan;
        QString title; ///< "Stop the stack"
        QString text; ///< what will happen and what it means
        QByteArray diff; ///< the compose change, when there is one
        bool destructive = false;
    };

    explicit MigrationEngine(Options options, QObject *parent = nullptr);
    ~MigrationEngine() override;

    static QString stepId(Step step);
    static QString stepTitle(Step step);
    static QString methodId(Method method);
    static std::optional<Method> methodFromId(const QString &id);

    /// The steps this run goes through, in order.
    QList<Step> steps() const;
    Step currentStep() const { return m_step; }
    bool isRunning() const { return m_running; }

    const Options &options() const { return m_options; }
    DockerCli *docker() const { return m_docker; }
    /// The compose tool's name as the user types it ("docker compose" or "docker-compose").
    QString composeToolName() const;
    /// The plan, once made (from the original compose bytes, also when resuming).
    const std::optional<MigrationPlan> &plan() const { return m_plan; }
    const std::optional<Journal> &journal() const { return m_journal; }
    const MigrationReport &report() const { return m_report; }
    /// The file the backup step writes (or wrote): Options::backupFile, else the default for the source's major.
    QString backupFile() const;
    /// Change the backup file or the way the stack stops until that step acts (also while its confirmation waits).
    void setBackupFile(const QString &path);
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

Q_SIGNALS:
    void stepStarted(edm::MigrationEngine::Step step);
    void stepFinished(edm::MigrationEngine::Step step, bool ok);
    /// done/total in the step's unit (bytes for backup and restore; 0/0 when unknown); text: rate and ETA.
    void progress(edm::MigrationEngine::Step step, qint64 done, qint64 total, const QString &text);
    /// A line for the log view: a command run, its output, a container's log (redacted).
    void logLine(edm::MigrationEngine::Step step, const QString &line);
    /// A recognised phase of the upgrade log ("upgrade started", "statistics", "final start", …).
    void milestone(edm::MigrationEngine::Step step, const QString &text);
    void checkResult(const edm::MigrationReport::Check &check);
    void confirmationNeeded(const edm::MigrationEngine::Confirmation &confirmation);
    void stateChanged(const QString &state);
    /// The run (start, resume or rollback) ended; error is null on success.
    void finished(const edm::Error &error);

private:
    void begin(bool resuming);
    void openPlan(const QHash<QString, QByteArray> &originals);
    void runStep(Step step);
    void stepSucceeded();
    void stepFailed(const Error &error);
    void endRun(const Error &error);
    Step nextStep(Step after) const;
    void ask(const Confirmation &confirmation, std::function<void()> onYes);
    void recordStep(Step step, const QString &outcome, const QString &note = {});
    void saveReport();
    void log(const QString &line);
    ProcessRunner *track(ProcessRunner *runner);
    void runDocker(ProcessRunner *runner, std::function<void(const ProcessResult &)> done);
    void withContainer(std::function<void(const ContainerInfo *)> done);
    void withProjectName(std::function<void(const Expected<QString> &)> done);
    void checkAlreadyTarget(const Error &alreadyTarget);

    void runPreflight();
    void runBackup();
    void writeBackup();
    void runRehearse();
    void runStop();
    void runUpgrade();
    void followUpgrade(const QString &container);
    void runFinish();
    void runDumpRestore();
    void startOnNewVolume();
    void emptyNewVolume(std::function<void()> then);
    void findNewVolume(std::function<void(const QString &name)> done);
    void checkNewVolumeFree(std::function<void(bool free)> done);
    void rehashServicePassword(ServerProbe *probe, std::function<void()> then);
    void offerNewVolumeRemoval(std::function<void()> then);
    void checkCollationVersions(ServerProbe *probe, std::function<void()> then);
    void checkCollationAndConclude(bool passed);
    QString rehearsalContainer() const;
    void removeRehearsalLeftover(std::function<void()> then);
    void concludeVerify(bool passed);
    void runVerify();
    void rollbackData();
    void addCheck(const QString &id, const QString &title, MigrationReport::CheckResult result, const QString &detail,
                  const QString &fix = {});
    void withReadyServer(std::function<void(ServerProbe *probe)> done);
    void evaluateSnapshot(const ServerSnapshot &snapshot);
    bool compareRowCounts(const QList<DatabaseRowCounts> &counts);
    void checkHealthUrl(std::function<void(bool ok)> done);
    QString backupFilePath(int major) const;
    void recordBackup(const BackupResult &result);
    void restoreIntoService(std::function<void()> then);

    Options m_options;
    ComposeTarget m_target;
    QPointer<ProcessRunner> m_runner;
    UpgradeLogWatcher *m_watcher = nullptr;
    std::function<void()> m_onConfirm;
    std::function<void()> m_onDecline; ///< instead of stopping, when a question may be answered no
    bool m_cancelled = false;
    bool m_rollingBack = false;
    QDateTime m_stepStarted;
    std::function<void()> m_cancelBackup; ///< stops the backup or restore in flight
    QString m_probeContainer; ///< the container the last ready server runs in
    DockerCli *m_docker = nullptr;
    std::optional<MigrationPlan> m_plan;
    std::optional<Journal> m_journal;
    MigrationReport m_report;
    Step m_step = Step::Plan;
    bool m_running = false;
};

} // namespace edm

Q_DECLARE_METATYPE(edm::MigrationEngine::Confirmation)
