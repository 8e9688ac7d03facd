// SPDX-License-Identifier: GPL-3.0-or-later
// pgautoupgrade's sharp edges on the real rig (tests/rig), through the CLI on --small seeds (issue 15): a database
// named with a space is refused at preflight before anything changes and then moved by dump-restore with every row;
// PGAUTO_ONESHOT=yes ends the upgrade container and the app starts the final image itself; an extension outside
// contrib (the rig's fake `vector`) is refused before anything changes; a cluster whose recorded collation version
// differs gets it refreshed by verify, reported as `collation_refreshed`, and no database is left with a mismatch.
//
// Needs the rig's environment (eval "$(tests/rig/rig env)"); fails without an engine that answers.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edm::test;

namespace {

const QString &binary = appBinary;

/// The rows of the databases besides ente_db the rig seeded (DIR/.rig-rowcounts-other: database → table → rows).
QMap<QString, QMap<QString, qint64>> otherCounts(const QString &dir)
{
    QMap<QString, QMap<QString, qint64>> counts;
    for (const QByteArray &line : readAll(dir + QStringLiteral("/.rig-rowcounts-other")).split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3)
            counts[QString::fromUtf8(parts.at(0))].insert(QString::fromUtf8(parts.at(1)), parts.at(2).toLongLong());
    }
    return counts;
}

QString journalState(const QString &dir)
{
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    return QJsonDocument::fromJson(status.out).object().value(QStringLiteral("state")).toString();
}

/// The container's id, image and start time ("id image startedAt"): a stop or a recreate changes it.
QString containerIdentity(const QString &container)
{
    const Run r = run(QStringLiteral("docker"),
                      {QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Id}} {{.Config.Image}} {{.State.Status}} {{.State.StartedAt}}"), container});
    return QString::fromUtf8(r.out).trimmed();
}

/// The report of the project's migration as JSON (`report --format json`).
QJsonObject reportJson(const QString &dir)
{
    const QString path = dir + QStringLiteral("/report.json");
    const Run written = run(binary,
                            {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("-o"), path, dir});
    if (written.code != 0)
        qWarning("report: exit %d\n%s", written.code, written.all().constData());
    return QJsonDocument::fromJson(readAll(path)).object();
}

/// The checks of a report, id → object.
QMap<QString, QJsonObject> reportChecks(const QJsonObject &report)
{
    QMap<QString, QJsonObject> checks;
    for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray())
        checks.insert(check.toObject().value(QStringLiteral("id")).toString(), check.toObject());
    return checks;
}

} // namespace

class tst_E2eGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseWithSpace();
    void oneShot();
    void extensionOutsideContrib();
    void collationRefreshed();
    void cleanupTestCase();

private:
    QString project(const QString &name);
    /// migrate --yes on dir is refused at preflight; nothing changed: the compose bytes, the running container (same
    /// id, never restarted), no backup, the journal says refused. *said: everything the run printed.
    void expectRefused(const QString &dir, QByteArray *said);

    QTemporaryDir m_root{QStringLiteral("/tmp/edm-e2e-guards-XXXXXX")};
    QStringList m_projects;
};

QString tst_E2eGuards::project(const QString &name)
{
    const QString unique =
        QStringLiteral("guards") + name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    m_projects.append(m_root.filePath(unique));
    return m_root.filePath(unique);
}

void tst_E2eGuards::initTestCase()
{
    const QString rig = rigProblem();
    QVERIFY2(rig.isEmpty(), qPrintable(rig));
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_root.isValid());
    for (const QString &image :
         {QStringLiteral("postgres:12"), QStringLiteral("postgres:15"), QStringLiteral("postgres:16"),
          QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie")}) {
        const Run present = run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"), image});
        QVERIFY2(present.code == 0, qPrintable(image + QStringLiteral(" is missing: run tests/rig/rig up")));
    }
}

void tst_E2eGuards::cleanupTestCase()
{
    for (const QString &dir : std::as_const(m_projects)) {
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 120000);
        // Volumes the compose file no longer names (the old one dump-restore kept).
        const Run volumes = run(
            QStringLiteral("docker"),
            {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")});
        for (const QString &volume : lines(volumes.out)) {
            if (volume.startsWith(projectName(dir) + u'_'))
                run(QStringLiteral("docker"), {QStringLiteral("volume"), QStringLiteral("rm"), volume});
        }
    }
    m_projects.clear();
}

void tst_E2eGuards::expectRefused(const QString &dir, QByteArray *said)
{
    const QString name = projectName(dir);
    const QString container = runningContainer(name);
    QVERIFY2(!container.isEmpty(), qPrintable(name));
    const QString before = containerIdentity(container);
    const QByteArray compose = readAll(dir + QStringLiteral("/compose.yaml"));

    const Run refused = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir}, {}, 300000);
    if (refused.code != 1)
        qWarning("migrate: exit %d\n%s", refused.code, refused.all().constData());
    *said = refused.all();
    // README: exit 1, "the operation ran and failed".
    QCOMPARE(refused.code, 1);
    QVERIFY2(said->contains("Nothing was changed."), said->constData());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), compose);
    // The same container still runs: never stopped, restarted or recreated.
    QVERIFY2(before.contains(QLatin1String(" running ")), qPrintable(before));
    QCOMPARE(runningContainer(name), container);
    QCOMPARE(containerIdentity(container), before);
    QCOMPARE(journalState(dir), QStringLiteral("refused"));
    // No backup was written.
    const QStringList dumps = QDir(dir).entryList({QStringLiteral("*.sql*"), QStringLiteral("*.dump*")}, QDir::Files);
    QVERIFY2(dumps.isEmpty(), qPrintable(dumps.join(u' ')));
}

// 1. A database named with a space: pgautoupgrade refused before any change, then dump-restore moves every row.
void tst_E2eGuards::databaseWithSpace()
{
    const QString dir = project(QStringLiteral("a"));
    const auto counts = seedSmall(dir, {QStringLiteral("--db-with-space"), QStringLiteral("Archive 2019")});
    QVERIFY(!counts.isEmpty());
    const auto others = otherCounts(dir);
    QCOMPARE(others.keys(), QStringList{QStringLiteral("Archive 2019")});
    QVERIFY(!others.value(QStringLiteral("Archive 2019")).isEmpty());
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));

    QByteArray said;
    expectRefused(dir, &said);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(said.contains("[FAIL] Database names: \"Archive 2019\""), said.constData());
    QVERIFY2(said.contains("--method dump-restore"), said.constData());
    QVERIFY2(said.contains("database names with whitespace"), said.constData());

    // dump-restore: a new volume postgres-data-pg16 for postgres:16, the old one kept.
    QByteArray expected = original;
    QVERIFY(expected.contains("    image: postgres:12\n"));
    QVERIFY(expected.contains("      - postgres-data:/var/lib/postgresql/data\n"));
    QVERIFY(expected.contains("volumes:\n  postgres-data:\n"));
    expected.replace("    image: postgres:12\n", "    image: postgres:16\n");
    expected.replace("      - postgres-data:/var/lib/postgresql/data\n",
                     "      - postgres-data-pg16:/var/lib/postgresql/data\n");
    expected.replace("volumes:\n  postgres-data:\n", "volumes:\n  postgres-data:\n  postgres-data-pg16:\n");
    const Run migrated = run(binary,
                             {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--method"),
                              QStringLiteral("dump-restore"), dir});
    if (migrated.code != 0)
        qWarning("migrate: exit %d\n%s", migrated.code, migrated.all().constData());
    QCOMPARE(migrated.code, 0);
    QVERIFY2(migrated.out.contains("The migration is complete."), migrated.out.constData());
    QVERIFY2(migrated.out.contains("[PASS] Row counts"), migrated.out.constData());
    QCOMPARE(journalState(dir), QStringLiteral("done"));
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), expected);

    const QString name = projectName(dir);
    checkData(name, 16, counts);
    if (QTest::currentTestFailed())
        return;
    const QString container = runningContainer(name);
    QCOMPARE(sqlIn(container, QStringLiteral("postgres"), QStringLiteral("show server_version")),
             QStringLiteral("16.14"));
    for (auto db = others.cbegin(); db != others.cend(); ++db) {
        for (auto table = db->cbegin(); table != db->cend(); ++table) {
            QCOMPARE(sqlIn(container, db.key(), QStringLiteral("select count(*) from public.\"%1\"").arg(table.key()))
                         .toLongLong(),
                     table.value());
        }
    }

    // The report's row counts name the database with the space too.
    const QJsonObject report = reportJson(dir);
    QVERIFY(!report.isEmpty());
    QVERIFY2(QJsonDocument(report).toJson().contains("Archive 2019"), QJsonDocument(report).toJson().constData());
    QCOMPARE(reportChecks(report).value(QStringLiteral("database_names")).value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
}

// 2. PGAUTO_ONESHOT=yes: pgautoupgrade's container exits after the upgrade; that is success, the app starts the final
// image itself.
void tst_E2eGuards::oneShot()
{
    const QString dir = project(QStringLiteral("b"));
    const auto counts = seedSmall(dir, {});
    QVERIFY(!counts.isEmpty());
    const QString composeFile = dir + QStringLiteral("/compose.yaml");
    QByteArray compose = readAll(composeFile);
    const QByteArray anchor = "      POSTGRES_DB: ente_db\n";
    QVERIFY(compose.contains(anchor));
    compose.replace(anchor, anchor + "      PGAUTO_ONESHOT: \"yes\"\n");
    QVERIFY(writeAll(composeFile, compose));
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir, 120000);
    QVERIFY2(up.code == 0, up.all().constData());
    QByteArray expected = compose;
    QVERIFY(expected.contains("    image: postgres:12\n"));
    expected.replace("    image: postgres:12\n", "    image: postgres:16\n");

    const Run migrated = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir});
    if (migrated.code != 0)
        qWarning("migrate: exit %d\n%s", migrated.code, migrated.all().constData());
    QCOMPARE(migrated.code, 0);
    const QByteArray said = migrated.all();
    QVERIFY2(said.contains("[PASS] One-shot upgrade: The service sets PGAUTO_ONESHOT=yes"), said.constData());
    QVERIFY2(said.contains("pgautoupgrade's one-shot mode ends its container, and the final image starts next"),
             said.constData());
    QVERIFY2(said.contains("The migration is complete."), said.constData());
    QVERIFY2(said.contains("[PASS] Row counts"), said.constData());
    QCOMPARE(journalState(dir), QStringLiteral("done"));
    QCOMPARE(readAll(composeFile), expected);

    const QString name = projectName(dir);
    checkData(name, 16, counts);
    if (QTest::currentTestFailed())
        return;
    // The final image runs (not pgautoupgrade's), started by the app.
    const QString identity = containerIdentity(runningContainer(name));
    QVERIFY2(identity.contains(QLatin1String(" postgres:16 running ")), qPrintable(identity));
    QCOMPARE(sql(runningContainer(name), QStringLiteral("show server_version")), QStringLiteral("16.14"));
    QCOMPARE(reportChecks(reportJson(dir)).value(QStringLiteral("oneshot")).value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
}

// 3. An extension outside contrib (the rig's fake `vector`): refused before any change, naming extension and database.
void tst_E2eGuards::extensionOutsideContrib()
{
    const QString dir = project(QStringLiteral("c"));
    // (postgres:15: the rig's fake vector.control says `trusted`, which Postgres 12 does not know)
    const auto counts = seedSmall(dir,
                                  {QStringLiteral("--image"), QStringLiteral("postgres:15"),
                                   QStringLiteral("--extension"), QStringLiteral("vector")});
    QVERIFY(!counts.isEmpty());
    QVERIFY(counts.contains(QStringLiteral("face_embeddings")));
    QByteArray said;
    expectRefused(dir, &said);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(said.contains("[FAIL] Extensions: vector in ente_db"), said.constData());
    QVERIFY2(said.contains("DROP EXTENSION \"vector\"; -- in ente_db"), said.constData());
    QVERIFY2(said.contains("extensions that the upgrade image does not carry"), said.constData());
    // The data is as seeded: still Postgres 15, with the extension's rows.
    checkData(projectName(dir), 15, counts);
}

// 4. A recorded collation version that differs from the C library's: verify refreshes it (after pgautoupgrade's
// reindex) and reports it; afterwards no database records a version other than the server's.
void tst_E2eGuards::collationRefreshed()
{
    const QString dir = project(QStringLiteral("d"));
    const auto counts = seedSmall(dir,
                                  {QStringLiteral("--image"), QStringLiteral("postgres:15"),
                                   QStringLiteral("--collation-version"), QStringLiteral("2.31")});
    QVERIFY(!counts.isEmpty());
    const QString name = projectName(dir);
    const QString mismatched =
        QStringLiteral("select string_agg(datname, ',' order by datname) from pg_database where datcollversion <> "
                       "pg_database_collation_actual_version(oid)");
    // The seed provoked the mismatch in every database that records a version (template0 records none).
    QCOMPARE(sqlIn(runningContainer(name), QStringLiteral("postgres"), mismatched),
             QStringLiteral("ente_db,postgres,template1"));

    QByteArray expected = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(expected.contains("    image: postgres:15\n"));
    expected.replace("    image: postgres:15\n", "    image: postgres:16\n");
    const Run migrated = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir});
    if (migrated.code != 0)
        qWarning("migrate: exit %d\n%s", migrated.code, migrated.all().constData());
    QCOMPARE(migrated.code, 0);
    QVERIFY2(migrated.out.contains("The migration is complete."), migrated.out.constData());
    QVERIFY2(migrated.out.contains("Collation versions refreshed: "), migrated.out.constData());
    QCOMPARE(journalState(dir), QStringLiteral("done"));
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), expected);
    checkData(name, 16, counts);
    if (QTest::currentTestFailed())
        return;

    const QJsonObject report = reportJson(dir);
    QStringList refreshed;
    for (const QJsonValue &db : report.value(QStringLiteral("collation_refreshed")).toArray())
        refreshed.append(db.toString());
    refreshed.sort();
    QCOMPARE(refreshed,
             QStringList({QStringLiteral("ente_db"), QStringLiteral("postgres"), QStringLiteral("template1")}));
    QCOMPARE(reportChecks(report).value(QStringLiteral("verify_collation")).value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    // No database is left with a mismatch; a connection no longer warns.
    QCOMPARE(sqlIn(runningContainer(name), QStringLiteral("postgres"), mismatched), QString());
    const Run connect =
        run(QStringLiteral("docker"),
            {QStringLiteral("exec"), runningContainer(name), QStringLiteral("psql"), QStringLiteral("-X"),
             QStringLiteral("-At"), QStringLiteral("-U"), QStringLiteral("pguser"), QStringLiteral("-d"),
             QStringLiteral("ente_db"), QStringLiteral("-c"), QStringLiteral("select 1")});
    QVERIFY2(!connect.err.contains("collation version mismatch"), connect.err.constData());
}

QTEST_GUILESS_MAIN(tst_E2eGuards)
#include "tst_e2e_guards.moc"
