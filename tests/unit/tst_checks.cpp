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
    void baseSystem_data();
    void baseSystem();
    void serviceWarnings();
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
        << rig << 16 << false << int(R::Warn) << "SET password_encryption = 'scram-sha-256'; then \\password pguser";
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
    QVERIFY2((check.detail + check.fix).contains(fragment), qPrintable(check.detail + " | " + check.fix));
    QVERIFY(!check.detail.contains(QStringLiteral("nologin")));
    if (check.result == R::Warn)
        QVERIFY(check.fix.contains(QStringLiteral("ALTER ROLE")));
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
    QVERIFY2(check.detail.contains(fragment), qPrintable(check.detail));
    if (check.result == R::Warn) {
        QVERIFY(check.fix.contains(QStringLiteral("REINDEX DATABASE ente_db;")));
        QVERIFY(check.fix.contains(QStringLiteral("ALTER DATABASE ente_db REFRESH COLLATION VERSION;")));
        QVERIFY(!check.detail.contains(QStringLiteral("template0"))); // pg_dumpall does not dump it
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
    QVERIFY(warn.detail.contains(QStringLiteral("Ente DB (recorded 2.36, now 2.41)")));
    QVERIFY(!warn.detail.contains(QStringLiteral("postgres")));
    QVERIFY(warn.fix.contains(QStringLiteral("REINDEX DATABASE \"Ente DB\"; ALTER DATABASE \"Ente DB\" REFRESH "
                                             "COLLATION VERSION;")));
    QCOMPARE(Checks::collationVersions({same}).result, R::Pass);
    const MigrationReport::Check unknown = Checks::collationVersions({database("ente_db", "C")});
    QCOMPARE(unknown.result, R::Pass);
    QVERIFY(unknown.detail.contains(QStringLiteral("no collation versions")));
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
    QVERIFY(health->detail.contains(QStringLiteral("pgautoupgrade asks for none")));

    service.pgdata = QStringLiteral("/var/lib/postgresql/data/pgdata");
    VolumeMount mount;
    mount.source = QStringLiteral("pg");
    mount.target = QStringLiteral("/var/lib/postgresql/data");
    service.volume = mount;
    const auto pgdata = Checks::pgdata(service);
    QVERIFY(pgdata);
    QCOMPARE(pgdata->result, R::Warn);
    QVERIFY(pgdata->detail.contains(QStringLiteral("a sub-folder of the volume mounted on /var/lib/postgresql/data")));
    service.pgdata = QStringLiteral("/data");
    QVERIFY(Checks::pgdata(service)->detail.contains(QStringLiteral("not the image's default")));
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
