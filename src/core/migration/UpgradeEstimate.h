// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace edm {

/// Where an in-place upgrade stands and how long it may still take, as the upgrade page shows it: when it started,
/// the phases of pgautoupgrade's log seen so far with their times, and the data's size (the preflight's database
/// sizes). A value: the upgrade step fills it, the engine hands copies on, the page asks it with its own clock.
///
/// The estimate is honest: it exists only once a phase whose length grows with the data was measured (the
/// conversion); until then remaining() is empty and the page says "estimating…". After the conversion, rebuilding
/// the statistics and indexes reads the data about once more (OptimiseFactor times the conversion's rate), and the
/// final start takes about as long as the container's start before the conversion did. A phase that runs past its
/// guess makes the estimate empty again rather than showing a number known to be wrong.
class UpgradeEstimate
{
    Q_DECLARE_TR_FUNCTIONS(edm::UpgradeEstimate)
    EDM_TEXT_FUNCTIONS(edm::UpgradeEstimate)

public:
    /// The phases of pgautoupgrade's log (UpgradeLogWatcher::Phase, for those who may not include core/docker).
    enum class Phase
    {
        Checking, ///< the container starts, checks the data and prepares the new cluster
        Upgrading, ///< pg_upgrade converts the data
        Reindexing, ///< statistics and indexes are rebuilt
        Starting, ///< the final server starts
        Complete,
        Failed
    };

    struct PhaseTime
    {
        Phase phase = Phase::Checking;
        QDateTime at; ///< when the log showed it (UTC)
    };

    /// How many times the conversion's time the statistics and indexes take (both read the whole data once).
    static constexpr double OptimiseFactor = 1.0;

    /// The upgrade began at started (UTC: the upgrade container was started, or the journal says when).
    void setStarted(const QDateTime &started);
    QDateTime started() const { return m_started; }
    /// The data's size in bytes (0: unknown, then no estimate is made).
    void setDataBytes(qint64 bytes) { m_dataBytes = bytes; }
    qint64 dataBytes() const { return m_dataBytes; }
    /// A resume found the upgrade still running and follows it again (its start is the journal's).
    void setReattached(bool reattached) { m_reattached = reattached; }
    bool reattached() const { return m_reattached; }
    /// The log reached phase at the time at; a phase seen again (a log followed again from its start) or an earlier
    /// one is ignored.
    void enterPhase(Phase phase, const QDateTime &at);
    /// The phase reached (Checking before any).
    Phase phase() const { return m_phases.isEmpty() ? Phase::Checking : m_phases.last().phase; }
    const QList<PhaseTime> &phases() const { return m_phases; }
    bool finished() const { return phase() == Phase::Complete || phase() == Phase::Failed; }

    /// Milliseconds since the start (0 before it; up to the end once finished).
    qint64 elapsedMs(const QDateTime &now) const;
    /// The time left in milliseconds; empty while it cannot be told.
    std::optional<qint64> remainingMs(const QDateTime &now) const;

    /// "Checking", "Upgrading", "Reindexing", … (translated).
    static QString phaseName(Phase phase);
    /// mm:ss, or h:mm:ss from an hour on.
    static QString formatDuration(qint64 ms);

private:
    /// How long phase lasted (until the next phase), or -1 when it was not seen to end.
    qint64 lengthOf(Phase phase) const;
    QDateTime startOf(Phase phase) const;

    QDateTime m_started;
    qint64 m_dataBytes = 0;
    bool m_reattached = false;
    QList<PhaseTime> m_phases;
};

} // namespace edm

Q_DECLARE_METATYPE(edm::UpgradeEstimate)
