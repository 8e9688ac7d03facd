// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

const QString password = QStringLiteral("pa$$-W0rd-xyz");

MigrationReport sample()
{
    MigrationReport r;
    r.appVersion = "0.1.0";
    r.created = QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    r.projectDir = "/srv/ente";
    r.composeFile = "compose.yaml";
    r.service = "postgres";
    r.method = "pgautoupgrade";
    r.versionBefore = "12.22";
    r.versionAfter = "16.14";
    r.imageBefore = "postgres:12";
    r.imageAfter = "postgres:16";
    r.outcome = MigrationReport::Outcome::Succeeded;
    r.keepImageNote = "Keep image: postgres:16 in compose.yaml.";
    const QDateTime t0 = r.created;
    r.steps = {{"backup", "Backup", t0, t0.addSecs(12), "done", {}},
               {"upgrade", "Upgrade", t0.addSecs(20), t0.addSecs(95), "done", "pgautoupgrade finished"}};
    r.diffs = {{"image → postgres:16", "compose.yaml",
                "--- a/compose.yaml\n+++ b/compose.yaml\n@@ -1 +1 @@\n-image: x <b>\n+image: postgres:16\n"}};
    r.backup =
        MigrationReport::Backup{"/srv/backups/pg12.backup.sql", 123456789, QString(64, u'a'), t0.addSecs(12), true};
    r.checks = {{"version", "Server version", MigrationReport::CheckResult::Pass, "PostgreSQL 16.14", {}},
                {"login", "Login over TCP", MigrationReport::CheckResult::Fail, "password was " + password,
                 "ALTER ROLE pguser PASSWORD '" + password + "'"}};
    r.rowCounts = {{"ente_db", "public", "files", 200000, 200000}, {"ente_db", "public", "users", 12, 11}};
    r.warnings = {"POSTGRES_PASSWORD=" + password + " seen in env"};
    r.logExcerpt = {"postgres-1  | Upgrade to PostgreSQL 16.14 complete.", "password " + password};
    r.redactor.addSecret(password);
    return r;
}

} // namespace

class tst_ReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats();
    void noSecretInAnyFormat_data();
    void noSecretInAnyFormat();
    void jsonRoundTrip();
    void pdfHasRowCountTable();
    void everyWarningInEveryFormat_data();
    void everyWarningInEveryFormat();
    void unwritableTarget();
};

void tst_ReportWriter::formats()
{
    QCOMPARE(ReportWriter::formatFromName("md"), ReportWriter::Format::Markdown);
    QCOMPARE(ReportWriter::formatFromPath("/x/r.PDF"), ReportWriter::Format::Pdf);
    QVERIFY(!ReportWriter::formatFromName("docx"));
    QCOMPARE(ReportWriter::defaultFileName(ReportWriter::Format::Html, QDateTime(QDate(2026, 1, 2), QTime(3, 4))),
             QStringLiteral("ente-db-migration-20260102-0304.html"));
}

void tst_ReportWriter::noSecretInAnyFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("html") << int(ReportWriter::Format::Html);
    QTest::newRow("markdown") << int(ReportWriter::Format::Markdown);
    QTest::newRow("json") << int(ReportWriter::Format::Json);
    QTest::newRow("pdf") << int(ReportWriter::Format::Pdf);
}

void tst_ReportWriter::noSecretInAnyFormat()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    const auto f = ReportWriter::Format(format);
    const QString path = dir.filePath(ReportWriter::defaultFileName(f));
    const Status status = ReportWriter::write(sample(), f, path);
    QVERIFY2(status.ok(), qPrintable(status.error().message.toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 200);
    QVERIFY(!bytes.contains(password.toUtf8()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    if (f == ReportWriter::Format::Html) {
        QVERIFY(bytes.contains("200,000") || bytes.contains("200000"));
        QVERIFY(bytes.contains("image: x &lt;b&gt;")); // escaped
        QVERIFY(!bytes.contains("<link") && !bytes.contains("<script")); // self-contained
    }
    if (f == ReportWriter::Format::Markdown) {
        QVERIFY(bytes.contains("```diff\n--- a/compose.yaml"));
        QVERIFY(bytes.contains("| ente_db | public.users | 12 | 11 | **NO** |"));
    }
}

void tst_ReportWriter::jsonRoundTrip()
{
    const MigrationReport r = sample();
    const QJsonObject json = QJsonDocument::fromJson(ReportWriter::toJson(r)).object();
    QCOMPARE(json.value("outcome").toString(), QStringLiteral("succeeded"));
    QCOMPARE(json.value("row_counts").toArray().size(), 2);
    QCOMPARE(json.value("steps").toArray().at(1).toObject().value("duration_ms").toInt(), 75000);
    const MigrationReport back = MigrationReport::fromJson(r.toJson());
    QCOMPARE(back.toJson(), r.toJson());
}

void tst_ReportWriter::pdfHasRowCountTable()
{
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed; scripts/test installs it");
    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("EDM_PDF_OUT", dir.filePath("r.pdf"));
    QVERIFY(ReportWriter::write(sample(), ReportWriter::Format::Pdf, path).ok());
    QProcess process;
    process.start(pdftotext, {"-layout", path, "-"});
    QVERIFY(process.waitForFinished());
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains("Row counts"), qPrintable(text));
    QVERIFY2(text.contains("public.files"), qPrintable(text));
    QVERIFY(text.contains("200,000") || text.contains("200000"));
    QVERIFY(!text.contains(password));
}

void tst_ReportWriter::everyWarningInEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("html") << int(ReportWriter::Format::Html);
    QTest::newRow("markdown") << int(ReportWriter::Format::Markdown);
    QTest::newRow("json") << int(ReportWriter::Format::Json);
    QTest::newRow("pdf") << int(ReportWriter::Format::Pdf);
}

void tst_ReportWriter::everyWarningInEveryFormat()
{
    QFETCH(int, format);
    const auto f = ReportWriter::Format(format);
    // Three warnings as the plan writes them: one plain, one with markup characters and a pipe, one over two lines.
    MigrationReport r = sample();
    r.warnings = {"alphawarn: the image is set by POSTGRES_IMAGE in .env (line 3); that line is what changes.",
                  "bravowarn: PGDATA is <set> & the mount | stays as it is.",
                  "charliewarn: the changed line also holds the password.\nIt stays masked in the report."};
    QTemporaryDir dir;
    const QString path = dir.filePath(ReportWriter::defaultFileName(f));
    QVERIFY(ReportWriter::write(r, f, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (f == ReportWriter::Format::Pdf) {
        const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed; scripts/deps.sh installs it");
        QProcess process;
        process.start(pdftotext, {path, "-"});
        QVERIFY(process.waitForFinished());
        text = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (f == ReportWriter::Format::Json) {
        const QJsonArray warnings = QJsonDocument::fromJson(text.toUtf8()).object().value("warnings").toArray();
        QCOMPARE(warnings.size(), 3);
        for (qsizetype i = 0; i < 3; ++i)
            QCOMPARE(warnings.at(i).toString(), r.warnings.at(i));
        return;
    }
    for (const char *marker : {"alphawarn", "bravowarn", "charliewarn"})
        QVERIFY2(text.count(QLatin1String(marker)) == 1, qPrintable(QStringLiteral("%1 in:\n%2").arg(marker, text)));
    // The text after each marker is there too (escaped as the format needs), in order.
    const QString simplified = text.simplified();
    QVERIFY(simplified.indexOf("alphawarn") < simplified.indexOf("bravowarn"));
    QVERIFY(simplified.indexOf("bravowarn") < simplified.indexOf("charliewarn"));
    QVERIFY2(simplified.contains("It stays masked in the report."), qPrintable(simplified));
    QVERIFY2(simplified.contains("that line is what changes."), qPrintable(simplified));
    if (f == ReportWriter::Format::Html)
        QVERIFY(text.contains("PGDATA is &lt;set&gt; &amp; the mount | stays"));
    if (f == ReportWriter::Format::Markdown)
        QVERIFY(text.contains("PGDATA is &lt;set&gt; &amp; the mount \\| stays"));
    if (f == ReportWriter::Format::Pdf)
        QVERIFY(simplified.contains("PGDATA is <set> & the mount | stays"));
}

void tst_ReportWriter::unwritableTarget()
{
    const Status status = ReportWriter::write(sample(), ReportWriter::Format::Json, "/proc/no/such/dir/r.json");
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.toString().contains("/proc/no/such/dir/r.json"));
}

QTEST_MAIN(tst_ReportWriter)
#include "tst_reportwriter.moc"
