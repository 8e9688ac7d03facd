// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/job/Job.h"

#include "core/docker/ProcessRunner.h"

#include <QCoreApplication>
#include <QTimer>

namespace edm {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

Error Job::cancelledError(const QString &message)
{
    return Error{QStringLiteral("cancelled"), message};
}

void Job::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    // Asynchronous, so that a caller connects to finished() after start() and still sees an immediate failure.
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Running)
            return;
        m_started = true;
        doStart();
    });
}

void Job::cancel()
{
    if (m_state != State::Running || m_cancelled)
        return;
    m_cancelled = true;
    doCancel();
}

void Job::doCancel()
{
    if (m_child && m_child->isRunning())
        m_child->cancel();
    if (m_process && m_process->isRunning())
        m_process->cancel();
    // Cancelled before the event loop ran doStart(): end at once. Otherwise a job waiting on something else (a
    // question, a query) sees isCancelled() at its next step and ends there.
    if (!m_started)
        emitResult(cancelledError(Text::translate("edm::Job", "Stopped, as asked.")));
}

void Job::emitResult(const Error &error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    if (m_process && m_process->isRunning())
        m_process->cancel();
    if (m_child && m_child->isRunning())
        m_child->cancel();
    // A receiver of finished() may delete the job.
    const QPointer<Job> self(this);
    Q_EMIT finished(m_error);
    if (self && m_autoDelete)
        deleteLater();
}

void Job::emitProgress(qint64 done, qint64 total, const QString &text)
{
    if (m_state != State::Finished)
        Q_EMIT progress(done, total, text);
}

void Job::log(const QString &line)
{
    if (m_state != State::Finished)
        Q_EMIT logLine(line);
}

bool Job::hasRunningChild() const
{
    return (m_process && m_process->isRunning()) || (m_child && m_child->isRunning());
}

ProcessRunner *Job::currentProcess() const
{
    return m_process;
}

void Job::run(ProcessRunner *runner, std::function<void(const ProcessResult &)> done, bool forwardLines)
{
    // A job that has ended starts nothing more (a late answer of something it waited for may still arrive).
    if (m_state != State::Running) {
        runner->deleteLater();
        return;
    }
    // Owned by the job until it ends: a job destroyed under it takes it along (and its child process).
    if (!runner->parent())
        runner->setParent(this);
    m_process = runner;
    if (forwardLines) {
        connect(runner, &ProcessRunner::standardOutputLine, this, &Job::log);
        connect(runner, &ProcessRunner::standardErrorLine, this, &Job::log);
    }
    connect(runner, &ProcessRunner::finished, this, [this, runner, done = std::move(done)](const ProcessResult &r) {
        runner->deleteLater();
        if (m_process == runner)
            m_process = nullptr;
        if (m_state != State::Running)
            return;
        done(r);
    });
    runner->start();
}

void Job::runJob(Job *child, std::function<void(const Error &)> done)
{
    if (m_state != State::Running) {
        child->deleteLater();
        return;
    }
    if (!child->parent())
        child->setParent(this);
    m_child = child;
    connect(child, &Job::progress, this, &Job::emitProgress);
    connect(child, &Job::logLine, this, &Job::log);
    connect(child, &Job::finished, this, [this, child, done = std::move(done)](const Error &error) {
        child->deleteLater();
        if (m_child == child)
            m_child = nullptr;
        if (m_state != State::Running)
            return;
        done(error);
    });
    child->start();
    if (m_cancelled)
        child->cancel();
}

} // namespace edm
