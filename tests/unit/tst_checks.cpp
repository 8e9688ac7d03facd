// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Checks.h"

#include <QTest>

using namespace edm;
using R = MigrationReport::CheckResult;

class tst_Checks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordHashes_data();
    void passwordHashes();
    void collation_data();
    void collation();
    void collationVersions();
    void collationAfterReindex();
    void reindexRan();
    void collationRefreshed();
    void oneShot();
    void extensions_data();
    void extensions();
    void contribList();
    void databaseNames_data();
    void databaseNames();
    void installUser_data();
    void installUser();
    void guardBlockers();
    void baseSystem_data();
    void baseSystem();
    void serviceWarnings();
    void serverVersion_data();
    void serverVersion();
    void imageAndData();
    void backupSpace();
    void lockFile();
    void newVolume();
    void rowCounts();
    void roles();
    void verifyVersion();
};

static RoleInfo role(const QString &name, PasswordKind password, bool login = true)
{
    RoleInfo r;
    r.name = name;
    r.canLogin = login;
    r.password = password;
    return r;
}

static DatabaseInfo database(const QString &name, const QString &collate, const QString &provider = {})
{
    DatabaseInfo db;
    db.name = name;
    db.collate = collate;
    db.ctype = collate;
    db.localeProvider = provider;
    return db;
}

void tst_Checks::passwordHashes_data()
{
    QTest::addColumn<QList<RoleInfo>>("roles");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment"); // in detail + fix
    using P = PasswordKind;
    const QList<RoleInfo> rig{role("pguser", P::Md5), role("ente_readonly", P::Md5), role("nologin", P::Md5, false)};
    QTest::newRow("pgautoupgrade keeps md5 hba")
        << rig << 16 << false << int(R::Warn) << "SET password_encryption = 'scram-sha-256';\n\\password pguser";
    QTest::newRow("dump-restore: other roles") << rig << 16 << true << int(R::Warn) << "\\password ente_readonly";
    QTest::newRow("dump-restore: only the service user") << QList<RoleInfo>{role("pguser", P::Md5), role("r", P::Scram)}
                                                         << 16 << true << int(R::Pass) << "stores its password";
    QTest::newRow("all scram") << QList<RoleInfo>{role("pguser", P::Scram)} << 16 << false << int(R::Pass) << "No role";
    QTest::newRow("target 13 accepts md5") << rig << 13 << true << int(R::Pass) << "No role";
    QTest::newRow("quoted role name") << QList<RoleInfo>{role("Ente User", P::Md5)} << 16 << false << int(R::Warn)
                                      << "\\password \"Ente User\"";
}

void tst_Checks::passwordHashes()
{
    QFETCH(QList<RoleInfo>, roles);
    QFETCH(int, target);
    QFETCH(bool, fresh);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    const MigrationReport::Check check = Checks::passwordHashes(roles, target, fresh, QStringLiteral("pguser"));
    QCOMPARE(check.id, QStringLiteral("md5_passwords"));
    QCOMPARE(int(check.result), result);
    QVERIFY2((check.detail.toString() + check.fixText()).contains(fragment),
             qPrintable(check.detail.toString() + " | " + check.fixText()));
    QVERIFY(!check.detail.toString().contains(QStringLiteral("nologin")));
    if (check.result == R::Warn) {
        QVERIFY(check.fix.toString().contains(QStringLiteral("ALTER ROLE")));
        // The statements are behind "Show commands", one a line; the fix is the sentence.
        QVERIFY2(check.commands.startsWith(QStringLiteral("SET password_encryption = 'scram-sha-256';\n\\password ")),
                 qPrintable(check.commands));
        QVERIFY(!check.fix.toString().contains(QStringLiteral("\\password")));
    }
}

void tst_Checks::collation_data()
{
    QTest::addColumn<QList<DatabaseInfo>>("databases");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment");
    const QList<DatabaseInfo> libc{database("ente_db", "en_US.utf8"), database("template0", "en_US.utf8")};
    const QList<DatabaseInfo> bytes{database("ente_db", "C.UTF-8"), database("postgres", "C")};
    QTest::newRow("bookworm to trixie") << libc << "postgres:12"
                                        << "postgres:16" << int(R::Warn) << "trixie";
    QTest::newRow("alpine to debian") << libc << "postgres:12-alpine"
                                      << "postgres:16" << int(R::Warn) << "musl";
    QTest::newRow("debian to alpine") << libc << "postgres:12"
                                      << "postgres:16-alpine" << int(R::Warn) << "musl";
    QTest::newRow("same release") << libc << "postgres:12-bookworm"
                                  << "postgres:16-bookworm" << int(R::Pass) << "bookworm";
    QTest::newRow("alpine both") << libc << "postgres:12-alpine"
                                 << "postgres:16-alpine" << int(R::Pass) << "alpine";
    QTest::newRow("C locales") << bytes << "postgres:12-alpine"
                               << "postgres:16" << int(R::Pass) << "byte order";
    QTest::newRow("icu") << QList<DatabaseInfo>{database("ente_db", "en-US", "icu")} << "postgres:15"
                         << "postgres:16-alpine" << int(R::Pass) << "ICU";
    QTest::newRow("unknown tag") << libc << "postgres:latest"
                                 << "postgres:16" << int(R::Warn) << "do not say";
}

void tst_Checks::collation()
{
    QFETCH(QList<DatabaseInfo>, databases);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    const MigrationReport::Check check = Checks::collation(databases, ImageRef::parse(source), ImageRef::parse(target));
    QCOMPARE(int(check.result), result);
    QVERIFY2(check.detail.toString().contains(fragment), qPrintable(check.detail));
    if (check.result == R::Warn) {
        QVERIFY(check.commands.contains(QStringLiteral("REINDEX DATABASE ente_db;")));
        QVERIFY(check.commands.contains(QStringLiteral("ALTER DATABASE ente_db REFRESH COLLATION VERSION;")));
        QVERIFY2(!check.fix.toString().contains(QStringLiteral("REINDEX DATABASE")), qPrintable(check.fix));
        QVERIFY(!check.detail.toString().contains(QStringLiteral("template0"))); // pg_dumpall does not dump it
    }
}

void tst_Checks::collationVersions()
{
    DatabaseInfo same = database("postgres", "en_US.utf8");
    same.collationVersion = same.actualCollationVersion = QStringLiteral("2.41");
    DatabaseInfo changed = database("Ente DB", "en_US.utf8");
    changed.collationVersion = QStringLiteral("2.36");
    changed.actualCollationVersion = QStringLiteral("2.41");
    const MigrationReport::Check warn = Checks::collationVersions({same, changed});
    QCOMPARE(warn.id, QStringLiteral("verify_collation"));
    QCOMPARE(warn.result, R::Warn);
    QVERIFY(warn.detail.toString().contains(QStringLiteral("Ente DB (recorded 2.36, now 2.41)")));
    QVERIFY(!warn.detail.toString().contains(QStringLiteral("postgres")));
    QVERIFY(warn.commands.contains(QStringLiteral("REINDEX DATABASE \"Ente DB\"; ALTER DATABASE \"Ente DB\" REFRESH "
                                                  "COLLATION VERSION;")));
    QCOMPARE(Checks::collationVersions({same}).result, R::Pass);
    const MigrationReport::Check unknown = Checks::collationVersions({database("ente_db", "C")});
    QCOMPARE(unknown.result, R::Pass);
    QVERIFY(unknown.detail.toString().contains(QStringLiteral("no collation versions")));
}

static DatabaseInfo withVersions(const QString &name, const QString &recorded, const QString &actual,
                                 bool allowConnections = true)
{
    DatabaseInfo db = database(name, "en_US.utf8");
    db.collationVersion = recorded;
    db.actualCollationVersion = actual;
    db.allowConnections = allowConnections;
    return db;
}

static PostgresService serviceWith(const QVariant &environment)
{
    PostgresService service;
    service.name = QStringLiteral("postgres");
    service.config.insert(QStringLiteral("environment"), environment);
    return service;
}

void tst_Checks::collationAfterReindex()
{
    const QList<DatabaseInfo> databases{
        withVersions("Archive \"2019\"", "2.36", "2.41"),
        withVersions("ente_db", "2.36", "2.41"),
        withVersions("postgres", "2.36", "2.41"),
        withVersions("template0", QString(), "2.41", false), // records none, accepts no connections
        withVersions("template1", "2.36", "2.41"),
        withVersions("fresh", "2.41", "2.41")};
    QCOMPARE(Checks::collationMismatches(databases),
             (QStringList{"Archive \"2019\"", "ente_db", "postgres", "template1"}));

    // After a reindex only the recorded version is left: REFRESH alone, every name quoted.
    const MigrationReport::Check reindexed = Checks::collationVersions(databases, true);
    QCOMPARE(reindexed.result, R::Warn);
    QVERIFY2(!reindexed.fixText().contains(QStringLiteral("REINDEX")), qPrintable(reindexed.fixText()));
    QVERIFY2(
        reindexed.commands.contains(QStringLiteral("ALTER DATABASE \"Archive \"\"2019\"\"\" REFRESH COLLATION "
                                                   "VERSION;\nALTER DATABASE \"ente_db\" REFRESH COLLATION VERSION;")),
        qPrintable(reindexed.commands));
    QVERIFY(reindexed.commands.contains(QStringLiteral("ALTER DATABASE \"template1\" REFRESH COLLATION VERSION;")));
    QCOMPARE(reindexed.fix, Checks::psqlSentence());

    // Without one (PGAUTO_REINDEX=no): REINDEX, then REFRESH, per database.
    const MigrationReport::Check plain = Checks::collationVersions(databases, false);
    QCOMPARE(plain.result, R::Warn);
    QVERIFY(plain.detail.toString().contains(QStringLiteral("PGAUTO_REINDEX=no")));
    QVERIFY2(
        plain.commands.contains(QStringLiteral("REINDEX DATABASE ente_db; ALTER DATABASE ente_db REFRESH COLLATION "
                                               "VERSION;\nREINDEX DATABASE postgres; ALTER DATABASE postgres "
                                               "REFRESH COLLATION VERSION;\nREINDEX DATABASE template1;")),
        qPrintable(plain.commands));
    QCOMPARE(plain.fix, Checks::collationFixSentence());

    QCOMPARE(ServerProbe::refreshCollationSql(QStringLiteral("a\"b")),
             QStringLiteral("ALTER DATABASE \"a\"\"b\" REFRESH COLLATION VERSION;"));
}

void tst_Checks::reindexRan()
{
    QVERIFY(Checks::reindexRan(serviceWith({}), false));
    QVERIFY(Checks::reindexRan(serviceWith(QVariantMap{{"PGAUTO_REINDEX", "yes"}}), false));
    QVERIFY(!Checks::reindexRan(serviceWith(QVariantMap{{"PGAUTO_REINDEX", "no"}}), false));
    QVERIFY(!Checks::reindexRan(serviceWith(QVariantList{"POSTGRES_USER=pguser", "PGAUTO_REINDEX=no"}), false));
    // dump-restore builds fresh indexes whatever the variable says.
    QVERIFY(Checks::reindexRan(serviceWith(QVariantMap{{"PGAUTO_REINDEX", "no"}}), true));
}

void tst_Checks::collationRefreshed()
{
    const MigrationReport::Check done = Checks::collationRefreshed({"ente_db", "postgres", "template1"});
    QCOMPARE(done.id, QStringLiteral("verify_collation"));
    QCOMPARE(done.result, R::Pass);
    QCOMPARE(done.detail, QStringLiteral("Collation versions refreshed: ente_db, postgres, template1"));

    const MigrationReport::Check partly =
        Checks::collationRefreshed({"ente_db"}, {"template1"}, QStringLiteral("must be owner of database template1"));
    QCOMPARE(partly.result, R::Warn);
    QVERIFY(partly.detail.toString().startsWith(QStringLiteral("Collation versions refreshed: ente_db. ")));
    QVERIFY(partly.detail.toString().contains(QStringLiteral("must be owner of database template1")));
    QVERIFY(partly.commands.contains(QStringLiteral("ALTER DATABASE \"template1\" REFRESH COLLATION VERSION;")));

    const MigrationReport::Check declined = Checks::collationRefreshDeclined({"ente_db"});
    QCOMPARE(declined.result, R::Warn);
    QVERIFY(declined.commands.contains(QStringLiteral("ALTER DATABASE \"ente_db\" REFRESH COLLATION VERSION;")));
    QVERIFY(!declined.fixText().contains(QStringLiteral("REINDEX")));
}

void tst_Checks::oneShot()
{
    QVERIFY(!Checks::oneShot(serviceWith({}), false));
    QVERIFY(!Checks::oneShot(serviceWith(QVariantMap{{"PGAUTO_ONESHOT", "no"}}), false));
    const auto map = Checks::oneShot(serviceWith(QVariantMap{{"PGAUTO_ONESHOT", "yes"}}), false);
    QVERIFY(map);
    QCOMPARE(map->id, QStringLiteral("oneshot"));
    QCOMPARE(map->result, R::Pass);
    QVERIFY(map->detail.toString().contains(QStringLiteral("exits once the upgrade has finished")));
    QVERIFY(map->detail.toString().contains(QStringLiteral("starts the final image itself")));
    QVERIFY(Checks::oneShot(serviceWith(QVariantList{"PGAUTO_ONESHOT=yes"}), false));
    // dump-restore does not run pgautoupgrade.
    QVERIFY(!Checks::oneShot(serviceWith(QVariantMap{{"PGAUTO_ONESHOT", "yes"}}), true));
    const PostgresService list = serviceWith(QVariantList{"A=1", "B", "C=x=y"});
    QCOMPARE(Checks::environmentValue(list, QStringLiteral("C")), QStringLiteral("x=y"));
    QCOMPARE(Checks::environmentValue(list, QStringLiteral("A")), QStringLiteral("1"));
    QVERIFY(Checks::environmentValue(list, QStringLiteral("B")).isEmpty()); // from the environment: unknown here
}

static DatabaseInfo withExtensions(const QString &name, const QStringList &extensions)
{
    DatabaseInfo db = database(name, "en_US.utf8");
    db.extensions = extensions;
    return db;
}

void tst_Checks::extensions_data()
{
    QTest::addColumn<QList<DatabaseInfo>>("databases");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("dumpRestore");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment");
    const QList<DatabaseInfo> contrib{withExtensions("ente_db", {"plpgsql", "pg_trgm", "uuid-ossp", "pgcrypto"}),
                                      withExtensions("postgres", {"plpgsql"})};
    const QList<DatabaseInfo> vector{withExtensions("ente_db", {"plpgsql", "vector"}),
                                     withExtensions("immich", {"plpgsql", "vectors", "earthdistance", "cube"})};
    QTest::newRow("contrib only") << contrib << 16 << false << int(R::Pass) << "contrib";
    QTest::newRow("pgvector, pgautoupgrade")
        << vector << 16 << false << int(R::Fail) << "vector in ente_db, vectors in immich: not part";
    QTest::newRow("pgvector, dump-restore") << vector << 16 << true << int(R::Fail) << "postgres:16 image";
    QTest::newRow("adminpack to 16") << QList<DatabaseInfo>{withExtensions("postgres", {"adminpack"})} << 16 << false
                                     << int(R::Pass) << "contrib";
    QTest::newRow("adminpack to 17") << QList<DatabaseInfo>{withExtensions("postgres", {"adminpack"})} << 17 << false
                                     << int(R::Fail) << "adminpack in postgres";
    QTest::newRow("plperl") << QList<DatabaseInfo>{withExtensions("ente_db", {"plperl"})} << 16 << false << int(R::Fail)
                            << "plperl in ente_db";
}

void tst_Checks::extensions()
{
    QFETCH(QList<DatabaseInfo>, databases);
    QFETCH(int, target);
    QFETCH(bool, dumpRestore);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    const MigrationReport::Check check = Checks::extensions(databases, target, dumpRestore);
    QCOMPARE(check.id, QStringLiteral("extensions"));
    QCOMPARE(int(check.result), result);
    QVERIFY2(check.detail.toString().contains(fragment), qPrintable(check.detail));
    if (check.result == R::Fail) {
        QVERIFY2(check.fix.toString().contains(QStringLiteral("its own upgrade path")), qPrintable(check.fix));
        QVERIFY2(check.commands.contains(QStringLiteral("DROP EXTENSION")), qPrintable(check.commands));
        QVERIFY2(!check.fix.toString().contains(QStringLiteral("DROP EXTENSION")), qPrintable(check.fix));
        QVERIFY(!Checks::blocker(check).isEmpty());
    } else {
        QVERIFY(check.fix.isEmpty());
    }
}

void tst_Checks::contribList()
{
    for (const char *name : {"adminpack",
                             "amcheck",
                             "autoinc",
                             "bloom",
                             "btree_gin",
                             "btree_gist",
                             "citext",
                             "cube",
                             "dblink",
                             "dict_int",
                             "dict_xsyn",
                             "earthdistance",
                             "file_fdw",
                             "fuzzystrmatch",
                             "hstore",
                             "insert_username",
                             "intagg",
                             "intarray",
                             "isn",
                             "lo",
                             "ltree",
                             "moddatetime",
                             "old_snapshot",
                             "pageinspect",
                             "pg_buffercache",
                             "pg_freespacemap",
                             "pg_prewarm",
                             "pg_stat_statements",
                             "pg_surgery",
                             "pg_trgm",
                             "pg_visibility",
                             "pg_walinspect",
                             "pgcrypto",
                             "pgrowlocks",
                             "pgstattuple",
                             "plpgsql",
                             "postgres_fdw",
                             "refint",
                             "seg",
                             "sslinfo",
                             "tablefunc",
                             "tcn",
                             "tsm_system_rows",
                             "tsm_system_time",
                             "unaccent",
                             "uuid-ossp",
                             "xml2"}) {
        QVERIFY2(Checks::isContribExtension(QString::fromLatin1(name), 16), name);
    }
    for (const char *name : {"vector", "vchord", "vectors", "postgis", "timescaledb", "plpython3u", "pg_cron", ""})
        QVERIFY2(!Checks::isContribExtension(QString::fromLatin1(name), 16), name);
    QVERIFY(!Checks::isContribExtension(QStringLiteral("old_snapshot"), 17));
    QVERIFY(Checks::isContribExtension(QStringLiteral("pg_walinspect"), 18));
}

void tst_Checks::databaseNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("dumpRestore");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("plain") << QStringList{"ente_db", "postgres", "template1"} << false << int(R::Pass) << "No database";
    QTest::newRow("space") << QStringList{"ente_db", "Archive 2019"} << false << int(R::Fail) << "\"Archive 2019\"";
    QTest::newRow("tab") << QStringList{"a\tb"} << false << int(R::Fail) << "whitespace";
    QTest::newRow("no-break space") << QStringList{QString::fromUtf8("x\u00a0y")} << false << int(R::Fail)
                                    << "whitespace";
    QTest::newRow("dump-restore handles them") << QStringList{"Archive 2019"} << true << int(R::Pass) << "psql";
}

void tst_Checks::databaseNames()
{
    QFETCH(QStringList, names);
    QFETCH(bool, dumpRestore);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    QList<DatabaseInfo> databases;
    for (const QString &name : std::as_const(names))
        databases.append(database(name, "C"));
    const MigrationReport::Check check = Checks::databaseNames(databases, dumpRestore);
    QCOMPARE(check.id, QStringLiteral("database_names"));
    QCOMPARE(int(check.result), result);
    QVERIFY2(check.detail.toString().contains(fragment), qPrintable(check.detail));
    if (check.result == R::Fail) {
        QVERIFY(check.detail.toString().contains(QStringLiteral("post-upgrade loop")));
        QVERIFY2(check.fix.toString().contains(QStringLiteral("--method dump-restore")), qPrintable(check.fix));
        QVERIFY(check.fix.toString().contains(QStringLiteral("Use dump-restore instead")));
    }
}

void tst_Checks::installUser_data()
{
    QTest::addColumn<QString>("install");
    QTest::addColumn<bool>("dumpRestore");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("same") << "pguser" << false << int(R::Pass) << "is the cluster's install user";
    QTest::newRow("other") << "postgres" << false << int(R::Fail) << "database user is not the install user";
    QTest::newRow("other, dump-restore") << "postgres" << true << int(R::Pass) << "the restore brings postgres";
    QTest::newRow("unknown") << "" << false << int(R::Warn) << "could not be read";
}

void tst_Checks::installUser()
{
    QFETCH(QString, install);
    QFETCH(bool, dumpRestore);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    const MigrationReport::Check check = Checks::installUser(install, QStringLiteral("pguser"), dumpRestore);
    QCOMPARE(check.id, QStringLiteral("install_user"));
    QCOMPARE(int(check.result), result);
    QVERIFY2(check.detail.toString().contains(fragment), qPrintable(check.detail));
    if (check.result == R::Fail) {
        QVERIFY(check.fix.toString().startsWith(QStringLiteral("Set POSTGRES_USER to postgres")));
        QVERIFY(check.fix.toString().contains(QStringLiteral("--method dump-restore")));
    }
}

void tst_Checks::guardBlockers()
{
    QCOMPARE(Checks::blocker(Checks::databaseNames({database("a b", "C")}, false)),
             QStringLiteral("database names with whitespace, which pgautoupgrade cannot handle"));
    QCOMPARE(Checks::blocker(Checks::installUser(QStringLiteral("postgres"), QStringLiteral("pguser"), false)),
             QStringLiteral("POSTGRES_USER is not the cluster's install user"));
    QCOMPARE(Checks::blocker(Checks::extensions({withExtensions("ente_db", {"vector"})}, 16, false)),
             QStringLiteral("extensions that the upgrade image does not carry"));
    QVERIFY(Checks::blocker(Checks::databaseNames({database("a b", "C")}, true)).isEmpty());
}

void tst_Checks::baseSystem_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("system");
    QTest::newRow("12") << "postgres:12"
                        << "bookworm";
    QTest::newRow("16") << "postgres:16"
                        << "trixie";
    QTest::newRow("16.4") << "postgres:16.4"
                          << "trixie";
    QTest::newRow("15 bookworm") << "postgres:15-bookworm"
                                 << "bookworm";
    QTest::newRow("alpine") << "postgres:16-alpine3.20"
                            << "alpine";
    QTest::newRow("pgautoupgrade") << "pgautoupgrade/pgautoupgrade:16-bookworm"
                                   << "bookworm";
    QTest::newRow("latest") << "postgres"
                            << "";
}

void tst_Checks::baseSystem()
{
    QFETCH(QString, image);
    QFETCH(QString, system);
    QCOMPARE(Checks::baseSystem(ImageRef::parse(image)), system);
}

void tst_Checks::serviceWarnings()
{
    PostgresService service;
    service.name = QStringLiteral("postgres");
    service.pgdata = QStringLiteral("/var/lib/postgresql/data");
    QVERIFY(!Checks::healthcheck(service));
    QVERIFY(!Checks::pgdata(service));

    service.healthcheck = true;
    const auto health = Checks::healthcheck(service);
    QVERIFY(health);
    QCOMPARE(health->result, R::Warn);
    QVERIFY(health->detail.toString().contains(QStringLiteral("pgautoupgrade asks for none")));

    service.pgdata = QStringLiteral("/var/lib/postgresql/data/pgdata");
    VolumeMount mount;
    mount.source = QStringLiteral("pg");
    mount.target = QStringLiteral("/var/lib/postgresql/data");
    service.volume = mount;
    const auto pgdata = Checks::pgdata(service);
    QVERIFY(pgdata);
    QCOMPARE(pgdata->result, R::Warn);
    QVERIFY(pgdata->detail.toString().contains(
        QStringLiteral("a sub-folder of the volume mounted on /var/lib/postgresql/data")));
    service.pgdata = QStringLiteral("/data");
    QVERIFY(Checks::pgdata(service)->detail.toString().contains(QStringLiteral("not the image's default")));
}

void tst_Checks::serverVersion_data()
{
    QTest::addColumn<QString>("num");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("12 to 16") << "120022"
                              << "postgres:12" << 16 << int(R::Pass) << "PostgreSQL 12.22 → 16";
    QTest::newRow("already 16") << "160004"
                                << "postgres:16" << 16 << int(R::Fail) << "already runs PostgreSQL 16.4";
    QTest::newRow("newer than target") << "170002"
                                       << "postgres:12" << 16 << int(R::Fail) << "already runs";
    QTest::newRow("tag disagrees (not postgres family)")
        << "120022"
        << "example/db:14" << 16 << int(R::Warn) << "while the image tag says 14";
}

void tst_Checks::serverVersion()
{
    QFETCH(QString, num);
    QFETCH(QString, image);
    QFETCH(int, target);
    QFETCH(int, result);
    QFETCH(QString, fragment);
    const MigrationReport::Check check =
        Checks::serverVersion(ServerVersion::fromNumber(num), ImageRef::parse(image), target);
    QCOMPARE(check.id, QStringLiteral("server_version"));
    QCOMPARE(int(check.result), result);
    QVERIFY2(check.detail.toString().contains(fragment), qPrintable(check.detail));
    QCOMPARE(Checks::blocker(check), QString()); // the preflight words this blocker itself (it names the version)
}

void tst_Checks::imageAndData()
{
    PostgresService service;
    service.image = QStringLiteral("postgres:15");
    service.ref = ImageRef::parse(service.image);
    QVERIFY(!Checks::imageAndData(service, 15, QStringLiteral("compose.yaml")));
    QVERIFY(!Checks::imageAndData(service, 0, QStringLiteral("compose.yaml"))); // unknown data version
    QVERIFY(!Checks::imageAndData(service, 12, QStringLiteral("compose.yaml"))); // older data is what we migrate
    const auto trap = Checks::imageAndData(service, 16, QStringLiteral("compose.yaml"));
    QVERIFY(trap);
    QCOMPARE(trap->id, QStringLiteral("downgrade"));
    QCOMPARE(trap->result, R::Fail);
    QVERIFY(trap->detail.toString().contains(QStringLiteral("PostgreSQL 16 but the compose file names postgres:15")));
    QVERIFY(trap->fix.toString().contains(QStringLiteral("postgres:16 in compose.yaml")));
    QCOMPARE(Checks::blocker(*trap), QStringLiteral("the compose image is older than the data"));
}

void tst_Checks::backupSpace()
{
    const qint64 MiB = 1024 * 1024;
    const auto enough = Checks::backupSpace(100 * MiB, 121 * MiB, QStringLiteral("/backups"));
    QCOMPARE(enough.result, R::Pass);
    QCOMPARE(Checks::blocker(enough), QString());
    const auto tight = Checks::backupSpace(100 * MiB, 119 * MiB, QStringLiteral("/backups"));
    QCOMPARE(tight.result, R::Fail);
    QVERIFY2(tight.detail.toString().contains(QStringLiteral("/backups")), qPrintable(tight.detail));
    QCOMPARE(Checks::blocker(tight), QStringLiteral("not enough space for the backup"));
    // A folder that does not exist (or cannot be asked) is no pass with "-1 bytes free".
    const auto missing = Checks::backupSpace(100 * MiB, -1, QStringLiteral("/no/such/folder"));
    QCOMPARE(missing.result, R::Fail);
    QVERIFY(!missing.detail.toString().contains(QStringLiteral("-1")));
    QVERIFY(missing.detail.toString().contains(QStringLiteral("does not exist")));
}

void tst_Checks::lockFile()
{
    const QString path = QStringLiteral("/var/lib/postgresql/data/upgrade_in_progress.lock");
    const auto present = Checks::lockFile(Checks::LockFile::Present, path, QStringLiteral("postgres"));
    QCOMPARE(present.result, R::Fail);
    QCOMPARE(present.commands, QStringLiteral("docker compose exec postgres rm ") + path);
    QVERIFY(!present.fix.toString().contains(path));
    QCOMPARE(Checks::blocker(present), QStringLiteral("a pgautoupgrade lock file is left in the data folder"));
    QCOMPARE(Checks::lockFile(Checks::LockFile::Absent, path, QStringLiteral("postgres")).result, R::Pass);
    const auto unknown =
        Checks::lockFile(Checks::LockFile::Unknown, path, QStringLiteral("postgres"), QStringLiteral("exec failed"));
    QCOMPARE(unknown.result, R::Warn);
    QVERIFY(unknown.detail.toString().contains(QStringLiteral("exec failed")));
}

void tst_Checks::newVolume()
{
    QCOMPARE(Checks::newVolume(false, true, QStringLiteral("p_pgdata16")).result, R::Pass);
    const auto taken = Checks::newVolume(false, false, QStringLiteral("p_pgdata16"));
    QCOMPARE(taken.result, R::Fail);
    QCOMPARE(taken.commands, QStringLiteral("docker volume rm p_pgdata16"));
    QVERIFY(!taken.fix.toString().contains(QStringLiteral("docker volume rm")));
    QCOMPARE(Checks::blocker(taken), QStringLiteral("the new volume for the data exists already"));
    const auto folder = Checks::newVolume(true, false, QStringLiteral("/srv/pg16"));
    QCOMPARE(folder.title, QStringLiteral("New data folder"));
    QCOMPARE(folder.result, R::Fail);
}

void tst_Checks::rowCounts()
{
    const QList<MigrationReport::RowCount> expected{
        {QStringLiteral("ente_db"), QStringLiteral("public"), QStringLiteral("files"), 10, -1},
        {QStringLiteral("ente_db"), QStringLiteral("public"), QStringLiteral("users"), 3, -1},
        {QStringLiteral("other"), QString(), QStringLiteral("t"), 0, -1}};
    DatabaseRowCounts ente{QStringLiteral("ente_db"),
                           {{QStringLiteral("public"), QStringLiteral("files"), 10},
                            {QStringLiteral("public"), QStringLiteral("users"), 3}}};
    DatabaseRowCounts other{QStringLiteral("other"), {{QStringLiteral("s"), QStringLiteral("t"), 0}}};
    const auto all = Checks::rowCounts(expected, {ente, other});
    QVERIFY(all.ok());
    QCOMPARE(all.rows.size(), 3);
    QCOMPARE(all.rows.at(0).actual, 10);
    QCOMPARE(all.rows.at(2).actual, 0); // no schema in the backup: any schema matches

    ente.tables[1].rows = 2; // one row lost
    const auto lost = Checks::rowCounts(expected, {ente, other});
    QVERIFY(!lost.ok());
    QCOMPARE(lost.rows.at(1).actual, 2);
    QVERIFY2(lost.check.detail.toString().contains(QStringLiteral("1 of 3 tables")), qPrintable(lost.check.detail));

    const auto missingTable = Checks::rowCounts(expected, {ente});
    QCOMPARE(missingTable.rows.at(2).actual, -1);
    QVERIFY(!missingTable.ok());

    const auto unknown = Checks::rowCounts({}, {ente});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.check.detail.toString().contains(QStringLiteral("not known")));
}

void tst_Checks::roles()
{
    const QList<RoleInfo> actual{role(QStringLiteral("pguser"), PasswordKind::Md5)};
    QCOMPARE(Checks::roles({QStringLiteral("pguser")}, actual).result, R::Pass);
    const auto missing = Checks::roles({QStringLiteral("pguser"), QStringLiteral("reader")}, actual);
    QCOMPARE(missing.result, R::Fail);
    QCOMPARE(missing.detail, QStringLiteral("Missing: reader"));
}

void tst_Checks::verifyVersion()
{
    QCOMPARE(Checks::verifyVersion(ServerVersion::fromNumber(QStringLiteral("160004")), 16).result, R::Pass);
    const auto wrong = Checks::verifyVersion(ServerVersion::fromNumber(QStringLiteral("120022")), 16);
    QCOMPARE(wrong.result, R::Fail);
    QVERIFY(wrong.fix.toString().contains(QStringLiteral("postgres:16")));
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
