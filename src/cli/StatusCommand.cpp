// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate status [PATH] [--json]: where the project's migration stands, from its journal.
#include "cli/Cli.h"
#include "cli/Command.h"
#include "core/TerminalText.h"

#include "core/migration/MigrationEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace edm::cli {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::StatusCommand)

public:
    StatusCommand()
    {
        setDescription(tr("Shows where the migration of a compose project stands."));
        addPathArgument();
        addJsonOption(tr("Print the status as JSON."));
    }

protected:
    int run() override;
};

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

int StatusCommand::run()
{
    const QString path = projectPath();
    if (!QFileInfo::exists(path)) {
        return fail(
            Error{ErrorCode::NoComposeFile,
                  tr("%1 does not exist. Give the folder of your compose project.").arg(QDir::toNativeSeparators(path)),
                  path},
            ExitUsage);
    }
    const Expected<std::optional<Journal>> loaded = MigrationEngine::existingJournal(path);
    if (!loaded)
        return fail(loaded.error(), ExitUsage);
    const bool json = this->json();
    if (!loaded->has_value()) {
        if (json)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("state"), QJsonValue::Null}}).toJson();
        else
            out() << terminalSafe(tr("No migration has been started in %1.").arg(QDir::toNativeSeparators(path)))
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
        QJsonObject object{
            {QStringLiteral("state"), state},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("service"), journal.service},
            {QStringLiteral("method"), journal.method},
            {QStringLiteral("target"), journal.target},
            {QStringLiteral("data_touched"), journal.dataTouched},
            {QStringLiteral("last_error"),
             journal.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(journal.lastError.toString())},
            {QStringLiteral("last_error_code"),
             journal.lastErrorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(journal.lastErrorCode)},
            {QStringLiteral("history"), history}};
        if (journal.backup) {
            object.insert(QStringLiteral("backup"),
                          QJsonObject{{QStringLiteral("path"), journal.backup->path},
                                      {QStringLiteral("sha256"), journal.backup->sha256},
                                      {QStringLiteral("bytes"), double(journal.backup->bytes)}});
        }
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QTextStream &out = this->out();
    // Every field comes from the journal file: nothing in it reaches the terminal as a control sequence.
    out << terminalSafe(tr("Migration of \"%1\" to Postgres %2 (%3)")
                            .arg(journal.service)
                            .arg(journal.target)
                            .arg(journal.method))
        << '\n';
    out << terminalSafe(tr("State: %1").arg(state)) << '\n';
    if (journal.backup)
        out << terminalSafe(tr("Backup: %1").arg(QDir::toNativeSeparators(journal.backup->path))) << '\n';
    if (!journal.lastError.isEmpty())
        out << terminalSafe(tr("Last error: %1").arg(journal.lastError)) << '\n';
    for (const Journal::Transition &t : journal.history())
        out << "  " << t.at.toLocalTime().toString(Qt::ISODate) << "  " << terminalSafe(t.state) << '\n';
    if (!finished)
        out << tr("Not finished: run \"ente-db-migrate resume\" to continue or \"ente-db-migrate "
                  "rollback\" to undo it.")
            << '\n';
    return ExitOk;
}

} // namespace edm::cli
