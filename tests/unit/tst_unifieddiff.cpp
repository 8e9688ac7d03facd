// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/UnifiedDiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

class tst_UnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactOutput();
    void equalGivesNothing();
    void contextStopsShortOfSecrets();
    void patchApplies_data();
    void patchApplies();
};

void tst_UnifiedDiff::exactOutput()
{
    const QByteArray before = "1\n2\n3\n4\n5\nimage: postgres:12\n7\n8\n9\n10\n";
    const QByteArray after = "1\n2\n3\n4\n5\nimage: postgres:16\n7\n8\n9\n10\n";
    QCOMPARE(UnifiedDiff::compute(before, after, "compose.yaml"),
             QByteArray("--- a/compose.yaml\n+++ b/compose.yaml\n@@ -3,7 +3,7 @@\n 3\n 4\n 5\n-image: postgres:12\n"
                        "+image: postgres:16\n 7\n 8\n 9\n"));
}

void tst_UnifiedDiff::equalGivesNothing()
{
    QVERIFY(UnifiedDiff::compute("a\n", "a\n", "x").isEmpty());
}

void tst_UnifiedDiff::contextStopsShortOfSecrets()
{
    const QByteArray before = "a\nb\n    image: postgres:12\n    environment:\n      POSTGRES_PASSWORD: hunter2\nz\n";
    const QByteArray after = "a\nb\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2\nz\n";
    const QByteArray diff = UnifiedDiff::compute(before, after, "compose.yaml");
    QVERIFY(!diff.contains("hunter2"));
    QVERIFY(!diff.contains("PASSWORD"));
    // One line of context on each side: "environment:" is safe, the password line is not.
    QCOMPARE(diff,
             QByteArray("--- a/compose.yaml\n+++ b/compose.yaml\n@@ -2,3 +2,3 @@\n b\n-    image: postgres:12\n"
                        "+    image: postgres:16\n     environment:\n"));
    // A known secret in any form of line is kept out as well.
    const QByteArray list = "- SOMETHING=hunter2\nimage: postgres:12\nx\n";
    const QByteArray diff2 = UnifiedDiff::compute(list, QByteArray(list).replace("12", "16"), "c.yaml", 3, {"hunter2"});
    QVERIFY(!diff2.contains("hunter2"));
}

void tst_UnifiedDiff::patchApplies_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("first line") << QByteArray("image: postgres:12\nb\nc\n") << QByteArray("image: x\nb\nc\n");
    QTest::newRow("last line no newline")
        << QByteArray("a\nb\nimage: postgres:12") << QByteArray("a\nb\nimage: postgres:16");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\nimage: postgres:12\r\nc\r\n")
                          << QByteArray("a\r\nb\r\nimage: postgres:16\r\nc\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFimage: postgres:12\nb\n")
                         << QByteArray("\xEF\xBB\xBFimage: postgres:16\nb\n");
    QTest::newRow("only line") << QByteArray("image: postgres:12\n") << QByteArray("image: postgres:16\n");
    QTest::newRow("nested path") << QByteArray("x\n") << QByteArray("y\n");
    QTest::newRow("secret after") << QByteArray("a\nb\nc\nd\nimage: postgres:12\nPOSTGRES_PASSWORD: x\ne\nf\ng\n")
                                  << QByteArray("a\nb\nc\nd\nimage: postgres:16\nPOSTGRES_PASSWORD: x\ne\nf\ng\n");
    QTest::newRow("secret before") << QByteArray("a\nb\nPASSWORD=x\nd\nimage: postgres:12\nc\ne\nf\ng\n")
                                   << QByteArray("a\nb\nPASSWORD=x\nd\nimage: postgres:16\nc\ne\nf\ng\n");
    QByteArray longBefore;
    for (int i = 0; i < 40; ++i)
        longBefore += "line " + QByteArray::number(i) + '\n';
    QByteArray longAfter = longBefore;
    longAfter.replace("line 20\n", "line twenty\n");
    QTest::newRow("middle of long file") << longBefore << longAfter;
}

void tst_UnifiedDiff::patchApplies()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QString patch = QStandardPaths::findExecutable(QStringLiteral("patch"));
    if (patch.isEmpty())
        QFAIL("patch(1) is needed for this test; scripts/test installs it");
    const QString rel = QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("nested path")
        ? QStringLiteral("server/compose.yaml")
        : QStringLiteral("compose.yaml");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("server")));
    QFile file(dir.filePath(rel));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(before);
    file.close();
    const QByteArray diff = UnifiedDiff::compute(before, after, rel);
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(patch, {QStringLiteral("-p1"), QStringLiteral("--quiet"), QStringLiteral("--binary")});
    QVERIFY(process.waitForStarted());
    process.write(diff);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), after);
}

QTEST_GUILESS_MAIN(tst_UnifiedDiff)
#include "tst_unifieddiff.moc"
