#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace edm::cli {

/// What a subcommand gets: its arguments (after the subcommand's name), where to write, and the environment.
/// Tests construct one over strings and run a command in process.
struct CommandContext
{
    QStringList
        arguments; ///< argv[0] is the program name as the user typed the subcommand, e.g. "ente-db-migrate plan"
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;

    /// Prints "error: <message>" on stderr.
    void printError(const QString &message) const;
};

/// Exit codes shared by every subcommand (documented in --help and the man page).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, ///< the operation ran and failed
    ExitUsage = 2, ///< bad arguments or unusable input (also: compose project unusable)
    ExitIncomplete = 3, ///< readable but incomplete or suspect (inspect)
    ExitStreamEnded = 4, ///< the watched log ended (or timed out) before the upgrade completed (watch-log)
    ExitStopped = 5 ///< stopped by the user, or nothing to do (migrate, resume, rollback)
};

} // namespace edm::cli
