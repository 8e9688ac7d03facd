// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate restore FILE [PATH] [--service NAME] [--yes] [--image IMAGE [--keep]] [--progress MODE]
// [--docker PATH]: streams a pg_dumpall file into the compose project's Postgres (or into a throwaway container of
// IMAGE, a rehearsal whose row counts are compared with the dump's), stopping at the first error with its line.
#include "cli/Cli.h"
#include "cli/Command.h"
#include "cli/TransferConsole.h"
#include "core/TerminalText.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ServiceContainer.h"
#include "core/postgres/Restorer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStringDecoder>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace edm::cli {

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::RestoreCommand)

public:
    RestoreCommand()
    {
        setDescription(tr("Restores a pg_dumpall file into the Postgres service of a compose project (psql with "
                          "ON_ERROR_STOP: it stops at the first error and says on which line of the file), or with "
                          "--image into a throwaway container of that image, whose row counts are then compared with "
                          "the dump's."));
        setHelpEpilogue(tr("Exit codes: 0 restored (and, with --image, every row counted), 1 the restore failed or "
                           "the counts differ, 2 bad arguments, an unusable project or file, or no --yes where it is "
                           "needed."));
        addPositionalArgument(QStringLiteral("FILE"), tr("The dump to restore (.sql)."));
        addPathArgument();
        addServiceOption();
        for (const QCommandLineOption &option : {m_yesOption, m_imageOption, m_keepOption, m_progressOption})
            addOption(option);
        addDockerOption();
    }

protected:
    int run() override;

private:
    const QCommandLineOption m_yesOption{QStringLiteral("yes"), tr("Restore into the service without asking.")};
    const QCommandLineOption m_imageOption{
        QStringLiteral("image"),
        tr("Restore into a new throwaway container of IMAGE (e.g. postgres:16) instead of the service, compare its "
           "row counts with the dump's, then remove it."),
        QStringLiteral("IMAGE")};
    const QCommandLineOption m_keepOption{QStringLiteral("keep"), tr("With --image: leave the container running.")};
    const QCommandLineOption m_progressOption{
        QStringLiteral("progress"),
        tr("How to show progress: bar, json or none; default: a bar when standard error is a terminal."),
        QStringLiteral("MODE"), QStringLiteral("auto")};
};

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

namespace {

bool askYes(CommandContext &context, const QString &question)
{
    context.err << question << ' ' << RestoreCommand::tr("[y/N] ");
    context.err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/// The restored server's row counts against the dump's; returns the mismatches as sentences.
QStringList compareCounts(const DumpSummary &dump, const QList<DatabaseRowCounts> &restored)
{
    QStringList problems;
    for (const DumpDatabase &db : dump.databases) {
        const DatabaseRowCounts *target = nullptr;
        for (const DatabaseRowCounts &r : restored) {
            if (r.database == db.name)
                target = &r;
        }
        if (!target) {
            if (!db.tables.isEmpty())
                problems.append(RestoreCommand::tr("database %1 is missing").arg(db.name));
            continue;
        }
        for (const DumpTable &table : db.tables) {
            const QString schema = table.schema.isEmpty() ? QStringLiteral("public") : table.schema;
            std::optional<qint64> rows;
            for (const TableRowCount &t : target->tables) {
                if (t.schema == schema && t.table == table.table)
                    rows = t.rows;
            }
            if (!rows)
                problems.append(RestoreCommand::tr("%1: table %2 is missing").arg(db.name, table.qualifiedName()));
            else if (*rows != table.rows)
                problems.append(RestoreCommand::tr("%1: table %2 has %3 rows, the dump %4")
                                    .arg(db.name, table.qualifiedName())
                                    .arg(*rows)
                                    .arg(table.rows));
        }
    }
    return problems;
}

/// A first look at the dump, before any docker command: a regular file that starts as plain SQL text.
Status checkPlainSql(const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::RestoreFileUnreadable,
                     RestoreCommand::tr("The dump %1 cannot be read: %2.").arg(shown, in.errorString()), file);
    }
    const QByteArray head = in.read(64 * 1024);
    if (head.startsWith("\x1f\x8b")) {
        return Error(ErrorCode::RestoreCompressed,
                     RestoreCommand::tr("%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore "
                                        "the .sql file.")
                         .arg(shown),
                     file);
    }
    if (head.startsWith("PGDMP")) {
        return Error(ErrorCode::RestoreCustomFormat,
                     RestoreCommand::tr("%1 is a pg_dump archive in the custom format, which psql cannot read; "
                                        "restore it with pg_restore.")
                         .arg(shown),
                     file);
    }
    // Text: no NUL byte, and UTF-8 up to the last complete character of the block.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype end = head.size();
    while (end > 0 && end > head.size() - 4 && (uchar(head.at(end - 1)) & 0xC0) == 0x80)
        --end;
    if (end > 0 && uchar(head.at(end - 1)) >= 0xC0)
        --end;
    (void)decoder.decode(head.first(end));
    if (head.contains('\0') || decoder.hasError()) {
        return Error(ErrorCode::RestoreFileUnreadable,
                     RestoreCommand::tr("%1 is not a plain SQL dump: it holds binary data. Restore takes the .sql "
                                        "file a backup of this app (or pg_dumpall) wrote. Nothing was restored.")
                         .arg(shown),
                     file);
    }
    return {};
}

} // namespace

int RestoreCommand::run()
{
    const std::optional<TransferConsole::Mode> mode = TransferConsole::modeFromName(value(m_progressOption));
    if (!mode)
        return usageError(tr("--progress must be bar, json or none, not \"%1\".").arg(value(m_progressOption)));
    const QStringList positional = positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(tr("expected FILE [PATH]."));
    const QString file = absolutePath(positional.at(0));
    if (!QFileInfo(file).isFile())
        return usageError(tr("%1 is not a file.").arg(QDir::toNativeSeparators(file)));
    // The file is looked at before docker is: a compressed, custom-format or binary file stops here.
    if (const Status plain = checkPlainSql(file); !plain)
        return fail(plain.error(), ExitUsage);
    const QString path = projectPath();
    CommandContext &context = this->context();
    const QString image = value(m_imageOption);

    TransferConsole console(context, *mode);
    const auto failed = [&](const Error &error, int code) {
        console.endBar();
        QJsonObject fields{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message.toString()}};
        if (error.line > 0)
            fields.insert(QStringLiteral("line"), error.line);
        console.event(QStringLiteral("finished"), {{QStringLiteral("ok"), false}, {QStringLiteral("error"), fields}});
        return Command::fail(error, code);
    };

    DockerCli docker(dockerOptions());
    RestoreOptions options;
    options.dumpFile = file;

    if (image.isEmpty()) {
        bool projectError = false;
        const Expected<ServiceContainer> target =
            ServiceContainer::find(docker, path, service(), context.environment, &projectError);
        if (!target)
            return failed(target.error(), projectError ? ExitUsage : ExitFailure);
        options.container = target->container.name.isEmpty() ? target->container.id : target->container.name;
        options.credentials = target->service.credentials;
        if (!isSet(m_yesOption)) {
            const QString question =
                RestoreCommand::tr("Restore %1 into the service %2 (container %3)? Its roles and databases are added "
                                   "to the running server.")
                    .arg(QDir::toNativeSeparators(file), target->service.name, options.container);
            if (!isatty(STDIN_FILENO)) {
                return failed(Error(ErrorCode::Usage,
                                    question + u' ' + tr("Add --yes to restore without a question on a terminal.")),
                              ExitUsage);
            }
            if (!askYes(context, question)) {
                context.err << RestoreCommand::tr("Nothing was restored.") << Qt::endl;
                return ExitStopped;
            }
        }
    } else {
        options.image = image;
        // The rehearsal starts like the real target: the project's user, database and password, when there is one.
        const Expected<ComposeProject> project = ComposeProject::open(path, context.environment);
        if (project) {
            if (const Expected<PostgresService> postgres = project->postgresService(service()))
                options.credentials = postgres->credentials;
        } else if (positional.size() > 1) {
            return failed(project.error(), ExitUsage);
        }
    }
    docker.addSecret(options.credentials.password);

    Restorer restorer(&docker);
    bool interrupted = false; // Ctrl-C or SIGTERM: the transfer stops cleanly and the exit code is 5
    console.onInterrupt([&restorer, &interrupted] {
        interrupted = true;
        restorer.cancel();
    });
    QObject::connect(&restorer, &Restorer::transferProgress, &console, &TransferConsole::progress);
    QObject::connect(&restorer, &Restorer::phaseChanged, &console, [&](Restorer::Phase phase) {
        if (phase == Restorer::Phase::StartingContainer && !console.json())
            context.out << RestoreCommand::tr("Starting a throwaway container of %1…").arg(image) << Qt::endl;
        if (phase == Restorer::Phase::Transferring) {
            if (console.json()) {
                console.event(QStringLiteral("started"),
                              {{QStringLiteral("file"), file},
                               {QStringLiteral("container"), restorer.result().container},
                               {QStringLiteral("server_version"), restorer.result().server.text}});
            } else {
                context.out << terminalSafe(RestoreCommand::tr("Restoring %1 into %2 (PostgreSQL %3)")
                                                .arg(QDir::toNativeSeparators(file), restorer.result().container,
                                                     restorer.result().server.text))
                            << Qt::endl;
            }
        }
    });
    const Expected<RestoreResult> result = restorer.runToCompletion(options);
    console.endBar();
    if (!result)
        return failed(result.error(), interrupted ? ExitStopped : ExitFailure);

    const QLocale locale;
    if (!console.json()) {
        context.out << RestoreCommand::tr("Restored %1 lines (%2) into %3.")
                           .arg(locale.toString(result->lines), TransferProgress::formatBytes(result->bytes),
                                result->container)
                    << '\n';
        for (const RestoreStream::Change &change : result->changes)
            context.out << "  "
                        << terminalSafe(RestoreCommand::tr("line %1: %2").arg(change.line).arg(change.description))
                        << '\n';
        context.out.flush();
    }
    if (image.isEmpty()) {
        console.event(QStringLiteral("finished"),
                      {{QStringLiteral("ok"), true},
                       {QStringLiteral("container"), result->container},
                       {QStringLiteral("lines"), result->lines},
                       {QStringLiteral("bytes"), result->bytes}});
        return ExitOk;
    }

    // The rehearsal: count every row where it arrived, compare with the dump, remove the container.
    ServerProbe probe(&docker, result->container, result->credentials);
    std::optional<Expected<QList<DatabaseRowCounts>>> counts;
    QEventLoop loop;
    probe.allTableCounts(nullptr, [&](const Expected<QList<DatabaseRowCounts>> &c) {
        counts.emplace(c);
        loop.quit();
    });
    if (!counts)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QStringList problems;
    qint64 rows = 0;
    if (!*counts)
        problems.append(counts->error().message);
    else {
        problems = compareCounts(result->summary, counts->value());
        for (const DatabaseRowCounts &db : counts->value())
            rows += db.rows();
    }
    if (!isSet(m_keepOption)) {
        std::optional<Status> removed;
        restorer.removeContainer(result->container, nullptr, [&](const Status &status) {
            removed.emplace(status);
            loop.quit();
        });
        if (!removed)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!*removed)
            context.err << terminalSafe(removed->error().message) << Qt::endl;
    }
    console.event(QStringLiteral("finished"),
                  {{QStringLiteral("ok"), problems.isEmpty()},
                   {QStringLiteral("container"), result->container},
                   {QStringLiteral("kept"), isSet(m_keepOption)},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("dump_rows"), result->summary.rows()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    if (!console.json()) {
        if (problems.isEmpty()) {
            context.out << RestoreCommand::tr("Every row arrived: %1 rows, as in the dump.").arg(locale.toString(rows))
                        << '\n';
        } else {
            context.out << RestoreCommand::tr("The restored data differs from the dump:") << '\n';
            for (const QString &problem : problems)
                context.out << "  - " << terminalSafe(problem) << '\n';
        }
        if (isSet(m_keepOption))
            context.out << RestoreCommand::tr("The container %1 keeps running; remove it with: docker rm -f -v %1")
                               .arg(result->container)
                        << '\n';
        context.out.flush();
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace edm::cli
