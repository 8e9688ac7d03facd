// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/BackupSidecar.h"
#include "core/postgres/DumpInspector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace edm;

class TestBackupSidecar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathFor();
    void roundTrip();
    void takesTheDumpsCounts();
    void writtenPrivatelyAndAtomically();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
};

void TestBackupSidecar::pathFor()
{
    QCOMPARE(BackupSidecar::pathFor(QStringLiteral("/b/pg12.backup.sql")), QStringLiteral("/b/pg12.backup.sql.json"));
}

void TestBackupSidecar::roundTrip()
{
    BackupSidecar s;
    s.appName = QStringLiteral("ente-db-migrate");
    s.appVersion = QStringLiteral("0.1.0");
    s.file = QStringLiteral("pg12.backup.sql");
    s.bytes = 76435438;
    s.sha256 = QStringLiteral("7750b3b1dbe43873718e7bda10720b061f966cad27c6e34993ecf11e47cce60e");
    s.started = QDateTime(QDate(2026, 11, 25), QTime(7, 38, 1, 250), Qt::UTC);
    s.finished = s.started.addSecs(16);
    s.serverVersion = QStringLiteral("12.22");
    s.serverVersionNum = 120022;
    s.serverMajor = 12;
    s.serverVersionText = QStringLiteral("PostgreSQL 12.22 on x86_64-pc-linux-gnu");
    s.dumpProgram = QStringLiteral("pg_dumpall");
    s.dumpVersion = QStringLiteral("15.18");
    s.composeFile = QStringLiteral("/srv/ente/compose.yaml");
    s.service = QStringLiteral("postgres");
    s.project = QStringLiteral("ente");
    s.container = QStringLiteral("ente-postgres-1");
    BackupSidecar::Database db;
    db.name = QStringLiteral("ente_db");
    db.sizeBytes = 111477615;
    db.encoding = QStringLiteral("UTF8");
    db.collate = QStringLiteral("en_US.utf8");
    db.ctype = QStringLiteral("en_US.utf8");
    db.tables = {{QStringLiteral("public"), QStringLiteral("files"), 50000},
                 {QStringLiteral("Audit"), QStringLiteral("Login Events"), 4}};
    s.databases = {db};
    s.complete = true;
    s.lines = 306176;
    s.rows = 50004;

    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("ente-db-migrate-backup"));
    QCOMPARE(json.value(QLatin1String("started")).toString(), QStringLiteral("2026-11-25T07:38:01.250Z"));
    QCOMPARE(
        json.value(QLatin1String("databases")).toArray().first().toObject().value(QLatin1String("rows")).toInteger(),
        50004);
    const Expected<BackupSidecar> back = BackupSidecar::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->bytes, s.bytes);
    QCOMPARE(back->started, s.started);
    QCOMPARE(back->databases.first().tables.at(1).table, QStringLiteral("Login Events"));
    QCOMPARE(back->databases.first().rows(), 50004);
    // Nothing secret is in it: no password field at all.
    QVERIFY(!QJsonDocument(json).toJson().contains("password"));
}

void TestBackupSidecar::takesTheDumpsCounts()
{
    DumpInspector inspector;
    QFile dump(QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql"));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    inspector.feed(dump.readAll());
    const DumpSummary summary = inspector.finish();
    BackupSidecar s;
    BackupSidecar::Database ente;
    ente.name = QStringLiteral("ente_db");
    ente.sizeBytes = 1234;
    s.databases = {ente};
    s.takeSummary(summary);
    QVERIFY(s.complete);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.rows, 40 + 120 + 4 + 7);
    QCOMPARE(s.dumpVersion, QStringLiteral("15.18"));
    QCOMPARE(s.databases.first().sizeBytes, 1234); // kept from the probe
    QCOMPARE(s.databases.first().rows(), 164);
    bool second = false;
    for (const BackupSidecar::Database &db : s.databases)
        second = second || (db.name == QLatin1String("second db") && db.rows() == 7);
    QVERIFY(second);
}

void TestBackupSidecar::writtenPrivatelyAndAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sql.json"));
    BackupSidecar s;
    s.file = QStringLiteral("b.sql");
    QVERIFY(s.write(path));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    const Expected<BackupSidecar> read = BackupSidecar::read(path);
    QVERIFY(read);
    QCOMPARE(read->file, QStringLiteral("b.sql"));
    // An unwritable place: an error that names the file, nothing half-written.
    const Status failed = s.write(dir.filePath(QStringLiteral("missing/b.sql.json")));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("sidecar_write_failed"));
    QVERIFY(failed.error().message.toString().contains(QLatin1String("missing")));
}

void TestBackupSidecar::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("-- PostgreSQL database cluster dump") << "sidecar_invalid";
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << "sidecar_foreign";
    QTest::newRow("newer format") << QByteArray("{\"format\": \"ente-db-migrate-backup\", \"format_version\": 99}")
                                  << "sidecar_version";
}

void TestBackupSidecar::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Expected<BackupSidecar> read = BackupSidecar::read(path);
    QVERIFY(!read);
    QCOMPARE(read.error().code, code);
    QCOMPARE(BackupSidecar::read(dir.filePath(QStringLiteral("none.json"))).error().code,
             QStringLiteral("sidecar_unreadable"));
}

QTEST_GUILESS_MAIN(TestBackupSidecar)
#include "tst_backupsidecar.moc"
