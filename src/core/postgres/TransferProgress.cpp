// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/TransferProgress.h"

#include <QLocale>

#include <cmath>

namespace edm {

int TransferStatus::percent() const
{
    if (done)
        return 100;
    if (total <= 0)
        return -1;
    const qint64 p = bytes * 100 / total;
    return int(qBound(qint64(0), p, qint64(99)));
}

QString TransferStatus::describe() const
{
    QString text;
    if (total > 0) {
        text = TransferProgress::trText("%1 of about %2 (%3 %)")
                   .arg(TransferProgress::formatBytes(bytes), TransferProgress::formatBytes(total))
                   .arg(percent());
    } else {
        text = TransferProgress::formatBytes(bytes);
    }
    if (bytesPerSecond > 0)
        text += QStringLiteral(", ") + TransferProgress::formatRate(bytesPerSecond);
    if (etaSeconds >= 0)
        text += QStringLiteral(", ") +
            TransferProgress::trText("about %1 left").arg(TransferProgress::formatDuration(etaSeconds));
    return text;
}

void TransferProgress::start(qint64 nowMs, qint64 total)
{
    m_startMs = nowMs;
    m_lastMs = nowMs;
    m_bytes = 0;
    m_total = total;
    m_done = false;
    m_samples = {};
    m_sampleHead = 0;
    m_sampleSize = 0;
    m_samples[0] = {nowMs, 0};
    m_sampleSize = 1;
}

void TransferProgress::update(qint64 bytes, qint64 nowMs)
{
    m_bytes = bytes;
    m_lastMs = qMax(m_lastMs, nowMs);
    // One sample per slice of the window: the ring holds the last WindowMs (and a little more).
    const qint64 slice = WindowMs / (SampleCount - 1);
    const int newest = (m_sampleHead + m_sampleSize - 1) % SampleCount;
    if (m_sampleSize > 0 && m_lastMs - m_samples[newest].ms < slice)
        return;
    if (m_sampleSize == SampleCount) {
        m_samples[m_sampleHead] = {m_lastMs, bytes};
        m_sampleHead = (m_sampleHead + 1) % SampleCount;
    } else {
        m_samples[(m_sampleHead + m_sampleSize) % SampleCount] = {m_lastMs, bytes};
        ++m_sampleSize;
    }
}

double TransferProgress::bytesPerSecond() const
{
    const qint64 elapsed = m_lastMs - m_startMs;
    if (elapsed <= 0)
        return 0;
    if (elapsed < 1000)
        return double(m_bytes) * 1000.0 / double(elapsed);
    // The oldest sample still inside the window (or the oldest there is).
    Sample from = m_samples[m_sampleHead];
    for (int i = 0; i < m_sampleSize; ++i) {
        const Sample &s = m_samples[(m_sampleHead + i) % SampleCount];
        if (m_lastMs - s.ms <= WindowMs) {
            from = s;
            break;
        }
    }
    const qint64 span = m_lastMs - from.ms;
    if (span <= 0)
        return double(m_bytes) * 1000.0 / double(elapsed);
    return double(m_bytes - from.bytes) * 1000.0 / double(span);
}

qint64 TransferProgress::etaSeconds() const
{
    if (m_total <= 0 || m_bytes >= m_total)
        return -1;
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(m_total - m_bytes) / rate));
}

TransferStatus TransferProgress::status() const
{
    TransferStatus s;
    s.bytes = m_bytes;
    s.total = m_total;
    s.bytesPerSecond = bytesPerSecond();
    s.etaSeconds = etaSeconds();
    s.elapsedMs = elapsedMs();
    s.done = m_done;
    if (m_done)
        s.etaSeconds = 0;
    return s;
}

QString TransferProgress::formatBytes(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return trText("%1 B").arg(bytes);
    const double kib = double(bytes) / 1024.0;
    if (kib < 1024)
        return trText("%1 KiB").arg(locale.toString(kib, 'f', 1));
    const double mib = kib / 1024.0;
    if (mib < 1024)
        return trText("%1 MiB").arg(locale.toString(mib, 'f', 1));
    const double gib = mib / 1024.0;
    if (gib < 1024)
        return trText("%1 GiB").arg(locale.toString(gib, 'f', 2));
    return trText("%1 TiB").arg(locale.toString(gib / 1024.0, 'f', 2));
}

QString TransferProgress::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return trText("unknown");
    if (seconds < 60)
        return trText("%1 s").arg(seconds);
    if (seconds < 3600)
        return trText("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return trText("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString TransferProgress::formatRate(double bytesPerSecond)
{
    return trText("%1/s").arg(formatBytes(qint64(std::llround(bytesPerSecond))));
}

} // namespace edm
