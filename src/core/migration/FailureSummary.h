// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/migration/MigrationTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace edm {

class MigrationEngine;

/// What a failed run left behind, as the engine and a fresh look at the container tell it: the input of
/// FailureSummary::describe(). Everything here is a fact, not a decision.
struct FailureFacts
{
    migration::Step step = migration::Step::Plan; ///< the step that failed
    Error error;
    QString projectDir;
    bool journalFinished = false; ///< no journal, or one that needs nothing (refused: the run stopped before changes)
    bool composeChanged = false; ///< a compose file no longer holds its original bytes
    QString composeImage; ///< the image the compose file names now (empty: unknown)
    QString originalImage; ///< the image it named before the migration
    bool stackStopped = false; ///< the stop step acted (the stack, or everything but Postgres, was stopped)
    bool upgradeStarted = false; ///< the data conversion (pgautoupgrade, or the dump-restore into the new volume) began
    bool upgradeFinished = false;
    bool dataConverted = false; ///< the data volume was written by something other than the original Postgres
    bool finalImageSwitched = false; ///< the compose file names the final image
    std::optional<bool> containerRunning; ///< the Postgres container runs now; unknown when docker could not tell

    /// The facts of engine's run after it ended with error; containerRunning from the caller's look at docker
    /// (MigrationEngine::lookAtContainer). Reads the compose files (to compare them with the kept originals).
    static FailureFacts from(const MigrationEngine &engine, const Error &error,
                             std::optional<bool> containerRunning = std::nullopt);
};

/// The three lines a person in trouble needs after a failure, shown by the summary page and printed by the command
/// line: what failed (one sentence, not the tool's whole output), the state the stack is in now, and the safe next
/// step. A pure function of FailureFacts.
struct FailureSummary
{
    Q_DECLARE_TR_FUNCTIONS(edm::FailureSummary)
    EDM_TEXT_FUNCTIONS(edm::FailureSummary)

public:
    enum class Next
    {
        RollBack, ///< something changed: put the original compose file (and data) back
        Retry, ///< nothing changed and the cause can be fixed: run again from the failed step
        Close ///< nothing changed and there is nothing to retry
    };

    QString what; ///< "“Upgrade the data” failed: pg_upgrade reported an error."
    QString state; ///< "The compose file names …; the Postgres container is stopped; the data was converted in part."
    QString next; ///< the next step in words
    Next action = Next::Close;
    /// Retry continues the journal (resume) rather than starting a new run (the journal needs nothing).
    bool retryResumes = false;

    static FailureSummary describe(const FailureFacts &facts);
    /// "roll_back", "retry", "close".
    static QString actionId(Next action);
    /// The command line that takes the next step ("ente-db-migrate rollback DIR"); empty for Close.
    QString nextCommand(const QString &projectDir) const;
    /// {what, state, next, action} for --json.
    QJsonObject toJson() const;
    /// The first sentence (or clause, up to a semicolon) of a message's first line, at most maxChars long.
    static QString firstSentence(const QString &message, int maxChars = 200);
};

} // namespace edm
