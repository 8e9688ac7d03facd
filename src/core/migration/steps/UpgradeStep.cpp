// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/UpgradeStep.h"

#include "core/docker/UpgradeLogWatcher.h"
#include "core/migration/DataVersionPeek.h"
#include "core/migration/MigrationRun.h"

#include <QRegularExpression>
#include <QTimer>

namespace edm {

namespace {

UpgradeEstimate::Phase estimatePhase(UpgradeLogWatcher::Phase phase)
{
    using Phase = UpgradeEstimate::Phase;
    switch (phase) {
    case UpgradeLogWatcher::Phase::Waiting:
        return Phase::Checking;
    case UpgradeLogWatcher::Phase::Upgrading:
        return Phase::Upgrading;
    case UpgradeLogWatcher::Phase::Optimising:
        return Phase::Reindexing;
    case UpgradeLogWatcher::Phase::Starting:
        return Phase::Starting;
    case UpgradeLogWatcher::Phase::Done:
        return Phase::Complete;
    case UpgradeLogWatcher::Phase::Failed:
        break;
    }
    return Phase::Failed;
}

/// docker's --timestamps prefix ("2024-10-05T10:00:00.123456789Z "): its time (UTC, null when the line has none) and
/// the line without it.
std::pair<QDateTime, QString> splitTimestamp(const QString &line)
{
    static const QRegularExpression stamp(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d) "));
    const QRegularExpressionMatch match = stamp.match(line);
    if (!match.hasMatch())
        return {QDateTime(), line};
    const QDateTime at =
        QDateTime::fromString(match.captured(1) + match.captured(2).left(4) + match.captured(3), Qt::ISODateWithMs);
    return {at.toUTC(), line.mid(match.capturedLength())};
}

} // namespace

UpgradeStep::UpgradeStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Upgrade, run, parent)
{
}

UpgradeStep::~UpgradeStep() = default;

UpgradeStep::ResumeDecision UpgradeStep::resumeDecision(int dataMajor, int targetMajor)
{
    if (dataMajor == targetMajor)
        return ResumeDecision::Completed;
    if (dataMajor > 0 && dataMajor < targetMajor)
        return ResumeDecision::RunAgain;
    return ResumeDecision::RollBack;
}

void UpgradeStep::doStart()
{
    m_estimate.setDataBytes(m_run.journal->sourceSize);
    // The edit was applied in an earlier run: the upgrade started then.
    if (m_run.journal->dataTouched)
        return resumeStarted();
    askAndApply();
}

void UpgradeStep::resumeStarted()
{
    withContainer([this](const ContainerInfo *container) {
        const QString upgradeImage = m_run.plan->steps().first().image;
        if (container && container->isRunning() &&
            (container->image == upgradeImage || container->image.contains(QLatin1String("pgautoupgrade")))) {
            QDateTime started = m_run.journal->upgradeStarted;
            for (const Journal::Transition &t : m_run.journal->history()) {
                if (!started.isValid() && t.state == stepId(Step::Upgrade))
                    started = t.at; // a journal from before upgrade_started: the step's first start
            }
            m_estimate.setStarted(started.isValid() ? started : m_run.now());
            m_estimate.setReattached(true);
            Q_EMIT milestone(trText("Re-attached to the running upgrade container %1; its log is read again from the "
                                    "start")
                                 .arg(container->name));
            return follow(container->name, true);
        }
        decideFromData(container ? container->name : QString());
    });
}

void UpgradeStep::decideFromData(const QString &container)
{
    logRedacted(trText("The upgrade had started, but its container no longer runs: the data's version decides."));
    const DataVersionPeek::Source source{m_run.service(), m_run.target.projectName, container};
    DataVersionPeek::read(m_run.docker, source, this, [this](const DataVersionPeek::Result &data) {
        if (!proceed())
            return;
        logRedacted(trText("Data version: %1 (%2).")
                        .arg(data.major > 0 ? Text(QString::number(data.major)) : trText("unknown"), data.how));
        switch (resumeDecision(data.major, m_run.options.target)) {
        case ResumeDecision::Completed:
            m_estimate.enterPhase(UpgradeEstimate::Phase::Complete, m_run.now());
            Q_EMIT estimateChanged(m_estimate);
            Q_EMIT milestone(trText("The upgrade completed while nobody watched: the data is on Postgres %1; going on "
                                    "with the final image")
                                 .arg(m_run.options.target));
            return emitResult();
        case ResumeDecision::RunAgain:
            Q_EMIT milestone(trText("The upgrade did not convert the data (it is still on Postgres %1): it runs again")
                                 .arg(data.major));
            return askAndApply();
        case ResumeDecision::RollBack:
            break;
        }
        emitResult(
            Error{QStringLiteral("upgrade_interrupted"),
                  trText("The upgrade was interrupted and its container is gone; the data's version cannot be read "
                         "(%1), so pgautoupgrade may have left it half-converted. Roll back to restore the backup.")
                      .arg(data.how)});
    });
}

void UpgradeStep::askAndApply()
{
    const ImageEdit &edit = m_run.plan->steps().first();
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.title = trText("Change the image to %1").arg(edit.image);
    confirmation.text = trText("%1 gets the change below, then only the service \"%2\" starts with it. pgautoupgrade "
                               "converts the data to Postgres %3 in place; the log is followed until the upgrade is "
                               "complete and the new server accepts connections.")
                            .arg(edit.relativePath, m_run.options.service)
                            .arg(m_run.options.target);
    confirmation.diff = edit.diff;
    ask(confirmation, [this] { apply(); });
}

void UpgradeStep::apply()
{
    const ImageEdit &edit = m_run.plan->steps().first();
    if (const Status applied = edit.apply(); !applied)
        return emitResult(applied.error());
    logRedacted(trText("%1: image → %2").arg(edit.relativePath, edit.image));
    m_run.journal->dataTouched = true;
    m_run.journal->upgradeStarted = m_run.now();
    m_run.journal->save();
    m_estimate.setStarted(m_run.journal->upgradeStarted);
    startService([this](const QString &container) { follow(container); });
}

void UpgradeStep::follow(const QString &container, bool reattached)
{
    watch();
    Q_EMIT estimateChanged(m_estimate);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(m_run.options.upgradeTimeoutSeconds * 1000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        settle(Error{QStringLiteral("upgrade_timeout"),
                     trText("The upgrade did not complete within %1 minutes. The container was stopped; your backup is "
                            "intact. Last lines of the log:")
                             .arg(m_run.options.upgradeTimeoutSeconds / 60) +
                         u'\n' + m_watcher->lastLines().join(u'\n')},
               m_watcher->lastLines());
    });
    LogOptions logOptions;
    logOptions.follow = true;
    // Re-attached, the log is read from its start again: its timestamps tell when each phase really began.
    logOptions.timestamps = reattached;
    m_follower = m_run.docker->logs(container, logOptions, this);
    connect(m_follower, &ProcessRunner::standardOutputLine, this, [this, reattached](const QString &raw) {
        const auto [at, line] = reattached ? splitTimestamp(raw) : std::pair<QDateTime, QString>{{}, raw};
        m_lineTime = at;
        logRedacted(line);
        m_watcher->feed(QByteArray(line.toUtf8() + '\n'));
        m_lineTime = {};
    });
    m_timeout->start();
    run(
        m_follower, [this, container](const ProcessResult &) { logEnded(container); }, false);
}

void UpgradeStep::watch()
{
    m_watcher = new UpgradeLogWatcher(this);
    m_watcher->setTargetMajor(m_run.options.target);
    connect(m_watcher, &UpgradeLogWatcher::upgradeStarted, this, [this](int from, int to, int) {
        Q_EMIT milestone(trText("Upgrading the data from Postgres %1 to %2").arg(from).arg(to));
    });
    connect(m_watcher, &UpgradeLogWatcher::phaseChanged, this, [this](UpgradeLogWatcher::Phase phase) {
        m_estimate.enterPhase(estimatePhase(phase), m_lineTime.isValid() ? m_lineTime : m_run.now());
        Q_EMIT estimateChanged(m_estimate);
        if (phase == UpgradeLogWatcher::Phase::Optimising)
            Q_EMIT milestone(trText("Data converted; updating statistics and rebuilding indexes"));
        else if (phase == UpgradeLogWatcher::Phase::Starting)
            Q_EMIT milestone(trText("Upgrade complete; waiting for the final server start"));
        else if (phase == UpgradeLogWatcher::Phase::Done && !m_settled)
            oneShotDone();
    });
    connect(m_watcher, &UpgradeLogWatcher::noUpgradeNeeded, this, [this](int) {
        Q_EMIT milestone(trText("The data is already on Postgres %1; no upgrade needed").arg(m_run.options.target));
    });
    connect(m_watcher, &UpgradeLogWatcher::upgradeFinished, this, [this](const QString &version, int) {
        m_run.report.versionAfter = version;
        m_run.report.logExcerpt = m_watcher->lastLines();
    });
    connect(m_watcher, &UpgradeLogWatcher::ready, this, [this](int) {
        if (m_settled)
            return;
        Q_EMIT milestone(trText("The Postgres %1 server accepts connections").arg(m_run.options.target));
        settle({}, m_watcher->lastLines());
    });
    connect(m_watcher, &UpgradeLogWatcher::upgradeFailed, this,
            [this](const Text &reason, const QStringList &excerpt, int) {
                if (m_settled)
                    return;
                settle(Error{QStringLiteral("upgrade_failed"),
                             reason + u'\n' + trText("Last lines of the log:") + u'\n' + excerpt.join(u'\n')},
                       excerpt);
            });
}

void UpgradeStep::oneShotDone()
{
    // Done without a final server: PGAUTO_ONESHOT=yes ends the container once the upgrade has finished. That is the
    // success it asked for; the next step starts the final image.
    Q_EMIT milestone(trText("Upgrade complete; pgautoupgrade's one-shot mode ends its container, and the final image "
                            "starts next"));
    settle({}, m_watcher->lastLines());
}

void UpgradeStep::logEnded(const QString &container)
{
    // After the outcome the follower was stopped on purpose: its end says nothing.
    if (m_settled || m_watcher->done() || m_watcher->failed())
        return;
    if (isCancelled()) {
        m_settled = true;
        m_timeout->stop();
        const Error interrupted = cancelledError(
            trText("The upgrade was interrupted and its container stopped. pgautoupgrade may have left its data "
                   "half-converted: resume to let it try again, or roll back to restore the backup."));
        return run(m_run.docker->stop(m_run.target, {m_run.options.service}, this),
                   [this, interrupted](const ProcessResult &) { emitResult(interrupted); });
    }
    // The log ended before the upgrade did: the container exited. Its exit code completes the watcher's verdict.
    m_run.docker->inspectContainer(container, this, [this](const Expected<ContainerDetails> &details) {
        if (!m_settled && !m_watcher->done() && !m_watcher->failed())
            m_watcher->finish(details ? details->exitCode : -1);
    });
}

void UpgradeStep::settle(const Error &error, const QStringList &excerpt)
{
    m_settled = true;
    m_timeout->stop();
    m_run.report.logExcerpt = excerpt;
    if (m_follower && m_follower->isRunning())
        m_follower->cancel();
    // Stop the container either way: after a success it is restarted with the final image; after a failure it must
    // not keep restarting over half-converted data.
    run(m_run.docker->stop(m_run.target, {m_run.options.service}, this), [this, error](const ProcessResult &stopped) {
        if (!error.isNull())
            return emitResult(error);
        emitResult(stopped.ok() ? Error{} : stopped.error);
    });
}

} // namespace edm
