// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/TransferJob.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ProcessRunner.h"
#include "core/postgres/ServerProbe.h"

#include <QEventLoop>
#include <QTimer>

namespace edm {

namespace {

constexpr qint64 ProgressIntervalMs = 100;
/// After an abrupt end (docker exec's 137, a signal) the engine may still call the container running for a moment:
/// ask again this many times, every ExplainRetryMs.
constexpr int ExplainAttempts = 6;
constexpr int ExplainRetryMs = 500;

} // namespace

TransferJob::TransferJob(DockerCli *docker, const QString &kind, QObject *parent)
    : Job(parent)
    , m_docker(docker)
    , m_kind(kind)
{
    m_clock.start();
}

TransferJob::~TransferJob()
{
    if (ProcessRunner *runner = currentProcess()) {
        runner->disconnect(this);
        runner->cancel();
    }
}

void TransferJob::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

bool TransferJob::mayConfigure() const
{
    if (!isRunning() && !isFinished())
        return true;
    qWarning("%s: options are set before the job starts", metaObject()->className());
    return false;
}

void TransferJob::doStart()
{
    if (isCancelled())
        return; // cancel() came first and reports it
    begin();
}

void TransferJob::startAndWait()
{
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    start();
    if (isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

ServerProbe *TransferJob::probeFor(const QString &container, const Credentials &credentials)
{
    if (!m_probe || m_probe->container() != container) {
        delete m_probe;
        m_probe = new ServerProbe(m_docker, container, credentials, this);
    }
    return m_probe;
}

void TransferJob::beginTransfer(qint64 total)
{
    m_progress.start(m_clock.elapsed(), total);
    m_lastProgressMs = -1;
    updateProgress(0, true);
}

void TransferJob::updateProgress(qint64 done, bool force)
{
    m_progress.update(done, m_clock.elapsed());
    reportProgress(force);
}

void TransferJob::finishTransfer()
{
    m_progress.finish();
    reportProgress(true);
}

void TransferJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    const TransferStatus status = m_progress.status();
    Q_EMIT transferProgress(status);
    emitProgress(status.bytes, status.total, status.describe());
}

void TransferJob::runStream(ProcessRunner *runner, const QString &container)
{
    m_container = container;
    m_transferring = true;
    run(
        runner, [this](const ProcessResult &result) { onStreamEnded(result); }, false);
}

void TransferJob::streamEnded(const ProcessResult &) { }

Text TransferJob::toolFailedNote() const
{
    return {};
}

Error TransferJob::localFailure() const
{
    return {};
}

Error TransferJob::toolFailure(const ProcessResult &) const
{
    return {};
}

void TransferJob::discard(std::function<void()> done)
{
    done();
}

void TransferJob::onStreamEnded(const ProcessResult &result)
{
    if (m_ending)
        return; // a failure stopped it, and reports
    streamEnded(result);
    reportProgress(true);
    if (isCancelled())
        return fail(cancelledError());
    if (const Error local = localFailure(); !local.isNull())
        return fail(local);
    if (result.ok())
        return streamSucceeded();
    if (const Error tool = toolFailure(result); !tool.isNull())
        return fail(tool);
    // Did the container die under the stream? Then say so, with its exit code and last log lines.
    const Error runError = result.error;
    explainStop(result, 0, [this, runError](const Error &why) {
        if (!why.isNull()) {
            return fail(
                Error(m_kind + QStringLiteral("_container_died"), containerDiedMessage() + u'\n' + why.message));
        }
        Error error = runError;
        if (const Text note = toolFailedNote(); !note.isEmpty())
            error.message = note + u'\n' + error.message;
        fail(error);
    });
}

Error TransferJob::cancelledError() const
{
    return Error(m_kind + QStringLiteral("_cancelled"), cancelledMessage(m_transferring));
}

void TransferJob::explainStop(const ProcessResult &result, int attempt, std::function<void(const Error &)> done)
{
    // docker exec ends with 137 when the container is killed under it.
    const bool abrupt = result.outcome == ProcessResult::Outcome::Crashed ||
        (result.outcome == ProcessResult::Outcome::ExitCode && result.exitCode >= 125);
    m_docker->explainContainer(m_container, this, [this, result, attempt, abrupt, done](const Error &why) {
        if (!why.isNull() || !abrupt || attempt >= ExplainAttempts)
            return done(why);
        QTimer::singleShot(ExplainRetryMs, this,
                           [this, result, attempt, done] { explainStop(result, attempt + 1, done); });
    });
}

void TransferJob::fail(const Error &error)
{
    if (m_ending || !isRunning())
        return;
    m_ending = true;
    if (ProcessRunner *runner = currentProcess(); runner && runner->isRunning())
        runner->cancel();
    if (m_probe)
        m_probe->cancel();
    log(error.message);
    discard([this, error] { finish(error); });
}

void TransferJob::finish(const Error &error)
{
    if (!isRunning())
        return;
    setPhase(error.isNull() ? Phase::Finished : Phase::Failed);
    emitResult(error);
}

void TransferJob::doCancel()
{
    if (ProcessRunner *runner = currentProcess(); runner && runner->isRunning() && m_transferring) {
        Job::doCancel(); // the stream's end reports it
        return;
    }
    QTimer::singleShot(0, this, [this] { fail(cancelledError()); });
}

} // namespace edm
