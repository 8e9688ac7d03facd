// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/docker/ProcessRunner.h"

#include <QByteArray>
#include <QPointer>

#include <functional>

class QProcess;
class QTimer;

namespace edm {

/// A ProcessRunner whose standard input is produced by the caller while the program runs, chunk by chunk (a dump
/// rewritten on its way into psql), with back-pressure: the next chunk is asked for only when the pipe has room.
///
/// ProcessSpec can feed standard input from a file or from bytes in memory, not from a producer; until it can, this
/// runner does it with the protected API ProcessRunner offers for runners that produce their own output (deliver(),
/// complete()). Output, errors, redaction and interpretError behave as in ProcessRunner; stdinFile and stdinData of
/// the spec are ignored, and timeoutMs is not applied (a restore takes as long as it takes).
class StreamingInputRunner : public ProcessRunner
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::StreamingInputRunner)
    Q_DISABLE_COPY(StreamingInputRunner)

public:
    /// Returns the next bytes to write; an empty array ends the input. Called from the event loop.
    using Source = std::function<QByteArray()>;

    StreamingInputRunner(ProcessSpec spec, Source source, QObject *parent = nullptr);
    ~StreamingInputRunner() override;

    void start() override;
    void cancel() override;

    /// Stops asking the source and closes the program's standard input (the source failed, …).
    void endInput();
    qint64 bytesFed() const { return m_fed; }

    /// Bytes queued in the pipe before the source is asked again.
    static constexpr qint64 QueueLimit = 1024 * 1024;

private:
    void feed();
    void onFinished(int exitCode, int status);

    Source m_source;
    QPointer<QProcess> m_process;
    QTimer *m_killTimer = nullptr;
    qint64 m_fed = 0;
    bool m_inputClosed = false;
    bool m_cancelled = false;
    bool m_feeding = false;
    bool m_started = false;
};

} // namespace edm
