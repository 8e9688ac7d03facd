// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandContext.h"
#include "core/ErrorCodes.h"
#include "core/docker/DockerCli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <optional>

namespace edm::cli {

/// One subcommand, as KeePassXC's Command: the base holds what every command shares (the parser and --help, the
/// project PATH argument, --service, --docker, --json, the exit code from the error-code registry, errors on
/// standard error and, with --json, as {"error": {...}} on standard output); a subclass declares its own options in
/// its constructor, in the order --help lists them, and implements run().
///
/// A command object serves one invocation: Cli creates it from the command table and calls execute() once.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    virtual ~Command();

    /// Parses context.arguments (argv[0] is "ente-db-migrate plan"), answers --help, else runs; the exit code.
    int execute(CommandContext &context);

protected:
    /// How --json output is laid out: one indented document (plan, inspect, status) or one object per line (watch-log).
    enum class JsonLayout
    {
        Document,
        Lines
    };

    Command() = default;

    // Declaring the command (constructor). --help lists -h/--help first, then the options in the order added.
    void setDescription(const QString &description);
    /// Printed after the parser's help, separated by an empty line (e.g. the command's exit codes).
    void setHelpEpilogue(const QString &epilogue);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {});
    /// The project folder or compose file, optional ("[PATH]"); projectPath() reads it.
    void addPathArgument();
    void addOption(const QCommandLineOption &option);
    /// --service NAME: the Postgres service, when there are several.
    void addServiceOption();
    /// --docker PATH: the docker program to use.
    void addDockerOption();
    /// --json with the command's own description: errors are then also printed as JSON on standard output.
    void addJsonOption(const QString &description, JsonLayout layout = JsonLayout::Document);

    /// The command itself, once the arguments parsed and --help was not asked for.
    virtual int run() = 0;

    // Running (run()).
    CommandContext &context() const { return *m_context; }
    QTextStream &out() const { return m_context->out; }
    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    /// --json was given.
    bool json() const { return m_json; }
    /// The value of --service (empty: the only Postgres service).
    QString service() const;
    /// The docker options: the context's environment and --docker.
    DockerCliOptions dockerOptions() const;
    QDir workingDirectory() const;
    /// argument made absolute against the working directory, and cleaned.
    QString absolutePath(const QString &argument) const;
    /// The PATH argument (default: the working directory), absolute and cleaned.
    QString projectPath() const;

    /// Reports error and returns its exit code from the error-code registry (ErrorCode::exitCodeFor).
    int fail(const Error &error) const;
    /// Reports error and returns exitCode: "error: <message>" on standard error; with --json, also the error as
    /// {"error": {"code", "message", "file", "line", "column"}} on standard output.
    int fail(const Error &error, int exitCode) const;
    /// A usage error (bad arguments): exit code 2.
    int usageError(const QString &message) const;
    /// Prints "error: <message>" on standard error, nothing else.
    void printError(const QString &message) const;

private:
    QCommandLineParser m_parser;
    QString m_helpEpilogue;
    std::optional<QCommandLineOption> m_serviceOption;
    std::optional<QCommandLineOption> m_dockerOption;
    std::optional<QCommandLineOption> m_jsonOption;
    JsonLayout m_jsonLayout = JsonLayout::Document;
    int m_positionalCount = 0;
    int m_pathIndex = -1;
    CommandContext *m_context = nullptr;
    bool m_json = false;
};

} // namespace edm::cli
