// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/StreamingInputRunner.h"

#include <QProcess>
#include <QTimer>

namespace edm {

StreamingInputRunner::StreamingInputRunner(ProcessSpec spec, Source source, QObject *parent)
    : ProcessRunner(std::move(spec), parent)
    , m_source(std::move(source))
{
}

StreamingInputRunner::~StreamingInputRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void StreamingInputRunner::start()
{
    if (m_started || isFinished()) {
        qWarning("StreamingInputRunner::start: a runner runs once");
        return;
    }
    m_started = true;
    const ProcessSpec &s = spec();
    const QString program = resolveProgram(s.program, s.environment);
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] { complete(ProcessResult::Outcome::NotFound); });
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(s.arguments);
    if (!s.workingDirectory.isEmpty())
        process->setWorkingDirectory(s.workingDirectory);
    process->setProcessEnvironment(s.environment);
    process->setProcessChannelMode(s.mergeChannels ? QProcess::MergedChannels : QProcess::SeparateChannels);
    connect(process, &QProcess::started, this, [this] {
        markStarted();
        feed();
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this] {
        if (!m_process)
            return;
        const QByteArray data = m_process->readAllStandardOutput();
        if (data.isEmpty())
            return;
        if (spec().output == ProcessSpec::Output::Raw)
            Q_EMIT standardOutputData(data);
        else
            deliver(Channel::StandardOutput, data);
    });
    connect(process, &QProcess::readyReadStandardError, this, [this] {
        if (!m_process || spec().mergeChannels)
            return;
        const QByteArray data = m_process->readAllStandardError();
        if (!data.isEmpty())
            deliver(Channel::StandardError, data);
    });
    connect(process, &QProcess::bytesWritten, this, [this](qint64 bytes) {
        Q_EMIT inputProgress(m_fed - (m_process ? m_process->bytesToWrite() : 0), 0);
        Q_UNUSED(bytes)
        feed();
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(ProcessResult::Outcome::FailedToStart, -1, m_process ? m_process->errorString() : QString());
        // Write errors (the program closed its input early, as psql does when it stops on an error) are not
        // failures of their own: the exit status says what happened.
    });
    connect(process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, int(status)); });
    process->start(QIODevice::ReadWrite);
}

void StreamingInputRunner::feed()
{
    if (m_feeding || m_inputClosed || !m_process || m_process->state() != QProcess::Running)
        return;
    m_feeding = true; // write() may emit bytesWritten synchronously on some platforms
    while (m_process->bytesToWrite() < QueueLimit) {
        const QByteArray chunk = m_source ? m_source() : QByteArray();
        if (chunk.isEmpty()) {
            endInput();
            break;
        }
        m_fed += chunk.size();
        m_process->write(chunk);
    }
    m_feeding = false;
}

void StreamingInputRunner::endInput()
{
    if (m_inputClosed)
        return;
    m_inputClosed = true;
    if (m_process && m_process->state() == QProcess::Running)
        m_process->closeWriteChannel(); // after what is queued has been written
}

void StreamingInputRunner::onFinished(int exitCode, int status)
{
    if (m_process) {
        const QByteArray out = m_process->readAllStandardOutput();
        if (!out.isEmpty()) {
            if (spec().output == ProcessSpec::Output::Raw)
                Q_EMIT standardOutputData(out);
            else
                deliver(Channel::StandardOutput, out);
        }
        if (!spec().mergeChannels) {
            const QByteArray err = m_process->readAllStandardError();
            if (!err.isEmpty())
                deliver(Channel::StandardError, err);
        }
    }
    if (m_killTimer)
        m_killTimer->stop();
    if (m_cancelled)
        complete(ProcessResult::Outcome::Cancelled, exitCode);
    else if (QProcess::ExitStatus(status) == QProcess::CrashExit)
        complete(ProcessResult::Outcome::Crashed, exitCode);
    else if (exitCode != 0)
        complete(ProcessResult::Outcome::ExitCode, exitCode);
    else
        complete(ProcessResult::Outcome::Success, 0);
}

void StreamingInputRunner::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    m_inputClosed = true;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (!m_process)
            QTimer::singleShot(0, this, [this] { complete(ProcessResult::Outcome::Cancelled); });
        return; // finished() is on its way
    }
    m_process->terminate();
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->kill();
    });
    m_killTimer->start(qMax(0, spec().terminateGraceMs));
}

} // namespace edm
