// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine with the dump-restore method, headless, against the fake docker of tests/data/engine: the backup is
// restored into a new volume for postgres:16 and the old volume is never written; its preflight refusal, a restore
// that fails, resume of an interrupted restore, and its rollback (the new volume removed only after a yes).
#include "EngineSupport.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

namespace {

const QString newVolume = QStringLiteral("ente_postgres-data-pg16");
const QString restore = QStringLiteral("^docker exec -i .* ente-postgres-1 psql (?!.* -A ).*");
const QString destructive = QStringLiteral("^docker (volume (create|rm)|run |rm -f ente-postgres-1)");

/// The compose file after dump-restore's edit: the image, and the data in the new volume (declared too).
void checkEdited(const QByteArray &compose, const QByteArray &original)
{
    QVERIFY(compose.contains("    image: postgres:16   # keep in step with the data\n"));
    QVERIFY(compose.contains("      - postgres-data-pg16:/var/lib/postgresql/data\n"));
    QVERIFY(compose.contains("\n  postgres-data-pg16:"));
    QVERIFY(!compose.contains("      - postgres-data:/var/lib/postgresql/data\n"));
    // Everything else as it was: the comments, the quoting, the order.
    for (const QByteArray &line : original.split('\n')) {
        if (line.contains("image: postgres:12") || line.contains("- postgres-data:"))
            continue;
        QVERIFY2(compose.contains(line), line.constData());
    }
}

} // namespace

class TestEngineDumpRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void succeeds();
    void refusesAnExistingNewVolume();
    void restoreFails();
    void resumeAfterAnInterruptedRestore();
    void rollbackRemovesTheNewVolumeOnlyAfterYes_data();
    void rollbackRemovesTheNewVolumeOnlyAfterYes();
    void declinedMove();

private:
    MigrationEngine::Options options() const
    {
        MigrationEngine::Options o = m_rig->options();
        o.method = MigrationEngine::Method::DumpRestore;
        return o;
    }
    std::unique_ptr<EngineRig> m_rig;
};

void TestEngineDumpRestore::init()
{
    m_rig = std::make_unique<EngineRig>();
}

void TestEngineDumpRestore::cleanup()
{
    m_rig.reset();
}

void TestEngineDumpRestore::succeeds()
{
    EngineDriver driver(options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(),
             qPrintable(r.error.code + u' ' + r.error.message.toString() + u'\n' + m_rig->docker().join(u'\n')));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.started,
             QList<Step>({Step::Preflight, Step::Backup, Step::Stop, Step::Upgrade, Step::Finish, Step::Verify}));
    QCOMPARE(r.asked.size(), 3);
    QCOMPARE(r.asked.at(1).step, Step::Upgrade);
    QVERIFY(r.asked.at(1).diff.contains("+      - postgres-data-pg16:/var/lib/postgresql/data"));
    QCOMPARE(r.asked.at(2).step, Step::Finish);

    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));
    const QJsonObject journal = m_rig->journal();
    QCOMPARE(journal.value(QStringLiteral("method")).toString(), QStringLiteral("dump-restore"));
    QCOMPARE(journal.value(QStringLiteral("data_touched")).toBool(), false); // the old volume was never written
    QCOMPARE(journal.value(QStringLiteral("new_volume")).toString(), QStringLiteral("postgres-data-pg16"));
    checkEdited(m_rig->compose(), m_rig->originalCompose());
    QCOMPARE(readAll(m_rig->defaultBackup()), readAll(engineData(QStringLiteral("cluster.sql"))));

    // The new volume exists, the old one too; the backup was restored after the service started on the new volume,
    // and the service's password stored as scram-sha-256 (the new cluster's pg_hba.conf asks for it).
    QVERIFY(m_rig->volumes().contains(newVolume));
    QVERIFY(m_rig->volumes().contains(QStringLiteral("ente_postgres-data")));
    const QStringList calls = m_rig->docker();
    const qsizetype up = indexOf(calls, composeUpService);
    const qsizetype restored = indexOf(calls, restore, up);
    const qsizetype upAll = indexOf(calls, composeUpAll);
    QVERIFY2(up > indexOf(calls, composeDown) && restored > up && upAll > restored, qPrintable(calls.join(u'\n')));
    QVERIFY(m_rig->calls(followLog).isEmpty());
    QVERIFY(m_rig->calls(destructive).isEmpty());
    QVERIFY(m_rig->dockerLog().contains(QLatin1String("  sql SET password_encryption = 'scram-sha-256';")));
    QVERIFY(m_rig->containerRunning());
    QCOMPARE(m_rig->containerImage(), QByteArray("postgres:16"));
    const MigrationReport &report = driver.engine()->report();
    QCOMPARE(report.outcome, MigrationReport::Outcome::Succeeded);
    QCOMPARE(report.rowCounts.size(), 2);
    for (const MigrationReport::RowCount &row : report.rowCounts)
        QCOMPARE(row.actual, row.expected);
}

void TestEngineDumpRestore::refusesAnExistingNewVolume()
{
    m_rig->setState(QStringLiteral("volumes"), "ente_postgres-data postgres-data\nente_postgres-data-pg16 -\n");
    EngineDriver driver(options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QCOMPARE(driver.result().error.code, QStringLiteral("preflight_failed"));
    QCOMPARE(m_rig->journalState(), QStringLiteral("refused"));
    bool found = false;
    for (const MigrationReport::Check &c : driver.engine()->report().checks) {
        if (c.id == QLatin1String("new_volume")) {
            found = true;
            QCOMPARE(c.result, MigrationReport::CheckResult::Fail);
        }
    }
    QVERIFY(found);
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(dumpall).isEmpty());
    QVERIFY(m_rig->calls(destructive).isEmpty());
}

void TestEngineDumpRestore::restoreFails()
{
    // The restore's psql fails on a statement of the backup: the backup file itself names it.
    QByteArray dump = readAll(engineData(QStringLiteral("cluster.sql")));
    dump.replace("CREATE TABLE public.users", "BOOM TABLE public.users");
    const QString broken = m_rig->projectDir() + QStringLiteral("/../broken.sql");
    QVERIFY(writeAll(broken, dump));
    MigrationEngine::Options o = options();
    // The dump is read from the broken file; BackupWriter's own checks pass (the footer is there).
    o.docker.environment.insert(QStringLiteral("FAKE_DUMP_FILE"), broken);
    EngineDriver driver(o);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Upgrade, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), false);
    QCOMPARE(m_rig->journal().value(QStringLiteral("new_volume_used")), QJsonValue(true));
    checkEdited(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(composeUpAll).isEmpty());
}

void TestEngineDumpRestore::resumeAfterAnInterruptedRestore()
{
    // Cancelled while the service starts on the new volume: the next run empties that volume first.
    m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("up"));
    {
        EngineDriver driver(options());
        driver.onStep([this](Step step) {
            if (step != Step::Upgrade)
                m_rig->clearKnob(QStringLiteral("HANG"));
            else
                m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("up"));
        });
        driver.begin(EngineDriver::Action::Start);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->dockerLog().contains(QLatin1String("  hang up")), 180000);
        driver.engine()->cancel();
        QVERIFY(driver.wait());
        QVERIFY(!driver.result().error.isNull());
        QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    }
    m_rig->clearKnob(QStringLiteral("HANG"));
    m_rig->clearDockerLog();
    EngineDriver driver(options());
    QVERIFY(driver.run(EngineDriver::Action::Resume));
    QVERIFY2(driver.result().error.isNull(), qPrintable(driver.result().error.message.toString()));
    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));
    QCOMPARE(driver.result().started, QList<Step>({Step::Upgrade, Step::Finish, Step::Verify}));
    const QStringList calls = m_rig->docker();
    const qsizetype emptied =
        indexOf(calls, QStringLiteral("^docker run .*-v ente_postgres-data-pg16:/data .*rm -rf /data/\\*"));
    QVERIFY2(emptied >= 0 && emptied < indexOf(calls, composeUpService), qPrintable(calls.join(u'\n')));
    // The old volume is never the one emptied.
    QVERIFY(m_rig->calls(QStringLiteral("-v ente_postgres-data:")).isEmpty());
    checkEdited(m_rig->compose(), m_rig->originalCompose());
}

void TestEngineDumpRestore::rollbackRemovesTheNewVolumeOnlyAfterYes_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

void TestEngineDumpRestore::rollbackRemovesTheNewVolumeOnlyAfterYes()
{
    QFETCH(bool, yes);
    {
        EngineDriver driver(options());
        driver.answer = declineAt(Step::Finish);
        QVERIFY(driver.run(EngineDriver::Action::Start));
        QCOMPARE(m_rig->journalState(), QStringLiteral("finish"));
        QVERIFY(m_rig->volumes().contains(newVolume));
    }
    m_rig->clearDockerLog();
    EngineDriver driver(options());
    driver.answer = [yes](const MigrationEngine::Confirmation &) { return yes; };
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(r.asked.size(), 1);
    QVERIFY(r.asked.first().destructive);
    QVERIFY(r.asked.first().title.contains(newVolume));
    QCOMPARE(m_rig->journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    // The old volume is never touched; the new one goes only with a yes.
    QVERIFY(m_rig->volumes().contains(QStringLiteral("ente_postgres-data")));
    QCOMPARE(m_rig->volumes().contains(newVolume), !yes);
    QCOMPARE(m_rig->calls(QStringLiteral("^docker volume rm ente_postgres-data-pg16$")).size(), yes ? 1 : 0);
    QVERIFY(m_rig->calls(QStringLiteral("^docker (volume create|run )")).isEmpty());
    QVERIFY(m_rig->calls(restore).isEmpty());
}

void TestEngineDumpRestore::declinedMove()
{
    EngineDriver driver(options());
    driver.answer = declineAt(Step::Upgrade);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QCOMPARE(driver.result().error.code, QStringLiteral("declined"));
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(!m_rig->volumes().contains(newVolume));
    QVERIFY(m_rig->calls(composeUpService).isEmpty());

    // Rolled back: nothing of the new volume to offer, the files as they were.
    m_rig->clearDockerLog();
    EngineDriver rollback(options());
    QVERIFY(rollback.run(EngineDriver::Action::Rollback));
    QVERIFY(rollback.result().error.isNull());
    QVERIFY(rollback.result().asked.isEmpty());
    QCOMPARE(m_rig->journalState(), QStringLiteral("rolled_back"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(destructive).isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineDumpRestore)
#include "tst_engine_dumprestore.moc"
