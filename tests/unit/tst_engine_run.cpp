// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine, headless, against the fake docker of tests/data/engine: a whole pgautoupgrade migration, and every
// way a step of it can be refused, declined, fail or be cancelled, asserting the journal, the compose bytes, the
// backup file and the docker commands run (tests/support/EngineSupport.h).
#include "CliSupport.h"
#include "EngineSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

using namespace edm;
using namespace edm::test;

namespace {

/// Files in the project folder other than the compose file and the journal's folder.
QStringList strayFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    files.removeAll(QStringLiteral("compose.yaml"));
    files.removeAll(QStringLiteral(".ente-db-migrate"));
    return files;
}

} // namespace

class TestEngineRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pgautoupgradeSucceeds();
    void startRefusesAnUnfinishedMigration();

    void declined_data();
    void declined();

    void alreadyOnTarget();
    void downgradeTrapBeforeAnything();
    void preflightRefuses_data();
    void preflightRefuses();

    void backupFails();
    void backupFailureKeepsAnOlderBackup();
    void upgradeContainerExitsEarly();
    void upgradeLogReportsFailure();
    void upgradeTimesOut();
    void journalReadsInItsReadersLanguage();

    void cancelDuringPreflight();
    void cancelDuringBackup();
    void cancelDuringStop();
    void cancelDuringUpgrade();
    void cancelDuringFinish();
    void cancelDuringVerify();
    void cancelWhileAConfirmationWaits();

private:
    std::unique_ptr<EngineRig> m_rig;
};

void TestEngineRun::init()
{
    m_rig = std::make_unique<EngineRig>();
}

void TestEngineRun::cleanup()
{
    m_rig.reset();
}

void TestEngineRun::pgautoupgradeSucceeds()
{
    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY2(r.error.isNull(), qPrintable(r.error.code + u' ' + r.error.message.toString()));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.states,
             QStringList({QStringLiteral("plan_done"), QStringLiteral("preflight"), QStringLiteral("preflight_done"),
                          QStringLiteral("backup"), QStringLiteral("backup_done"), QStringLiteral("stop"),
                          QStringLiteral("stop_done"), QStringLiteral("upgrade"), QStringLiteral("upgrade_done"),
                          QStringLiteral("finish"), QStringLiteral("finish_done"), QStringLiteral("verify"),
                          QStringLiteral("verify_done"), QStringLiteral("done")}));
    QCOMPARE(r.started,
             QList<Step>({Step::Preflight, Step::Backup, Step::Stop, Step::Upgrade, Step::Finish, Step::Verify}));
    for (const auto &[step, ok] : r.stepsFinished)
        QVERIFY2(ok, qPrintable(MigrationEngine::stepId(step)));

    // Three questions: stop, the first edit (with its diff), the second edit.
    QCOMPARE(r.asked.size(), 3);
    QCOMPARE(r.asked.at(0).step, Step::Stop);
    QCOMPARE(r.asked.at(1).step, Step::Upgrade);
    QVERIFY(r.asked.at(1).diff.contains("+    image: pgautoupgrade/pgautoupgrade:16-trixie"));
    QVERIFY(r.asked.at(1).diff.contains("-    image: postgres:12"));
    QCOMPARE(r.asked.at(2).step, Step::Finish);
    QVERIFY(r.asked.at(2).diff.contains("+    image: postgres:16"));

    // On disk: the journal says done, the compose file names the target and nothing else changed, the backup is
    // the dump, private.
    QCOMPARE(m_rig->journalState(), QStringLiteral("done"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), true);
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), targetImage));
    QCOMPARE(readAll(m_rig->defaultBackup()), readAll(engineData(QStringLiteral("cluster.sql"))));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(m_rig->defaultBackup()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(m_rig->journal().value(QStringLiteral("backup")).toObject().value(QStringLiteral("path")).toString(),
             m_rig->defaultBackup());
    QCOMPARE(driver.engine()->backupFile(), m_rig->defaultBackup());

    // The report: versions, every row arrived, the checks of verify passed.
    const MigrationReport &report = driver.engine()->report();
    QCOMPARE(report.outcome, MigrationReport::Outcome::Succeeded);
    QCOMPARE(report.versionBefore, QStringLiteral("12.22"));
    QCOMPARE(report.versionAfter, QStringLiteral("16.14"));
    QCOMPARE(report.imageBefore, QStringLiteral("postgres:12"));
    QCOMPARE(report.imageAfter, QStringLiteral("postgres:16"));
    QCOMPARE(report.rowCounts.size(), 2);
    for (const MigrationReport::RowCount &row : report.rowCounts) {
        QCOMPARE(row.database, QStringLiteral("ente_db"));
        QCOMPARE(row.actual, row.expected);
        QCOMPARE(row.expected, row.table == QLatin1String("files") ? 120 : 40);
    }
    QStringList verifyChecks;
    for (const MigrationReport::Check &check : report.checks) {
        if (check.id.startsWith(QLatin1String("verify_"))) {
            verifyChecks.append(check.id);
            QVERIFY2(check.result != MigrationReport::CheckResult::Fail, qPrintable(check.id + u' ' + check.detail));
        }
    }
    QVERIFY(verifyChecks.contains(QStringLiteral("verify_version")));
    QVERIFY(verifyChecks.contains(QStringLiteral("verify_rows")));
    QVERIFY(verifyChecks.contains(QStringLiteral("verify_login")));

    // docker, in order: the backup, down, only Postgres up on pgautoupgrade, its log, its stop, the whole stack up.
    const QStringList calls = m_rig->docker();
    const qsizetype dump = indexOf(calls, dumpall);
    const qsizetype down = indexOf(calls, composeDown);
    const qsizetype up = indexOf(calls, composeUpService);
    const qsizetype follow = indexOf(calls, followLog);
    const qsizetype stop = indexOf(calls, composeStopService);
    const qsizetype upAll = indexOf(calls, composeUpAll);
    QVERIFY2(dump >= 0 && dump < down && down < up && up < follow && follow < stop && stop < upAll,
             qPrintable(calls.join(u'\n')));
    QCOMPARE(calls.filter(QRegularExpression(composeDown)).size(), 1);
    QCOMPARE(calls.filter(QRegularExpression(composeUpAll)).size(), 1);
    QVERIFY(calls.filter(QRegularExpression(QStringLiteral("^docker (volume (rm|create)|run )"))).isEmpty());
    QVERIFY(m_rig->containerRunning());
    QCOMPARE(m_rig->containerImage(), QByteArray("postgres:16"));
    QVERIFY(r.milestones.size() >= 2);
}

void TestEngineRun::startRefusesAnUnfinishedMigration()
{
    {
        EngineDriver driver(m_rig->options());
        driver.answer = declineAt(Step::Stop);
        QVERIFY(driver.run(EngineDriver::Action::Start));
        QCOMPARE(m_rig->journalState(), QStringLiteral("stop"));
    }
    m_rig->clearDockerLog();
    EngineDriver again(m_rig->options());
    QVERIFY(again.run(EngineDriver::Action::Start));
    QCOMPARE(again.result().error.code, QStringLiteral("unfinished_migration"));
    QVERIFY(again.result().error.message.toString().contains(QLatin1String("\"stop\"")));
    QCOMPARE(m_rig->journalState(), QStringLiteral("stop"));
    QVERIFY(m_rig->docker().isEmpty());
}

void TestEngineRun::declined_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("image"); ///< in the compose file afterwards
    QTest::addColumn<bool>("dataTouched");
    QTest::addColumn<QString>("notRun"); ///< the step's own docker command, never run
    QTest::addColumn<bool>("running"); ///< the Postgres container afterwards

    // Asked only when Options::confirmBackup is set (a wizard choosing the file).
    QTest::newRow("backup") << Step::Backup << QStringLiteral("backup") << sourceImage << false << dumpall << true;
    QTest::newRow("stop") << Step::Stop << QStringLiteral("stop") << sourceImage << false << composeDown << true;
    QTest::newRow("upgrade edit") << Step::Upgrade << QStringLiteral("upgrade") << sourceImage << false
                                  << composeUpService << false;
    QTest::newRow("finish edit") << Step::Finish << QStringLiteral("finish") << upgradeImage << true << composeUpAll
                                 << false;
}

void TestEngineRun::declined()
{
    QFETCH(Step, step);
    QFETCH(QString, state);
    QFETCH(QByteArray, image);
    QFETCH(bool, dataTouched);
    QFETCH(QString, notRun);
    QFETCH(bool, running);

    MigrationEngine::Options options = m_rig->options();
    options.confirmBackup = step == Step::Backup;
    EngineDriver driver(options);
    driver.answer = declineAt(step);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("declined"));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.asked.last().step, step);
    QCOMPARE(r.stepsFinished.last(), std::make_pair(step, false));
    QCOMPARE(m_rig->journalState(), state);
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), dataTouched);
    QVERIFY(!Text::fromJson(m_rig->journal().value(QStringLiteral("last_error"))).isEmpty());
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), image));
    // The backup came before every other question.
    QCOMPARE(QFileInfo::exists(m_rig->defaultBackup()), step != Step::Backup);
    QVERIFY2(m_rig->calls(notRun).isEmpty(), qPrintable(m_rig->docker().join(u'\n')));
    QCOMPARE(m_rig->containerRunning(), running);
}

void TestEngineRun::alreadyOnTarget()
{
    const QByteArray compose = withImage(m_rig->originalCompose(), targetImage);
    QVERIFY(writeAll(m_rig->composePath(), compose));
    m_rig->setState(QStringLiteral("container"), "postgres:16\n");

    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QCOMPARE(driver.result().error.code, QStringLiteral("already_target"));
    QVERIFY(driver.result().asked.isEmpty());
    // Found in the plan: no journal is begun, nothing to resume or roll back.
    QVERIFY(!m_rig->journalExists());
    QCOMPARE(m_rig->compose(), compose);
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());
    QVERIFY(m_rig->containerRunning());
}

void TestEngineRun::downgradeTrapBeforeAnything()
{
    // The compose file names the target, the container is stopped and its data is newer than the image: a compose
    // file downloaded again after a migration to 17.
    const QByteArray compose = withImage(m_rig->originalCompose(), targetImage);
    QVERIFY(writeAll(m_rig->composePath(), compose));
    m_rig->setState(QStringLiteral("container"), "postgres:16\n");
    m_rig->setState(QStringLiteral("running"), "0\n");
    m_rig->setKnob(QStringLiteral("DATA_MAJOR"), QStringLiteral("17"));

    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QCOMPARE(driver.result().error.code, QStringLiteral("downgrade_trap"));
    QVERIFY(driver.result().error.message.toString().contains(QLatin1String("postgres:17")));
    QVERIFY(!m_rig->journalExists());
    QCOMPARE(m_rig->compose(), compose);
    QVERIFY(!m_rig->calls(QStringLiteral("^docker cp ente-postgres-1:/var/lib/postgresql/data/PG_VERSION ")).isEmpty());
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());
    QVERIFY(!m_rig->containerRunning());
}

void TestEngineRun::preflightRefuses_data()
{
    QTest::addColumn<QString>("knob");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<QString>("check");

    // postgres:12 in the compose file, a stopped container whose data is 16 already: the image would refuse it.
    QTest::newRow("downgrade trap") << QStringLiteral("DATA_MAJOR") << QStringLiteral("16") << true
                                    << QStringLiteral("downgrade");
    QTest::newRow("lock file") << QStringLiteral("LOCK_FILE") << QStringLiteral("1") << false
                               << QStringLiteral("lock_file");
}

void TestEngineRun::preflightRefuses()
{
    QFETCH(QString, knob);
    QFETCH(QString, value);
    QFETCH(bool, stopped);
    QFETCH(QString, check);
    m_rig->setKnob(knob, value);
    if (stopped)
        m_rig->setState(QStringLiteral("running"), "0\n");

    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("preflight_failed"));
    QCOMPARE(r.started, QList<Step>{Step::Preflight});
    QVERIFY(r.asked.isEmpty());
    QCOMPARE(m_rig->journalState(), QStringLiteral("refused"));
    bool found = false;
    for (const MigrationReport::Check &c : driver.engine()->report().checks) {
        if (c.id == check) {
            found = true;
            QCOMPARE(c.result, MigrationReport::CheckResult::Fail);
        }
    }
    QVERIFY2(found, qPrintable(check));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(!QFileInfo::exists(m_rig->defaultBackup()));
    QVERIFY(m_rig->calls(dumpall).isEmpty());
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());

    // A refused run leaves nothing to resume or roll back; a new start is allowed.
    EngineDriver rollback(m_rig->options());
    QVERIFY(rollback.run(EngineDriver::Action::Rollback));
    QCOMPARE(rollback.result().error.code, QStringLiteral("nothing_to_roll_back"));
    EngineDriver resume(m_rig->options());
    QVERIFY(resume.run(EngineDriver::Action::Resume));
    QCOMPARE(resume.result().error.code, QStringLiteral("nothing_to_resume"));
}

void TestEngineRun::backupFails()
{
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_DUMP"), QStringLiteral("die"));
    options.docker.environment.insert(QStringLiteral("FAKE_DIE_BYTES"), QStringLiteral("3000"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Backup, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("backup"));
    QVERIFY(!m_rig->journal().contains(QStringLiteral("backup")) ||
            m_rig->journal().value(QStringLiteral("backup")).isNull());
    QVERIFY(!QFileInfo::exists(m_rig->defaultBackup()));
    QCOMPARE(strayFiles(m_rig->projectDir()), QStringList());
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(r.asked.isEmpty());
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());
    QVERIFY(m_rig->containerRunning());
}

void TestEngineRun::backupFailureKeepsAnOlderBackup()
{
    // A file the person chose to replace: it is replaced only by a complete backup.
    const QByteArray older = "-- an older backup of the user's, under the name this run writes\n";
    QVERIFY(writeAll(m_rig->defaultBackup(), older));
    MigrationEngine::Options options = m_rig->options();
    options.backupFile = m_rig->defaultBackup();
    options.replaceBackup = true;
    options.docker.environment.insert(QStringLiteral("FAKE_DUMP"), QStringLiteral("die"));
    options.docker.environment.insert(QStringLiteral("FAKE_DIE_BYTES"), QStringLiteral("3000"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QVERIFY(!driver.result().error.isNull());
    QCOMPARE(m_rig->journalState(), QStringLiteral("backup"));
    QCOMPARE(readAll(m_rig->defaultBackup()), older);
    QCOMPARE(strayFiles(m_rig->projectDir()), QStringList{QStringLiteral("pg12.backup.sql")});
}

void TestEngineRun::upgradeContainerExitsEarly()
{
    m_rig->setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("rig-fault-exit-early-2026.docker.log")));
    m_rig->setKnob(QStringLiteral("LOG_MODE"), QStringLiteral("end"));
    m_rig->setKnob(QStringLiteral("EXIT_CODE"), QStringLiteral("1"));
    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("upgrade_failed"));
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Upgrade, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), true);
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), upgradeImage));
    const QStringList calls = m_rig->docker();
    const qsizetype follow = indexOf(calls, followLog);
    QVERIFY(follow >= 0);
    // The log ended: docker inspect tells the exit code, the container is stopped, the stack is not started.
    QVERIFY(indexOf(calls, QStringLiteral("^docker inspect --type container ente-postgres-1$"), follow) > follow);
    QVERIFY(indexOf(calls, composeStopService, follow) > follow);
    QVERIFY(m_rig->calls(composeUpAll).isEmpty());
    QVERIFY(!m_rig->containerRunning());
}

void TestEngineRun::upgradeLogReportsFailure()
{
    m_rig->setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("rig-fault-upgrade-fail.docker.log")));
    EngineDriver driver(m_rig->options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("upgrade_failed"));
    QVERIFY(r.error.message.toString().contains(QLatin1String("Last lines of the log:")));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), true);
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), upgradeImage));
    QVERIFY(!driver.engine()->report().logExcerpt.isEmpty());
    const QStringList calls = m_rig->docker();
    QVERIFY(indexOf(calls, composeStopService, indexOf(calls, followLog)) > 0);
    QVERIFY(m_rig->calls(composeUpAll).isEmpty());
    QVERIFY(!m_rig->containerRunning());
}

void TestEngineRun::journalReadsInItsReadersLanguage()
{
    // A migration run in German fails; `status` and the report, read later in English, are English: the journal
    // keeps codes, sources and data, not the words of the language that ran it.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/ente-db-migrate_de.qm")));
    QCoreApplication::installTranslator(&german);
    m_rig->setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("rig-fault-upgrade-fail.docker.log")));
    EngineDriver driver(m_rig->options());
    const bool ran = driver.run(EngineDriver::Action::Start);
    const Error error = driver.result().error;
    const QString shownInGerman = error.message.toString();
    const QByteArray journalBytes = readAll(Journal::pathFor(m_rig->projectDir()));
    QCoreApplication::removeTranslator(&german);
    QVERIFY(ran);
    QCOMPARE(error.code, QStringLiteral("upgrade_failed"));
    QVERIFY2(shownInGerman.contains(QLatin1String("Letzte Zeilen des Protokolls:")), qPrintable(shownInGerman));

    // On disk: the sources and their contexts, no German.
    for (const char *german : {"Letzte Zeilen", "Stack anhalten", "Sicherung"})
        QVERIFY2(!journalBytes.contains(german),
                 journalBytes.mid(qMax(0, int(journalBytes.indexOf(german)) - 300), 600).constData());
    QVERIFY(journalBytes.contains("\"src\": \"Last lines of the log:\""));
    QVERIFY(journalBytes.contains("\"src\": \"Stop the stack\""));

    // Read in English.
    const auto loaded = Journal::load(m_rig->projectDir());
    QVERIFY(loaded.ok() && loaded->has_value());
    const Journal &journal = **loaded;
    QCOMPARE(journal.lastErrorCode, QStringLiteral("upgrade_failed"));
    QVERIFY2(journal.lastError.toString().contains(QLatin1String("Last lines of the log:")),
             qPrintable(journal.lastError.toString()));
    const MigrationReport report = MigrationReport::fromJson(journal.report);
    QStringList titles;
    for (const MigrationReport::Step &step : report.steps)
        titles << step.title.toString();
    QVERIFY2(titles.contains(QStringLiteral("Stop the stack")), qPrintable(titles.join(u',')));
    QVERIFY(!report.checks.isEmpty());
    for (const MigrationReport::Check &check : report.checks)
        QVERIFY2(check.title.toString() == check.title.sourceString(), qPrintable(check.title.toString()));
    const test::CliRun status = test::runCli({QStringLiteral("status"), m_rig->projectDir()});
    QVERIFY2(status.out.contains(QLatin1String("Last error: ")) &&
                 status.out.contains(QLatin1String("Last lines of the log:")),
             qPrintable(status.out));
    QVERIFY2(!status.out.contains(QLatin1String("Letzte")), qPrintable(status.out));
    const test::CliRun json = test::runCli({QStringLiteral("status"), QStringLiteral("--json"), m_rig->projectDir()});
    const QJsonObject statusJson = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(statusJson.value(QStringLiteral("last_error_code")).toString(), QStringLiteral("upgrade_failed"));
    QVERIFY(
        statusJson.value(QStringLiteral("last_error")).toString().contains(QLatin1String("Last lines of the log:")));

    // And read in German again, German.
    QCoreApplication::installTranslator(&german);
    const QString again = journal.lastError.toString();
    QString stopTitle;
    for (const MigrationReport::Step &step : report.steps) {
        if (step.id == QLatin1String("stop"))
            stopTitle = step.title.toString();
    }
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(again.contains(QLatin1String("Letzte Zeilen des Protokolls:")), qPrintable(again));
    QCOMPARE(stopTitle, QStringLiteral("Stack anhalten"));
}

void TestEngineRun::upgradeTimesOut()
{
    m_rig->setKnob(QStringLiteral("LOG_MODE"), QStringLiteral("hang"));
    MigrationEngine::Options options = m_rig->options();
    options.upgradeTimeoutSeconds = 1;
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("upgrade_timeout"));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), upgradeImage));
    const QStringList calls = m_rig->docker();
    QVERIFY(indexOf(calls, composeStopService, indexOf(calls, followLog)) > 0);
    QVERIFY(m_rig->calls(composeUpAll).isEmpty());
    QVERIFY(!m_rig->containerRunning());
}

void TestEngineRun::cancelDuringPreflight()
{
    // The preflight's first question to the server never gets an answer.
    m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("pg_isready"));
    EngineDriver driver(m_rig->options());
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->dockerLog().contains(QLatin1String("  hang pg_isready")), 180000);
    driver.engine()->cancel();
    (void)QTest::qWaitFor([&driver] { return driver.result().finished; }, 10000);
    QVERIFY(driver.result().finished);
    QCOMPARE(m_rig->journalState(), QStringLiteral("refused"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
}

void TestEngineRun::cancelDuringBackup()
{
    MigrationEngine::Options options = m_rig->options();
    options.docker.environment.insert(QStringLiteral("FAKE_DUMP"), QStringLiteral("endless"));
    EngineDriver driver(options);
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig->calls(dumpall).isEmpty(), 180000);
    QTest::qWait(200); // some of the dump is written
    driver.engine()->cancel();
    QVERIFY(driver.wait());
    const EngineRun &r = driver.result();
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Backup, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("backup"));
    QVERIFY(!QFileInfo::exists(m_rig->defaultBackup()));
    QCOMPARE(strayFiles(m_rig->projectDir()), QStringList());
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(QStringLiteral("^docker compose .* (up|down|stop)")).isEmpty());
}

void TestEngineRun::cancelDuringStop()
{
    m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("down"));
    EngineDriver driver(m_rig->options());
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->dockerLog().contains(QLatin1String("  hang down")), 180000);
    driver.engine()->cancel();
    QVERIFY(driver.wait());
    const EngineRun &r = driver.result();
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Stop, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("stop"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), false);
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(composeUpService).isEmpty());
}

void TestEngineRun::cancelDuringUpgrade()
{
    m_rig->setKnob(QStringLiteral("LOG_MODE"), QStringLiteral("hang"));
    EngineDriver driver(m_rig->options());
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig->calls(followLog).isEmpty(), 180000);
    QTRY_VERIFY_WITH_TIMEOUT(!driver.result().milestones.isEmpty(), 20000); // the log is being read
    driver.engine()->cancel();
    QVERIFY(driver.wait());
    const EngineRun &r = driver.result();
    QCOMPARE(r.error.code, QStringLiteral("cancelled"));
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Upgrade, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("upgrade"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), true);
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), upgradeImage));
    const QStringList calls = m_rig->docker();
    QVERIFY(indexOf(calls, composeStopService, indexOf(calls, followLog)) > 0);
    QVERIFY(m_rig->calls(composeUpAll).isEmpty());
    QVERIFY(!m_rig->containerRunning());
}

void TestEngineRun::cancelDuringFinish()
{
    EngineDriver driver(m_rig->options());
    // Starting the whole stack never ends.
    driver.onStep([this](Step step) {
        if (step == Step::Finish)
            m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("up"));
    });
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->dockerLog().contains(QLatin1String("  hang up")), 180000);
    driver.engine()->cancel();
    QVERIFY(driver.wait());
    const EngineRun &r = driver.result();
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.stepsFinished.last(), std::make_pair(Step::Finish, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("finish"));
    QCOMPARE(m_rig->journal().value(QStringLiteral("data_touched")).toBool(), true);
    // The second edit is on disk; verify never ran.
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), targetImage));
    QVERIFY(!r.started.contains(Step::Verify));
}

void TestEngineRun::cancelDuringVerify()
{
    EngineDriver driver(m_rig->options());
    // Verify's first question to the server never gets an answer.
    driver.onStep([this](Step step) {
        if (step == Step::Verify)
            m_rig->setKnob(QStringLiteral("HANG"), QStringLiteral("pg_isready"));
    });
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->dockerLog().contains(QLatin1String("  hang pg_isready")), 180000);
    driver.engine()->cancel();
    (void)QTest::qWaitFor([&driver] { return driver.result().finished; }, 10000);
    QVERIFY(driver.result().finished);
    QCOMPARE(driver.result().stepsFinished.last(), std::make_pair(Step::Verify, false));
    QCOMPARE(m_rig->journalState(), QStringLiteral("verify"));
    QCOMPARE(m_rig->compose(), withImage(m_rig->originalCompose(), targetImage));
}

void TestEngineRun::cancelWhileAConfirmationWaits()
{
    EngineDriver driver(m_rig->options());
    driver.answer = nullptr; // nobody answers
    driver.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(!driver.result().asked.isEmpty(), 180000);
    QCOMPARE(driver.result().asked.first().step, Step::Stop);
    driver.engine()->cancel();
    QVERIFY(driver.wait());
    QVERIFY(!driver.result().error.isNull());
    QCOMPARE(driver.result().finishedCount, 1);
    QCOMPARE(m_rig->journalState(), QStringLiteral("stop"));
    QCOMPARE(m_rig->compose(), m_rig->originalCompose());
    QVERIFY(m_rig->calls(composeDown).isEmpty());
    QVERIFY(m_rig->containerRunning());
}

QTEST_GUILESS_MAIN(TestEngineRun)
#include "tst_engine_run.moc"
