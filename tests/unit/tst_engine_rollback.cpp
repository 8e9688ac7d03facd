// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine::rollback(), headless, from every kind of state: before the data was touched (the compose file goes
// back byte for byte and nothing destructive runs) and after (the volume is copied aside, emptied and the backup
// restored, only after a destructive confirmation; declining leaves the volume alone), and when there is nothing to
// roll back. The journal and backup come from one real run against the fake docker (initTestCase).
#include "EngineSupport.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

namespace {

const QString destructive = QStringLiteral("^docker (volume (create|rm)|run |rm -f ente-postgres-1)");
const QString volumeCreate = QStringLiteral("^docker volume create .*ente_postgres-data-pg16-\\d{8}-\\d{6}$");
// Matched on the words that matter, not the whole argument list (DockerCli may word its options differently).
const QString copyAside =
    QStringLiteral("^docker run .*-v ente_postgres-data:/from .*-v "
                   "ente_postgres-data-pg16-\\d{8}-\\d{6}:/to .*postgres:12 .*cp -a /from/. /to/$");
const QString emptyVolume =
    QStringLiteral("^docker run .*-v ente_postgres-data:/data .*postgres:12 .*rm -rf /data/\\*");
const QString restore = QStringLiteral("^docker exec -i .* ente-postgres-1 psql (?!.* -A ).*");

void setStack(EngineRig &rig, const QByteArray &image, bool running)
{
    rig.setState(QStringLiteral("container"), image + '\n');
    rig.setState(QStringLiteral("running"), running ? "1\n" : "0\n");
}

} // namespace

class TestEngineRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void beforeTheDataWasTouched_data();
    void beforeTheDataWasTouched();
    void afterTheDataWasTouched_data();
    void afterTheDataWasTouched();
    void declinedLeavesTheVolumeAlone();
    void dataTouchedWithoutBackup();
    void resumeAfterADeclinedRollback();
    void nothingToRollBack();
    void afterADeclinedStop();

private:
    std::unique_ptr<EngineRig> m_template; ///< a project migrated to the end
};

void TestEngineRollback::initTestCase()
{
    m_template = std::make_unique<EngineRig>();
    QVERIFY(migrateFully(*m_template));
}

void TestEngineRollback::beforeTheDataWasTouched_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("image"); ///< in the compose file
    QTest::addColumn<bool>("containerExists");

    QTest::newRow("preflight_done") << QStringLiteral("preflight_done") << sourceImage << true;
    QTest::newRow("backup") << QStringLiteral("backup") << sourceImage << true;
    QTest::newRow("backup_done") << QStringLiteral("backup_done") << sourceImage << true;
    QTest::newRow("stop") << QStringLiteral("stop") << sourceImage << true;
    QTest::newRow("stop_done") << QStringLiteral("stop_done") << sourceImage << false;
    QTest::newRow("upgrade, before the edit") << QStringLiteral("upgrade") << sourceImage << false;
    // The edit is on disk but nothing started on it yet (the journal's data_touched is still false).
    QTest::newRow("upgrade, edit written") << QStringLiteral("upgrade") << upgradeImage << false;
}

void TestEngineRollback::beforeTheDataWasTouched()
{
    QFETCH(QString, state);
    QFETCH(QByteArray, image);
    QFETCH(bool, containerExists);

    EngineRig rig;
    rig.adopt(*m_template, state, false);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), image)));
    if (!containerExists)
        QVERIFY(QFile::remove(QDir(rig.stateDir()).filePath(QStringLiteral("container"))));
    const QStringList volumesBefore = rig.volumes();

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(r.finishedCount, 1);
    QVERIFY(r.asked.isEmpty());
    QCOMPARE(r.states, QStringList({QStringLiteral("rolling_back"), QStringLiteral("rolled_back")}));
    QCOMPARE(rig.journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(rig.compose(), rig.originalCompose());
    QCOMPARE(driver.engine()->report().outcome, MigrationReport::Outcome::RolledBack);
    // Postgres is stopped before the files go back; nothing destructive runs, the data and volumes stay.
    QCOMPARE(rig.calls(composeStopService).size(), 1);
    QVERIFY2(rig.calls(destructive).isEmpty(), qPrintable(rig.docker().join(u'\n')));
    QVERIFY(rig.calls(restore).isEmpty());
    QCOMPARE(rig.volumes(), volumesBefore);
    QVERIFY(QFileInfo::exists(rig.defaultBackup()));

    // Finished: nothing to resume, and a new migration may start.
    EngineDriver resume(rig.options());
    QVERIFY(resume.run(EngineDriver::Action::Resume));
    QCOMPARE(resume.result().error.code, QStringLiteral("nothing_to_resume"));
}

void TestEngineRollback::afterTheDataWasTouched_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("image"); ///< in the compose file
    QTest::addColumn<QByteArray>("container");
    QTest::addColumn<bool>("running");

    QTest::newRow("upgrade") << QStringLiteral("upgrade") << upgradeImage
                             << QByteArray("pgautoupgrade/pgautoupgrade:16-trixie") << true;
    QTest::newRow("upgrade_done") << QStringLiteral("upgrade_done") << upgradeImage
                                  << QByteArray("pgautoupgrade/pgautoupgrade:16-trixie") << false;
    QTest::newRow("finish_done") << QStringLiteral("finish_done") << targetImage << QByteArray("postgres:16") << true;
    QTest::newRow("verify") << QStringLiteral("verify") << targetImage << QByteArray("postgres:16") << true;
    QTest::newRow("done") << QStringLiteral("done") << targetImage << QByteArray("postgres:16") << true;
}

void TestEngineRollback::afterTheDataWasTouched()
{
    QFETCH(QString, state);
    QFETCH(QByteArray, image);
    QFETCH(QByteArray, container);
    QFETCH(bool, running);

    EngineRig rig;
    rig.adopt(*m_template, state, true);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), image)));
    setStack(rig, container, running);

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(),
             qPrintable(r.error.code + u' ' + r.error.message.toString() + u'\n' + rig.docker().join(u'\n')));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.asked.size(), 1);
    QVERIFY(r.asked.first().destructive);
    QVERIFY(r.asked.first().text.contains(QLatin1String("ente_postgres-data")));
    QCOMPARE(rig.journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(rig.journal().value(QStringLiteral("data_touched")).toBool(), false);
    const QString kept = rig.journal().value(QStringLiteral("kept_volume")).toString();
    QVERIFY2(kept.startsWith(QLatin1String("ente_postgres-data-pg16-")), qPrintable(kept));
    QVERIFY(rig.volumes().contains(kept));
    QVERIFY(rig.volumes().contains(QStringLiteral("ente_postgres-data")));
    QCOMPARE(rig.compose(), rig.originalCompose());
    QCOMPARE(driver.engine()->report().outcome, MigrationReport::Outcome::RolledBack);

    // In order: stop, the files back, the volume copied aside, emptied, Postgres 12 started on it, the backup
    // restored into it.
    const QStringList calls = rig.docker();
    const qsizetype stop = indexOf(calls, composeStopService);
    const qsizetype create = indexOf(calls, volumeCreate);
    const qsizetype copy = indexOf(calls, copyAside);
    const qsizetype empty = indexOf(calls, emptyVolume);
    const qsizetype up = indexOf(calls, composeUpService);
    const qsizetype restored = indexOf(calls, restore, up);
    QVERIFY2(stop >= 0 && stop < create && create < copy && copy < empty && empty < up && up < restored,
             qPrintable(calls.join(u'\n')));
    QVERIFY(rig.calls(QStringLiteral("^docker volume rm")).isEmpty());
    QVERIFY(rig.containerRunning());
    QCOMPARE(rig.containerImage(), QByteArray("postgres:12"));
    QVERIFY(QFileInfo::exists(rig.defaultBackup()));
}

void TestEngineRollback::declinedLeavesTheVolumeAlone()
{
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade_done"), true);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    setStack(rig, "pgautoupgrade/pgautoupgrade:16-trixie", false);
    const QStringList volumesBefore = rig.volumes();

    EngineDriver driver(rig.options());
    driver.answer = [](const MigrationEngine::Confirmation &) { return false; };
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("declined"));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.asked.size(), 1);
    QVERIFY(r.asked.first().destructive);
    // The files are back; the converted data is untouched and the rollback can be run again.
    QCOMPARE(rig.compose(), rig.originalCompose());
    QCOMPARE(rig.journalState(), QStringLiteral("rolling_back"));
    QCOMPARE(rig.journal().value(QStringLiteral("data_touched")).toBool(), true);
    QVERIFY2(rig.calls(destructive).isEmpty(), qPrintable(rig.docker().join(u'\n')));
    QVERIFY(rig.calls(composeUpService).isEmpty());
    QCOMPARE(rig.volumes(), volumesBefore);
    QVERIFY(!rig.containerRunning());

    rig.clearDockerLog();
    EngineDriver again(rig.options());
    QVERIFY(again.run(EngineDriver::Action::Rollback));
    QVERIFY2(again.result().error.isNull(), qPrintable(again.result().error.message.toString()));
    QCOMPARE(rig.journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(rig.calls(volumeCreate).size(), 1);
    QCOMPARE(rig.compose(), rig.originalCompose());
}

void TestEngineRollback::dataTouchedWithoutBackup()
{
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade_done"), true);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    setStack(rig, "pgautoupgrade/pgautoupgrade:16-trixie", false);
    QVERIFY(QFile::remove(rig.defaultBackup()));

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    QCOMPARE(driver.result().error.code, QStringLiteral("no_backup"));
    QVERIFY(driver.result().asked.isEmpty());
    QCOMPARE(rig.compose(), rig.originalCompose());
    QCOMPARE(rig.journalState(), QStringLiteral("rolling_back"));
    QVERIFY2(rig.calls(destructive).isEmpty(), qPrintable(rig.docker().join(u'\n')));
}

void TestEngineRollback::resumeAfterADeclinedRollback()
{
    // The rollback stopped at its question: the compose file is original again, the data still converted (16).
    EngineRig rig;
    rig.adopt(*m_template, QStringLiteral("upgrade_done"), true);
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    setStack(rig, "pgautoupgrade/pgautoupgrade:16-trixie", false);
    rig.setKnob(QStringLiteral("DATA_MAJOR"), QStringLiteral("16"));
    {
        EngineDriver driver(rig.options());
        driver.answer = [](const MigrationEngine::Confirmation &) { return false; };
        QVERIFY(driver.run(EngineDriver::Action::Rollback));
        QCOMPARE(rig.journalState(), QStringLiteral("rolling_back"));
    }
    rig.clearDockerLog();

    // Resume must not migrate again from a half-done rollback, and must not lose the way back.
    EngineDriver resume(rig.options());
    QVERIFY(resume.run(EngineDriver::Action::Resume));
    QCOMPARE(resume.result().error.code, QStringLiteral("unfinished_rollback"));
    QVERIFY(rig.calls(QStringLiteral("^docker compose .* (up|down)")).isEmpty());
    QVERIFY2(resume.result().started.isEmpty(), qPrintable(rig.docker().join(u'\n')));
    QCOMPARE(rig.journalState(), QStringLiteral("rolling_back"));

    // Whatever resume said, the rollback must still be possible and restore the backup.
    rig.clearDockerLog();
    EngineDriver rollback(rig.options());
    QVERIFY(rollback.run(EngineDriver::Action::Rollback));
    QVERIFY2(rollback.result().error.isNull(), qPrintable(rollback.result().error.message.toString()));
    QCOMPARE(rig.journalState(), QStringLiteral("rolled_back"));
}

void TestEngineRollback::nothingToRollBack()
{
    EngineRig rig;
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    QCOMPARE(driver.result().error.code, QStringLiteral("nothing_to_roll_back"));
    QCOMPARE(driver.result().finishedCount, 1);
    QVERIFY(!rig.journalExists());
    QCOMPARE(rig.compose(), rig.originalCompose());
    QVERIFY(rig.docker().isEmpty());
}

void TestEngineRollback::afterADeclinedStop()
{
    // A real run, not an adopted journal: declined at the stop, then rolled back.
    EngineRig rig;
    {
        EngineDriver driver(rig.options());
        driver.answer = declineAt(Step::Stop);
        QVERIFY(driver.run(EngineDriver::Action::Start));
        QCOMPARE(rig.journalState(), QStringLiteral("stop"));
    }
    rig.clearDockerLog();
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    QVERIFY2(driver.result().error.isNull(), qPrintable(driver.result().error.message.toString()));
    QCOMPARE(rig.journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(rig.compose(), rig.originalCompose());
    QVERIFY(rig.calls(destructive).isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineRollback)
#include "tst_engine_rollback.moc"
