// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate backup [PATH] [-o FILE] [--service NAME] [--progress auto|bar|json|none] [--docker PATH]:
// pg_dumpall of the compose project's Postgres into a verified file (and its .json sidecar); nothing else changes.
// Never replaces a file: the default name is a new one, and an existing -o FILE is refused (backup_exists).
#include "cli/Cli.h"
#include "cli/Command.h"
#include "cli/TransferConsole.h"
#include "core/TerminalText.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ServiceContainer.h"
#include "core/postgres/BackupWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace edm::cli {

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::BackupCommand)

public:
    BackupCommand()
    {
        setDescription(
            tr("Backs up the Postgres service of a compose project with pg_dumpall (run in its container), "
               "into a file that gets its name only once the dump is complete and verified, with a SHA-256 "
               "and a .json description beside it. Default file: pg<version>-<date>-<time>.backup.sql in the "
               "project folder (-2, -3, … added when that name is taken). A file given with -o that "
               "exists already is not replaced: the command refuses."));
        setHelpEpilogue(tr("Exit codes: 0 the backup is complete and verified, 1 it failed (nothing is left under the "
                           "file's name), 2 bad arguments or an unusable project."));
        addPathArgument();
        addOption(m_outputOption);
        addServiceOption();
        addOption(m_progressOption);
        addDockerOption();
    }

protected:
    int run() override;

private:
    const QCommandLineOption m_outputOption{
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The backup file to write."), QStringLiteral("FILE")};
    const QCommandLineOption m_progressOption{
        QStringLiteral("progress"),
        tr("How to show progress: bar (on a terminal), json (one object per line on standard output), none; default: "
           "a bar when standard error is a terminal."),
        QStringLiteral("MODE"), QStringLiteral("auto")};
};

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

int BackupCommand::run()
{
    const std::optional<TransferConsole::Mode> mode = TransferConsole::modeFromName(value(m_progressOption));
    if (!mode)
        return usageError(tr("--progress must be bar, json or none, not \"%1\".").arg(value(m_progressOption)));
    const QStringList positional = positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("expected one PATH, got %1.").arg(positional.size()));
    const QString path = projectPath();
    CommandContext &context = this->context();

    TransferConsole console(context, *mode);
    const auto failed = [&](const Error &error, int code) {
        console.endBar();
        console.event(QStringLiteral("finished"),
                      {{QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), error.code},
                                    {QStringLiteral("message"), error.message.toString()}}}});
        return Command::fail(error, code);
    };

    DockerCli docker(dockerOptions());
    bool projectError = false;
    const Expected<ServiceContainer> target =
        ServiceContainer::find(docker, path, service(), context.environment, &projectError);
    if (!target)
        return failed(target.error(), projectError ? ExitUsage : ExitFailure);
    docker.addSecret(target->service.credentials.password);

    BackupOptions options;
    options.container = target->container.name.isEmpty() ? target->container.id : target->container.name;
    options.credentials = target->service.credentials;
    if (isSet(m_outputOption))
        options.path = workingDirectory().absoluteFilePath(value(m_outputOption));
    options.directory = target->projectDir;
    options.composeFile = target->composeFile;
    options.service = target->service.name;
    options.project = target->projectName;

    BackupWriter writer(&docker);
    bool interrupted = false; // Ctrl-C or SIGTERM: the transfer stops cleanly and the exit code is 5
    console.onInterrupt([&writer, &interrupted] {
        interrupted = true;
        writer.cancel();
    });
    QObject::connect(&writer, &BackupWriter::transferProgress, &console, &TransferConsole::progress);
    QObject::connect(&writer, &BackupWriter::phaseChanged, &console, [&](BackupWriter::Phase phase) {
        if (phase != BackupWriter::Phase::Transferring)
            return;
        const BackupResult &r = writer.result();
        if (console.json()) {
            console.event(QStringLiteral("started"),
                          {{QStringLiteral("path"), r.path},
                           {QStringLiteral("container"), options.container},
                           {QStringLiteral("server_version"), r.server.text},
                           {QStringLiteral("estimate_bytes"), r.estimateBytes}});
            return;
        }
        context.out << terminalSafe(tr("Backing up %1 (container %2, PostgreSQL %3, about %4) to %5")
                                        .arg(options.service, options.container, r.server.text,
                                             TransferProgress::formatBytes(r.estimateBytes),
                                             QDir::toNativeSeparators(r.path)))
                    << Qt::endl;
    });
    QObject::connect(&writer, &BackupWriter::phaseChanged, &console, [&](BackupWriter::Phase phase) {
        if (phase == BackupWriter::Phase::Verifying)
            console.endBar();
    });

    const Expected<BackupResult> result = writer.runToCompletion(options);
    console.endBar();
    if (!result)
        return failed(result.error(), interrupted ? ExitStopped : ExitFailure);

    if (console.json()) {
        QJsonArray databases;
        for (const DumpDatabase &db : result->summary.databases) {
            databases.append(QJsonObject{{QStringLiteral("name"), db.name},
                                         {QStringLiteral("tables"), db.tables.size()},
                                         {QStringLiteral("rows"), db.rows()}});
        }
        console.event(QStringLiteral("finished"),
                      {{QStringLiteral("ok"), true},
                       {QStringLiteral("path"), result->path},
                       {QStringLiteral("sidecar"), result->sidecarPath},
                       {QStringLiteral("bytes"), result->bytes},
                       {QStringLiteral("sha256"), result->sha256},
                       {QStringLiteral("server_version"), result->server.text},
                       {QStringLiteral("databases"), databases}});
        return ExitOk;
    }
    QTextStream &out = context.out;
    const QLocale locale;
    const auto row = [&out](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(11) << terminalSafe(value) << '\n';
    };
    out << tr("Backup complete and verified.") << '\n';
    row(tr("File:"),
        tr("%1 (%2, %3 bytes)")
            .arg(QDir::toNativeSeparators(result->path), TransferProgress::formatBytes(result->bytes),
                 locale.toString(result->bytes)));
    row(tr("SHA-256:"), result->sha256);
    row(tr("Sidecar:"), QDir::toNativeSeparators(result->sidecarPath));
    for (const DumpDatabase &db : result->summary.databases) {
        row(tr("Database:"),
            tr("%1: %n table(s), %2 rows", nullptr, int(db.tables.size())).arg(db.name, locale.toString(db.rows())));
    }
    if (result->replacedExisting)
        out << tr("(A previous backup of that name was replaced.)") << '\n';
    out.flush();
    return ExitOk;
}

} // namespace edm::cli
