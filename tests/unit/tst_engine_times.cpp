// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine's step times, headless against the fake docker (tests/support/EngineSupport.h): a step's time runs
// from its start to its end without the time its questions waited for the person, the report says how long the stack
// was down, and a written report is stamped with the time it was made. The engine reads a clock the test drives.
#include "EngineSupport.h"

#include "core/report/ReportWriter.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

namespace {

const MigrationReport::Step *findStep(const MigrationReport &report, const QString &id)
{
    for (const MigrationReport::Step &step : report.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestEngineTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_rig = std::make_unique<EngineRig>(); }
    void cleanup() { m_rig.reset(); }

    void questionsDoNotCount();
    void cancelledWhileAsking();
    void reportStampedWhenWritten();

private:
    std::unique_ptr<EngineRig> m_rig;
};

void TestEngineTimes::questionsDoNotCount()
{
    // The clock moves only when the test moves it: 2 s of work in each step, 90 s of reading at each question.
    auto clock = std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC));
    MigrationEngine::Options options = m_rig->options();
    options.confirmBackup = true;
    EngineDriver driver(options);
    driver.engine()->setClock([clock] { return *clock; });
    driver.onStep([clock](Step) { *clock = clock->addSecs(2); });
    int questions = 0;
    driver.answer = [clock, &questions](const MigrationEngine::Confirmation &) {
        ++questions;
        *clock = clock->addSecs(90);
        return true;
    };
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QVERIFY2(driver.result().error.isNull(), qPrintable(driver.result().error.message.toString()));
    QVERIFY(questions >= 4); // backup, stop, the two compose edits

    const MigrationReport &report = driver.engine()->report();
    QVERIFY(report.steps.size() >= 5);
    qint64 waited = 0;
    for (const MigrationReport::Step &step : report.steps) {
        QCOMPARE(step.outcome, QStringLiteral("done"));
        // Without the questions' time every step took its 2 s.
        QVERIFY2(step.durationMs() == 2000,
                 qPrintable(QStringLiteral("%1: %2 ms").arg(step.id).arg(step.durationMs())));
        QCOMPARE(step.started.msecsTo(step.finished), 2000 + step.waitedMs);
        waited += step.waitedMs;
    }
    QCOMPARE(waited, qint64(questions) * 90000);
    QCOMPARE(findStep(report, QStringLiteral("stop"))->waitedMs, 90000);
    QCOMPARE(findStep(report, QStringLiteral("backup"))->waitedMs, 90000);

    // Down from the stop's answer to the end of the finish step: the rest of the stop, the upgrade and the finish,
    // questions included (the stack is down while they wait).
    const MigrationReport::Step *stop = findStep(report, QStringLiteral("stop"));
    const MigrationReport::Step *finish = findStep(report, QStringLiteral("finish"));
    QVERIFY(stop && finish);
    QCOMPARE(report.downtimeMs(), stop->started.addSecs(90).msecsTo(finish->finished));
    QVERIFY(report.downtimeMs() > 3 * 2000);

    // The journal keeps the wait, so a report made later says the same.
    const QJsonArray steps =
        m_rig->journal().value(QStringLiteral("report")).toObject().value(QStringLiteral("steps")).toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        QCOMPARE(step.value(QStringLiteral("duration_ms")).toDouble(), 2000.0);
    }
    const MigrationReport reloaded =
        MigrationReport::fromJson(m_rig->journal().value(QStringLiteral("report")).toObject());
    QCOMPARE(reloaded.downtimeMs(), report.downtimeMs());
    QCOMPARE(findStep(reloaded, QStringLiteral("stop"))->durationMs(), 2000);
}

void TestEngineTimes::cancelledWhileAsking()
{
    // A question still waiting when the step ends (cancelled) waited until that end: the step's time is its work.
    auto clock = std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC));
    EngineDriver driver(m_rig->options());
    MigrationEngine *engine = driver.engine();
    engine->setClock([clock] { return *clock; });
    driver.onStep([clock](Step) { *clock = clock->addSecs(3); });
    driver.answer = [clock, engine](const MigrationEngine::Confirmation &c) {
        if (c.step != Step::Stop)
            return true;
        *clock = clock->addSecs(600);
        engine->cancel();
        return false;
    };
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QVERIFY(!driver.result().error.isNull());
    const MigrationReport::Step *stop = findStep(engine->report(), QStringLiteral("stop"));
    QVERIFY(stop);
    QCOMPARE(stop->outcome, QStringLiteral("cancelled"));
    QCOMPARE(stop->waitedMs, 600000);
    QCOMPARE(stop->durationMs(), 3000);
    QCOMPARE(engine->report().downtimeMs(), -1);
}

void TestEngineTimes::reportStampedWhenWritten()
{
    MigrationReport report;
    report.created = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC); // the migration's start, say
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.json"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(ReportWriter::write(report, ReportWriter::Format::Json, path));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    const QDateTime created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    QVERIFY2(created >= before && created <= after, qPrintable(created.toString(Qt::ISODate)));
    // The report handed in is not changed.
    QCOMPARE(report.created.date().year(), 2001);
}

QTEST_GUILESS_MAIN(TestEngineTimes)
#include "tst_engine_times.moc"
