// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportWriter.h"
#include "core/ErrorCodes.h"

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
        return ReportWriter::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return ReportWriter::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return ReportWriter::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString resultText(MigrationReport::CheckResult result)
{
    switch (result) {
    case MigrationReport::CheckResult::Pass:
        return ReportWriter::tr("pass");
    case MigrationReport::CheckResult::Warn:
        return ReportWriter::tr("warning");
    case MigrationReport::CheckResult::Fail:
        return ReportWriter::tr("FAIL");
    case MigrationReport::CheckResult::Skipped:
        return ReportWriter::tr("skipped");
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

QString htmlDiff(const QByteArray &diff)
{
    QString out;
    for (QString line : QString::fromUtf8(diff).split(u'\n')) {
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
        out += u'\n';
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

QByteArray ReportWriter::toHtml(const MigrationReport &r)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
             .arg(esc(tr("Ente DB Migration report")));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;"
        "text-align:left;vertical-align:top}th{background:#f0f0f0}td.n{text-align:right}"
        "pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow:auto;font-size:90%}"
        ".pass{color:#1b5e20}.fail{color:#b71c1c;font-weight:bold}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Ente DB Migration report")));
    h += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(r.outcomeText()));
    if (!r.keepImageNote.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(r.keepImageNote));

    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Project")));
    const auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(v));
    };
    row(tr("Folder"), QDir::toNativeSeparators(r.projectDir));
    row(tr("Compose file"), r.composeFile);
    row(tr("Service"), r.service);
    row(tr("Method"), r.method);
    row(tr("Postgres before"),
        tr("%1 (%2)").arg(r.versionBefore.isEmpty() ? QStringLiteral("—") : r.versionBefore, r.imageBefore));
    row(tr("Postgres after"),
        tr("%1 (%2)").arg(r.versionAfter.isEmpty() ? QStringLiteral("—") : r.versionAfter, r.imageAfter));
    row(tr("Report created"), when(r.created));
    row(tr("App version"), r.appVersion);
    h += QStringLiteral("</table>\n");

    if (!r.steps.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                 .arg(esc(tr("Steps")), esc(tr("Step")), esc(tr("Started")), esc(tr("Finished")), esc(tr("Duration")),
                      esc(tr("Outcome")));
        for (const auto &s : r.steps) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td><td>%5%6</td></tr>\n")
                     .arg(esc(s.title), esc(when(s.started)), esc(when(s.finished)), esc(duration(s.durationMs())),
                          esc(s.outcome), s.note.isEmpty() ? QString() : QStringLiteral(": ") + esc(s.note));
        }
        h += QStringLiteral("</table>\n");
    }
    if (r.backup) {
        h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Backup")));
        row(tr("File"), QDir::toNativeSeparators(r.backup->path));
        row(tr("Size"), QLocale().formattedDataSize(r.backup->bytes));
        row(tr("SHA-256"), r.backup->sha256);
        row(tr("Verified"), r.backup->verified ? tr("yes") : tr("no"));
        row(tr("Finished"), when(r.backup->finished));
        h += QStringLiteral("</table>\n");
    }
    if (!r.checks.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Checks")), esc(tr("Check")), esc(tr("Result")), esc(tr("Detail")));
        for (const auto &c : r.checks) {
            QString detail = esc(c.detail);
            if (!c.fix.isEmpty())
                detail += QStringLiteral("<br><i>%1</i> %2").arg(esc(tr("Fix:")), esc(c.fix));
            if (!c.commands.isEmpty())
                detail +=
                    QStringLiteral("<br><code>%1</code>").arg(esc(c.commands).replace(u'\n', QStringLiteral("<br>")));
            h += QStringLiteral("<tr><td>%1</td><td style=\"color:%2;font-weight:bold\">%3</td><td>%4</td></tr>\n")
                     .arg(esc(c.title), resultColour(c.result), esc(resultText(c.result)), detail);
        }
        h += QStringLiteral("</table>\n");
    }
    if (!r.rowCounts.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(esc(tr("Row counts")),
                      esc(r.allRowsMatch() ? tr("Every table has as many rows as in the backup.")
                                           : tr("Some tables differ from the backup.")));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(tr("Database")), esc(tr("Table")), esc(tr("Backup")), esc(tr("Server")), esc(tr("Match")));
        for (const auto &c : r.rowCounts) {
            h += QStringLiteral("<tr><td>%1</td><td>%2.%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                                "<td class=\"%6\">%7</td></tr>\n")
                     .arg(esc(c.database), esc(c.schema), esc(c.table), number(c.expected), number(c.actual),
                          c.matches() ? QStringLiteral("pass") : QStringLiteral("fail"),
                          c.matches() ? esc(tr("yes")) : esc(tr("NO")));
        }
        h += QStringLiteral("</table>\n");
    }
    if (!r.diffs.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Changes to the compose file")));
        for (const auto &d : r.diffs)
            h += QStringLiteral("<h3>%1</h3>\n<pre>%2</pre>\n").arg(esc(d.title), htmlDiff(d.diff));
    }
    if (!r.warnings.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Warnings")));
        for (const QString &w : r.warnings)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(w));
        h += QStringLiteral("</ul>\n");
    }
    if (!r.logExcerpt.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n")
                 .arg(esc(tr("Upgrade log around the completion line")), esc(r.logExcerpt.join(u'\n')));
    }
    h += QStringLiteral("</body></html>\n");
    return r.redactor.redact(h).toUtf8();
}

QByteArray ReportWriter::toMarkdown(const MigrationReport &r)
{
    QString m;
    m += QStringLiteral("# %1\n\n**%2**\n\n").arg(tr("Ente DB Migration report"), r.outcomeText());
    if (!r.keepImageNote.isEmpty())
        m += mdText(r.keepImageNote) + QStringLiteral("\n\n");
    m += QStringLiteral("## %1\n\n| | |\n|---|---|\n").arg(tr("Project"));
    const auto row = [&m](const QString &k, const QString &v) {
        m += QStringLiteral("| %1 | %2 |\n").arg(cell(k), cell(v));
    };
    row(tr("Folder"), QDir::toNativeSeparators(r.projectDir));
    row(tr("Compose file"), r.composeFile);
    row(tr("Service"), r.service);
    row(tr("Method"), r.method);
    row(tr("Postgres before"),
        tr("%1 (%2)").arg(r.versionBefore.isEmpty() ? QStringLiteral("—") : r.versionBefore, r.imageBefore));
    row(tr("Postgres after"),
        tr("%1 (%2)").arg(r.versionAfter.isEmpty() ? QStringLiteral("—") : r.versionAfter, r.imageAfter));
    row(tr("Report created"), when(r.created));
    row(tr("App version"), r.appVersion);
    if (!r.steps.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---:|---|\n")
                 .arg(tr("Steps"), tr("Step"), tr("Started"), tr("Finished"), tr("Duration"), tr("Outcome"));
        for (const auto &s : r.steps) {
            m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(cell(s.title), cell(when(s.started)), cell(when(s.finished)), duration(s.durationMs()),
                          cell(s.note.isEmpty() ? s.outcome : s.outcome + QStringLiteral(": ") + s.note));
        }
    }
    if (r.backup) {
        m += QStringLiteral("\n## %1\n\n| | |\n|---|---|\n").arg(tr("Backup"));
        row(tr("File"), QDir::toNativeSeparators(r.backup->path));
        row(tr("Size"), QLocale().formattedDataSize(r.backup->bytes));
        row(tr("SHA-256"), r.backup->sha256);
        row(tr("Verified"), r.backup->verified ? tr("yes") : tr("no"));
        row(tr("Finished"), when(r.backup->finished));
    }
    if (!r.checks.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                 .arg(tr("Checks"), tr("Check"), tr("Result"), tr("Detail"));
        for (const auto &c : r.checks) {
            QString detail = c.detail;
            if (!c.fix.isEmpty())
                detail += QStringLiteral(" — ") + tr("Fix:") + u' ' + c.fix;
            if (!c.commands.isEmpty())
                detail += u' ' + c.commands.split(u'\n').join(u' ');
            m += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(c.title), resultText(c.result), cell(detail));
        }
    }
    if (!r.rowCounts.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2\n\n| %3 | %4 | %5 | %6 | %7 |\n|---|---|---:|---:|---|\n")
                 .arg(tr("Row counts"),
                      r.allRowsMatch() ? tr("Every table has as many rows as in the backup.")
                                       : tr("Some tables differ from the backup."),
                      tr("Database"), tr("Table"), tr("Backup"), tr("Server"), tr("Match"));
        for (const auto &c : r.rowCounts) {
            m += QStringLiteral("| %1 | %2.%3 | %4 | %5 | %6 |\n")
                     .arg(cell(c.database), cell(c.schema), cell(c.table), number(c.expected), number(c.actual),
                          c.matches() ? tr("yes") : tr("**NO**"));
        }
    }
    if (!r.diffs.isEmpty()) {
        m += QStringLiteral("\n## %1\n").arg(tr("Changes to the compose file"));
        for (const auto &d : r.diffs) {
            QString diff = QString::fromUtf8(d.diff);
            diff.remove(u'\r');
            m += QStringLiteral("\n### %1\n\n%2").arg(cell(d.title), fenced(QStringLiteral("diff"), diff));
        }
    }
    if (!r.warnings.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n").arg(tr("Warnings"));
        for (const QString &w : r.warnings)
            m += QStringLiteral("- %1\n").arg(cell(w));
    }
    if (!r.logExcerpt.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2")
                 .arg(tr("Upgrade log around the completion line"), fenced(QString(), r.logExcerpt.join(u'\n')));
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
    QTextDocument document;
    // No ligatures: "ﬁles" must stay "files" for anyone who searches or copies the PDF's text.
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(QString::fromUtf8(toHtml(report)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Ente DB Migration report"));
        writer.setCreator(QStringLiteral("ente-db-migrate"));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        document.print(&writer);
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
                         tr("%1 is a symbolic link; the report is not written through it (its target stays as it "
                            "is). Give the path of a regular file, or remove the link first.")
                             .arg(QDir::toNativeSeparators(path)),
                         path};
        }
        if (!S_ISREG(st.st_mode)) {
            return Error{QStringLiteral("unsafe_output"),
                         tr("%1 is %2, not a regular file; nothing was written. Give the path of a new or regular "
                            "file.")
                             .arg(QDir::toNativeSeparators(path),
                                  S_ISDIR(st.st_mode) ? tr("a folder") : tr("a device, pipe or socket")),
                         path};
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Unwritable,
                     tr("Cannot write the report to %1: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Unwritable,
                     tr("Cannot write the report to %1: %2. Nothing was left behind; free some space or choose "
                        "another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    return {};
}

} // namespace edm
