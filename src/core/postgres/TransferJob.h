// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/Credentials.h"
#include "core/job/Job.h"
#include "core/postgres/TransferProgress.h"

#include <QElapsedTimer>
#include <QPointer>

#include <functional>

namespace edm {

class DockerCli;
class ServerProbe;

/// A job that streams a dump through one `docker exec` (BackupWriter out of a container, Restorer into one): what
/// the two share. Its phases; the measured progress (progress() for every update, and transferProgress() with the
/// whole TransferStatus); the probe of the server; the stream's process, which cancel() stops; and the story of why
/// the stream stopped — cancelled, a local failure (disk full, an unreadable file), what the tool said, the container
/// dying under it (asked from docker, again for a few seconds after an abrupt end), or the tool's own failure — each
/// told in the subclass's words through the hooks below. A failure stops what runs, lets the subclass clean up
/// (discard()), logs the message, and ends with phase Failed.
class TransferJob : public Job
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::TransferJob)
    Q_DISABLE_COPY(TransferJob)

public:
    enum class Phase
    {
        Idle,
        StartingContainer, ///< a throwaway container: docker run, initdb, first start
        Preparing, ///< asking the server for its version, sizes, roles; checking the target
        Transferring, ///< the dump streams
        Verifying, ///< the stream ended; checking and committing what it produced
        Finished,
        Failed
    };
    Q_ENUM(Phase)

    ~TransferJob() override;

    Phase phase() const { return m_phase; }
    TransferStatus status() const { return m_progress.status(); }

Q_SIGNALS:
    void phaseChanged(edm::TransferJob::Phase phase);
    /// With every progress(): the whole status (rate, time left, elapsed).
    void transferProgress(const edm::TransferStatus &status);

protected:
    /// docker must outlive the job. kind names it in error codes: "backup" gives backup_cancelled,
    /// backup_container_died.
    TransferJob(DockerCli *docker, const QString &kind, QObject *parent);

    DockerCli *docker() const { return m_docker; }
    void setPhase(Phase phase);
    /// True before start(); otherwise warns (options are set before a job starts) and returns false.
    bool mayConfigure() const;

    /// Starts the job (Job::start()) and runs a local event loop until it has finished. For the command line and
    /// tests only: the GUI never waits.
    void startAndWait();

    /// The probe for container, made (again) when there is none for it yet; stopped when the job fails.
    ServerProbe *probeFor(const QString &container, const Credentials &credentials);
    ServerProbe *probe() const { return m_probe; }

    /// The stream begins: total bytes expected (0: unknown); progress is reported from here, about ten times a second.
    void beginTransfer(qint64 total);
    /// done: the running count of bytes transferred. force: report now, not only every tenth of a second.
    void updateProgress(qint64 done, bool force = false);
    /// The stream is complete: the status says done; reported at once.
    void finishTransfer();

    /// Runs the stream's process (not started yet) in container as the job's process: cancel() stops it, and its end
    /// goes through the hooks below (docker is asked about container when it ended abruptly). Its lines are not
    /// forwarded: the subclass connects what it wants.
    void runStream(ProcessRunner *runner, const QString &container);

    /// The work, once started (not when cancel() came first): check, probe, then runStream().
    virtual void begin() = 0;

    // How the stream ended, in the subclass's words.
    /// The stream's process ended (any way): take its counts. Called first.
    virtual void streamEnded(const ProcessResult &result);
    /// The message of <kind>_cancelled; transferring: cancelled while the stream ran (else before it started).
    virtual Text cancelledMessage(bool transferring) const = 0;
    /// The message of <kind>_container_died, before docker's account of it (exit code, last log lines).
    virtual Text containerDiedMessage() const = 0;
    /// Put before the tool's own error when it failed and the container runs (what became of the work). Default: none.
    virtual Text toolFailedNote() const;
    /// A failure on this side (a write, a read) that stopped or spoilt the stream; null if none.
    virtual Error localFailure() const;
    /// What the tool's own output says went wrong (psql's stop and line); null to ask docker about the container.
    virtual Error toolFailure(const ProcessResult &result) const;
    /// The stream ended well: verify, commit, then finish() (or fail()).
    virtual void streamSucceeded() = 0;

    /// Undoes what a failed job leaves (a partial file, a throwaway container), then calls done. Default: done().
    virtual void discard(std::function<void()> done);

    /// Ends with error: stops the process and the probe, discard(), logs the message, phase Failed. Only the first
    /// call counts.
    void fail(const Error &error);
    /// Ends with error (null: success) as it is, without discard(): phase Finished or Failed.
    void finish(const Error &error = {});

    /// While the stream runs: stops its process; otherwise fails soon with cancelledError(). Probe callbacks check
    /// isCancelled() and return.
    void doCancel() override;

private:
    void doStart() final;
    Error cancelledError() const;
    void onStreamEnded(const ProcessResult &result);
    void explainStop(const ProcessResult &result, int attempt, std::function<void(const Error &)> done);
    void reportProgress(bool force);

    QPointer<DockerCli> m_docker;
    QString m_kind;
    Phase m_phase = Phase::Idle;
    ServerProbe *m_probe = nullptr;
    TransferProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    QString m_container; ///< the stream's
    bool m_transferring = false; ///< the stream's process was started
    bool m_ending = false; ///< fail() runs (discard() may take a while)
};

/// A TransferJob with its options and its result: start(options) (or setOptions() and start()), result(), and
/// runToCompletion() for the command line and tests.
template<typename Options, typename Result> class TransferJobFor : public TransferJob
{
public:
    using Job::start;
    /// setOptions(options), then Job::start(): returns at once; finished() follows, also for errors found before the
    /// stream starts.
    void start(const Options &options)
    {
        setOptions(options);
        Job::start();
    }
    /// Before start() only.
    void setOptions(const Options &options)
    {
        if (mayConfigure())
            m_options = options;
    }
    const Options &options() const { return m_options; }
    /// Complete after finished() without an error; filled in as the job goes (the server's version once probed).
    const Result &result() const { return m_result; }

    /// Starts and runs a local event loop until finished(). For the command line and tests only.
    Expected<Result> runToCompletion(const Options &options)
    {
        setOptions(options);
        startAndWait();
        if (!error().isNull())
            return error();
        return m_result;
    }

protected:
    using TransferJob::TransferJob;

    Options m_options;
    Result m_result;
};

} // namespace edm
