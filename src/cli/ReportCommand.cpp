// ente-db-migrate report [PATH] --format html|md|json|pdf -o FILE: the migration's report, from its journal.
#include "cli/Cli.h"

#include "core/compose/MigrationPlan.h"
#include "core/migration/MigrationEngine.h"
#include "core/report/ReportWriter.h"

#include <QCommandLineParser>
#include <QDir>

namespace edm::cli {

struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::ReportCommand)
};

int runReport(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommand::tr(
        "Writes the report of a project's migration: steps, diffs, backup, checks, row counts, warnings."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 ReportCommand::tr("The project folder or compose file (default: the current folder)."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ReportCommand::tr("html, md, json or pdf."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ReportCommand::tr("The file to write (default: "
                                                            "ente-db-migration-YYYYMMDD-HHMM.<format> here)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({formatOption, outputOption});
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const QDir cwd(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory);
    std::optional<ReportWriter::Format> format;
    if (parser.isSet(formatOption))
        format = ReportWriter::formatFromName(parser.value(formatOption));
    else if (parser.isSet(outputOption))
        format = ReportWriter::formatFromPath(parser.value(outputOption));
    if (!format) {
        context.printError(ReportCommand::tr("give --format html, md, json or pdf (or an -o FILE with one of those "
                                             "extensions)."));
        return ExitUsage;
    }
    const QString path =
        QDir::cleanPath(cwd.absoluteFilePath(parser.positionalArguments().value(0, QStringLiteral("."))));
    const Expected<std::optional<Journal>> loaded = MigrationEngine::existingJournal(path);
    if (!loaded) {
        context.printError(loaded.error().message);
        return ExitUsage;
    }
    if (!loaded->has_value() || (*loaded)->report.isEmpty()) {
        context.printError(ReportCommand::tr("no migration of %1 has been recorded yet, so there is nothing to report.")
                               .arg(QDir::toNativeSeparators(path)));
        return ExitUsage;
    }
    MigrationReport report = MigrationReport::fromJson((*loaded)->report);
    // The journal holds no secrets, but the project's password is masked again in case a log line carried it.
    if (const auto plan = MigrationPlan::create(path, {}, context.environment))
        report.redactor.addSecret(plan->service().credentials.password);
    const QString output = parser.isSet(outputOption) ? cwd.absoluteFilePath(parser.value(outputOption))
                                                      : cwd.absoluteFilePath(ReportWriter::defaultFileName(*format));
    const Status written = ReportWriter::write(report, *format, output);
    if (!written) {
        context.printError(written.error().message);
        return ExitFailure;
    }
    context.out << ReportCommand::tr("Wrote %1").arg(QDir::toNativeSeparators(output)) << '\n';
    return ExitOk;
}

} // namespace edm::cli
