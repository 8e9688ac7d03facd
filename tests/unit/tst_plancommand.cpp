// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

using edm::test::writeAll;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QString &cwd = {}, const QProcessEnvironment &env = {})
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CommandContext context{QStringList{QStringLiteral("ente-db-migrate")} + args, out, err, env, cwd};
    run.code = cli::run(context);
    out.flush();
    err.flush();
    return run;
}

const QByteArray enteCompose = "services:\n"
                               "  postgres:\n"
                               "    image: postgres:12\n"
                               "    environment:\n"
                               "      POSTGRES_USER: pguser\n"
                               "      POSTGRES_PASSWORD: s3cret-Pa55\n"
                               "      POSTGRES_DB: ente_db\n"
                               "    volumes:\n"
                               "      - postgres-data:/var/lib/postgresql/data\n"
                               "volumes:\n"
                               "  postgres-data:\n";

} // namespace

class tst_PlanCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void human();
    void errorsAsJson_data();
    void errorsAsJson();
    void usage();
    void versionAndHelp();
};

void tst_PlanCommand::json()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), enteCompose));
    const Run run = runCli({"plan", "--json"}, dir.path());
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.keys(),
             (QStringList{"compose_file", "credentials", "image", "image_line", "major", "project_dir", "service",
                          "status", "steps", "volume", "warnings"}));
    QCOMPARE(json.value("compose_file").toString(), QStringLiteral("compose.yaml"));
    QCOMPARE(json.value("project_dir").toString(), QDir(dir.path()).canonicalPath());
    QCOMPARE(json.value("image_line").toInt(), 3);
    QCOMPARE(json.value("major").toInt(), 12);
    QCOMPARE(json.value("status").toString(), QStringLiteral("needs_migration"));
    QCOMPARE(json.value("credentials").toObject(),
             (QJsonObject{{"user", "pguser"}, {"database", "ente_db"}, {"password_set", true}}));
    QCOMPARE(json.value("volume").toObject(),
             (QJsonObject{{"type", "volume"}, {"name", "postgres-data"}, {"target", "/var/lib/postgresql/data"}}));
    const QJsonArray steps = json.value("steps").toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().keys(), (QStringList{"diff", "image"}));
    QCOMPARE(steps.at(0)["image"].toString(), QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie"));
    QCOMPARE(steps.at(1)["image"].toString(), QStringLiteral("postgres:16"));
    QVERIFY(steps.at(0)["diff"].toString().startsWith(QStringLiteral("--- a/compose.yaml\n+++ b/compose.yaml\n@@")));
    QVERIFY(!run.out.contains(QStringLiteral("s3cret-Pa55")));
}

void tst_PlanCommand::human()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), enteCompose));
    const QByteArray before = enteCompose;
    const Run run = runCli({"plan", dir.path()});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("postgres:12 (line 3)")));
    QVERIFY(run.out.contains(QStringLiteral("-    image: postgres:12")));
    QVERIFY(run.out.contains(QStringLiteral("+    image: pgautoupgrade/pgautoupgrade:16-trixie")));
    QVERIFY(run.out.contains(QStringLiteral("Nothing was changed.")));
    QVERIFY(!run.out.contains(QStringLiteral("s3cret-Pa55")));
    QFile file(dir.filePath("compose.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_PlanCommand::errorsAsJson_data()
{
    QTest::addColumn<QByteArray>("compose");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("no compose file") << QByteArray() << "no_compose_file" << 0;
    QTest::newRow("invalid yaml") << QByteArray("services:\n  postgres:\n    image: postgres:12\n   bad: x\n")
                                  << "invalid_yaml" << 4;
    QTest::newRow("no postgres") << QByteArray("services:\n  web:\n    image: nginx\n") << "no_postgres_service" << 0;
    QTest::newRow("ambiguous") << QByteArray("services:\n  a:\n    image: postgres:12\n  b:\n    image: postgres:13\n")
                               << "ambiguous_service" << 0;
    QTest::newRow("downgrade") << QByteArray("services:\n  db:\n    image: postgres:17\n") << "target_not_above_source"
                               << 3;
}

void tst_PlanCommand::errorsAsJson()
{
    QFETCH(QByteArray, compose);
    QFETCH(QString, code);
    QFETCH(int, line);
    QTemporaryDir dir;
    if (!compose.isNull())
        QVERIFY(writeAll(dir.filePath("compose.yaml"), compose));
    const Run run = runCli({"plan", "--json", dir.path()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    const QJsonObject error = QJsonDocument::fromJson(run.out.toUtf8()).object().value("error").toObject();
    QCOMPARE(error.keys(), (QStringList{"code", "column", "file", "line", "message"}));
    QCOMPARE(error.value("code").toString(), code);
    QCOMPARE(error.value("line").toInt(), line);
    if (line == 0)
        QVERIFY(error.value("line").isNull());
    QVERIFY(run.err.contains(error.value("message").toString()));
    // Nothing was written next to the compose file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), compose.isNull() ? 0 : 1);
}

void tst_PlanCommand::usage()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), enteCompose));
    QCOMPARE(runCli({"plan", "--target", "abc", dir.path()}).code, 2);
    QCOMPARE(runCli({"plan", "--no-such-option"}).code, 2);
    QCOMPARE(runCli({"plan", "a", "b"}).code, 2);
    const Run unknown = runCli({"plna"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"plna\"")));
    // A backup or project that does not exist is named as a missing file, not as a mistyped command.
    const Run missing = runCli({"no-such-backup.sql"});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no-such-backup.sql: no such file or folder")));
    const Run help = runCli({"plan", "--help"});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("--service")));
}

void tst_PlanCommand::versionAndHelp()
{
    const Run version = runCli({"--version"});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("ente-db-migrate ")));
    const Run help = runCli({"--help"});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("plan")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
}

QTEST_GUILESS_MAIN(tst_PlanCommand)
#include "tst_plancommand.moc"
