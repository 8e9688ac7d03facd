// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <array>

namespace edm {

/// A snapshot of a long transfer (a backup being written, a dump being restored), as signals carry it.
struct TransferStatus
{
    qint64 bytes = 0; ///< done so far
    qint64 total = 0; ///< the size expected (an estimate for a backup); 0 when unknown
    double bytesPerSecond = 0; ///< recent rate; 0 until measurable
    qint64 etaSeconds = -1; ///< -1 when unknown (no total, no rate yet, or already past the estimate)
    qint64 elapsedMs = 0;
    bool done = false; ///< the transfer has ended: percent() is 100, whatever the estimate said

    /// 0–100 of total, never 100 before the transfer has finished (an estimate can be exceeded); -1 without a total.
    int percent() const;
    /// "1.2 GiB of about 3.4 GiB (35 %), 85.0 MiB/s, about 27 s left": for log views and the terminal.
    QString describe() const;
};

/// Measures a transfer: bytes done against a total, a rate over the last few seconds (steady while the producer
/// pauses and resumes) and the time left at that rate. Pure arithmetic on the times it is given, so that it can be
/// tested without waiting; the classes that transfer pass QElapsedTimer readings.
class TransferProgress
{
    Q_DECLARE_TR_FUNCTIONS(edm::TransferProgress)
    EDM_TEXT_FUNCTIONS(edm::TransferProgress)

public:
    /// The rate is measured over about this long.
    static constexpr qint64 WindowMs = 5000;

    void start(qint64 nowMs, qint64 total = 0);
    void setTotal(qint64 total) { m_total = total; }
    /// bytes: the running count (not an increment).
    void update(qint64 bytes, qint64 nowMs);
    /// The transfer has ended (status().done).
    void finish() { m_done = true; }

    qint64 bytes() const { return m_bytes; }
    qint64 total() const { return m_total; }
    qint64 elapsedMs() const { return m_lastMs - m_startMs; }
    /// Bytes per second over the recent window; over the whole transfer while it is younger than a second.
    double bytesPerSecond() const;
    /// Seconds left at the current rate; -1 when that cannot be said.
    qint64 etaSeconds() const;
    TransferStatus status() const;

    /// "512 B", "1.5 KiB", "12.3 MiB", "1.20 GiB".
    static QString formatBytes(qint64 bytes);
    /// "45 s", "3 min 05 s", "2 h 04 min".
    static QString formatDuration(qint64 seconds);
    /// "85.0 MiB/s".
    static QString formatRate(double bytesPerSecond);

private:
    struct Sample
    {
        qint64 ms = 0;
        qint64 bytes = 0;
    };
    static constexpr int SampleCount = 16;

    qint64 m_startMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_bytes = 0;
    qint64 m_total = 0;
    bool m_done = false;
    std::array<Sample, SampleCount> m_samples{};
    int m_sampleHead = 0; ///< index of the oldest sample
    int m_sampleSize = 0;
};

} // namespace edm

Q_DECLARE_METATYPE(edm::TransferStatus)
