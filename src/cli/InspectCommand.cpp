// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate inspect FILE [--json]: what a pg_dumpall or pg_dump file (plain or .gz) holds, and whether it is
// complete. Exits 0 for a complete dump, 3 for one that is readable but incomplete or suspect, 2 when it cannot be
// read as a dump (missing file, custom-format archive, foreign file).
#include "cli/Cli.h"
#include "cli/Command.h"
#include "core/TerminalText.h"

#include "core/postgres/DumpInspector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace edm::cli {

class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::InspectCommand)

public:
    InspectCommand()
    {
        setDescription(tr("Reads a backup made by pg_dumpall or pg_dump (plain SQL, or .sql.gz) and says what is in "
                          "it: server version, roles, databases, tables with their row counts, and whether it is "
                          "complete. Exit codes: 0 complete, 3 readable but incomplete or suspect, 2 cannot be read."));
        addPositionalArgument(QStringLiteral("FILE"), tr("The dump file (.sql or .sql.gz), or - for standard input."));
        addJsonOption(tr("Print the summary (or the error) as JSON."));
    }

protected:
    int run() override;
};

std::unique_ptr<Command> makeInspectCommand()
{
    return std::make_unique<InspectCommand>();
}

namespace {

/// Standard input ("-"): `pg_dumpall | ente-db-migrate inspect -`.
Expected<DumpSummary> inspectStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::OpenFailed,
                     InspectCommand::tr("Cannot read standard input: %1.").arg(in.errorString()));
    }
    DumpInspector inspector;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (inspector.wantsMoreInput()) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            return Error(ErrorCode::ReadFailed,
                         InspectCommand::tr("Cannot read standard input: %1.").arg(in.errorString()));
        }
        if (n == 0)
            break;
        inspector.feed(QByteArrayView(buffer.constData(), n));
    }
    return inspector.finish();
}

QString passwordText(const DumpRole &role)
{
    switch (role.password) {
    case PasswordKind::None:
        return InspectCommand::tr("no password");
    case PasswordKind::Md5:
        return InspectCommand::tr("md5 password");
    case PasswordKind::Scram:
        return InspectCommand::tr("SCRAM-SHA-256 password");
    case PasswordKind::Plain:
        return InspectCommand::tr("clear-text password");
    case PasswordKind::Unknown:
        return InspectCommand::tr("password of unknown kind");
    }
    return {};
}

void printHuman(QTextStream &out, const QString &path, const DumpSummary &summary)
{
    const QLocale locale;
    const auto row = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(12) << terminalSafe(value) << '\n';
    };
    QString size = locale.formattedDataSize(summary.inputBytes);
    if (summary.compressed)
        size = InspectCommand::tr("%1, gzip; %2 of SQL").arg(size, locale.formattedDataSize(summary.textBytes));
    row(InspectCommand::tr("File:"), InspectCommand::tr("%1 (%2)").arg(QDir::toNativeSeparators(path), size));
    row(InspectCommand::tr("Format:"), DumpSummary::formatName(summary.format));
    if (summary.format == DumpSummary::Format::PgDumpall || summary.format == DumpSummary::Format::PgDump)
        row(InspectCommand::tr("Complete:"), summary.complete ? InspectCommand::tr("yes") : InspectCommand::tr("no"));
    if (!summary.sourceVersionText.isEmpty())
        row(InspectCommand::tr("Server:"), InspectCommand::tr("PostgreSQL %1").arg(summary.sourceVersionText));
    if (!summary.dumpToolVersionText.isEmpty())
        row(InspectCommand::tr("Dumped by:"), InspectCommand::tr("pg_dump %1").arg(summary.dumpToolVersionText));
    if (summary.format == DumpSummary::Format::PgDumpall) {
        QStringList roles;
        for (const DumpRole &role : summary.roles) {
            QStringList notes{passwordText(role)};
            if (role.superuser)
                notes.append(InspectCommand::tr("superuser"));
            roles.append(InspectCommand::tr("%1 (%2)").arg(role.name, notes.join(QStringLiteral(", "))));
        }
        row(InspectCommand::tr("Roles:"),
            roles.isEmpty() ? InspectCommand::tr("none") : roles.join(QStringLiteral("; ")));
    }
    if (summary.format == DumpSummary::Format::PgDumpCustom && !summary.databases.isEmpty()) {
        row(InspectCommand::tr("Database:"), summary.databases.first().name);
    } else if (!summary.databases.isEmpty()) {
        out << '\n' << InspectCommand::tr("Databases:") << '\n';
        for (const DumpDatabase &db : summary.databases) {
            const QString name = db.name.isNull() ? InspectCommand::tr("(the dumped database)") : db.name;
            out << "  " << terminalSafe(name) << "  "
                << InspectCommand::tr("%1; tables: %2; rows: %3")
                       .arg(locale.formattedDataSize(db.bytes), locale.toString(db.tables.size()),
                            locale.toString(db.rows()))
                << '\n';
            int width = 0;
            for (const DumpTable &table : db.tables)
                width = qMax(width, int(table.qualifiedName().size()));
            for (const DumpTable &table : db.tables) {
                out << "      " << terminalSafe(table.qualifiedName()).leftJustified(width) << "  "
                    << locale.toString(table.rows).rightJustified(10);
                if (!table.complete)
                    out << "  " << InspectCommand::tr("(cut off)");
                out << '\n';
            }
        }
    }
    if (!summary.problems.isEmpty()) {
        out << '\n' << InspectCommand::tr("Problems:") << '\n';
        for (const DumpProblem &problem : summary.problems)
            out << "  - " << terminalSafe(problem.message) << '\n';
    }
    out << '\n';
    switch (summary.verdict()) {
    case DumpSummary::Verdict::Complete:
        out << InspectCommand::tr("The dump is complete.") << '\n';
        break;
    case DumpSummary::Verdict::Incomplete:
        out << (summary.complete ? InspectCommand::tr("The dump is complete but suspect: see the problems above.")
                                 : InspectCommand::tr("The dump is INCOMPLETE: see the problems above."))
            << '\n';
        break;
    case DumpSummary::Verdict::Unreadable:
        out << InspectCommand::tr("This file cannot be read as a plain SQL dump.") << '\n';
        break;
    }
}

} // namespace

int InspectCommand::run()
{
    // Every error of inspect means the file cannot be read as a dump: exit code 2.
    const auto failed = [this](const Error &error) { return fail(error, ExitUsage); };
    const QStringList positional = positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty() ? tr("inspect needs the dump FILE to read.")
                                               : tr("inspect takes one FILE, got %1.").arg(positional.size()));
    }
    const QString argument = positional.first();
    const bool standardInput = argument == QLatin1String("-");
    const QString path = standardInput ? argument : absolutePath(argument);

    Expected<DumpSummary> result = [&]() -> Expected<DumpSummary> {
        if (standardInput)
            return inspectStandardInput();
        DumpInspector inspector;
        return inspector.inspectFile(path);
    }();
    if (!result)
        return failed(result.error());
    const DumpSummary &summary = *result;

    if (json())
        out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(out(), standardInput ? tr("standard input") : path, summary);

    switch (summary.verdict()) {
    case DumpSummary::Verdict::Complete:
        return ExitOk;
    case DumpSummary::Verdict::Incomplete:
        return ExitIncomplete;
    case DumpSummary::Verdict::Unreadable:
        out().flush();
        printError(summary.problems.isEmpty() ? tr("%1 is not a dump.").arg(path) : summary.problems.first().message);
        return ExitUsage;
    }
    return ExitUsage;
}

} // namespace edm::cli
