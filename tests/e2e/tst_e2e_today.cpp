// SPDX-License-Identifier: GPL-3.0-or-later
// Today's images and Postgres 17/18 on the real rig (tests/rig), through the CLI on --small seeds: 12 → 16 with the
// new default tags (pgautoupgrade 16-trixie), 15 → 17, 15 → 18 on a named volume (the mount moved to
// /var/lib/postgresql, data in 18/docker), 14 → 18 on a long-syntax bind mount, 12 → 18 by dump-restore (a new
// volume at /var/lib/postgresql, the old one untouched), the rollback from 18 (the source's rows back on postgres:15,
// never an old image on an 18-laid-out volume) and postgres:18 started by hand on the old mount (the image's own
// refusal, then the preflight's with the fix, nothing changed). Each case checks every seeded row, the compose file's
// exact bytes and the server's version.
//
// Needs the rig's environment (eval "$(tests/rig/rig env)"); fails without an engine that answers.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace edm::test;

namespace {

const QString &binary = appBinary;

/// The running server's version (`show server_version`), e.g. "18.4".
QString serverVersion(const QString &project)
{
    return sql(runningContainer(project), QStringLiteral("show server_version"));
}

/// A throwaway `docker run --rm` of image with volume (or bind source) mounted read-only at /v, running cmd.
Run inVolume(const QString &volume, const QStringList &cmd, const QString &image = QStringLiteral("postgres:18"))
{
    return run(QStringLiteral("docker"),
               QStringList{QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                           QStringLiteral("none"), QStringLiteral("--entrypoint"), cmd.first(), QStringLiteral("-v"),
                           volume + QStringLiteral(":/v:ro"), image} +
                   cmd.mid(1));
}

/// The daemon's events (type, event) between since and until (unix seconds), "id image name" each, optionally only
/// for containers carrying label.
QStringList events(const QString &type, const QString &event, qint64 since, qint64 until,
                   const QString &label = QString())
{
    QStringList args{QStringLiteral("events"),
                     QStringLiteral("--since"),
                     QString::number(since),
                     QStringLiteral("--until"),
                     QString::number(until),
                     QStringLiteral("--filter"),
                     QStringLiteral("type=") + type,
                     QStringLiteral("--filter"),
                     QStringLiteral("event=") + event,
                     QStringLiteral("--format"),
                     QStringLiteral("{{.Actor.ID}} {{index .Actor.Attributes \"image\"}} "
                                    "{{index .Actor.Attributes \"name\"}}")};
    if (!label.isEmpty())
        args << QStringLiteral("--filter") << QStringLiteral("label=") + label;
    return lines(run(QStringLiteral("docker"), args, {}, 60000).out);
}

/// The step images of `plan --json`.
QStringList planImages(const QByteArray &json)
{
    QStringList images;
    for (const QJsonValue &step : QJsonDocument::fromJson(json).object().value(QStringLiteral("steps")).toArray())
        images.append(step.toObject().value(QStringLiteral("image")).toString());
    return images;
}

QString journalState(const QString &dir)
{
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    return QJsonDocument::fromJson(status.out).object().value(QStringLiteral("state")).toString();
}

} // namespace

class tst_E2eToday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultTags12To16();
    void from15To17();
    void from15To18NamedVolume();
    void from14To18LongBindMount();
    void from12To18DumpRestore();
    void rollbackFrom18();
    void postgres18OnOldMountRefused();
    void cleanupTestCase();

private:
    QString project(const QString &name);
    /// Seeds dir with options, checks the plan's step images (default method), migrates to target (extra: more migrate
    /// options) and checks the rows, the server version and the compose bytes (expected). Returns false when a check
    /// failed.
    void migrateAndCheck(const QString &dir, int target, const QMap<QString, qint64> &counts,
                         const QStringList &planImagesExpected, const QByteArray &expected, const QString &version,
                         const QStringList &extra = {});

    QTemporaryDir m_root{QStringLiteral("/tmp/edm-e2e-today-XXXXXX")};
    QStringList m_projects;
    QString m_migrated18; ///< the 15 → 18 project of from15To18NamedVolume, for the rollback
    QByteArray m_original18; ///< its compose bytes before the migration
    QMap<QString, qint64> m_counts18;
};

QString tst_E2eToday::project(const QString &name)
{
    const QString unique =
        QStringLiteral("today") + name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    m_projects.append(m_root.filePath(unique));
    return m_root.filePath(unique);
}

void tst_E2eToday::initTestCase()
{
    const QString rig = rigProblem();
    QVERIFY2(rig.isEmpty(), qPrintable(rig));
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_root.isValid());
    for (const QString &image :
         {QStringLiteral("postgres:12"), QStringLiteral("postgres:14"), QStringLiteral("postgres:15"),
          QStringLiteral("postgres:16"), QStringLiteral("postgres:17"), QStringLiteral("postgres:18"),
          QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie"),
          QStringLiteral("pgautoupgrade/pgautoupgrade:17-trixie"),
          QStringLiteral("pgautoupgrade/pgautoupgrade:18-trixie")}) {
        const Run present = run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"), image});
        QVERIFY2(present.code == 0, qPrintable(image + QStringLiteral(" is missing: run tests/rig/rig up")));
    }
}

void tst_E2eToday::cleanupTestCase()
{
    for (const QString &dir : std::as_const(m_projects)) {
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 120000);
        // Volumes the compose file no longer names: the dump-restore one, one a rollback kept aside.
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

void tst_E2eToday::migrateAndCheck(const QString &dir, int target, const QMap<QString, qint64> &counts,
                                   const QStringList &planImagesExpected, const QByteArray &expected,
                                   const QString &version, const QStringList &extra)
{
    const QStringList targetArgs{QStringLiteral("--target"), QString::number(target)};
    const Run plan =
        run(binary, QStringList{QStringLiteral("plan"), QStringLiteral("--json")} + targetArgs + QStringList{dir});
    QVERIFY2(plan.code == 0, plan.all().constData());
    QCOMPARE(planImages(plan.out), planImagesExpected);

    const Run migrated =
        run(binary,
            QStringList{QStringLiteral("migrate"), QStringLiteral("--yes")} + targetArgs + extra + QStringList{dir});
    QVERIFY2(migrated.code == 0, migrated.all().constData());
    QVERIFY2(migrated.out.contains("The migration is complete."), migrated.out.constData());
    QVERIFY2(migrated.out.contains("[PASS] Row counts"), migrated.out.constData());
    QCOMPARE(journalState(dir), QStringLiteral("done"));
    checkData(projectName(dir), target, counts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serverVersion(projectName(dir)), version);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), expected);
}

// 1. 12 → 16 with the new default tags: pgautoupgrade 16-trixie, final postgres:16.
void tst_E2eToday::defaultTags12To16()
{
    const QString dir = project(QStringLiteral("a"));
    const auto counts = seedSmall(dir, {});
    QVERIFY(!counts.isEmpty());
    QByteArray expected = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(expected.contains("    image: postgres:12\n"));
    expected.replace("    image: postgres:12\n", "    image: postgres:16\n");
    migrateAndCheck(dir, 16, counts,
                    {QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie"), QStringLiteral("postgres:16")}, expected,
                    QStringLiteral("16.14"));
}

// 2. 15 → 17.
void tst_E2eToday::from15To17()
{
    const QString dir = project(QStringLiteral("b"));
    const auto counts = seedSmall(dir, {QStringLiteral("--image"), QStringLiteral("postgres:15")});
    QVERIFY(!counts.isEmpty());
    QByteArray expected = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(expected.contains("    image: postgres:15\n"));
    expected.replace("    image: postgres:15\n", "    image: postgres:17\n");
    migrateAndCheck(dir, 17, counts,
                    {QStringLiteral("pgautoupgrade/pgautoupgrade:17-trixie"), QStringLiteral("postgres:17")}, expected,
                    QStringLiteral("17.10"));
}

// 3. 15 → 18 on a named volume: the mount moves to /var/lib/postgresql, the data ends in 18/docker.
void tst_E2eToday::from15To18NamedVolume()
{
    const QString dir = project(QStringLiteral("c"));
    const auto counts = seedSmall(dir, {QStringLiteral("--image"), QStringLiteral("postgres:15")});
    QVERIFY(!counts.isEmpty());
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));
    QByteArray expected = original;
    QVERIFY(expected.contains("    image: postgres:15\n"));
    QVERIFY(expected.contains("      - postgres-data:/var/lib/postgresql/data\n"));
    expected.replace("    image: postgres:15\n", "    image: postgres:18\n");
    expected.replace("      - postgres-data:/var/lib/postgresql/data\n", "      - postgres-data:/var/lib/postgresql\n");
    migrateAndCheck(dir, 18, counts,
                    {QStringLiteral("pgautoupgrade/pgautoupgrade:18-trixie"), QStringLiteral("postgres:18")}, expected,
                    QStringLiteral("18.4"));
    if (QTest::currentTestFailed())
        return;

    // The volume holds 18/docker only, with the 18 cluster in it.
    const QString volume = projectName(dir) + QStringLiteral("_postgres-data");
    const Run version = inVolume(volume, {QStringLiteral("cat"), QStringLiteral("/v/18/docker/PG_VERSION")});
    QCOMPARE(version.out.trimmed(), QByteArray("18"));
    const Run top = inVolume(volume, {QStringLiteral("ls"), QStringLiteral("-A"), QStringLiteral("/v")});
    QCOMPARE(lines(top.out), QStringList{QStringLiteral("18")});

    m_migrated18 = dir;
    m_original18 = original;
    m_counts18 = counts;
}

// 4. 14 → 18 on a long-syntax bind mount: the target line moves.
void tst_E2eToday::from14To18LongBindMount()
{
    const QString dir = project(QStringLiteral("d"));
    const auto counts = seedSmall(dir,
                                  {QStringLiteral("--image"), QStringLiteral("postgres:14"),
                                   QStringLiteral("--bind-long"), QStringLiteral("pgdata")});
    QVERIFY(!counts.isEmpty());
    QByteArray expected = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(expected.contains("    image: postgres:14\n"));
    QVERIFY(expected.contains("        target: /var/lib/postgresql/data\n"));
    expected.replace("    image: postgres:14\n", "    image: postgres:18\n");
    expected.replace("        target: /var/lib/postgresql/data\n", "        target: /var/lib/postgresql\n");
    migrateAndCheck(dir, 18, counts,
                    {QStringLiteral("pgautoupgrade/pgautoupgrade:18-trixie"), QStringLiteral("postgres:18")}, expected,
                    QStringLiteral("18.4"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(readAll(dir + QStringLiteral("/pgdata/18/docker/PG_VERSION")).trimmed(), QByteArray("18"));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/pgdata/PG_VERSION")));
}

// 5. 12 → 18 by dump-restore: a new volume <vol>-pg18 at /var/lib/postgresql, the old one untouched.
void tst_E2eToday::from12To18DumpRestore()
{
    const QString dir = project(QStringLiteral("e"));
    const auto counts = seedSmall(dir, {});
    QVERIFY(!counts.isEmpty());
    QByteArray expected = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY(expected.contains("    image: postgres:12\n"));
    QVERIFY(expected.contains("      - postgres-data:/var/lib/postgresql/data\n"));
    QVERIFY(expected.contains("volumes:\n  postgres-data:\n"));
    expected.replace("    image: postgres:12\n", "    image: postgres:18\n");
    expected.replace("      - postgres-data:/var/lib/postgresql/data\n",
                     "      - postgres-data-pg18:/var/lib/postgresql\n");
    expected.replace("volumes:\n  postgres-data:\n", "volumes:\n  postgres-data:\n  postgres-data-pg18:\n");
    // (plan has no --method: it shows the default method's steps)
    migrateAndCheck(dir, 18, counts,
                    {QStringLiteral("pgautoupgrade/pgautoupgrade:18-trixie"), QStringLiteral("postgres:18")}, expected,
                    QStringLiteral("18.4"), {QStringLiteral("--method"), QStringLiteral("dump-restore")});
    if (QTest::currentTestFailed())
        return;

    const QJsonObject journal =
        QJsonDocument::fromJson(readAll(dir + QStringLiteral("/.ente-db-migrate/journal.json"))).object();
    QCOMPARE(journal.value(QStringLiteral("new_volume")).toString(), QStringLiteral("postgres-data-pg18"));
    const QString name = projectName(dir);
    const Run fresh = inVolume(name + QStringLiteral("_postgres-data-pg18"),
                               {QStringLiteral("cat"), QStringLiteral("/v/18/docker/PG_VERSION")});
    QCOMPARE(fresh.out.trimmed(), QByteArray("18"));
    // The old volume is as it was: Postgres 12 data at its root, nothing of 18 beside it.
    const Run old = inVolume(name + QStringLiteral("_postgres-data"),
                             {QStringLiteral("cat"), QStringLiteral("/v/PG_VERSION")}, QStringLiteral("postgres:12"));
    QCOMPARE(old.out.trimmed(), QByteArray("12"));
    const Run oldTop = inVolume(name + QStringLiteral("_postgres-data"), {QStringLiteral("ls"), QStringLiteral("/v")},
                                QStringLiteral("postgres:12"));
    QVERIFY2(!lines(oldTop.out).contains(QStringLiteral("18")), oldTop.out.constData());
}

// 6. The rollback from 18: the original compose bytes and every row back on postgres:15; the old image was never
// started on an 18-laid-out volume (it would have initialised an empty cluster in an anonymous volume below it).
void tst_E2eToday::rollbackFrom18()
{
    if (m_migrated18.isEmpty())
        QSKIP("needs the migration to 18 of from15To18NamedVolume");
    const QString dir = m_migrated18;
    const QString name = projectName(dir);
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;

    const Run rolled = run(binary, {QStringLiteral("rollback"), QStringLiteral("--yes"), dir});
    if (rolled.code != 0)
        qWarning("rollback: exit %d\n%s", rolled.code, rolled.all().constData());
    QVERIFY2(rolled.code == 0, rolled.all().constData());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), m_original18);
    QCOMPARE(journalState(dir), QStringLiteral("rolled_back"));

    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir, 120000);
    QVERIFY2(up.code == 0, up.all().constData());
    checkData(name, 15, m_counts18);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serverVersion(name), QStringLiteral("15.18"));
    const qint64 until = QDateTime::currentSecsSinceEpoch() + 1;

    // The served data is the named volume at /var/lib/postgresql/data, laid out the old way again.
    const QString volume = name + QStringLiteral("_postgres-data");
    const Run mounts =
        run(QStringLiteral("docker"),
            {QStringLiteral("inspect"), QStringLiteral("--format"),
             QStringLiteral("{{range .Mounts}}{{.Name}} {{.Destination}};{{end}}"), runningContainer(name)});
    QCOMPARE(QString::fromUtf8(mounts.out).trimmed(), volume + QStringLiteral(" /var/lib/postgresql/data;"));
    const Run top =
        inVolume(volume, {QStringLiteral("cat"), QStringLiteral("/v/PG_VERSION")}, QStringLiteral("postgres:15"));
    QCOMPARE(top.out.trimmed(), QByteArray("15"));

    // No anonymous volume was made for a container during the rollback and the start (the trace of postgres:15
    // started on the 18 layout: its own VOLUME /var/lib/postgresql/data below the mount), and no container of the
    // old image ran with a mount at /var/lib/postgresql.
    // The rig is shared with the e2e tests running beside this one: an anonymous volume counts when a container of
    // this project (compose's label, or the app's own containers, named after the project) mounted it. The daemon keeps
    // a bounded event history, so on a busy rig the window's events can be gone: this is the wider net, the running
    // container's mounts above are the exact check.
    QSet<QString> ours;
    const QStringList window{QStringLiteral("events"), QStringLiteral("--since"), QString::number(since),
                             QStringLiteral("--until"), QString::number(until)};
    const Run created =
        run(QStringLiteral("docker"),
            window +
                QStringList{QStringLiteral("--filter"), QStringLiteral("type=container"), QStringLiteral("--filter"),
                            QStringLiteral("event=create"), QStringLiteral("--format"),
                            QStringLiteral("{{.Actor.ID}} {{index .Actor.Attributes "
                                           "\"com.docker.compose.project\"}} "
                                           "{{index .Actor.Attributes \"name\"}}")},
            {}, 60000);
    for (const QString &line : lines(created.out)) {
        const QStringList fields = line.split(u' ');
        if (fields.size() >= 3 && (fields.at(1) == name || fields.at(2).contains(name)))
            ours.insert(fields.at(0));
    }
    static const QRegularExpression anonymous(QStringLiteral("^[0-9a-f]{64}\\b"));
    for (const QString &volume : events(QStringLiteral("volume"), QStringLiteral("create"), since, until)) {
        if (!anonymous.match(volume).hasMatch())
            continue;
        const Run mounts =
            run(QStringLiteral("docker"),
                window +
                    QStringList{QStringLiteral("--filter"), QStringLiteral("type=volume"), QStringLiteral("--filter"),
                                QStringLiteral("event=mount"), QStringLiteral("--filter"),
                                QStringLiteral("volume=") + volume.section(u' ', 0, 0), QStringLiteral("--format"),
                                QStringLiteral("{{index .Actor.Attributes \"container\"}}")},
                {}, 60000);
        for (const QString &container : lines(mounts.out))
            QVERIFY2(!ours.contains(container.trimmed()),
                     qPrintable(volume + QStringLiteral(" mounted by ") + container));
    }
    for (const QString &started : events(QStringLiteral("container"), QStringLiteral("start"), since, until)) {
        const QString id = started.section(u' ', 0, 0);
        const Run inspected = run(QStringLiteral("docker"),
                                  {QStringLiteral("inspect"), QStringLiteral("--format"),
                                   QStringLiteral("{{.Config.Image}}|{{range .Mounts}}{{.Destination}};{{end}}"), id});
        if (inspected.code != 0)
            continue; // a throwaway container, gone; its volumes are covered by the volume events
        const QString line = QString::fromUtf8(inspected.out).trimmed();
        if (line.startsWith(QLatin1String("postgres:15")))
            QVERIFY2(!line.section(u'|', 1).split(u';').contains(QStringLiteral("/var/lib/postgresql")),
                     qPrintable(line));
    }
}

// 7. postgres:18 put on the old mount by hand: the image refuses ("Error: in 18+"), and so does the preflight, with
// the fix, changing nothing.
void tst_E2eToday::postgres18OnOldMountRefused()
{
    const QString dir = project(QStringLiteral("g"));
    const auto counts = seedSmall(dir, {QStringLiteral("--image"), QStringLiteral("postgres:15")});
    QVERIFY(!counts.isEmpty());
    const QString name = projectName(dir);
    const QString composeFile = dir + QStringLiteral("/compose.yaml");
    QByteArray compose = readAll(composeFile);
    QVERIFY(compose.contains("    image: postgres:15\n"));
    compose.replace("    image: postgres:15\n", "    image: postgres:18\n");
    QVERIFY(writeAll(composeFile, compose));

    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir, 120000);
    QVERIFY2(up.code == 0, up.all().constData());
    const QString container = name + QStringLiteral("_postgres_1");
    QTRY_COMPARE_WITH_TIMEOUT(
        QString::fromUtf8(run(QStringLiteral("docker"),
                              {QStringLiteral("inspect"), QStringLiteral("--format"),
                               QStringLiteral("{{.State.Status}} {{.State.ExitCode}}"), container})
                              .out)
            .trimmed(),
        QStringLiteral("exited 1"), 60000);
    const Run logs = run(QStringLiteral("docker"), {QStringLiteral("logs"), container});
    QVERIFY2(logs.all().contains("Error: in 18+, these Docker images are configured to store database data in a"),
             logs.all().constData());
    QVERIFY2(logs.all().contains("/var/lib/postgresql/data"), logs.all().constData());

    const Run refused =
        run(binary,
            {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--target"), QStringLiteral("18"), dir},
            {}, 300000);
    if (refused.code != 1)
        qWarning("migrate: exit %d\n%s", refused.code, refused.all().constData());
    QCOMPARE(refused.code, 1);
    const QByteArray said = refused.all();
    QVERIFY2(said.contains("Error: in 18+"), said.constData());
    QVERIFY2(said.contains("Put \"image: postgres:15\" back"), said.constData());
    QVERIFY2(said.contains("migrate with target 18"), said.constData());
    QCOMPARE(readAll(composeFile), compose);
    // The compose file already names the target, so no migration began: no journal that a later run would resume.
    QVERIFY(!QFile::exists(dir + QStringLiteral("/.ente-db-migrate/journal.json")));

    // The data was never touched: 15 at the volume's root.
    const Run version =
        inVolume(name + QStringLiteral("_postgres-data"), {QStringLiteral("cat"), QStringLiteral("/v/PG_VERSION")},
                 QStringLiteral("postgres:15"));
    QCOMPARE(version.out.trimmed(), QByteArray("15"));
}

QTEST_GUILESS_MAIN(tst_E2eToday)
#include "tst_e2e_today.moc"
