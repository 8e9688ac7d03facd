// SPDX-License-Identifier: GPL-3.0-or-later
// BackupWriter, Restorer and ServerProbe against the real rig (tests/rig): a seeded Ente-like project on postgres:12,
// its backup checked against sha256sum and the seeded row counts, the faults (cancel at half, the container killed
// mid-dump, a full disk), restores into throwaway containers (every row arrives; a broken dump stops at the right
// line with psql's message), the probe's answers, the TCP login (md5 under scram after a restore into 16), and the
// 16 image's too-old pg_dumpall.
//
// Needs the rig's environment (scripts/test runs `eval "$(tests/rig/rig env)"` before ctest). Without DOCKER_HOST or
// an engine that answers, it fails: an e2e run that silently skips proves nothing.
#include "cli/Cli.h"
#include "core/compose/ComposeProject.h"
#include "core/docker/DockerCli.h"
#include "core/postgres/BackupWriter.h"
#include "core/postgres/Restorer.h"
#include "core/postgres/ServerProbe.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace edm;
using namespace edm::test;

namespace {

constexpr int SeedTimeoutMs = 10 * 60 * 1000;
constexpr int ReadyTimeoutMs = 3 * 60 * 1000;

template<typename T> QString errorOf(const Expected<T> &expected)
{
    return expected ? QString() : expected.error().code + QStringLiteral(": ") + expected.error().message.toString();
}

template<typename T, typename Start> Expected<T> await(Start start, int timeoutMs = 10 * 60 * 1000)
{
    std::optional<Expected<T>> answer;
    QObject context;
    start(&context, [&](const Expected<T> &result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return Error(QStringLiteral("test_timeout"), QStringLiteral("no answer in time"));
    return *answer;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

mode_t mode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

} // namespace

class TestE2eBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeTheSeededServer();
    void loginOverTcp();
    void backupMatchesSha256sumAndTheSeed();
    void backupOnTheCommandLine();
    void cancelAtHalfLeavesNothing();
    void killedContainerLeavesNothing();
    void fullDiskLeavesNothing();
    void restoreIntoThrowaway12();
    void restoreStopsAtTheBrokenLine_data();
    void restoreStopsAtTheBrokenLine();
    void restoreInto16MeetsScram();

private:
    BackupOptions backupOptions(const QString &dir) const;
    bool restartContainer();

    QTemporaryDir m_root;
    QString m_project; ///< the seeded project's folder
    QString m_projectName;
    QString m_container;
    Credentials m_credentials;
    QMap<QString, qint64> m_seeded; ///< table → rows, from the rig's .rig-rowcounts
    QString m_backup; ///< the first complete backup
    qint64 m_backupBytes = 0;
    std::unique_ptr<DockerCli> m_docker;
    QStringList m_throwaways;
    QString m_mount;
};

void TestE2eBackup::initTestCase()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.value(QStringLiteral("DOCKER_HOST")).isEmpty()) {
        QFAIL("DOCKER_HOST is not set. The e2e tests run against the rig: use scripts/test, or run "
              "`tests/rig/rig up && eval \"$(tests/rig/rig env)\"` before ctest.");
    }
    QVERIFY(m_root.isValid());
    m_docker = std::make_unique<DockerCli>();
    const Run version =
        run(m_docker->dockerProgram(),
            {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    QVERIFY2(version.code == 0,
             qPrintable(QStringLiteral("the rig's engine at %1 does not answer: %2")
                            .arg(m_docker->daemonAddress(), QString::fromUtf8(version.err))));

    // A project of our own, seeded by the rig: ~305k rows in Ente-like tables, their counts in .rig-rowcounts.
    m_projectName = QStringLiteral("bke2e%1").arg(QCoreApplication::applicationPid());
    m_project = m_root.filePath(m_projectName);
    QVERIFY(QDir().mkpath(m_project));
    const Run seed = run(rigScript, {QStringLiteral("seed"), m_project}, {}, SeedTimeoutMs);
    QVERIFY2(seed.code == 0, seed.err.constData());
    QFile counts(m_project + QStringLiteral("/.rig-rowcounts"));
    QVERIFY(counts.open(QIODevice::ReadOnly));
    for (const QByteArray &line : counts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            m_seeded.insert(QString::fromUtf8(fields.at(0)), fields.at(1).toLongLong());
    }
    QVERIFY(m_seeded.size() >= 10);

    const Expected<ComposeProject> project = ComposeProject::open(m_project);
    QVERIFY2(project, qPrintable(errorOf(project)));
    const Expected<PostgresService> service = project->postgresService();
    QVERIFY(service);
    m_credentials = service->credentials;
    const auto containers = await<QList<ContainerInfo>>(
        [&](QObject *c, auto done) { m_docker->listContainers(m_projectName, QStringLiteral("postgres"), c, done); });
    QVERIFY2(containers && containers->size() == 1, qPrintable(errorOf(containers)));
    m_container = containers->first().name;
    m_docker->addSecret(m_credentials.password);
}

void TestE2eBackup::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        run(QStringLiteral("umount"), {m_mount});
    if (!m_docker)
        return;
    for (const QString &name : std::as_const(m_throwaways))
        run(m_docker->dockerProgram(), {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), name});
    if (!m_project.isEmpty() && QFileInfo::exists(m_project + QStringLiteral("/compose.yaml"))) {
        QProcess down;
        down.setWorkingDirectory(m_project);
        down.start(QStringLiteral("docker-compose"),
                   {QStringLiteral("down"), QStringLiteral("-v"), QStringLiteral("-t"), QStringLiteral("5")});
        down.waitForFinished(120000);
    }
}

BackupOptions TestE2eBackup::backupOptions(const QString &dir) const
{
    BackupOptions o;
    o.container = m_container;
    o.credentials = m_credentials;
    o.directory = dir;
    o.composeFile = m_project + QStringLiteral("/compose.yaml");
    o.service = QStringLiteral("postgres");
    o.project = m_projectName;
    return o;
}

bool TestE2eBackup::restartContainer()
{
    if (run(m_docker->dockerProgram(), {QStringLiteral("start"), m_container}).code != 0)
        return false;
    ServerProbe probe(m_docker.get(), m_container, m_credentials);
    std::optional<Status> ready;
    probe.waitUntilReady(ReadyTimeoutMs, this, [&ready](const Status &s) { ready = s; });
    return QTest::qWaitFor([&] { return ready.has_value(); }, ReadyTimeoutMs + 10000) && ready->ok();
}

void TestE2eBackup::probeTheSeededServer()
{
    ServerProbe probe(m_docker.get(), m_container, m_credentials);
    const auto snapshot = await<ServerSnapshot>([&](QObject *c, auto done) { probe.snapshot(c, done); });
    QVERIFY2(snapshot, qPrintable(errorOf(snapshot)));
    QCOMPARE(snapshot->version.major, 12);
    QCOMPARE(snapshot->version.text, QStringLiteral("12.22"));
    QVERIFY(snapshot->version.full.startsWith(QLatin1String("PostgreSQL 12.22")));
    QCOMPARE(snapshot->passwordEncryption, QStringLiteral("md5"));
    QVERIFY2(snapshot->warnings.isEmpty(), qPrintable(toStringList(snapshot->warnings).join(u'\n')));
    bool ente = false;
    for (const DatabaseInfo &db : snapshot->databases) {
        if (db.name == QLatin1String("ente_db")) {
            ente = true;
            QVERIFY(db.sizeBytes > 50 * 1024 * 1024);
            QCOMPARE(db.encoding, QStringLiteral("UTF8"));
            QVERIFY(!db.collate.isEmpty());
        }
    }
    QVERIFY(ente);
    QVERIFY(snapshot->totalSize() > 50 * 1024 * 1024);
    QMap<QString, PasswordKind> roles;
    for (const RoleInfo &role : snapshot->roles)
        roles.insert(role.name, role.password);
    QCOMPARE(roles.value(QStringLiteral("pguser")), PasswordKind::Md5);
    QCOMPARE(roles.value(QStringLiteral("ente_readonly")), PasswordKind::Md5);
    QVERIFY(!snapshot->hbaRules.isEmpty());
    QCOMPARE(snapshot->dataDirectory.pgVersion, QStringLiteral("12"));
    QCOMPARE(snapshot->dataDirectory.path(), QStringLiteral("/var/lib/postgresql/data"));

    // Every row, exactly: the probe's count(*) per table against what the rig seeded.
    const auto counts = await<QList<DatabaseRowCounts>>([&](QObject *c, auto done) { probe.allTableCounts(c, done); });
    QVERIFY2(counts, qPrintable(errorOf(counts)));
    QMap<QString, qint64> found;
    for (const DatabaseRowCounts &db : *counts) {
        if (db.database != QLatin1String("ente_db")) {
            QVERIFY(db.tables.isEmpty());
            continue;
        }
        for (const TableRowCount &t : db.tables)
            found.insert(t.table, t.rows);
    }
    QCOMPARE(found, m_seeded);

    const auto tool =
        await<ServerVersion>([&](QObject *c, auto done) { probe.toolVersion(QStringLiteral("pg_dumpall"), c, done); });
    QVERIFY(tool);
    QCOMPARE(tool->major, 15);
}

void TestE2eBackup::loginOverTcp()
{
    // The official image trusts 127.0.0.1: the login works whatever the password, so the password is compared with
    // the stored md5 hash by the server.
    ServerProbe probe(m_docker.get(), m_container, m_credentials);
    const auto login = await<LoginCheck>([&](QObject *c, auto done) { probe.testLogin(c, done); });
    QVERIFY2(login, qPrintable(errorOf(login)));
    QCOMPARE(login->localMethod, QStringLiteral("trust"));
    QCOMPARE(login->remoteMethod, QStringLiteral("md5"));
    QCOMPARE(login->password, PasswordKind::Md5);
    QVERIFY(!login->passwordCheckedByLogin);
    QVERIFY(login->passwordMatches.has_value() && *login->passwordMatches);

    Credentials wrong = m_credentials;
    wrong.password = QStringLiteral("not-the-password");
    ServerProbe wrongProbe(m_docker.get(), m_container, wrong);
    const auto refused = await<LoginCheck>([&](QObject *c, auto done) { wrongProbe.testLogin(c, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("login_password_wrong"));
    QVERIFY(!refused.error().message.toString().contains(QLatin1String("not-the-password")));
}

void TestE2eBackup::backupMatchesSha256sumAndTheSeed()
{
    const QString dir = m_root.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(m_docker.get());
    int progressSignals = 0;
    connect(&writer, &BackupWriter::progress, this, [&] { ++progressSignals; });
    const Expected<BackupResult> result = writer.runToCompletion(backupOptions(dir));
    QVERIFY2(result, qPrintable(errorOf(result)));
    m_backup = result->path;
    m_backupBytes = result->bytes;
    // The default name carries the source version and the time; it never replaces an earlier backup.
    QVERIFY2(QRegularExpression(QStringLiteral("^pg12\\.22-\\d{8}-\\d{4}(-\\d+)?\\.backup\\.sql$"))
                 .match(QFileInfo(m_backup).fileName())
                 .hasMatch(),
             qPrintable(m_backup));
    QVERIFY(m_backupBytes > 50 * 1024 * 1024);
    QVERIFY(progressSignals > 2);

    const Run sum = run(QStringLiteral("sha256sum"), {m_backup});
    QCOMPARE(sum.code, 0);
    QCOMPARE(result->sha256, QString::fromLatin1(sum.out).section(u' ', 0, 0));
    QCOMPARE(mode(m_backup), mode_t(0600));
    QCOMPARE(mode(result->sidecarPath), mode_t(0600));
    const QString name = QFileInfo(m_backup).fileName();
    QCOMPARE(entries(dir), (QStringList{name, name + QStringLiteral(".json")}));

    // The rows in the dump are the rows seeded, table by table.
    const DumpDatabase *ente = result->summary.database(QStringLiteral("ente_db"));
    QVERIFY(ente);
    QMap<QString, qint64> dumped;
    for (const DumpTable &t : ente->tables)
        dumped.insert(t.table, t.rows);
    QCOMPARE(dumped, m_seeded);

    const Expected<BackupSidecar> sidecar = BackupSidecar::read(result->sidecarPath);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->sha256, result->sha256);
    QCOMPARE(sidecar->bytes, QFileInfo(m_backup).size());
    QCOMPARE(sidecar->serverVersion, QStringLiteral("12.22"));
    QCOMPARE(sidecar->container, m_container);
    QVERIFY(sidecar->complete);
    qint64 seededRows = 0;
    for (qint64 rows : std::as_const(m_seeded))
        seededRows += rows;
    QCOMPARE(sidecar->rows, seededRows);
}

void TestE2eBackup::backupOnTheCommandLine()
{
    const QString file = m_root.filePath(QStringLiteral("cli/ente.sql"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CommandContext context{{QStringLiteral("ente-db-migrate"), QStringLiteral("backup"), m_project,
                                 QStringLiteral("-o"), file, QStringLiteral("--progress"), QStringLiteral("json")},
                                outStream,
                                errStream,
                                QProcessEnvironment::systemEnvironment(),
                                m_root.path()};
    QCOMPARE(cli::run(context), 0);
    outStream.flush();
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(last.value(QLatin1String("event")).toString(), QStringLiteral("finished"));
    QVERIFY(last.value(QLatin1String("ok")).toBool());
    QCOMPARE(last.value(QLatin1String("path")).toString(), file);
    QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QLatin1String("event")).toString(),
             QStringLiteral("started"));
    QVERIFY(!out.contains(m_credentials.password) && !err.contains(m_credentials.password));
    const Run sum = run(QStringLiteral("sha256sum"), {file});
    QCOMPARE(last.value(QLatin1String("sha256")).toString(), QString::fromLatin1(sum.out).section(u' ', 0, 0));
}

void TestE2eBackup::cancelAtHalfLeavesNothing()
{
    QVERIFY(m_backupBytes > 0);
    const QString dir = m_root.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(m_docker.get());
    qint64 cancelledAt = -1;
    connect(&writer, &BackupWriter::transferProgress, this, [&](const TransferStatus &s) {
        if (cancelledAt < 0 && s.bytes * 2 >= m_backupBytes) {
            cancelledAt = s.bytes;
            QVERIFY(QDir(dir).entryList({QStringLiteral("*.backup.sql")}, QDir::Files).isEmpty());
            writer.cancel();
        }
    });
    const Expected<BackupResult> result = writer.runToCompletion(backupOptions(dir));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_cancelled"));
    QVERIFY(cancelledAt >= m_backupBytes / 2 && cancelledAt < m_backupBytes);
    QVERIFY(entries(dir).isEmpty());
    // The server is unharmed.
    ServerProbe probe(m_docker.get(), m_container, m_credentials);
    QVERIFY(await<ServerVersion>([&](QObject *c, auto done) { probe.serverVersion(c, done); }));
}

void TestE2eBackup::killedContainerLeavesNothing()
{
    const QString dir = m_root.filePath(QStringLiteral("killed"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(m_docker.get());
    bool killed = false;
    connect(&writer, &BackupWriter::transferProgress, this, [&](const TransferStatus &s) {
        if (!killed && s.bytes * 3 >= m_backupBytes) {
            killed = true;
            const Run kill = run(m_docker->dockerProgram(), {QStringLiteral("kill"), m_container});
            QVERIFY2(kill.code == 0, kill.err.constData());
        }
    });
    const Expected<BackupResult> result = writer.runToCompletion(backupOptions(dir));
    const bool restarted = restartContainer();
    QVERIFY(killed);
    QVERIFY(!result);
    QVERIFY2(result.error().code == QLatin1String("backup_container_died"), qPrintable(errorOf(result)));
    QVERIFY(result.error().message.toString().contains(m_container));
    QVERIFY(result.error().message.toString().contains(QLatin1String("exited with code 137")));
    QVERIFY(entries(dir).isEmpty());
    QVERIFY2(restarted, "the killed container did not come back");
}

void TestE2eBackup::fullDiskLeavesNothing()
{
    if (geteuid() != 0)
        QFAIL("the e2e tests run as root (the rig needs it): a tmpfs is mounted here");
    // A 256 MiB tmpfs passes the free-space check (1.2 × ~140 MB of databases); once the dump runs, another writer
    // fills it to 20 MiB from the end: a real ENOSPC in the middle of the dump.
    m_mount = m_root.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(m_mount));
    const Run mount = run(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=256m"), QStringLiteral("tmpfs"), m_mount});
    QVERIFY2(mount.code == 0, mount.err.constData());
    const QString backups = m_mount + QStringLiteral("/backups");
    QVERIFY(QDir().mkpath(backups));
    BackupWriter writer(m_docker.get());
    connect(&writer, &BackupWriter::phaseChanged, this, [&](BackupWriter::Phase phase) {
        if (phase != BackupWriter::Phase::Transferring)
            return;
        QStorageInfo storage(m_mount);
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, 'f');
        const qint64 blocks = storage.bytesAvailable() / block.size() - 20;
        for (qint64 i = 0; i < blocks; ++i)
            QCOMPARE(filler.write(block), block.size());
    });
    const Expected<BackupResult> result = writer.runToCompletion(backupOptions(backups));
    QVERIFY(!result);
    QVERIFY2(result.error().code == QLatin1String("backup_disk_full"), qPrintable(errorOf(result)));
    QVERIFY(result.error().message.toString().contains(qt_error_string(ENOSPC)));
    QVERIFY(entries(backups).isEmpty());
    QVERIFY(QStorageInfo(m_mount).bytesAvailable() >= 19 * 1024 * 1024); // the partial file's space is free again
    run(QStringLiteral("umount"), {m_mount});
    m_mount.clear();
}

void TestE2eBackup::restoreIntoThrowaway12()
{
    QVERIFY(!m_backup.isEmpty());
    Restorer restorer(m_docker.get());
    RestoreOptions options;
    options.dumpFile = m_backup;
    options.image = QStringLiteral("postgres:12");
    options.credentials = m_credentials;
    int progressSignals = 0;
    connect(&restorer, &Restorer::progress, this, [&] { ++progressSignals; });
    const Expected<RestoreResult> result = restorer.runToCompletion(options);
    QVERIFY2(result, qPrintable(errorOf(result)));
    m_throwaways.append(result->container);
    QVERIFY(result->throwaway);
    QCOMPARE(result->server.major, 12);
    QCOMPARE(result->bytes, QFileInfo(m_backup).size());
    QVERIFY(progressSignals > 2);

    ServerProbe probe(m_docker.get(), result->container, result->credentials);
    const auto counts = await<QList<DatabaseRowCounts>>([&](QObject *c, auto done) { probe.allTableCounts(c, done); });
    QVERIFY2(counts, qPrintable(errorOf(counts)));
    QMap<QString, qint64> found;
    for (const DatabaseRowCounts &db : *counts) {
        if (db.database == QLatin1String("ente_db")) {
            for (const TableRowCount &t : db.tables)
                found.insert(t.table, t.rows);
        }
    }
    QCOMPARE(found, m_seeded);

    std::optional<Status> removed;
    restorer.removeContainer(result->container, this, [&removed](const Status &s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 60000);
    QVERIFY(removed->ok());
    m_throwaways.removeAll(result->container);
}

void TestE2eBackup::restoreStopsAtTheBrokenLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("bad value in COPY data") << "copy";
    QTest::newRow("statement on a missing table") << "statement";
}

void TestE2eBackup::restoreStopsAtTheBrokenLine()
{
    QFETCH(QString, kind);
    QVERIFY(!m_backup.isEmpty());
    // A copy of the backup with one line broken in the middle; same number of lines.
    const QString broken = m_root.filePath(QStringLiteral("broken-%1.sql").arg(kind));
    QFile in(m_backup);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    qint64 number = 0;
    qint64 brokenLine = 0;
    qint64 filesCopy = 0;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        ++number;
        if (!brokenLine && kind == QLatin1String("copy")) {
            if (line.startsWith("COPY public.files "))
                filesCopy = number;
            else if (filesCopy && number == filesCopy + 25000) {
                line = "BADROW" + line.mid(line.indexOf('\t'));
                brokenLine = number;
            }
        } else if (!brokenLine && kind == QLatin1String("statement") &&
                   line.startsWith("ALTER TABLE ONLY public.files")) {
            line.replace("public.files", "public.no_such_table");
            brokenLine = number;
        }
        out.write(line);
    }
    out.close();
    QVERIFY(brokenLine > 0);

    Restorer restorer(m_docker.get());
    RestoreOptions options;
    options.dumpFile = broken;
    options.image = QStringLiteral("postgres:16");
    options.credentials = m_credentials;
    const Expected<RestoreResult> result = restorer.runToCompletion(options);
    QFile::remove(broken);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("restore_sql_error"));
    QCOMPARE(result.error().line, int(brokenLine));
    QCOMPARE(result.error().file, broken);
    const QString message = result.error().message.toString();
    QVERIFY2(message.contains(
                 QStringLiteral("line %1 of %2").arg(QLocale().toString(brokenLine)).arg(QFileInfo(broken).fileName())),
             qPrintable(message));
    if (kind == QLatin1String("copy"))
        QVERIFY2(message.contains(QLatin1String("invalid input syntax for type bigint: \"BADROW\"")),
                 qPrintable(message));
    else
        QVERIFY2(message.contains(QLatin1String("relation \"public.no_such_table\" does not exist")),
                 qPrintable(message));
    // The throwaway container is gone.
    const Run left = run(m_docker->dockerProgram(),
                         {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("-q"), QStringLiteral("--filter"),
                          QStringLiteral("name=") + restorer.result().container});
    QCOMPARE(left.out.trimmed(), QByteArray());
}

void TestE2eBackup::restoreInto16MeetsScram()
{
    // The dump-and-restore way to 16: every row arrives, and the role keeps its md5 hash, which the new server's
    // "host all all all scram-sha-256" refuses: museum would not log in. The probe says so before museum finds out.
    Restorer restorer(m_docker.get());
    RestoreOptions options;
    options.dumpFile = m_backup;
    options.image = QStringLiteral("postgres:16");
    options.credentials = m_credentials;
    const Expected<RestoreResult> result = restorer.runToCompletion(options);
    QVERIFY2(result, qPrintable(errorOf(result)));
    m_throwaways.append(result->container);
    QCOMPARE(result->server.major, 16);

    ServerProbe probe(m_docker.get(), result->container, result->credentials);
    const auto counts = await<QList<DatabaseRowCounts>>([&](QObject *c, auto done) { probe.allTableCounts(c, done); });
    QVERIFY2(counts, qPrintable(errorOf(counts)));
    qint64 rows = 0;
    for (const DatabaseRowCounts &db : *counts)
        rows += db.rows();
    qint64 seeded = 0;
    for (qint64 r : std::as_const(m_seeded))
        seeded += r;
    QCOMPARE(rows, seeded);

    const auto login = await<LoginCheck>([&](QObject *c, auto done) { probe.testLogin(c, done); });
    QVERIFY(!login);
    QCOMPARE(login.error().code, QStringLiteral("login_md5_under_scram"));

    const auto databases = await<QList<DatabaseInfo>>([&](QObject *c, auto done) { probe.databases(c, done); });
    QVERIFY(databases);
    for (const DatabaseInfo &db : *databases) {
        if (db.name == QLatin1String("ente_db")) {
            QCOMPARE(db.localeProvider, QStringLiteral("libc"));
            QVERIFY(!db.collationVersion.isEmpty());
        }
    }

    // The rig's 16 image carries Debian's 15 clients: its backup is refused with a clear reason, not a crash.
    const QString dir = m_root.filePath(QStringLiteral("from16"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(m_docker.get());
    BackupOptions backup = backupOptions(dir);
    backup.container = result->container;
    const Expected<BackupResult> refused = writer.runToCompletion(backup);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("dump_tool_too_old"));
    QVERIFY(refused.error().message.toString().contains(QLatin1String("16.14")));
    QVERIFY(entries(dir).isEmpty());
}

QTEST_GUILESS_MAIN(TestE2eBackup)
#include "tst_e2e_backup.moc"
