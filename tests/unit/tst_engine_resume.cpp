// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine::resume(), headless, from every state a journal can be left in: after each finished step and in
// the middle of each step (the app closed or killed there). The journal, the original compose bytes and the backup
// come from one real run of the engine against the fake docker (initTestCase); each row puts the compose file, the
// container and its data as that state leaves them, resumes, and checks which steps ran again and which docker
// commands did not.
#include "CliSupport.h"
#include "EngineSupport.h"

#include "core/migration/UpgradeEstimate.h"
#include "core/migration/steps/UpgradeStep.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

Q_DECLARE_METATYPE(QList<edm::MigrationEngine::Step>)

namespace {

/// How the stack is left in a state.
enum class Stack
{
    Running12, ///< the original container runs
    Down, ///< `down` removed the container
    Upgrader, ///< the pgautoupgrade container, stopped (its data converted when converted is set)
    Running16 ///< the final image runs on the converted data
};

} // namespace

Q_DECLARE_METATYPE(Stack)
Q_DECLARE_METATYPE(edm::UpgradeStep::ResumeDecision)

class TestEngineResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resume_data();
    void resume();
    void reattachToRunningUpgrade();
    void cliResumeSaysItReattached();
    void upgradeContainerGone_data();
    void upgradeContainerGone();
    void resumeDecision_data();
    void resumeDecision();
    void resumeWithoutJournal();
    void resumeAfterDone();

private:
    std::unique_ptr<EngineRig> m_template; ///< a project migrated to the end
};

void TestEngineResume::initTestCase()
{
    m_template = std::make_unique<EngineRig>();
    QVERIFY(migrateFully(*m_template));
}

void TestEngineResume::resume_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("image"); ///< in the compose file when the run stopped
    QTest::addColumn<bool>("dataTouched");
    QTest::addColumn<Stack>("stack");
    QTest::addColumn<QList<Step>>("steps"); ///< what resume runs
    QTest::addColumn<QStringList>("notRun"); ///< docker commands resume must not repeat

    const QList<Step> all{Step::Preflight, Step::Backup, Step::Stop, Step::Upgrade, Step::Finish, Step::Verify};
    const QList<Step> fromBackup = all.mid(1);
    const QList<Step> fromStop = all.mid(2);
    const QList<Step> fromUpgrade = all.mid(3);
    const QList<Step> fromFinish = all.mid(4);
    const QList<Step> verify{Step::Verify};

    QTest::newRow("preflight") << QStringLiteral("preflight") << sourceImage << false << Stack::Running12 << all
                               << QStringList();
    QTest::newRow("preflight_done") << QStringLiteral("preflight_done") << sourceImage << false << Stack::Running12
                                    << fromBackup << QStringList();
    QTest::newRow("backup") << QStringLiteral("backup") << sourceImage << false << Stack::Running12 << fromBackup
                            << QStringList();
    QTest::newRow("backup_done") << QStringLiteral("backup_done") << sourceImage << false << Stack::Running12
                                 << fromStop << QStringList{dumpall};
    QTest::newRow("stop") << QStringLiteral("stop") << sourceImage << false << Stack::Running12 << fromStop
                          << QStringList{dumpall};
    QTest::newRow("stop_done") << QStringLiteral("stop_done") << sourceImage << false << Stack::Down << fromUpgrade
                               << QStringList{dumpall, composeDown};
    QTest::newRow("upgrade, before the edit") << QStringLiteral("upgrade") << sourceImage << false << Stack::Down
                                              << fromUpgrade << QStringList{dumpall, composeDown};
    QTest::newRow("upgrade, after the edit") << QStringLiteral("upgrade") << upgradeImage << true << Stack::Upgrader
                                             << fromUpgrade << QStringList{dumpall, composeDown};
    QTest::newRow("upgrade_done") << QStringLiteral("upgrade_done") << upgradeImage << true << Stack::Upgrader
                                  << fromFinish << QStringList{dumpall, composeDown, followLog, composeUpService};
    QTest::newRow("finish, before the edit")
        << QStringLiteral("finish") << upgradeImage << true << Stack::Upgrader << fromFinish
        << QStringList{dumpall, composeDown, followLog, composeUpService};
    QTest::newRow("finish, after the edit")
        << QStringLiteral("finish") << targetImage << true << Stack::Running16 << fromFinish
        << QStringList{dumpall, composeDown, followLog, composeUpService};
    QTest::newRow("finish_done") << QStringLiteral("finish_done") << targetImage << true << Stack::Running16 << verify
                                 << QStringList{dumpall, composeDown, followLog, composeUpService, composeUpAll};
    QTest::newRow("verify") << QStringLiteral("verify") << targetImage << true << Stack::Running16 << verify
                            << QStringList{dumpall, composeDown, followLog, composeUpService, composeUpAll};
    QTest::newRow("verify_done") << QStringLiteral("verify_done") << targetImage << true << Stack::Running16
                                 << QList<Step>()
                                 << QStringList{QStringLiteral("^docker (exec|compose .* (up|down|stop)|logs)")};
}

void TestEngineResume::resume()
{
    QFETCH(QString, state);
    QFETCH(QByteArray, image);
    QFETCH(bool, dataTouched);
    QFETCH(Stack, stack);
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, notRun);

    EngineRig rig;
    rig.adopt(*m_template, state, dataTouched);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), image)));
    switch (stack) {
    case Stack::Running12:
        break;
    case Stack::Down:
        QVERIFY(QFile::remove(QDir(rig.stateDir()).filePath(QStringLiteral("container"))));
        break;
    case Stack::Upgrader:
        rig.setState(QStringLiteral("container"), "pgautoupgrade/pgautoupgrade:16-trixie\n");
        rig.setState(QStringLiteral("running"), "0\n");
        if (dataTouched)
            rig.setState(QStringLiteral("hba-old"), {});
        break;
    case Stack::Running16:
        rig.setState(QStringLiteral("container"), "postgres:16\n");
        rig.setState(QStringLiteral("hba-old"), {});
        break;
    }

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(),
             qPrintable(r.error.code + u' ' + r.error.message.toString() + u'\n' + rig.docker().join(u'\n')));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.started, steps);
    QCOMPARE(rig.journalState(), QStringLiteral("done"));
    QCOMPARE(rig.compose(), withImage(rig.originalCompose(), targetImage));
    QCOMPARE(readAll(rig.defaultBackup()), readAll(engineData(QStringLiteral("cluster.sql"))));
    QCOMPARE(driver.engine()->report().outcome, MigrationReport::Outcome::Succeeded);
    for (const QString &pattern : notRun)
        QVERIFY2(rig.calls(pattern).isEmpty(), qPrintable(pattern + u'\n' + rig.docker().join(u'\n')));
    // The backup step, when it runs again, writes the same file again.
    if (steps.contains(Step::Backup))
        QCOMPARE(rig.calls(dumpall).size(), 1);
    if (steps.contains(Step::Upgrade))
        QCOMPARE(rig.calls(followLog).size(), 1);
    QVERIFY(rig.containerRunning());
    QCOMPARE(rig.containerImage(), QByteArray("postgres:16"));
}

void TestEngineResume::reattachToRunningUpgrade()
{
    // Closed mid-upgrade: the pgautoupgrade container still runs. Resume follows it, no question, no new start.
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade"), true);
    QJsonObject json = rig.journal();
    const QDateTime started(QDate(2026, 1, 1), QTime(9, 58), Qt::UTC);
    json.insert(QStringLiteral("upgrade_started"), started.toString(Qt::ISODateWithMs));
    QVERIFY(writeAll(Journal::pathFor(rig.projectDir()), QJsonDocument(json).toJson()));
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    rig.setState(QStringLiteral("container"), "pgautoupgrade/pgautoupgrade:16-trixie\n");
    rig.setState(QStringLiteral("running"), "1\n");

    EngineDriver driver(rig.options());
    QList<UpgradeEstimate> estimates;
    QObject::connect(driver.engine(), &MigrationEngine::upgradeEstimateChanged, driver.engine(),
                     [&estimates](const UpgradeEstimate &estimate) { estimates.append(estimate); });
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(),
             qPrintable(r.error.code + u' ' + r.error.message.toString() + u'\n' + rig.docker().join(u'\n')));
    QCOMPARE(r.started, (QList<Step>{Step::Upgrade, Step::Finish, Step::Verify}));
    for (const MigrationEngine::Confirmation &asked : r.asked)
        QVERIFY2(asked.step != Step::Upgrade, qPrintable(asked.title));
    QVERIFY(!r.milestones.filter(QStringLiteral("Re-attached")).isEmpty());
    // Followed from the start (with timestamps), never started again.
    QCOMPARE(rig.calls(QStringLiteral("^docker logs -f --timestamps ente-postgres-1$")).size(), 1);
    QVERIFY2(rig.calls(composeUpService).isEmpty(), qPrintable(rig.docker().join(u'\n')));
    QVERIFY(r.log.contains(
        QStringLiteral("PostgreSQL Database directory appears to contain a database; Skipping initialization")));
    QCOMPARE(rig.journalState(), QStringLiteral("done"));
    QCOMPARE(rig.compose(), withImage(rig.originalCompose(), targetImage));

    // The elapsed time counts from the journal's start; the phases carry the log's own times.
    QVERIFY(!estimates.isEmpty());
    const UpgradeEstimate &last = estimates.last();
    QVERIFY(last.reattached());
    QCOMPARE(last.started(), started);
    QCOMPARE(last.phase(), UpgradeEstimate::Phase::Complete);
    QVERIFY(last.phases().size() >= 2);
    const QDateTime logStart(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    for (const UpgradeEstimate::PhaseTime &seen : last.phases()) {
        QVERIFY2(seen.at >= logStart && seen.at < logStart.addSecs(3600), qPrintable(seen.at.toString(Qt::ISODate)));
    }
    QVERIFY(last.elapsedMs(QDateTime::currentDateTimeUtc()) >= 2 * 60 * 1000);
}

void TestEngineResume::cliResumeSaysItReattached()
{
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade"), true);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    rig.setState(QStringLiteral("container"), "pgautoupgrade/pgautoupgrade:16-trixie\n");
    rig.setState(QStringLiteral("running"), "1\n");
    const MigrationEngine::Options options = rig.options();
    const CliRun run = runCli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--docker"),
                               options.docker.dockerProgram, rig.projectDir()},
                              {}, options.docker.environment);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("* Re-attached to the running upgrade container ente-postgres-1")),
             qPrintable(run.out));
    QVERIFY(rig.calls(composeUpService).isEmpty());
    QCOMPARE(rig.journalState(), QStringLiteral("done"));
}

void TestEngineResume::upgradeContainerGone_data()
{
    QTest::addColumn<QString>("dataMajor"); ///< what the data's PG_VERSION says
    QTest::addColumn<QString>("error"); ///< the run's error code ("" for success)
    QTest::addColumn<bool>("upgradeAgain"); ///< the upgrade asked and ran again
    QTest::addColumn<QString>("milestone"); ///< what the resume says it decided

    QTest::newRow("converted: go on") << QStringLiteral("16") << QString() << false
                                      << QStringLiteral("The upgrade completed while nobody watched");
    QTest::newRow("not converted: run again")
        << QStringLiteral("12") << QString() << true << QStringLiteral("The upgrade did not convert the data");
    QTest::newRow("unreadable: roll back")
        << QStringLiteral("none") << QStringLiteral("upgrade_interrupted") << false << QString();
}

void TestEngineResume::upgradeContainerGone()
{
    QFETCH(QString, dataMajor);
    QFETCH(QString, error);
    QFETCH(bool, upgradeAgain);
    QFETCH(QString, milestone);

    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade"), true);
    const QByteArray edited = withImage(rig.originalCompose(), upgradeImage);
    QVERIFY(writeAll(rig.composePath(), edited));
    QVERIFY(QFile::remove(QDir(rig.stateDir()).filePath(QStringLiteral("container"))));
    rig.setKnob(QStringLiteral("DATA_MAJOR"), dataMajor);
    if (dataMajor == QLatin1String("16"))
        rig.setState(QStringLiteral("hba-old"), {});

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, error);
    QCOMPARE(r.started.value(0), Step::Upgrade);
    // The data's version was read without starting the service.
    QVERIFY(!rig.calls(QStringLiteral("^docker cp ")).isEmpty());
    bool asked = false;
    for (const MigrationEngine::Confirmation &confirmation : r.asked)
        asked = asked || confirmation.step == Step::Upgrade;
    QCOMPARE(asked, upgradeAgain);
    QCOMPARE(rig.calls(followLog).size(), upgradeAgain ? 1 : 0);
    if (!milestone.isEmpty())
        QVERIFY2(!r.milestones.filter(milestone).isEmpty(), qPrintable(r.milestones.join(u'\n')));
    if (error.isEmpty()) {
        QCOMPARE(rig.journalState(), QStringLiteral("done"));
        QCOMPARE(rig.compose(), withImage(rig.originalCompose(), targetImage));
    } else {
        // Nothing was started; the journal still says where it stopped, for the rollback.
        QVERIFY(r.error.message.toString().contains(QStringLiteral("Roll back")));
        QCOMPARE(rig.journalState(), QStringLiteral("upgrade"));
        QCOMPARE(rig.compose(), edited);
        QVERIFY(rig.calls(QStringLiteral("^docker compose .* up ")).isEmpty());
    }
}

void TestEngineResume::resumeDecision_data()
{
    QTest::addColumn<int>("dataMajor");
    QTest::addColumn<int>("target");
    QTest::addColumn<UpgradeStep::ResumeDecision>("decision");
    using D = UpgradeStep::ResumeDecision;
    QTest::newRow("on the target") << 16 << 16 << D::Completed;
    QTest::newRow("18 on 18") << 18 << 18 << D::Completed;
    QTest::newRow("still 12") << 12 << 16 << D::RunAgain;
    QTest::newRow("still 15, target 18") << 15 << 18 << D::RunAgain;
    QTest::newRow("unreadable") << 0 << 16 << D::RollBack;
    QTest::newRow("newer than the target") << 17 << 16 << D::RollBack;
}

void TestEngineResume::resumeDecision()
{
    QFETCH(int, dataMajor);
    QFETCH(int, target);
    QFETCH(UpgradeStep::ResumeDecision, decision);
    QCOMPARE(UpgradeStep::resumeDecision(dataMajor, target), decision);
}

void TestEngineResume::resumeWithoutJournal()
{
    EngineRig rig;
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    QCOMPARE(driver.result().error.code, QStringLiteral("nothing_to_resume"));
    QVERIFY(!rig.journalExists());
    QCOMPARE(rig.compose(), rig.originalCompose());
    QVERIFY(rig.docker().isEmpty());
}

void TestEngineResume::resumeAfterDone()
{
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("done"), true);
    const QByteArray compose = withImage(rig.originalCompose(), targetImage);
    QVERIFY(writeAll(rig.composePath(), compose));
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    QCOMPARE(driver.result().error.code, QStringLiteral("nothing_to_resume"));
    QCOMPARE(rig.journalState(), QStringLiteral("done"));
    QCOMPARE(rig.compose(), compose);
    QVERIFY(rig.docker().isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineResume)
#include "tst_engine_resume.moc"
