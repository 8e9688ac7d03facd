// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"
#include "cli/Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edm;

namespace {

using Run = test::CliRun;
using test::runCli;

const QString dumps = QStringLiteral(EDM_TEST_DATA_DIR "/dumps");

QJsonObject tables(const QJsonObject &database)
{
    QJsonObject rows;
    for (const QJsonValue &table : database.value("tables").toArray()) {
        const QJsonObject t = table.toObject();
        rows.insert(t.value("schema").toString() + u'.' + t.value("table").toString(), t.value("rows"));
    }
    return rows;
}

} // namespace

class tst_InspectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void json();
    void jsonSingleDatabase();
    void jsonProblems();
    void human();
    void errors();
    void usage();
};

void tst_InspectCommand::exitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("complete");
    QTest::newRow("pg_dumpall") << "cluster.sql" << 0 << "pg_dumpall" << true;
    QTest::newRow("gzip") << "cluster.sql.gz" << 0 << "pg_dumpall" << true;
    QTest::newRow("pg_dump") << "ente_db.sql" << 0 << "pg_dump" << true;
    QTest::newRow("pg_dump --inserts") << "ente_db-inserts.sql" << 0 << "pg_dump" << true;
    QTest::newRow("column inserts") << "accounts-column-inserts.sql" << 0 << "pg_dump" << true;
    QTest::newRow("truncated in COPY") << "cluster-truncated-in-copy.sql" << 3 << "pg_dumpall" << false;
    QTest::newRow("no footer") << "cluster-no-footer.sql" << 3 << "pg_dumpall" << false;
    QTest::newRow("CRLF") << "cluster-crlf.sql" << 3 << "pg_dumpall" << true;
    QTest::newRow("empty") << "empty.sql" << 3 << "empty" << false;
    QTest::newRow("custom format") << "ente_db.dump" << 2 << "pg_dump_custom" << false;
    QTest::newRow("png") << "photo.png" << 2 << "unknown" << false;
    QTest::newRow("text") << "notes.txt" << 2 << "unknown" << false;
}

void tst_InspectCommand::exitCodes()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, format);
    QFETCH(bool, complete);
    const Run human = runCli({"inspect", file}, dumps);
    QCOMPARE(human.code, code);
    QCOMPARE(human.err.isEmpty(), code != 2);
    const Run json = runCli({"inspect", "--json", dumps + u'/' + file});
    QCOMPARE(json.code, code);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(
        object.keys(),
        (QStringList{"complete", "databases", "dump_tool_version", "format", "problems", "roles", "source_version"}));
    QCOMPARE(object.value("format").toString(), format);
    QCOMPARE(object.value("complete").toBool(), complete);
    QCOMPARE(object.value("problems").toArray().isEmpty(), code == 0);
}

void tst_InspectCommand::json()
{
    const Run run = runCli({"inspect", "cluster.sql", "--json"}, dumps);
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("format").toString(), QStringLiteral("pg_dumpall"));
    QCOMPARE(json.value("complete").toBool(), true);
    QCOMPARE(json.value("source_version").toString(), QStringLiteral("12.22"));
    QCOMPARE(json.value("dump_tool_version").toString(), QStringLiteral("15.18"));
    QCOMPARE(json.value("roles").toArray(), (QJsonArray{"ente_reader", "museum", "pguser"}));
    QCOMPARE(json.value("problems").toArray(), QJsonArray());
    const QJsonArray databases = json.value("databases").toArray();
    QCOMPARE(databases.size(), 4);
    QStringList names;
    for (const QJsonValue &db : databases) {
        QCOMPARE(db.toObject().keys(), (QStringList{"bytes", "name", "tables"}));
        QVERIFY(db["bytes"].toInteger() > 0);
        names.append(db["name"].toString());
    }
    QCOMPARE(names, (QStringList{"template1", "ente-accounts", "ente_db", "postgres"}));
    const QJsonObject ente = databases.at(2).toObject();
    QCOMPARE(ente.value("tables").toArray().at(0).toObject().keys(), (QStringList{"rows", "schema", "table"}));
    QCOMPARE(tables(ente),
             (QJsonObject{{"public.schema_migrations", 1},
                          {"public.users", 12},
                          {"public.key_attributes", 12},
                          {"public.collections", 8},
                          {"public.files", 64},
                          {"public.file_changes", 20},
                          {"public.entity_data", 10},
                          {"public.trash", 0},
                          {"Audit.Login Events", 7}}));
    QCOMPARE(tables(databases.at(1).toObject()), (QJsonObject{{"public.accounts", 23}, {"public.tokens", 9}}));
    QVERIFY(!run.out.contains(QStringLiteral("md5")));
    QVERIFY(!run.out.contains(QStringLiteral("SCRAM")));
}

void tst_InspectCommand::jsonSingleDatabase()
{
    const Run run = runCli({"inspect", "--json", "ente_db.sql"}, dumps);
    QCOMPARE(run.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("format").toString(), QStringLiteral("pg_dump"));
    QCOMPARE(json.value("roles").toArray(), QJsonArray());
    const QJsonArray databases = json.value("databases").toArray();
    QCOMPARE(databases.size(), 1);
    QVERIFY(databases.at(0)["name"].isNull());
    QCOMPARE(tables(databases.at(0).toObject()).value("public.files").toInt(), 64);
}

void tst_InspectCommand::jsonProblems()
{
    const Run truncated = runCli({"inspect", "--json", "cluster-truncated-in-copy.sql"}, dumps);
    QCOMPARE(truncated.code, 3);
    const QJsonObject json = QJsonDocument::fromJson(truncated.out.toUtf8()).object();
    QCOMPARE(json.value("complete").toBool(), false);
    const QJsonArray problems = json.value("problems").toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).toString().contains(QStringLiteral("public.files")));
    QCOMPARE(tables(json.value("databases").toArray().at(2).toObject()).value("public.files").toInt(), 40);

    const Run custom = runCli({"inspect", "--json", "ente_db.dump"}, dumps);
    QCOMPARE(custom.code, 2);
    const QJsonObject archive = QJsonDocument::fromJson(custom.out.toUtf8()).object();
    QCOMPARE(archive.value("source_version").toString(), QStringLiteral("12.22"));
    QVERIFY(archive.value("problems").toArray().at(0).toString().contains(QStringLiteral("pg_restore")));
    QVERIFY(custom.err.startsWith(QStringLiteral("error: ")));
    QVERIFY(custom.err.contains(QStringLiteral("pg_restore")));

    const Run png = runCli({"inspect", "--json", "photo.png"}, dumps);
    const QJsonObject foreign = QJsonDocument::fromJson(png.out.toUtf8()).object();
    QVERIFY(foreign.value("source_version").isNull());
    QVERIFY(foreign.value("dump_tool_version").isNull());
    QCOMPARE(foreign.value("databases").toArray(), QJsonArray());
}

void tst_InspectCommand::human()
{
    const Run run = runCli({"inspect", "cluster.sql"}, dumps);
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("pg_dumpall")));
    QVERIFY(run.out.contains(QStringLiteral("PostgreSQL 12.22")));
    QVERIFY(run.out.contains(QStringLiteral("pguser (md5 password, superuser)")));
    QVERIFY(run.out.contains(QStringLiteral("ente_reader (SCRAM-SHA-256 password)")));
    QVERIFY(run.out.contains(QStringLiteral("public.files")));
    QVERIFY(run.out.contains(QStringLiteral("The dump is complete.")));
    QVERIFY(!run.out.contains(QStringLiteral("md5335")));

    const Run truncated = runCli({"inspect", "cluster-truncated-in-copy.sql"}, dumps);
    QCOMPARE(truncated.code, 3);
    QVERIFY(truncated.out.contains(QStringLiteral("(cut off)")));
    QVERIFY(truncated.out.contains(QStringLiteral("INCOMPLETE")));
    QVERIFY(truncated.out.contains(QStringLiteral("Problems:")));
}

void tst_InspectCommand::errors()
{
    const Run missing = runCli({"inspect", "--json", "no-such-file.sql"}, dumps);
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.startsWith(QStringLiteral("error: Cannot open ")));
    const QJsonObject error = QJsonDocument::fromJson(missing.out.toUtf8()).object().value("error").toObject();
    QCOMPARE(error.keys(), (QStringList{"code", "column", "file", "line", "message"}));
    QCOMPARE(error.value("code").toString(), QStringLiteral("open_failed"));
    QCOMPARE(error.value("file").toString(), dumps + QStringLiteral("/no-such-file.sql"));

    const Run folder = runCli({"inspect", dumps});
    QCOMPARE(folder.code, 2);
    QVERIFY(folder.err.contains(QStringLiteral("folder")));
}

void tst_InspectCommand::usage()
{
    QCOMPARE(runCli({"inspect"}).code, 2);
    QCOMPARE(runCli({"inspect", "a.sql", "b.sql"}).code, 2);
    QCOMPARE(runCli({"inspect", "--no-such-option", "a.sql"}).code, 2);
    const Run help = runCli({"inspect", "--help"});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("--json")));
    QVERIFY(runCli({"--help"}).out.contains(QStringLiteral("inspect")));
}

QTEST_GUILESS_MAIN(tst_InspectCommand)
#include "tst_inspectcommand.moc"
