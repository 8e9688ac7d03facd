// SPDX-License-Identifier: GPL-3.0-or-later
// DockerCli against a fake docker / docker-compose (tests/data/docker/fake/docker) that replays recorded output and
// exit codes (tests/data/docker/recorded), and its parsers on the same recordings.
#include "core/compose/ComposeProject.h"
#include "core/docker/DockerCli.h"
#include "core/docker/ProcessRunnerFactory.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace edm;

namespace {

/// The message of a failed Expected, empty for a value (QVERIFY2 evaluates its message either way).
template<typename T> QString errorOf(const Expected<T> &expected)
{
    return expected ? QString() : expected.error().message.toString();
}

QString dataDir()
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/docker");
}

QByteArray recording(const QString &name)
{
    QFile file(dataDir() + QStringLiteral("/recorded/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recording %s", qPrintable(name));
    return file.readAll();
}

/// A folder on PATH holding the fake under the names a test wants, and the environment to run it with.
class FakeDocker
{
public:
    explicit FakeDocker(const QStringList &programs = {QStringLiteral("docker"), QStringLiteral("docker-compose")})
    {
        QDir().mkpath(binDir());
        for (const QString &program : programs)
            install(program);
        m_environment.insert(QStringLiteral("PATH"), binDir());
        m_environment.insert(QStringLiteral("FAKE_DOCKER_DATA"), dataDir() + QStringLiteral("/recorded"));
        m_environment.insert(QStringLiteral("FAKE_DOCKER_LOG"), logPath());
    }

    QString binDir() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("calls.log")); }
    QString install(const QString &name, const QString &folder = {}) const
    {
        const QString target = (folder.isEmpty() ? binDir() : folder) + u'/' + name;
        QFile::remove(target);
        QFile::copy(dataDir() + QStringLiteral("/fake/docker"), target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return target;
    }
    FakeDocker &answer(const QString &variable, const QString &recordingName)
    {
        m_environment.insert(variable, recordingName);
        return *this;
    }
    QProcessEnvironment environment() const { return m_environment; }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    /// The calls the fake received: each a list of "ARG x" and "ENV x=y" lines after ">>> program".
    QList<QStringList> calls() const
    {
        QFile file(logPath());
        QList<QStringList> calls;
        if (!file.open(QIODevice::ReadOnly))
            return calls;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String(">>> ")))
                calls.append(QStringList{line.mid(4)});
            else if (!calls.isEmpty())
                calls.last().append(line);
        }
        return calls;
    }
    static QStringList arguments(const QStringList &call)
    {
        QStringList args;
        for (const QString &line : call) {
            if (line.startsWith(QLatin1String("ARG ")))
                args.append(line.mid(4));
        }
        return args;
    }
    static QString environmentValue(const QStringList &call, const QString &name)
    {
        for (const QString &line : call) {
            if (line.startsWith(QStringLiteral("ENV ") + name + u'='))
                return line.mid(5 + name.size());
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

DockerCli::Options optionsFor(const FakeDocker &fake)
{
    DockerCli::Options options;
    options.environment = fake.environment();
    options.queryTimeoutMs = 20000;
    return options;
}

ComposeTool tool(ComposeTool::Kind kind, const QString &version, const QString &program)
{
    ComposeTool t;
    t.kind = kind;
    t.version = version;
    t.major = version.section(u'.', 0, 0).toInt();
    t.minor = version.section(u'.', 1, 1).toInt();
    t.program = program;
    return t;
}

/// Runs a callback-style query in a local event loop (tests only).
template<typename T, typename Start> Expected<T> await(Start start)
{
    std::optional<Expected<T>> answer;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Expected<T> &result) {
        answer.emplace(result);
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer)
        return Error(QStringLiteral("test_timeout"), QStringLiteral("no answer within 30 s"));
    return *answer;
}

Error awaitExplain(DockerCli &docker, const QString &container)
{
    std::optional<Error> answer;
    QEventLoop loop;
    QObject context;
    docker.explainContainer(container, &context, [&](const Error &error) {
        answer = error;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer.value_or(Error(QStringLiteral("test_timeout"), QString()));
}

ComposeTarget sampleTarget()
{
    ComposeTarget target;
    target.files = {QStringLiteral("/srv/my-ente/compose.yaml"), QStringLiteral("/srv/my-ente/compose.override.yaml")};
    target.projectDirectory = QStringLiteral("/srv/my-ente");
    target.projectName = QStringLiteral("my-ente");
    return target;
}

} // namespace

class TestDockerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void daemonDown_data();
    void daemonDown();
    void permissionDenied_data();
    void permissionDenied();
    void noSuchService_data();
    void noSuchService();
    void composeExitCodes_data();
    void composeExitCodes();
    void psJsonForms_data();
    void psJsonForms();
    void listContainersThroughEngine();
    void parseJsonObjectsErrors();
    void inspect();
    void containerExited();
    void containerRunningNeedsNoExplanation();
    void execErrors_data();
    void execErrors();
    void composeCommandLines_data();
    void composeCommandLines();
    void execPassesSecretsByNameOnly();
    void environmentAndConfiguredBinary();
    void runnerFactoryIsUsed();
    void findProjectName_data();
    void findProjectName();
    void parseComposeVersion_data();
    void parseComposeVersion();
    void parseExitLine();
    void parseLabels();
    void volumeAndContainerCommandLines_data();
    void volumeAndContainerCommandLines();
    void throwawayRunPassesSecretsByNameOnly();
    void throwawayCommandsRun();
    void findComposeVolume_data();
    void findComposeVolume();
    void volumeExists_data();
    void volumeExists();
    void failureTable_data();
    void failureTable();
};

void TestDockerCli::detect_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("pluginAnswer");
    QTest::addColumn<QString>("standaloneAnswer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("errorCode");

    const QStringList both{QStringLiteral("docker"), QStringLiteral("docker-compose")};
    const int plugin = int(ComposeTool::Kind::Plugin);
    const int standalone = int(ComposeTool::Kind::Standalone);
    const int none = int(ComposeTool::Kind::None);
    QTest::newRow("v2 plugin 2.29") << both << "compose-v2.29-version"
                                    << "compose-v1-version" << plugin << "2.29.7"
                                    << "";
    QTest::newRow("v2 plugin 2.33") << both << "compose-v2.33-version"
                                    << "compose-v1-version" << plugin << "2.33.1"
                                    << "";
    QTest::newRow("v2 plugin 2.17 (v prefix)") << QStringList{QStringLiteral("docker")} << "compose-v2.17-version"
                                               << "" << plugin << "2.17.2"
                                               << "";
    QTest::newRow("docker 28 without plugin, v1") << both << "docker28-compose-missing"
                                                  << "compose-v1-version" << standalone << "1.29.2"
                                                  << "";
    QTest::newRow("docker 20 without plugin, v1") << both << "docker20-compose-missing"
                                                  << "compose-v1-version" << standalone << "1.29.2"
                                                  << "";
    QTest::newRow("v1 only, no docker") << QStringList{QStringLiteral("docker-compose")} << ""
                                        << "compose-v1-version" << standalone << "1.29.2"
                                        << "";
    QTest::newRow("docker without any compose") << QStringList{QStringLiteral("docker")} << "docker28-compose-missing"
                                                << "" << none << ""
                                                << "compose_not_found";
    QTest::newRow("nothing installed") << QStringList{} << ""
                                       << "" << none << ""
                                       << "docker_not_found";
}

void TestDockerCli::detect()
{
    QFETCH(QStringList, installed);
    QFETCH(QString, pluginAnswer);
    QFETCH(QString, standaloneAnswer);
    QFETCH(int, kind);
    QFETCH(QString, version);
    QFETCH(QString, errorCode);

    FakeDocker fake(installed);
    fake.answer(QStringLiteral("FAKE_DOCKER_COMPOSE_VERSION"), pluginAnswer)
        .answer(QStringLiteral("FAKE_DC_VERSION"), standaloneAnswer);
    DockerCli docker(optionsFor(fake));
    const Expected<ComposeTool> detected =
        await<ComposeTool>([&](QObject *context, auto done) { docker.detectCompose(context, done); });
    if (!errorCode.isEmpty()) {
        QVERIFY(!detected);
        QCOMPARE(detected.error().code, errorCode);
        QVERIFY(!detected.error().message.isEmpty());
        QVERIFY(!docker.composeTool().isValid());
        return;
    }
    QVERIFY2(detected, qPrintable(errorOf(detected)));
    QCOMPARE(int(detected->kind), kind);
    QCOMPARE(detected->version, version);
    QCOMPARE(docker.composeTool().version, version);
    QCOMPARE(detected->isLegacy(), version.startsWith(u'1'));
    QCOMPARE(detected->hasSpecificExitCodes(),
             version.startsWith(QLatin1String("2.")) && version != QLatin1String("2.33.1"));
    if (detected->kind == ComposeTool::Kind::Standalone)
        QCOMPARE(detected->program, fake.binDir() + QStringLiteral("/docker-compose"));
    // The plugin was asked first, exactly as the docker contract says.
    const QList<QStringList> calls = fake.calls();
    if (installed.contains(QLatin1String("docker"))) {
        QCOMPARE(FakeDocker::arguments(calls.first()),
                 (QStringList{QStringLiteral("compose"), QStringLiteral("version"), QStringLiteral("--short")}));
    }
}

void TestDockerCli::daemonDown_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("address");
    QTest::newRow("docker 28 (old wording)") << "FAKE_DOCKER_PS"
                                             << "docker28-daemon-down"
                                             << "unix:///var/run/docker.sock";
    QTest::newRow("docker 20") << "FAKE_DOCKER_PS"
                               << "docker20-daemon-down"
                               << "unix:///var/run/docker.sock";
    QTest::newRow("docker 29 (new wording)") << "FAKE_DOCKER_PS"
                                             << "docker29-daemon-down"
                                             << "unix:///var/run/docker.sock";
    QTest::newRow("compose v2 up, new wording") << "FAKE_DOCKER_COMPOSE_UP"
                                                << "docker29-daemon-down"
                                                << "unix:///var/run/docker.sock";
    QTest::newRow("compose v2 up, old wording") << "FAKE_DOCKER_COMPOSE_UP"
                                                << "docker28-daemon-down"
                                                << "unix:///var/run/docker.sock";
    QTest::newRow("compose v1 up (traceback)") << "FAKE_DC_UP"
                                               << "compose-v1-daemon-down"
                                               << "unix:///srv/daemon.sock";
}

void TestDockerCli::daemonDown()
{
    QFETCH(QString, variable);
    QFETCH(QString, answer);
    QFETCH(QString, address);
    FakeDocker fake;
    fake.answer(variable, answer);
    fake.setEnvironment(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///srv/daemon.sock"));
    DockerCli docker(optionsFor(fake));
    Error error;
    if (variable == QLatin1String("FAKE_DOCKER_PS")) {
        const auto listed = await<QList<ContainerInfo>>(
            [&](QObject *context, auto done) { docker.listContainers(QStringLiteral("p"), {}, context, done); });
        QVERIFY(!listed);
        error = listed.error();
    } else {
        const bool v1 = variable.startsWith(QLatin1String("FAKE_DC"));
        docker.setComposeTool(v1 ? tool(ComposeTool::Kind::Standalone, QStringLiteral("1.29.2"),
                                        fake.binDir() + QStringLiteral("/docker-compose"))
                                 : tool(ComposeTool::Kind::Plugin, QStringLiteral("2.29.7"), QStringLiteral("docker")));
        ProcessRunner *runner = docker.up(sampleTarget(), {QStringLiteral("postgres")}, true, this);
        error = runner->runToCompletion().error;
        delete runner;
    }
    QCOMPARE(error.code, QStringLiteral("docker_daemon_down"));
    QVERIFY2(error.message.toString().contains(address), qPrintable(error.message.toString()));
    QVERIFY(error.message.toString().contains(QLatin1String("systemctl start docker")));
    QVERIFY(!error.message.toString().contains(
        QLatin1String("Traceback"))); // compose v1's traceback shrinks to its last line
}

void TestDockerCli::permissionDenied_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("answer");
    QTest::newRow("docker 28") << "FAKE_DOCKER_PS"
                               << "docker28-permission-denied";
    QTest::newRow("docker 20") << "FAKE_DOCKER_PS"
                               << "docker20-permission-denied";
    QTest::newRow("docker 29") << "FAKE_DOCKER_PS"
                               << "docker29-permission-denied";
    QTest::newRow("compose v1") << "FAKE_DC_DOWN"
                                << "compose-v1-permission-denied";
}

void TestDockerCli::permissionDenied()
{
    QFETCH(QString, variable);
    QFETCH(QString, answer);
    FakeDocker fake;
    fake.answer(variable, answer);
    DockerCli docker(optionsFor(fake));
    Error error;
    if (variable == QLatin1String("FAKE_DOCKER_PS")) {
        const auto listed = await<QList<ContainerInfo>>(
            [&](QObject *context, auto done) { docker.listContainers(QStringLiteral("p"), {}, context, done); });
        QVERIFY(!listed);
        error = listed.error();
    } else {
        docker.setComposeTool(tool(ComposeTool::Kind::Standalone, QStringLiteral("1.29.2"),
                                   fake.binDir() + QStringLiteral("/docker-compose")));
        std::unique_ptr<ProcessRunner> runner(docker.down(sampleTarget(), nullptr));
        error = runner->runToCompletion().error;
    }
    QCOMPARE(error.code, QStringLiteral("docker_permission_denied"));
    QVERIFY2(error.message.toString().contains(QLatin1String("docker group")), qPrintable(error.message.toString()));
}

void TestDockerCli::noSuchService_data()
{
    QTest::addColumn<bool>("v1");
    QTest::addColumn<QString>("answer");
    QTest::newRow("compose v2") << false << "compose-v2-no-such-service";
    QTest::newRow("compose v1") << true << "compose-v1-no-such-service";
}

void TestDockerCli::noSuchService()
{
    QFETCH(bool, v1);
    QFETCH(QString, answer);
    FakeDocker fake;
    fake.answer(v1 ? QStringLiteral("FAKE_DC_UP") : QStringLiteral("FAKE_DOCKER_COMPOSE_UP"), answer);
    DockerCli docker(optionsFor(fake));
    docker.setComposeTool(v1 ? tool(ComposeTool::Kind::Standalone, QStringLiteral("1.29.2"),
                                    fake.binDir() + QStringLiteral("/docker-compose"))
                             : tool(ComposeTool::Kind::Plugin, QStringLiteral("2.33.1"), QStringLiteral("docker")));
    std::unique_ptr<ProcessRunner> runner(docker.up(sampleTarget(), {QStringLiteral("nosuch")}, true, nullptr));
    const ProcessResult result = runner->runToCompletion();
    QCOMPARE(result.error.code, QStringLiteral("no_such_service"));
    QVERIFY(result.error.message.toString().contains(QLatin1String("\"nosuch\"")));
}

void TestDockerCli::composeExitCodes_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("2.29 no file (14)") << "2.29.7"
                                       << "compose-v2.29-no-file"
                                       << "compose_no_file" << 0 << 0;
    QTest::newRow("2.33 no file (1)") << "2.33.1"
                                      << "compose-v2.33-no-file"
                                      << "compose_no_file" << 0 << 0;
    QTest::newRow("2.29 invalid yaml (15)") << "2.29.7"
                                            << "compose-v2.29-invalid-yaml"
                                            << "compose_invalid_file" << 4 << 0;
    QTest::newRow("2.33 invalid yaml (1)") << "2.33.1"
                                           << "compose-v2.33-invalid-yaml"
                                           << "compose_invalid_file" << 4 << 0;
    QTest::newRow("2.29 invalid schema (15)") << "2.29.7"
                                              << "compose-v2.29-invalid-schema"
                                              << "compose_invalid_file" << 0 << 0;
    QTest::newRow("2.29 usage (16)") << "2.29.7"
                                     << "compose-v2.29-usage"
                                     << "compose_usage" << 0 << 0;
    QTest::newRow("2.33 usage (1)") << "2.33.1"
                                    << "compose-v2.33-usage"
                                    << "compose_usage" << 0 << 0;
    QTest::newRow("2.29 build (17)") << "2.29.7"
                                     << "compose-v2.29-build-failed"
                                     << "compose_build_failed" << 0 << 0;
    QTest::newRow("2.29 pull (18)") << "2.29.7"
                                    << "compose-v2.29-pull-failed"
                                    << "compose_pull_failed" << 0 << 0;
    QTest::newRow("2.33 pull (1)") << "2.33.1"
                                   << "compose-v2.33-pull-failed"
                                   << "compose_pull_failed" << 0 << 0;
    QTest::newRow("2.29: bare 15 is a parse error") << "2.29.7"
                                                    << "compose-exit-15-bare"
                                                    << "compose_invalid_file" << 0 << 0;
    QTest::newRow("2.33: 15 means nothing") << "2.33.1"
                                            << "compose-exit-15-bare"
                                            << "process_exit_code" << 0 << 0;
    QTest::newRow("v1 no file") << "1.29.2"
                                << "compose-v1-no-file"
                                << "compose_no_file" << 0 << 0;
    QTest::newRow("v1 invalid yaml") << "1.29.2"
                                     << "compose-v1-invalid-yaml"
                                     << "compose_invalid_file" << 3 << 12;
}

void TestDockerCli::composeExitCodes()
{
    QFETCH(QString, version);
    QFETCH(QString, answer);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    FakeDocker fake;
    const bool v1 = version.startsWith(u'1');
    fake.answer(v1 ? QStringLiteral("FAKE_DC_UP") : QStringLiteral("FAKE_DOCKER_COMPOSE_UP"), answer);
    DockerCli docker(optionsFor(fake));
    docker.setComposeTool(
        v1 ? tool(ComposeTool::Kind::Standalone, version, fake.binDir() + QStringLiteral("/docker-compose"))
           : tool(ComposeTool::Kind::Plugin, version, QStringLiteral("docker")));
    std::unique_ptr<ProcessRunner> runner(docker.up(sampleTarget(), {QStringLiteral("postgres")}, true, nullptr));
    const ProcessResult result = runner->runToCompletion();
    QCOMPARE(result.outcome, ProcessResult::Outcome::ExitCode);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(!result.error.message.isEmpty());
    // The recorded words are part of the message, so the user sees what compose said.
    QVERIFY2(result.error.message.toString().contains(result.lastErrorLines.last()),
             qPrintable(result.error.message.toString()));
}

void TestDockerCli::psJsonForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QList<int>>("exitCodes");

    QTest::newRow("engine ps, one object per line (running)")
        << "docker-ps-running.out.json" << QStringList{QStringLiteral("edm-rec_postgres_1")}
        << QStringList{QStringLiteral("postgres")} << QStringList{QStringLiteral("running")} << QList<int>{-1};
    QTest::newRow("engine ps (exited)") << "docker-ps-exited.out.json"
                                        << QStringList{QStringLiteral("edm-rec_postgres_1")}
                                        << QStringList{QStringLiteral("postgres")}
                                        << QStringList{QStringLiteral("exited")} << QList<int>{1};
    QTest::newRow("compose v2 ps before 2.21: array")
        << "compose-v2.17-ps-array.out.json"
        << QStringList{QStringLiteral("my-ente-postgres-1"), QStringLiteral("my-ente-museum-1")}
        << QStringList{QStringLiteral("postgres"), QStringLiteral("museum")}
        << QStringList{QStringLiteral("running"), QStringLiteral("exited")} << QList<int>{-1, 2};
    QTest::newRow("compose v2 ps since 2.21: lines")
        << "compose-v2.29-ps-lines.out.json"
        << QStringList{QStringLiteral("my-ente-postgres-1"), QStringLiteral("my-ente-museum-1")}
        << QStringList{QStringLiteral("postgres"), QStringLiteral("museum")}
        << QStringList{QStringLiteral("running"), QStringLiteral("exited")} << QList<int>{-1, 2};
    QTest::newRow("nothing") << "empty.out.txt" << QStringList{} << QStringList{} << QStringList{} << QList<int>{};
}

void TestDockerCli::psJsonForms()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, services);
    QFETCH(QStringList, states);
    QFETCH(QList<int>, exitCodes);
    const Expected<QList<ContainerInfo>> list = DockerCli::parseContainerList(recording(file));
    QVERIFY2(list, qPrintable(errorOf(list)));
    QCOMPARE(list->size(), names.size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const ContainerInfo &c = list->at(i);
        QCOMPARE(c.name, names.at(i));
        QCOMPARE(c.service, services.at(i));
        QCOMPARE(c.state, states.at(i));
        QCOMPARE(c.exitCode, exitCodes.at(i));
        QCOMPARE(c.isRunning(), states.at(i) == QLatin1String("running"));
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.image.isEmpty());
        QVERIFY(!c.project.isEmpty());
    }
    if (file.startsWith(QLatin1String("compose-v2.29"))) {
        const ContainerInfo &postgres = list->first();
        QCOMPARE(postgres.health, QStringLiteral("healthy"));
        // A label value with a comma inside survives.
        QCOMPARE(postgres.labels.value(QStringLiteral("com.docker.compose.project.config_files")),
                 QStringLiteral("/home/ente/my-ente/compose.yaml,/home/ente/my-ente/compose.override.yaml"));
        QCOMPARE(postgres.labels.value(QStringLiteral("com.docker.compose.service")), QStringLiteral("postgres"));
    }
    if (file.startsWith(QLatin1String("docker-ps"))) {
        QCOMPARE(list->first().project, QStringLiteral("edm-rec"));
        QCOMPARE(list->first().labels.value(QStringLiteral("com.docker.compose.version")), QStringLiteral("1.29.2"));
    }
}

void TestDockerCli::listContainersThroughEngine()
{
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_PS"), QStringLiteral("docker-ps-exited"));
    DockerCli docker(optionsFor(fake));
    QSignalSpy started(&docker, &DockerCli::commandStarted);
    const auto listed = await<QList<ContainerInfo>>([&](QObject *context, auto done) {
        docker.listContainers(QStringLiteral("edm-rec"), QStringLiteral("postgres"), context, done);
    });
    QVERIFY2(listed, qPrintable(errorOf(listed)));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().exitCode, 1);
    QCOMPARE(FakeDocker::arguments(fake.calls().first()),
             (QStringList{QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                          QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=edm-rec"),
                          QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.service=postgres"),
                          QStringLiteral("--format"), QStringLiteral("{{json .}}")}));
    QCOMPARE(started.count(), 1);
    QVERIFY(started.first().first().toString().contains(QLatin1String("'{{json .}}'")));
}

void TestDockerCli::parseJsonObjectsErrors()
{
    QVERIFY(DockerCli::parseJsonObjects("").ok());
    QCOMPARE(DockerCli::parseJsonObjects("  \n").value().size(), 0);
    QCOMPARE(DockerCli::parseJsonObjects("{\"a\":1}").value().size(), 1);
    QCOMPARE(DockerCli::parseJsonObjects("{\n  \"a\": 1\n}\n").value().size(), 1); // one pretty-printed object
    QCOMPARE(DockerCli::parseJsonObjects("[]").value().size(), 0);
    QCOMPARE(DockerCli::parseJsonObjects("{\"a\":1}\r\n{\"a\":2}\r\n").value().size(), 2);
    const auto broken = DockerCli::parseJsonObjects("{\"a\":1}\n{\"a\":\n");
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QStringLiteral("docker_unexpected_output"));
    QVERIFY(!DockerCli::parseJsonObjects("[1, 2]"));
    QVERIFY(!DockerCli::parseJsonObjects("[{\"a\":1}"));
}

void TestDockerCli::inspect()
{
    const auto running = DockerCli::parseInspect(recording(QStringLiteral("docker-inspect-running.out.json")));
    QVERIFY(running);
    QCOMPARE(running->size(), 1);
    const ContainerDetails &r = running->first();
    QCOMPARE(r.name, QStringLiteral("edm-rec_postgres_1"));
    QCOMPARE(r.image, QStringLiteral("postgres:12"));
    QCOMPARE(r.status, QStringLiteral("running"));
    QVERIFY(r.running);
    QCOMPARE(r.project, QStringLiteral("edm-rec"));
    QCOMPARE(r.service, QStringLiteral("postgres"));
    QCOMPARE(r.mounts.size(), 1);
    QCOMPARE(r.mounts.first().type, QStringLiteral("volume"));
    QCOMPARE(r.mounts.first().name, QStringLiteral("edm-rec_postgres-data"));
    QCOMPARE(r.mounts.first().destination, QStringLiteral("/var/lib/postgresql/data"));

    const auto exited = DockerCli::parseInspect(recording(QStringLiteral("docker-inspect-exited.out.json")));
    QVERIFY(exited);
    const ContainerDetails &e = exited->first();
    QCOMPARE(e.status, QStringLiteral("exited"));
    QVERIFY(!e.running);
    QCOMPARE(e.exitCode, 1);
    QCOMPARE(e.image, QStringLiteral("postgres:16"));
    QVERIFY(!e.finishedAt.isEmpty());
}

void TestDockerCli::containerExited()
{
    // exec on the stopped container fails; the explanation carries the exit code and the last log lines.
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_EXEC"), QStringLiteral("docker28-exec-not-running"))
        .answer(QStringLiteral("FAKE_DOCKER_INSPECT"), QStringLiteral("docker-inspect-exited"))
        .answer(QStringLiteral("FAKE_DOCKER_LOGS"), QStringLiteral("docker-logs-exited"));
    DockerCli docker(optionsFor(fake));
    const QString id = QStringLiteral("f21952b761a44296f7cb18119579fc5c1108db0c036d560b0b81453ee4716c04");
    std::unique_ptr<ProcessRunner> exec(docker.exec(id, {QStringLiteral("psql")}, {}, nullptr));
    const ProcessResult result = exec->runToCompletion();
    QCOMPARE(result.error.code, QStringLiteral("container_not_running"));
    QVERIFY(result.error.message.toString().contains(id));

    const Error why = awaitExplain(docker, id);
    QCOMPARE(why.code, QStringLiteral("container_exited"));
    QVERIFY2(why.message.toString().contains(QLatin1String("edm-rec_postgres_1 exited with code 1")),
             qPrintable(why.message));
    QVERIFY(why.message.toString().contains(QLatin1String("FATAL:  database files are incompatible with server")));
    QVERIFY(why.message.toString().contains(QLatin1String("initialized by PostgreSQL version 12")));
    const QStringList logsCall = FakeDocker::arguments(fake.calls().last());
    QCOMPARE(logsCall, (QStringList{QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("20"), id}));
}

void TestDockerCli::containerRunningNeedsNoExplanation()
{
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_INSPECT"), QStringLiteral("docker-inspect-running"));
    DockerCli docker(optionsFor(fake));
    QVERIFY(awaitExplain(docker, QStringLiteral("edm-rec_postgres_1")).isNull());
}

void TestDockerCli::execErrors_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("code");
    QTest::newRow("docker 20, not running") << "docker20-exec-not-running"
                                            << "container_not_running";
    QTest::newRow("no such container") << "docker28-exec-no-such-container"
                                       << "no_such_container";
    QTest::newRow("command not found (126)") << "docker28-exec-command-not-found"
                                             << "exec_command_not_found";
}

void TestDockerCli::execErrors()
{
    QFETCH(QString, answer);
    QFETCH(QString, code);
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_EXEC"), answer);
    DockerCli docker(optionsFor(fake));
    std::unique_ptr<ProcessRunner> exec(docker.exec(QStringLiteral("c1"), {QStringLiteral("pg_nosuch")}, {}, nullptr));
    QCOMPARE(exec->runToCompletion().error.code, code);
}

void TestDockerCli::composeCommandLines_data()
{
    QTest::addColumn<bool>("v1");
    QTest::addColumn<QString>("host");
    QTest::newRow("v2") << false << "";
    QTest::newRow("v2 with --host") << false << "tcp://10.0.0.2:2375";
    QTest::newRow("v1") << true << "";
    QTest::newRow("v1 with host") << true << "tcp://10.0.0.2:2375";
}

void TestDockerCli::composeCommandLines()
{
    QFETCH(bool, v1);
    QFETCH(QString, host);
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_DEFAULT"), QStringLiteral("empty"));
    DockerCli::Options options = optionsFor(fake);
    options.host = host;
    DockerCli docker(options);
    docker.setComposeTool(v1 ? tool(ComposeTool::Kind::Standalone, QStringLiteral("1.29.2"),
                                    fake.binDir() + QStringLiteral("/docker-compose"))
                             : tool(ComposeTool::Kind::Plugin, QStringLiteral("2.29.7"), QStringLiteral("docker")));
    const ComposeTarget target = sampleTarget();
    const QList<ProcessRunner *> runners{
        docker.up(target, {}, true, this),
        docker.up(target, {QStringLiteral("postgres")}, false, this),
        docker.stop(target, {QStringLiteral("postgres")}, this),
        docker.down(target, this),
    };
    for (ProcessRunner *runner : runners) {
        QVERIFY2(runner->runToCompletion().ok(), qPrintable(runner->result().error.message.toString()));
        delete runner;
    }
    QStringList prefix;
    if (!v1 && !host.isEmpty())
        prefix << QStringLiteral("--host") << host;
    if (!v1)
        prefix << QStringLiteral("compose");
    prefix << QStringLiteral("-f") << QStringLiteral("/srv/my-ente/compose.yaml") << QStringLiteral("-f")
           << QStringLiteral("/srv/my-ente/compose.override.yaml") << QStringLiteral("--project-directory")
           << QStringLiteral("/srv/my-ente") << QStringLiteral("-p") << QStringLiteral("my-ente");
    const QList<QStringList> calls = fake.calls();
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls.at(0).first(), v1 ? QStringLiteral("docker-compose") : QStringLiteral("docker"));
    QCOMPARE(FakeDocker::arguments(calls.at(0)), (prefix + QStringList{QStringLiteral("up"), QStringLiteral("-d")}));
    QCOMPARE(FakeDocker::arguments(calls.at(1)),
             (prefix + QStringList{QStringLiteral("up"), QStringLiteral("postgres")}));
    QCOMPARE(FakeDocker::arguments(calls.at(2)),
             (prefix + QStringList{QStringLiteral("stop"), QStringLiteral("postgres")}));
    QCOMPARE(FakeDocker::arguments(calls.at(3)), prefix + QStringList{QStringLiteral("down")});
    // docker-compose has no --host of its own here: the host reaches it as DOCKER_HOST.
    QCOMPARE(FakeDocker::environmentValue(calls.at(0), QStringLiteral("DOCKER_HOST")),
             v1 && !host.isEmpty() ? host : QStringLiteral("<unset>"));
}

void TestDockerCli::execPassesSecretsByNameOnly()
{
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_EXEC"), QStringLiteral("docker-logs-start"));
    DockerCli docker(optionsFor(fake));
    QSignalSpy started(&docker, &DockerCli::commandStarted);
    ExecOptions options;
    options.environment = {{QStringLiteral("PGUSER"), QStringLiteral("pguser")}};
    options.secretEnvironment = {{QStringLiteral("PGPASSWORD"), QStringLiteral("pgpass-very-secret")}};
    options.user = QStringLiteral("postgres");
    std::unique_ptr<ProcessRunner> exec(
        docker.exec(QStringLiteral("ente-postgres-1"), {QStringLiteral("pg_dumpall")}, options, nullptr));
    QVERIFY(!exec->commandLine().contains(QLatin1String("pgpass-very-secret")));
    QVERIFY(exec->runToCompletion().ok());
    const QStringList call = fake.calls().first();
    QCOMPARE(
        FakeDocker::arguments(call),
        (QStringList{QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("-u"), QStringLiteral("postgres"),
                     QStringLiteral("-e"), QStringLiteral("PGUSER=pguser"), QStringLiteral("-e"),
                     QStringLiteral("PGPASSWORD"), QStringLiteral("ente-postgres-1"), QStringLiteral("pg_dumpall")}));
    QCOMPARE(FakeDocker::environmentValue(call, QStringLiteral("PGPASSWORD")), QStringLiteral("pgpass-very-secret"));
    QCOMPARE(started.count(), 1);
    QVERIFY(!started.first().first().toString().contains(QLatin1String("very-secret")));
    QVERIFY(exec->spec().redactor.redact(QStringLiteral("x pgpass-very-secret")) ==
            QStringLiteral("x ") + Redactor::mask());
}

void TestDockerCli::environmentAndConfiguredBinary()
{
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_PS"), QStringLiteral("empty"));
    fake.setEnvironment(QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://ente@nas.local"));
    fake.setEnvironment(QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("nas"));
    // A configured docker that is not on PATH wins over PATH.
    QTemporaryDir elsewhere;
    const QString configured = fake.install(QStringLiteral("docker-custom"), elsewhere.path());
    DockerCli::Options options = optionsFor(fake);
    options.dockerProgram = configured;
    DockerCli docker(options);
    QCOMPARE(docker.daemonAddress(), QStringLiteral("ssh://ente@nas.local"));
    const auto listed = await<QList<ContainerInfo>>(
        [&](QObject *context, auto done) { docker.listContainers(QStringLiteral("p"), {}, context, done); });
    QVERIFY2(listed, qPrintable(errorOf(listed)));
    QCOMPARE(fake.calls().size(), 1);
    QCOMPARE(fake.calls().first().first(), QStringLiteral("docker-custom"));
    QCOMPARE(FakeDocker::environmentValue(fake.calls().first(), QStringLiteral("DOCKER_HOST")),
             QStringLiteral("ssh://ente@nas.local"));

    // Not found at all: the docker_not_found message.
    DockerCli::Options missing = optionsFor(fake);
    missing.dockerProgram = QStringLiteral("/nonexistent/docker");
    DockerCli none(missing);
    const auto failed = await<QList<ContainerInfo>>(
        [&](QObject *context, auto done) { none.listContainers(QStringLiteral("p"), {}, context, done); });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("docker_not_found"));
    QVERIFY(failed.error().message.toString().contains(QLatin1String("--docker")));
}

void TestDockerCli::runnerFactoryIsUsed()
{
    // The seam: a factory that records what would run and replays an answer, without any process.
    class Canned : public ProcessRunner
    {
    public:
        using ProcessRunner::ProcessRunner;
        void start() override
        {
            markStarted();
            deliver(Channel::StandardOutput, recording(QStringLiteral("compose-v2.17-ps-array.out.json")));
            complete(ProcessResult::Outcome::Success, 0);
        }
    };
    class Recorder : public ProcessRunnerFactory
    {
    public:
        mutable QList<ProcessSpec> specs;
        ProcessRunner *create(const ProcessSpec &spec, QObject *parent) const override
        {
            specs.append(spec);
            return new Canned(spec, parent);
        }
    };
    auto factory = std::make_shared<Recorder>();
    DockerCli docker;
    docker.setRunnerFactory(factory);
    std::unique_ptr<ProcessRunner> runner(docker.engine({QStringLiteral("info")}, nullptr));
    QVERIFY(dynamic_cast<Canned *>(runner.get()));
    QCOMPARE(factory->specs.size(), 1);
    QCOMPARE(factory->specs.first().arguments, QStringList{QStringLiteral("info")});
    QCOMPARE(factory->specs.first().program, QStringLiteral("docker"));
}

void TestDockerCli::findProjectName_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("containers");
    QTest::addColumn<QString>("volumes");
    QTest::addColumn<bool>("legacyTool");
    QTest::addColumn<QString>("expected");
    // edm-rec's containers were made by compose v1.29, which keeps '-': whatever the tool computes, that name wins.
    QTest::newRow("containers, v1 tool") << "edm-rec"
                                         << "docker-ps-running"
                                         << "empty" << true << "edm-rec";
    QTest::newRow("containers, v2 tool") << "edm-rec"
                                         << "docker-ps-running"
                                         << "empty" << false << "edm-rec";
    QTest::newRow("only a volume left (after down)") << "my-ente"
                                                     << "empty"
                                                     << "docker-volume-ls" << true << "my-ente";
    QTest::newRow("nothing yet: the tool's own name") << "My-Ente"
                                                      << "empty"
                                                      << "empty" << false << "my-ente";
}

void TestDockerCli::findProjectName()
{
    QFETCH(QString, folder);
    QFETCH(QString, containers);
    QFETCH(QString, volumes);
    QFETCH(bool, legacyTool);
    QFETCH(QString, expected);
    QTemporaryDir root;
    const QString dir = root.filePath(folder);
    QVERIFY(QDir().mkpath(dir));
    QFile compose(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  postgres:\n    image: postgres:12\n");
    compose.close();
    QProcessEnvironment clean;
    const Expected<ComposeProject> project = ComposeProject::open(dir, clean);
    QVERIFY2(project, qPrintable(errorOf(project)));

    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_PS"), containers).answer(QStringLiteral("FAKE_DOCKER_VOLUME"), volumes);
    DockerCli docker(optionsFor(fake));
    docker.setComposeTool(legacyTool
                              ? tool(ComposeTool::Kind::Standalone, QStringLiteral("1.29.2"),
                                     fake.binDir() + QStringLiteral("/docker-compose"))
                              : tool(ComposeTool::Kind::Plugin, QStringLiteral("2.29.7"), QStringLiteral("docker")));
    const Expected<QString> name =
        await<QString>([&](QObject *context, auto done) { docker.findProjectName(*project, context, done); });
    QVERIFY2(name, qPrintable(errorOf(name)));
    QCOMPARE(*name, expected);
}

void TestDockerCli::parseComposeVersion_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version");
    QTest::newRow("v2 short") << recording(QStringLiteral("compose-v2.29-version.out.txt")) << "2.29.7";
    QTest::newRow("v2.17 short with v") << recording(QStringLiteral("compose-v2.17-version.out.txt")) << "2.17.2";
    QTest::newRow("v1 short") << recording(QStringLiteral("compose-v1-version.out.txt")) << "1.29.2";
    QTest::newRow("v2 long") << QByteArray("Docker Compose version v2.29.7\n") << "2.29.7";
    QTest::newRow("v1 long") << QByteArray("docker-compose version 1.29.2, build 5becea4c\n") << "1.29.2";
    QTest::newRow("desktop suffix") << QByteArray("2.30.3-desktop.1\n") << "2.30.3-desktop.1";
    QTest::newRow("unknown flag") << recording(QStringLiteral("docker28-compose-missing.err.txt")) << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestDockerCli::parseComposeVersion()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QCOMPARE(DockerCli::parseComposeVersion(output), version);
}

void TestDockerCli::parseExitLine()
{
    // Compose v1 in the foreground, recorded: colours, CR progress, and the exit line at the end.
    QString container;
    int code = -1;
    QStringList exits;
    for (const QByteArray &line : recording(QStringLiteral("compose-v1-up-attached-exited.out.txt")).split('\n')) {
        if (DockerCli::parseExitLine(QString::fromUtf8(line), &container, &code))
            exits << container + u'=' + QString::number(code);
    }
    QCOMPARE(exits, QStringList{QStringLiteral("edm-rec_postgres_1=1")});
    QVERIFY(DockerCli::parseExitLine(QStringLiteral("postgres-1 exited with code 137"), &container, &code));
    QCOMPARE(container, QStringLiteral("postgres-1"));
    QCOMPARE(code, 137);
    QVERIFY(!DockerCli::parseExitLine(QStringLiteral("postgres-1  | LOG:  exited with code 1 "), nullptr, nullptr));

    const Error error =
        DockerCli::containerExited(QStringLiteral("postgres-1"), 137, {QStringLiteral("last words")}, true);
    QCOMPARE(error.code, QStringLiteral("container_exited"));
    QVERIFY(error.message.toString().contains(QLatin1String("137")));
    QVERIFY(error.message.toString().contains(QLatin1String("memory")));
    QVERIFY(error.message.toString().endsWith(QLatin1String("last words")));
}

void TestDockerCli::parseLabels()
{
    const auto labels = DockerCli::parseLabels(
        QStringLiteral("a=1,com.docker.compose.project.config_files=/x/a.yaml,/x/b.yaml,empty=,b=2"));
    QCOMPARE(labels.value(QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(labels.value(QStringLiteral("com.docker.compose.project.config_files")),
             QStringLiteral("/x/a.yaml,/x/b.yaml"));
    QCOMPARE(labels.value(QStringLiteral("empty")), QString());
    QVERIFY(labels.contains(QStringLiteral("empty")));
    QCOMPARE(labels.value(QStringLiteral("b")), QStringLiteral("2"));
    QCOMPARE(DockerCli::exitCodeFromStatus(QStringLiteral("Exited (137) 5 seconds ago")), 137);
    QCOMPARE(DockerCli::exitCodeFromStatus(QStringLiteral("Up 2 hours")), -1);
}

void TestDockerCli::volumeAndContainerCommandLines_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("default daemon") << "";
    QTest::newRow("with --host") << "tcp://10.0.0.2:2375";
}

void TestDockerCli::volumeAndContainerCommandLines()
{
    QFETCH(QString, host);
    DockerCli::Options options;
    options.host = host;
    DockerCli docker(options);
    const QStringList prefix = host.isEmpty() ? QStringList() : QStringList{QStringLiteral("--host"), host};
    const auto withPrefix = [&prefix](const QStringList &args) { return prefix + args; };
    const auto argumentsOf = [](ProcessRunner *runner) {
        const QStringList args = runner->spec().arguments;
        delete runner;
        return args;
    };
    QCOMPARE(argumentsOf(docker.createVolume(QStringLiteral("v-keep"), nullptr)),
             withPrefix(QStringList{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v-keep")}));
    QCOMPARE(argumentsOf(docker.removeVolume(QStringLiteral("v-new"), nullptr)),
             withPrefix(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("v-new")}));
    QCOMPARE(argumentsOf(docker.copyVolume(QStringLiteral("v-from"), QStringLiteral("v-to"),
                                           QStringLiteral("postgres:16"), nullptr)),
             withPrefix(QStringList{QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                                    QStringLiteral("none"), QStringLiteral("--entrypoint"), QStringLiteral("sh"),
                                    QStringLiteral("-v"), QStringLiteral("v-from:/from"), QStringLiteral("-v"),
                                    QStringLiteral("v-to:/to"), QStringLiteral("postgres:16"), QStringLiteral("-c"),
                                    QStringLiteral("cp -a /from/. /to/")}));
    QCOMPARE(
        argumentsOf(docker.emptyVolume(QStringLiteral("v-data"), QStringLiteral("postgres:16"), nullptr)),
        withPrefix(QStringList{QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                               QStringLiteral("none"), QStringLiteral("--entrypoint"), QStringLiteral("sh"),
                               QStringLiteral("-v"), QStringLiteral("v-data:/data"), QStringLiteral("postgres:16"),
                               QStringLiteral("-c"), QStringLiteral("rm -rf /data/* /data/.[!.]* /data/..?* ; true")}));
    QCOMPARE(argumentsOf(docker.removeContainer(QStringLiteral("c1"), true, nullptr)),
             withPrefix(
                 QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), QStringLiteral("c1")}));
    QCOMPARE(argumentsOf(docker.removeContainer(QStringLiteral("c1"), false, nullptr)),
             withPrefix(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("c1")}));
    QCOMPARE(argumentsOf(docker.copyFromContainer(QStringLiteral("c1"),
                                                  QStringLiteral("/var/lib/postgresql/data/PG_VERSION"),
                                                  QStringLiteral("/tmp/x/PG_VERSION"), nullptr)),
             withPrefix(QStringList{QStringLiteral("cp"), QStringLiteral("c1:/var/lib/postgresql/data/PG_VERSION"),
                                    QStringLiteral("/tmp/x/PG_VERSION")}));

    // Every option of a throwaway run, in docker's order of options before the image.
    DockerCli::ThrowawayRun run;
    run.image = QStringLiteral("postgres:16");
    run.name = QStringLiteral("rehearsal");
    run.detached = true;
    run.labels.insert(QStringLiteral("b.second"), QStringLiteral("2"));
    run.labels.insert(QStringLiteral("a.first"), QStringLiteral("1"));
    run.network = true;
    run.entrypoint = QStringLiteral("sh");
    run.volumes = {QStringLiteral("v1:/data:ro")};
    run.environment = {{QStringLiteral("POSTGRES_USER"), QStringLiteral("pguser")}};
    run.command = {QStringLiteral("-c"), QStringLiteral("true")};
    const QStringList runOptions{QStringLiteral("--rm"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("rehearsal"),
                                 QStringLiteral("--label"),
                                 QStringLiteral("a.first=1"),
                                 QStringLiteral("--label"),
                                 QStringLiteral("b.second=2"),
                                 QStringLiteral("--entrypoint"),
                                 QStringLiteral("sh"),
                                 QStringLiteral("-v"),
                                 QStringLiteral("v1:/data:ro"),
                                 QStringLiteral("-e"),
                                 QStringLiteral("POSTGRES_USER=pguser"),
                                 QStringLiteral("postgres:16"),
                                 QStringLiteral("-c"),
                                 QStringLiteral("true")};
    QCOMPARE(docker.runSpec(run).arguments,
             withPrefix(QStringList{QStringLiteral("run"), QStringLiteral("-d")}) + runOptions);
    QCOMPARE(argumentsOf(docker.runThrowaway(run, nullptr)),
             withPrefix(QStringList{QStringLiteral("run"), QStringLiteral("-d")}) + runOptions);
    // docker create has no -d: the container is never started.
    QCOMPARE(docker.createSpec(run).arguments, withPrefix(QStringList{QStringLiteral("create")}) + runOptions);

    // The defaults: anonymous, removed when it stops, and no network.
    DockerCli::ThrowawayRun plain;
    plain.image = QStringLiteral("alpine");
    QCOMPARE(docker.runSpec(plain).arguments,
             withPrefix(QStringList{QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                                    QStringLiteral("none"), QStringLiteral("alpine")}));
    plain.remove = false;
    QCOMPARE(argumentsOf(docker.createContainer(plain, nullptr)),
             withPrefix(QStringList{QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                                    QStringLiteral("alpine")}));
}

void TestDockerCli::throwawayRunPassesSecretsByNameOnly()
{
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_RUN"), QStringLiteral("empty"));
    DockerCli::Options options = optionsFor(fake);
    options.host = QStringLiteral("tcp://10.0.0.2:2375");
    DockerCli docker(options);
    QSignalSpy started(&docker, &DockerCli::commandStarted);
    DockerCli::ThrowawayRun run;
    run.image = QStringLiteral("postgres:16");
    run.environment = {{QStringLiteral("POSTGRES_USER"), QStringLiteral("pguser")}};
    run.secretEnvironment = {{QStringLiteral("PGPASSWORD"), QStringLiteral("pgpass-very-secret")}};
    const ProcessSpec spec = docker.runSpec(run);
    QCOMPARE(spec.arguments,
             (QStringList{QStringLiteral("--host"), QStringLiteral("tcp://10.0.0.2:2375"), QStringLiteral("run"),
                          QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                          QStringLiteral("-e"), QStringLiteral("POSTGRES_USER=pguser"), QStringLiteral("-e"),
                          QStringLiteral("PGPASSWORD"), QStringLiteral("postgres:16")}));
    QVERIFY(!spec.arguments.join(u' ').contains(QLatin1String("very-secret")));
    QCOMPARE(spec.environment.value(QStringLiteral("PGPASSWORD")), QStringLiteral("pgpass-very-secret"));
    QCOMPARE(spec.redactor.redact(QStringLiteral("x pgpass-very-secret")), QStringLiteral("x ") + Redactor::mask());
    QVERIFY(!docker.createSpec(run).arguments.join(u' ').contains(QLatin1String("very-secret")));
    QCOMPARE(docker.createSpec(run).environment.value(QStringLiteral("PGPASSWORD")),
             QStringLiteral("pgpass-very-secret"));

    // Run through the fake: the value reaches docker's environment, never its command line or the log view.
    std::unique_ptr<ProcessRunner> runner(docker.runThrowaway(run, nullptr));
    QVERIFY(!runner->commandLine().contains(QLatin1String("very-secret")));
    QVERIFY2(runner->runToCompletion().ok(), qPrintable(runner->result().error.message.toString()));
    const QStringList call = fake.calls().first();
    QCOMPARE(FakeDocker::arguments(call), spec.arguments);
    QCOMPARE(FakeDocker::environmentValue(call, QStringLiteral("PGPASSWORD")), QStringLiteral("pgpass-very-secret"));
    QCOMPARE(started.count(), 1);
    QVERIFY(!started.first().first().toString().contains(QLatin1String("very-secret")));
}

void TestDockerCli::throwawayCommandsRun()
{
    // The runners are set up, not started; run, each reaches docker with its own arguments and the daemon's errors
    // are described as for any engine command.
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_VOLUME"), QStringLiteral("empty"))
        .answer(QStringLiteral("FAKE_DOCKER_RM"), QStringLiteral("docker28-daemon-down"));
    DockerCli docker(optionsFor(fake));
    std::unique_ptr<ProcessRunner> create(docker.createVolume(QStringLiteral("v-keep"), nullptr));
    QVERIFY(!create->isRunning() && !create->isFinished());
    QVERIFY(create->runToCompletion().ok());
    std::unique_ptr<ProcessRunner> remove(docker.removeContainer(QStringLiteral("c1"), true, nullptr));
    QCOMPARE(remove->runToCompletion().error.code, QStringLiteral("docker_daemon_down"));
    const QList<QStringList> calls = fake.calls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(FakeDocker::arguments(calls.at(0)),
             (QStringList{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v-keep")}));
    QCOMPARE(FakeDocker::arguments(calls.at(1)),
             (QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), QStringLiteral("c1")}));
}

void TestDockerCli::findComposeVolume_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("labelled volume") << ""
                                     << "docker-volume-ls-names"
                                     << "my-ente_postgres-data"
                                     << "";
    QTest::newRow("labelled volume, --host") << "tcp://10.0.0.2:2375"
                                             << "docker-volume-ls-names"
                                             << "my-ente_postgres-data"
                                             << "";
    QTest::newRow("none yet") << ""
                              << "empty"
                              << ""
                              << "";
    QTest::newRow("daemon down") << ""
                                 << "docker28-daemon-down"
                                 << ""
                                 << "docker_daemon_down";
}

void TestDockerCli::findComposeVolume()
{
    QFETCH(QString, host);
    QFETCH(QString, answer);
    QFETCH(QString, name);
    QFETCH(QString, errorCode);
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_VOLUME"), answer);
    DockerCli::Options options = optionsFor(fake);
    options.host = host;
    DockerCli docker(options);
    const Expected<QString> found = await<QString>([&](QObject *context, auto done) {
        docker.findComposeVolume(QStringLiteral("my-ente"), QStringLiteral("postgres-data"), context, done);
    });
    if (errorCode.isEmpty()) {
        QVERIFY2(found, qPrintable(errorOf(found)));
        QCOMPARE(*found, name);
    } else {
        QVERIFY(!found);
        QCOMPARE(found.error().code, errorCode);
    }
    const QStringList prefix = host.isEmpty() ? QStringList() : QStringList{QStringLiteral("--host"), host};
    const auto withPrefix = [&prefix](const QStringList &args) { return prefix + args; };
    QCOMPARE(fake.calls().size(), 1);
    QCOMPARE(
        FakeDocker::arguments(fake.calls().first()),
        withPrefix(QStringList{QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.project=my-ente"), QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.volume=postgres-data"),
                               QStringLiteral("--format"), QStringLiteral("{{.Name}}")}));
}

void TestDockerCli::volumeExists_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("exists") << ""
                            << "docker-volume-inspect-name" << true << "";
    QTest::newRow("exists, --host") << "tcp://10.0.0.2:2375"
                                    << "docker-volume-inspect-name" << true << "";
    QTest::newRow("missing, docker 20") << ""
                                        << "docker20-volume-no-such" << false << "";
    QTest::newRow("missing, docker 28") << ""
                                        << "docker28-volume-no-such" << false << "";
    // Not an answer about the volume: an error, not "free".
    QTest::newRow("daemon down") << ""
                                 << "docker29-daemon-down" << false << "docker_daemon_down";
    QTest::newRow("permission denied") << ""
                                       << "docker28-permission-denied" << false << "docker_permission_denied";
}

void TestDockerCli::volumeExists()
{
    QFETCH(QString, host);
    QFETCH(QString, answer);
    QFETCH(bool, exists);
    QFETCH(QString, errorCode);
    FakeDocker fake;
    fake.answer(QStringLiteral("FAKE_DOCKER_VOLUME"), answer);
    DockerCli::Options options = optionsFor(fake);
    options.host = host;
    DockerCli docker(options);
    const Expected<bool> found = await<bool>([&](QObject *context, auto done) {
        docker.volumeExists(QStringLiteral("my-ente_postgres-data"), context, done);
    });
    if (errorCode.isEmpty()) {
        QVERIFY2(found, qPrintable(errorOf(found)));
        QCOMPARE(*found, exists);
    } else {
        QVERIFY(!found);
        QCOMPARE(found.error().code, errorCode);
    }
    const QStringList prefix = host.isEmpty() ? QStringList() : QStringList{QStringLiteral("--host"), host};
    const auto withPrefix = [&prefix](const QStringList &args) { return prefix + args; };
    QCOMPARE(FakeDocker::arguments(fake.calls().first()),
             withPrefix(QStringList{QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                    QStringLiteral("{{.Name}}"), QStringLiteral("my-ente_postgres-data")}));
}

void TestDockerCli::failureTable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("container");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("errorLines");
    QTest::addColumn<QStringList>("outputLines");
    QTest::addColumn<QString>("code"); // empty: the runner's own error stands
    QTest::addColumn<QString>("named"); // a word the message must hold

    const int engine = int(DockerInvocation::Kind::Engine);
    const int compose = int(DockerInvocation::Kind::Compose);
    const auto lines = [](const char *text) { return QString::fromUtf8(text).split(u'\n'); };
    QTest::newRow("no such volume, docker 20")
        << engine << "" << 1 << lines("Error: No such volume: nosuch") << QStringList() << "no_such_volume"
        << "\"nosuch\"";
    QTest::newRow("no such volume, docker 23+")
        << engine << "" << 1 << lines("Error response from daemon: get nosuch: no such volume") << QStringList()
        << "no_such_volume"
        << "\"nosuch\"";
    QTest::newRow("volume rm of a missing volume")
        << engine << "" << 1 << lines("Error response from daemon: remove old: no such volume") << QStringList()
        << "no_such_volume"
        << "\"old\"";
    QTest::newRow("volume in use") << engine << "" << 1
                                   << lines("Error response from daemon: remove my-ente_pg16: volume is in use - "
                                            "[0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef]")
                                   << QStringList() << "volume_in_use"
                                   << "\"my-ente_pg16\"";
    QTest::newRow("container name taken")
        << engine << "" << 125
        << lines("docker: Error response from daemon: Conflict. The container name \"/ente-db-migrate-rehearsal-x\" "
                 "is already in use by container \"0123abcd\". You have to remove (or rename) that container to be "
                 "able to reuse that name.\nSee 'docker run --help'.")
        << QStringList() << "container_name_in_use"
        << "\"ente-db-migrate-rehearsal-x\"";
    QTest::newRow("docker run, image cannot be pulled")
        << engine << "" << 125
        << lines("Unable to find image 'postgres:99' locally\ndocker: Error response from daemon: manifest for "
                 "postgres:99 not found: manifest unknown: manifest unknown.")
        << QStringList() << "image_pull_failed"
        << "image";
    QTest::newRow("disk full") << engine << "" << 1 << lines("cp: write error: No space left on device")
                               << QStringList() << "docker_disk_full"
                               << "docker system df";
    // The rows that were there before the table keep their codes and their order.
    QTest::newRow("compose pull stays compose's")
        << compose << "" << 1 << lines("Error response from daemon: manifest for postgres:99 not found")
        << QStringList() << "compose_pull_failed"
        << "docker compose";
    QTest::newRow("daemon down before no such volume")
        << engine << "" << 1
        << lines("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")
        << QStringList() << "docker_daemon_down"
        << "unix:///var/run/docker.sock";
    QTest::newRow("exec: not found on standard output")
        << engine << "c1" << 126 << QStringList()
        << lines("OCI runtime exec failed: exec failed: unable to start container process: exec: \"pg_nosuch\": "
                 "executable file not found in $PATH: unknown")
        << "exec_command_not_found"
        << "pg_nosuch";
    QTest::newRow("exec: 127 alone") << engine << "c1" << 127 << QStringList() << QStringList()
                                     << "exec_command_not_found"
                                     << "c1";
    QTest::newRow("not exec: 127 means nothing") << engine << "" << 127 << QStringList() << QStringList() << ""
                                                 << "";
    QTest::newRow("compose interrupted") << compose << "" << 130 << QStringList() << QStringList()
                                         << "process_cancelled"
                                         << "docker compose";
    QTest::newRow("engine 130 means nothing") << engine << "" << 130 << QStringList() << QStringList() << ""
                                              << "";
    QTest::newRow("unknown") << engine << "" << 1 << lines("Error: something new") << QStringList() << ""
                             << "";
}

void TestDockerCli::failureTable()
{
    QFETCH(int, kind);
    QFETCH(QString, container);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errorLines);
    QFETCH(QStringList, outputLines);
    QFETCH(QString, code);
    QFETCH(QString, named);
    ProcessResult result;
    result.outcome = ProcessResult::Outcome::ExitCode;
    result.exitCode = exitCode;
    result.lastErrorLines = errorLines;
    result.lastOutputLines = outputLines;
    DockerInvocation invocation;
    invocation.kind = DockerInvocation::Kind(kind);
    invocation.tool =
        invocation.kind == DockerInvocation::Kind::Engine ? QStringLiteral("docker") : QStringLiteral("docker compose");
    invocation.host = QStringLiteral("unix:///var/run/docker.sock");
    invocation.container = container;
    const Error error = DockerCli::describeFailure(result, invocation);
    if (code.isEmpty()) {
        QVERIFY2(error.isNull(), qPrintable(error.code));
        return;
    }
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.toString().contains(named), qPrintable(error.message.toString()));
    // What docker said follows the message (the interrupted run has nothing to add).
    if (!errorLines.isEmpty())
        QVERIFY2(error.message.toString().contains(errorLines.last()), qPrintable(error.message.toString()));
    else if (!outputLines.isEmpty())
        QVERIFY2(error.message.toString().contains(outputLines.last()), qPrintable(error.message.toString()));
}

QTEST_GUILESS_MAIN(TestDockerCli)
#include "tst_dockercli.moc"
