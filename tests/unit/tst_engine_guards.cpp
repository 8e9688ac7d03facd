// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine, headless, against the fake docker of tests/data/engine: pgautoupgrade's sharp edges caught by the
// preflight before anything changes (extensions outside contrib, a database name with a space, a POSTGRES_USER that
// is not the install user), PGAUTO_ONESHOT's exit taken as success, and verify's collation refresh (asked, done,
// declined, or only described when no reindex ran).
#include "EngineSupport.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

namespace {

const MigrationReport::Check *findCheck(const MigrationReport &report, const QString &id)
{
    for (const MigrationReport::Check &check : report.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

/// The compose bytes with lines added to the Postgres service's environment.
QByteArray withEnvironment(const QByteArray &original, const QByteArray &lines)
{
    QByteArray bytes = original;
    const QByteArray anchor = "      POSTGRES_DB: ente_db\n";
    Q_ASSERT(bytes.contains(anchor));
    return bytes.replace(anchor, anchor + lines);
}

const QString refreshSql = QStringLiteral("  sql ALTER DATABASE \"%1\" REFRESH COLLATION VERSION;");

} // namespace

class TestEngineGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void preflightRefusesBeforeAnyChange_data();
    void preflightRefusesBeforeAnyChange();
    void dumpRestorePassesNamesWithSpaces();
    void oneShotExitIsSuccess();
    void collationRefreshedAfterYes();
    void collationRefreshDeclined();
    void collationWithoutReindexSaysWhatToRun();
    void collationRefreshFailureIsReported();

private:
    std::unique_ptr<EngineRig> m_rig;
};

void TestEngineGuards::init()
{
    m_rig = std::make_unique<EngineRig>();
}

void TestEngineGuards::cleanup()
{
    m_rig.reset();
}

void TestEngineGuards::preflightRefusesBeforeAnyChange_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("fix");
    QTest::newRow("extension outside contrib") << "FAKE_EXTENSIONS"
                                               << "ente_db=plpgsql,pg_trgm,vector postgres=plpgsql"
                                               << "extensions"
                                               << "vector in ente_db"
                                               << "DROP EXTENSION \"vector\"; -- in ente_db";
    QTest::newRow("database name with a space") << "FAKE_EXTRA_DATABASE"
                                                << "Archive 2019"
                                                << "database_names"
                                                << "\"Archive 2019\""
                                                << "--method dump-restore";
    QTest::newRow("not the install user") << "FAKE_INSTALL_USER"
                                          << "postgres"
                                          << "install_user"
                                          << "created by postgres"
                                          << "Set POSTGRES_USER to postgres";
}

void TestEngineGuards::preflightRefusesBeforeAnyChange()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, check);
    QFETCH(QString, detail);
    QFETCH(QString, fix);
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(variable, value);
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("preflight_failed"));
    QVERIFY2(r.error.message.toString().contains(QLatin1String("Nothing was changed.")),
             qPrintable(r.error.message.toString()));
    QCOMPARE(r.started, QList<Step>{Step::Preflight});
    QVERIFY(r.asked.isEmpty());

    const MigrationReport::Check *found = findCheck(driver.engine()->report(), check);
    QVERIFY2(found, qPrintable(check));
    QCOMPARE(found->result, MigrationReport::CheckResult::Fail);
    QVERIFY2(found->detail.toString().contains(detail), qPrintable(found->detail));
    QVERIFY2(found->fixText().contains(fix), qPrintable(found->fixText()));
    // Only this guard fails.
    for (const MigrationReport::Check &c : driver.engine()->report().checks) {
        if (c.id != check)
            QVERIFY2(c.result != MigrationReport::CheckResult::Fail, qPrintable(c.id));
    }

    // Nothing changed: the journal says refused, the compose file is the original, nothing stopped or dumped.
    QCOMPARE(m_rig->journalState(), QStringLiteral("refused"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(!QFileInfo::exists(m_rig->defaultBackup()));
    QVERIFY(m_rig->calls(dumpall).isEmpty());
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());
    QVERIFY(m_rig->containerRunning());
    QCOMPARE(m_rig->containerImage(), QByteArray("postgres:12"));
}

void TestEngineGuards::dumpRestorePassesNamesWithSpaces()
{
    MigrationEngine::Options options = m_rig->options();
    options.method = MigrationEngine::Method::DumpRestore;
    options.docker.environment.insert(QStringLiteral("FAKE_EXTRA_DATABASE"), QStringLiteral("Archive 2019"));
    options.docker.environment.insert(QStringLiteral("FAKE_INSTALL_USER"), QStringLiteral("postgres"));
    options.confirmBackup = true;
    EngineDriver driver(options);
    // The preflight passes; stop at the first question (the backup's): nothing after it is needed here.
    driver.answer = [](const MigrationEngine::Confirmation &) { return false; };
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("declined"));
    QVERIFY(r.stepsFinished.contains(std::make_pair(Step::Preflight, true)));
    QCOMPARE(r.asked.size(), 1);
    QCOMPARE(r.asked.first().step, Step::Backup);
    const MigrationReport &report = driver.engine()->report();
    const MigrationReport::Check *names = findCheck(report, QStringLiteral("database_names"));
    QVERIFY(names);
    QCOMPARE(names->result, MigrationReport::CheckResult::Pass);
    QVERIFY(names->detail.toString().contains(QLatin1String("\"Archive 2019\"")));
    const MigrationReport::Check *user = findCheck(report, QStringLiteral("install_user"));
    QVERIFY(user);
    QCOMPARE(user->result, MigrationReport::CheckResult::Pass);
    // The extensions of each database were asked, "Archive 2019" included.
    QVERIFY2(m_rig->dockerLog().contains(QLatin1String("-d Archive 2019 -f -")), qPrintable(m_rig->dockerLog()));
}

void TestEngineGuards::oneShotExitIsSuccess()
{
    const QByteArray compose = withEnvironment(m_rig->originalCompose(), "      PGAUTO_ONESHOT: \"yes\"\n");
    QVERIFY(writeAll(m_rig->composePath(), compose));
    m_rig->setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("era3-oneshot-success.v2logs.log")));
    m_rig->setKnob(QStringLiteral("LOG_MODE"), QStringLiteral("end"));
    m_rig->setKnob(QStringLiteral("EXIT_CODE"), QStringLiteral("0"));
    // pgautoupgrade converted the data in place and kept the old pg_hba.conf (the fake's follow mode says so itself).
    m_rig->setState(QStringLiteral("hba-old"), {});
    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));
    QVERIFY(r.stepsFinished.contains(std::make_pair(Step::Upgrade, true)));
    QVERIFY(r.milestones.filter(QStringLiteral("one-shot")).size() == 1);

    const MigrationReport::Check *oneShot = findCheck(driver.engine()->report(), QStringLiteral("oneshot"));
    QVERIFY(oneShot);
    QCOMPARE(oneShot->result, MigrationReport::CheckResult::Pass);
    QVERIFY(oneShot->detail.toString().contains(QLatin1String("starts the final image itself")));

    // The container exited on its own; the final image was started by the app, and the stack runs on it.
    const QStringList calls = m_rig->docker();
    const qsizetype follow = indexOf(calls, followLog);
    QVERIFY(follow >= 0);
    QVERIFY(indexOf(calls, composeUpAll, follow) > follow);
    QVERIFY(m_rig->containerRunning());
    QCOMPARE(m_rig->containerImage(), QByteArray("postgres:16"));
    QCOMPARE(m_rig->compose(), withImage(compose, targetImage));
}

void TestEngineGuards::collationRefreshedAfterYes()
{
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_COLLATION"), QStringLiteral("2.36 2.41"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));

    // The fourth question is verify's, and it names the databases.
    QCOMPARE(r.asked.size(), 4);
    QCOMPARE(r.asked.last().step, Step::Verify);
    QVERIFY2(r.asked.last().text.contains(QLatin1String("ente_db, postgres, template1")),
             qPrintable(r.asked.last().text));

    // Each database (template0 records no version) got its REFRESH, quoted, after the yes.
    const QString log = m_rig->dockerLog();
    for (const char *name : {"ente_db", "postgres", "template1"})
        QVERIFY2(log.contains(refreshSql.arg(QLatin1String(name))), name);
    QVERIFY(!log.contains(refreshSql.arg(QStringLiteral("template0"))));

    const MigrationReport &report = driver.engine()->report();
    QCOMPARE(report.collationRefreshed,
             QStringList({QStringLiteral("ente_db"), QStringLiteral("postgres"), QStringLiteral("template1")}));
    const MigrationReport::Check *check = findCheck(report, QStringLiteral("verify_collation"));
    QVERIFY(check);
    QCOMPARE(check->result, MigrationReport::CheckResult::Pass);
    QCOMPARE(check->detail, QStringLiteral("Collation versions refreshed: ente_db, postgres, template1"));
    QCOMPARE(MigrationReport::fromJson(report.toJson()).collationRefreshed, report.collationRefreshed);
}

void TestEngineGuards::collationRefreshDeclined()
{
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_COLLATION"), QStringLiteral("2.36 2.41"));
    EngineDriver driver(options);
    driver.answer = declineAt(Step::Verify);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    // A no leaves the versions as they are and says what to run; the migration is done all the same.
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));
    QVERIFY(!m_rig->dockerLog().contains(QLatin1String("REFRESH COLLATION VERSION")));
    const MigrationReport &report = driver.engine()->report();
    QVERIFY(report.collationRefreshed.isEmpty());
    const MigrationReport::Check *check = findCheck(report, QStringLiteral("verify_collation"));
    QVERIFY(check);
    QCOMPARE(check->result, MigrationReport::CheckResult::Warn);
    QVERIFY(check->commands.contains(QLatin1String("ALTER DATABASE \"template1\" REFRESH COLLATION VERSION;")));
}

void TestEngineGuards::collationWithoutReindexSaysWhatToRun()
{
    QVERIFY(
        writeAll(m_rig->composePath(), withEnvironment(m_rig->originalCompose(), "      PGAUTO_REINDEX: \"no\"\n")));
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_COLLATION"), QStringLiteral("2.36 2.41"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    // No question: without a reindex, refreshing the version alone would hide indexes in the wrong order.
    QCOMPARE(r.asked.size(), 3);
    QVERIFY(!m_rig->dockerLog().contains(QLatin1String("REFRESH COLLATION VERSION")));
    const MigrationReport::Check *check = findCheck(driver.engine()->report(), QStringLiteral("verify_collation"));
    QVERIFY(check);
    QCOMPARE(check->result, MigrationReport::CheckResult::Warn);
    QVERIFY2(
        check->commands.contains(QLatin1String("REINDEX DATABASE ente_db; ALTER DATABASE ente_db REFRESH COLLATION "
                                               "VERSION;")),
        qPrintable(check->commands));
}

void TestEngineGuards::collationRefreshFailureIsReported()
{
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_COLLATION"), QStringLiteral("2.36 2.41"));
    options.docker.environment.insert(QStringLiteral("FAKE_REFRESH_FAIL"), QStringLiteral("postgres"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    const MigrationReport &report = driver.engine()->report();
    QCOMPARE(report.collationRefreshed, QStringList({QStringLiteral("ente_db"), QStringLiteral("template1")}));
    const MigrationReport::Check *check = findCheck(report, QStringLiteral("verify_collation"));
    QVERIFY(check);
    QCOMPARE(check->result, MigrationReport::CheckResult::Warn);
    QVERIFY2(check->detail.toString().contains(QLatin1String("must be owner of database postgres")),
             qPrintable(check->detail));
    QVERIFY(check->commands.contains(QLatin1String("ALTER DATABASE \"postgres\" REFRESH COLLATION VERSION;")));
}

QTEST_GUILESS_MAIN(TestEngineGuards)
#include "tst_engine_guards.moc"
