// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/TransferProgress.h"

#include <QTest>

using namespace edm;

class TestTransferProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyRate();
    void rateFollowsRecentWindow();
    void etaUnknown_data();
    void etaUnknown();
    void percentNeverReaches100BeforeTheEnd();
    void formatting_data();
    void formatting();
    void describe();
};

void TestTransferProgress::steadyRate()
{
    // 10 MiB/s for 20 s, updated every 100 ms: the rate is exact and the ETA follows from it.
    TransferProgress p;
    const qint64 total = 400LL * 1024 * 1024;
    p.start(1000, total);
    for (int step = 1; step <= 200; ++step)
        p.update(qint64(step) * 1024 * 1024, 1000 + step * 100);
    QCOMPARE(qRound(p.bytesPerSecond()), 10 * 1024 * 1024);
    QCOMPARE(p.bytes(), 200LL * 1024 * 1024);
    QCOMPARE(p.elapsedMs(), 20000);
    QCOMPARE(p.etaSeconds(), 20);
    const TransferStatus s = p.status();
    QCOMPARE(s.percent(), 50);
    QCOMPARE(s.etaSeconds, 20);
    QCOMPARE(s.total, total);
}

void TestTransferProgress::rateFollowsRecentWindow()
{
    // Fast for a minute, then slow: after one window the rate is the slow one, not the average.
    TransferProgress p;
    p.start(0, 0);
    qint64 bytes = 0;
    qint64 now = 0;
    for (int i = 0; i < 600; ++i) {
        now += 100;
        bytes += 10 * 1024 * 1024; // 100 MiB/s
        p.update(bytes, now);
    }
    QVERIFY(p.bytesPerSecond() > 99.0 * 1024 * 1024);
    for (int i = 0; i < 100; ++i) {
        now += 100;
        bytes += 100 * 1024; // 1 MiB/s
        p.update(bytes, now);
    }
    QVERIFY2(p.bytesPerSecond() < 1.1 * 1024 * 1024, qPrintable(QString::number(p.bytesPerSecond())));
    QVERIFY(p.bytesPerSecond() > 0.9 * 1024 * 1024);
    // Without a total there is no ETA.
    QCOMPARE(p.etaSeconds(), -1);
    QCOMPARE(p.status().percent(), -1);
}

void TestTransferProgress::etaUnknown_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("atMs");
    QTest::newRow("no total") << qint64(0) << qint64(1000) << qint64(2000);
    QTest::newRow("past the estimate") << qint64(1000) << qint64(5000) << qint64(2000);
    QTest::newRow("nothing moved yet") << qint64(1000) << qint64(0) << qint64(2000);
    QTest::newRow("no time passed") << qint64(1000) << qint64(10) << qint64(0);
}

void TestTransferProgress::etaUnknown()
{
    QFETCH(qint64, total);
    QFETCH(qint64, bytes);
    QFETCH(qint64, atMs);
    TransferProgress p;
    p.start(0, total);
    p.update(bytes, atMs);
    QCOMPARE(p.etaSeconds(), -1);
}

void TestTransferProgress::percentNeverReaches100BeforeTheEnd()
{
    TransferStatus s;
    s.total = 1000;
    s.bytes = 999;
    QCOMPARE(s.percent(), 99);
    s.bytes = 1000;
    QCOMPARE(s.percent(), 99);
    s.bytes = 5000; // an estimate is only an estimate
    QCOMPARE(s.percent(), 99);
    s.bytes = 0;
    QCOMPARE(s.percent(), 0);
    s.bytes = 700;
    s.done = true; // the estimate was too high: at the end it is 100 all the same
    QCOMPARE(s.percent(), 100);
    TransferProgress p;
    p.start(0, 1000);
    p.update(700, 2000);
    QCOMPARE(p.status().percent(), 70);
    p.finish();
    QCOMPARE(p.status().percent(), 100);
    QCOMPARE(p.status().etaSeconds, 0);
}

void TestTransferProgress::formatting_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(512) << "512 B";
    QTest::newRow("KiB") << qint64(1536) << "1.5 KiB";
    QTest::newRow("MiB") << qint64(12897485) << "12.3 MiB";
    QTest::newRow("GiB") << qint64(1288490189) << "1.20 GiB";
    QTest::newRow("TiB") << qint64(2199023255552) << "2.00 TiB";
}

void TestTransferProgress::formatting()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(TransferProgress::formatBytes(bytes), text);
}

void TestTransferProgress::describe()
{
    QCOMPARE(TransferProgress::formatDuration(45), QStringLiteral("45 s"));
    QCOMPARE(TransferProgress::formatDuration(185), QStringLiteral("3 min 05 s"));
    QCOMPARE(TransferProgress::formatDuration(7440), QStringLiteral("2 h 04 min"));
    QCOMPARE(TransferProgress::formatRate(85.0 * 1024 * 1024), QStringLiteral("85.0 MiB/s"));
    TransferStatus s;
    s.bytes = 1288490189;
    s.total = 3650722202;
    s.bytesPerSecond = 85.0 * 1024 * 1024;
    s.etaSeconds = 27;
    QCOMPARE(s.describe(), QStringLiteral("1.20 GiB of about 3.40 GiB (35 %), 85.0 MiB/s, about 27 s left"));
    s.total = 0;
    s.etaSeconds = -1;
    QCOMPARE(s.describe(), QStringLiteral("1.20 GiB, 85.0 MiB/s"));
}

QTEST_GUILESS_MAIN(TestTransferProgress)
#include "tst_transferprogress.moc"
