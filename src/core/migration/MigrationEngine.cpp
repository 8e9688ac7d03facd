#include "core/migration/MigrationEngine.h"

#include "core/migration/Checks.h"
#include "core/migration/DataVersionPeek.h"

#include "core/docker/ProcessRunner.h"
#include "core/docker/UpgradeLogWatcher.h"
#include "core/postgres/BackupWriter.h"
#include "core/postgres/Restorer.h"
#include "core/postgres/ServerProbe.h"

#include "Version.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTimer>

#include <memory>
#include <utility>

#include <algorithm>

namespace edm {

namespace {

constexpr auto DoneSuffix = "_done";

QString doneState(MigrationEngine::Step step)
{
    return MigrationEngine::stepId(step) + QLatin1String(DoneSuffix);
}

} // namespace

MigrationEngine::MigrationEngine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<edm::MigrationEngine::Confirmation>();
    qRegisterMetaType<edm::MigrationEngine::Step>();
    m_docker = new DockerCli(m_options.docker, this);
    connect(m_docker, &DockerCli::commandStarted, this,
            [this](const QString &line) { log(QStringLiteral("$ ") + line); });
    m_report.appVersion = QStringLiteral(EDM_VERSION);
    m_report.method = methodId(m_options.method);
    m_report.targetMajor = m_options.target;
}

MigrationEngine::~MigrationEngine() = default;

QString MigrationEngine::composeToolName() const
{
    return m_docker->composeTool().displayName();
}

QString MigrationEngine::stepId(Step step)
{
    switch (step) {
    case Step::Plan:
        return QStringLiteral("plan");
    case Step::Preflight:
        return QStringLiteral("preflight");
    case Step::Backup:
        return QStringLiteral("backup");
    case Step::Rehearse:
        return QStringLiteral("rehearse");
    case Step::Stop:
        return QStringLiteral("stop");
    case Step::Upgrade:
        return QStringLiteral("upgrade");
    case Step::Finish:
        return QStringLiteral("finish");
    case Step::Verify:
        return QStringLiteral("verify");
    case Step::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString MigrationEngine::stepTitle(Step step)
{
    switch (step) {
    case Step::Plan:
        return tr("Plan");
    case Step::Preflight:
        return tr("Preflight checks");
    case Step::Backup:
        return tr("Backup");
    case Step::Rehearse:
        return tr("Rehearsal");
    case Step::Stop:
        return tr("Stop the stack");
    case Step::Upgrade:
        return tr("Upgrade");
    case Step::Finish:
        return tr("Switch to the new image");
    case Step::Verify:
        return tr("Verify");
    case Step::Done:
        return tr("Done");
    }
    return {};
}

QString MigrationEngine::methodId(Method method)
{
    switch (method) {
    case Method::PgAutoUpgrade:
        return QStringLiteral("pgautoupgrade");
    case Method::DumpRestore:
        return QStringLiteral("dump-restore");
    }
    return {};
}

std::optional<MigrationEngine::Method> MigrationEngine::methodFromId(const QString &id)
{
    if (id == QLatin1String("pgautoupgrade"))
        return Method::PgAutoUpgrade;
    if (id == QLatin1String("dump-restore"))
        return Method::DumpRestore;
    return std::nullopt;
}

QList<MigrationEngine::Step> MigrationEngine::steps() const
{
    QList<Step> list{Step::Preflight, Step::Backup};
    if (m_options.rehearse)
        list.append(Step::Rehearse);
    list += {Step::Stop, Step::Upgrade, Step::Finish, Step::Verify};
    return list;
}

MigrationEngine::Step MigrationEngine::nextStep(Step after) const
{
    const QList<Step> list = steps();
    const qsizetype index = list.indexOf(after);
    if (after == Step::Plan)
        return list.first();
    return index < 0 || index + 1 >= list.size() ? Step::Done : list.at(index + 1);
}

Expected<std::optional<Journal>> MigrationEngine::existingJournal(const QString &projectPath)
{
    const QFileInfo info(projectPath.isEmpty() ? QDir::currentPath() : projectPath);
    return Journal::load(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

// --- running ------------------------------------------------------------------------------------------------------

void MigrationEngine::openPlan(const QHash<QString, QByteArray> &originals)
{
    MigrationPlan::Options planOptions;
    planOptions.service = m_options.service;
    planOptions.target = m_options.target;
    planOptions.newVolume = m_options.method == Method::DumpRestore;
    const Expected<ComposeProject> project =
        ComposeProject::open(m_options.projectPath, m_options.docker.environment, originals);
    if (!project) {
        m_plan.reset();
        return endRun(project.error());
    }
    Expected<MigrationPlan> plan = MigrationPlan::create(*project, planOptions);
    if (!plan) {
        m_plan.reset();
        return endRun(plan.error());
    }
    m_plan = std::move(plan).value();
    m_options.service = m_plan->service().name;
    m_docker->addSecret(m_plan->service().credentials.password);
    m_report.redactor.addSecret(m_plan->service().credentials.password);
    m_report.projectDir = m_plan->projectDir();
    m_report.composeFile = m_plan->composeFile();
    m_report.service = m_plan->service().name;
    m_report.imageBefore = m_plan->service().image;
    if (!m_plan->steps().isEmpty())
        m_report.imageAfter = m_plan->steps().last().image;
    m_report.warnings = m_plan->warnings();
    for (const ImageEdit &edit : m_plan->steps()) {
        const QString title = m_plan->volumeSwitch()
            ? tr("image → %1, data → %2").arg(edit.image, m_plan->volumeSwitch()->written)
            : tr("image → %1").arg(edit.image);
        m_report.diffs.append({title, edit.relativePath, edit.diff});
    }
    m_report.method = methodId(m_options.method);
    m_target = ComposeTarget{};
    m_target.files = project->files();
    m_target.projectDirectory = project->projectDir();
}

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

    const QFileInfo info(m_options.projectPath.isEmpty() ? QDir::currentPath() : m_options.projectPath);
    const QString projectDir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    Expected<std::optional<Journal>> existing = Journal::load(projectDir);
    if (!existing)
        return endRun(existing.error());
    const bool unfinished = existing->has_value() && !(*existing)->isFinished();

    QHash<QString, QByteArray> originals;
    if (resuming) {
        if (!unfinished) {
            return endRun(Error{
                QStringLiteral("nothing_to_resume"),
                tr("There is no unfinished migration in %1 to resume.").arg(QDir::toNativeSeparators(projectDir))});
        }
        m_journal = std::move(**existing);
        // Plan from the original bytes: the compose file on disk may already carry the first edit.
        for (const Journal::OriginalFile &kept : m_journal->originals()) {
            const Expected<QByteArray> bytes = m_journal->original(kept.path);
            if (!bytes)
                return endRun(bytes.error());
            originals.insert(QDir(projectDir).absoluteFilePath(kept.path), *bytes);
        }
        m_options.service = m_journal->service;
        m_options.target = m_journal->target;
        m_options.method = methodFromId(m_journal->method).value_or(Method::PgAutoUpgrade);
        m_options.rehearse = m_journal->extra.value(QStringLiteral("rehearse")).toBool();
        if (m_options.backupFile.isEmpty() && m_journal->backup)
            m_options.backupFile = m_journal->backup->path;
        if (!m_journal->report.isEmpty()) {
            const Redactor redactor = m_report.redactor;
            m_report = MigrationReport::fromJson(m_journal->report);
            m_report.redactor = redactor;
        }
    } else if (unfinished) {
        return endRun(Error{QStringLiteral("unfinished_migration"),
                            tr("A migration of this project stopped at \"%1\" and was not finished. Resume it or "
                               "roll it back before starting a new one.")
                                .arg((*existing)->state())});
    }

    openPlan(originals);
    if (!m_plan)
        return;
    if (!resuming && m_plan->status() == MigrationPlan::Status::AlreadyTarget) {
        const Error alreadyTarget{QStringLiteral("already_target"),
                                  tr("The service \"%1\" already runs Postgres %2; there is nothing to migrate.")
                                      .arg(m_plan->service().name)
                                      .arg(m_options.target)};
        // The image names the target, but the data may be newer (a compose file downloaded again after a migration
        // to a higher major): then it is the downgrade trap, not "nothing to do".
        return checkAlreadyTarget(alreadyTarget);
    }

    if (!resuming) {
        Journal journal = Journal::create(m_plan->projectDir());
        journal.service = m_plan->service().name;
        journal.method = methodId(m_options.method);
        journal.target = m_options.target;
        for (const QString &file : m_target.files)
            journal.composeFiles.append(QDir(m_plan->projectDir()).relativeFilePath(file));
        if (m_plan->service().volume)
            journal.volume = m_plan->service().volume->source;
        if (m_plan->volumeSwitch())
            journal.newVolume = m_plan->volumeSwitch()->newSource;
        journal.extra.insert(QStringLiteral("rehearse"), m_options.rehearse);
        // Byte-for-byte copies of every file a step will change, before anything else.
        for (const ImageEdit &edit : m_plan->steps()) {
            if (const Status kept = journal.keepOriginal(edit.file, edit.before); !kept)
                return endRun(kept.error());
        }
        if (const Status saved = journal.transition(stepId(Step::Plan) + QLatin1String(DoneSuffix)); !saved)
            return endRun(saved.error());
        m_journal = std::move(journal);
        Q_EMIT stateChanged(m_journal->state());
    }

    // Which compose, and which project name the stack really carries.
    withProjectName([this, resuming](const Expected<QString> &name) {
        if (!name)
            return endRun(name.error());
        Step next = nextStep(Step::Plan);
        if (resuming) {
            // A step that was running or failed runs again (each is safe to repeat); after a finished step, the
            // next one.
            QString state = m_journal->state();
            bool done = state.endsWith(QLatin1String(DoneSuffix));
            if (done)
                state.chop(int(qstrlen(DoneSuffix)));
            for (Step step : {Step::Plan, Step::Preflight, Step::Backup, Step::Rehearse, Step::Stop, Step::Upgrade,
                              Step::Finish, Step::Verify}) {
                if (stepId(step) == state)
                    next = done ? nextStep(step) : step;
            }
            log(tr("Resuming the migration after \"%1\".").arg(m_journal->state()));
        }
        runStep(next);
    });
}

void MigrationEngine::runStep(Step step)
{
    m_step = step;
    if (step == Step::Done) {
        m_report.outcome = MigrationReport::Outcome::Succeeded;
        m_report.keepImageNote = m_options.target > 15
            ? tr("Keep \"image: %1\" for the service \"%2\" in %3 from now on. A compose file downloaded again from "
                 "Ente may name an older Postgres (Ente's own files use postgres:15), which refuses to start on this "
                 "data (\"database files are incompatible with server\").")
                  .arg(m_report.imageAfter, m_report.service, m_report.composeFile)
            : tr("Keep \"image: %1\" for the service \"%2\" in %3 from now on (Ente's own files use postgres:15 "
                 "too). An older image refuses to start on this data (\"database files are incompatible with "
                 "server\").")
                  .arg(m_report.imageAfter, m_report.service, m_report.composeFile);
        m_journal->transition(stepId(Step::Done));
        saveReport();
        Q_EMIT stateChanged(m_journal->state());
        return endRun({});
    }
    m_stepStarted = QDateTime::currentDateTimeUtc();
    if (const Status saved = m_journal->transition(stepId(step)); !saved)
        return stepFailed(saved.error());
    Q_EMIT stateChanged(m_journal->state());
    Q_EMIT stepStarted(step);
    switch (step) {
    case Step::Preflight:
        return runPreflight();
    case Step::Backup:
        return runBackup();
    case Step::Rehearse:
        return runRehearse();
    case Step::Stop:
        return runStop();
    case Step::Upgrade:
        return m_options.method == Method::DumpRestore ? runDumpRestore() : runUpgrade();
    case Step::Finish:
        return runFinish();
    case Step::Verify:
        return runVerify();
    case Step::Plan:
    case Step::Done:
        break;
    }
}

void MigrationEngine::stepSucceeded()
{
    const Step step = m_step;
    recordStep(step, QStringLiteral("done"));
    if (const Status saved = m_journal->transition(doneState(step)); !saved)
        return stepFailed(saved.error());
    saveReport();
    Q_EMIT stateChanged(m_journal->state());
    Q_EMIT stepFinished(step, true);
    if (m_cancelled)
        return endRun(Error{QStringLiteral("cancelled"),
                            tr("Stopped after \"%1\", as asked. Resume the migration to go on, or roll it back.")
                                .arg(stepTitle(step))});
    runStep(nextStep(step));
}

void MigrationEngine::stepFailed(const Error &error)
{
    const Step step = m_step;
    recordStep(step, m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), error.message);
    if (m_journal) {
        m_journal->lastError = m_report.redactor.redact(error.message);
        m_report.outcome = MigrationReport::Outcome::Failed;
        saveReport();
        // Stopped in the plan or the preflight: nothing was changed, so there is nothing to resume or roll back and
        // the next run starts afresh (the journal keeps the report of this one until then).
        if (step == Step::Plan || step == Step::Preflight)
            m_journal->transition(QStringLiteral("refused"));
        else
            m_journal->save();
    }
    Q_EMIT stepFinished(step, false);
    endRun(error);
}

void MigrationEngine::endRun(const Error &error)
{
    m_running = false;
    m_onConfirm = nullptr;
    if (!error.isNull())
        log(m_report.redactor.redact(error.message));
    Q_EMIT finished(error);
}

void MigrationEngine::recordStep(Step step, const QString &outcome, const QString &note)
{
    MigrationReport::Step entry{stepId(step),  stepTitle(step),
                                m_stepStarted, QDateTime::currentDateTimeUtc(),
                                outcome,       m_report.redactor.redact(note)};
    for (MigrationReport::Step &existing : m_report.steps) {
        if (existing.id == entry.id) {
            existing = entry;
            return;
        }
    }
    m_report.steps.append(entry);
}

void MigrationEngine::saveReport()
{
    if (!m_journal)
        return;
    // The journal never holds a secret: the report is stored as its redacted text would show it.
    m_journal->report =
        QJsonDocument::fromJson(m_report.redactor.redact(QJsonDocument(m_report.toJson()).toJson())).object();
    m_journal->save();
}

void MigrationEngine::log(const QString &line)
{
    Q_EMIT logLine(m_step, m_report.redactor.redact(line));
}

void MigrationEngine::ask(const Confirmation &confirmation, std::function<void()> onYes)
{
    m_onDecline = nullptr;
    m_onConfirm = std::move(onYes);
    Q_EMIT confirmationNeeded(confirmation);
}

void MigrationEngine::confirm(bool yes)
{
    if (!m_onConfirm)
        return;
    auto onYes = std::move(m_onConfirm);
    m_onConfirm = nullptr;
    if (yes) {
        m_onDecline = nullptr;
        onYes();
        return;
    }
    const Error declined{QStringLiteral("declined"),
                         tr("Stopped before \"%1\", as asked; nothing of that step was changed. Resume the migration "
                            "to go on, or roll it back.")
                             .arg(stepTitle(m_step))};
    if (m_onDecline) {
        auto onDecline = std::move(m_onDecline);
        m_onDecline = nullptr;
        return onDecline();
    }
    if (m_rollingBack)
        return endRun(declined);
    stepFailed(declined);
}

void MigrationEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_onConfirm)
        return confirm(false);
    if (m_cancelBackup)
        return m_cancelBackup();
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

ProcessRunner *MigrationEngine::track(ProcessRunner *runner)
{
    m_runner = runner;
    connect(runner, &ProcessRunner::standardOutputLine, this, [this](const QString &line) { log(line); });
    connect(runner, &ProcessRunner::standardErrorLine, this, [this](const QString &line) { log(line); });
    return runner;
}

void MigrationEngine::runDocker(ProcessRunner *runner, std::function<void(const ProcessResult &)> done)
{
    track(runner);
    connect(runner, &ProcessRunner::finished, this, [runner, done = std::move(done)](const ProcessResult &result) {
        runner->deleteLater();
        done(result);
    });
    runner->start();
}

void MigrationEngine::checkAlreadyTarget(const Error &alreadyTarget)
{
    // A running server proves that the image fits its data; otherwise the data's PG_VERSION is read without starting
    // anything. Where docker cannot tell, the plan's answer stands.
    withProjectName([this, alreadyTarget](const Expected<QString> &name) {
        if (!name)
            return endRun(alreadyTarget);
        m_docker->listContainers(
            m_target.projectName, m_options.service, this,
            [this, alreadyTarget](const Expected<QList<ContainerInfo>> &list) {
                if (!list)
                    return endRun(alreadyTarget);
                QString stopped;
                for (const ContainerInfo &c : *list) {
                    if (c.isRunning())
                        return endRun(alreadyTarget);
                    stopped = c.name;
                }
                const DataVersionPeek::Source source{m_plan->service(), m_target.projectName, stopped};
                DataVersionPeek::read(
                    m_docker, source, this, [this, alreadyTarget](const DataVersionPeek::Result &data) {
                        const std::optional<MigrationReport::Check> check =
                            DataVersionPeek::downgradeCheck(m_plan->service(), data.major, m_plan->composeFile());
                        if (!check)
                            return endRun(alreadyTarget);
                        endRun(Error{QStringLiteral("downgrade_trap"),
                                     check->detail + u' ' + check->fix + u' ' + tr("Nothing was started or changed.")});
                    });
            });
    });
}

void MigrationEngine::withProjectName(std::function<void(const Expected<QString> &)> done)
{
    // Which compose the host has, then the project name the stack really carries (as that compose computes it).
    m_docker->detectCompose(this, [this, done](const Expected<ComposeTool> &tool) {
        if (!tool)
            return done(tool.error());
        const Expected<ComposeProject> project =
            ComposeProject::open(m_options.projectPath, m_options.docker.environment);
        if (!project)
            return done(project.error());
        m_docker->findProjectName(*project, this, [this, done](const Expected<QString> &name) {
            if (name)
                m_target.projectName = *name;
            done(name);
        });
    });
}

void MigrationEngine::withContainer(std::function<void(const ContainerInfo *)> done)
{
    m_docker->listContainers(m_target.projectName, m_options.service, this,
                             [this, done = std::move(done)](const Expected<QList<ContainerInfo>> &list) {
                                 if (!list)
                                     return stepFailed(list.error());
                                 const ContainerInfo *found = nullptr;
                                 for (const ContainerInfo &c : *list) {
                                     if (!found || c.isRunning())
                                         found = &c;
                                 }
                                 done(found);
                             });
}

// --- steps ------------------------------------------------------------------------------------------------------

void MigrationEngine::runStop()
{
    const bool whole = m_options.stopWholeStack;
    Confirmation confirmation;
    confirmation.step = Step::Stop;
    confirmation.title = tr("Stop the stack");
    confirmation.text = whole ? tr("Run \"%1 down\": every container of the project stops and is removed (volumes "
                                   "and data stay). Ente is offline until the migration finishes.")
                                    .arg(m_docker->composeTool().displayName())
                              : tr("Stop every service of the project, \"%1\" included. Ente is offline until the "
                                   "migration finishes.")
                                    .arg(m_options.service);
    ask(confirmation, [this] {
        // Read at the yes: the choice may change while the question waits.
        const bool whole = m_options.stopWholeStack;
        ProcessRunner *runner = whole ? m_docker->down(m_target, this) : m_docker->stop(m_target, {}, this);
        runDocker(runner, [this](const ProcessResult &result) {
            if (!result.ok())
                return stepFailed(result.error);
            withContainer([this](const ContainerInfo *container) {
                if (container && container->isRunning()) {
                    return stepFailed(Error{QStringLiteral("still_running"),
                                            tr("The container %1 still runs after stopping the stack. Stop it with "
                                               "\"docker stop %1\" and resume.")
                                                .arg(container->name)});
                }
                stepSucceeded();
            });
        });
    });
}

void MigrationEngine::runUpgrade()
{
    const ImageEdit &edit = m_plan->steps().first();
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.title = tr("Change the image to %1").arg(edit.image);
    confirmation.text = tr("%1 gets the change below, then only the service \"%2\" starts with it. pgautoupgrade "
                           "converts the data to Postgres %3 in place; the log is followed until the upgrade is "
                           "complete and the new server accepts connections.")
                            .arg(edit.relativePath, m_options.service)
                            .arg(m_options.target);
    confirmation.diff = edit.diff;
    ask(confirmation, [this, edit] {
        if (const Status applied = edit.apply(); !applied)
            return stepFailed(applied.error());
        log(tr("%1: image → %2").arg(edit.relativePath, edit.image));
        m_journal->dataTouched = true;
        m_journal->save();
        runDocker(m_docker->up(m_target, {m_options.service}, true, this), [this](const ProcessResult &result) {
            if (!result.ok())
                return stepFailed(result.error);
            withContainer([this](const ContainerInfo *container) {
                if (!container) {
                    return stepFailed(Error{QStringLiteral("container_missing"),
                                            tr("The service \"%1\" was started, but no container of it can be found.")
                                                .arg(m_options.service)});
                }
                followUpgrade(container->name);
            });
        });
    });
}

void MigrationEngine::followUpgrade(const QString &container)
{
    delete m_watcher;
    m_watcher = new UpgradeLogWatcher(this);
    m_watcher->setTargetMajor(m_options.target);
    auto *timeout = new QTimer(m_watcher);
    timeout->setSingleShot(true);
    timeout->setInterval(m_options.upgradeTimeoutSeconds * 1000);

    connect(m_watcher, &UpgradeLogWatcher::upgradeStarted, this, [this](int from, int to, int) {
        Q_EMIT milestone(Step::Upgrade, tr("Upgrading the data from Postgres %1 to %2").arg(from).arg(to));
    });
    connect(m_watcher, &UpgradeLogWatcher::phaseChanged, this, [this](UpgradeLogWatcher::Phase phase) {
        switch (phase) {
        case UpgradeLogWatcher::Phase::Optimising:
            Q_EMIT milestone(Step::Upgrade, tr("Data converted; updating statistics and rebuilding indexes"));
            break;
        case UpgradeLogWatcher::Phase::Starting:
            Q_EMIT milestone(Step::Upgrade, tr("Upgrade complete; waiting for the final server start"));
            break;
        default:
            break;
        }
    });
    connect(m_watcher, &UpgradeLogWatcher::noUpgradeNeeded, this, [this](int) {
        Q_EMIT milestone(Step::Upgrade,
                         tr("The data is already on Postgres %1; no upgrade needed").arg(m_options.target));
    });
    connect(m_watcher, &UpgradeLogWatcher::upgradeFinished, this, [this](const QString &version, int) {
        m_report.versionAfter = version;
        m_report.logExcerpt = m_watcher->lastLines();
    });

    const auto stopAndFinish = [this](const Error &error) {
        // Stop the container either way: after a success it is restarted with the final image; after a failure it
        // must not keep restarting over half-converted data.
        runDocker(m_docker->stop(m_target, {m_options.service}, this), [this, error](const ProcessResult &stopped) {
            if (!error.isNull())
                return stepFailed(error);
            if (!stopped.ok())
                return stepFailed(stopped.error);
            stepSucceeded();
        });
    };
    // The first of completion, failure and timeout decides; the log follower's end after it (cancelled, or the
    // container stopped by stopAndFinish) must not report a second, misleading outcome.
    const auto settled = std::make_shared<bool>(false);
    connect(m_watcher, &UpgradeLogWatcher::ready, this, [this, stopAndFinish, timeout, settled](int) {
        if (std::exchange(*settled, true))
            return;
        timeout->stop();
        Q_EMIT milestone(Step::Upgrade, tr("The Postgres %1 server accepts connections").arg(m_options.target));
        m_report.logExcerpt = m_watcher->lastLines();
        if (m_runner)
            m_runner->cancel(); // the log follower; its end is not a failure now
        stopAndFinish({});
    });
    connect(m_watcher, &UpgradeLogWatcher::upgradeFailed, this,
            [this, stopAndFinish, timeout, settled](const QString &reason, const QStringList &excerpt, int) {
                if (std::exchange(*settled, true))
                    return;
                timeout->stop();
                m_report.logExcerpt = excerpt;
                if (m_runner)
                    m_runner->cancel();
                stopAndFinish(Error{QStringLiteral("upgrade_failed"),
                                    reason + u'\n' + tr("Last lines of the log:") + u'\n' + excerpt.join(u'\n')});
            });
    connect(timeout, &QTimer::timeout, this, [this, stopAndFinish, settled] {
        if (std::exchange(*settled, true))
            return;
        m_report.logExcerpt = m_watcher->lastLines();
        if (m_runner)
            m_runner->cancel();
        stopAndFinish(Error{QStringLiteral("upgrade_timeout"),
                            tr("The upgrade did not complete within %1 minutes. The container was stopped; your "
                               "backup is intact. Last lines of the log:")
                                    .arg(m_options.upgradeTimeoutSeconds / 60) +
                                u'\n' + m_watcher->lastLines().join(u'\n')});
    });

    LogOptions logOptions;
    logOptions.follow = true;
    ProcessRunner *runner = m_docker->logs(container, logOptions, this);
    m_runner = runner;
    connect(runner, &ProcessRunner::standardOutputLine, this, [this](const QString &line) {
        log(line);
        m_watcher->feed(QByteArray(line.toUtf8() + '\n'));
    });
    connect(runner, &ProcessRunner::finished, this, [this, runner, container, settled](const ProcessResult &) {
        runner->deleteLater();
        if (*settled || !m_watcher || m_watcher->done() || m_watcher->failed())
            return;
        if (m_cancelled) {
            return runDocker(m_docker->stop(m_target, {m_options.service}, this), [this](const ProcessResult &) {
                stepFailed(Error{QStringLiteral("cancelled"),
                                 tr("The upgrade was interrupted and its container stopped. pgautoupgrade may have "
                                    "left its data half-converted: resume to let it try again, or roll back to "
                                    "restore the backup.")});
            });
        }
        // The log ended before the upgrade did: the container exited.
        m_docker->inspectContainer(container, this, [this, settled](const Expected<ContainerDetails> &details) {
            if (!*settled && m_watcher && !m_watcher->done() && !m_watcher->failed())
                m_watcher->finish(details ? details->exitCode : -1);
        });
    });
    timeout->start();
    runner->start();
}

void MigrationEngine::runFinish()
{
    if (m_options.method == Method::DumpRestore) {
        // The compose file already names the target image and the new volume (the restore step's edit).
        Confirmation confirmation;
        confirmation.step = Step::Finish;
        confirmation.title = tr("Start the stack");
        confirmation.text =
            tr("The whole stack starts again, on Postgres %1 with the restored data.").arg(m_options.target);
        return ask(confirmation, [this] {
            runDocker(m_docker->up(m_target, {}, true, this), [this](const ProcessResult &result) {
                if (!result.ok())
                    return stepFailed(result.error);
                stepSucceeded();
            });
        });
    }
    const ImageEdit &edit = m_plan->steps().last();
    Confirmation confirmation;
    confirmation.step = Step::Finish;
    confirmation.title = tr("Change the image to %1").arg(edit.image);
    confirmation.text = tr("%1 gets the change below, then the whole stack starts again on Postgres %2.")
                            .arg(edit.relativePath)
                            .arg(m_options.target);
    confirmation.diff = edit.diff;
    ask(confirmation, [this, edit] {
        // The first edit is on disk now; the second applies on top of it.
        if (const Status applied = edit.apply(); !applied)
            return stepFailed(applied.error());
        log(tr("%1: image → %2").arg(edit.relativePath, edit.image));
        runDocker(m_docker->up(m_target, {}, true, this), [this](const ProcessResult &result) {
            if (!result.ok())
                return stepFailed(result.error);
            stepSucceeded();
        });
    });
}

void MigrationEngine::rollback()
{
    if (m_running)
        return;
    m_running = true;
    m_rollingBack = true;
    m_cancelled = false;
    const QFileInfo info(m_options.projectPath.isEmpty() ? QDir::currentPath() : m_options.projectPath);
    const QString projectDir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    Expected<std::optional<Journal>> existing = Journal::load(projectDir);
    if (!existing)
        return endRun(existing.error());
    if (!existing->has_value()) {
        return endRun(Error{QStringLiteral("nothing_to_roll_back"),
                            tr("There is no migration of %1 to roll back.").arg(QDir::toNativeSeparators(projectDir))});
    }
    if ((*existing)->state() == QLatin1String("refused")) {
        return endRun(Error{QStringLiteral("nothing_to_roll_back"),
                            tr("The last migration of %1 stopped before it changed anything: there is nothing to roll "
                               "back.")
                                .arg(QDir::toNativeSeparators(projectDir))});
    }
    m_journal = std::move(**existing);
    m_options.service = m_journal->service;
    m_options.target = m_journal->target;
    m_options.method = methodFromId(m_journal->method).value_or(Method::PgAutoUpgrade);
    QHash<QString, QByteArray> originals;
    for (const Journal::OriginalFile &kept : m_journal->originals()) {
        const Expected<QByteArray> bytes = m_journal->original(kept.path);
        if (!bytes)
            return endRun(bytes.error());
        originals.insert(QDir(projectDir).absoluteFilePath(kept.path), *bytes);
    }
    openPlan(originals);
    if (!m_plan)
        return;
    m_journal->transition(QStringLiteral("rolling_back"));
    Q_EMIT stateChanged(m_journal->state());

    const auto restoreFiles = [this, originals] {
        // The original compose bytes back, atomically; files already original are left alone.
        for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
            QFile current(it.key());
            if (current.open(QIODevice::ReadOnly) && current.readAll() == it.value())
                continue;
            current.close();
            QSaveFile file(it.key());
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
                return endRun(
                    Error{QStringLiteral("unwritable"),
                          tr("Cannot restore %1: %2. Its original is kept in %3.")
                              .arg(QDir::toNativeSeparators(it.key()), file.errorString(),
                                   QDir::toNativeSeparators(Journal::directoryFor(m_journal->projectDir())))});
            }
            log(tr("%1 is back to its original bytes.").arg(QDir(m_journal->projectDir()).relativeFilePath(it.key())));
        }
        if (m_journal->dataTouched)
            return rollbackData();
        if (m_journal->extra.value(QStringLiteral("new_volume_used")).toBool()) {
            return offerNewVolumeRemoval([this] {
                m_journal->transition(QStringLiteral("rolled_back"));
                m_report.outcome = MigrationReport::Outcome::RolledBack;
                saveReport();
                Q_EMIT stateChanged(m_journal->state());
                endRun({});
            });
        }
        m_journal->transition(QStringLiteral("rolled_back"));
        m_report.outcome = MigrationReport::Outcome::RolledBack;
        saveReport();
        Q_EMIT stateChanged(m_journal->state());
        endRun({});
    };
    // When the compose project can no longer be read (edited by hand since), compose cannot stop its service: the
    // files go back first, and what follows works on the original ones.
    if (!ComposeProject::open(m_options.projectPath, m_options.docker.environment))
        return restoreFiles();
    withProjectName([this, restoreFiles](const Expected<QString> &name) {
        if (!name)
            return endRun(name.error());
        // Stop the service first: nothing may run on the files or the data while they are put back. A rehearsal
        // container an interrupted run left behind goes too.
        removeRehearsalLeftover([this, restoreFiles] {
            runDocker(m_docker->stop(m_target, {m_options.service}, this),
                      [this, restoreFiles](const ProcessResult &r) {
                          if (!r.ok())
                              return endRun(r.error);
                          restoreFiles();
                      });
        });
    });
}

// --- preflight and verify ---------------------------------------------------------------------------------------

void MigrationEngine::addCheck(const QString &id, const QString &title, MigrationReport::CheckResult result,
                               const QString &detail, const QString &fix)
{
    MigrationReport::Check check{id, title, result, m_report.redactor.redact(detail), m_report.redactor.redact(fix)};
    for (MigrationReport::Check &existing : m_report.checks) {
        if (existing.id == id) {
            existing = check;
            Q_EMIT checkResult(check);
            return;
        }
    }
    m_report.checks.append(check);
    Q_EMIT checkResult(check);
}

void MigrationEngine::withReadyServer(std::function<void(ServerProbe *probe)> done)
{
    withContainer([this, done = std::move(done)](const ContainerInfo *container) {
        const auto probeReady = [this, done](const QString &name) {
            m_probeContainer = name;
            auto *probe = new ServerProbe(m_docker, name, m_plan->service().credentials, this);
            probe->waitUntilReady(180 * 1000, this, [this, probe, done](const Status &ready) {
                if (!ready) {
                    probe->deleteLater();
                    return stepFailed(ready.error());
                }
                done(probe);
            });
        };
        if (container && container->isRunning())
            return probeReady(container->name);
        // The backup and the checks need the server: start the service as it is (same image, same data).
        log(tr("The service \"%1\" is not running; starting it.").arg(m_options.service));
        runDocker(m_docker->up(m_target, {m_options.service}, true, this), [this, probeReady](const ProcessResult &r) {
            if (!r.ok())
                return stepFailed(r.error);
            withContainer([this, probeReady](const ContainerInfo *started) {
                if (!started) {
                    return stepFailed(Error{QStringLiteral("container_missing"),
                                            tr("The service \"%1\" was started, but no container of it can be found.")
                                                .arg(m_options.service)});
                }
                probeReady(started->name);
            });
        });
    });
}

void MigrationEngine::runPreflight()
{
    using R = MigrationReport::CheckResult;
    const ComposeTool &tool = m_docker->composeTool();
    addCheck(QStringLiteral("docker"), tr("Docker and compose"), R::Pass,
             tr("%1 %2, engine at %3").arg(tool.displayName(), tool.version, m_docker->daemonAddress()));
    const PostgresService &service = m_plan->service();
    // The healthcheck matters to pgautoupgrade only; dump-restore starts a fresh server on a new volume.
    const std::optional<MigrationReport::Check> healthcheck =
        m_options.method == Method::PgAutoUpgrade ? Checks::healthcheck(service) : std::nullopt;
    for (const std::optional<MigrationReport::Check> &check : {healthcheck, Checks::pgdata(service)}) {
        if (check)
            addCheck(check->id, check->title, check->result, check->detail, check->fix);
    }

    const auto probeServer = [this] {
        withReadyServer([this](ServerProbe *probe) {
            probe->snapshot(this, [this, probe](const Expected<ServerSnapshot> &snapshot) {
                probe->deleteLater();
                if (!snapshot)
                    return stepFailed(snapshot.error());
                evaluateSnapshot(*snapshot);
            });
        });
    };
    // The downgrade trap, before anything starts: an image older than the data refuses to start on it.
    withContainer([this, probeServer](const ContainerInfo *container) {
        if (container && container->isRunning())
            return probeServer(); // the server's own answer says it (evaluateSnapshot)
        const DataVersionPeek::Source source{m_plan->service(), m_target.projectName,
                                             container ? container->name : QString()};
        DataVersionPeek::read(m_docker, source, this, [this, probeServer](const DataVersionPeek::Result &data) {
            log(tr("Data version before start: %1 (%2).")
                    .arg(data.major > 0 ? QString::number(data.major) : tr("unknown"), data.how));
            const std::optional<MigrationReport::Check> check =
                DataVersionPeek::downgradeCheck(m_plan->service(), data.major, m_plan->composeFile());
            if (!check)
                return probeServer();
            addCheck(check->id, check->title, check->result, check->detail, check->fix);
            saveReport();
            stepFailed(Error{QStringLiteral("preflight_failed"),
                             tr("The preflight found what must be fixed first: the compose image is older than the "
                                "data. Nothing was started or changed. %1")
                                 .arg(check->fix)});
        });
    });
}

void MigrationEngine::evaluateSnapshot(const ServerSnapshot &snapshot)
{
    using R = MigrationReport::CheckResult;
    const PostgresService &service = m_plan->service();
    QStringList failures;
    const int major = snapshot.version.major;
    m_report.versionBefore = snapshot.version.text;
    m_journal->extra.insert(QStringLiteral("source_major"), major);
    m_journal->extra.insert(QStringLiteral("source_version"), snapshot.version.text);
    if (major >= m_options.target) {
        addCheck(QStringLiteral("server_version"), tr("Server version"), R::Fail,
                 tr("The server already runs PostgreSQL %1.").arg(snapshot.version.text),
                 tr("Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.")
                     .arg(major));
        failures.append(tr("the server already runs PostgreSQL %1").arg(snapshot.version.text));
    } else if (service.ref.major() > 0 && service.ref.major() != major && !service.ref.isPostgresFamily()) {
        addCheck(QStringLiteral("server_version"), tr("Server version"), R::Warn,
                 tr("PostgreSQL %1, while the image tag says %2.").arg(snapshot.version.text, service.ref.majorText()));
    } else {
        addCheck(QStringLiteral("server_version"), tr("Server version"), R::Pass,
                 tr("PostgreSQL %1 → %2").arg(snapshot.version.text).arg(m_options.target));
    }
    if (snapshot.dataDirectory.major > 0 && service.ref.major() > 0 &&
        service.ref.family() == ImageRef::Family::Postgres && service.ref.major() < snapshot.dataDirectory.major) {
        addCheck(QStringLiteral("downgrade"), tr("Image and data"), R::Fail,
                 tr("The data is from PostgreSQL %1 but the compose file names %2.")
                     .arg(snapshot.dataDirectory.major)
                     .arg(service.image),
                 tr("Set the image back to postgres:%1 in %2.")
                     .arg(snapshot.dataDirectory.major)
                     .arg(m_plan->composeFile()));
        failures.append(tr("the compose image is older than the data"));
    }

    // Free space for the backup.
    const QString backupPath = backupFilePath(major);
    const QStorageInfo storage(QFileInfo(backupPath).absolutePath());
    const qint64 needed = qint64(double(snapshot.totalSize()) * 1.2);
    const QLocale locale;
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        addCheck(QStringLiteral("disk_space"), tr("Space for the backup"), R::Fail,
                 tr("%1 free in %2; the backup needs about %3 (1.2 × the databases' %4).")
                     .arg(locale.formattedDataSize(storage.bytesAvailable()),
                          QDir::toNativeSeparators(QFileInfo(backupPath).absolutePath()),
                          locale.formattedDataSize(needed), locale.formattedDataSize(snapshot.totalSize())),
                 tr("Free some space there or choose another backup folder."));
        failures.append(tr("not enough space for the backup"));
    } else {
        addCheck(QStringLiteral("disk_space"), tr("Space for the backup"), R::Pass,
                 tr("%1 of databases; %2 free in %3")
                     .arg(locale.formattedDataSize(snapshot.totalSize()),
                          locale.formattedDataSize(storage.bytesAvailable()),
                          QDir::toNativeSeparators(QFileInfo(backupPath).absolutePath())));
    }

    // md5 passwords: pgautoupgrade keeps the old pg_hba.conf, a new cluster of 14+ asks for scram-sha-256.
    const MigrationReport::Check passwords = Checks::passwordHashes(
        snapshot.roles, m_options.target, m_options.method == Method::DumpRestore, service.credentials.user);
    addCheck(passwords.id, passwords.title, passwords.result, passwords.detail, passwords.fix);

    // Collation: text sort order comes from the C library; a change of it (Alpine ↔ Debian, Debian bookworm → trixie)
    // leaves text indexes in the wrong order.
    const QString targetImage = m_plan->steps().isEmpty() ? QString() : m_plan->steps().last().image;
    const MigrationReport::Check collation =
        Checks::collation(snapshot.databases, service.ref, ImageRef::parse(targetImage));
    addCheck(collation.id, collation.title, collation.result, collation.detail, collation.fix);

    if (!snapshot.warnings.isEmpty()) {
        addCheck(QStringLiteral("probe"), tr("Server details"), R::Warn, snapshot.warnings.join(u' '));
    }
    m_journal->extra.insert(QStringLiteral("source_size"), double(snapshot.totalSize()));

    // A lock file left by an interrupted pgautoupgrade run makes the next one refuse.
    const QString lock = snapshot.dataDirectory.path() + QStringLiteral("/upgrade_in_progress.lock");
    ExecOptions exec;
    exec.interactive = false;
    runDocker(m_docker->exec(m_probeContainer, {QStringLiteral("test"), QStringLiteral("-e"), lock}, exec, this),
              [this, failures, lock](const ProcessResult &result) mutable {
                  if (result.ok()) {
                      addCheck(QStringLiteral("lock_file"), tr("Upgrade lock file"), MigrationReport::CheckResult::Fail,
                               tr("%1 exists: an earlier pgautoupgrade run was interrupted.").arg(lock),
                               tr("Restore your backup of the data from before that run, or, if you know the data is "
                                  "intact, remove the file (docker compose exec %1 rm %2).")
                                   .arg(m_options.service, lock));
                      failures.append(tr("a pgautoupgrade lock file is left in the data folder"));
                  } else if (result.outcome == ProcessResult::Outcome::ExitCode && result.exitCode == 1) {
                      addCheck(QStringLiteral("lock_file"), tr("Upgrade lock file"), MigrationReport::CheckResult::Pass,
                               tr("None left in the data folder."));
                  } else {
                      addCheck(QStringLiteral("lock_file"), tr("Upgrade lock file"), MigrationReport::CheckResult::Warn,
                               tr("Could not look for %1: %2").arg(lock, result.error.message));
                  }
                  const auto conclude = [this](const QStringList &found) {
                      saveReport();
                      if (!found.isEmpty()) {
                          return stepFailed(Error{QStringLiteral("preflight_failed"),
                                                  tr("The preflight found what must be fixed first: %1. Nothing was "
                                                     "changed.")
                                                      .arg(found.join(QStringLiteral("; ")))});
                      }
                      stepSucceeded();
                  };
                  if (m_options.method != Method::DumpRestore || !m_plan->volumeSwitch())
                      return conclude(failures);
                  checkNewVolumeFree([this, conclude, failures](bool free) mutable {
                      if (!free)
                          failures.append(tr("the new volume for the data exists already"));
                      conclude(failures);
                  });
              });
}

QString MigrationEngine::backupFilePath(int major) const
{
    if (!m_options.backupFile.isEmpty())
        return m_options.backupFile;
    const QString dir = m_options.backupDir.isEmpty() ? m_plan->projectDir() : m_options.backupDir;
    return QDir(dir).filePath(QStringLiteral("pg%1.backup.sql").arg(major > 0 ? major : m_plan->service().ref.major()));
}

void MigrationEngine::runVerify()
{
    using R = MigrationReport::CheckResult;
    withReadyServer([this](ServerProbe *probe) {
        probe->serverVersion(this, [this, probe](const Expected<ServerVersion> &version) {
            if (!version) {
                probe->deleteLater();
                return stepFailed(version.error());
            }
            m_report.versionAfter = version->text;
            const bool versionOk = version->major == m_options.target;
            addCheck(QStringLiteral("verify_version"), tr("Server version"), versionOk ? R::Pass : R::Fail,
                     tr("PostgreSQL %1").arg(version->text),
                     versionOk ? QString() : tr("The compose file must name postgres:%1.").arg(m_options.target));
            probe->allTableCounts(this, [this, probe, versionOk](const Expected<QList<DatabaseRowCounts>> &counts) {
                if (!counts) {
                    probe->deleteLater();
                    return stepFailed(counts.error());
                }
                const bool rowsOk = compareRowCounts(*counts);
                probe->roles(this, [this, probe, versionOk, rowsOk](const Expected<QList<RoleInfo>> &roles) {
                    bool rolesOk = true;
                    if (roles) {
                        QStringList missing;
                        const QStringList expected =
                            m_journal->extra.value(QStringLiteral("roles")).toVariant().toStringList();
                        for (const QString &name : expected) {
                            const bool found = std::any_of(roles->cbegin(), roles->cend(),
                                                           [&name](const RoleInfo &r) { return r.name == name; });
                            if (!found)
                                missing.append(name);
                        }
                        rolesOk = missing.isEmpty();
                        addCheck(QStringLiteral("verify_roles"), tr("Roles"), rolesOk ? R::Pass : R::Fail,
                                 rolesOk ? tr("All %1 roles of the backup exist.").arg(expected.size())
                                         : tr("Missing: %1").arg(missing.join(QStringLiteral(", "))),
                                 rolesOk ? QString() : tr("Restore the roles from the backup (its first part)."));
                    }
                    probe->testLogin(
                        this, [this, probe, versionOk, rowsOk, rolesOk](const Expected<LoginCheck> &login) {
                            probe->deleteLater();
                            addCheck(QStringLiteral("verify_login"), tr("Login over TCP with the password"),
                                     login ? (login->warnings.isEmpty() ? R::Pass : R::Warn) : R::Fail,
                                     login ? (login->warnings.isEmpty() ? tr("%1 logs in to %2 the way museum does.")
                                                                              .arg(login->user, login->database)
                                                                        : login->warnings.join(u' '))
                                           : login.error().message);
                            const bool loginOk = login.ok();
                            checkHealthUrl([this, versionOk, rowsOk, rolesOk, loginOk](bool healthOk) {
                                checkCollationAndConclude(versionOk && rowsOk && rolesOk && loginOk && healthOk);
                            });
                        });
                });
            });
        });
    });
}

void MigrationEngine::checkCollationAndConclude(bool passed)
{
    // The server verify found ready (withReadyServer keeps its container's name).
    auto *probe = new ServerProbe(m_docker, m_probeContainer, m_plan->service().credentials, this);
    checkCollationVersions(probe, [this, probe, passed] {
        probe->deleteLater();
        concludeVerify(passed);
    });
}

void MigrationEngine::concludeVerify(bool passed)
{
    saveReport();
    if (passed)
        return stepSucceeded();
    stepFailed(Error{QStringLiteral("verify_failed"),
                     tr("The migrated server failed some checks (see the list). Your backup is intact: roll back to "
                        "return to Postgres %1, or fix what the checks say and verify again with resume.")
                         .arg(m_journal->extra.value(QStringLiteral("source_major")).toInt())});
}

bool MigrationEngine::compareRowCounts(const QList<DatabaseRowCounts> &counts)
{
    using R = MigrationReport::CheckResult;
    m_report.rowCounts.clear();
    const QJsonArray expected = m_journal->extra.value(QStringLiteral("expected_rows")).toArray();
    qsizetype mismatches = 0;
    qint64 total = 0;
    for (const QJsonValue &value : expected) {
        const QJsonObject e = value.toObject();
        MigrationReport::RowCount row{
            e.value(QStringLiteral("database")).toString(), e.value(QStringLiteral("schema")).toString(),
            e.value(QStringLiteral("table")).toString(), qint64(e.value(QStringLiteral("rows")).toDouble()), -1};
        for (const DatabaseRowCounts &db : counts) {
            if (db.database != row.database)
                continue;
            for (const TableRowCount &table : db.tables) {
                if (table.table == row.table && (row.schema.isEmpty() || table.schema == row.schema))
                    row.actual = table.rows;
            }
        }
        if (!row.matches())
            ++mismatches;
        total += row.expected;
        m_report.rowCounts.append(row);
    }
    if (expected.isEmpty()) {
        addCheck(QStringLiteral("verify_rows"), tr("Row counts"), R::Fail,
                 tr("The backup's row counts are not known, so the rows cannot be compared."),
                 tr("Resume the migration from the backup step."));
        return false;
    }
    const QLocale locale;
    addCheck(QStringLiteral("verify_rows"), tr("Row counts"), mismatches == 0 ? R::Pass : R::Fail,
             mismatches == 0 ? tr("All %1 rows in %2 tables arrived.").arg(locale.toString(total)).arg(expected.size())
                             : tr("%1 of %2 tables differ from the backup.").arg(mismatches).arg(expected.size()),
             mismatches == 0 ? QString() : tr("Roll back, or restore the backup into the new server."));
    return mismatches == 0;
}

void MigrationEngine::checkHealthUrl(std::function<void(bool ok)> done)
{
    using R = MigrationReport::CheckResult;
    if (m_options.healthUrl.isEmpty())
        return done(true);
    auto *network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(m_options.healthUrl)};
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, network, done] {
        const bool ok = reply->error() == QNetworkReply::NoError;
        addCheck(QStringLiteral("verify_health"), tr("Health URL"), ok ? R::Pass : R::Fail,
                 ok ? tr("%1 answered.").arg(m_options.healthUrl)
                    : tr("%1: %2").arg(m_options.healthUrl, reply->errorString()),
                 ok ? QString() : tr("Start museum (docker compose up -d) and check its log."));
        reply->deleteLater();
        network->deleteLater();
        done(ok);
    });
}

// --- backup, rehearsal, rollback of the data ---------------------------------------------------------------------

void MigrationEngine::recordBackup(const BackupResult &result)
{
    m_journal->backup = Journal::BackupInfo{result.path, result.sha256, result.bytes};
    m_report.backup = MigrationReport::Backup{result.path, result.bytes, result.sha256, result.finished, true};
    // What must arrive: every table's rows and every role, as the dump holds them.
    QJsonArray rows;
    for (const DumpDatabase &db : result.summary.databases) {
        for (const DumpTable &table : db.tables) {
            rows.append(QJsonObject{{QStringLiteral("database"), db.name},
                                    {QStringLiteral("schema"), table.schema},
                                    {QStringLiteral("table"), table.table},
                                    {QStringLiteral("rows"), double(table.rows)}});
        }
    }
    QStringList roles;
    for (const DumpRole &role : result.summary.roles)
        roles.append(role.name);
    m_journal->extra.insert(QStringLiteral("expected_rows"), rows);
    m_journal->extra.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    saveReport();
}

QString MigrationEngine::backupFile() const
{
    if (!m_plan)
        return m_options.backupFile;
    return backupFilePath(m_journal ? m_journal->extra.value(QStringLiteral("source_major")).toInt() : 0);
}

void MigrationEngine::setBackupFile(const QString &path)
{
    m_options.backupFile = path;
}

void MigrationEngine::setStopWholeStack(bool whole)
{
    m_options.stopWholeStack = whole;
}

void MigrationEngine::runBackup()
{
    if (m_options.confirmBackup) {
        Confirmation confirmation;
        confirmation.step = Step::Backup;
        confirmation.title = tr("Back up the databases");
        confirmation.text = tr("pg_dumpall writes every database and role of the service \"%1\" to %2. Nothing of "
                               "the stack changes.")
                                .arg(m_options.service, QDir::toNativeSeparators(backupFile()));
        return ask(confirmation, [this] { writeBackup(); });
    }
    writeBackup();
}

void MigrationEngine::writeBackup()
{
    withReadyServer([this](ServerProbe *probe) {
        probe->deleteLater();
        auto *writer = new BackupWriter(m_docker, this);
        connect(writer, &BackupWriter::progress, this, [this](const TransferStatus &status) {
            Q_EMIT progress(Step::Backup, status.bytes, status.total, status.describe());
        });
        connect(writer, &BackupWriter::logLine, this, [this](const QString &line) { log(line); });
        connect(writer, &BackupWriter::finished, this, [this, writer](const Error &error) {
            writer->deleteLater();
            m_cancelBackup = nullptr;
            if (!error.isNull())
                return stepFailed(error);
            const BackupResult &result = writer->result();
            log(tr("Backup written: %1 (%2, SHA-256 %3)")
                    .arg(QDir::toNativeSeparators(result.path), QLocale().formattedDataSize(result.bytes),
                         result.sha256));
            recordBackup(result);
            stepSucceeded();
        });
        m_cancelBackup = [writer] { writer->cancel(); };
        BackupOptions options;
        options.container = m_probeContainer;
        options.credentials = m_plan->service().credentials;
        options.path = backupFilePath(m_journal->extra.value(QStringLiteral("source_major")).toInt());
        options.composeFile = m_plan->composeFile();
        options.service = m_plan->service().name;
        options.project = m_target.projectName;
        writer->start(options);
    });
}

void MigrationEngine::runRehearse()
{
    using R = MigrationReport::CheckResult;
    if (!m_journal->backup)
        return stepFailed(Error{QStringLiteral("no_backup"), tr("There is no backup to rehearse with.")});
    auto *restorer = new Restorer(m_docker, this);
    connect(restorer, &Restorer::progress, this, [this](const TransferStatus &status) {
        Q_EMIT progress(Step::Rehearse, status.bytes, status.total, status.describe());
    });
    connect(restorer, &Restorer::logLine, this, [this](const QString &line) { log(line); });
    m_cancelBackup = [restorer] { restorer->cancel(); };
    connect(restorer, &Restorer::finished, this, [this, restorer](const Error &error) {
        restorer->deleteLater();
        m_cancelBackup = nullptr;
        const RestoreResult result = restorer->result();
        const auto removeThrowaway = [this, result](std::function<void()> then) {
            if (result.container.isEmpty())
                return then();
            runDocker(m_docker->engine(
                          {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), result.container}, this),
                      [then](const ProcessResult &) { then(); });
        };
        if (!error.isNull()) {
            addCheck(QStringLiteral("rehearsal"), tr("Rehearsal"), R::Fail, error.message);
            return removeThrowaway([this, error] { stepFailed(error); });
        }
        auto *probe = new ServerProbe(m_docker, result.container, result.credentials, this);
        probe->allTableCounts(this, [this, probe, removeThrowaway](const Expected<QList<DatabaseRowCounts>> &counts) {
            probe->deleteLater();
            QList<MigrationReport::RowCount> real = m_report.rowCounts;
            const bool ok = counts && compareRowCounts(*counts);
            // The rehearsal's comparison is a check of its own; the row-count table is the real server's, later.
            m_report.rowCounts = real;
            addCheck(QStringLiteral("rehearsal"), tr("Rehearsal"), ok ? R::Pass : R::Fail,
                     ok ? tr("The backup restored into a throwaway Postgres %1 container with every row.")
                              .arg(m_options.target)
                        : (counts ? tr("The rehearsal's row counts differ from the backup.") : counts.error().message),
                     ok ? QString() : tr("Look at the backup with \"ente-db-migrate inspect\" before going on."));
            removeThrowaway([this, ok] {
                saveReport();
                if (!ok) {
                    return stepFailed(Error{QStringLiteral("rehearsal_failed"),
                                            tr("The rehearsal failed, so the real data was not touched.")});
                }
                stepSucceeded();
            });
        });
    });
    RestoreOptions options;
    options.dumpFile = m_journal->backup->path;
    options.image = m_plan->steps().last().image;
    options.credentials = m_plan->service().credentials;
    options.throwawayName = rehearsalContainer();
    // A rehearsal that was interrupted (the app killed) left its container behind: it goes first.
    removeRehearsalLeftover([restorer, options] { restorer->start(options); });
}

QString MigrationEngine::rehearsalContainer() const
{
    QString name = m_target.projectName;
    name.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_.-]")), QStringLiteral("-"));
    return QStringLiteral("ente-db-migrate-rehearsal-") + name;
}

void MigrationEngine::removeRehearsalLeftover(std::function<void()> then)
{
    runDocker(m_docker->engine({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), rehearsalContainer()},
                               this),
              [then](const ProcessResult &) { then(); });
}

void MigrationEngine::rollbackData()
{
    const std::optional<VolumeMount> volume = m_plan->service().volume;
    const auto finishRollback = [this] {
        m_journal->dataTouched = false;
        m_journal->transition(QStringLiteral("rolled_back"));
        m_report.outcome = MigrationReport::Outcome::RolledBack;
        saveReport();
        Q_EMIT stateChanged(m_journal->state());
        endRun({});
    };
    if (!m_journal->backup || !QFileInfo::exists(m_journal->backup->path)) {
        return endRun(Error{QStringLiteral("no_backup"),
                            tr("The compose file is back to its original, but the data was already converted and "
                               "there is no backup to restore (%1). Keep the volume as it is: it holds the converted "
                               "data, which postgres:%2 can run.")
                                .arg(m_journal->backup ? QDir::toNativeSeparators(m_journal->backup->path) : tr("none"))
                                .arg(m_journal->target)});
    }
    if (!volume || volume->type != VolumeMount::Type::Volume) {
        return endRun(Error{QStringLiteral("rollback_manual"),
                            tr("The compose file is back to its original. The data is in a folder, not a named "
                               "volume, so it is not replaced automatically: move the folder aside, start the "
                               "service (it creates a new, empty database) and run \"ente-db-migrate restore %1\".")
                                .arg(QDir::toNativeSeparators(m_journal->backup->path))});
    }
    // The volume's real name, as compose created it.
    ProcessRunner *list = m_docker->engine({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"),
                                            QStringLiteral("label=com.docker.compose.project=") + m_target.projectName,
                                            QStringLiteral("--filter"),
                                            QStringLiteral("label=com.docker.compose.volume=") + volume->source,
                                            QStringLiteral("--format"), QStringLiteral("{{.Name}}")},
                                           this);
    ProcessSpec spec = list->spec();
    spec.captureLimit = 64 * 1024;
    list->setSpec(spec);
    runDocker(list, [this, finishRollback](const ProcessResult &listed) {
        const QString name = QString::fromUtf8(listed.standardOutput).trimmed().split(u'\n').value(0);
        if (!listed.ok() || name.isEmpty()) {
            return endRun(listed.ok() ? Error{QStringLiteral("volume_missing"),
                                              tr("The compose file is back to its original, but the data volume "
                                                 "cannot be found. Start the service and restore %1 with "
                                                 "\"ente-db-migrate restore\".")
                                                  .arg(QDir::toNativeSeparators(m_journal->backup->path))}
                                      : listed.error);
        }
        const QString keep = name +
            QStringLiteral("-pg%1-%2")
                .arg(m_journal->target)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        const QString image = m_plan->service().image;
        Confirmation confirmation;
        confirmation.step = Step::Upgrade;
        confirmation.destructive = true;
        confirmation.title = tr("Restore the backup into %1").arg(name);
        confirmation.text = tr("The volume %1 holds data that pgautoupgrade converted (or began to convert). Its "
                               "contents are first copied to a new volume %2, which is kept; then %1 is emptied, "
                               "%3 starts on it with a new database, and the backup %4 is restored into it.")
                                .arg(name, keep, image, QDir::toNativeSeparators(m_journal->backup->path));
        ask(confirmation, [this, name, keep, image, finishRollback] {
            const QStringList runBase{QStringLiteral("run"),          QStringLiteral("--rm"),
                                      QStringLiteral("--network"),    QStringLiteral("none"),
                                      QStringLiteral("--entrypoint"), QStringLiteral("sh")};
            runDocker(
                m_docker->engine({QStringLiteral("volume"), QStringLiteral("create"), keep}, this),
                [=, this](const ProcessResult &created) {
                    if (!created.ok())
                        return endRun(created.error);
                    runDocker(
                        m_docker->engine(runBase +
                                             QStringList{QStringLiteral("-v"), name + QStringLiteral(":/from"),
                                                         QStringLiteral("-v"), keep + QStringLiteral(":/to"), image,
                                                         QStringLiteral("-c"), QStringLiteral("cp -a /from/. /to/")},
                                         this),
                        [=, this](const ProcessResult &copied) {
                            if (!copied.ok())
                                return endRun(copied.error);
                            log(tr("The converted data is kept in the volume %1.").arg(keep));
                            m_journal->extra.insert(QStringLiteral("kept_volume"), keep);
                            m_journal->save();
                            runDocker(
                                m_docker->engine(runBase +
                                                     QStringList{QStringLiteral("-v"), name + QStringLiteral(":/data"),
                                                                 image, QStringLiteral("-c"),
                                                                 QStringLiteral("rm -rf /data/* /data/.[!.]* "
                                                                                "/data/..?* ; true")},
                                                 this),
                                [=, this](const ProcessResult &emptied) {
                                    if (!emptied.ok())
                                        return endRun(emptied.error);
                                    restoreIntoService(finishRollback);
                                });
                        });
                });
        });
    });
}

void MigrationEngine::restoreIntoService(std::function<void()> then)
{
    runDocker(m_docker->up(m_target, {m_options.service}, true, this), [this, then](const ProcessResult &up) {
        if (!up.ok())
            return endRun(up.error);
        withContainer([this, then](const ContainerInfo *container) {
            if (!container)
                return endRun(Error{QStringLiteral("container_missing"), tr("The service did not start.")});
            auto *probe = new ServerProbe(m_docker, container->name, m_plan->service().credentials, this);
            const QString name = container->name;
            probe->waitUntilReady(180 * 1000, this, [this, probe, name, then](const Status &ready) {
                probe->deleteLater();
                if (!ready)
                    return endRun(ready.error());
                auto *restorer = new Restorer(m_docker, this);
                connect(restorer, &Restorer::progress, this, [this](const TransferStatus &status) {
                    Q_EMIT progress(m_step, status.bytes, status.total, status.describe());
                });
                connect(restorer, &Restorer::logLine, this, [this](const QString &line) { log(line); });
                connect(restorer, &Restorer::finished, this, [this, restorer, then](const Error &error) {
                    restorer->deleteLater();
                    if (!error.isNull())
                        return endRun(error);
                    log(tr("The backup was restored."));
                    then();
                });
                RestoreOptions options;
                options.dumpFile = m_journal->backup->path;
                options.container = name;
                options.credentials = m_plan->service().credentials;
                restorer->start(options);
            });
        });
    });
}

// --- dump-restore ------------------------------------------------------------------------------------------------

void MigrationEngine::runDumpRestore()
{
    if (!m_plan->volumeSwitch() || m_plan->steps().isEmpty())
        return stepFailed(Error{QStringLiteral("internal"), tr("The dump-restore plan has no new volume.")});
    if (!m_journal->backup)
        return stepFailed(Error{QStringLiteral("no_backup"), tr("There is no backup to restore.")});
    const ImageEdit &edit = m_plan->steps().first();
    const VolumeSwitch &sw = *m_plan->volumeSwitch();
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.title = tr("Move the data to %1").arg(sw.written);
    confirmation.text =
        tr("%1 gets the change below: the image %2 and a new %3 for the data; the current one (%4) is not touched "
           "and stays for a rollback. Then only the service \"%5\" starts, creates an empty Postgres %6 database "
           "there, and the backup %7 is restored into it.")
            .arg(edit.relativePath, edit.image,
                 sw.type == VolumeMount::Type::Volume ? tr("volume %1").arg(sw.newSource)
                                                      : tr("folder %1").arg(QDir::toNativeSeparators(sw.newSource)),
                 sw.type == VolumeMount::Type::Volume ? sw.oldSource : QDir::toNativeSeparators(sw.oldSource),
                 m_options.service)
            .arg(m_options.target)
            .arg(QDir::toNativeSeparators(m_journal->backup->path));
    confirmation.diff = edit.diff;
    ask(confirmation, [this, edit] {
        if (const Status applied = edit.apply(); !applied)
            return stepFailed(applied.error());
        log(tr("%1: image → %2, data → %3").arg(edit.relativePath, edit.image, m_plan->volumeSwitch()->written));
        // From here on the new volume is this migration's own: a repeated step may empty it, a rollback offers to
        // remove it. The original volume is never written, so the data is not "touched".
        const bool used = m_journal->extra.value(QStringLiteral("new_volume_used")).toBool();
        m_journal->extra.insert(QStringLiteral("new_volume_used"), true);
        m_journal->save();
        if (used)
            return emptyNewVolume([this] { startOnNewVolume(); });
        startOnNewVolume();
    });
}

void MigrationEngine::findNewVolume(std::function<void(const QString &name)> done)
{
    const VolumeSwitch &sw = *m_plan->volumeSwitch();
    if (sw.type != VolumeMount::Type::Volume)
        return done(QDir(sw.newSource).exists() ? sw.newSource : QString());
    ProcessRunner *list =
        m_docker->engine({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"),
                          QStringLiteral("label=com.docker.compose.project=") + m_target.projectName,
                          QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.volume=") + sw.newSource,
                          QStringLiteral("--format"), QStringLiteral("{{.Name}}")},
                         this);
    ProcessSpec spec = list->spec();
    spec.captureLimit = 64 * 1024;
    list->setSpec(spec);
    runDocker(list, [done](const ProcessResult &listed) {
        done(listed.ok() ? QString::fromUtf8(listed.standardOutput).trimmed().split(u'\n').value(0) : QString());
    });
}

void MigrationEngine::checkNewVolumeFree(std::function<void(bool free)> done)
{
    using R = MigrationReport::CheckResult;
    const VolumeSwitch &sw = *m_plan->volumeSwitch();
    if (sw.type != VolumeMount::Type::Volume) {
        const QDir dir(sw.newSource);
        const bool free = !dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        addCheck(QStringLiteral("new_volume"), tr("New data folder"), free ? R::Pass : R::Fail,
                 free ? tr("%1 is free for the restored data; the current folder stays as it is.")
                            .arg(QDir::toNativeSeparators(sw.newSource))
                      : tr("%1 exists already and is not empty.").arg(QDir::toNativeSeparators(sw.newSource)),
                 free ? QString() : tr("Move that folder away (it may hold data), then start again."));
        return done(free);
    }
    // Compose names the volume <project>_<key>; one of that name may exist without compose's labels too.
    const QString name = m_target.projectName + u'_' + sw.newSource;
    ProcessRunner *inspect = m_docker->engine({QStringLiteral("volume"), QStringLiteral("inspect"),
                                               QStringLiteral("--format"), QStringLiteral("{{.Name}}"), name},
                                              this);
    runDocker(inspect, [this, name, done](const ProcessResult &result) {
        const bool free = !result.ok();
        addCheck(
            QStringLiteral("new_volume"), tr("New data volume"), free ? R::Pass : R::Fail,
            free ? tr("%1 does not exist yet; the restore creates it, and the current volume stays as it is.").arg(name)
                 : tr("The volume %1 exists already; it may hold data.").arg(name),
            free ? QString()
                 : tr("Look at what it holds; if it is not needed, remove it (docker volume rm %1) and start "
                      "again, or use the pgautoupgrade method.")
                       .arg(name));
        done(free);
    });
}

void MigrationEngine::emptyNewVolume(std::function<void()> then)
{
    // An earlier run of this step stopped midway: stop the service, then empty the volume it restored into, so that
    // the image creates a new database there again.
    runDocker(m_docker->stop(m_target, {m_options.service}, this), [this, then](const ProcessResult &stopped) {
        if (!stopped.ok())
            return stepFailed(stopped.error);
        findNewVolume([this, then](const QString &name) {
            if (name.isEmpty())
                return then();
            log(tr("Emptying %1, which an interrupted restore left half-filled.").arg(name));
            const QStringList command{QStringLiteral("run"),
                                      QStringLiteral("--rm"),
                                      QStringLiteral("--network"),
                                      QStringLiteral("none"),
                                      QStringLiteral("--entrypoint"),
                                      QStringLiteral("sh"),
                                      QStringLiteral("-v"),
                                      name + QStringLiteral(":/data"),
                                      m_plan->service().image,
                                      QStringLiteral("-c"),
                                      QStringLiteral("rm -rf /data/* /data/.[!.]* /data/..?* ; true")};
            runDocker(m_docker->engine(command, this), [this, then](const ProcessResult &emptied) {
                if (!emptied.ok())
                    return stepFailed(emptied.error);
                then();
            });
        });
    });
}

void MigrationEngine::startOnNewVolume()
{
    const VolumeSwitch &sw = *m_plan->volumeSwitch();
    if (sw.type == VolumeMount::Type::Bind && !QDir().mkpath(sw.newSource)) {
        return stepFailed(Error{QStringLiteral("unwritable"),
                                tr("Cannot create the folder %1 for the restored data. Check the permissions of its "
                                   "parent folder and resume.")
                                    .arg(QDir::toNativeSeparators(sw.newSource))});
    }
    runDocker(m_docker->up(m_target, {m_options.service}, true, this), [this](const ProcessResult &up) {
        if (!up.ok())
            return stepFailed(up.error);
        withContainer([this](const ContainerInfo *container) {
            if (!container) {
                return stepFailed(Error{
                    QStringLiteral("container_missing"),
                    tr("The service \"%1\" was started, but no container of it can be found.").arg(m_options.service)});
            }
            Q_EMIT milestone(Step::Upgrade, tr("Creating the new Postgres %1 database").arg(m_options.target));
            const QString name = container->name;
            auto *probe = new ServerProbe(m_docker, name, m_plan->service().credentials, this);
            probe->waitUntilReady(600 * 1000, this, [this, probe, name](const Status &ready) {
                if (!ready) {
                    probe->deleteLater();
                    return stepFailed(ready.error());
                }
                Q_EMIT milestone(Step::Upgrade, tr("Restoring the backup"));
                auto *restorer = new Restorer(m_docker, this);
                connect(restorer, &Restorer::progress, this, [this](const TransferStatus &status) {
                    Q_EMIT progress(Step::Upgrade, status.bytes, status.total, status.describe());
                });
                connect(restorer, &Restorer::logLine, this, [this](const QString &line) { log(line); });
                m_cancelBackup = [restorer] { restorer->cancel(); };
                connect(restorer, &Restorer::finished, this, [this, restorer, probe](const Error &error) {
                    restorer->deleteLater();
                    m_cancelBackup = nullptr;
                    if (!error.isNull()) {
                        probe->deleteLater();
                        return stepFailed(error);
                    }
                    log(tr("The backup was restored into the new Postgres %1 database.").arg(m_options.target));
                    rehashServicePassword(probe, [this, probe] {
                        probe->deleteLater();
                        stepSucceeded();
                    });
                });
                RestoreOptions options;
                options.dumpFile = m_journal->backup->path;
                options.container = name;
                options.credentials = m_plan->service().credentials;
                restorer->start(options);
            });
        });
    });
}

void MigrationEngine::rehashServicePassword(ServerProbe *probe, std::function<void()> then)
{
    // The dump sets the roles' md5 hashes of Postgres 12 again, while a new cluster of 14+ lets clients in over TCP
    // with scram-sha-256 only. The service's own password is known (the compose file has it): store it as scram.
    const Credentials &credentials = m_plan->service().credentials;
    if (m_options.target < 14 || credentials.password.isEmpty())
        return then();
    probe->roles(this, [this, probe, then, credentials](const Expected<QList<RoleInfo>> &roles) {
        const bool md5 = roles && std::any_of(roles->cbegin(), roles->cend(), [&credentials](const RoleInfo &r) {
                             return r.name == credentials.user && r.password == RoleInfo::Password::Md5;
                         });
        if (!md5)
            return then();
        QString user = credentials.user;
        QString password = credentials.password;
        const QString sql =
            QStringLiteral("SET password_encryption = 'scram-sha-256';\nALTER ROLE \"%1\" PASSWORD '%2';\n")
                .arg(user.replace(u'"', QStringLiteral("\"\"")), password.replace(u'\'', QStringLiteral("''")));
        probe->query(sql, this, [this, then, credentials](const Expected<ServerProbe::Rows> &done) {
            if (done) {
                log(tr("The password of %1 is stored as scram-sha-256 now, as the new server's pg_hba.conf asks.")
                        .arg(credentials.user));
            } else {
                log(tr("Could not store the password of %1 as scram-sha-256: %2")
                        .arg(credentials.user, done.error().message));
            }
            then();
        });
    });
}

void MigrationEngine::offerNewVolumeRemoval(std::function<void()> then)
{
    if (!m_plan->volumeSwitch())
        return then();
    findNewVolume([this, then](const QString &name) {
        if (name.isEmpty())
            return then();
        const VolumeSwitch &sw = *m_plan->volumeSwitch();
        if (sw.type != VolumeMount::Type::Volume) {
            log(tr("The folder %1 holds the data restored for Postgres %2; the original folder was not touched. "
                   "Remove it when you no longer need it.")
                    .arg(QDir::toNativeSeparators(name))
                    .arg(m_journal->target));
            return then();
        }
        Confirmation confirmation;
        confirmation.step = Step::Upgrade;
        confirmation.destructive = true;
        confirmation.title = tr("Remove the volume %1").arg(name);
        confirmation.text = tr("The original data was never touched by the dump-restore method: it is in its volume as "
                               "before. The new volume %1 holds the copy restored for Postgres %2 and is not needed "
                               "for the rollback. Answer no to keep it (remove it later with \"docker volume rm %1\").")
                                .arg(name)
                                .arg(m_journal->target);
        ask(confirmation, [this, name, then] {
            // The stopped container of the new image still refers to the volume.
            withContainer([this, name, then](const ContainerInfo *container) {
                const auto removeVolume = [this, name, then] {
                    runDocker(m_docker->engine({QStringLiteral("volume"), QStringLiteral("rm"), name}, this),
                              [this, name, then](const ProcessResult &removed) {
                                  if (removed.ok())
                                      log(tr("The volume %1 was removed.").arg(name));
                                  else
                                      log(tr("The volume %1 is kept: %2").arg(name, removed.error.message));
                                  then();
                              });
                };
                if (!container)
                    return removeVolume();
                runDocker(m_docker->engine({QStringLiteral("rm"), QStringLiteral("-f"), container->name}, this),
                          [removeVolume](const ProcessResult &) { removeVolume(); });
            });
        });
        m_onDecline = [this, name, then] {
            log(tr("The volume %1 is kept.").arg(name));
            then();
        };
    });
}

void MigrationEngine::checkCollationVersions(ServerProbe *probe, std::function<void()> then)
{
    probe->databases(this, [this, then](const Expected<QList<DatabaseInfo>> &databases) {
        if (!databases) {
            addCheck(QStringLiteral("verify_collation"), tr("Collation versions"), MigrationReport::CheckResult::Warn,
                     tr("Could not read the databases' collation versions: %1").arg(databases.error().message));
            return then();
        }
        const MigrationReport::Check check = Checks::collationVersions(*databases);
        addCheck(check.id, check.title, check.result, check.detail, check.fix);
        then();
    });
}

} // namespace edm
