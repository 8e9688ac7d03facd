// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportWriter.h"
#include "core/ErrorCodes.h"
#include "core/report/PagedTextPrinter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <sys/stat.h>

namespace edm {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return ReportWriter::trText("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return ReportWriter::trText("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return ReportWriter::trText("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString resultText(MigrationReport::CheckResult result)
{
    switch (result) {
    case MigrationReport::CheckResult::Pass:
        return ReportWriter::trText("pass");
    case MigrationReport::CheckResult::Warn:
        return ReportWriter::trText("warning");
    case MigrationReport::CheckResult::Fail:
        return ReportWriter::trText("FAIL");
    case MigrationReport::CheckResult::Skipped:
        return ReportWriter::trText("skipped");
    }
    return {};
}

QString resultColour(MigrationReport::CheckResult result)
{
    switch (result) {
    case MigrationReport::CheckResult::Pass:
        return QStringLiteral("#1b5e20");
    case MigrationReport::CheckResult::Warn:
        return QStringLiteral("#8a5a00");
    case MigrationReport::CheckResult::Fail:
        return QStringLiteral("#b71c1c");
    case MigrationReport::CheckResult::Skipped:
        return QStringLiteral("#555555");
    }
    return {};
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Markdown table cells: no pipes or line breaks.
/// Text from a file, a dump or docker as Markdown text: HTML in it stays text (a Markdown viewer renders raw HTML).
QString mdText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(QString text)
{
    return mdText(text).replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

/// A fenced code block whose fence is longer than any run of backticks inside, so the content cannot close it.
QString fenced(const QString &info, QString content)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : std::as_const(content)) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    if (!content.endsWith(u'\n'))
        content += u'\n';
    return fence + info + u'\n' + content + fence + u'\n';
}

QString number(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

QStringList htmlDiff(const QByteArray &diff)
{
    QStringList out;
    QStringList lines = QString::fromUtf8(diff).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString line : std::as_const(lines)) {
        line.remove(u'\r');
        QString style;
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            style = QStringLiteral("font-weight:bold");
        else if (line.startsWith(u'+'))
            style = QStringLiteral("color:#1b5e20;background:#e6ffec");
        else if (line.startsWith(u'-'))
            style = QStringLiteral("color:#b71c1c;background:#ffebe9");
        else if (line.startsWith(QLatin1String("@@")))
            style = QStringLiteral("color:#0d47a1");
        out += style.isEmpty() ? esc(line) : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, esc(line));
    }
    return out;
}

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<ReportWriter::Format> ReportWriter::formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString ReportWriter::extension(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ReportWriter::defaultFileName(Format format, const QDateTime &when)
{
    return QStringLiteral("ente-db-migration-%1.%2")
        .arg(when.toString(QStringLiteral("yyyyMMdd-HHmm")), extension(format));
}

namespace {

/// The report as a sequence of sections, the one source of the HTML and the PDF (so both show the same things).
/// Every text is HTML already (escaped where it comes from outside).
struct Cell
{
    QString html;
    bool number = false;
    bool key = false; ///< the key column of a key–value table
};

struct Section
{
    enum class Kind
    {
        Title,
        Heading,
        Subheading,
        Paragraph,
        Table,
        List,
        Code
    };
    Kind kind = Kind::Paragraph;
    QString html; ///< the text of a title, heading or paragraph
    QStringList header; ///< a table's column titles (none for a key–value table)
    QList<int> widths; ///< a table's column widths in percent
    QList<QList<Cell>> rows;
    QStringList lines; ///< a list's items, a code block's lines
    bool keepWithNext = false; ///< a paragraph that introduces what follows
};

QString coloured(const QString &colour, const QString &html, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1%2\">%3</span>")
        .arg(colour, bold ? QStringLiteral(";font-weight:bold") : QString(), html);
}

QList<Section> sections(const MigrationReport &r)
{
    using Kind = Section::Kind;
    QList<Section> out;
    const auto heading = [&out](const QString &text, Kind kind = Kind::Heading) {
        out.append({kind, esc(text), {}, {}, {}, {}, false});
    };
    const auto paragraph = [&out](const QString &html, bool keepWithNext = false) {
        out.append({Kind::Paragraph, html, {}, {}, {}, {}, keepWithNext});
    };
    const auto keyValues = [&out](const QList<std::pair<QString, QString>> &pairs) {
        Section table{Kind::Table, {}, {}, {30, 70}, {}, {}, false};
        for (const auto &[key, value] : pairs)
            table.rows.append({Cell{esc(key), false, true}, Cell{esc(value)}});
        out.append(table);
    };

    heading(ReportWriter::trText("Ente DB Migration report"), Kind::Title);
    paragraph(QStringLiteral("<b>%1</b>").arg(esc(r.outcomeText())));
    if (!r.keepImageNote.isEmpty())
        paragraph(esc(r.keepImageNote));

    heading(ReportWriter::trText("Project"));
    keyValues({
        {ReportWriter::trText("Folder"), QDir::toNativeSeparators(r.projectDir)},
        {ReportWriter::trText("Compose file"), r.composeFile},
        {ReportWriter::trText("Service"), r.service},
        {ReportWriter::trText("Method"), r.method},
        {ReportWriter::trText("Postgres before"),
         ReportWriter::trText("%1 (%2)").arg(r.versionBefore.isEmpty() ? QStringLiteral("—") : r.versionBefore,
                                             r.imageBefore)},
        {ReportWriter::trText("Postgres after"),
         ReportWriter::trText("%1 (%2)").arg(r.versionAfter.isEmpty() ? QStringLiteral("—") : r.versionAfter,
                                             r.imageAfter)},
        {ReportWriter::trText("Report created"), when(r.created)},
        {ReportWriter::trText("App version"), r.appVersion},
    });

    if (!r.steps.isEmpty()) {
        heading(ReportWriter::trText("Steps"));
        Section table{Kind::Table,
                      {},
                      {ReportWriter::trText("Step"), ReportWriter::trText("Started"), ReportWriter::trText("Finished"),
                       ReportWriter::trText("Duration"), ReportWriter::trText("Outcome")},
                      {24, 17, 17, 12, 30},
                      {},
                      {},
                      false};
        for (QString &title : table.header)
            title = esc(title);
        for (const auto &s : r.steps) {
            table.rows.append(
                {Cell{esc(s.title)}, Cell{esc(when(s.started))}, Cell{esc(when(s.finished))},
                 Cell{esc(duration(s.durationMs())), true},
                 Cell{esc(s.outcome) + (s.note.isEmpty() ? QString() : QStringLiteral(": ") + esc(s.note))}});
        }
        out.append(table);
    }
    if (r.backup) {
        heading(ReportWriter::trText("Backup"));
        keyValues({
            {ReportWriter::trText("File"), QDir::toNativeSeparators(r.backup->path)},
            {ReportWriter::trText("Size"), QLocale().formattedDataSize(r.backup->bytes)},
            {ReportWriter::trText("SHA-256"), r.backup->sha256},
            {ReportWriter::trText("Verified"),
             r.backup->verified ? ReportWriter::trText("yes") : ReportWriter::trText("no")},
            {ReportWriter::trText("Finished"), when(r.backup->finished)},
        });
    }
    if (!r.checks.isEmpty()) {
        heading(ReportWriter::trText("Checks"));
        Section table{Kind::Table,
                      {},
                      {esc(ReportWriter::trText("Check")), esc(ReportWriter::trText("Result")),
                       esc(ReportWriter::trText("Detail"))},
                      {25, 12, 63},
                      {},
                      {},
                      false};
        for (const auto &c : r.checks) {
            QString detail = esc(c.detail);
            if (!c.fix.isEmpty())
                detail += QStringLiteral("<br><i>%1</i> %2").arg(esc(ReportWriter::trText("Fix:")), esc(c.fix));
            if (!c.commands.isEmpty())
                detail +=
                    QStringLiteral("<br><code>%1</code>").arg(esc(c.commands).replace(u'\n', QStringLiteral("<br>")));
            table.rows.append({Cell{esc(c.title)},
                               Cell{coloured(resultColour(c.result), esc(resultText(c.result)), true)}, Cell{detail}});
        }
        out.append(table);
    }
    if (!r.rowCounts.isEmpty()) {
        heading(ReportWriter::trText("Row counts"));
        paragraph(esc(r.allRowsMatch() ? ReportWriter::trText("Every table has as many rows as in the backup.")
                                       : ReportWriter::trText("Some tables differ from the backup.")),
                  true);
        Section table{Kind::Table,
                      {},
                      {esc(ReportWriter::trText("Database")), esc(ReportWriter::trText("Table")),
                       esc(ReportWriter::trText("Backup")), esc(ReportWriter::trText("Server")),
                       esc(ReportWriter::trText("Match"))},
                      {20, 38, 15, 15, 12},
                      {},
                      {},
                      false};
        for (const auto &c : r.rowCounts) {
            table.rows.append(
                {Cell{esc(c.database)}, Cell{esc(c.schema) + u'.' + esc(c.table)}, Cell{number(c.expected), true},
                 Cell{number(c.actual), true},
                 Cell{c.matches() ? coloured(QStringLiteral("#1b5e20"), esc(ReportWriter::trText("yes")))
                                  : coloured(QStringLiteral("#b71c1c"), esc(ReportWriter::trText("NO")), true)}});
        }
        out.append(table);
    }
    if (!r.diffs.isEmpty()) {
        heading(ReportWriter::trText("Changes to the compose file"));
        for (const auto &d : r.diffs) {
            heading(d.title, Kind::Subheading);
            Section code{Kind::Code, {}, {}, {}, {}, htmlDiff(d.diff), false};
            out.append(code);
        }
    }
    if (!r.warnings.isEmpty()) {
        heading(ReportWriter::trText("Warnings"));
        Section list{Kind::List, {}, {}, {}, {}, {}, false};
        for (const Text &w : r.warnings)
            list.lines.append(esc(w));
        out.append(list);
    }
    if (!r.logExcerpt.isEmpty()) {
        heading(ReportWriter::trText("Upgrade log around the completion line"));
        Section code{Kind::Code, {}, {}, {}, {}, {}, false};
        for (const QString &line : r.logExcerpt) {
            // A line may hold line breaks of its own; each is a line of the block.
            for (const QString &part : line.split(u'\n'))
                code.lines.append(esc(part));
        }
        out.append(code);
    }
    return out;
}

QString htmlRow(const QList<Cell> &row)
{
    QString h = QStringLiteral("<tr>");
    for (const Cell &c : row) {
        if (c.key)
            h += QStringLiteral("<th>%1</th>").arg(c.html);
        else
            h += (c.number ? QStringLiteral("<td class=\"n\">%1</td>") : QStringLiteral("<td>%1</td>")).arg(c.html);
    }
    return h + QStringLiteral("</tr>\n");
}

} // namespace

QByteArray ReportWriter::toHtml(const MigrationReport &r)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
             .arg(esc(trText("Ente DB Migration report")));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;"
        "text-align:left;vertical-align:top}th{background:#f0f0f0}td.n{text-align:right}"
        "pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow:auto;font-size:90%;"
        "white-space:pre-wrap;overflow-wrap:anywhere}"
        "@media print{tr,li{page-break-inside:avoid;break-inside:avoid}h1,h2,h3{page-break-after:avoid;"
        "break-after:avoid}}</style></head><body>\n");
    using Kind = Section::Kind;
    for (const Section &s : sections(r)) {
        switch (s.kind) {
        case Kind::Title:
            h += QStringLiteral("<h1>%1</h1>\n").arg(s.html);
            break;
        case Kind::Heading:
            h += QStringLiteral("<h2>%1</h2>\n").arg(s.html);
            break;
        case Kind::Subheading:
            h += QStringLiteral("<h3>%1</h3>\n").arg(s.html);
            break;
        case Kind::Paragraph:
            h += QStringLiteral("<p>%1</p>\n").arg(s.html);
            break;
        case Kind::Table: {
            h += QStringLiteral("<table>\n");
            if (!s.header.isEmpty())
                h += QStringLiteral("<tr><th>%1</th></tr>\n").arg(s.header.join(QStringLiteral("</th><th>")));
            for (const QList<Cell> &row : s.rows)
                h += htmlRow(row);
            h += QStringLiteral("</table>\n");
            break;
        }
        case Kind::List:
            h += QStringLiteral("<ul>\n");
            for (const QString &item : s.lines)
                h += QStringLiteral("<li>%1</li>\n").arg(item);
            h += QStringLiteral("</ul>\n");
            break;
        case Kind::Code:
            h += QStringLiteral("<pre>%1</pre>\n").arg(s.lines.join(u'\n'));
            break;
        }
    }
    h += QStringLiteral("</body></html>\n");
    return r.redactor.redact(h).toUtf8();
}

QByteArray ReportWriter::toMarkdown(const MigrationReport &r)
{
    QString m;
    m += QStringLiteral("# %1\n\n**%2**\n\n").arg(trText("Ente DB Migration report"), r.outcomeText());
    if (!r.keepImageNote.isEmpty())
        m += mdText(r.keepImageNote) + QStringLiteral("\n\n");
    m += QStringLiteral("## %1\n\n| | |\n|---|---|\n").arg(trText("Project"));
    const auto row = [&m](const QString &k, const QString &v) {
        m += QStringLiteral("| %1 | %2 |\n").arg(cell(k), cell(v));
    };
    row(trText("Folder"), QDir::toNativeSeparators(r.projectDir));
    row(trText("Compose file"), r.composeFile);
    row(trText("Service"), r.service);
    row(trText("Method"), r.method);
    row(trText("Postgres before"),
        trText("%1 (%2)").arg(r.versionBefore.isEmpty() ? QStringLiteral("—") : r.versionBefore, r.imageBefore));
    row(trText("Postgres after"),
        trText("%1 (%2)").arg(r.versionAfter.isEmpty() ? QStringLiteral("—") : r.versionAfter, r.imageAfter));
    row(trText("Report created"), when(r.created));
    row(trText("App version"), r.appVersion);
    if (!r.steps.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---:|---|\n")
                 .arg(trText("Steps"), trText("Step"), trText("Started"), trText("Finished"), trText("Duration"),
                      trText("Outcome"));
        for (const auto &s : r.steps) {
            m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(cell(s.title), cell(when(s.started)), cell(when(s.finished)), duration(s.durationMs()),
                          cell(s.note.isEmpty() ? s.outcome : s.outcome + QStringLiteral(": ") + s.note.toString()));
        }
    }
    if (r.backup) {
        m += QStringLiteral("\n## %1\n\n| | |\n|---|---|\n").arg(trText("Backup"));
        row(trText("File"), QDir::toNativeSeparators(r.backup->path));
        row(trText("Size"), QLocale().formattedDataSize(r.backup->bytes));
        row(trText("SHA-256"), r.backup->sha256);
        row(trText("Verified"), r.backup->verified ? trText("yes") : trText("no"));
        row(trText("Finished"), when(r.backup->finished));
    }
    if (!r.checks.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                 .arg(trText("Checks"), trText("Check"), trText("Result"), trText("Detail"));
        for (const auto &c : r.checks) {
            QString detail = c.detail;
            if (!c.fix.isEmpty())
                detail += QStringLiteral(" — ") + trText("Fix:") + u' ' + c.fix;
            if (!c.commands.isEmpty())
                detail += u' ' + c.commands.split(u'\n').join(u' ');
            m += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(c.title), resultText(c.result), cell(detail));
        }
    }
    if (!r.rowCounts.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2\n\n| %3 | %4 | %5 | %6 | %7 |\n|---|---|---:|---:|---|\n")
                 .arg(trText("Row counts"),
                      r.allRowsMatch() ? trText("Every table has as many rows as in the backup.")
                                       : trText("Some tables differ from the backup."),
                      trText("Database"), trText("Table"), trText("Backup"), trText("Server"), trText("Match"));
        for (const auto &c : r.rowCounts) {
            m += QStringLiteral("| %1 | %2.%3 | %4 | %5 | %6 |\n")
                     .arg(cell(c.database), cell(c.schema), cell(c.table), number(c.expected), number(c.actual),
                          c.matches() ? trText("yes") : trText("**NO**"));
        }
    }
    if (!r.diffs.isEmpty()) {
        m += QStringLiteral("\n## %1\n").arg(trText("Changes to the compose file"));
        for (const auto &d : r.diffs) {
            QString diff = QString::fromUtf8(d.diff);
            diff.remove(u'\r');
            m += QStringLiteral("\n### %1\n\n%2").arg(cell(d.title), fenced(QStringLiteral("diff"), diff));
        }
    }
    if (!r.warnings.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n").arg(trText("Warnings"));
        for (const Text &w : r.warnings)
            m += QStringLiteral("- %1\n").arg(cell(w));
    }
    if (!r.logExcerpt.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2")
                 .arg(trText("Upgrade log around the completion line"), fenced(QString(), r.logExcerpt.join(u'\n')));
    }
    return r.redactor.redact(m).toUtf8();
}

QByteArray ReportWriter::toJson(const MigrationReport &report)
{
    // Value by value, so that a line left out for a too-short password stays inside its string.
    return QJsonDocument(report.redactor.redact(report.toJson())).toJson(QJsonDocument::Indented);
}

QByteArray ReportWriter::toPdf(const MigrationReport &report)
{
    // No ligatures: "ﬁles" must stay "files" for anyone who searches or copies the PDF's text.
    QFont font = QTextDocument().defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    PagedTextPrinter printer(font);
    const QString tableStart = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                              "style=\"border-collapse:collapse;border-color:#bbbbbb;"
                                              "border-style:solid\">");
    const auto cellsOf = [](const QStringList &html, const QList<int> &widths, bool header) -> QString {
        QString h = QStringLiteral("<tr>");
        for (qsizetype i = 0; i < html.size(); ++i) {
            h += QStringLiteral("<td width=\"%1%\"%2>%3</td>")
                     .arg(widths.value(i, 10))
                     .arg(header ? QStringLiteral(" bgcolor=\"#eeeeee\" style=\"font-weight:bold\"") : QString(),
                          html.at(i));
        }
        return h + QStringLiteral("</tr>");
    };
    using Kind = Section::Kind;
    for (const Section &s : sections(report)) {
        switch (s.kind) {
        case Kind::Title:
            printer.append({QStringLiteral("<h1>%1</h1>").arg(s.html), true, {}});
            break;
        case Kind::Heading:
            printer.append({QStringLiteral("<h2 style=\"margin-top:10pt\">%1</h2>").arg(s.html), true, {}});
            break;
        case Kind::Subheading:
            printer.append({QStringLiteral("<h3>%1</h3>").arg(s.html), true, {}});
            break;
        case Kind::Paragraph:
            printer.append({QStringLiteral("<p>%1</p>").arg(s.html), s.keepWithNext, {}});
            break;
        case Kind::Table: {
            // One piece per row, all with the same column widths: a row moves to the next page whole, and the
            // header row is repeated above it there.
            QString header;
            if (!s.header.isEmpty()) {
                header = tableStart + cellsOf(s.header, s.widths, true) + QStringLiteral("</table>");
                printer.append({header, true, {}});
            }
            for (const QList<Cell> &row : s.rows) {
                QStringList cells;
                for (const Cell &c : row) {
                    cells.append(c.number    ? QStringLiteral("<p align=\"right\">%1</p>").arg(c.html)
                                     : c.key ? QStringLiteral("<b>%1</b>").arg(c.html)
                                             : c.html);
                }
                // Right under the header row, or the row before.
                const bool tight = !header.isEmpty() || &row != &s.rows.constFirst();
                printer.append(
                    {tableStart + cellsOf(cells, s.widths, false) + QStringLiteral("</table>"), false, header, tight});
            }
            break;
        }
        case Kind::List:
            for (const QString &item : s.lines)
                printer.append({QStringLiteral("<ul><li>%1</li></ul>").arg(item), false, {}});
            break;
        case Kind::Code:
            // One piece per line, wrapped (at spaces, or anywhere in a long word), never cut at the margin.
            for (qsizetype i = 0; i < s.lines.size(); ++i) {
                const QString &line = s.lines.at(i);
                printer.append({QStringLiteral("<p style=\"white-space:pre-wrap;font-family:monospace;"
                                               "font-size:8pt;background-color:#f4f4f4\">%1</p>")
                                    .arg(line.isEmpty() ? QStringLiteral("&nbsp;") : line),
                                false,
                                {},
                                i > 0});
            }
            break;
        }
    }
    // Redacted piece by piece, before layout (the PDF's text is compressed: it cannot be redacted afterwards).
    PagedTextPrinter redacted(font);
    for (PagedTextPrinter::Piece piece : printer.pieces()) {
        piece.html = report.redactor.redact(piece.html);
        piece.continuedHeader = report.redactor.redact(piece.continuedHeader);
        redacted.append(piece);
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(trText("Ente DB Migration report"));
        writer.setCreator(QStringLiteral("ente-db-migrate"));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        redacted.print(&writer);
    }
    return bytes;
}

Status ReportWriter::write(const MigrationReport &unstamped, Format format, const QString &path)
{
    // "Report created" is when this file is made, not when the migration began.
    MigrationReport report = unstamped;
    report.created = QDateTime::currentDateTimeUtc();
    QByteArray bytes;
    switch (format) {
    case Format::Html:
        bytes = toHtml(report);
        break;
    case Format::Markdown:
        bytes = toMarkdown(report);
        break;
    case Format::Json:
        bytes = toJson(report);
        break;
    case Format::Pdf:
        bytes = toPdf(report);
        break;
    }
    // A regular file only: a device or FIFO would be replaced by a regular file, a symlink's target rewritten.
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            return Error{QStringLiteral("unsafe_output"),
                         trText("%1 is a symbolic link; the report is not written through it (its target stays as it "
                                "is). Give the path of a regular file, or remove the link first.")
                             .arg(QDir::toNativeSeparators(path)),
                         path};
        }
        if (!S_ISREG(st.st_mode)) {
            return Error{QStringLiteral("unsafe_output"),
                         trText("%1 is %2, not a regular file; nothing was written. Give the path of a new or regular "
                                "file.")
                             .arg(QDir::toNativeSeparators(path),
                                  S_ISDIR(st.st_mode) ? trText("a folder") : trText("a device, pipe or socket")),
                         path};
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Unwritable,
                     trText("Cannot write the report to %1: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Unwritable,
                     trText("Cannot write the report to %1: %2. Nothing was left behind; free some space or choose "
                            "another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    return {};
}

} // namespace edm
