// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandContext.h"

#include <memory>

namespace edm::cli {

class Command;

/// One row of the command table: the subcommand's name, a one-line summary for --help, and how to make it.
struct CommandEntry
{
    const char *name;
    const char *summary; ///< translated through QCoreApplication::translate("edm::cli::Cli", summary)
    std::unique_ptr<Command> (*create)();
    bool guiApplication = false; ///< needs a QGuiApplication (fonts for PDF); created with the offscreen platform
};

/// Every subcommand, in the order --help lists them.
const QList<CommandEntry> &commands();

/// True when argv asks for the command line (a subcommand, --help, --version) rather than the wizard.
bool wantsCommandLine(int argc, char *argv[]);

/// The command line's main(): creates the QCoreApplication, loads translations, runs the subcommand.
int main(int argc, char *argv[]);

/// Runs arguments (program name first, then the subcommand and its arguments) in process. Used by main() and tests.
int run(CommandContext &context);

QString helpText(const QString &program);

// The subcommands (one file each; a Command subclass there).
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeMigrateCommand();
std::unique_ptr<Command> makeResumeCommand();
std::unique_ptr<Command> makeRollbackCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeInspectCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeWatchLogCommand();

} // namespace edm::cli
