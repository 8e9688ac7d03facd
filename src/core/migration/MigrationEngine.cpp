// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationEngine.h"

#include "core/migration/MigrationRun.h"
#include "core/migration/steps/BackupStep.h"
#include "core/migration/steps/DataVersionJob.h"
#include "core/migration/steps/DumpRestoreStep.h"
#include "core/migration/steps/FinishStep.h"
#include "core/migration/steps/PreflightStep.h"
#include "core/migration/steps/RehearseStep.h"
#include "core/migration/steps/RollbackJob.h"
#include "core/migration/steps/StopStep.h"
#include "core/migration/steps/UpgradeStep.h"
#include "core/migration/steps/VerifyStep.h"

#include "Version.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace edm {

namespace {

constexpr auto DoneSuffix = "_done";

QString doneState(MigrationEngine::Step step)
{
    return MigrationEngine::stepId(step) + QLatin1String(DoneSuffix);
}

QString projectDirOf(const QString &projectPath)
{
    const QFileInfo info(projectPath.isEmpty() ? QDir::currentPath() : projectPath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

} // namespace

MigrationEngine::MigrationEngine(Options options, QObject *parent)
    : QObject(parent)
    , m_run(std::make_unique<MigrationRun>())
{
    qRegisterMetaType<edm::MigrationEngine::Confirmation>();
    qRegisterMetaType<edm::MigrationEngine::Step>();
    qRegisterMetaType<edm::UpgradeEstimate>();
    m_run->options = std::move(options);
    m_run->docker = new DockerCli(m_run->options.docker, this);
    connect(m_run->docker, &DockerCli::commandStarted, this,
            [this](const QString &line) { log(QStringLiteral("$ ") + line); });
    m_run->report.appVersion = QStringLiteral(EDM_VERSION);
    m_run->report.method = methodId(m_run->options.method);
    m_run->report.targetMajor = m_run->options.target;
}

MigrationEngine::~MigrationEngine() = default;

QString MigrationEngine::methodId(Method method)
{
    return migration::methodId(method);
}

std::optional<MigrationEngine::Method> MigrationEngine::methodFromId(const QString &id)
{
    return migration::methodFromId(id);
}

QList<MigrationEngine::Step> MigrationEngine::steps() const
{
    QList<Step> list{Step::Preflight, Step::Backup};
    if (m_run->options.rehearse)
        list.append(Step::Rehearse);
    list += {Step::Stop, Step::Upgrade, Step::Finish, Step::Verify};
    return list;
}

const MigrationEngine::Options &MigrationEngine::options() const
{
    return m_run->options;
}

QString MigrationEngine::composeToolName() const
{
    return m_run->docker->composeTool().displayName();
}

const std::optional<MigrationPlan> &MigrationEngine::plan() const
{
    return m_run->plan;
}

const std::optional<Journal> &MigrationEngine::journal() const
{
    return m_run->journal;
}

const MigrationReport &MigrationEngine::report() const
{
    return m_run->report;
}

QString MigrationEngine::backupFile() const
{
    return m_run->plan ? m_run->backupFilePath() : m_run->options.backupFile;
}

void MigrationEngine::setBackupFile(const QString &path, bool replace)
{
    m_run->options.backupFile = path;
    m_run->options.replaceBackup = replace;
}

void MigrationEngine::setStopWholeStack(bool whole)
{
    m_run->options.stopWholeStack = whole;
}

Expected<std::optional<Journal>> MigrationEngine::existingJournal(const QString &projectPath)
{
    return Journal::load(projectDirOf(projectPath));
}

// --- starting a run -------------------------------------------------------------------------------------------------

void MigrationEngine::start()
{
    begin(false);
}

void MigrationEngine::resume()
{
    begin(true);
}

void MigrationEngine::begin(bool resuming)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_rollingBack = false;
    const QString projectDir = projectDirOf(m_run->options.projectPath);
    if (const Status locked = lockProject(projectDir); !locked)
        return endRun(locked.error());
    Expected<std::optional<Journal>> existing = Journal::load(projectDir);
    if (!existing)
        return endRun(existing.error());
    const bool unfinished = existing->has_value() && !(*existing)->isFinished();
    if (unfinished && (*existing)->state() == QLatin1String("rolling_back")) {
        // Half rolled back: only the rollback knows how to go on (migrating again would start on converted data).
        return endRun(
            Error{QStringLiteral("unfinished_rollback"),
                  trText("A rollback of this project stopped before it was finished. Run the rollback again to "
                         "finish it.")});
    }
    if (resuming && !unfinished) {
        return endRun(Error{
            QStringLiteral("nothing_to_resume"),
            trText("There is no unfinished migration in %1 to resume.").arg(QDir::toNativeSeparators(projectDir))});
    }
    if (!resuming && unfinished) {
        return endRun(Error{QStringLiteral("unfinished_migration"),
                            trText("A migration of this project stopped at \"%1\" and was not finished. Resume it or "
                                   "roll it back before starting a new one.")
                                .arg((*existing)->state())});
    }
    QHash<QString, QByteArray> originals;
    if (resuming) {
        if (const Status adopted = adoptJournal(std::move(**existing), &originals); !adopted)
            return endRun(adopted.error());
    }
    // Resuming plans from the original bytes: the compose file on disk may already carry the first edit.
    if (const Status planned = openPlan(originals); !planned)
        return endRun(planned.error());
    if (!resuming && m_run->plan->status() == MigrationPlan::Status::AlreadyTarget) {
        // The image names the target, but the data may be newer (a compose file downloaded again after a migration
        // to a higher major): then it is the downgrade trap, not "nothing to do".
        return checkAlreadyTarget(
            Error{QStringLiteral("already_target"),
                  trText("The service \"%1\" already runs Postgres %2; there is nothing to migrate.")
                      .arg(m_run->plan->service().name)
                      .arg(m_run->options.target)});
    }
    if (!resuming) {
        if (const Status created = createJournal(); !created)
            return endRun(created.error());
    }
    withProjectName([this, resuming] {
        if (resuming)
            log(trText("Resuming the migration after \"%1\".").arg(m_run->journal->state()));
        runStep(resuming ? resumePoint() : steps().first());
    });
}

Status MigrationEngine::adoptJournal(Journal journal, QHash<QString, QByteArray> *originals)
{
    for (const Journal::OriginalFile &kept : journal.originals()) {
        const Expected<QByteArray> bytes = journal.original(kept.path);
        if (!bytes)
            return bytes.error();
        originals->insert(QDir(journal.projectDir()).absoluteFilePath(kept.path), *bytes);
    }
    Options &options = m_run->options;
    options.service = journal.service;
    options.target = journal.target;
    options.upgradeImage = journal.upgradeImage;
    options.finalImage = journal.finalImage;
    options.method = methodFromId(journal.method).value_or(Method::PgAutoUpgrade);
    options.rehearse = journal.rehearse;
    // This migration's own backup: a backup step that runs again (it was cut off before its end was recorded) writes
    // it anew; no other file is replaced.
    if (options.backupFile.isEmpty() && journal.backup) {
        options.backupFile = journal.backup->path;
        options.replaceBackup = true;
    }
    if (!journal.report.isEmpty()) {
        const Redactor redactor = m_run->report.redactor;
        m_run->report = MigrationReport::fromJson(journal.report);
        m_run->report.redactor = redactor;
    }
    m_run->journal = std::move(journal);
    return {};
}

Status MigrationEngine::openPlan(const QHash<QString, QByteArray> &originals)
{
    MigrationRun &run = *m_run;
    MigrationPlan::Options planOptions;
    planOptions.service = run.options.service;
    planOptions.target = run.options.target;
    planOptions.upgradeImage = run.options.upgradeImage;
    planOptions.finalImage = run.options.finalImage;
    planOptions.newVolume = run.isDumpRestore();
    const Expected<ComposeProject> project =
        ComposeProject::open(run.options.projectPath, run.options.docker.environment, originals);
    if (!project)
        return project.error();
    Expected<MigrationPlan> plan = MigrationPlan::create(*project, planOptions);
    if (!plan)
        return plan.error();
    run.plan = std::move(plan).value();
    const PostgresService &service = run.plan->service();
    run.options.service = service.name;
    run.docker->addSecret(service.credentials.password);
    MigrationReport &report = run.report;
    report.redactor.addSecret(service.credentials.password);
    report.projectDir = run.plan->projectDir();
    report.composeFile = run.plan->composeFile();
    report.service = service.name;
    report.imageBefore = service.image;
    if (!run.plan->steps().isEmpty())
        report.imageAfter = run.plan->steps().last().image;
    report.warnings = run.plan->warnings();
    report.diffs.clear();
    for (const ImageEdit &edit : run.plan->steps()) {
        const Text title = run.plan->volumeSwitch()
            ? trText("image → %1, data → %2").arg(edit.image, run.plan->volumeSwitch()->written)
            : trText("image → %1").arg(edit.image);
        report.diffs.append({title, edit.relativePath, edit.diff});
    }
    report.method = methodId(run.options.method);
    run.target = ComposeTarget{};
    run.target.files = project->files();
    run.target.projectDirectory = project->projectDir();
    return {};
}

Status MigrationEngine::createJournal()
{
    const MigrationPlan &plan = *m_run->plan;
    Journal journal = Journal::create(plan.projectDir());
    journal.service = plan.service().name;
    journal.method = methodId(m_run->options.method);
    journal.target = m_run->options.target;
    journal.upgradeImage = m_run->options.upgradeImage;
    journal.finalImage = m_run->options.finalImage;
    for (const QString &file : m_run->target.files)
        journal.composeFiles.append(QDir(plan.projectDir()).relativeFilePath(file));
    if (plan.service().volume)
        journal.volume = plan.service().volume->source;
    if (plan.volumeSwitch())
        journal.newVolume = plan.volumeSwitch()->newSource;
    journal.rehearse = m_run->options.rehearse;
    // Byte-for-byte copies of every file a step will change, before anything else.
    for (const ImageEdit &edit : plan.steps()) {
        if (const Status kept = journal.keepOriginal(edit.file, edit.before); !kept)
            return kept;
    }
    if (const Status saved = journal.transition(doneState(Step::Plan)); !saved)
        return saved;
    m_run->journal = std::move(journal);
    Q_EMIT stateChanged(m_run->journal->state());
    return {};
}

MigrationEngine::Step MigrationEngine::resumePoint() const
{
    // A step that was running or failed runs again (each is safe to repeat); after a finished step, the next one.
    QString state = m_run->journal->state();
    const bool done = state.endsWith(QLatin1String(DoneSuffix));
    if (done)
        state.chop(int(qstrlen(DoneSuffix)));
    const QList<Step> list = steps();
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (stepId(list.at(i)) == state)
            index = i;
    }
    if (index < 0) // the plan (or a state this run does not have): from the beginning
        return list.first();
    if (!done)
        return list.at(index);
    return index + 1 < list.size() ? list.at(index + 1) : Step::Done;
}

void MigrationEngine::withProjectName(std::function<void()> then)
{
    // Which compose the host has, then the project name the stack really carries (as that compose computes it).
    MigrationRun &run = *m_run;
    run.docker->detectCompose(this, [this, then](const Expected<ComposeTool> &tool) {
        if (!tool)
            return notStarted(tool.error());
        const Expected<ComposeProject> project =
            ComposeProject::open(m_run->options.projectPath, m_run->options.docker.environment);
        if (!project)
            return notStarted(project.error());
        m_run->docker->findProjectName(*project, this, [this, then](const Expected<QString> &name) {
            if (!name)
                return notStarted(name.error());
            m_run->target.projectName = *name;
            then();
        });
    });
}

void MigrationEngine::checkAlreadyTarget(const Error &alreadyTarget)
{
    // A running server proves that the image fits its data; otherwise the data's PG_VERSION is read without starting
    // anything. Where docker cannot tell, the plan's answer stands.
    withProjectName([this, alreadyTarget] {
        auto *peek = new DataVersionJob(*m_run, this);
        connect(peek, &Job::logLine, this, &MigrationEngine::log);
        connect(peek, &Job::finished, this, [this, peek, alreadyTarget](const Error &error) {
            peek->deleteLater();
            const std::optional<MigrationReport::Check> check = error.isNull() ? peek->downgradeCheck() : std::nullopt;
            if (!check)
                return endRun(alreadyTarget);
            endRun(Error{QStringLiteral("downgrade_trap"),
                         check->detail + u' ' + check->fix + u' ' + trText("Nothing was started or changed.")});
        });
        peek->start();
    });
}

void MigrationEngine::notStarted(const Error &error)
{
    // Docker or compose could not be asked before the first step: nothing was changed, so a journal that has only its
    // plan must not make the next run refuse as "unfinished".
    if (!m_rollingBack && m_run->journal && m_run->journal->state() == doneState(Step::Plan))
        m_run->journal->transition(QStringLiteral("refused"));
    endRun(error);
}

// --- the sequence ---------------------------------------------------------------------------------------------------

MigrationStep *MigrationEngine::createStep(Step step)
{
    MigrationRun &run = *m_run;
    switch (step) {
    case Step::Preflight:
        return new PreflightStep(run, this);
    case Step::Backup:
        return new BackupStep(run, this);
    case Step::Rehearse:
        return new RehearseStep(run, this);
    case Step::Stop:
        return new StopStep(run, this);
    case Step::Upgrade:
        return run.isDumpRestore() ? static_cast<MigrationStep *>(new DumpRestoreStep(run, this))
                                   : new UpgradeStep(run, this);
    case Step::Finish:
        return new FinishStep(run, this);
    case Step::Verify:
        return new VerifyStep(run, this);
    case Step::Plan:
    case Step::Done:
        break;
    }
    return nullptr;
}

void MigrationEngine::attach(MigrationStep *job)
{
    m_job = job;
    connect(job, &Job::logLine, this, &MigrationEngine::log);
    connect(job, &Job::progress, this,
            [this](qint64 done, qint64 total, const QString &text) { Q_EMIT progress(m_step, done, total, text); });
    connect(job, &MigrationStep::milestone, this, [this](const QString &text) { Q_EMIT milestone(m_step, text); });
    connect(job, &MigrationStep::checkResult, this, &MigrationEngine::checkResult);
    connect(job, &MigrationStep::confirmationNeeded, this, &MigrationEngine::questionAsked);
    if (auto *upgrade = qobject_cast<UpgradeStep *>(job)) {
        connect(upgrade, &UpgradeStep::estimateChanged, this, [this](const UpgradeEstimate &estimate) {
            m_upgradeEstimate = estimate;
            Q_EMIT upgradeEstimateChanged(estimate);
        });
    }
}

void MigrationEngine::questionAsked(const Confirmation &confirmation)
{
    // The time until the answer is the person's, not the step's.
    m_asked = now();
    Q_EMIT confirmationNeeded(confirmation);
}

void MigrationEngine::runStep(Step step)
{
    m_step = step;
    if (m_cancelled) {
        return endRun(Error{QStringLiteral("cancelled"),
                            trText("Stopped before \"%1\", as asked. Resume the migration to go on, or roll it back.")
                                .arg(stepTitleText(step))});
    }
    if (step == Step::Done)
        return complete();
    m_stepStarted = now();
    m_asked = {};
    m_waitedMs = 0;
    Journal &journal = *m_run->journal;
    if (const Status saved = journal.transition(stepId(step)); !saved)
        return stepEnded(saved.error());
    Q_EMIT stateChanged(journal.state());
    Q_EMIT stepStarted(step);
    MigrationStep *job = createStep(step);
    attach(job);
    connect(job, &Job::finished, this, [this, job](const Error &error) {
        job->deleteLater();
        stepEnded(error);
    });
    job->start();
}

void MigrationEngine::stepEnded(const Error &error)
{
    const Step step = m_step;
    Journal &journal = *m_run->journal;
    if (!error.isNull()) {
        recordStep(step, m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), error.message);
        journal.lastError = m_run->report.redactor.redactText(error.message);
        journal.lastErrorCode = error.code;
        m_run->report.outcome = MigrationReport::Outcome::Failed;
        m_run->saveReport();
        // Stopped in the preflight: nothing was changed, so there is nothing to resume or roll back and the next run
        // starts afresh (the journal keeps the report of this one until then).
        if (step == Step::Plan || step == Step::Preflight)
            journal.transition(QStringLiteral("refused"));
        Q_EMIT stepFinished(step, false);
        return endRun(error);
    }
    recordStep(step, QStringLiteral("done"));
    if (const Status saved = journal.transition(doneState(step)); !saved)
        return stepEnded(saved.error());
    m_run->saveReport();
    Q_EMIT stateChanged(journal.state());
    Q_EMIT stepFinished(step, true);
    if (m_cancelled) {
        return endRun(Error{QStringLiteral("cancelled"),
                            trText("Stopped after \"%1\", as asked. Resume the migration to go on, or roll it back.")
                                .arg(stepTitleText(step))});
    }
    const QList<Step> list = steps();
    const qsizetype index = list.indexOf(step);
    runStep(index >= 0 && index + 1 < list.size() ? list.at(index + 1) : Step::Done);
}

void MigrationEngine::complete()
{
    MigrationReport &report = m_run->report;
    report.outcome = MigrationReport::Outcome::Succeeded;
    report.keepImageNote = m_run->options.target > 15
        ? trText(
              "Keep \"image: %1\" for the service \"%2\" in %3 from now on. A compose file downloaded again from Ente "
              "may name an older Postgres (Ente's own files use postgres:15), which refuses to start on this data "
              "(\"database files are incompatible with server\").")
              .arg(report.imageAfter, report.service, report.composeFile)
        : trText(
              "Keep \"image: %1\" for the service \"%2\" in %3 from now on (Ente's own files use postgres:15 too). An "
              "older image refuses to start on this data (\"database files are incompatible with server\").")
              .arg(report.imageAfter, report.service, report.composeFile);
    m_run->journal->transition(stepId(Step::Done));
    m_run->saveReport();
    Q_EMIT stateChanged(m_run->journal->state());
    endRun({});
}

void MigrationEngine::recordStep(Step step, const QString &outcome, const Text &note)
{
    MigrationReport &report = m_run->report;
    const QDateTime finished = now();
    // A question still waiting (a step cancelled or failed while it asked) waited until now.
    const qint64 waited = m_waitedMs + (m_asked.isValid() ? m_asked.msecsTo(finished) : 0);
    const MigrationReport::Step entry{
        stepId(step), stepTitleText(step), m_stepStarted, finished, outcome, report.redactor.redactText(note), waited};
    for (MigrationReport::Step &existing : report.steps) {
        if (existing.id == entry.id) {
            existing = entry;
            return;
        }
    }
    report.steps.append(entry);
}

// --- rollback -------------------------------------------------------------------------------------------------------

void MigrationEngine::rollback()
{
    if (m_running)
        return;
    m_running = true;
    m_rollingBack = true;
    m_cancelled = false;
    const QString projectDir = projectDirOf(m_run->options.projectPath);
    if (const Status locked = lockProject(projectDir); !locked)
        return endRun(locked.error());
    Expected<std::optional<Journal>> existing = Journal::load(projectDir);
    if (!existing)
        return endRun(existing.error());
    if (!existing->has_value()) {
        return endRun(
            Error{QStringLiteral("nothing_to_roll_back"),
                  trText("There is no migration of %1 to roll back.").arg(QDir::toNativeSeparators(projectDir))});
    }
    if ((*existing)->state() == QLatin1String("refused")) {
        return endRun(
            Error{QStringLiteral("nothing_to_roll_back"),
                  trText("The last migration of %1 stopped before it changed anything: there is nothing to roll "
                         "back.")
                      .arg(QDir::toNativeSeparators(projectDir))});
    }
    QHash<QString, QByteArray> originals;
    if (const Status adopted = adoptJournal(std::move(**existing), &originals); !adopted)
        return endRun(adopted.error());
    if (const Status planned = openPlan(originals); !planned)
        return endRun(planned.error());
    m_run->journal->transition(QStringLiteral("rolling_back"));
    Q_EMIT stateChanged(m_run->journal->state());
    const auto startJob = [this, originals](bool stopFirst) {
        auto *job = new RollbackJob(*m_run, originals, stopFirst, this);
        attach(job);
        connect(job, &Job::finished, this, [this, job](const Error &error) {
            job->deleteLater();
            rollbackEnded(error);
        });
        job->start();
    };
    // A compose project that can no longer be read cannot have its service stopped: the files go back first.
    if (!ComposeProject::open(m_run->options.projectPath, m_run->options.docker.environment))
        return startJob(false);
    withProjectName([startJob] { startJob(true); });
}

void MigrationEngine::rollbackEnded(const Error &error)
{
    if (!error.isNull()) {
        m_run->journal->save();
        return endRun(error);
    }
    m_run->journal->transition(QStringLiteral("rolled_back"));
    m_run->report.outcome = MigrationReport::Outcome::RolledBack;
    m_run->saveReport();
    Q_EMIT stateChanged(m_run->journal->state());
    endRun({});
}

// --- questions, cancel, the end -------------------------------------------------------------------------------------

void MigrationEngine::confirm(bool yes)
{
    if (m_asked.isValid()) {
        m_waitedMs += qMax(qint64(0), m_asked.msecsTo(now()));
        m_asked = {};
    }
    if (m_job)
        m_job->answer(yes);
}

void MigrationEngine::lookAtContainer(QObject *context, std::function<void(std::optional<bool> running)> done)
{
    m_run->lookAtServiceContainer(context, std::move(done));
}

void MigrationEngine::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    m_run->now = m_clock;
}

void MigrationEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

Status MigrationEngine::lockProject(const QString &projectDir)
{
    // Only a folder that exists gets a lock (and a state folder); a missing project fails when it is opened.
    if (!QFileInfo(projectDir).isDir())
        return {};
    Expected<RunLock> lock = RunLock::acquire(projectDir);
    if (!lock)
        return lock.error();
    m_lock = std::move(lock).value();
    return {};
}

void MigrationEngine::endRun(const Error &error)
{
    m_running = false;
    m_lock.reset();
    m_job = nullptr;
    if (!error.isNull())
        log(error.message);
    Q_EMIT finished(error);
}

void MigrationEngine::log(const QString &line)
{
    Q_EMIT logLine(m_step, m_run->report.redactor.redact(line));
}

} // namespace edm
