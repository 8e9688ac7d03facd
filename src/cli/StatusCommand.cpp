// ente-db-migrate status [PATH] [--json]: where the project's migration stands, from its journal.
#include "cli/Cli.h"

#include "core/migration/MigrationEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace edm::cli {

struct StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::StatusCommand)
};

int runStatus(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StatusCommand::tr("Shows where the migration of a compose project stands."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 StatusCommand::tr("The project folder or compose file (default: the current folder)."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), StatusCommand::tr("Print the status as JSON."));
    parser.addOption(jsonOption);
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const QDir cwd(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory);
    const QString path =
        QDir::cleanPath(cwd.absoluteFilePath(parser.positionalArguments().value(0, QStringLiteral("."))));
    const Expected<std::optional<Journal>> loaded = MigrationEngine::existingJournal(path);
    if (!loaded) {
        context.printError(loaded.error().message);
        return ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    if (!loaded->has_value()) {
        if (json)
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("state"), QJsonValue::Null}}).toJson();
        else
            context.out << StatusCommand::tr("No migration has been started in %1.").arg(QDir::toNativeSeparators(path))
                        << '\n';
        return ExitOk;
    }
    const Journal &journal = **loaded;
    const QString state = journal.state();
    const bool finished = journal.isFinished();
    if (json) {
        QJsonArray history;
        for (const Journal::Transition &t : journal.history()) {
            history.append(QJsonObject{{QStringLiteral("state"), t.state},
                                       {QStringLiteral("at"), t.at.toString(Qt::ISODateWithMs)}});
        }
        QJsonObject object{{QStringLiteral("state"), state},
                           {QStringLiteral("finished"), finished},
                           {QStringLiteral("service"), journal.service},
                           {QStringLiteral("method"), journal.method},
                           {QStringLiteral("target"), journal.target},
                           {QStringLiteral("data_touched"), journal.dataTouched},
                           {QStringLiteral("last_error"),
                            journal.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(journal.lastError)},
                           {QStringLiteral("history"), history}};
        if (journal.backup) {
            object.insert(QStringLiteral("backup"),
                          QJsonObject{{QStringLiteral("path"), journal.backup->path},
                                      {QStringLiteral("sha256"), journal.backup->sha256},
                                      {QStringLiteral("bytes"), double(journal.backup->bytes)}});
        }
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QTextStream &out = context.out;
    out << StatusCommand::tr("Migration of \"%1\" to Postgres %2 (%3)")
               .arg(journal.service)
               .arg(journal.target)
               .arg(journal.method)
        << '\n';
    out << StatusCommand::tr("State: %1").arg(state) << '\n';
    if (journal.backup)
        out << StatusCommand::tr("Backup: %1").arg(QDir::toNativeSeparators(journal.backup->path)) << '\n';
    if (!journal.lastError.isEmpty())
        out << StatusCommand::tr("Last error: %1").arg(journal.lastError) << '\n';
    for (const Journal::Transition &t : journal.history())
        out << "  " << t.at.toLocalTime().toString(Qt::ISODate) << "  " << t.state << '\n';
    if (!finished)
        out << StatusCommand::tr("Not finished: run \"ente-db-migrate resume\" to continue or \"ente-db-migrate "
                                 "rollback\" to undo it.")
            << '\n';
    return ExitOk;
}

} // namespace edm::cli
