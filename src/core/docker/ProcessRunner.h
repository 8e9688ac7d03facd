// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Redactor.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QFile;
class QIODevice;
class QTimer;

namespace edm {

struct ProcessResult;

/// What to run and how: the program and its arguments (a list, never a shell string), its environment, where its
/// output goes, what feeds its input, and its limits.
struct ProcessSpec
{
    enum class Output
    {
        Lines, ///< standard output as complete lines (standardOutputLine)
        Raw ///< standard output as bytes, as they arrive (standardOutputData, and outputDevice if set); for dumps
    };

    QString program; ///< a name looked up on the PATH of environment, or a path
    QStringList arguments;
    QString workingDirectory; ///< empty: the current one
    /// The child's whole environment. Secrets go here (never into arguments) and into redactor.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString displayName; ///< how messages name the program ("docker"); empty: the program's file name

    Output output = Output::Lines;
    QIODevice *outputDevice = nullptr; ///< Raw: each chunk is also written here (not owned, must stay open)
    bool mergeChannels = false; ///< standard error arrives interleaved with standard output, as output lines
    /// Keep up to this many bytes of standard output in ProcessResult::standardOutput (for small answers to parse,
    /// such as `docker inspect`). 0: keep nothing.
    qsizetype captureLimit = 0;

    QString stdinFile; ///< streamed to the child's standard input in chunks, then closed; for restores
    QByteArray stdinData; ///< written to standard input, then closed (when stdinFile is empty)
    bool keepStdinOpen = false; ///< with neither stdinFile nor stdinData: leave standard input open (default: close)

    int timeoutMs = 0; ///< 0: no limit
    int terminateGraceMs = 5000; ///< cancel and timeout: how long after SIGTERM before SIGKILL

    /// Every line emitted, every captured byte of output and every error message passes through it.
    Redactor redactor;

    /// Refines the error of a failed run (DockerCli turns "exit code 1" and stderr into "the daemon is down").
    /// Called with the result whose error is already set; returns a null Error to keep that one.
    std::function<Error(const ProcessResult &)> interpretError;
};

/// How a run ended. error is null exactly when outcome is Success.
struct ProcessResult
{
    enum class Outcome
    {
        Success,
        NotFound, ///< the program is not on PATH, or the path does not exist
        FailedToStart, ///< it exists but could not be started (not executable, …), or the input file is unreadable
        Crashed, ///< killed by a signal it did not ask for
        ExitCode, ///< exited with a non-zero code
        Timeout, ///< ran longer than timeoutMs and was stopped
        Cancelled, ///< cancel() was called
        WriteFailed ///< Raw: writing to outputDevice failed (disk full); the child was stopped
    };

    Outcome outcome = Outcome::Success;
    int exitCode = -1; ///< ExitCode and Success: the code; Crashed: the signal number when known
    QString program; ///< the resolved path that ran (empty for NotFound)
    QStringList lastErrorLines; ///< the last lines of standard error (or of the merged output), redacted, no colours
    QStringList lastOutputLines; ///< Lines mode: the last lines of standard output, redacted, no colours
    QByteArray standardOutput; ///< the first captureLimit bytes of standard output, redacted
    bool outputTruncated = false; ///< standard output was longer than captureLimit
    qint64 bytesRead = 0; ///< standard output bytes received
    qint64 bytesWritten = 0; ///< standard input bytes written
    qint64 elapsedMs = 0;
    Error error;

    bool ok() const { return outcome == Outcome::Success; }
    static QString outcomeCode(Outcome outcome); ///< "process_timeout", …; empty for Success
};

/// Runs one external program without blocking: owns its QProcess, hands standard output and error over as complete
/// lines as they arrive (partial lines are buffered across reads, CRLF is folded, ANSI colour codes are kept and can
/// be removed with stripAnsi()), or standard output as raw bytes for dumps (never held whole in memory); streams a
/// file into standard input; stops the child on cancel() or timeout (SIGTERM, a grace period, SIGKILL); and ends
/// with one finished() carrying a typed, translated, redacted result.
///
/// A runner runs once. Create it through ProcessRunnerFactory so that tests can substitute their own.
class ProcessRunner : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::ProcessRunner)
    Q_DISABLE_COPY(ProcessRunner)

public:
    enum class Channel
    {
        StandardOutput,
        StandardError
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    explicit ProcessRunner(ProcessSpec spec, QObject *parent = nullptr);
    ~ProcessRunner() override;

    const ProcessSpec &spec() const { return m_spec; }
    void setSpec(ProcessSpec spec); ///< before start()

    /// Starts the program; returns at once. Every outcome, failing to start included, arrives as finished(),
    /// never before the caller is back in the event loop.
    virtual void start();
    /// Stops the child: SIGTERM, then SIGKILL after the grace period. finished() follows with Cancelled.
    virtual void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    /// The result once finished().
    const ProcessResult &result() const { return m_result; }
    /// The command line for display: the program and its arguments, quoted where needed, redacted.
    QString commandLine() const;

    /// Starts (if not yet started) and runs a local event loop until finished(). For the command line and tests
    /// only: the GUI never waits.
    ProcessResult runToCompletion();

    /// Removes ANSI escape sequences (colours, cursor movement).
    static QString stripAnsi(const QString &text);
    /// The absolute path of program: as given when it contains a '/', else looked up in the PATH of environment
    /// (or the system's PATH when environment has none). Empty when not found.
    static QString resolveProgram(const QString &program, const QProcessEnvironment &environment);
    /// Quotes one argument for display like a POSIX shell would need it.
    static QString quoteArgument(const QString &argument);

    /// The most lines kept for ProcessResult::lastErrorLines.
    static constexpr int LastLines = 20;
    /// A line longer than this is handed over in pieces of this size (a child printing without newlines cannot
    /// make the runner grow without bound).
    static constexpr qsizetype MaxLineLength = 1024 * 1024;

Q_SIGNALS:
    void started();
    /// A complete line of standard output (or of both channels when merged), without its newline and CR, redacted.
    void standardOutputLine(const QString &line);
    /// A complete line of standard error, without its newline and CR, redacted.
    void standardErrorLine(const QString &line);
    /// Raw mode: the next bytes of standard output, as they arrived.
    void standardOutputData(const QByteArray &data);
    /// Bytes of stdinFile/stdinData written to the child so far, of total.
    void inputProgress(qint64 written, qint64 total);
    void finished(const edm::ProcessResult &result);

protected:
    /// For subclasses (test doubles) that produce output themselves: splits, redacts and emits as the QProcess path
    /// does.
    void deliver(Channel channel, QByteArrayView bytes);
    /// For subclasses: flushes partial lines, builds the error message for the outcome, lets interpretError refine
    /// it, and emits finished(). exitCode as in ProcessResult.
    void complete(ProcessResult::Outcome outcome, int exitCode = -1, const QString &detail = {});
    void markStarted();

private:
    enum class State
    {
        Idle,
        Running,
        Finished
    };

    struct LineBuffer
    {
        QByteArray pending;
    };

    void startProcess();
    void onReadyReadStandardOutput();
    void handleStandardOutput(const QByteArray &data);
    void onReadyReadStandardError();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onBytesWritten(qint64 bytes);
    void feedInput();
    void stopChild(ProcessResult::Outcome reason);
    void emitLine(Channel channel, QByteArrayView line);
    void flushPartialLines();
    static void remember(QStringList &lines, const QString &line);
    Text describe(ProcessResult::Outcome outcome, int exitCode, const QString &detail) const;
    QString name() const;

    ProcessSpec m_spec;
    State m_state = State::Idle;
    QPointer<QProcess> m_process;
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_killTimer = nullptr;
    std::unique_ptr<QFile> m_input;
    qint64 m_inputTotal = 0;
    qsizetype m_inputDataOffset = 0;
    bool m_inputDone = false;
    ProcessResult::Outcome m_stopReason = ProcessResult::Outcome::Success; ///< Cancelled/Timeout/WriteFailed
    QString m_stopDetail;
    QString m_resolvedProgram;
    LineBuffer m_out;
    LineBuffer m_err;
    QStringList m_lastLines;
    QStringList m_lastOutputLines;
    ProcessResult m_result;
    QElapsedTimer m_clock;
    class StreamPipe;
    std::unique_ptr<StreamPipe> m_stream; ///< raw output on Linux: the child's stdout, read in large pieces
};

} // namespace edm

Q_DECLARE_METATYPE(edm::ProcessResult)
