// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandContext.h"
#include "core/ErrorCodes.h"
#include "core/migration/FailureSummary.h"
#include "core/migration/MigrationEngine.h"

#include <QCoreApplication>
#include <QObject>

namespace edm::cli {

/// Runs a MigrationEngine on the terminal: prints its steps, log and checks (or, with --json-events, one JSON object
/// per event), answers its confirmations (--yes, or a y/N prompt when standard input is a terminal; otherwise it
/// refuses to change anything), and turns the outcome into an exit code. After a failure it prints what failed, the
/// state the stack is in and the safe next step with its command (FailureSummary), as the wizard's summary shows them.
class EngineDriver : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Resume,
        Rollback
    };

    struct Settings
    {
        bool yes = false;
        bool jsonEvents = false;
        bool verbose = false; ///< every log line (default: commands, milestones, checks)
        bool interactive = false; ///< standard input is a terminal
    };

    EngineDriver(MigrationEngine *engine, CommandContext &context, Settings settings, QObject *parent = nullptr);

    /// Runs action in a local event loop (the command line has nothing else to do meanwhile) and returns the exit
    /// code from the error-code registry: 0 done, 1 a step failed, 2 the project cannot be used, 5 stopped by the
    /// user or nothing to do.
    int run(Action action);

private:
    void event(const QString &name, QJsonObject fields);
    void onConfirmation(const MigrationEngine::Confirmation &confirmation);
    /// The three lines after a failure, with a fresh look at the container.
    FailureSummary describeFailure();
    /// The project folder, as the next command names it.
    QString projectDir() const;

    MigrationEngine *m_engine;
    CommandContext &m_context;
    Settings m_settings;
    Error m_error;
    QString m_lastProgress;
    int m_lastTenth = -1;
};

} // namespace edm::cli
