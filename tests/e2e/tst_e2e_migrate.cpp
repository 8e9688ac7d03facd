// SPDX-License-Identifier: GPL-3.0-or-later
// The whole migration on the real rig (tests/rig): `ente-db-migrate migrate --yes` end to end, killed in every state
// and resumed, rolled back from every state, and the rig's fault knobs. Runs the built binary the way a user does.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace edm::test;

namespace {

const QString &binary = appBinary;

} // namespace

class tst_E2eMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullMigration_data();
    void fullMigration();
    void killedInEveryStateThenResumed_data();
    void killedInEveryStateThenResumed();
    void rollbackFromEveryState_data();
    void rollbackFromEveryState();
    void faults_data();
    void faults();
    void preflightRefuses_data();
    void preflightRefuses();
    void alreadyOnTarget();
    void cleanup();

private:
    /// A clean Postgres 12 project whose folder name (and so compose project name) is unique to this run: the seeded
    /// template's compose file and a fresh copy of its volume (labelled as compose labels its own), started. Its
    /// containers and volumes are removed when the test function ends.
    QString project(const QString &name);
    QTemporaryDir m_root{QStringLiteral("/tmp/edm-e2e-XXXXXX")};
    QStringList m_projects;
    QString m_template; ///< the seeded project, stopped
    QByteArray m_compose; ///< its compose.yaml
    QMap<QString, qint64> m_counts; ///< its row counts (table → rows)
};

static const QString volumeKey = QStringLiteral("postgres-data");

QString tst_E2eMigrate::project(const QString &name)
{
    const QString unique = name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    const QString dir = m_root.filePath(unique);
    m_projects.append(dir);
    if (!QDir().mkpath(dir))
        qFatal("cannot create %s", qPrintable(dir));
    QFile compose(dir + QStringLiteral("/compose.yaml"));
    if (!compose.open(QIODevice::WriteOnly) || compose.write(m_compose) != m_compose.size())
        qFatal("cannot write %s", qPrintable(compose.fileName()));
    compose.close();
    const QString volume = unique + u'_' + volumeKey;
    const Run created = run(QStringLiteral("docker"),
                            {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"),
                             QStringLiteral("com.docker.compose.project=") + unique, QStringLiteral("--label"),
                             QStringLiteral("com.docker.compose.volume=") + volumeKey, QStringLiteral("--label"),
                             QStringLiteral("com.docker.compose.version=1.29.2"), volume});
    if (created.code != 0)
        qFatal("docker volume create failed: %s", created.err.constData());
    const Run copied =
        run(QStringLiteral("docker"),
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
             QStringLiteral("--entrypoint"), QStringLiteral("sh"), QStringLiteral("-v"),
             projectName(m_template) + u'_' + volumeKey + QStringLiteral(":/from:ro"), QStringLiteral("-v"),
             volume + QStringLiteral(":/to"), QStringLiteral("postgres:12"), QStringLiteral("-c"),
             QStringLiteral("cp -a /from/. /to/")});
    if (copied.code != 0)
        qFatal("copying the seeded volume failed: %s", copied.err.constData());
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir);
    if (up.code != 0)
        qFatal("docker-compose up failed: %s", up.err.constData());
    return dir;
}

void tst_E2eMigrate::initTestCase()
{
    const QString rig = rigProblem();
    QVERIFY2(rig.isEmpty(), qPrintable(rig));
    QVERIFY(QFile::exists(binary));
    // Seeded once (the slow part); every case starts from its own copy of this volume.
    m_template = m_root.filePath(QStringLiteral("tmplx") + QString::number(QCoreApplication::applicationPid()));
    QByteArray error;
    m_counts = seedRig(m_template, &error);
    QVERIFY2(m_counts.size() >= 10, error.constData());
    m_compose = readAll(m_template + QStringLiteral("/compose.yaml"));
    QVERIFY(m_compose.contains("image: postgres:12"));
    // Stopped cleanly, so that each copy starts without crash recovery.
    QCOMPARE(run(QStringLiteral("docker-compose"), {QStringLiteral("stop")}, m_template).code, 0);
}

void tst_E2eMigrate::cleanupTestCase()
{
    if (!m_template.isEmpty())
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, m_template, 120000);
}

void tst_E2eMigrate::cleanup()
{
    for (const QString &dir : std::as_const(m_projects)) {
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 120000);
        // Whatever the compose file no longer names: containers of the project, the dump-restore volume, volumes a
        // rollback kept aside (all named after the project).
        const QString name = projectName(dir);
        const Run containers = run(QStringLiteral("docker"),
                                   {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                    QStringLiteral("label=com.docker.compose.project=") + name});
        for (const QByteArray &id : containers.out.split('\n')) {
            if (!id.trimmed().isEmpty())
                run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), QString::fromUtf8(id)});
        }
        const Run volumes = run(
            QStringLiteral("docker"),
            {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")});
        for (const QByteArray &volume : volumes.out.split('\n')) {
            if (volume.startsWith(name.toUtf8() + '_'))
                run(QStringLiteral("docker"),
                    {QStringLiteral("volume"), QStringLiteral("rm"), QString::fromUtf8(volume)});
        }
    }
    m_projects.clear();
}

/// The compose file after a finished migration with each method.
static QByteArray migratedCompose(QByteArray original, const QString &method)
{
    original.replace("image: postgres:12", "image: postgres:16");
    if (method == QLatin1String("dump-restore")) {
        original.replace("- postgres-data:/var/lib/postgresql/data", "- postgres-data-pg16:/var/lib/postgresql/data");
        original.replace("volumes:\n  postgres-data:\n", "volumes:\n  postgres-data:\n  postgres-data-pg16:\n");
    }
    return original;
}

void tst_E2eMigrate::fullMigration_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("rehearse");
    QTest::newRow("pgautoupgrade, rehearsed") << "pgautoupgrade" << true;
    QTest::newRow("dump-restore") << "dump-restore" << false;
}

void tst_E2eMigrate::fullMigration()
{
    QFETCH(QString, method);
    QFETCH(bool, rehearse);
    const QString dir = project(QStringLiteral("full") + QString(method).remove(u'-'));
    QStringList args{QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--method"), method};
    if (rehearse)
        args.append(QStringLiteral("--rehearse"));
    const Run migrated = run(binary, args + QStringList{dir});
    QVERIFY2(migrated.code == 0, migrated.out + migrated.err);
    QVERIFY(migrated.out.contains("The migration is complete."));
    QVERIFY(migrated.out.contains("[PASS] Row counts"));
    checkData(projectName(dir), 16, m_counts);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), migratedCompose(m_compose, method));
    if (method == QLatin1String("dump-restore")) {
        // The old volume is kept as it was: still Postgres 12 data.
        const Run old = run(QStringLiteral("docker"),
                            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                             QStringLiteral("none"), QStringLiteral("--entrypoint"), QStringLiteral("cat"),
                             QStringLiteral("-v"), projectName(dir) + u'_' + volumeKey + QStringLiteral(":/d:ro"),
                             QStringLiteral("postgres:12"), QStringLiteral("/d/PG_VERSION")});
        QCOMPARE(old.out.trimmed(), QByteArray("12"));
    }

    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    const QJsonObject statusJson = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(statusJson.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject journal =
        QJsonDocument::fromJson(readAll(dir + QStringLiteral("/.ente-db-migrate/journal.json"))).object();
    QCOMPARE(journal.value(QStringLiteral("method")).toString(), method);
    QCOMPARE(journal.value(QStringLiteral("new_volume")).toString(),
             method == QLatin1String("dump-restore") ? QStringLiteral("postgres-data-pg16") : QString());

    // The report in every format, without the password; the row-count table in each.
    for (const QString &format :
         {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const QString file = dir + QStringLiteral("/report.") + format;
        const Run report = run(
            binary, {QStringLiteral("report"), dir, QStringLiteral("--format"), format, QStringLiteral("-o"), file});
        QVERIFY2(report.code == 0, report.err.constData());
        const QByteArray bytes = readAll(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(format));
        QVERIFY2(!bytes.contains("pgpass"), qPrintable(format));
        if (format == QLatin1String("pdf"))
            continue;
        QVERIFY2(bytes.contains("collection_files"), qPrintable(format));
        QVERIFY2(bytes.contains(method.toUtf8()), qPrintable(format));
    }
    const QJsonObject report = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
    QCOMPARE(report.value(QStringLiteral("method")).toString(), method);
    QVERIFY(!readAll(dir + QStringLiteral("/.ente-db-migrate/journal.json")).contains("pgpass"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(!pdftotext.isEmpty());
    const Run text =
        run(pdftotext, {QStringLiteral("-layout"), dir + QStringLiteral("/report.pdf"), QStringLiteral("-")});
    QVERIFY2(text.out.contains("Row counts"), text.out.constData());
    QVERIFY(text.out.contains("public.files"));
    QVERIFY(text.out.contains("public.collection_files"));
    QVERIFY(!text.out.contains("pgpass"));
}

/// Starts `migrate --yes --json-events` with args and SIGKILLs it at the first event that matches trigger:
/// "STATE" (the journal enters it), "progress:STEP" (the step has moved bytes) or "milestone:STEP".
static bool migrateAndKillAt(const QString &dir, const QString &trigger, const QStringList &args)
{
    QProcess p;
    p.start(binary,
            QStringList{QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--json-events")} + args +
                QStringList{dir});
    p.closeWriteChannel();
    const QString kind = trigger.contains(u':') ? trigger.section(u':', 0, 0) : QStringLiteral("state");
    const QString what = trigger.contains(u':') ? trigger.section(u':', 1) : trigger;
    QByteArray pending;
    while (p.waitForReadyRead(600000)) {
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            const QString name = event.value(QStringLiteral("event")).toString();
            const bool hit = name == kind &&
                (kind == QLatin1String("state") ? event.value(QStringLiteral("state")).toString() == what
                                                : event.value(QStringLiteral("step")).toString() == what &&
                         (kind != QLatin1String("progress") || event.value(QStringLiteral("done")).toDouble() > 0));
            if (hit) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                return true;
            }
        }
    }
    p.waitForFinished();
    return false;
}

static void addStates()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QStringList>("args");
    const QStringList rehearsed{QStringLiteral("--rehearse")};
    // Every state of a rehearsed pgautoupgrade migration; where a step moves data, killed while it does.
    QTest::newRow("preflight") << "preflight" << rehearsed;
    QTest::newRow("backup") << "progress:backup" << rehearsed;
    QTest::newRow("rehearse") << "progress:rehearse" << rehearsed;
    QTest::newRow("stop") << "stop" << rehearsed;
    QTest::newRow("upgrade") << "milestone:upgrade" << rehearsed;
    QTest::newRow("finish") << "finish" << rehearsed;
    QTest::newRow("verify") << "verify" << rehearsed;
    // dump-restore: killed while the backup is restored into the new volume, and before the verify.
    const QStringList dumpRestore{QStringLiteral("--method"), QStringLiteral("dump-restore")};
    QTest::newRow("dump-restore upgrade") << "progress:upgrade" << dumpRestore;
    QTest::newRow("dump-restore verify") << "verify" << dumpRestore;
}

void tst_E2eMigrate::killedInEveryStateThenResumed_data()
{
    addStates();
}

void tst_E2eMigrate::killedInEveryStateThenResumed()
{
    QFETCH(QString, trigger);
    QFETCH(QStringList, args);
    const QString dir = project(QStringLiteral("kill") + QString::number(QTest::currentDataTag()[0] == 'd') +
                                QString(trigger).remove(u':').remove(u'-'));
    QVERIFY2(migrateAndKillAt(dir, trigger, args), "the migration never got there");
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("finished")).toBool(), false);
    const Run resumed = run(binary, {QStringLiteral("resume"), QStringLiteral("--yes"), dir});
    QVERIFY2(resumed.code == 0, resumed.out + resumed.err);
    QVERIFY(resumed.out.contains("[PASS] Row counts"));
    checkData(projectName(dir), 16, m_counts);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")),
             migratedCompose(m_compose,
                             args.contains(QStringLiteral("dump-restore")) ? QStringLiteral("dump-restore")
                                                                           : QStringLiteral("pgautoupgrade")));
}

void tst_E2eMigrate::rollbackFromEveryState_data()
{
    addStates();
}

void tst_E2eMigrate::rollbackFromEveryState()
{
    QFETCH(QString, trigger);
    QFETCH(QStringList, args);
    const QString dir = project(QStringLiteral("rollback") + QString::number(QTest::currentDataTag()[0] == 'd') +
                                QString(trigger).remove(u':').remove(u'-'));
    QVERIFY2(migrateAndKillAt(dir, trigger, args), "the migration never got there");
    const Run rolled = run(binary, {QStringLiteral("rollback"), QStringLiteral("--yes"), dir});
    QVERIFY2(rolled.code == 0, rolled.out + rolled.err);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), m_compose);
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("rolled_back"));
    // The stack is left as the user had it: Postgres 12 with every row.
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir);
    QVERIFY2(up.code == 0, up.err.constData());
    checkData(projectName(dir), 12, m_counts);
}

void tst_E2eMigrate::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("upgrade error") << "upgrade-fail"
                                   << "pg_upgrade";
    QTest::newRow("early exit") << "exit-early"
                                << "exit";
    QTest::newRow("no completion line") << "hang"
                                        << "did not complete";
}

void tst_E2eMigrate::faults()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    const QString dir = project(QStringLiteral("fault") + QString(fault).remove(u'-'));
    // The knob goes into the service's environment, as a user's compose file would carry any setting.
    QByteArray withFault = m_compose;
    withFault.replace("      POSTGRES_DB: ente_db\n",
                      "      POSTGRES_DB: ente_db\n      PGAUTO_RIG_FAULT: " + fault.toUtf8() + '\n');
    QVERIFY(withFault != m_compose);
    {
        QFile file(dir + QStringLiteral("/compose.yaml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withFault);
    }
    const Run migrated = run(
        binary,
        {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("2"), dir});
    QCOMPARE(migrated.code, 1);
    QVERIFY2(QString::fromUtf8(migrated.err).contains(message, Qt::CaseInsensitive), migrated.err.constData());
    const Run rolled = run(binary, {QStringLiteral("rollback"), QStringLiteral("--yes"), dir});
    QVERIFY2(rolled.code == 0, rolled.out + rolled.err);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), withFault);
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir);
    QVERIFY2(up.code == 0, up.err.constData());
    checkData(projectName(dir), 12, m_counts);
}

void tst_E2eMigrate::preflightRefuses_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("message");
    QTest::newRow("leftover upgrade lock") << "lock"
                                           << "pgautoupgrade"
                                           << "upgrade_in_progress.lock exists";
    QTest::newRow("new volume exists") << "volume"
                                       << "dump-restore"
                                       << "exists already";
}

/// The preflight stops before anything changes, says why, and shows its other findings (the rig's service has a
/// healthcheck, which only pgautoupgrade minds, and md5 passwords).
void tst_E2eMigrate::preflightRefuses()
{
    QFETCH(QString, fault);
    QFETCH(QString, method);
    QFETCH(QString, message);
    const QString dir = project(QStringLiteral("pre") + fault);
    if (fault == QLatin1String("lock")) {
        const QString container = runningContainer(projectName(dir));
        QVERIFY(!container.isEmpty());
        QCOMPARE(run(QStringLiteral("docker"),
                     {QStringLiteral("exec"), container, QStringLiteral("touch"),
                      QStringLiteral("/var/lib/postgresql/data/upgrade_in_progress.lock")})
                     .code,
                 0);
    } else {
        QCOMPARE(run(QStringLiteral("docker"),
                     {QStringLiteral("volume"), QStringLiteral("create"),
                      projectName(dir) + QStringLiteral("_postgres-data-pg16")})
                     .code,
                 0);
    }
    const Run migrated =
        run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--method"), method, dir});
    QCOMPARE(migrated.code, 1);
    QVERIFY2(migrated.out.contains(message.toUtf8()), migrated.out.constData());
    // The healthcheck matters to pgautoupgrade only (dump-restore starts a fresh server on a new volume).
    QCOMPARE(migrated.out.contains("[WARN] Healthcheck"), method == QLatin1String("pgautoupgrade"));
    QVERIFY2(migrated.out.contains("[WARN] Password hashes"), migrated.out.constData());
    QVERIFY2(migrated.out.contains("SET password_encryption = 'scram-sha-256'"), migrated.out.constData());
    QVERIFY2(migrated.err.contains("Nothing was changed"), migrated.err.constData());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), m_compose);
    QVERIFY(QDir(dir).entryList({QStringLiteral("*.backup.sql")}, QDir::Files).isEmpty());
    // Nothing was changed, so nothing is left to resume or roll back: status says so, rollback refuses, and the next
    // migrate starts afresh (and stops at the same place) instead of asking about an unfinished migration.
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    QCOMPARE(status.code, 0);
    const QJsonObject state = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    QCOMPARE(state.value(QStringLiteral("finished")).toBool(), true);
    const Run rolledBack = run(binary, {QStringLiteral("rollback"), QStringLiteral("--yes"), dir});
    QVERIFY(rolledBack.code != 0);
    QVERIFY2(rolledBack.err.contains("nothing to roll back"), rolledBack.err.constData());
    const Run again =
        run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--method"), method, dir});
    QCOMPARE(again.code, 1);
    QVERIFY2(!again.err.contains("not finished"), again.err.constData());
    QVERIFY2(again.out.contains(message.toUtf8()), again.out.constData());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), m_compose);
}

/// A project already on the target: refused before anything runs.
void tst_E2eMigrate::alreadyOnTarget()
{
    const QString dir = m_root.filePath(QStringLiteral("on16"));
    QVERIFY(QDir().mkpath(dir));
    QByteArray compose = m_compose;
    compose.replace("image: postgres:12", "image: postgres:16");
    {
        QFile file(dir + QStringLiteral("/compose.yaml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(compose);
    }
    const Run migrated = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir});
    QVERIFY(migrated.code != 0);
    QVERIFY2(migrated.err.contains("already runs Postgres 16"), migrated.err.constData());
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), compose);
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/.ente-db-migrate/journal.json")));
}

QTEST_GUILESS_MAIN(tst_E2eMigrate)
#include "tst_e2e_migrate.moc"
