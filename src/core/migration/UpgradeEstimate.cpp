// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/UpgradeEstimate.h"

#include <QtGlobal>

namespace edm {

void UpgradeEstimate::setStarted(const QDateTime &started)
{
    m_started = started.toUTC();
}

void UpgradeEstimate::enterPhase(Phase phase, const QDateTime &at)
{
    if (!m_phases.isEmpty() && int(phase) <= int(m_phases.last().phase))
        return;
    if (m_phases.isEmpty() && phase == Phase::Checking)
        return; // Checking is where every upgrade begins: it starts with started()
    m_phases.append({phase, at.toUTC()});
}

QDateTime UpgradeEstimate::startOf(Phase phase) const
{
    if (phase == Phase::Checking)
        return m_started;
    for (const PhaseTime &seen : m_phases) {
        if (seen.phase == phase)
            return seen.at;
    }
    return {};
}

qint64 UpgradeEstimate::lengthOf(Phase phase) const
{
    const QDateTime begin = startOf(phase);
    if (!begin.isValid())
        return -1;
    // It ended where the first later phase began.
    for (const PhaseTime &seen : m_phases) {
        if (int(seen.phase) > int(phase))
            return qMax(qint64(0), begin.msecsTo(seen.at));
    }
    return -1;
}

qint64 UpgradeEstimate::elapsedMs(const QDateTime &now) const
{
    if (!m_started.isValid())
        return 0;
    const QDateTime end = finished() ? m_phases.last().at : now.toUTC();
    return qMax(qint64(0), m_started.msecsTo(end));
}

std::optional<qint64> UpgradeEstimate::remainingMs(const QDateTime &now) const
{
    const Phase current = phase();
    if (current == Phase::Complete)
        return 0;
    if (current == Phase::Failed || !m_started.isValid() || m_dataBytes <= 0)
        return std::nullopt;
    // Only a measured conversion says how fast this machine goes through this data.
    const qint64 conversionMs = lengthOf(Phase::Upgrading);
    const qint64 startMs = lengthOf(Phase::Checking);
    if (conversionMs < 0 || startMs < 0)
        return std::nullopt;
    const double bytesPerMs = double(m_dataBytes) / double(qMax(qint64(1), conversionMs));
    const qint64 optimiseMs = qRound64(OptimiseFactor * double(m_dataBytes) / bytesPerMs);
    const qint64 inPhase = qMax(qint64(0), startOf(current).msecsTo(now.toUTC()));
    qint64 left = 0;
    switch (current) {
    case Phase::Reindexing:
        left = optimiseMs - inPhase;
        if (left < 0)
            return std::nullopt; // past the guess: no number known to be wrong
        return left + startMs;
    case Phase::Starting:
        left = startMs - inPhase;
        if (left < 0)
            return std::nullopt;
        return left;
    case Phase::Checking:
    case Phase::Upgrading:
    case Phase::Complete:
    case Phase::Failed:
        break;
    }
    return std::nullopt;
}

QString UpgradeEstimate::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Checking:
        return trText("Checking");
    case Phase::Upgrading:
        return trText("Upgrading");
    case Phase::Reindexing:
        return trText("Reindexing");
    case Phase::Starting:
        return trText("Starting the new server");
    case Phase::Complete:
        return trText("Complete");
    case Phase::Failed:
        return trText("Failed");
    }
    return {};
}

QString UpgradeEstimate::formatDuration(qint64 ms)
{
    const qint64 seconds = qMax(qint64(0), ms) / 1000;
    const qint64 hours = seconds / 3600;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + mmss : mmss;
}

} // namespace edm
