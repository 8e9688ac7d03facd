// SPDX-License-Identifier: GPL-3.0-or-later
// The command base: parsing, --help, the shared PATH/--service/--docker/--json, exit codes from the registry, and
// errors as text and as {"error": {...}} JSON; and the subcommands' errors through it.
#include "CliSupport.h"
#include "cli/Cli.h"
#include "cli/Command.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

using Run = test::CliRun;
using test::runCli;

/// A command of the base's shared parts only; run() reports what it got, or fails with the error it is given.
class ProbeCommand : public cli::Command
{
public:
    using Command::JsonLayout;

    explicit ProbeCommand(JsonLayout layout = JsonLayout::Document)
    {
        setDescription(QStringLiteral("Probes the base."));
        setHelpEpilogue(QStringLiteral("Exit codes: probe."));
        addPathArgument();
        addServiceOption();
        addDockerOption();
        addJsonOption(QStringLiteral("JSON please."), layout);
    }

    Error error;
    QString path;
    QString serviceName;
    QString dockerProgram;
    bool ran = false;

protected:
    int run() override
    {
        ran = true;
        path = projectPath();
        serviceName = service();
        dockerProgram = dockerOptions().dockerProgram;
        if (!error.isNull())
            return fail(error);
        return ExitOk;
    }
};

Run execute(cli::Command &command, const QStringList &args, const QString &cwd = QStringLiteral("/work/project"))
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CommandContext context{QStringList{QStringLiteral("ente-db-migrate probe")} + args, out, err,
                                QProcessEnvironment(), cwd};
    run.code = command.execute(context);
    out.flush();
    err.flush();
    return run;
}

QJsonObject jsonError(const QString &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {};
    return doc.object().value(QStringLiteral("error")).toObject();
}

} // namespace

class tst_Command : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedOptions();
    void help();
    void unknownOption();
    void missingValue();
    void errorExitCodes_data();
    void errorExitCodes();
    void jsonErrorShape();
    void jsonErrorAsOneLine();
    void missingPath();
    void statusJsonError();
    void watchLogJsonError();
};

void tst_Command::sharedOptions()
{
    ProbeCommand command;
    const Run run = execute(command,
                            {QStringLiteral("sub/compose.yaml"), QStringLiteral("--service"), QStringLiteral("db"),
                             QStringLiteral("--docker"), QStringLiteral("/opt/docker")});
    QCOMPARE(run.code, 0);
    QVERIFY(command.ran);
    QCOMPARE(command.path, QStringLiteral("/work/project/sub/compose.yaml"));
    QCOMPARE(command.serviceName, QStringLiteral("db"));
    QCOMPARE(command.dockerProgram, QStringLiteral("/opt/docker"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());

    ProbeCommand defaults;
    QCOMPARE(execute(defaults, {}).code, 0);
    QCOMPARE(defaults.path, QStringLiteral("/work/project"));
    QVERIFY(defaults.serviceName.isEmpty());
    QVERIFY(defaults.dockerProgram.isEmpty());
}

void tst_Command::help()
{
    ProbeCommand command;
    const Run run = execute(command, {QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(!command.ran);
    // QCommandLineParser names the running binary in its usage line.
    QVERIFY(run.out.section(u'\n', 0, 0).startsWith(QStringLiteral("Usage: ")));
    QVERIFY(run.out.section(u'\n', 0, 0).endsWith(QStringLiteral(" [options] [PATH]")));
    QVERIFY(run.out.contains(QStringLiteral("Probes the base.")));
    for (const char *option : {"--service <NAME>", "--docker <PATH>", "--json", "JSON please."})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    QVERIFY(run.out.endsWith(QStringLiteral("\n\nExit codes: probe.\n")));
    QVERIFY(run.err.isEmpty());
}

void tst_Command::unknownOption()
{
    ProbeCommand command;
    const Run text = execute(command, {QStringLiteral("--bogus")});
    QCOMPARE(text.code, 2);
    QVERIFY(!command.ran);
    QCOMPARE(text.err, QStringLiteral("error: Unknown option 'bogus'.\n"));
    QVERIFY(text.out.isEmpty());

    // With --json, the same error as JSON on standard output, wherever --json stands.
    ProbeCommand jsonCommand;
    const Run json = execute(jsonCommand, {QStringLiteral("--bogus"), QStringLiteral("--json")});
    QCOMPARE(json.code, 2);
    QCOMPARE(json.err, QStringLiteral("error: Unknown option 'bogus'.\n"));
    const QJsonObject error = jsonError(json.out);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Unknown option 'bogus'."));
}

void tst_Command::missingValue()
{
    ProbeCommand command;
    const Run run = execute(command, {QStringLiteral("--service")});
    QCOMPARE(run.code, 2);
    QVERIFY(!command.ran);
    QCOMPARE(run.err, QStringLiteral("error: Missing value after '--service'.\n"));
}

void tst_Command::errorExitCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("invalid_yaml") << QString(ErrorCode::InvalidYaml) << 2;
    QTest::newRow("cancelled") << QString(ErrorCode::Cancelled) << 5;
    QTest::newRow("upgrade_failed") << QString(ErrorCode::UpgradeFailed) << 1;
    QTest::newRow("unregistered") << QStringLiteral("no_such_code") << 1;
}

void tst_Command::errorExitCodes()
{
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    ProbeCommand command;
    command.error = Error(code, QStringLiteral("It went wrong."));
    const Run run = execute(command, {});
    QCOMPARE(run.code, exitCode);
    QCOMPARE(run.err, QStringLiteral("error: It went wrong.\n"));
    QVERIFY(run.out.isEmpty()); // no --json: text only
}

void tst_Command::jsonErrorShape()
{
    ProbeCommand command;
    command.error = Error(ErrorCode::InvalidYaml, QStringLiteral("Bad YAML."), QStringLiteral("/p/compose.yaml"), 4, 9);
    const Run run = execute(command, {QStringLiteral("--json")});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err, QStringLiteral("error: Bad YAML.\n"));
    QVERIFY(run.out.contains(QStringLiteral("\n        \"code\": \"invalid_yaml\""))); // indented document
    const QJsonObject error = jsonError(run.out);
    QCOMPARE(error.keys(), (QStringList{"code", "column", "file", "line", "message"}));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_yaml"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Bad YAML."));
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("/p/compose.yaml"));
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(error.value(QStringLiteral("column")).toInt(), 9);
}

void tst_Command::jsonErrorAsOneLine()
{
    ProbeCommand command(ProbeCommand::JsonLayout::Lines);
    command.error = Error(ErrorCode::Usage, QStringLiteral("No."));
    const Run run = execute(command, {QStringLiteral("--json")});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out,
             QStringLiteral("{\"error\":{\"code\":\"usage\",\"column\":null,\"file\":null,\"line\":null,"
                            "\"message\":\"No.\"}}\n"));
}

void tst_Command::missingPath()
{
    const Run inspect = runCli({QStringLiteral("inspect"), QStringLiteral("--json")});
    QCOMPARE(inspect.code, 2);
    QCOMPARE(inspect.err, QStringLiteral("error: inspect needs the dump FILE to read.\n"));
    QCOMPARE(jsonError(inspect.out).value(QStringLiteral("code")).toString(), QStringLiteral("usage"));

    const Run restore = runCli({QStringLiteral("restore")});
    QCOMPARE(restore.code, 2);
    QCOMPARE(restore.err, QStringLiteral("error: expected FILE [PATH].\n"));
    QVERIFY(restore.out.isEmpty());
}

void tst_Command::statusJsonError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".ente-db-migrate")));
    QVERIFY(edm::test::writeAll(dir.filePath(QStringLiteral(".ente-db-migrate/journal.json")), "{ not json"));
    const Run text = runCli({QStringLiteral("status"), dir.path()});
    QCOMPARE(text.code, 2);
    QVERIFY2(text.err.startsWith(QStringLiteral("error: The migration journal ")), qPrintable(text.err));
    QVERIFY(text.out.isEmpty());

    const Run json = runCli({QStringLiteral("status"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(json.code, 2);
    const QJsonObject error = jsonError(json.out);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("corrupt_journal"));
    QCOMPARE(error.value(QStringLiteral("file")).toString(),
             QDir(dir.path()).filePath(QStringLiteral(".ente-db-migrate/journal.json")));
    QVERIFY(json.err.contains(error.value(QStringLiteral("message")).toString()));
}

void tst_Command::watchLogJsonError()
{
    const Run missing =
        runCli({QStringLiteral("watch-log"), QStringLiteral("--json"), QStringLiteral("/nonexistent/postgres.log")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.startsWith(QStringLiteral("error: cannot read /nonexistent/postgres.log")));
    // One object on one line, like the events.
    QCOMPARE(missing.out.count(u'\n'), 1);
    const QJsonObject error = jsonError(missing.out);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("open_failed"));
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("/nonexistent/postgres.log"));

    const Run timeout = runCli({QStringLiteral("watch-log"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                QStringLiteral("soon"), QStringLiteral("/dev/null")});
    QCOMPARE(timeout.code, 2);
    QCOMPARE(jsonError(timeout.out).value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
}

QTEST_GUILESS_MAIN(tst_Command)
#include "tst_command.moc"
