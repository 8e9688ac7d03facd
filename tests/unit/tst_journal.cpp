// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noJournal();
    void roundTrip();
    void versionOneJournal();
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
    // Every field differs from its default, so a field that is not written or not read back fails here.
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    journal.service = "postgres";
    journal.method = "dump-restore";
    journal.target = 18;
    journal.composeFiles = {"compose.yaml", "compose.override.yaml"};
    journal.volume = "ente_postgres-data";
    journal.newVolume = "postgres-data-pg18";
    journal.backup = Journal::BackupInfo{"/b/pg12.backup.sql", QString(64, u'f'), 5'000'000'000};
    journal.dataTouched = true;
    journal.lastError = "The upgrade container exited with code 1.";
    journal.report = QJsonObject{{"outcome", "failed"}, {"version_before", "12.17"}};
    journal.sourceMajor = 12;
    journal.sourceVersion = "12.17";
    journal.sourceSize = 6'000'000'000;
    journal.rehearse = true;
    journal.newVolumeUsed = true;
    journal.keptVolume = "ente_postgres-data-converted";
    journal.expectedRows = {{"ente_db", "public", "files", 3'000'000'000}, {"other", "", "t", 7}};
    journal.roles = {"pguser", "ente_readonly"};
    QVERIFY(journal.keepOriginal(dir.filePath("compose.yaml"), "image: postgres:12\n").ok());
    QVERIFY(journal.transition("preflight").ok());
    QVERIFY(journal.transition("backup").ok());
    QVERIFY(Journal::exists(dir.path()));
    QFile file(Journal::pathFor(dir.path()));
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value("schema_version").toInt(), 2);
    QVERIFY(!written.contains("extra"));

    const auto loaded = Journal::load(dir.path());
    QVERIFY(loaded.ok() && loaded->has_value());
    const Journal &back = **loaded;
    QCOMPARE(back.projectDir(), QDir::cleanPath(dir.path()));
    QCOMPARE(back.state(), QStringLiteral("backup"));
    QCOMPARE(back.history().size(), 2);
    QCOMPARE(back.history().at(0).state, QStringLiteral("preflight"));
    QCOMPARE(back.history().at(1).state, QStringLiteral("backup"));
    QCOMPARE(back.history().at(0).at, journal.history().at(0).at);
    QCOMPARE(back.history().at(1).at, journal.history().at(1).at);
    QCOMPARE(back.service, QStringLiteral("postgres"));
    QCOMPARE(back.method, QStringLiteral("dump-restore"));
    QCOMPARE(back.target, 18);
    QCOMPARE(back.composeFiles, (QStringList{"compose.yaml", "compose.override.yaml"}));
    QCOMPARE(back.volume, QStringLiteral("ente_postgres-data"));
    QCOMPARE(back.newVolume, QStringLiteral("postgres-data-pg18"));
    QVERIFY(back.backup.has_value());
    QCOMPARE(back.backup->path, QStringLiteral("/b/pg12.backup.sql"));
    QCOMPARE(back.backup->sha256, QString(64, u'f'));
    QCOMPARE(back.backup->bytes, 5'000'000'000);
    QCOMPARE(back.dataTouched, true);
    QCOMPARE(back.lastError, QStringLiteral("The upgrade container exited with code 1."));
    QCOMPARE(back.report, journal.report);
    QCOMPARE(back.sourceMajor, 12);
    QCOMPARE(back.sourceVersion, QStringLiteral("12.17"));
    QCOMPARE(back.sourceSize, 6'000'000'000);
    QCOMPARE(back.rehearse, true);
    QCOMPARE(back.newVolumeUsed, true);
    QCOMPARE(back.keptVolume, QStringLiteral("ente_postgres-data-converted"));
    QCOMPARE(back.expectedRows.size(), 2);
    QCOMPARE(back.expectedRows.at(0).database, QStringLiteral("ente_db"));
    QCOMPARE(back.expectedRows.at(0).schema, QStringLiteral("public"));
    QCOMPARE(back.expectedRows.at(0).table, QStringLiteral("files"));
    QCOMPARE(back.expectedRows.at(0).rows, 3'000'000'000);
    QCOMPARE(back.expectedRows.at(1).database, QStringLiteral("other"));
    QCOMPARE(back.expectedRows.at(1).schema, QString());
    QCOMPARE(back.expectedRows.at(1).table, QStringLiteral("t"));
    QCOMPARE(back.expectedRows.at(1).rows, 7);
    QCOMPARE(back.roles, (QStringList{"pguser", "ente_readonly"}));
    QCOMPARE(back.originals().size(), 1);
    QCOMPARE(back.originals().at(0).path, QStringLiteral("compose.yaml"));
    QCOMPARE(back.originals().at(0).sha256, journal.originals().at(0).sha256);
    QCOMPARE(*back.original("compose.yaml"), QByteArray("image: postgres:12\n"));
    QVERIFY(back.created.isValid());
    QCOMPARE(back.created, journal.created);
    QCOMPARE(back.updated, journal.updated);
    QVERIFY(back.updated >= back.created);
    Journal copy = back;
    QVERIFY(copy.remove().ok());
    QVERIFY(!Journal::exists(dir.path()));
}

void tst_Journal::versionOneJournal()
{
    // A journal written by the version before the typed fields: the engine's values are in "extra".
    QTemporaryDir dir;
    QDir().mkpath(Journal::directoryFor(dir.path()));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/journal/v1-journal.json"), Journal::pathFor(dir.path())));
    const auto loaded = Journal::load(dir.path());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message.toString()));
    QVERIFY(loaded->has_value());
    const Journal &j = **loaded;
    QCOMPARE(j.state(), QStringLiteral("upgrade"));
    QCOMPARE(j.method, QStringLiteral("dump-restore"));
    QCOMPARE(j.target, 16);
    QCOMPARE(j.dataTouched, false);
    QCOMPARE(j.newVolume, QStringLiteral("postgres-data-pg16"));
    QCOMPARE(j.sourceMajor, 12);
    QCOMPARE(j.sourceVersion, QStringLiteral("12.17 (Debian 12.17-1.pgdg120+1)"));
    QCOMPARE(j.sourceSize, 8'589'934'592);
    QCOMPARE(j.rehearse, true);
    QCOMPARE(j.newVolumeUsed, true);
    QCOMPARE(j.keptVolume, QStringLiteral("ente_postgres-data-kept"));
    QCOMPARE(j.expectedRows.size(), 2);
    QCOMPARE(j.expectedRows.at(0).database, QStringLiteral("ente_db"));
    QCOMPARE(j.expectedRows.at(0).schema, QStringLiteral("public"));
    QCOMPARE(j.expectedRows.at(0).table, QStringLiteral("files"));
    QCOMPARE(j.expectedRows.at(0).rows, 1234);
    QCOMPARE(j.expectedRows.at(1).table, QStringLiteral("users"));
    QCOMPARE(j.expectedRows.at(1).rows, 2);
    QCOMPARE(j.roles, (QStringList{"pguser", "ente_readonly"}));
    QVERIFY(j.backup.has_value());
    QCOMPARE(j.backup->bytes, 1048576);
    QCOMPARE(j.history().size(), 4);
    QCOMPARE(j.originals().size(), 1);

    // Saved again, it is a version 2 journal with the same values.
    Journal copy = j;
    QVERIFY(copy.save().ok());
    QFile file(Journal::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value("schema_version").toInt(), 2);
    QVERIFY(!written.contains("extra"));
    const auto again = Journal::load(dir.path());
    QVERIFY(again.ok() && again->has_value());
    QCOMPARE((*again)->sourceMajor, 12);
    QCOMPARE((*again)->expectedRows.size(), 2);
    QCOMPARE((*again)->roles, j.roles);
    QCOMPARE((*again)->keptVolume, j.keptVolume);
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
    journal.composeFiles = {"server/compose.yaml"}; // a kept original is one of the journal's compose files
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
    QVERIFY(loaded.error().message.toString().contains("original"));
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
    QCOMPARE(loaded.error().code, QStringLiteral("corrupt_journal"));
    QVERIFY(loaded.error().message.toString().contains("newer version"));
    // The version after this one's is refused too; this one's own loads.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"schema_version\": 3, \"state\": \"backup\"}");
    file.close();
    QVERIFY(!Journal::load(dir.path()).ok());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"schema_version\": 2, \"state\": \"backup\"}");
    file.close();
    const auto current = Journal::load(dir.path());
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->state(), QStringLiteral("backup"));
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
