// SPDX-License-Identifier: GPL-3.0-or-later
// BackupWriter against a fake docker (tests/data/postgres/fake-docker) that answers like the rig's servers: the
// whole flow, its refusals and its faults, with real files and a real (small) full disk.
#include "core/docker/DockerCli.h"
#include "core/postgres/BackupWriter.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace edm;
using namespace edm::test;

namespace {

QString pgData(const QString &name = {})
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/postgres/") + name;
}

QString sha256sum(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    p.waitForFinished(60000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0);
}

mode_t mode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

/// The default name the options below give: the fake server's version and their fixed time.
const QString DefaultName = QStringLiteral("pg12.22-20261205-1612.backup.sql");

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackupWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backupIsVerifiedHashedAndPrivate();
    void pgDumpallGetsTheContainerUserAndOptions_data();
    void pgDumpallGetsTheContainerUserAndOptions();
    void fakeDockerRefusesOtherArguments();
    void replacesAnOlderBackupOnlyWhenDone();
    void refusesToReplaceUnasked();
    void defaultNameIsNeverTaken();
    void freePath_data();
    void freePath();
    void refusesWithoutFreeSpace();
    void refusesAnOlderPgDumpall();
    void pgDumpallRefusesTheServer();
    void diskFullLeavesNothing();
    void cancelAtHalfLeavesNothing();
    void containerDiesLeavesNothing();
    void truncatedDumpIsNotCommitted();
    void targetFolderMissing();
    void verifySummaryNamesWhatIsMissing();

private:
    DockerCli *docker(const QStringList &settings);
    BackupOptions options(const QString &dir) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DockerCli> m_docker;
    QString m_mount; ///< a tmpfs mounted by a test, unmounted in cleanup()
};

void TestBackupWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupWriter::cleanup()
{
    m_docker.reset();
    if (!m_mount.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {m_mount});
        m_mount.clear();
    }
    m_dir.reset();
}

DockerCli *TestBackupWriter::docker(const QStringList &settings)
{
    DockerCli::Options options;
    options.dockerProgram = pgData(QStringLiteral("fake-docker"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_PG_DATA"), pgData());
    env.insert(QStringLiteral("FAKE_DOCKER_DATA"), QStringLiteral(EDM_TEST_DATA_DIR "/docker/recorded"));
    env.insert(QStringLiteral("FAKE_DUMP_FILE"), pgData(QStringLiteral("small-cluster.sql")));
    for (const QString &setting : settings)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    options.environment = env;
    m_docker = std::make_unique<DockerCli>(options);
    return m_docker.get();
}

BackupOptions TestBackupWriter::options(const QString &dir) const
{
    BackupOptions o;
    o.container = QStringLiteral("ente_postgres_1");
    o.credentials = Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), QStringLiteral("pgpass"), {}};
    o.directory = dir;
    o.composeFile = QStringLiteral("/srv/ente/compose.yaml");
    o.service = QStringLiteral("postgres");
    o.project = QStringLiteral("ente");
    o.when = QDateTime(QDate(2026, 12, 5), QTime(16, 12, 40));
    return o;
}

void TestBackupWriter::backupIsVerifiedHashedAndPrivate()
{
    BackupWriter writer(docker({}));
    QSignalSpy phases(&writer, &BackupWriter::phaseChanged);
    QSignalSpy progress(&writer, &BackupWriter::transferProgress);
    // While it is written, nothing carries the final name, and any temporary file is private.
    bool seenWhileDumping = false;
    connect(&writer, &BackupWriter::transferProgress, this, [&] {
        if (writer.phase() != BackupWriter::Phase::Transferring)
            return;
        seenWhileDumping = true;
        QVERIFY(!QFileInfo::exists(m_dir->filePath(DefaultName)));
        if (!writer.temporaryPath().isEmpty()) {
            QCOMPARE(QFileInfo(writer.temporaryPath()).absolutePath(), m_dir->path());
            QCOMPARE(mode(writer.temporaryPath()), mode_t(0600));
        }
    });
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message.toString()));

    // The default name from the server's version and the time; the bytes are pg_dumpall's.
    QCOMPARE(result->path, m_dir->filePath(DefaultName));
    QFile original(pgData(QStringLiteral("small-cluster.sql")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile written(result->path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), original.readAll());
    QCOMPARE(result->bytes, original.size());
    // SHA-256 computed while streaming, as sha256sum sees the file.
    QCOMPARE(result->sha256, sha256sum(result->path));

    QVERIFY(seenWhileDumping);
    QCOMPARE(mode(result->path), mode_t(0600));
    QCOMPARE(mode(result->sidecarPath), mode_t(0600));
    QCOMPARE(entries(m_dir->path()), (QStringList{DefaultName, DefaultName + QStringLiteral(".json")}));

    // Verified, and described in the sidecar.
    QVERIFY(result->summary.complete);
    QCOMPARE(result->summary.rows(), 171);
    const Expected<BackupSidecar> sidecar = BackupSidecar::read(result->sidecarPath);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->sha256, result->sha256);
    QCOMPARE(sidecar->bytes, result->bytes);
    QCOMPARE(sidecar->file, DefaultName);
    QCOMPARE(sidecar->serverVersion, QStringLiteral("12.22"));
    QCOMPARE(sidecar->dumpVersion, QStringLiteral("15.18"));
    QCOMPARE(sidecar->composeFile, QStringLiteral("/srv/ente/compose.yaml"));
    QCOMPARE(sidecar->service, QStringLiteral("postgres"));
    QVERIFY(sidecar->complete);
    QVERIFY(sidecar->started.isValid() && sidecar->finished >= sidecar->started);
    QCOMPARE(sidecar->rows, 171);

    // Probing, dumping, verifying, finished; progress against the estimate (the databases' sizes).
    QCOMPARE(phases.size(), 4);
    QCOMPARE(phases.last().first().value<BackupWriter::Phase>(), BackupWriter::Phase::Finished);
    QVERIFY(!progress.isEmpty());
    const TransferStatus last = progress.last().first().value<TransferStatus>();
    QCOMPARE(last.bytes, result->bytes);
    QCOMPARE(last.total, result->estimateBytes);
    QVERIFY(result->estimateBytes > 7000000);
}

void TestBackupWriter::pgDumpallGetsTheContainerUserAndOptions_data()
{
    // What reaches docker for the dump, to the letter: the fake docker fails the dump (exit 97) on any other list, so a
    // wrong container or user, a dropped option or a password in the arguments fails the backup.
    QTest::addColumn<QString>("container");
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("expected");
    const QString passwordFromFile = QStringLiteral(
        "sh -c PGPASSWORD=\"$(cat \"$EDM_PGPASSWORD_FILE\")\" && export PGPASSWORD && exec \"$0\" \"$@\" ");
    QTest::newRow("user, database, password")
        << "ente_postgres_1"
        << Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), QStringLiteral("pgpass"), {}}
        << "exec -e PGPASSWORD ente_postgres_1 pg_dumpall -U pguser -l ente_db";
    QTest::newRow("another container and user")
        << "photos-db-1" << Credentials{QStringLiteral("ente"), QStringLiteral("photos"), QStringLiteral("pgpass"), {}}
        << "exec -e PGPASSWORD photos-db-1 pg_dumpall -U ente -l photos";
    QTest::newRow("no database: pg_dumpall's default")
        << "ente_postgres_1" << Credentials{QStringLiteral("pguser"), {}, QStringLiteral("pgpass"), {}}
        << "exec -e PGPASSWORD ente_postgres_1 pg_dumpall -U pguser";
    QTest::newRow("no user: the image's postgres")
        << "ente_postgres_1" << Credentials{{}, {}, QStringLiteral("pgpass"), {}}
        << "exec -e PGPASSWORD ente_postgres_1 pg_dumpall -U postgres";
    QTest::newRow("password file: read inside the container")
        << "ente_postgres_1"
        << Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), {}, QStringLiteral("/run/secrets/pg")}
        << QStringLiteral("exec -e EDM_PGPASSWORD_FILE=/run/secrets/pg ente_postgres_1 ") + passwordFromFile +
            QStringLiteral("pg_dumpall -U pguser -l ente_db");
}

void TestBackupWriter::pgDumpallGetsTheContainerUserAndOptions()
{
    QFETCH(QString, container);
    QFETCH(Credentials, credentials);
    QFETCH(QString, expected);
    const QString log = m_dir->filePath(QStringLiteral("docker.log"));
    BackupWriter writer(docker({QStringLiteral("FAKE_EXPECT_ARGS=") + expected, QStringLiteral("FAKE_LOG=") + log}));
    BackupOptions o = options(m_dir->filePath(QStringLiteral("out")));
    QVERIFY(QDir().mkpath(o.directory));
    o.container = container;
    o.credentials = credentials;
    const Expected<BackupResult> result = writer.runToCompletion(o);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message.toString()));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList calls = QString::fromUtf8(file.readAll()).split(u'\n').filter(QStringLiteral(">>> "));
    QVERIFY2(calls.contains(QStringLiteral(">>> ") + expected), qPrintable(calls.join(u'\n')));
    QVERIFY(!calls.join(u'\n').contains(QLatin1String("pgpass")));
}

void TestBackupWriter::fakeDockerRefusesOtherArguments()
{
    // The check itself: a user other than the expected one fails the dump with the fake's exit code and its words.
    BackupWriter writer(docker(
        {QStringLiteral("FAKE_EXPECT_ARGS=exec -e PGPASSWORD ente_postgres_1 pg_dumpall -U postgres -l ente_db")}));
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY(!result);
    QVERIFY2(result.error().message.toString().contains(QLatin1String("97")),
             qPrintable(result.error().message.toString()));
    QVERIFY2(result.error().message.toString().contains(
                 QLatin1String("got: exec -e PGPASSWORD ente_postgres_1 pg_dumpall -U pguser")),
             qPrintable(result.error().message.toString()));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestBackupWriter::replacesAnOlderBackupOnlyWhenDone()
{
    const QString target = m_dir->filePath(QStringLiteral("mine.sql"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older backup\n");
    old.close();
    // A failing dump leaves the older file as it was.
    {
        BackupWriter writer(docker({QStringLiteral("FAKE_DUMP=die"), QStringLiteral("FAKE_DIE_BYTES=5000")}));
        BackupOptions o = options(m_dir->path());
        o.path = target;
        o.replaceExisting = true;
        QVERIFY(!writer.runToCompletion(o));
        QFile check(target);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("an older backup\n"));
    }
    BackupWriter writer(docker({}));
    BackupOptions o = options(m_dir->path());
    o.path = target;
    o.replaceExisting = true; // the person said so
    const Expected<BackupResult> result = writer.runToCompletion(o);
    QVERIFY(result);
    QVERIFY(result->replacedExisting);
    QCOMPARE(QFileInfo(target).size(), QFileInfo(pgData(QStringLiteral("small-cluster.sql"))).size());
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("mine.sql"), QStringLiteral("mine.sql.json")}));
}

void TestBackupWriter::refusesToReplaceUnasked()
{
    const QString target = m_dir->filePath(QStringLiteral("mine.sql"));
    const QByteArray older = "an older backup\n";
    QVERIFY(writeAll(target, older));
    BackupWriter writer(docker({}));
    BackupOptions o = options(m_dir->path());
    o.path = target;
    const Expected<BackupResult> result = writer.runToCompletion(o);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_exists"));
    QVERIFY2(result.error().message.toString().contains(QDir::toNativeSeparators(target)),
             qPrintable(result.error().message.toString()));
    // Refused before pg_dumpall ran: the older bytes stay, nothing beside them.
    QCOMPARE(readAll(target), older);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("mine.sql")});
}

void TestBackupWriter::defaultNameIsNeverTaken()
{
    // Two backups in the same minute, and a stray sidecar of a third name: each gets a name of its own, the earlier
    // backup keeps its bytes.
    BackupWriter first(docker({}));
    const Expected<BackupResult> one = first.runToCompletion(options(m_dir->path()));
    QVERIFY(one);
    QCOMPARE(QFileInfo(one->path).fileName(), DefaultName);
    const QByteArray firstBytes = "-- the first backup, changed so that a second write would show\n";
    QVERIFY(writeAll(one->path, firstBytes));
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("pg12.22-20261205-1612-2.backup.sql.json")), "{}"));

    BackupWriter second(docker({}));
    const Expected<BackupResult> two = second.runToCompletion(options(m_dir->path()));
    QVERIFY2(two, qPrintable(two ? QString() : two.error().message.toString()));
    QCOMPARE(QFileInfo(two->path).fileName(), QStringLiteral("pg12.22-20261205-1612-3.backup.sql"));
    QVERIFY(!two->replacedExisting);
    QCOMPARE(readAll(one->path), firstBytes);
    QCOMPARE(readAll(two->path), readAll(pgData(QStringLiteral("small-cluster.sql"))));
}

void TestBackupWriter::freePath_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << QStringList{} << "a.backup.sql"
                          << "a.backup.sql";
    QTest::newRow("taken") << QStringList{"a.backup.sql"} << "a.backup.sql"
                           << "a-2.backup.sql";
    QTest::newRow("sidecar only") << QStringList{"a.backup.sql.json"} << "a.backup.sql"
                                  << "a-2.backup.sql";
    QTest::newRow("two taken") << QStringList{"a.backup.sql", "a-2.backup.sql"} << "a.backup.sql"
                               << "a-3.backup.sql";
    QTest::newRow("other suffix") << QStringList{"dump.sql"} << "dump.sql"
                                  << "dump-2.sql";
    QTest::newRow("no suffix") << QStringList{"dump"} << "dump"
                               << "dump-2";
}

void TestBackupWriter::freePath()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    for (const QString &name : existing)
        QVERIFY(writeAll(m_dir->filePath(name), "x"));
    QCOMPARE(BackupWriter::freePath(m_dir->filePath(path)), m_dir->filePath(expected));
}

void TestBackupWriter::refusesWithoutFreeSpace()
{
    BackupWriter writer(docker({QStringLiteral("FAKE_DB_SIZE=1000000000000000")}));
    QSignalSpy phases(&writer, &BackupWriter::phaseChanged);
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_no_space"));
    // Both figures: what it needs (1.2 × the estimate) and what is free.
    QVERIFY2(result.error().message.toString().contains(QLatin1String("1200000000000000 bytes")),
             qPrintable(result.error().message.toString()));
    QVERIFY(result.error().message.toString().contains(QLatin1String("1000000000000000 bytes")));
    QStorageInfo storage(m_dir->path());
    const QString free = QString::number(storage.bytesAvailable()).left(6);
    QVERIFY(result.error().message.toString().contains(free));
    QVERIFY(entries(m_dir->path()).isEmpty());
    for (const QList<QVariant> &p : phases)
        QVERIFY(p.first().value<BackupWriter::Phase>() != BackupWriter::Phase::Transferring);

    qint64 available = 0;
    QVERIFY(BackupWriter::checkFreeSpace(m_dir->path(), 1000, 1.2, &available));
    QVERIFY(available > 0);
}

void TestBackupWriter::refusesAnOlderPgDumpall()
{
    // The rig's postgres:16 image carries Debian's 15 clients: say so before any file exists.
    BackupWriter writer(docker({QStringLiteral("FAKE_PROBE=probe16"), QStringLiteral("FAKE_DUMPALL_VERSION=15.18")}));
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("dump_tool_too_old"));
    QVERIFY(result.error().message.toString().contains(QLatin1String("15.18")));
    QVERIFY(result.error().message.toString().contains(QLatin1String("16.14")));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestBackupWriter::pgDumpallRefusesTheServer()
{
    // The version check passed, and pg_dumpall still aborts: its own words become the same clear error.
    BackupWriter writer(docker({QStringLiteral("FAKE_DUMP=mismatch")}));
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("dump_tool_too_old"));
    QVERIFY(result.error().message.toString().contains(QLatin1String("nothing was written under")));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestBackupWriter::diskFullLeavesNothing()
{
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root (CI runs as root)");
    const QString mount = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=4m"), QStringLiteral("tmpfs"), mount}),
             0);
    m_mount = mount;
    // The estimate fits (1 MB × 1.2 < 4 MB); the dump never ends: a real ENOSPC.
    BackupWriter writer(docker({QStringLiteral("FAKE_DB_SIZE=1000000"), QStringLiteral("FAKE_DUMP=endless")}));
    const Expected<BackupResult> result = writer.runToCompletion(options(mount));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_disk_full"));
    QVERIFY2(result.error().message.toString().contains(qt_error_string(ENOSPC)),
             qPrintable(result.error().message.toString()));
    QVERIFY(result.error().message.toString().contains(QDir::toNativeSeparators(mount + u'/' + DefaultName)));
    QVERIFY(entries(mount).isEmpty());
    QStorageInfo storage(mount);
    QVERIFY(storage.bytesAvailable() > 3 * 1024 * 1024); // the partial file is gone, its space free again
}

void TestBackupWriter::cancelAtHalfLeavesNothing()
{
    // A 4 MiB dump arriving slowly; the estimate is its size, so 50 % means half of it.
    const QString big = m_dir->filePath(QStringLiteral("../big-dump.sql"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line("INSERT INTO public.files VALUES (1, 2, 'three');\n");
    for (int i = 0; i < 4 * 1024 * 1024 / line.size(); ++i)
        file.write(line);
    file.close();
    const QString dir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(docker({QStringLiteral("FAKE_DUMP=slow"), QStringLiteral("FAKE_DUMP_FILE=") + big,
                                QStringLiteral("FAKE_DB_SIZE=") + QString::number(QFileInfo(big).size())}));
    qint64 cancelledAt = -1;
    connect(&writer, &BackupWriter::transferProgress, this, [&](const TransferStatus &s) {
        if (cancelledAt < 0 && s.total > 0 && s.bytes * 2 >= s.total) {
            cancelledAt = s.bytes;
            writer.cancel();
        }
    });
    const Expected<BackupResult> result = writer.runToCompletion(options(dir));
    QFile::remove(big);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_cancelled"));
    QVERIFY(cancelledAt > 0);
    QVERIFY(result.error().message.toString().contains(QLatin1String("nothing was written under")));
    QVERIFY(entries(dir).isEmpty());
}

void TestBackupWriter::containerDiesLeavesNothing()
{
    BackupWriter writer(docker({QStringLiteral("FAKE_DUMP=die"), QStringLiteral("FAKE_DIE_BYTES=20000"),
                                QStringLiteral("FAKE_INSPECT=docker-inspect-exited")}));
    const Expected<BackupResult> result = writer.runToCompletion(options(m_dir->path()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_container_died"));
    const QString message = result.error().message.toString();
    QVERIFY2(message.contains(QLatin1String("stopped during the backup")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("exited with code 1"))); // the recorded container's exit code
    QVERIFY(message.contains(QLatin1String("database files are incompatible with server"))); // its last log lines
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestBackupWriter::truncatedDumpIsNotCommitted()
{
    // pg_dumpall exits 0 but the stream is cut: verification refuses it.
    const QString cut = m_dir->filePath(QStringLiteral("../cut.sql"));
    QFile in(pgData(QStringLiteral("small-cluster.sql")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.read(14000));
    out.close();
    const QString dir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(dir));
    BackupWriter writer(docker({QStringLiteral("FAKE_DUMP_FILE=") + cut}));
    const Expected<BackupResult> result = writer.runToCompletion(options(dir));
    QFile::remove(cut);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_verify_failed"));
    QVERIFY(entries(dir).isEmpty());
}

void TestBackupWriter::targetFolderMissing()
{
    BackupWriter writer(docker({}));
    BackupOptions o = options(m_dir->path());
    o.path = m_dir->filePath(QStringLiteral("no/such/folder/b.sql"));
    const Expected<BackupResult> result = writer.runToCompletion(o);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("backup_target_unwritable"));
    QVERIFY(result.error().message.toString().contains(QLatin1String("does not exist")));
}

void TestBackupWriter::verifySummaryNamesWhatIsMissing()
{
    DumpInspector inspector;
    QFile dump(pgData(QStringLiteral("small-cluster.sql")));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    inspector.feed(dump.readAll());
    const DumpSummary summary = inspector.finish();
    QVERIFY(BackupWriter::verifySummary(summary, {QStringLiteral("ente_db"), QStringLiteral("postgres")}));
    const Status missing = BackupWriter::verifySummary(summary, {QStringLiteral("ente_db"), QStringLiteral("photos")});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("backup_verify_failed"));
    QVERIFY(missing.error().message.toString().contains(QLatin1String("database photos is not in it")));

    DumpInspector cut;
    QFile again(pgData(QStringLiteral("small-cluster.sql")));
    QVERIFY(again.open(QIODevice::ReadOnly));
    cut.feed(again.read(12000));
    const Status partial = BackupWriter::verifySummary(cut.finish(), {QStringLiteral("ente_db")});
    QVERIFY(!partial);
    QCOMPARE(BackupWriter::defaultFileName(QStringLiteral("16.4"), QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5))),
             QStringLiteral("pg16.4-20270102-0304.backup.sql"));
}

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
