// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine::resume(), headless, from every state a journal can be left in: after each finished step and in
// the middle of each step (the app closed or killed there). The journal, the original compose bytes and the backup
// come from one real run of the engine against the fake docker (initTestCase); each row puts the compose file, the
// container and its data as that state leaves them, resumes, and checks which steps ran again and which docker
// commands did not.
#include "EngineSupport.h"

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

class TestEngineResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resume_data();
    void resume();
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
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message + u'\n' + rig.docker().join(u'\n')));
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
