// SPDX-License-Identifier: GPL-3.0-or-later
// The target choice and the downgrade trap on the real rig (tests/rig): `migrate --yes --target 15` and `--target 16`
// from postgres:12 with every seeded row; then, after the migration to 16, the compose image set back to postgres:15
// (as a compose file downloaded again from Ente names it): `migrate` stops in the preflight with the fix, and no
// container was started, neither with the service's stopped container still there (read with docker cp) nor after
// `down` (read through a container created on the volume, never started, and removed).
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
#include <QTemporaryDir>
#include <QTest>

using namespace edm::test;

namespace {

const QString &binary = appBinary;

/// Seeds an Ente-like postgres:12 project in dir and returns its row counts (table → rows).
QMap<QString, qint64> seed(const QString &dir)
{
    QByteArray error;
    const QMap<QString, qint64> counts = seedRig(dir, &error);
    if (counts.isEmpty())
        qFatal("rig seed failed: %s", error.constData());
    return counts;
}

/// The project's containers, in any state: "id name image startedAt" each.
QStringList projectContainers(const QString &project)
{
    const Run ids = run(QStringLiteral("docker"),
                        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc"),
                         QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=") + project});
    QStringList result;
    for (const QString &id : lines(ids.out)) {
        const Run inspected = run(QStringLiteral("docker"),
                                  {QStringLiteral("inspect"), QStringLiteral("--format"),
                                   QStringLiteral("{{.Id}} {{.Name}} {{.Config.Image}} {{.State.StartedAt}} "
                                                  "{{.State.Status}}"),
                                   id});
        result.append(QString::fromUtf8(inspected.out).trimmed());
    }
    result.sort();
    return result;
}

/// The daemon's events of one kind between since and until (unix seconds) for containers carrying label.
QStringList events(const QString &event, const QString &label, qint64 since, qint64 until)
{
    const Run r =
        run(QStringLiteral("docker"),
            {QStringLiteral("events"), QStringLiteral("--since"), QString::number(since), QStringLiteral("--until"),
             QString::number(until), QStringLiteral("--filter"), QStringLiteral("type=container"),
             QStringLiteral("--filter"), QStringLiteral("event=") + event, QStringLiteral("--filter"),
             QStringLiteral("label=") + label, QStringLiteral("--format"), QStringLiteral("{{.ID}}")},
            {}, 60000);
    return lines(r.out);
}

} // namespace

class tst_E2eTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migrateToTarget_data();
    void migrateToTarget();
    void downgradeTrapStopsBeforeAnythingStarts();
    void cleanupTestCase();

private:
    QString project(const QString &name);
    /// After the trap: migrate must stop in the preflight with the fix, start nothing and change nothing.
    void expectRefusedWithoutStart(const QString &dir, int expectedPeekCreates);

    QTemporaryDir m_root{QStringLiteral("/tmp/edm-e2e-target-XXXXXX")};
    QStringList m_projects;
    QString m_migrated16; ///< the project migrated to 16 by migrateToTarget, for the trap
};

QString tst_E2eTarget::project(const QString &name)
{
    const QString unique = name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    m_projects.append(m_root.filePath(unique));
    return m_root.filePath(unique);
}

void tst_E2eTarget::initTestCase()
{
    const QString rig = rigProblem();
    QVERIFY2(rig.isEmpty(), qPrintable(rig));
    QVERIFY(QFile::exists(binary));
    // The rig's images for every step of both targets (tests/rig/rig up builds them).
    for (const QString &image : {QStringLiteral("postgres:12"), QStringLiteral("postgres:15"),
                                 QStringLiteral("postgres:16"), QStringLiteral("pgautoupgrade/pgautoupgrade:15-trixie"),
                                 QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie")}) {
        const Run present = run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"), image});
        QVERIFY2(present.code == 0, qPrintable(image + QStringLiteral(" is missing: run tests/rig/rig up")));
    }
}

void tst_E2eTarget::cleanupTestCase()
{
    for (const QString &dir : std::as_const(m_projects))
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 120000);
    m_projects.clear();
}

void tst_E2eTarget::migrateToTarget_data()
{
    QTest::addColumn<int>("target");
    QTest::newRow("15") << 15;
    QTest::newRow("16") << 16;
}

void tst_E2eTarget::migrateToTarget()
{
    QFETCH(int, target);
    const QString dir = project(QStringLiteral("t%1").arg(target));
    const auto counts = seed(dir);
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));

    // The plan names the step images of that target.
    const Run plan = run(
        binary,
        {QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--target"), QString::number(target), dir});
    QVERIFY2(plan.code == 0, plan.err.constData());
    const QJsonObject planJson = QJsonDocument::fromJson(plan.out).object();
    QCOMPARE(planJson.value(QStringLiteral("steps")).toArray().size(), 2);
    QCOMPARE(planJson.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("image")),
             QStringLiteral("pgautoupgrade/pgautoupgrade:%1-trixie").arg(target));

    const Run migrated = run(
        binary,
        {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--target"), QString::number(target), dir});
    QVERIFY2(migrated.code == 0, migrated.all().constData());
    QVERIFY(migrated.out.contains("The migration is complete."));
    // The summary says which image the compose file must keep.
    QVERIFY2(migrated.out.contains(QStringLiteral("Keep \"image: postgres:%1\"").arg(target).toUtf8()),
             migrated.out.constData());
    checkData(QFileInfo(dir).fileName(), target, counts);
    QByteArray expected = original;
    expected.replace("image: postgres:12", QStringLiteral("image: postgres:%1").arg(target).toUtf8());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), expected);

    // The report says it too, and its verify checks are green.
    const QString reportFile = m_root.filePath(QStringLiteral("report-%1.json").arg(target));
    const Run report = run(binary,
                           {QStringLiteral("report"), dir, QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("-o"), reportFile});
    QVERIFY2(report.code == 0, report.err.constData());
    const QJsonObject reportJson = QJsonDocument::fromJson(readAll(reportFile)).object();
    QVERIFY2(reportJson.value(QStringLiteral("keep_image_note"))
                 .toString()
                 .contains(QStringLiteral("postgres:%1").arg(target)),
             readAll(reportFile).constData());
    const QByteArray reportText = readAll(reportFile);
    QVERIFY(!reportText.contains("pgpass"));
    for (const QJsonValue &check : reportJson.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = check.toObject();
        if (c.value(QStringLiteral("id")).toString().startsWith(QLatin1String("verify")))
            QVERIFY2(c.value(QStringLiteral("result")).toString() != QLatin1String("fail"),
                     QJsonDocument(c).toJson().constData());
    }

    if (target == 16)
        m_migrated16 = dir;
}

void tst_E2eTarget::expectRefusedWithoutStart(const QString &dir, int expectedPeekCreates)
{
    const QString name = QFileInfo(dir).fileName();
    const QString composeFile = dir + QStringLiteral("/compose.yaml");
    const QByteArray composeBefore = readAll(composeFile);
    const QStringList containersBefore = projectContainers(name);
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;

    const Run refused = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir}, {}, 300000);

    const qint64 until = QDateTime::currentSecsSinceEpoch() + 1;
    QVERIFY2(refused.code == 1, refused.all().constData());
    // The preflight's fix: put the image of the data's major back.
    QVERIFY2(refused.all().contains("image: postgres:16"), refused.all().constData());
    QVERIFY2(refused.all().contains("database files are incompatible with server"), refused.all().constData());
    QVERIFY2(refused.all().contains("Nothing was started or changed"), refused.all().constData());

    // Nothing started: no start event for the project's containers or the peek container, the same containers
    // (ids, start times, states) as before, the compose file untouched, no peek container left behind.
    QCOMPARE(events(QStringLiteral("start"), QStringLiteral("com.docker.compose.project=") + name, since, until),
             QStringList());
    QCOMPARE(events(QStringLiteral("start"), QStringLiteral("edm.purpose=pg-version-peek"), since, until),
             QStringList());
    QCOMPARE(events(QStringLiteral("create"), QStringLiteral("edm.purpose=pg-version-peek"), since, until).size(),
             expectedPeekCreates);
    QCOMPARE(events(QStringLiteral("destroy"), QStringLiteral("edm.purpose=pg-version-peek"), since, until).size(),
             expectedPeekCreates);
    QCOMPARE(projectContainers(name), containersBefore);
    QCOMPARE(readAll(composeFile), composeBefore);
    const Run leftOver = run(QStringLiteral("docker"),
                             {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                              QStringLiteral("label=edm.purpose=pg-version-peek")});
    QCOMPARE(lines(leftOver.out), QStringList());

    // The report of that run names the failed check and its fix.
    const QByteArray journal = readAll(dir + QStringLiteral("/.ente-db-migrate/journal.json"));
    QVERIFY2(journal.contains("downgrade"), journal.left(2000).constData());
}

void tst_E2eTarget::downgradeTrapStopsBeforeAnythingStarts()
{
    if (m_migrated16.isEmpty())
        QSKIP("needs the migration to 16 of migrateToTarget(16)");
    const QString dir = m_migrated16;
    const QString name = QFileInfo(dir).fileName();
    const QString composeFile = dir + QStringLiteral("/compose.yaml");

    // Ente's compose file downloaded again: postgres:15 on the 16 data. First with the stack stopped (the service's
    // container is still there, with its volume).
    const Run stopped = run(QStringLiteral("docker-compose"), {QStringLiteral("stop")}, dir, 120000);
    QVERIFY2(stopped.code == 0, stopped.err.constData());
    QByteArray compose = readAll(composeFile);
    QVERIFY(compose.contains("image: postgres:16\n"));
    compose.replace("image: postgres:16\n", "image: postgres:15\n");
    QVERIFY(writeAll(composeFile, compose));
    QCOMPARE(projectContainers(name).size(), 1);
    expectRefusedWithoutStart(dir, 0); // read with docker cp from the stopped container
    if (QTest::currentTestFailed())
        return;

    // Then with the stack down (no container at all, the volume kept). The refused run left its journal unfinished
    // (a preflight that failed); a user who fixes nothing and tries again starts over, so the test does.
    const Run down = run(QStringLiteral("docker-compose"), {QStringLiteral("down")}, dir, 120000);
    QVERIFY2(down.code == 0, down.err.constData());
    QCOMPARE(projectContainers(name), QStringList());
    QVERIFY(QFile::remove(dir + QStringLiteral("/.ente-db-migrate/journal.json")));
    expectRefusedWithoutStart(dir, 1); // read through a container created on the volume, never started
    if (QTest::currentTestFailed())
        return;

    // The same trap when the chosen target is the compose image's major: not "nothing to migrate".
    QVERIFY(QFile::remove(dir + QStringLiteral("/.ente-db-migrate/journal.json")));
    const Run sameTarget =
        run(binary,
            {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--target"), QStringLiteral("15"), dir},
            {}, 300000);
    QVERIFY2(sameTarget.code == 1, sameTarget.all().constData());
    QVERIFY2(sameTarget.all().contains("database files are incompatible with server"), sameTarget.all().constData());
    QVERIFY2(sameTarget.all().contains("image: postgres:16"), sameTarget.all().constData());
    QCOMPARE(projectContainers(name), QStringList());

    // The fix works: the image of the data's major back, the stack starts, every row is there.
    compose.replace("image: postgres:15\n", "image: postgres:16\n");
    QVERIFY(writeAll(composeFile, compose));
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir, 120000);
    QVERIFY2(up.code == 0, up.err.constData());
    QMap<QString, qint64> counts;
    for (const QByteArray &line : readAll(dir + QStringLiteral("/.rig-rowcounts")).split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            counts.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toLongLong());
    }
    checkData(name, 16, counts);
}

QTEST_GUILESS_MAIN(tst_E2eTarget)
#include "tst_e2e_target.moc"
