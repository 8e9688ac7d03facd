// SPDX-License-Identifier: GPL-3.0-or-later
// The documented 12 → 16 procedure, step by step, through DockerCli against the real rig (tests/rig), once with each
// spelling of compose: back up with `exec pg_dumpall` into a file, `down`, edit the image to pgautoupgrade, `up
// postgres` in the foreground while UpgradeLogWatcher follows it to the completion and the 16 start, `stop`, edit
// the image to postgres:16, `up -d`, and check that every seeded row is there.
//
// Needs the rig's environment (scripts/test runs `eval "$(tests/rig/rig env)"` before ctest). Without DOCKER_HOST or
// an engine that answers, it fails: an e2e run that silently skips proves nothing.
#include "core/compose/ComposeProject.h"
#include "core/compose/MigrationPlan.h"
#include "core/docker/DockerCli.h"
#include "core/docker/UpgradeLogWatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace edm;

namespace {

/// The message of a failed Expected, empty for a value (QVERIFY2 evaluates its message either way).
template<typename T> QString errorOf(const Expected<T> &expected)
{
    return expected ? QString() : expected.error().message.toString();
}

constexpr int SeedTimeoutMs = 10 * 60 * 1000;
constexpr int StepTimeoutMs = 5 * 60 * 1000;
constexpr int UpgradeTimeoutMs = 10 * 60 * 1000;

const QString CountsSql =
    QStringLiteral("SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', "
                   "table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables "
                   "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");

QString rigScript()
{
    return QStringLiteral(EDM_SOURCE_DIR "/tests/rig/rig");
}

template<typename T, typename Start> Expected<T> await(Start start, int timeoutMs = StepTimeoutMs)
{
    std::optional<Expected<T>> answer;
    QObject context;
    start(&context, [&](const Expected<T> &result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return Error(QStringLiteral("test_timeout"), QStringLiteral("no answer in time"));
    return *answer;
}

/// "table<TAB>rows" lines (the rig's .rig-rowcounts and our psql query print the same).
QMap<QString, qint64> parseCounts(const QStringList &lines)
{
    QMap<QString, qint64> counts;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 2)
            counts.insert(fields.at(0), fields.at(1).toLongLong());
    }
    return counts;
}

/// Rows per table in a pg_dumpall file: the lines between `COPY public.t (…) FROM stdin;` and `\.`; read as a stream.
QMap<QString, qint64> countRowsInDump(const QString &path, bool *complete)
{
    QMap<QString, qint64> counts;
    QFile file(path);
    *complete = false;
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    static const QRegularExpression copy(QStringLiteral("^COPY public\\.\"?([^\" (]+)\"? "));
    QString table;
    QByteArray last;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.trimmed().isEmpty() && line.trimmed() != "--")
            last = line.trimmed(); // the dump ends with "--", the mark, "--"
        if (!table.isEmpty()) {
            if (line == "\\.\n")
                table.clear();
            else
                ++counts[table];
            continue;
        }
        if (line.startsWith("COPY ")) {
            const QRegularExpressionMatch match = copy.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                table = match.captured(1);
                counts.insert(table, 0);
            }
        }
    }
    *complete = last == "-- PostgreSQL database cluster dump complete";
    return counts;
}

} // namespace

class TestE2eProcedure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void procedure_data();
    void procedure();
    void cleanup();

private:
    ProcessResult runStep(ProcessRunner *runner, QStringList *output = nullptr);
    bool waitForServer(DockerCli &docker, const QString &container, const Credentials &credentials);
    QStringList psql(DockerCli &docker, const QString &container, const Credentials &credentials, const QString &sql,
                     Error *error);

    QTemporaryDir m_root;
    // What cleanup() takes down, whatever happened.
    std::unique_ptr<DockerCli> m_docker;
    ComposeTarget m_target;
};

void TestE2eProcedure::initTestCase()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.value(QStringLiteral("DOCKER_HOST")).isEmpty()) {
        QFAIL("DOCKER_HOST is not set. The e2e tests run against the rig: use scripts/test, or run "
              "`tests/rig/rig up && eval \"$(tests/rig/rig env)\"` before ctest.");
    }
    QVERIFY2(QFileInfo(rigScript()).isExecutable(), qPrintable(rigScript()));
    QVERIFY(m_root.isValid());
    DockerCli docker;
    std::unique_ptr<ProcessRunner> version(docker.engine(
        {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, nullptr));
    QStringList lines;
    connect(version.get(), &ProcessRunner::standardOutputLine, this, [&](const QString &l) { lines << l; });
    const ProcessResult result = version->runToCompletion();
    QVERIFY2(result.ok(),
             qPrintable(QStringLiteral("the rig's engine at %1 does not answer: %2")
                            .arg(docker.daemonAddress(), result.error.message.toString())));
    qInfo("engine %s at %s", qPrintable(lines.value(0)), qPrintable(docker.daemonAddress()));
}

void TestE2eProcedure::procedure_data()
{
    QTest::addColumn<bool>("plugin");
    QTest::addColumn<QString>("folder");
    // Folder names with a '-': compose v1.29 keeps it in the project name, which must be found as the stack has it.
    QTest::newRow("docker compose") << true << "e2e-plugin";
    QTest::newRow("docker-compose") << false << "e2e-standalone";
}

ProcessResult TestE2eProcedure::runStep(ProcessRunner *runner, QStringList *output)
{
    std::unique_ptr<ProcessRunner> owned(runner);
    owned->setParent(nullptr);
    QStringList lines;
    connect(owned.get(), &ProcessRunner::standardOutputLine, this, [&](const QString &l) { lines << l; });
    connect(owned.get(), &ProcessRunner::standardErrorLine, this, [&](const QString &l) { lines << l; });
    const ProcessResult result = owned->runToCompletion();
    if (output)
        *output = lines;
    if (!result.ok())
        qWarning("%s\n%s", qPrintable(owned->commandLine()), qPrintable(lines.join(u'\n')));
    return result;
}

QStringList TestE2eProcedure::psql(DockerCli &docker, const QString &container, const Credentials &credentials,
                                   const QString &sql, Error *error)
{
    ExecOptions options;
    options.secretEnvironment = {{QStringLiteral("PGPASSWORD"), credentials.password}};
    options.timeoutMs = StepTimeoutMs;
    std::unique_ptr<ProcessRunner> runner(docker.exec(
        container,
        {QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"),
         QStringLiteral("\t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"),
         credentials.user, QStringLiteral("-d"), credentials.database, QStringLiteral("-c"), sql},
        options, nullptr));
    QStringList lines;
    connect(runner.get(), &ProcessRunner::standardOutputLine, this, [&](const QString &l) { lines << l; });
    const ProcessResult result = runner->runToCompletion();
    if (error)
        *error = result.error;
    return lines;
}

bool TestE2eProcedure::waitForServer(DockerCli &docker, const QString &container, const Credentials &credentials)
{
    // Ready = the final server accepts TCP connections (initdb's and pgautoupgrade's temporary servers do not).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < StepTimeoutMs) {
        ExecOptions options;
        options.timeoutMs = 30000;
        std::unique_ptr<ProcessRunner> runner(docker.exec(
            container,
            {QStringLiteral("pg_isready"), QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
             QStringLiteral("-U"), credentials.user, QStringLiteral("-d"), credentials.database},
            options, nullptr));
        if (runner->runToCompletion().ok())
            return true;
        QTest::qWait(500);
    }
    return false;
}

void TestE2eProcedure::procedure()
{
    QFETCH(bool, plugin);
    QFETCH(QString, folder);
    QElapsedTimer total;
    total.start();
    QElapsedTimer clock;
    QStringList timings;
    const auto lap = [&](const QString &what) {
        timings << QStringLiteral("%1 %2 s").arg(what).arg(double(clock.restart()) / 1000.0, 0, 'f', 1);
    };

    // 0. A seeded Ente-like project of our own.
    const QString dir = m_root.filePath(folder);
    QVERIFY(QDir().mkpath(dir));
    clock.start();
    {
        ProcessSpec seed;
        seed.program = rigScript();
        seed.arguments = {QStringLiteral("seed"), dir};
        seed.timeoutMs = SeedTimeoutMs;
        seed.mergeChannels = true;
        const ProcessResult seeded = runStep(new ProcessRunner(seed));
        QVERIFY2(seeded.ok(), qPrintable(seeded.error.message.toString()));
    }
    lap(QStringLiteral("seed"));
    QFile countsFile(dir + QStringLiteral("/.rig-rowcounts"));
    QVERIFY(countsFile.open(QIODevice::ReadOnly));
    const QMap<QString, qint64> seeded =
        parseCounts(QString::fromUtf8(countsFile.readAll()).split(u'\n', Qt::SkipEmptyParts));
    QVERIFY(!seeded.isEmpty());
    qint64 seededRows = 0;
    for (const qint64 rows : seeded)
        seededRows += rows;

    const Expected<ComposeProject> project = ComposeProject::open(dir);
    QVERIFY2(project, qPrintable(errorOf(project)));
    const Expected<MigrationPlan> plan = MigrationPlan::create(*project, {});
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    QCOMPARE(plan->status(), MigrationPlan::Status::NeedsMigration);
    QCOMPARE(plan->steps().size(), 2);
    QCOMPARE(plan->steps().at(0).image, QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie"));
    QCOMPARE(plan->steps().at(1).image, QStringLiteral("postgres:16"));
    const Credentials credentials = plan->service().credentials;
    const QString service = plan->service().name;
    QVERIFY(!credentials.password.isEmpty());

    // 1. Compose, as this row spells it, and the project name the stack really has.
    DockerCli::Options options;
    options.redactor.addSecret(credentials.password);
    m_docker = std::make_unique<DockerCli>(options);
    DockerCli &docker = *m_docker;
    const Expected<ComposeTool> detected =
        await<ComposeTool>([&](QObject *context, auto done) { docker.detectCompose(context, done); });
    QVERIFY2(detected, qPrintable(errorOf(detected)));
    if (plugin) {
        QCOMPARE(detected->kind, ComposeTool::Kind::Plugin);
    } else {
        ComposeTool standalone = *detected;
        standalone.kind = ComposeTool::Kind::Standalone;
        standalone.program = ProcessRunner::resolveProgram(QStringLiteral("docker-compose"), options.environment);
        QVERIFY(!standalone.program.isEmpty());
        docker.setComposeTool(standalone);
    }
    qInfo("%s %s", qPrintable(docker.composeTool().displayName()), qPrintable(docker.composeTool().version));
    const Expected<QString> name =
        await<QString>([&](QObject *context, auto done) { docker.findProjectName(*project, context, done); });
    QVERIFY2(name, qPrintable(errorOf(name)));
    QCOMPARE(*name, folder); // as seeded by compose v1.29, which keeps the '-'
    m_target = ComposeTarget::fromProject(*project, docker.composeTool());
    m_target.projectName = *name;

    const auto postgresContainer = [&]() -> QString {
        const auto listed = await<QList<ContainerInfo>>(
            [&](QObject *context, auto done) { docker.listContainers(m_target.projectName, service, context, done); });
        if (!listed || listed->size() != 1)
            return {};
        return listed->first().id;
    };
    QString container = postgresContainer();
    QVERIFY(!container.isEmpty());
    lap(QStringLiteral("detect"));

    // 2. Backup: pg_dumpall through exec, streamed into a file.
    const QString backup = dir + QStringLiteral("/pg12.backup.sql");
    {
        QFile out(backup);
        QVERIFY(out.open(QIODevice::WriteOnly));
        ExecOptions exec;
        exec.environment = {{QStringLiteral("PGUSER"), credentials.user}};
        exec.secretEnvironment = {{QStringLiteral("PGPASSWORD"), credentials.password}};
        exec.output = ProcessSpec::Output::Raw;
        exec.outputDevice = &out;
        exec.timeoutMs = StepTimeoutMs;
        std::unique_ptr<ProcessRunner> dump(docker.exec(
            container, {QStringLiteral("pg_dumpall"), QStringLiteral("-U"), credentials.user}, exec, nullptr));
        QVERIFY(!dump->commandLine().contains(credentials.password));
        QVERIFY(dump->commandLine().contains(QLatin1String("-e PGPASSWORD ")));
        const ProcessResult dumped = dump->runToCompletion();
        out.close();
        QVERIFY2(dumped.ok(), qPrintable(dumped.error.message.toString()));
        QCOMPARE(QFileInfo(backup).size(), dumped.bytesRead);
        timings << QStringLiteral("(backup %1 MB)").arg(double(dumped.bytesRead) / 1e6, 0, 'f', 1);
    }
    bool complete = false;
    const QMap<QString, qint64> inBackup = countRowsInDump(backup, &complete);
    QVERIFY(complete);
    QCOMPARE(inBackup, seeded);
    lap(QStringLiteral("backup"));

    // 3. down.
    QVERIFY2(runStep(docker.down(m_target, nullptr)).ok(), "down failed");
    lap(QStringLiteral("down"));

    // 4. The image → pgautoupgrade, then `up postgres` in the foreground, watched.
    QVERIFY2(plan->steps().at(0).apply().ok(), "editing the image to pgautoupgrade failed");
    UpgradeLogWatcher watcher;
    watcher.setTargetMajor(16);
    watcher.setService(service);
    int upgradeStartedLine = 0;
    int upgradeFinishedLine = 0;
    QString finishedVersion;
    int readyLine = 0;
    QString failure;
    connect(&watcher, &UpgradeLogWatcher::upgradeStarted, this, [&](int, int, int line) { upgradeStartedLine = line; });
    connect(&watcher, &UpgradeLogWatcher::upgradeFinished, this, [&](const QString &version, int line) {
        finishedVersion = version;
        upgradeFinishedLine = line;
    });
    connect(&watcher, &UpgradeLogWatcher::ready, this, [&](int line) { readyLine = line; });
    connect(
        &watcher, &UpgradeLogWatcher::upgradeFailed, this,
        [&](const Text &reason, const QStringList &excerpt, int) { failure = reason + u'\n' + excerpt.join(u'\n'); });
    std::unique_ptr<ProcessRunner> up(docker.up(m_target, {service}, false, nullptr));
    QStringList upLines;
    connect(up.get(), &ProcessRunner::standardOutputLine, this, [&](const QString &line) {
        upLines << line;
        watcher.feed(QByteArray(line.toUtf8() + '\n'));
    });
    up->start();
    const bool settled =
        QTest::qWaitFor([&] { return watcher.done() || watcher.failed() || up->isFinished(); }, UpgradeTimeoutMs);
    const QString excerpt = upLines.mid(qMax(0, int(upLines.size()) - 40)).join(u'\n');
    QVERIFY2(settled, qPrintable(QStringLiteral("no completion within the time limit:\n") + excerpt));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(
        watcher.done(),
        qPrintable(
            QStringLiteral("the upgrade did not complete (phase %1):\n%2").arg(int(watcher.phase())).arg(excerpt)));
    QVERIFY(upgradeStartedLine > 0);
    QVERIFY(upgradeFinishedLine > upgradeStartedLine);
    QVERIFY(readyLine >= upgradeFinishedLine);
    QVERIFY2(watcher.serverVersion().startsWith(QLatin1String("16.")), qPrintable(watcher.serverVersion()));
    lap(QStringLiteral("upgrade"));

    // 5. stop; the foreground `up` ends with it.
    QVERIFY2(runStep(docker.stop(m_target, {service}, nullptr)).ok(), "stop failed");
    if (!QTest::qWaitFor([&] { return up->isFinished(); }, StepTimeoutMs))
        up->cancel();
    QVERIFY(QTest::qWaitFor([&] { return up->isFinished(); }, 30000));
    lap(QStringLiteral("stop"));

    // 6. The image → postgres:16, `up -d`.
    QVERIFY2(plan->steps().at(1).apply().ok(), "editing the image to postgres:16 failed");
    QVERIFY2(runStep(docker.up(m_target, {}, true, nullptr)).ok(), "up -d failed");
    container = postgresContainer();
    QVERIFY(!container.isEmpty());
    const Expected<ContainerDetails> details = await<ContainerDetails>(
        [&](QObject *context, auto done) { docker.inspectContainer(container, context, done); });
    QVERIFY(details);
    QCOMPARE(details->image, QStringLiteral("postgres:16"));
    QVERIFY(waitForServer(docker, container, credentials));
    lap(QStringLiteral("start 16"));

    // 7. Every seeded row is there.
    Error error;
    const QStringList version = psql(docker, container, credentials, QStringLiteral("SHOW server_version"), &error);
    QVERIFY2(error.isNull(), qPrintable(error.message.toString()));
    QVERIFY2(version.value(0).startsWith(QLatin1String("16.")), qPrintable(version.join(u' ')));
    const QMap<QString, qint64> after = parseCounts(psql(docker, container, credentials, CountsSql, &error));
    QVERIFY2(error.isNull(), qPrintable(error.message.toString()));
    QCOMPARE(after, seeded);
    lap(QStringLiteral("verify"));
    qInfo("%s: %lld rows in %lld tables arrived on Postgres %s; %s; total %.1f s",
          qPrintable(docker.composeTool().displayName()), seededRows, qint64(seeded.size()),
          qPrintable(version.value(0)), qPrintable(timings.join(QStringLiteral(", "))),
          double(total.elapsed()) / 1000.0);
}

void TestE2eProcedure::cleanup()
{
    // Leave the rig as found: the project's containers and volume go, whatever happened.
    if (m_docker && !m_target.projectName.isEmpty()) {
        std::unique_ptr<ProcessRunner> down(
            m_docker->down(m_target, nullptr, {QStringLiteral("-v"), QStringLiteral("--remove-orphans")}));
        const ProcessResult result = down->runToCompletion();
        if (!result.ok())
            qWarning("cleanup: %s", qPrintable(result.error.message.toString()));
    }
    m_target = {};
    m_docker.reset();
}

QTEST_GUILESS_MAIN(TestE2eProcedure)
#include "tst_e2e_procedure.moc"
