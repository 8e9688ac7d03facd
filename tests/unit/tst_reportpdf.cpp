// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report read back as a person sees it: poppler's pdftotext for its text (a 2,000-character log line whole,
// wrapped; no table row split across pages; no page ending with a bare heading) and pdftoppm for its pixels (nothing
// drawn in the right margin on any page).
#include "core/report/ReportWriter.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

/// Words for a cell that wraps over several lines.
QString filler(int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(QStringLiteral("detail%1").arg(i % 7));
    return out.join(u' ');
}

/// 2,000 characters: words first, then one long word that can only be broken inside.
QString longLine()
{
    QString line = QStringLiteral("LONGSTART ");
    for (int i = 0; line.size() < 600; ++i)
        line += QStringLiteral("word%1 ").arg(i);
    for (int i = 0; line.size() < 1990; ++i)
        line += QStringLiteral("x%1").arg(i, 4, 10, QLatin1Char('0'));
    line.truncate(1993);
    line += QStringLiteral("LONGEND");
    return line;
}

MigrationReport bigReport()
{
    MigrationReport r;
    r.appVersion = QStringLiteral("0.1.0");
    r.projectDir = QStringLiteral("/srv/ente");
    r.composeFile = QStringLiteral("compose.yaml");
    r.service = QStringLiteral("postgres");
    r.method = QStringLiteral("pgautoupgrade");
    r.versionBefore = QStringLiteral("12.22");
    r.versionAfter = QStringLiteral("16.14");
    r.imageBefore = QStringLiteral("postgres:12");
    r.imageAfter = QStringLiteral("postgres:16");
    r.outcome = MigrationReport::Outcome::Succeeded;
    const QDateTime t0(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    for (int i = 0; i < 12; ++i) {
        r.steps.append({QStringLiteral("s%1").arg(i),
                        QStringLiteral("Step %1").arg(i),
                        t0.addSecs(i * 10),
                        t0.addSecs(i * 10 + 5),
                        QStringLiteral("done"),
                        {}});
    }
    r.backup =
        MigrationReport::Backup{QStringLiteral("/srv/backups/pg12.backup.sql"), 123456789, QString(64, u'a'), t0, true};
    // Rows of several lines each, with a marker at each end: both must be on the same page.
    for (int i = 0; i < 60; ++i) {
        r.checks.append({QStringLiteral("c%1").arg(i),
                         QStringLiteral("Check %1").arg(i),
                         i % 5 == 0 ? MigrationReport::CheckResult::Warn : MigrationReport::CheckResult::Pass,
                         QStringLiteral("chk%1a %2 chk%1z").arg(i, 3, 10, QLatin1Char('0')).arg(filler(20 + i % 30)),
                         {}});
    }
    for (int i = 0; i < 150; ++i) {
        r.rowCounts.append({QStringLiteral("ente_db"), QStringLiteral("public"),
                            QStringLiteral("table_%1").arg(i, 3, 10, QLatin1Char('0')), 1000 + i, 1000 + i});
    }
    r.diffs = {{QStringLiteral("image → postgres:16"), QStringLiteral("compose.yaml"),
                "--- a/compose.yaml\n+++ b/compose.yaml\n@@ -1 +1 @@\n-image: postgres:12\n+image: postgres:16\n"}};
    r.warnings = {QStringLiteral("First warning."), QStringLiteral("Second warning."), QStringLiteral("Third.")};
    for (int i = 0; i < 200; ++i)
        r.logExcerpt.append(QStringLiteral("postgres-1  | log line %1 of the upgrade").arg(i, 3, 10, QLatin1Char('0')));
    r.logExcerpt.insert(100, longLine());
    return r;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpace(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class tst_ReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void longLineIsWrappedWhole();
    void nothingInTheRightMargin();
    void rowsAndHeadingsStayTogether();
    void lineLongerThanAPageIsSplitBetweenLines();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_pdftotext;
    QString m_pdftoppm;
    int m_pages = 0;
};

void tst_ReportPdf::initTestCase()
{
    m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (m_pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is missing; scripts/deps.sh installs it");
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY(!m_pdftotext.isEmpty() && !pdfinfo.isEmpty());
    QVERIFY(m_dir.isValid());
    m_pdf = qEnvironmentVariable("EDM_PDF_OUT", m_dir.filePath(QStringLiteral("report.pdf")));
    const Status written = ReportWriter::write(bigReport(), ReportWriter::Format::Pdf, m_pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message.toString()));
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(pdfinfo, {m_pdf}));
    QVERIFY(pages.hasMatch());
    m_pages = pages.captured(1).toInt();
    QVERIFY2(m_pages >= 4, qPrintable(QString::number(m_pages))); // long enough to break tables and the log
}

void tst_ReportPdf::longLineIsWrappedWhole()
{
    const QString text = run(m_pdftotext, {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    QVERIFY2(withoutSpace(text).contains(withoutSpace(longLine())), "the long log line is not whole in the text");
    // Wrapped: its words are on several lines, none of them longer than a page is wide.
    const QStringList lines = text.split(u'\n');
    const auto start = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString &line) { return line.contains(QLatin1String("LONGSTART")); });
    const auto end =
        std::find_if(start, lines.cend(), [](const QString &line) { return line.contains(QLatin1String("LONGEND")); });
    QVERIFY(start != lines.cend() && end != lines.cend());
    QVERIFY2(end - start >= 10, qPrintable(QString::number(end - start)));
    // Every one of the 200 ordinary lines is there.
    for (int i = 0; i < 200; ++i)
        QVERIFY2(text.contains(QStringLiteral("log line %1 of").arg(i, 3, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
}

void tst_ReportPdf::nothingInTheRightMargin()
{
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QProcess process;
    process.start(
        m_pdftoppm,
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"), QStringLiteral("-png"), m_pdf, prefix});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), m_pages);
    // The right margin is 15 mm (about 29 px at 50 dpi): from 5 px inside it to the page's edge, every pixel is white.
    int inked = 0;
    for (const QString &name : images) {
        const QImage page = QImage(m_dir.filePath(name)).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
        const int margin = qRound(15.0 / 25.4 * 50.0);
        for (int x = page.width() - margin + 5; x < page.width(); ++x) {
            for (int y = 0; y < page.height(); ++y)
                QVERIFY2(qGray(page.pixel(x, y)) > 240,
                         qPrintable(QStringLiteral("%1: ink at %2,%3").arg(name).arg(x).arg(y)));
        }
        // The pages are not blank: the text area has ink.
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = margin; x < page.width() - margin; x += 2)
                inked += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    QVERIFY(inked > 1000);
}

void tst_ReportPdf::rowsAndHeadingsStayTogether()
{
    const QStringList headings = {QStringLiteral("Project"),
                                  QStringLiteral("Steps"),
                                  QStringLiteral("Backup"),
                                  QStringLiteral("Checks"),
                                  QStringLiteral("Row counts"),
                                  QStringLiteral("Changes to the compose file"),
                                  QStringLiteral("Warnings"),
                                  QStringLiteral("Upgrade log around the completion line"),
                                  QStringLiteral("image → postgres:16")};
    QStringList pages;
    for (int n = 1; n <= m_pages; ++n) {
        pages.append(run(m_pdftotext,
                         {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                          QString::number(n), m_pdf, QStringLiteral("-")}));
    }
    int headingsSeen = 0;
    for (int n = 0; n < pages.size(); ++n) {
        QStringList lines = pages.at(n).split(u'\n');
        for (QString &line : lines)
            line = line.simplified();
        lines.removeAll(QString());
        QVERIFY2(!lines.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(n + 1)));
        QVERIFY2(!headings.contains(lines.constLast()),
                 qPrintable(QStringLiteral("page %1 ends with the heading \"%2\"").arg(n + 1).arg(lines.constLast())));
        for (const QString &line : std::as_const(lines))
            headingsSeen += headings.contains(line) ? 1 : 0;
    }
    QCOMPARE(headingsSeen, headings.size());
    // Each row of the checks table (several lines) starts and ends on the same page.
    int pagesWithChecks = 0;
    for (int i = 0; i < 60; ++i) {
        const QString first = QStringLiteral("chk%1a").arg(i, 3, 10, QLatin1Char('0'));
        const QString last = QStringLiteral("chk%1z").arg(i, 3, 10, QLatin1Char('0'));
        const auto page =
            std::find_if(pages.cbegin(), pages.cend(), [&first](const QString &text) { return text.contains(first); });
        QVERIFY2(page != pages.cend(), qPrintable(first));
        QVERIFY2(page->contains(last), qPrintable(QStringLiteral("row %1 is split across pages").arg(i)));
    }
    for (const QString &page : std::as_const(pages))
        pagesWithChecks += page.contains(QLatin1String("chk0")) ? 1 : 0;
    QVERIFY2(pagesWithChecks >= 2, "the checks table should cross a page break for this test to mean something");
    // A table continued on a new page starts with its header row again, not a bare row.
    for (int n = 1; n < pages.size(); ++n) {
        if (!pages.at(n).contains(QLatin1String("chk0")) || pages.at(n - 1).count(QLatin1String("chk0")) == 0)
            continue;
        QVERIFY2(pages.at(n).contains(QRegularExpression(QStringLiteral("Check\\s+Result\\s+Detail"))),
                 qPrintable(pages.at(n)));
    }
}

void tst_ReportPdf::lineLongerThanAPageIsSplitBetweenLines()
{
    // 20,000 characters: more than a page holds, so it continues on the next pages, all of it.
    MigrationReport r;
    QString huge;
    for (int i = 0; huge.size() < 20000; ++i)
        huge += QStringLiteral("h%1 ").arg(i, 5, 10, QLatin1Char('0'));
    r.logExcerpt = {QStringLiteral("before"), huge, QStringLiteral("after")};
    const QString path = qEnvironmentVariable("EDM_PDF_HUGE_OUT", m_dir.filePath(QStringLiteral("huge.pdf")));
    QVERIFY(ReportWriter::write(r, ReportWriter::Format::Pdf, path).ok());
    const QString text = run(m_pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(withoutSpace(text).contains(withoutSpace(huge)), "the huge line is not whole in the text");
    QVERIFY(text.contains(QLatin1String("after")));
    QVERIFY2(text.count(u'\f') >= 2, "the line should fill more than a page");
    // Split between two of its lines: every word is on exactly one page, not cut (nor drawn twice) at a page break.
    const QStringList words = huge.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        QVERIFY2(text.count(word) == 1, qPrintable(QStringLiteral("%1: %2 times").arg(word).arg(text.count(word))));
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
