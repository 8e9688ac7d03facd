// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ErrorCodes.h" // ExitCode

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

} // namespace edm::cli
