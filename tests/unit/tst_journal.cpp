#include "core/migration/Journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noJournal();
    void roundTrip();
    void originalsKeptByteForByte();
    void tamperedOriginalIsRefused();
    void damagedJournal();
    void newerSchemaRefused();
    void finishedStates();
};

void tst_Journal::noJournal()
{
    QTemporaryDir dir;
    const auto loaded = Journal::load(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->has_value());
    QVERIFY(!Journal::exists(dir.path()));
}

void tst_Journal::roundTrip()
{
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    journal.service = "postgres";
    journal.method = "pgautoupgrade";
    journal.target = 16;
    journal.composeFiles = {"compose.yaml"};
    journal.volume = "ente_postgres-data";
    journal.newVolume = "postgres-data-pg16";
    journal.backup = Journal::BackupInfo{"/b/pg12.backup.sql", QString(64, u'f'), 42};
    journal.extra.insert("container", "abc");
    QVERIFY(journal.transition("preflight").ok());
    QVERIFY(journal.transition("backup").ok());
    QVERIFY(Journal::exists(dir.path()));
    QFile file(Journal::pathFor(dir.path()));
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const auto loaded = Journal::load(dir.path());
    QVERIFY(loaded.ok() && loaded->has_value());
    const Journal &back = **loaded;
    QCOMPARE(back.state(), QStringLiteral("backup"));
    QCOMPARE(back.history().size(), 2);
    QCOMPARE(back.history().first().state, QStringLiteral("preflight"));
    QCOMPARE(back.service, QStringLiteral("postgres"));
    QCOMPARE(back.method, QStringLiteral("pgautoupgrade"));
    QCOMPARE(back.newVolume, QStringLiteral("postgres-data-pg16"));
    QCOMPARE(back.composeFiles, QStringList{"compose.yaml"});
    QCOMPARE(back.backup->bytes, 42);
    QCOMPARE(back.extra.value("container").toString(), QStringLiteral("abc"));
    Journal copy = back;
    QVERIFY(copy.remove().ok());
    QVERIFY(!Journal::exists(dir.path()));
}

void tst_Journal::finishedStates()
{
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    QVERIFY(!journal.isFinished());
    for (const char *state : {"plan", "preflight", "backup_done", "upgrade", "verify_done", "rolling_back"}) {
        QVERIFY(journal.transition(QString::fromLatin1(state)).ok());
        QVERIFY2(!journal.isFinished(), state);
    }
    for (const char *state : {"done", "rolled_back", "refused"}) {
        QVERIFY(journal.transition(QString::fromLatin1(state)).ok());
        QVERIFY2(journal.isFinished(), state);
        const auto loaded = Journal::load(dir.path());
        QVERIFY(loaded.ok() && loaded->has_value());
        QVERIFY2((*loaded)->isFinished(), state);
    }
}

void tst_Journal::originalsKeptByteForByte()
{
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    const QByteArray original = "\xEF\xBB\xBFservices:\r\n  postgres:\r\n    image: postgres:12 # x\r\n";
    QVERIFY(journal.keepOriginal(dir.filePath("server/compose.yaml"), original).ok());
    // A second keep of the same file does not replace the first copy.
    QVERIFY(journal.keepOriginal(dir.filePath("server/compose.yaml"), "changed").ok());
    QCOMPARE(journal.originals().size(), 1);
    const auto loaded = Journal::load(dir.path());
    QVERIFY(loaded.ok() && loaded->has_value());
    const auto bytes = (*loaded)->original("server/compose.yaml");
    QVERIFY(bytes.ok());
    QCOMPARE(*bytes, original);
    QCOMPARE(*(*loaded)->original(dir.filePath("server/compose.yaml")), original);
}

void tst_Journal::tamperedOriginalIsRefused()
{
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    QVERIFY(journal.keepOriginal(dir.filePath("compose.yaml"), "image: postgres:12\n").ok());
    QFile copy(Journal::directoryFor(dir.path()) + "/original/compose.yaml");
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write("image: postgres:99\n");
    copy.close();
    const auto bytes = journal.original("compose.yaml");
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, QStringLiteral("corrupt_journal"));
}

void tst_Journal::damagedJournal()
{
    QTemporaryDir dir;
    QDir().mkpath(Journal::directoryFor(dir.path()));
    QFile file(Journal::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"state\": \"backup\", trunc");
    file.close();
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("corrupt_journal"));
    QVERIFY(loaded.error().message.contains("original"));
}

void tst_Journal::newerSchemaRefused()
{
    QTemporaryDir dir;
    QDir().mkpath(Journal::directoryFor(dir.path()));
    QFile file(Journal::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema_version\": 99}");
    file.close();
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains("newer version"));
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
