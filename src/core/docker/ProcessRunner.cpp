// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/ProcessRunner.h"
#include "core/ErrorCodes.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace edm {

namespace {

constexpr qint64 InputChunk = 64 * 1024;

} // namespace

QString ProcessResult::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return {};
    case Outcome::NotFound:
        return ErrorCode::ProcessNotFound;
    case Outcome::FailedToStart:
        return ErrorCode::ProcessFailedToStart;
    case Outcome::Crashed:
        return ErrorCode::ProcessCrashed;
    case Outcome::ExitCode:
        return ErrorCode::ProcessExitCode;
    case Outcome::Timeout:
        return ErrorCode::ProcessTimeout;
    case Outcome::Cancelled:
        return ErrorCode::ProcessCancelled;
    case Outcome::WriteFailed:
        return ErrorCode::ProcessWriteFailed;
    }
    return {};
}

/// A raw stream (a dump of a gigabyte) through QProcess's pipe costs more in wake-ups than in copying: the pipe holds
/// 64 KiB, QProcess reads whatever one write of the child brought (a docker client writes about 11 KB at a time), and
/// every read is a poll, an ioctl and a read. On Linux the child's stdout is instead a pipe of this runner's own,
/// 1 MiB large; after a small read it waits 5 ms before reading again, so that each read takes what came meanwhile.
class ProcessRunner::StreamPipe
{
public:
    StreamPipe() = default;
    StreamPipe(const StreamPipe &) = delete;
    StreamPipe &operator=(const StreamPipe &) = delete;
    ~StreamPipe()
    {
        closeWriteEnd();
        stop();
    }

#ifdef Q_OS_LINUX
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        m_read = fds[0];
        m_write = fds[1];
        ::fcntl(m_read, F_SETFL, ::fcntl(m_read, F_GETFL) | O_NONBLOCK); // the child's end stays blocking
        ::fcntl(m_read, F_SETPIPE_SZ, PipeSize); // may be refused (a lower limit): the default still works
        return true;
    }
    int writeEnd() const
    {
        return m_write;
    }
#endif
    /// After the fork: only the child keeps the write end, so that its exit ends the stream.
    void closeWriteEnd()
    {
        if (m_write >= 0)
            ::close(m_write);
        m_write = -1;
    }
    /// Reads as data arrives and hands it to deliver; context owns the notifier and the timer.
    void watch(QObject *context, std::function<void(const QByteArray &)> deliver)
    {
        m_deliver = std::move(deliver);
        m_notifier = new QSocketNotifier(m_read, QSocketNotifier::Read, context);
        QObject::connect(m_notifier, &QSocketNotifier::activated, context, [this, context] {
            if (readAvailable(false) < BatchBytes && m_read >= 0 && m_notifier) {
                m_notifier->setEnabled(false);
                QTimer::singleShot(BatchDelayMs, context, [this] {
                    if (m_notifier && m_read >= 0)
                        m_notifier->setEnabled(true);
                });
            }
        });
    }
    /// The child has exited: what is left in the pipe, then the end of the stream.
    void drain()
    {
        readAvailable(true);
        stop();
    }
    void stop()
    {
        // Possibly from inside the notifier's own signal: it goes once control is back in the event loop.
        if (m_notifier) {
            m_notifier->setEnabled(false);
            m_notifier->deleteLater();
        }
        m_notifier = nullptr;
        if (m_read >= 0)
            ::close(m_read);
        m_read = -1;
    }

private:
    static constexpr int PipeSize = 1 << 20;
    static constexpr qsizetype BatchBytes = 256 * 1024;
    static constexpr int BatchDelayMs = 5; // a docker client brings about 40 MB/s: some 200 KB a wait

    /// Reads what the pipe holds (until it is empty or closed, when untilEmpty; else one read: the notifier is
    /// level-triggered and comes back for the rest); returns how many bytes came.
    qsizetype readAvailable(bool untilEmpty)
    {
        qsizetype total = 0;
        if (m_buffer.isEmpty())
            m_buffer.resize(PipeSize);
        while (m_read >= 0) {
            const ssize_t n = ::read(m_read, m_buffer.data(), size_t(m_buffer.size()));
            if (n > 0) {
                total += n;
                m_deliver(QByteArray(m_buffer.constData(), qsizetype(n)));
                if (untilEmpty || n == m_buffer.size())
                    continue;
                break;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0) // every writer closed it: the end of the stream
                stop();
            break; // EAGAIN: empty for now
        }
        return total;
    }

    int m_read = -1;
    int m_write = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer; ///< one read's worth, reused
    std::function<void(const QByteArray &)> m_deliver;
};

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
}

ProcessRunner::ProcessRunner(ProcessSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
}

ProcessRunner::~ProcessRunner()
{
    // Destroyed while the child runs: the child is abandoned. QProcess's destructor kills it and reaps it; no signal
    // of it may reach this half-destroyed runner.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

void ProcessRunner::setSpec(ProcessSpec spec)
{
    if (m_state != State::Idle) {
        qWarning("ProcessRunner::setSpec: the runner has already started");
        return;
    }
    m_spec = std::move(spec);
}

QString ProcessRunner::name() const
{
    if (!m_spec.displayName.isEmpty())
        return m_spec.displayName;
    return QFileInfo(m_spec.program).fileName();
}

void ProcessRunner::start()
{
    if (m_state != State::Idle) {
        qWarning("ProcessRunner::start: a runner runs once");
        return;
    }
    m_state = State::Running;
    m_clock.start();
    m_resolvedProgram = resolveProgram(m_spec.program, m_spec.environment);
    if (m_resolvedProgram.isEmpty()) {
        QTimer::singleShot(0, this, [this] { complete(ProcessResult::Outcome::NotFound); });
        return;
    }
    if (!m_spec.stdinFile.isEmpty()) {
        m_input = std::make_unique<QFile>(m_spec.stdinFile);
        if (!m_input->open(QIODevice::ReadOnly)) {
            const Text detail = trText("cannot read the input file %1: %2")
                                    .arg(QDir::toNativeSeparators(m_spec.stdinFile), m_input->errorString());
            QTimer::singleShot(0, this,
                               [this, detail] { complete(ProcessResult::Outcome::FailedToStart, -1, detail); });
            return;
        }
        m_inputTotal = m_input->size();
    } else {
        m_inputTotal = m_spec.stdinData.size();
    }
    startProcess();
}

void ProcessRunner::startProcess()
{
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_resolvedProgram);
    process->setArguments(m_spec.arguments);
    if (!m_spec.workingDirectory.isEmpty())
        process->setWorkingDirectory(m_spec.workingDirectory);
    process->setProcessEnvironment(m_spec.environment);
    process->setProcessChannelMode(m_spec.mergeChannels ? QProcess::MergedChannels : QProcess::SeparateChannels);
    const bool hasInput = m_input || !m_spec.stdinData.isEmpty();
    if (!hasInput && !m_spec.keepStdinOpen)
        process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    if (m_spec.output == ProcessSpec::Output::Raw && !m_spec.mergeChannels) {
        auto stream = std::make_unique<StreamPipe>();
        if (stream->open()) {
            const int writeEnd = stream->writeEnd();
            // In the child, after QProcess has set up its channels: stdout is this pipe's write end.
            process->setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
            m_stream = std::move(stream);
        }
    }
#endif

    connect(process, &QProcess::started, this, [this] {
        markStarted();
        feedInput();
    });
    connect(process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::onReadyReadStandardOutput);
    connect(process, &QProcess::readyReadStandardError, this, &ProcessRunner::onReadyReadStandardError);
    connect(process, &QProcess::errorOccurred, this, &ProcessRunner::onErrorOccurred);
    connect(process, &QProcess::finished, this, &ProcessRunner::onFinished);
    connect(process, &QProcess::bytesWritten, this, &ProcessRunner::onBytesWritten);

    if (m_spec.timeoutMs > 0) {
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setSingleShot(true);
        connect(m_timeoutTimer, &QTimer::timeout, this, [this] { stopChild(ProcessResult::Outcome::Timeout); });
        m_timeoutTimer->start(m_spec.timeoutMs);
    }
    process->start(QIODevice::ReadWrite);
    if (m_stream) {
        m_stream->closeWriteEnd();
        m_stream->watch(this, [this](const QByteArray &data) { handleStandardOutput(data); });
    }
}

void ProcessRunner::markStarted()
{
    Q_EMIT started();
}

void ProcessRunner::feedInput()
{
    if (!m_process || m_inputDone || m_process->state() != QProcess::Running)
        return;
    if (!m_input && m_spec.stdinData.isEmpty()) {
        m_inputDone = true;
        if (!m_spec.keepStdinOpen)
            m_process->closeWriteChannel();
        return;
    }
    // Keep at most one chunk queued in QProcess: the file is never read into memory whole.
    while (m_process->bytesToWrite() < InputChunk) {
        QByteArray chunk;
        if (m_input) {
            chunk = m_input->read(InputChunk);
            if (chunk.isEmpty() && !m_input->atEnd()) {
                m_stopDetail = trText("reading the input file %1 failed: %2")
                                   .arg(QDir::toNativeSeparators(m_spec.stdinFile), m_input->errorString());
                m_inputDone = true;
                stopChild(ProcessResult::Outcome::WriteFailed);
                return;
            }
        } else {
            chunk = m_spec.stdinData.mid(m_inputDataOffset, InputChunk);
            m_inputDataOffset += chunk.size();
        }
        if (chunk.isEmpty()) {
            m_inputDone = true;
            m_input.reset();
            m_process->closeWriteChannel(); // after what is queued has been written
            return;
        }
        m_process->write(chunk);
    }
}

void ProcessRunner::onBytesWritten(qint64 bytes)
{
    m_result.bytesWritten += bytes; // what reached the child's pipe
    Q_EMIT inputProgress(m_result.bytesWritten, m_inputTotal);
    feedInput();
}

void ProcessRunner::onReadyReadStandardOutput()
{
    if (!m_process)
        return;
    const QByteArray data = m_process->readAllStandardOutput();
    if (!data.isEmpty())
        handleStandardOutput(data);
}

void ProcessRunner::handleStandardOutput(const QByteArray &data)
{
    m_result.bytesRead += data.size();
    if (m_spec.captureLimit > 0) {
        const qsizetype room = m_spec.captureLimit - m_result.standardOutput.size();
        if (room > 0)
            m_result.standardOutput.append(data.left(room));
        if (data.size() > room)
            m_result.outputTruncated = true;
    }
    if (m_spec.output == ProcessSpec::Output::Raw) {
        if (m_spec.outputDevice && m_stopReason == ProcessResult::Outcome::Success) {
            if (m_spec.outputDevice->write(data) != data.size()) {
                m_stopDetail = trText("writing its output failed: %1. Check the free space and the permissions where "
                                      "the output goes")
                                   .arg(m_spec.outputDevice->errorString());
                stopChild(ProcessResult::Outcome::WriteFailed);
                return;
            }
        }
        Q_EMIT standardOutputData(data);
        return;
    }
    deliver(Channel::StandardOutput, data);
}

void ProcessRunner::onReadyReadStandardError()
{
    if (!m_process || m_spec.mergeChannels)
        return;
    const QByteArray data = m_process->readAllStandardError();
    if (!data.isEmpty())
        deliver(Channel::StandardError, data);
}

void ProcessRunner::deliver(Channel channel, QByteArrayView bytes)
{
    LineBuffer &buffer = channel == Channel::StandardOutput ? m_out : m_err;
    buffer.pending.append(bytes.data(), bytes.size());
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = buffer.pending.indexOf('\n', start);
        if (newline < 0)
            break;
        emitLine(channel, QByteArrayView(buffer.pending).sliced(start, newline - start));
        start = newline + 1;
    }
    // A line without end grows only up to MaxLineLength; then it is handed over in pieces.
    while (buffer.pending.size() - start >= MaxLineLength) {
        emitLine(channel, QByteArrayView(buffer.pending).sliced(start, MaxLineLength));
        start += MaxLineLength;
    }
    if (start > 0)
        buffer.pending.remove(0, start);
}

void ProcessRunner::emitLine(Channel channel, QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = m_spec.redactor.redact(QString::fromUtf8(line));
    const bool mergedOutput = m_spec.mergeChannels && channel == Channel::StandardOutput;
    if (channel == Channel::StandardError || mergedOutput)
        remember(m_lastLines, stripAnsi(text));
    if (channel == Channel::StandardOutput)
        remember(m_lastOutputLines, stripAnsi(text));
    if (channel == Channel::StandardOutput)
        Q_EMIT standardOutputLine(text);
    else
        Q_EMIT standardErrorLine(text);
}

void ProcessRunner::flushPartialLines()
{
    if (!m_out.pending.isEmpty()) {
        const QByteArray rest = std::exchange(m_out.pending, {});
        emitLine(Channel::StandardOutput, rest);
    }
    if (!m_err.pending.isEmpty()) {
        const QByteArray rest = std::exchange(m_err.pending, {});
        emitLine(Channel::StandardError, rest);
    }
}

void ProcessRunner::remember(QStringList &lines, const QString &line)
{
    if (line.trimmed().isEmpty())
        return;
    lines.append(line);
    if (lines.size() > LastLines)
        lines.removeFirst();
}

void ProcessRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        // Queued: QProcess may report this from inside start(), before the caller is back in the event loop.
        const QString detail = m_process ? m_process->errorString() : QString();
        QTimer::singleShot(0, this, [this, detail] { complete(ProcessResult::Outcome::FailedToStart, -1, detail); });
    }
    // Crashed is followed by finished(); read and write errors (a child that closed its input early) are not
    // failures of their own: the exit status says what happened.
}

void ProcessRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stream)
        m_stream->drain();
    onReadyReadStandardOutput();
    onReadyReadStandardError();
    if (m_stopReason != ProcessResult::Outcome::Success)
        complete(m_stopReason, exitCode, m_stopDetail);
    else if (status == QProcess::CrashExit)
        complete(ProcessResult::Outcome::Crashed, exitCode);
    else if (exitCode != 0)
        complete(ProcessResult::Outcome::ExitCode, exitCode);
    else
        complete(ProcessResult::Outcome::Success, 0);
}

void ProcessRunner::cancel()
{
    if (m_state == State::Idle) {
        m_state = State::Running;
        m_clock.start();
        QTimer::singleShot(0, this, [this] { complete(ProcessResult::Outcome::Cancelled); });
        return;
    }
    stopChild(ProcessResult::Outcome::Cancelled);
}

void ProcessRunner::stopChild(ProcessResult::Outcome reason)
{
    if (m_state != State::Running || !m_process || m_stopReason != ProcessResult::Outcome::Success)
        return;
    m_stopReason = reason;
    if (m_timeoutTimer)
        m_timeoutTimer->stop();
    if (m_process->state() == QProcess::NotRunning)
        return; // finished() or errorOccurred() is on its way
    m_process->terminate();
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->kill();
    });
    m_killTimer->start(qMax(0, m_spec.terminateGraceMs));
}

void ProcessRunner::complete(ProcessResult::Outcome outcome, int exitCode, const QString &detail)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    if (m_timeoutTimer)
        m_timeoutTimer->stop();
    if (m_killTimer)
        m_killTimer->stop();
    flushPartialLines();

    m_result.outcome = outcome;
    m_result.exitCode = exitCode;
    m_result.program = m_resolvedProgram;
    m_result.lastErrorLines = m_lastLines;
    m_result.lastOutputLines = m_lastOutputLines;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!m_spec.redactor.isEmpty() && !m_result.standardOutput.isEmpty())
        m_result.standardOutput = m_spec.redactor.redact(m_result.standardOutput);
    if (outcome != ProcessResult::Outcome::Success) {
        m_result.error =
            Error(ProcessResult::outcomeCode(outcome), m_spec.redactor.redactText(describe(outcome, exitCode, detail)));
        if (m_spec.interpretError) {
            Error refined = m_spec.interpretError(m_result);
            if (!refined.isNull()) {
                refined.message = m_spec.redactor.redactText(refined.message);
                m_result.error = std::move(refined);
            }
        }
    }
    Q_EMIT finished(m_result);
}

Text ProcessRunner::describe(ProcessResult::Outcome outcome, int exitCode, const QString &detail) const
{
    const QString program = name();
    const QString lines = m_lastLines.isEmpty() ? QString() : u'\n' + m_lastLines.join(u'\n');
    switch (outcome) {
    case ProcessResult::Outcome::Success:
        return {};
    case ProcessResult::Outcome::NotFound:
        if (m_spec.program.contains(u'/'))
            return trText("The program %1 does not exist. Check the path, or install it.")
                .arg(QDir::toNativeSeparators(m_spec.program));
        return trText("The program \"%1\" was not found on PATH. Install it, or give the full path to it.")
            .arg(program);
    case ProcessResult::Outcome::FailedToStart:
        return trText("\"%1\" could not be started: %2. Check that it is a program and that you may run it.")
            .arg(program, detail);
    case ProcessResult::Outcome::Crashed:
        if (exitCode > 0)
            return trText("\"%1\" crashed (signal %2).").arg(program).arg(exitCode) + lines;
        return trText("\"%1\" crashed.").arg(program) + lines;
    case ProcessResult::Outcome::ExitCode:
        return trText("\"%1\" failed with exit code %2.").arg(program).arg(exitCode) + lines;
    case ProcessResult::Outcome::Timeout: {
        const int seconds = (m_spec.timeoutMs + 999) / 1000;
        return trText("\"%1\" did not finish within %n second(s) and was stopped.", nullptr, seconds).arg(program) +
            lines;
    }
    case ProcessResult::Outcome::Cancelled:
        return trText("\"%1\" was cancelled.").arg(program);
    case ProcessResult::Outcome::WriteFailed:
        return trText("\"%1\" was stopped: %2.").arg(program, detail);
    }
    return {};
}

QString ProcessRunner::commandLine() const
{
    QStringList parts{quoteArgument(m_resolvedProgram.isEmpty() ? m_spec.program : m_resolvedProgram)};
    for (const QString &argument : m_spec.arguments)
        parts.append(quoteArgument(argument));
    return m_spec.redactor.redact(parts.join(u' '));
}

ProcessResult ProcessRunner::runToCompletion()
{
    if (m_state == State::Finished)
        return m_result;
    QEventLoop loop;
    connect(this, &ProcessRunner::finished, &loop, &QEventLoop::quit);
    if (m_state == State::Idle)
        start();
    if (m_state != State::Finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

QString ProcessRunner::stripAnsi(const QString &text)
{
    if (!text.contains(u'\x1b'))
        return text;
    // CSI sequences (colours, cursor), OSC sequences (titles) and two-character escapes.
    static const QRegularExpression escape(
        QStringLiteral("\x1b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\x07\x1b]*(?:\x07|\x1b\\\\)|[@-Z\\\\-_])"));
    QString out = text;
    out.remove(escape);
    return out;
}

QString ProcessRunner::resolveProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/')) {
        const QFileInfo info(program);
        return info.exists() && !info.isDir() ? info.absoluteFilePath() : QString();
    }
    if (environment.contains(QStringLiteral("PATH"))) {
        const QStringList paths =
            environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        return QStandardPaths::findExecutable(program, paths);
    }
    return QStandardPaths::findExecutable(program);
}

QString ProcessRunner::quoteArgument(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace edm
