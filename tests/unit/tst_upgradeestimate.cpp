// SPDX-License-Identifier: GPL-3.0-or-later
// UpgradeEstimate: the upgrade page's elapsed time, phase and time left, from the data's size and the phase times
// seen so far, against a clock the test sets (no wall-clock time).
#include "core/migration/UpgradeEstimate.h"

#include <QTest>

using namespace edm;

using Phase = UpgradeEstimate::Phase;

namespace {

const QDateTime t0(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC);

/// Seconds after t0.
QDateTime at(qint64 seconds)
{
    return t0.addSecs(seconds);
}

} // namespace

Q_DECLARE_METATYPE(QList<edm::UpgradeEstimate::PhaseTime>)

class TestUpgradeEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remaining_data();
    void remaining();
    void elapsed();
    void phasesOnlyGoForward();
    void formatDuration_data();
    void formatDuration();
};

void TestUpgradeEstimate::remaining_data()
{
    QTest::addColumn<qint64>("dataBytes");
    QTest::addColumn<QList<UpgradeEstimate::PhaseTime>>("phases");
    QTest::addColumn<qint64>("now"); ///< seconds after the start
    QTest::addColumn<qint64>("remaining"); ///< seconds; -1: no estimate ("estimating…")

    const qint64 gb = 1024LL * 1024 * 1024;
    // The container took 10 s to its conversion, which took 100 s.
    const QList<UpgradeEstimate::PhaseTime> converted{{Phase::Upgrading, at(10)}, {Phase::Reindexing, at(110)}};
    QList<UpgradeEstimate::PhaseTime> starting = converted;
    starting.append({Phase::Starting, at(220)});
    QList<UpgradeEstimate::PhaseTime> complete = starting;
    complete.append({Phase::Complete, at(225)});

    QTest::newRow("nothing seen yet") << gb << QList<UpgradeEstimate::PhaseTime>{} << qint64(5) << qint64(-1);
    QTest::newRow("converting: nothing measured")
        << gb << QList<UpgradeEstimate::PhaseTime>{{Phase::Upgrading, at(10)}} << qint64(60) << qint64(-1);
    // Reindexing reads the data once more (as long as the conversion), then a start as long as the first (10 s).
    QTest::newRow("reindexing begins") << gb << converted << qint64(110) << qint64(100 + 10);
    QTest::newRow("reindexing half-way") << gb << converted << qint64(160) << qint64(50 + 10);
    QTest::newRow("reindexing past its guess") << gb << converted << qint64(211) << qint64(-1);
    QTest::newRow("final start") << gb << starting << qint64(224) << qint64(6);
    QTest::newRow("final start past its guess") << gb << starting << qint64(231) << qint64(-1);
    QTest::newRow("complete") << gb << complete << qint64(300) << qint64(0);
    QTest::newRow("size unknown") << qint64(0) << converted << qint64(110) << qint64(-1);
    QTest::newRow("failed") << gb
                            << QList<UpgradeEstimate::PhaseTime>{{Phase::Upgrading, at(10)}, {Phase::Failed, at(20)}}
                            << qint64(30) << qint64(-1);
    // The same machine is as fast on a small cluster: the estimate follows the measured conversion.
    QTest::newRow("small data, fast conversion")
        << qint64(8356719) << QList<UpgradeEstimate::PhaseTime>{{Phase::Upgrading, at(3)}, {Phase::Reindexing, at(5)}}
        << qint64(5) << qint64(2 + 3);
}

void TestUpgradeEstimate::remaining()
{
    QFETCH(qint64, dataBytes);
    QFETCH(QList<UpgradeEstimate::PhaseTime>, phases);
    QFETCH(qint64, now);
    QFETCH(qint64, remaining);

    UpgradeEstimate estimate;
    estimate.setStarted(t0);
    estimate.setDataBytes(dataBytes);
    for (const UpgradeEstimate::PhaseTime &seen : phases)
        estimate.enterPhase(seen.phase, seen.at);
    const std::optional<qint64> left = estimate.remainingMs(at(now));
    QCOMPARE(left.has_value(), remaining >= 0);
    if (left)
        QCOMPARE(*left, remaining * 1000);
}

void TestUpgradeEstimate::elapsed()
{
    UpgradeEstimate estimate;
    QCOMPARE(estimate.elapsedMs(at(10)), qint64(0)); // not started
    estimate.setStarted(t0);
    QCOMPARE(estimate.elapsedMs(at(65)), qint64(65000));
    QCOMPARE(estimate.elapsedMs(at(-5)), qint64(0)); // a clock behind the start
    estimate.enterPhase(Phase::Upgrading, at(10));
    estimate.enterPhase(Phase::Complete, at(90));
    // Finished: the time stops at the end.
    QCOMPARE(estimate.elapsedMs(at(500)), qint64(90000));
}

void TestUpgradeEstimate::phasesOnlyGoForward()
{
    // A log followed again from its start shows its phases again: the first times stay.
    UpgradeEstimate estimate;
    estimate.setStarted(t0);
    QCOMPARE(estimate.phase(), Phase::Checking);
    estimate.enterPhase(Phase::Checking, at(1));
    QVERIFY(estimate.phases().isEmpty());
    estimate.enterPhase(Phase::Upgrading, at(10));
    estimate.enterPhase(Phase::Upgrading, at(50));
    estimate.enterPhase(Phase::Checking, at(60));
    QCOMPARE(estimate.phases().size(), 1);
    QCOMPARE(estimate.phases().first().at, at(10));
    QCOMPARE(estimate.phase(), Phase::Upgrading);
    QVERIFY(!estimate.finished());
    QCOMPARE(UpgradeEstimate::phaseName(estimate.phase()), QStringLiteral("Upgrading"));
}

void TestUpgradeEstimate::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00");
    QTest::newRow("under a second") << qint64(999) << QStringLiteral("00:00");
    QTest::newRow("65 s") << qint64(65000) << QStringLiteral("01:05");
    QTest::newRow("59:59") << qint64(3599000) << QStringLiteral("59:59");
    QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1:00:00");
    QTest::newRow("negative") << qint64(-5000) << QStringLiteral("00:00");
}

void TestUpgradeEstimate::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(UpgradeEstimate::formatDuration(ms), text);
}

QTEST_GUILESS_MAIN(TestUpgradeEstimate)
#include "tst_upgradeestimate.moc"
