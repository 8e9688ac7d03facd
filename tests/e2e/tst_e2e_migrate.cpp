// The whole migration on the real rig (tests/rig): `ente-db-migrate migrate --yes` end to end, killed in every state
// and resumed, rolled back from every state, and the rig's fault knobs. Runs the built binary the way a user does.
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

namespace {

const QString binary = QStringLiteral(EDM_BINARY_DIR "/src/ente-db-migrate");
const QString rig = QStringLiteral(EDM_SOURCE_DIR "/tests/rig/rig");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &cwd = {}, int timeoutMs = 900000)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    p.waitForStarted();
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// Seeds an Ente-like postgres:12 project in dir and returns its row counts (table → rows).
QMap<QString, qint64> seed(const QString &dir)
{
    const Run seeded = run(rig, {QStringLiteral("seed"), dir}, {}, 600000);
    if (seeded.code != 0)
        qFatal("rig seed failed: %s", seeded.err.constData());
    QMap<QString, qint64> counts;
    for (const QByteArray &line : readAll(dir + QStringLiteral("/.rig-rowcounts")).split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            counts.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toLongLong());
    }
    return counts;
}

QString sql(const QString &container, const QString &query)
{
    const Run r = run(QStringLiteral("docker"),
                      {QStringLiteral("exec"), container, QStringLiteral("psql"), QStringLiteral("-X"),
                       QStringLiteral("-At"), QStringLiteral("-U"), QStringLiteral("pguser"), QStringLiteral("-d"),
                       QStringLiteral("ente_db"), QStringLiteral("-c"), query});
    return QString::fromUtf8(r.out).trimmed();
}

QString runningContainer(const QString &project)
{
    const Run r = run(QStringLiteral("docker"),
                      {QStringLiteral("ps"), QStringLiteral("--filter"),
                       QStringLiteral("label=com.docker.compose.project=") + project, QStringLiteral("--format"),
                       QStringLiteral("{{.Names}}")});
    return QString::fromUtf8(r.out).trimmed().split(u'\n').value(0);
}

/// Waits until the project's Postgres answers over TCP, then returns its major version and row counts.
void checkData(const QString &project, int major, const QMap<QString, qint64> &expected)
{
    QString container;
    QTRY_VERIFY_WITH_TIMEOUT(!(container = runningContainer(project)).isEmpty(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(sql(container, QStringLiteral("show server_version_num")).left(2), QString::number(major),
                              120000);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(sql(container, QStringLiteral("select count(*) from public.\"%1\"").arg(it.key())).toLongLong(),
                 it.value());
}

} // namespace

class tst_E2eMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullMigration();
    void killedInEveryStateThenResumed_data();
    void killedInEveryStateThenResumed();
    void rollbackFromEveryState_data();
    void rollbackFromEveryState();
    void faults_data();
    void faults();
    void cleanup();

private:
    /// A project folder whose name (and so compose project name) is unique to this run; its containers and volumes
    /// are removed when the test function ends.
    QString project(const QString &name);

    QTemporaryDir m_root{QStringLiteral("/tmp/edm-e2e-XXXXXX")};
    QStringList m_projects;
};

QString tst_E2eMigrate::project(const QString &name)
{
    const QString unique = name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    m_projects.append(m_root.filePath(unique));
    return m_root.filePath(unique);
}

void tst_E2eMigrate::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST"))
        QFAIL("DOCKER_HOST is not set: run through ./scripts/test, which brings up tests/rig and exports its "
              "environment (eval \"$(tests/rig/rig env)\").");
    const Run info = run(QStringLiteral("docker"),
                         {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")});
    QVERIFY2(info.code == 0,
             qPrintable(QStringLiteral("the rig's docker engine does not answer: ") + QString::fromUtf8(info.err)));
    QVERIFY(QFile::exists(binary));
}

void tst_E2eMigrate::cleanup()
{
    for (const QString &dir : std::as_const(m_projects))
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 120000);
    m_projects.clear();
}

void tst_E2eMigrate::fullMigration()
{
    const QString dir = project(QStringLiteral("full"));
    const auto counts = seed(dir);
    QVERIFY(counts.size() >= 10);
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));

    const Run migrated = run(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), dir});
    QVERIFY2(migrated.code == 0, migrated.err.constData());
    QVERIFY(migrated.out.contains("The migration is complete."));
    checkData(QFileInfo(dir).fileName(), 16, counts);
    QByteArray expected = original;
    expected.replace("image: postgres:12", "image: postgres:16");
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), expected);

    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));

    // The report in every format, without the password; the PDF has the row-count table.
    for (const QString &format :
         {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const QString file = m_root.filePath(QStringLiteral("report.") + format);
        const Run report = run(
            binary, {QStringLiteral("report"), dir, QStringLiteral("--format"), format, QStringLiteral("-o"), file});
        QVERIFY2(report.code == 0, report.err.constData());
        QVERIFY(!readAll(file).contains("pgpass"));
    }
    QVERIFY(!readAll(dir + QStringLiteral("/.ente-db-migrate/journal.json")).contains("pgpass"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(!pdftotext.isEmpty());
    const Run text = run(pdftotext, {m_root.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY2(text.out.contains("Row counts"), text.out.constData());
    QVERIFY(text.out.contains("public.files"));
}

static void addStates()
{
    QTest::addColumn<QString>("state");
    // One state per phase of the data: before it is touched (backup), while pgautoupgrade converts it (upgrade), and
    // after the switch to the final image (verify). Each row is a whole seeded migration, so the matrix is kept to
    // what fits CI's time.
    for (const char *state : {"backup", "upgrade", "verify"})
        QTest::newRow(state) << QString::fromLatin1(state);
}

/// Starts `migrate --yes --json-events` and SIGKILLs it as soon as it reports state.
static bool migrateAndKillAt(const QString &dir, const QString &state)
{
    QProcess p;
    p.start(binary, {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--json-events"), dir});
    p.closeWriteChannel();
    QByteArray pending;
    while (p.waitForReadyRead(600000)) {
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("state") &&
                event.value(QStringLiteral("state")).toString() == state) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                return true;
            }
        }
    }
    p.waitForFinished();
    return false;
}

void tst_E2eMigrate::killedInEveryStateThenResumed_data()
{
    addStates();
}

void tst_E2eMigrate::killedInEveryStateThenResumed()
{
    QFETCH(QString, state);
    const QString dir = project(QStringLiteral("kill") + state);
    const auto counts = seed(dir);
    QVERIFY2(migrateAndKillAt(dir, state), "the migration never reached that state");
    const Run status = run(binary, {QStringLiteral("status"), QStringLiteral("--json"), dir});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("finished")).toBool(), false);
    const Run resumed = run(binary, {QStringLiteral("resume"), QStringLiteral("--yes"), dir});
    QVERIFY2(resumed.code == 0, resumed.out + resumed.err);
    checkData(QFileInfo(dir).fileName(), 16, counts);
}

void tst_E2eMigrate::rollbackFromEveryState_data()
{
    addStates();
}

void tst_E2eMigrate::rollbackFromEveryState()
{
    QFETCH(QString, state);
    const QString dir = project(QStringLiteral("rollback") + state);
    const auto counts = seed(dir);
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));
    QVERIFY2(migrateAndKillAt(dir, state), "the migration never reached that state");
    const Run rolled = run(binary, {QStringLiteral("rollback"), QStringLiteral("--yes"), dir});
    QVERIFY2(rolled.code == 0, rolled.out + rolled.err);
    QCOMPARE(readAll(dir + QStringLiteral("/compose.yaml")), original);
    // The stack is left as the user had it: Postgres 12 with every row.
    const Run up = run(QStringLiteral("docker-compose"), {QStringLiteral("up"), QStringLiteral("-d")}, dir);
    QVERIFY2(up.code == 0, up.err.constData());
    checkData(QFileInfo(dir).fileName(), 12, counts);
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
    const auto counts = seed(dir);
    const QByteArray original = readAll(dir + QStringLiteral("/compose.yaml"));
    // The knob goes into the service's environment, as a user's compose file would carry any setting.
    QByteArray withFault = original;
    withFault.replace("      POSTGRES_DB: ente_db\n",
                      "      POSTGRES_DB: ente_db\n      PGAUTO_RIG_FAULT: " + fault.toUtf8() + '\n');
    QVERIFY(withFault != original);
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
    checkData(QFileInfo(dir).fileName(), 12, counts);
}

QTEST_GUILESS_MAIN(tst_E2eMigrate)
#include "tst_e2e_migrate.moc"
