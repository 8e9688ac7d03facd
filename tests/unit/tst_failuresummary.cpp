// SPDX-License-Identifier: GPL-3.0-or-later
// FailureSummary: the three lines after a failure (what failed, the state the stack is in, the safe next step) as a
// pure function of the facts, over the journal states a run can stop in; then the facts as the engine gathers them
// after real failures against tests/data/engine/fake-docker.
#include "core/ErrorCodes.h"
#include "core/migration/FailureSummary.h"

#include "CliSupport.h"
#include "EngineSupport.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

using Next = FailureSummary::Next;
Q_DECLARE_METATYPE(edm::FailureSummary::Next)

namespace {

const QString pgauto = QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie");

/// The engine's look at the container, waited for.
std::optional<bool> lookAt(MigrationEngine *engine)
{
    bool answered = false;
    std::optional<bool> running;
    QObject context;
    engine->lookAtContainer(&context, [&](std::optional<bool> value) {
        answered = true;
        running = value;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 30000))
        qWarning("lookAtContainer never answered");
    return running;
}

} // namespace

class TestFailureSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void firstSentence_data();
    void firstSentence();
    void nextCommand();
    void afterAnUpgradeFailure();
    void afterARefusedPreflight();
    void commandLinePrintsTheThreeLines();
};

void TestFailureSummary::describe_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state"); ///< the journal's: how far the run got
    QTest::addColumn<QString>("composeImage"); ///< now ("" with composeChanged: an image nobody planned)
    QTest::addColumn<bool>("composeChanged");
    QTest::addColumn<bool>("dataConverted");
    QTest::addColumn<int>("running"); ///< -1: docker did not answer
    QTest::addColumn<Next>("action");
    QTest::addColumn<bool>("retryResumes");
    QTest::addColumn<QStringList>("stateSays");

    QTest::newRow("preflight refused by a guard")
        << Step::Preflight << QString(ErrorCode::PreflightFailed) << "refused"
        << "postgres:12" << false << false << 1 << Next::Retry << false
        << QStringList{"still names postgres:12", "container is running", "data is unchanged"};
    QTest::newRow("docker not answering at the plan")
        << Step::Plan << QString(ErrorCode::DockerDaemonDown) << ""
        << "postgres:12" << false << false << -1 << Next::Retry << false
        << QStringList{"still names postgres:12", "unknown", "data is unchanged"};
    QTest::newRow("backup failed (disk full)") << Step::Backup << QString(ErrorCode::BackupDiskFull) << "backup"
                                               << "postgres:12" << false << false << 1 << Next::Retry << true
                                               << QStringList{"still names postgres:12", "data is unchanged"};
    QTest::newRow("already on the target")
        << Step::Plan << QString(ErrorCode::AlreadyTarget) << ""
        << "postgres:12" << false << false << 1 << Next::Close << false << QStringList{"still names postgres:12"};
    QTest::newRow("stop declined") << Step::Stop << QString(ErrorCode::Declined) << "stop"
                                   << "postgres:12" << false << false << 1 << Next::Close << true
                                   << QStringList{"container is running"};
    QTest::newRow("stop failed halfway") << Step::Stop << QString(ErrorCode::ProcessExitCode) << "stop"
                                         << "postgres:12" << false << false << 0 << Next::RollBack << true
                                         << QStringList{"is not running"};
    QTest::newRow("upgrade failed after the edit")
        << Step::Upgrade << QString(ErrorCode::UpgradeFailed) << "upgrade" << pgauto << true << true << 0
        << Next::RollBack << true
        << QStringList{"names " + pgauto + " (before the migration: postgres:12)", "is not running",
                       "began and did not finish"};
    QTest::newRow("finish failed on the final image")
        << Step::Finish << QString(ErrorCode::ContainerExited) << "finish"
        << "postgres:16" << true << true << 0 << Next::RollBack << true
        << QStringList{"names postgres:16", "converted to the new version"};
    QTest::newRow("compose file edited by hand")
        << Step::Upgrade << QString(ErrorCode::FileChanged) << "upgrade"
        << "" << true << false << 1 << Next::RollBack << true << QStringList{"this migration did not write"};
}

void TestFailureSummary::describe()
{
    QFETCH(Step, step);
    QFETCH(QString, code);
    QFETCH(QString, state);
    QFETCH(QString, composeImage);
    QFETCH(bool, composeChanged);
    QFETCH(bool, dataConverted);
    QFETCH(int, running);
    QFETCH(Next, action);
    QFETCH(bool, retryResumes);
    QFETCH(QStringList, stateSays);

    // The facts a journal in that state gives.
    const QStringList order{QStringLiteral("plan"), QStringLiteral("preflight"), QStringLiteral("backup"),
                            QStringLiteral("stop"), QStringLiteral("upgrade"),   QStringLiteral("finish")};
    FailureFacts facts;
    facts.step = step;
    facts.error = Error(code, QStringLiteral("It went wrong. Last lines of the log:\nline 1\nline 2"));
    facts.journalFinished = state.isEmpty() || state == QLatin1String("refused");
    facts.originalImage = QStringLiteral("postgres:12");
    facts.composeImage = composeImage;
    facts.composeChanged = composeChanged;
    facts.stackStopped = order.indexOf(state) > order.indexOf(QStringLiteral("stop")) ||
        (state == QLatin1String("stop") && code != QLatin1String(ErrorCode::Declined));
    facts.upgradeStarted = order.indexOf(state) >= order.indexOf(QStringLiteral("upgrade"));
    facts.upgradeFinished = order.indexOf(state) > order.indexOf(QStringLiteral("upgrade"));
    facts.dataConverted = dataConverted;
    facts.finalImageSwitched = composeImage == QLatin1String("postgres:16");
    if (running >= 0)
        facts.containerRunning = running == 1;

    const FailureSummary summary = FailureSummary::describe(facts);
    QCOMPARE(summary.action, action);
    QCOMPARE(summary.retryResumes, retryResumes);
    // What failed: the step and the first sentence, never the log.
    QVERIFY2(summary.what.contains(migration::stepTitle(step)), qPrintable(summary.what));
    QVERIFY2(summary.what.endsWith(QLatin1String("It went wrong.")), qPrintable(summary.what));
    QVERIFY(!summary.what.contains(u'\n'));
    for (const QString &words : stateSays)
        QVERIFY2(summary.state.contains(words), qPrintable(summary.state + QStringLiteral(" lacks ") + words));
    QVERIFY(!summary.next.isEmpty());
    QCOMPARE(summary.toJson().value(QStringLiteral("action")).toString(), FailureSummary::actionId(action));
}

void TestFailureSummary::firstSentence_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first line") << "pg_upgrade failed.\nLast lines of the log:\nFATAL: x"
                                << "pg_upgrade failed.";
    QTest::newRow("first sentence") << "The upgrade failed. See the log for more."
                                    << "The upgrade failed.";
    QTest::newRow("first clause") << "pg_upgrade failed; its messages are in the lines above."
                                  << "pg_upgrade failed.";
    QTest::newRow("version numbers stay") << "Postgres 12.22 is already the target"
                                          << "Postgres 12.22 is already the target";
    QTest::newRow("too long") << QString(QStringLiteral("word ").repeated(60))
                              << QString(QStringLiteral("word ").repeated(40)).trimmed() + QStringLiteral("…");
}

void TestFailureSummary::firstSentence()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(FailureSummary::firstSentence(message), expected);
}

void TestFailureSummary::nextCommand()
{
    FailureSummary summary;
    summary.action = Next::RollBack;
    QCOMPARE(summary.nextCommand(QStringLiteral("/srv/ente")), QStringLiteral("ente-db-migrate rollback /srv/ente"));
    QCOMPARE(summary.nextCommand(QStringLiteral("/srv/my ente")),
             QStringLiteral("ente-db-migrate rollback '/srv/my ente'"));
    summary.action = Next::Retry;
    summary.retryResumes = true;
    QCOMPARE(summary.nextCommand(QStringLiteral("/srv/ente")), QStringLiteral("ente-db-migrate resume /srv/ente"));
    summary.retryResumes = false;
    QCOMPARE(summary.nextCommand(QStringLiteral("/srv/ente")), QStringLiteral("ente-db-migrate migrate /srv/ente"));
    summary.action = Next::Close;
    QVERIFY(summary.nextCommand(QStringLiteral("/srv/ente")).isEmpty());
}

void TestFailureSummary::afterAnUpgradeFailure()
{
    EngineRig rig;
    rig.setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("rig-fault-upgrade-fail.docker.log")));
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const Error error = driver.result().error;
    QCOMPARE(error.code, QStringLiteral("upgrade_failed"));

    const std::optional<bool> running = lookAt(driver.engine());
    QCOMPARE(running, std::optional<bool>(false));
    const FailureFacts facts = FailureFacts::from(*driver.engine(), error, running);
    QCOMPARE(facts.step, Step::Upgrade);
    QVERIFY(facts.composeChanged);
    QCOMPARE(facts.composeImage, pgauto);
    QCOMPARE(facts.originalImage, QStringLiteral("postgres:12"));
    QVERIFY(facts.stackStopped);
    QVERIFY(facts.upgradeStarted);
    QVERIFY(!facts.upgradeFinished);
    QVERIFY(facts.dataConverted);
    QVERIFY(!facts.finalImageSwitched);

    const FailureSummary summary = FailureSummary::describe(facts);
    QCOMPARE(summary.action, Next::RollBack);
    QVERIFY(!summary.what.contains(QLatin1String("Last lines of the log")));
    QVERIFY2(summary.state.contains(pgauto), qPrintable(summary.state));
    QVERIFY2(summary.state.contains(QLatin1String("not running")), qPrintable(summary.state));
    QCOMPARE(summary.nextCommand(rig.projectDir()), QStringLiteral("ente-db-migrate rollback ") + rig.projectDir());
}

void TestFailureSummary::afterARefusedPreflight()
{
    EngineRig rig;
    MigrationEngine::Options options = rig.options();
    options.docker.environment.insert(QStringLiteral("FAKE_EXTRA_DATABASE"), QStringLiteral("Archive 2019"));
    EngineDriver driver(options);
    QVERIFY(driver.run(EngineDriver::Action::Start));
    const Error error = driver.result().error;
    QCOMPARE(error.code, QStringLiteral("preflight_failed"));

    const std::optional<bool> running = lookAt(driver.engine());
    QCOMPARE(running, std::optional<bool>(true));
    const FailureFacts facts = FailureFacts::from(*driver.engine(), error, running);
    QVERIFY(!facts.composeChanged);
    QVERIFY(!facts.stackStopped);
    QVERIFY(!facts.dataConverted);
    QVERIFY(facts.journalFinished);
    const FailureSummary summary = FailureSummary::describe(facts);
    QCOMPARE(summary.action, Next::Retry);
    QVERIFY(!summary.retryResumes);
    QVERIFY2(summary.state.contains(QLatin1String("still names postgres:12")), qPrintable(summary.state));
    QCOMPARE(rig.compose(), rig.originalCompose());
}

void TestFailureSummary::commandLinePrintsTheThreeLines()
{
    EngineRig rig;
    rig.setKnob(QStringLiteral("UPGRADE_LOG"), upgradeLog(QStringLiteral("rig-fault-upgrade-fail.docker.log")));
    const MigrationEngine::Options options = rig.options();

    // migrate --json-events: the finished event carries the three lines and the command of the next step.
    const CliRun json = runCli({QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--json-events"),
                                QStringLiteral("--docker"), options.docker.dockerProgram, rig.projectDir()},
                               {}, options.docker.environment);
    QCOMPARE(json.code, 1);
    const QStringList lines = json.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QJsonObject finished = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(finished.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
    QCOMPARE(finished.value(QStringLiteral("code")).toString(), QStringLiteral("upgrade_failed"));
    const QJsonObject failure = finished.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("action")).toString(), QStringLiteral("roll_back"));
    QVERIFY(!failure.value(QStringLiteral("what")).toString().isEmpty());
    QVERIFY2(failure.value(QStringLiteral("state")).toString().contains(pgauto), qPrintable(lines.last()));
    QVERIFY2(failure.value(QStringLiteral("state")).toString().contains(QLatin1String("not running")),
             qPrintable(lines.last()));
    QVERIFY(failure.value(QStringLiteral("next")).toString().startsWith(QLatin1String("Roll back")));
    QVERIFY2(finished.value(QStringLiteral("next_command"))
                 .toString()
                 .startsWith(QLatin1String("ente-db-migrate rollback ")),
             qPrintable(lines.last()));

    // resume, as text: the error, then the same three lines and the command, with no escape sequences.
    const CliRun text = runCli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--docker"),
                                options.docker.dockerProgram, rig.projectDir()},
                               {}, options.docker.environment);
    QCOMPARE(text.code, 1);
    QVERIFY2(text.err.contains(QLatin1String("What failed: ")), qPrintable(text.err));
    QVERIFY2(text.err.contains(QLatin1String("State now:   ")), qPrintable(text.err));
    QVERIFY2(text.err.contains(QLatin1String("Next step:   Roll back")), qPrintable(text.err));
    QVERIFY2(text.err.contains(QLatin1String("ente-db-migrate rollback ")), qPrintable(text.err));
    QVERIFY(!text.err.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestFailureSummary)
#include "tst_failuresummary.moc"
