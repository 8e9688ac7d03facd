// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/DockerCli.h"
#include "core/postgres/ServerProbe.h"

#include <QFile>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace edm;

namespace {

QString pgData(const QString &name = {})
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/postgres/") + name;
}

QByteArray recording(const QString &name)
{
    QFile file(pgData(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recording %s", qPrintable(name));
    return file.readAll();
}

/// A failed run as the runner would report it: psql's standard error as the last lines.
ProcessResult failedRun(const QString &name)
{
    ProcessResult result;
    result.outcome = ProcessResult::Outcome::ExitCode;
    result.exitCode = QString::fromLatin1(recording(name + QStringLiteral(".exit.txt"))).trimmed().toInt();
    result.lastErrorLines =
        QString::fromUtf8(recording(name + QStringLiteral(".err.txt"))).split(u'\n', Qt::SkipEmptyParts);
    return result;
}

template<typename T> Expected<T> await(const std::function<void(QObject *, ServerProbe::Callback<T>)> &call)
{
    std::optional<Expected<T>> answer;
    QObject context;
    call(&context, [&answer](const Expected<T> &value) { answer.emplace(value); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return Error(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
    return *answer;
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parseRows();
    void versions_data();
    void versions();
    void recordedDatabases();
    void recordedRolesAndRules();
    void hbaMatching_data();
    void hbaMatching();
    void psqlFailures_data();
    void psqlFailures();
    void quoting();
    void scramStoredKey();
    void databasesSqlPerVersion();
    void queriesThroughDocker();
    void extensionsInstallUserAndRefresh();
    void passwordIsPassedByName();
    void passwordFileIsReadInTheContainer();
    void containerNotRunning();
    void waitUntilReadyTimesOut();

private:
    DockerCli::Options fakeOptions(const QStringList &settings = {});
    QTemporaryDir m_dir;
};

void TestServerProbe::init()
{
    QVERIFY(m_dir.isValid());
}

DockerCli::Options TestServerProbe::fakeOptions(const QStringList &settings)
{
    DockerCli::Options options;
    options.dockerProgram = pgData(QStringLiteral("fake-docker"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_PG_DATA"), pgData());
    env.insert(QStringLiteral("FAKE_DOCKER_DATA"), QStringLiteral(EDM_TEST_DATA_DIR "/docker/recorded"));
    env.insert(QStringLiteral("FAKE_LOG"), m_dir.filePath(QStringLiteral("docker.log")));
    for (const QString &setting : settings)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    options.environment = env;
    return options;
}

void TestServerProbe::parseRows()
{
    QCOMPARE(ServerProbe::parseRows(""), ServerProbe::Rows{});
    QCOMPARE(ServerProbe::parseRows("\n"), ServerProbe::Rows{});
    const ServerProbe::Rows rows = ServerProbe::parseRows("a\x1f"
                                                          "1\x1e"
                                                          "b c\x1f\x1en\xc3\xa4me\x1f"
                                                          "line\nbreak\n");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("1")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("b c"), QString()}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("näme"), QStringLiteral("line\nbreak")}));
}

void TestServerProbe::versions_data()
{
    QTest::addColumn<QString>("num");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major");
    QTest::newRow("12") << "120022"
                        << "12.22" << 12;
    QTest::newRow("16") << "160014"
                        << "16.14" << 16;
    QTest::newRow("9.6") << "90624"
                         << "9.6.24" << 9;
    QTest::newRow("garbage") << "x" << QString() << 0;
}

void TestServerProbe::versions()
{
    QFETCH(QString, num);
    QFETCH(QString, text);
    QFETCH(int, major);
    const ServerVersion v = ServerVersion::fromNumber(num);
    QCOMPARE(v.text, text);
    QCOMPARE(v.major, major);
    QCOMPARE(v.isValid(), major > 0);

    const ServerVersion tool =
        ServerVersion::fromToolOutput(QStringLiteral("pg_dumpall (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n"));
    QCOMPARE(tool.text, QStringLiteral("15.18"));
    QCOMPARE(tool.number, 150018);
    QCOMPARE(ServerVersion::fromToolOutput(QStringLiteral("psql (PostgreSQL) 9.6.24")).number, 90624);
    QVERIFY(!ServerVersion::fromToolOutput(QStringLiteral("bash: psql: not found")).isValid());
}

void TestServerProbe::recordedDatabases()
{
    // The real answers of a 12 and a 16 server: parsed through a probe over the fake docker.
    DockerCli docker(fakeOptions({QStringLiteral("FAKE_PROBE=probe16")}));
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), QStringLiteral("pgpass"), {}});
    const auto dbs = await<QList<DatabaseInfo>>([&](QObject *c, auto done) { probe.databases(c, done); });
    QVERIFY2(dbs, qPrintable(dbs ? QString() : dbs.error().message.toString()));
    QCOMPARE(dbs->size(), 4);
    const DatabaseInfo &ente = dbs->at(0);
    QCOMPARE(ente.name, QStringLiteral("ente_db"));
    QVERIFY(ente.sizeBytes > 1000000);
    QCOMPARE(ente.encoding, QStringLiteral("UTF8"));
    QCOMPARE(ente.collate, QStringLiteral("en_US.utf8"));
    QCOMPARE(ente.localeProvider, QStringLiteral("libc"));
    QCOMPARE(ente.collationVersion, QStringLiteral("2.36"));
    QCOMPARE(ente.actualCollationVersion, QStringLiteral("2.36"));
    QVERIFY(!ente.collationMismatch());
    QVERIFY(ente.dumpedByPgDumpall());
    const DatabaseInfo &template0 = dbs->at(2);
    QCOMPARE(template0.name, QStringLiteral("template0"));
    QVERIFY(!template0.allowConnections);
    QVERIFY(template0.isTemplate);
    QVERIFY(!template0.dumpedByPgDumpall());

    DockerCli docker12(fakeOptions({QStringLiteral("FAKE_PROBE=probe12")}));
    ServerProbe probe12(&docker12, QStringLiteral("pg"),
                        Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto v12 = await<ServerVersion>([&](QObject *c, auto done) { probe12.serverVersion(c, done); });
    QVERIFY(v12);
    QCOMPARE(v12->text, QStringLiteral("12.22"));
    QVERIFY(v12->full.startsWith(QLatin1String("PostgreSQL 12.22")));
    const auto dbs12 = await<QList<DatabaseInfo>>([&](QObject *c, auto done) { probe12.databases(c, done); });
    QVERIFY(dbs12);
    QCOMPARE(dbs12->size(), 5); // and "second db"
    QVERIFY(dbs12->at(0).localeProvider.isEmpty()); // before 15
    QVERIFY(dbs12->at(0).collationVersion.isEmpty());
    DatabaseInfo changed = dbs->at(0);
    changed.actualCollationVersion = QStringLiteral("2.41"); // Debian trixie's glibc
    QVERIFY(changed.collationMismatch());
}

void TestServerProbe::recordedRolesAndRules()
{
    DockerCli docker(fakeOptions({QStringLiteral("FAKE_PROBE=probe12")}));
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto roles = await<QList<RoleInfo>>([&](QObject *c, auto done) { probe.roles(c, done); });
    QVERIFY(roles);
    QCOMPARE(roles->size(), 2);
    QCOMPARE(roles->at(1).name, QStringLiteral("pguser"));
    QVERIFY(roles->at(1).superuser);
    QVERIFY(roles->at(1).canLogin);
    QCOMPARE(roles->at(1).password, PasswordKind::Md5);
    QCOMPARE(roles->at(0).name, QStringLiteral("ente_readonly"));
    QVERIFY(!roles->at(0).superuser);

    const auto rules = await<QList<HbaRule>>([&](QObject *c, auto done) { probe.hbaRules(c, done); });
    QVERIFY(rules);
    QCOMPARE(rules->size(), 7);
    const HbaRule *local = ServerProbe::findHbaRule(*rules, QStringLiteral("ente_db"), QStringLiteral("pguser"),
                                                    QStringLiteral("127.0.0.1"));
    QVERIFY(local);
    QCOMPARE(local->method, QStringLiteral("md5"));
    QCOMPARE(local->line, 90);
    const HbaRule *remote = ServerProbe::findHbaRule(*rules, QStringLiteral("ente_db"), QStringLiteral("pguser"), {});
    QVERIFY(remote);
    QCOMPARE(remote->line, 99);
    QCOMPARE(remote->address, QStringLiteral("all"));
    const HbaRule *v6 =
        ServerProbe::findHbaRule(*rules, QStringLiteral("ente_db"), QStringLiteral("pguser"), QStringLiteral("::1"));
    QVERIFY(v6);
    QCOMPARE(v6->method, QStringLiteral("trust"));

    DockerCli docker16(fakeOptions({QStringLiteral("FAKE_PROBE=probe16")}));
    ServerProbe probe16(&docker16, QStringLiteral("pg"),
                        Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto rules16 = await<QList<HbaRule>>([&](QObject *c, auto done) { probe16.hbaRules(c, done); });
    QVERIFY(rules16);
    QCOMPARE(ServerProbe::findHbaRule(*rules16, QStringLiteral("ente_db"), QStringLiteral("pguser"), {})->method,
             QStringLiteral("scram-sha-256"));
}

void TestServerProbe::hbaMatching_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("databases");
    QTest::addColumn<QString>("users");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("matches");
    QTest::newRow("local line never for TCP") << "local"
                                              << "all"
                                              << "all"
                                              << ""
                                              << ""
                                              << "127.0.0.1" << false;
    QTest::newRow("loopback /32") << "host"
                                  << "all"
                                  << "all"
                                  << "127.0.0.1"
                                  << "255.255.255.255"
                                  << "127.0.0.1" << true;
    QTest::newRow("loopback line, remote client") << "host"
                                                  << "all"
                                                  << "all"
                                                  << "127.0.0.1"
                                                  << "255.255.255.255"
                                                  << "" << false;
    QTest::newRow("all, remote client") << "host"
                                        << "all"
                                        << "all"
                                        << "all"
                                        << ""
                                        << "" << true;
    QTest::newRow("docker network /16") << "host"
                                        << "all"
                                        << "all"
                                        << "172.16.0.0"
                                        << "255.240.0.0"
                                        << "" << true;
    QTest::newRow("docker network, local client") << "host"
                                                  << "all"
                                                  << "all"
                                                  << "172.16.0.0"
                                                  << "255.240.0.0"
                                                  << "127.0.0.1" << false;
    QTest::newRow("samenet") << "host"
                             << "all"
                             << "all"
                             << "samenet"
                             << ""
                             << "" << true;
    QTest::newRow("other database") << "host"
                                    << "other"
                                    << "all"
                                    << "all"
                                    << ""
                                    << "" << false;
    QTest::newRow("named database") << "host"
                                    << "ente_db"
                                    << "all"
                                    << "all"
                                    << ""
                                    << "" << true;
    QTest::newRow("sameuser") << "host"
                              << "sameuser"
                              << "all"
                              << "all"
                              << ""
                              << "" << false;
    QTest::newRow("other user") << "host"
                                << "all"
                                << "museum"
                                << "all"
                                << ""
                                << "" << false;
    QTest::newRow("hostssl is not a plain TCP login") << "hostssl"
                                                      << "all"
                                                      << "all"
                                                      << "all"
                                                      << ""
                                                      << "" << false;
    QTest::newRow("hostnossl") << "hostnossl"
                               << "all"
                               << "all"
                               << "all"
                               << ""
                               << "" << true;
    QTest::newRow("replication only") << "host"
                                      << "replication"
                                      << "all"
                                      << "all"
                                      << ""
                                      << "" << false;
}

void TestServerProbe::hbaMatching()
{
    QFETCH(QString, type);
    QFETCH(QString, databases);
    QFETCH(QString, users);
    QFETCH(QString, address);
    QFETCH(QString, netmask);
    QFETCH(QString, client);
    QFETCH(bool, matches);
    HbaRule rule;
    rule.type = type;
    rule.databases = databases.split(u',');
    rule.users = users.split(u',');
    rule.address = address;
    rule.netmask = netmask;
    rule.method = QStringLiteral("md5");
    QCOMPARE(rule.matches(QStringLiteral("ente_db"), QStringLiteral("pguser"), client), matches);
}

void TestServerProbe::psqlFailures_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("database missing") << "psql-database-missing"
                                      << "database_missing"
                                      << "nosuch";
    QTest::newRow("role missing") << "psql-role-missing"
                                  << "role_missing"
                                  << "nobody";
    QTest::newRow("connection refused") << "psql-connection-refused"
                                        << "server_not_running"
                                        << "docker logs";
    QTest::newRow("md5 password wrong") << "psql-md5-password-wrong"
                                        << "auth_failed"
                                        << "POSTGRES_PASSWORD";
    QTest::newRow("scram line, md5 secret") << "psql-scram-md5-secret"
                                            << "auth_failed"
                                            << "POSTGRES_PASSWORD";
    QTest::newRow("no password") << "psql-no-password"
                                 << "auth_no_password"
                                 << "POSTGRES_PASSWORD";
    QTest::newRow("pg_dumpall too old") << "pg_dumpall-version-mismatch"
                                        << "dump_tool_too_old"
                                        << "15.18";
}

void TestServerProbe::psqlFailures()
{
    QFETCH(QString, recording);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Error error = ServerProbe::describePsqlFailure(failedRun(recording), QStringLiteral("ente_postgres_1"));
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.toString().contains(mentions), qPrintable(error.message.toString()));
    QVERIFY(error.message.toString().contains(QLatin1String("ente_postgres_1")));
    if (code == QLatin1String("dump_tool_too_old"))
        QVERIFY(error.message.toString().contains(QLatin1String("16.14")));

    // An SQL error: its text, and its line when psql read a file.
    ProcessResult sql;
    sql.outcome = ProcessResult::Outcome::ExitCode;
    sql.exitCode = 3;
    sql.lastErrorLines = {QStringLiteral("psql:<stdin>:4: ERROR:  relation \"nope\" does not exist"),
                          QStringLiteral("LINE 1: SELECT * FROM nope;")};
    const Error sqlError = ServerProbe::describePsqlFailure(sql, QStringLiteral("c"));
    QCOMPARE(sqlError.code, QStringLiteral("sql_error"));
    QCOMPARE(sqlError.line, 4);
    QVERIFY(sqlError.message.toString().contains(QLatin1String("relation \"nope\" does not exist")));
    // Not psql's: left to the runner's own message.
    ProcessResult other;
    other.outcome = ProcessResult::Outcome::Timeout;
    QVERIFY(ServerProbe::describePsqlFailure(other, QStringLiteral("c")).isNull());
}

void TestServerProbe::quoting()
{
    QCOMPARE(ServerProbe::quoteIdentifier(QStringLiteral("users")), QStringLiteral("users"));
    QCOMPARE(ServerProbe::quoteIdentifier(QStringLiteral("Login Events")), QStringLiteral("\"Login Events\""));
    QCOMPARE(ServerProbe::quoteIdentifier(QStringLiteral("user")), QStringLiteral("\"user\""));
    QCOMPARE(ServerProbe::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(ServerProbe::quoteLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    QCOMPARE(ServerProbe::quoteLiteral(QStringLiteral("a\\b")), QStringLiteral("E'a\\\\b'"));
    TableRowCount t{QStringLiteral("Audit"), QStringLiteral("Login Events"), 4};
    QCOMPARE(t.qualifiedName(), QStringLiteral("\"Audit\".\"Login Events\""));
}

void TestServerProbe::scramStoredKey()
{
    // A secret Postgres 16 stored for the password "pgpass" (SCRAM-SHA-256$4096:salt$StoredKey:ServerKey).
    const QByteArray salt = "cYTDnfrIkrUIt4BXF7pUgQ==";
    QCOMPARE(ServerProbe::scramStoredKey(QStringLiteral("pgpass"), salt, 4096),
             QByteArray("gpTUveek+rZiQUD80Pm45UuDEA2driepoXa2ftzQOiU="));
    QVERIFY(ServerProbe::scramStoredKey(QStringLiteral("wrong"), salt, 4096) !=
            QByteArray("gpTUveek+rZiQUD80Pm45UuDEA2driepoXa2ftzQOiU="));
}

void TestServerProbe::databasesSqlPerVersion()
{
    QVERIFY(!ServerProbe::databasesSql(12).contains(QLatin1String("datlocprovider")));
    QVERIFY(ServerProbe::databasesSql(15).contains(QLatin1String("daticulocale")));
    QVERIFY(ServerProbe::databasesSql(16).contains(QLatin1String("pg_database_collation_actual_version")));
    QVERIFY(ServerProbe::databasesSql(17).contains(QLatin1String("datlocale")));
    QVERIFY(!ServerProbe::databasesSql(17).contains(QLatin1String("daticulocale")));
}

void TestServerProbe::queriesThroughDocker()
{
    DockerCli docker(fakeOptions());
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto counts =
        await<DatabaseRowCounts>([&](QObject *c, auto done) { probe.tableCounts(QStringLiteral("ente_db"), c, done); });
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message.toString()));
    QCOMPARE(counts->tables.size(), 2);
    QCOMPARE(counts->tables.at(0).table, QStringLiteral("files"));
    QCOMPARE(counts->tables.at(0).rows, 120);
    QCOMPARE(counts->tables.at(1).rows, 40);
    QCOMPARE(counts->rows(), 160);

    const auto data = await<DataDirectory>([&](QObject *c, auto done) { probe.dataDirectory(c, done); });
    QVERIFY(data);
    QCOMPARE(data->path(), QStringLiteral("/var/lib/postgresql/data"));
    QCOMPARE(data->major, 12);

    const auto snapshot = await<ServerSnapshot>([&](QObject *c, auto done) { probe.snapshot(c, done); });
    QVERIFY(snapshot);
    QCOMPARE(snapshot->version.major, 12);
    QCOMPARE(snapshot->passwordEncryption, QStringLiteral("md5"));
    QCOMPARE(snapshot->roles.size(), 2);
    QCOMPARE(snapshot->hbaRules.size(), 7);
    QVERIFY(snapshot->warnings.isEmpty());
    qint64 sum = 0;
    for (const DatabaseInfo &db : snapshot->databases) {
        if (db.name != QLatin1String("template0"))
            sum += db.sizeBytes;
    }
    QCOMPARE(snapshot->totalSize(), sum);

    const auto tool =
        await<ServerVersion>([&](QObject *c, auto done) { probe.toolVersion(QStringLiteral("pg_dumpall"), c, done); });
    QVERIFY(tool);
    QCOMPARE(tool->major, 15);
}

void TestServerProbe::extensionsInstallUserAndRefresh()
{
    DockerCli docker(
        fakeOptions({QStringLiteral("FAKE_DB_SIZE=1000"), QStringLiteral("FAKE_EXTRA_DATABASE=Archive 2019"),
                     QStringLiteral("FAKE_EXTENSIONS=ente_db=plpgsql,vector Archive=x"),
                     QStringLiteral("FAKE_INSTALL_USER=postgres"), QStringLiteral("FAKE_REFRESH_FAIL=postgres")}));
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto snapshot = await<ServerSnapshot>([&](QObject *c, auto done) { probe.snapshot(c, done); });
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message.toString()));
    QVERIFY2(snapshot->warnings.isEmpty(), qPrintable(toStringList(snapshot->warnings).join(u'\n')));
    QCOMPARE(snapshot->installUser, QStringLiteral("postgres"));
    QMap<QString, QStringList> extensions;
    for (const DatabaseInfo &db : snapshot->databases)
        extensions.insert(db.name, db.extensions);
    QCOMPARE(extensions.value(QStringLiteral("ente_db")), (QStringList{"plpgsql", "vector"}));
    QCOMPARE(extensions.value(QStringLiteral("Archive 2019")), QStringList{"plpgsql"});
    QCOMPARE(extensions.value(QStringLiteral("template1")), QStringList{"plpgsql"});
    QVERIFY(extensions.value(QStringLiteral("template0")).isEmpty()); // accepts no connections: not asked
    // Each database was asked in itself, by name (with its space as one argument).
    QFile file(m_dir.filePath(QStringLiteral("docker.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(file.readAll());
    QVERIFY(log.contains(QLatin1String(" -d Archive 2019 -f -")));
    QVERIFY(!log.contains(QLatin1String(" -d template0 ")));

    const auto refreshed =
        await<bool>([&](QObject *c, auto done) { probe.refreshCollationVersion(QStringLiteral("ente_db"), c, done); });
    QVERIFY(refreshed);
    const auto refused =
        await<bool>([&](QObject *c, auto done) { probe.refreshCollationVersion(QStringLiteral("postgres"), c, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("sql_error"));
    QVERIFY(refused.error().message.toString().contains(QLatin1String("must be owner of database postgres")));
    QCOMPARE(ServerProbe::refreshCollationSql(QStringLiteral("Archive \"2019\"")),
             QStringLiteral("ALTER DATABASE \"Archive \"\"2019\"\"\" REFRESH COLLATION VERSION;"));
}

void TestServerProbe::passwordIsPassedByName()
{
    const QString log = m_dir.filePath(QStringLiteral("docker.log"));
    QFile::remove(log);
    DockerCli docker(fakeOptions());
    ServerProbe probe(
        &docker, QStringLiteral("pg"),
        Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), QStringLiteral("s3cret-pw"), {}});
    QSignalSpy started(&docker, &DockerCli::commandStarted);
    const auto version = await<ServerVersion>([&](QObject *c, auto done) { probe.serverVersion(c, done); });
    QVERIFY(version);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The value reaches the child through its environment; the command line names the variable only.
    QVERIFY(text.contains(QLatin1String("ENV PGPASSWORD=s3cret-pw")));
    QVERIFY(text.contains(QLatin1String("-e PGPASSWORD ")));
    const QStringList argumentLines = text.split(u'\n').filter(QStringLiteral(">>> "));
    QVERIFY(!argumentLines.join(u'\n').contains(QLatin1String("s3cret-pw")));
    QCOMPARE(started.size(), 1);
    QVERIFY(!started.first().first().toString().contains(QLatin1String("s3cret-pw")));
}

void TestServerProbe::passwordFileIsReadInTheContainer()
{
    const QString log = m_dir.filePath(QStringLiteral("docker.log"));
    QFile::remove(log);
    DockerCli docker(fakeOptions());
    ServerProbe probe(
        &docker, QStringLiteral("pg"),
        Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, QStringLiteral("/run/secrets/pg")});
    const auto version = await<ServerVersion>([&](QObject *c, auto done) { probe.serverVersion(c, done); });
    QVERIFY2(version, qPrintable(version ? QString() : version.error().message.toString()));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("EDM_PGPASSWORD_FILE=/run/secrets/pg")));
    QVERIFY(text.contains(QLatin1String(" sh -c ")));
    QVERIFY(text.contains(QLatin1String("ENV PGPASSWORD=<unset>")));
}

void TestServerProbe::containerNotRunning()
{
    DockerCli docker(fakeOptions({QStringLiteral("FAKE_EXEC_FAIL=docker28-exec-not-running")}));
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    const auto version = await<ServerVersion>([&](QObject *c, auto done) { probe.serverVersion(c, done); });
    QVERIFY(!version);
    QCOMPARE(version.error().code, QStringLiteral("container_not_running"));
}

void TestServerProbe::waitUntilReadyTimesOut()
{
    // pg_isready keeps saying "no response": the wait ends with server_not_ready, not before its time is up.
    DockerCli docker(fakeOptions({QStringLiteral("FAKE_ISREADY=2")}));
    ServerProbe probe(&docker, QStringLiteral("pg"),
                      Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, {}});
    std::optional<Status> status;
    probe.waitUntilReady(
        600, this, [&status](const Status &s) { status = s; }, 100);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(!status->ok());
    QCOMPARE(status->error().code, QStringLiteral("server_not_ready"));

    DockerCli ready(fakeOptions({QStringLiteral("FAKE_ISREADY=0")}));
    ServerProbe readyProbe(&ready, QStringLiteral("pg"), Credentials{});
    std::optional<Status> ok;
    readyProbe.waitUntilReady(5000, this, [&ok](const Status &s) { ok = s; });
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000);
    QVERIFY(ok->ok());

    // A container that stopped: at once, with its exit code.
    DockerCli stopped(fakeOptions({QStringLiteral("FAKE_EXEC_FAIL=docker28-exec-not-running"),
                                   QStringLiteral("FAKE_INSPECT=docker-inspect-exited")}));
    ServerProbe stoppedProbe(&stopped, QStringLiteral("pg"), Credentials{});
    std::optional<Status> dead;
    stoppedProbe.waitUntilReady(60000, this, [&dead](const Status &s) { dead = s; });
    QTRY_VERIFY_WITH_TIMEOUT(dead.has_value(), 20000);
    QVERIFY(!dead->ok());
    QCOMPARE(dead->error().code, QStringLiteral("container_exited"));
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
