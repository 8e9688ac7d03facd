// ente-db-migrate restore FILE [PATH] [--service NAME] [--yes] [--image IMAGE [--keep]] [--progress MODE]
// [--docker PATH]: streams a pg_dumpall file into the compose project's Postgres (or into a throwaway container of
// IMAGE, a rehearsal whose row counts are compared with the dump's), stopping at the first error with its line.
#include "cli/Cli.h"
#include "cli/TransferConsole.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ServiceContainer.h"
#include "core/postgres/Restorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace edm::cli {

struct RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::RestoreCommand)
};

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

} // namespace

int runRestore(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RestoreCommand::tr(
        "Restores a pg_dumpall file into the Postgres service of a compose project (psql with ON_ERROR_STOP: it "
        "stops at the first error and says on which line of the file), or with --image into a throwaway container of "
        "that image, whose row counts are then compared with the dump's."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), RestoreCommand::tr("The dump to restore (.sql)."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"), RestoreCommand::tr("The project folder or compose file (default: the current folder)."),
        QStringLiteral("[PATH]"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           RestoreCommand::tr("The Postgres service, when there are several."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       RestoreCommand::tr("Restore into the service without asking."));
    const QCommandLineOption imageOption(
        QStringLiteral("image"),
        RestoreCommand::tr("Restore into a new throwaway container of IMAGE (e.g. postgres:16) instead of the "
                           "service, compare its row counts with the dump's, then remove it."),
        QStringLiteral("IMAGE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        RestoreCommand::tr("With --image: leave the container running."));
    const QCommandLineOption progressOption(
        QStringLiteral("progress"),
        RestoreCommand::tr("How to show progress: bar, json or none; default: a bar when standard error is a "
                           "terminal."),
        QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption dockerOption(QStringLiteral("docker"), RestoreCommand::tr("The docker program to use."),
                                          QStringLiteral("PATH"));
    parser.addOptions({serviceOption, yesOption, imageOption, keepOption, progressOption, dockerOption});
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << '\n'
                    << RestoreCommand::tr("Exit codes: 0 restored (and, with --image, every row counted), 1 the "
                                          "restore failed or the counts differ, 2 bad arguments, an unusable project "
                                          "or file, or no --yes where it is needed.")
                    << '\n';
        return ExitOk;
    }
    const std::optional<TransferConsole::Mode> mode = TransferConsole::modeFromName(parser.value(progressOption));
    if (!mode) {
        context.printError(
            RestoreCommand::tr("--progress must be bar, json or none, not \"%1\".").arg(parser.value(progressOption)));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        context.printError(RestoreCommand::tr("expected FILE [PATH]."));
        return ExitUsage;
    }
    const QDir cwd(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory);
    const QString file = QDir::cleanPath(cwd.absoluteFilePath(positional.at(0)));
    if (!QFileInfo(file).isFile()) {
        context.printError(RestoreCommand::tr("%1 is not a file.").arg(QDir::toNativeSeparators(file)));
        return ExitUsage;
    }
    const QString path = QDir::cleanPath(cwd.absoluteFilePath(positional.value(1, QStringLiteral("."))));
    const QString image = parser.value(imageOption);

    TransferConsole console(context, *mode);
    const auto fail = [&](const Error &error, int code) {
        console.endBar();
        QJsonObject fields{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
        if (error.line > 0)
            fields.insert(QStringLiteral("line"), error.line);
        console.event(QStringLiteral("finished"), {{QStringLiteral("ok"), false}, {QStringLiteral("error"), fields}});
        context.printError(error.message);
        return code;
    };

    DockerCliOptions dockerOptions;
    dockerOptions.environment = context.environment;
    dockerOptions.dockerProgram = parser.value(dockerOption);
    DockerCli docker(dockerOptions);
    RestoreOptions options;
    options.dumpFile = file;

    if (image.isEmpty()) {
        bool projectError = false;
        const Expected<ServiceContainer> target =
            ServiceContainer::find(docker, path, parser.value(serviceOption), context.environment, &projectError);
        if (!target)
            return fail(target.error(), projectError ? ExitUsage : ExitFailure);
        options.container = target->container.name.isEmpty() ? target->container.id : target->container.name;
        options.credentials = target->service.credentials;
        if (!parser.isSet(yesOption)) {
            const QString question =
                RestoreCommand::tr("Restore %1 into the service %2 (container %3)? Its roles and databases are added "
                                   "to the running server.")
                    .arg(QDir::toNativeSeparators(file), target->service.name, options.container);
            if (!isatty(STDIN_FILENO)) {
                return fail(Error(QStringLiteral("usage"),
                                  question + u' ' +
                                      RestoreCommand::tr("Add --yes to restore without a question on a terminal.")),
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
            if (const Expected<PostgresService> service = project->postgresService(parser.value(serviceOption)))
                options.credentials = service->credentials;
        } else if (positional.size() > 1) {
            return fail(project.error(), ExitUsage);
        }
    }
    docker.addSecret(options.credentials.password);

    Restorer restorer(&docker);
    console.onInterrupt([&restorer] { restorer.cancel(); });
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
                context.out << RestoreCommand::tr("Restoring %1 into %2 (PostgreSQL %3)")
                                   .arg(QDir::toNativeSeparators(file), restorer.result().container,
                                        restorer.result().server.text)
                            << Qt::endl;
            }
        }
    });
    const Expected<RestoreResult> result = restorer.runToCompletion(options);
    console.endBar();
    if (!result)
        return fail(result.error(), ExitFailure);

    const QLocale locale;
    if (!console.json()) {
        context.out << RestoreCommand::tr("Restored %1 lines (%2) into %3.")
                           .arg(locale.toString(result->lines), TransferProgress::formatBytes(result->bytes),
                                result->container)
                    << '\n';
        for (const RestoreStream::Change &change : result->changes)
            context.out << "  " << RestoreCommand::tr("line %1: %2").arg(change.line).arg(change.description) << '\n';
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
    if (!parser.isSet(keepOption)) {
        std::optional<Status> removed;
        restorer.removeContainer(result->container, nullptr, [&](const Status &status) {
            removed.emplace(status);
            loop.quit();
        });
        if (!removed)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!*removed)
            context.err << removed->error().message << Qt::endl;
    }
    console.event(QStringLiteral("finished"),
                  {{QStringLiteral("ok"), problems.isEmpty()},
                   {QStringLiteral("container"), result->container},
                   {QStringLiteral("kept"), parser.isSet(keepOption)},
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
                context.out << "  - " << problem << '\n';
        }
        if (parser.isSet(keepOption))
            context.out << RestoreCommand::tr("The container %1 keeps running; remove it with: docker rm -f -v %1")
                               .arg(result->container)
                        << '\n';
        context.out.flush();
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace edm::cli
