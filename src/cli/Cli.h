#pragma once

#include "cli/CommandContext.h"

namespace edm::cli {

/// One subcommand: its name, a one-line summary for --help, and its entry point.
struct Command
{
    const char *name;
    const char *summary; ///< translated through QCoreApplication::translate("edm::cli::Cli", summary)
    int (*run)(CommandContext &context);
    bool guiApplication = false; ///< needs a QGuiApplication (fonts for PDF); created with the offscreen platform
};

/// Every subcommand, in the order --help lists them.
const QList<Command> &commands();

/// True when argv asks for the command line (a subcommand, --help, --version) rather than the wizard.
bool wantsCommandLine(int argc, char *argv[]);

/// The command line's main(): creates the QCoreApplication, loads translations, runs the subcommand.
int main(int argc, char *argv[]);

/// Runs arguments (program name first, then the subcommand and its arguments) in process. Used by main() and tests.
int run(CommandContext &context);

QString helpText(const QString &program);

// Subcommands (one file each).
int runPlan(CommandContext &context);
int runMigrate(CommandContext &context);
int runResume(CommandContext &context);
int runRollback(CommandContext &context);
int runStatus(CommandContext &context);
int runReport(CommandContext &context);
int runInspect(CommandContext &context);
int runBackup(CommandContext &context);
int runRestore(CommandContext &context);
int runWatchLog(CommandContext &context);

} // namespace edm::cli
