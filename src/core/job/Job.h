// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace edm {

class ProcessRunner;
struct ProcessResult;

/// Long work as one small object, in the manner of KDE Ark's Kerfuffle jobs: start() it, cancel() it, watch
/// progress() and logLine(), and receive exactly one finished(Error) — null on success — whatever happens: success,
/// failure, cancel, a child process that crashes. A job runs once.
///
/// Subclasses implement doStart() and end with emitResult(). Child processes and child jobs started through run()
/// and runJob() are tracked: cancel() stops them, their lines and progress are forwarded, and a result that arrives
/// after the job finished is dropped.
class Job : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    /// Starts the work (asynchronously: nothing is emitted before start() returns). A second call does nothing.
    void start();
    /// Asks the job to stop as safely as it can; finished() follows with an error (code "cancelled" unless the job
    /// says better what state it stopped in). Does nothing when the job is not running.
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool isCancelled() const { return m_cancelled; }
    /// The result once finished (null on success).
    const Error &error() const { return m_error; }

    /// When set, finished() also deletes the job (deleteLater), as Kerfuffle's auto-delete.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    static Error cancelledError(const QString &message);

Q_SIGNALS:
    /// done/total in the job's unit (bytes for transfers); total 0 when unknown; text: rate and time left, or empty.
    void progress(qint64 done, qint64 total, const QString &text);
    /// A line for the log view (already redacted by whoever produced it).
    void logLine(const QString &line);
    /// Emitted exactly once per started job.
    void finished(const edm::Error &error);

protected:
    virtual void doStart() = 0;
    /// Called by cancel() while running. The default stops the tracked process and child job; a job with more to
    /// undo overrides it (and may call the default).
    virtual void doCancel();

    /// Ends the job with this result. Only the first call counts; later ones are ignored.
    void emitResult(const Error &error = {});
    /// Emits progress() (nothing once the job has finished).
    void emitProgress(qint64 done, qint64 total, const QString &text = {});
    /// Emits logLine() (nothing once the job has finished).
    void log(const QString &line);

    /// Runs a not yet started process as this job's current child: its output lines go to logLine() (unless
    /// forwardLines is false), cancel() stops it, and done runs with its result unless the job has finished
    /// meanwhile. The runner is deleted afterwards (and with the job, when it has no parent).
    void run(ProcessRunner *runner, std::function<void(const ProcessResult &)> done, bool forwardLines = true);
    /// Runs a child job: its progress and lines are forwarded, cancel() cancels it, and done runs with its result
    /// unless this job has finished meanwhile. The child is deleted afterwards (and with this job, when it has no
    /// parent).
    void runJob(Job *child, std::function<void(const Error &)> done);

    /// Out of line: a job that runs no process need not include ProcessRunner.h.
    ProcessRunner *currentProcess() const;
    /// A process or child job started through run() or runJob() is still running.
    bool hasRunningChild() const;

private:
    enum class State
    {
        Idle,
        Running,
        Finished
    };

    State m_state = State::Idle;
    bool m_started = false; ///< doStart() ran
    bool m_cancelled = false;
    bool m_autoDelete = false;
    Error m_error;
    QPointer<ProcessRunner> m_process;
    QPointer<Job> m_child;
};

} // namespace edm
