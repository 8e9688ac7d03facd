// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate report [PATH] --format html|md|json|pdf -o FILE: the migration's report, from its journal.
#include "cli/Cli.h"
#include "cli/Command.h"
#include "core/TerminalText.h"

#include "core/compose/MigrationPlan.h"
#include "core/migration/MigrationEngine.h"
#include "core/report/ReportWriter.h"

#include <QDir>

namespace edm::cli {

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::ReportCommand)

public:
    ReportCommand()
    {
        setDescription(
            tr("Writes the report of a project's migration: steps, diffs, backup, checks, row counts, warnings."));
        addPathArgument();
        addOption(m_formatOption);
        addOption(m_outputOption);
    }

protected:
    int run() override;

private:
    const QCommandLineOption m_formatOption{QStringLiteral("format"), tr("html, md, json or pdf."),
                                            QStringLiteral("FORMAT")};
    const QCommandLineOption m_outputOption{
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write (default: ente-db-migration-YYYYMMDD-HHMM.<format> here)."),
        QStringLiteral("FILE")};
};

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

int ReportCommand::run()
{
    std::optional<ReportWriter::Format> format;
    if (isSet(m_formatOption))
        format = ReportWriter::formatFromName(value(m_formatOption));
    else if (isSet(m_outputOption))
        format = ReportWriter::formatFromPath(value(m_outputOption));
    if (!format)
        return usageError(tr("give --format html, md, json or pdf (or an -o FILE with one of those extensions)."));
    const QString path = projectPath();
    const Expected<std::optional<Journal>> loaded = MigrationEngine::existingJournal(path);
    if (!loaded)
        return fail(loaded.error(), ExitUsage);
    if (!loaded->has_value() || (*loaded)->report.isEmpty()) {
        return fail(Error(ErrorCode::NothingToReport,
                          tr("no migration of %1 has been recorded yet, so there is nothing to report.")
                              .arg(QDir::toNativeSeparators(path))));
    }
    MigrationReport report = MigrationReport::fromJson((*loaded)->report);
    // The journal holds no secrets, but the project's password is masked again in case a log line carried it.
    if (const auto plan = MigrationPlan::create(path, {}, context().environment))
        report.redactor.addSecret(plan->service().credentials.password);
    const QString output = workingDirectory().absoluteFilePath(
        isSet(m_outputOption) ? value(m_outputOption) : ReportWriter::defaultFileName(*format));
    const Status written = ReportWriter::write(report, *format, output);
    if (!written)
        return fail(written.error()); // unwritable: 1; a symlink, device or folder at the path (unsafe_output): 2
    out() << terminalSafe(tr("Wrote %1").arg(QDir::toNativeSeparators(output))) << '\n';
    return ExitOk;
}

} // namespace edm::cli
