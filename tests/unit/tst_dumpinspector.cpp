// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/DumpInspector.h"
#include "core/postgres/Sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

using Rows = QMap<QString, qint64>;

// Counted by the server when the fixtures were made (tests/data/dumps/make-dumps.sh prints them).
const Rows enteDbRows = {
    {"public.schema_migrations", 1}, {"public.users", 12}, {"public.key_attributes", 12},
    {"public.collections", 8},       {"public.files", 64}, {"public.file_changes", 20},
    {"public.entity_data", 10},      {"public.trash", 0},  {"\"Audit\".\"Login Events\"", 7},
};
const Rows accountsRows = {{"public.accounts", 23}, {"public.tokens", 9}};

QString dataPath(const QString &name)
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/dumps/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

DumpSummary inspect(QByteArrayView bytes)
{
    DumpInspector inspector;
    inspector.feed(bytes);
    return inspector.finish();
}

Rows rowsOf(const DumpDatabase *db)
{
    Rows rows;
    if (db) {
        for (const DumpTable &table : db->tables)
            rows.insert(table.qualifiedName(), table.rows);
    }
    return rows;
}

QStringList databaseNames(const DumpSummary &summary)
{
    QStringList names;
    for (const DumpDatabase &db : summary.databases)
        names.append(db.name.isNull() ? QStringLiteral("<null>") : db.name);
    return names;
}

QList<DumpProblem::Kind> problemKinds(const DumpSummary &summary)
{
    QList<DumpProblem::Kind> kinds;
    for (const DumpProblem &problem : summary.problems)
        kinds.append(problem.kind);
    return kinds;
}

/// Everything a summary says, to compare two runs.
QString describe(const DumpSummary &s)
{
    QString text = QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
    QTextStream out(&text);
    out << '|' << s.compressed << s.restrictLines << s.sourceVersionText << '|' << s.dumpToolVersionText << '|'
        << s.truncatedInTable << '|' << s.truncatedInDatabase << '|' << s.inputBytes << '|' << s.textBytes << '|'
        << s.lines;
    for (const DumpRole &role : s.roles)
        out << "|role " << role.name << int(role.password) << role.superuser << role.login;
    for (const DumpDatabase &db : s.databases) {
        out << "|db " << db.offset << ' ' << db.endMark << db.encoding << db.localeProvider << db.collate << db.ctype;
        for (const DumpTable &table : db.tables)
            out << "|t " << table.complete << int(table.source);
    }
    for (const DumpProblem &problem : s.problems)
        out << "|p " << int(problem.kind) << ' ' << problem.line;
    return text;
}

QByteArray stripRestrictLines(const QByteArray &dump)
{
    QByteArray out;
    for (const QByteArray &line : dump.split('\n')) {
        if (!line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict "))
            out += line + '\n';
    }
    out.chop(1);
    return out;
}

} // namespace

class tst_DumpInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeCluster();
    void databaseSpans();
    void gzip();
    void truncatedInCopy();
    void noFooter();
    void databaseLacksEndMark_data();
    void databaseLacksEndMark();
    void crlf();
    void singleDatabase_data();
    void singleDatabase();
    void columnInsertsWithSeveralRowsEach();
    void customFormat();
    void empty();
    void notADump_data();
    void notADump();
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void byteByByte_data();
    void byteByByte();
    void endedInsideInsertStatement();
    void unknownLines();
    void trailingContent();
    void byteOrderMark();
    void withoutRestrictLines();
    void gzipCut();
    void gzipCorrupt();
    void beginAtomicBody();
    void longLines();
    void inspectFileProgress();
    void inspectFileCancel();
    void inspectFileErrors();
    void inspectFileHashes_data();
    void inspectFileHashes();
};

void tst_DumpInspector::completeCluster()
{
    const DumpSummary s = inspect(readData("cluster.sql"));
    QCOMPARE(s.format, DumpSummary::Format::PgDumpall);
    QVERIFY(s.complete);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Complete);
    QCOMPARE(s.sourceVersion, QStringLiteral("12.22"));
    QCOMPARE(s.sourceVersionText, QStringLiteral("12.22"));
    QCOMPARE(s.dumpToolVersion, QStringLiteral("15.18"));
    QCOMPARE(s.dumpToolVersionText, QStringLiteral("15.18 (Debian 15.18-0+deb12u1)"));
    QVERIFY(s.restrictLines);
    QVERIFY(!s.compressed);

    QCOMPARE(s.roles.size(), 3);
    QCOMPARE(s.roles.at(0).name, QStringLiteral("ente_reader"));
    QCOMPARE(s.roles.at(0).password, PasswordKind::Scram);
    QVERIFY(s.roles.at(0).login && !s.roles.at(0).superuser);
    QCOMPARE(s.roles.at(1).name, QStringLiteral("museum"));
    QCOMPARE(s.roles.at(1).password, PasswordKind::Md5);
    QCOMPARE(s.roles.at(2).name, QStringLiteral("pguser"));
    QCOMPARE(s.roles.at(2).password, PasswordKind::Md5);
    QVERIFY(s.roles.at(2).superuser);

    // The \connect inside a COMMENT string and the INSERT/COPY lines inside a function body are not taken for real.
    QCOMPARE(databaseNames(s), (QStringList{"template1", "ente-accounts", "ente_db", "postgres"}));
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
    QCOMPARE(rowsOf(s.database("ente-accounts")), accountsRows);
    QVERIFY(s.database("template1")->tables.isEmpty());
    QVERIFY(s.database("postgres")->tables.isEmpty());
    QCOMPARE(s.rows(), 134 + 32);
    for (const DumpDatabase &db : s.databases) {
        QVERIFY2(db.endMark, qPrintable(db.name));
        for (const DumpTable &table : db.tables) {
            QVERIFY(table.complete);
            QCOMPARE(table.source, DumpTable::Source::Copy);
        }
    }
    const DumpDatabase *ente = s.database("ente_db");
    QCOMPARE(ente->encoding, QStringLiteral("UTF8"));
    QCOMPARE(ente->localeProvider, QStringLiteral("libc"));
    QCOMPARE(ente->collate, QStringLiteral("C.UTF-8"));
    QCOMPARE(ente->ctype, QStringLiteral("C.UTF-8"));
    QVERIFY(s.database("template1")->encoding.isEmpty()); // pg_dumpall does not create template1

    // Never the password hashes.
    const QByteArray json = QJsonDocument(s.toJson()).toJson();
    QVERIFY(!json.contains("md5"));
    QVERIFY(!json.contains("SCRAM"));
    QCOMPARE(
        s.toJson().keys(),
        (QStringList{"complete", "databases", "dump_tool_version", "format", "problems", "roles", "source_version"}));
}

void tst_DumpInspector::databaseSpans()
{
    const QByteArray dump = readData("cluster.sql");
    const DumpSummary s = inspect(dump);
    QCOMPARE(s.textBytes, dump.size());
    QCOMPARE(s.inputBytes, dump.size());
    QCOMPARE(s.lines, dump.count('\n'));
    // Each section runs from its "-- Database" header to the next one; the last ends before the cluster's end mark.
    QCOMPARE(s.databases.first().offset, dump.indexOf("--\n-- Database \"template1\" dump"));
    for (int i = 0; i + 1 < s.databases.size(); ++i)
        QCOMPARE(s.databases.at(i).offset + s.databases.at(i).bytes, s.databases.at(i + 1).offset);
    QCOMPARE(s.databases.last().offset + s.databases.last().bytes,
             dump.indexOf("--\n-- PostgreSQL database cluster dump complete"));
    const DumpDatabase *ente = s.database("ente_db");
    const QByteArray section = dump.mid(ente->offset, ente->bytes);
    QVERIFY(section.startsWith("--\n-- Database \"ente_db\" dump\n--\n"));
    QVERIFY(section.contains("\\connect ente_db\n"));
    QVERIFY(section.contains("COPY public.files "));
    QVERIFY(!section.contains("Database \"postgres\""));
}

void tst_DumpInspector::gzip()
{
    const DumpSummary plain = inspect(readData("cluster.sql"));
    const QByteArray compressed = readData("cluster.sql.gz");
    const DumpSummary s = inspect(compressed);
    QVERIFY(s.compressed);
    QVERIFY(s.complete);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.inputBytes, compressed.size());
    QCOMPARE(s.textBytes, plain.textBytes);
    QCOMPARE(s.toJson(), plain.toJson());
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
}

void tst_DumpInspector::truncatedInCopy()
{
    const DumpSummary s = inspect(readData("cluster-truncated-in-copy.sql"));
    QCOMPARE(s.format, DumpSummary::Format::PgDumpall);
    QVERIFY(!s.complete);
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::EndedInCopy});
    QCOMPARE(s.truncatedInTable, QStringLiteral("public.files"));
    QCOMPARE(s.truncatedInDatabase, QStringLiteral("ente_db"));
    const QString message = s.problems.first().message;
    QVERIFY2(message.contains(QStringLiteral("public.files")) && message.contains(QStringLiteral("“ente_db”")) &&
                 message.contains(QStringLiteral("after row 40:")),
             qPrintable(message));
    QCOMPARE(databaseNames(s), (QStringList{"template1", "ente-accounts", "ente_db"}));
    QCOMPARE(rowsOf(s.database("ente-accounts")), accountsRows);
    const DumpDatabase *ente = s.database("ente_db");
    QVERIFY(!ente->endMark);
    QCOMPARE(ente->tables.last().table, QStringLiteral("files"));
    QCOMPARE(ente->tables.last().rows, 40); // the 41st row is cut in half: not counted
    QVERIFY(!ente->tables.last().complete);
    for (int i = 0; i + 1 < ente->tables.size(); ++i)
        QVERIFY(ente->tables.at(i).complete);
}

void tst_DumpInspector::noFooter()
{
    const DumpSummary s = inspect(readData("cluster-no-footer.sql"));
    QVERIFY(!s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::FooterMissing});
    const QString message = s.problems.first().message;
    QVERIFY2(message.contains(QStringLiteral("-- PostgreSQL database cluster dump complete")) &&
                 message.contains(QStringLiteral("after database “postgres”")),
             qPrintable(message));
    QVERIFY(s.truncatedInTable.isEmpty());
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
    QCOMPARE(rowsOf(s.database("ente-accounts")), accountsRows);
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
}

void tst_DumpInspector::databaseLacksEndMark_data()
{
    QTest::addColumn<QStringList>("cut"); // the databases whose "-- PostgreSQL database dump complete" is removed
    QTest::addColumn<QString>("named"); // how the problem names them
    QTest::newRow("ente_db") << QStringList{"ente_db"} << QStringLiteral("“ente_db”");
    QTest::newRow("two") << QStringList{"ente-accounts", "ente_db"} << QStringLiteral("“ente-accounts”, “ente_db”");
    // The last database too: the cluster's end mark after it says the file was not cut, so nothing explains it.
    QTest::newRow("last") << QStringList{"postgres"} << QStringLiteral("“postgres”");
}

void tst_DumpInspector::databaseLacksEndMark()
{
    QFETCH(QStringList, cut);
    QFETCH(QString, named);
    // A database's pg_dump stopped early while pg_dumpall went on with the next one and finished.
    QByteArray dump = readData("cluster.sql");
    const QByteArray endMark = "\n--\n-- PostgreSQL database dump complete\n--\n";
    for (const QString &name : cut) {
        const qsizetype section = dump.indexOf("\n-- Database \"" + name.toUtf8() + "\" dump\n");
        QVERIFY(section >= 0);
        const qsizetype at = dump.indexOf(endMark, section);
        QVERIFY(at > section);
        dump.remove(at + 1, endMark.size() - 1);
    }
    const DumpSummary s = inspect(dump);
    QVERIFY(!s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::DatabaseUnfinished});
    const QString message = s.problems.first().message;
    QVERIFY2(message.startsWith(QStringLiteral("The section of database %1 lacks its end mark").arg(named)),
             qPrintable(message));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    for (const DumpDatabase &db : s.databases)
        QCOMPARE(db.endMark, !cut.contains(db.name));
    // The rest of the summary is as without the cut.
    QCOMPARE(databaseNames(s), (QStringList{"template1", "ente-accounts", "ente_db", "postgres"}));
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
    QCOMPARE(rowsOf(s.database("ente-accounts")), accountsRows);
}

void tst_DumpInspector::crlf()
{
    const QByteArray dump = readData("cluster-crlf.sql");
    const DumpSummary s = inspect(dump);
    QVERIFY(s.complete); // nothing is missing …
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::CrLf}); // … but a restore would suffer
    QCOMPARE(s.problems.first().line, 1);
    // Counted outside quoted values: a CR inside a multi-line string is that value's business.
    QVERIFY(s.problems.first().message.startsWith(
        QStringLiteral("Lines end in CR LF (Windows line endings) from line 1 on (%1 in all)")
            .arg(QLocale().toString(dump.count('\n') - 9))));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    QCOMPARE(databaseNames(s), (QStringList{"template1", "ente-accounts", "ente_db", "postgres"}));
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
    QCOMPARE(rowsOf(s.database("ente-accounts")), accountsRows);
    QCOMPARE(s.roles.size(), 3);
    QCOMPARE(s.sourceVersion, QStringLiteral("12.22"));
}

void tst_DumpInspector::singleDatabase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("source");
    QTest::newRow("COPY") << "ente_db.sql" << int(DumpTable::Source::Copy);
    QTest::newRow("--inserts") << "ente_db-inserts.sql" << int(DumpTable::Source::Insert);
}

void tst_DumpInspector::singleDatabase()
{
    QFETCH(QString, file);
    QFETCH(int, source);
    const QByteArray dump = readData(file);
    const DumpSummary s = inspect(dump);
    QCOMPARE(s.format, DumpSummary::Format::PgDump);
    QVERIFY(s.complete);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Complete);
    QCOMPARE(s.sourceVersion, QStringLiteral("12.22"));
    QCOMPARE(s.dumpToolVersion, QStringLiteral("15.18"));
    QVERIFY(s.roles.isEmpty());
    QCOMPARE(s.databases.size(), 1);
    const DumpDatabase &db = s.databases.first();
    QVERIFY(db.name.isNull());
    QVERIFY(db.endMark);
    QCOMPARE(db.offset, 0);
    QVERIFY(db.bytes > dump.size() - 100 && db.bytes <= dump.size());
    Rows expected = enteDbRows;
    if (source == int(DumpTable::Source::Insert))
        expected.remove("public.trash"); // no rows, so no INSERT names it (COPY dumps have an empty block)
    QCOMPARE(rowsOf(&db), expected);
    for (const DumpTable &table : db.tables) {
        if (table.rows > 0)
            QCOMPARE(int(table.source), source);
    }
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value("format").toString(), QStringLiteral("pg_dump"));
    QVERIFY(json.value("databases").toArray().at(0).toObject().value("name").isNull());
}

void tst_DumpInspector::columnInsertsWithSeveralRowsEach()
{
    // pg_dump --column-inserts --rows-per-insert=5: "INSERT INTO t (cols) OVERRIDING SYSTEM VALUE VALUES (…), (…);"
    // with values that span lines and hold parentheses.
    const DumpSummary s = inspect(readData("accounts-column-inserts.sql"));
    QCOMPARE(s.format, DumpSummary::Format::PgDump);
    QVERIFY(s.complete);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(rowsOf(&s.databases.first()), accountsRows);
}

void tst_DumpInspector::customFormat()
{
    const DumpSummary s = inspect(readData("ente_db.dump"));
    QCOMPARE(s.format, DumpSummary::Format::PgDumpCustom);
    QVERIFY(!s.complete);
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Unreadable);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::CustomFormat});
    QVERIFY(s.problems.first().message.contains(QStringLiteral("pg_restore")));
    QVERIFY(s.problems.first().message.contains(QStringLiteral("custom-format")));
    QCOMPARE(s.sourceVersion, QStringLiteral("12.22"));
    QCOMPARE(s.dumpToolVersion, QStringLiteral("15.18"));
    QCOMPARE(databaseNames(s), QStringList{"ente_db"});
    QCOMPARE(s.toJson().value("format").toString(), QStringLiteral("pg_dump_custom"));

    DumpInspector inspector;
    inspector.feed(readData("ente_db.dump").left(600));
    QVERIFY(!inspector.wantsMoreInput()); // a reader can stop after the header
}

void tst_DumpInspector::empty()
{
    const DumpSummary s = inspect(readData("empty.sql"));
    QCOMPARE(s.format, DumpSummary::Format::Empty);
    QVERIFY(!s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::Empty});
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    QCOMPARE(s.toJson().value("format").toString(), QStringLiteral("empty"));
    QCOMPARE(inspect("\n  \n").format, DumpSummary::Format::Empty);
}

void tst_DumpInspector::notADump_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("png") << "photo.png"
                         << "PNG image";
    QTest::newRow("text") << "notes.txt"
                          << "not a PostgreSQL dump";
}

void tst_DumpInspector::notADump()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const DumpSummary s = inspect(readData(file));
    QCOMPARE(s.format, DumpSummary::Format::Unknown);
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Unreadable);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::NotADump});
    QVERIFY2(s.problems.first().message.contains(says), qPrintable(s.problems.first().message));
    QVERIFY(s.databases.isEmpty());
    QVERIFY(s.roles.isEmpty());

    // A long foreign text is given up on after its first lines, not read to the end.
    DumpInspector inspector;
    for (int i = 0; i < 100 && inspector.wantsMoreInput(); ++i)
        inspector.feed("SELECT 1; -- a script, not a dump\n");
    QVERIFY(!inspector.wantsMoreInput());
    QCOMPARE(inspector.finish().format, DumpSummary::Format::Unknown);
}

void tst_DumpInspector::everySplitGivesTheSameResult_data()
{
    QTest::addColumn<QString>("file");
    // Small dumps (every split is a whole run); byteByByte() feeds the big ones a byte at a time.
    QTest::newRow("column inserts") << "accounts-column-inserts.sql";
    QTest::newRow("custom") << "ente_db.dump";
    QTest::newRow("png") << "photo.png";
}

void tst_DumpInspector::everySplitGivesTheSameResult()
{
    QFETCH(QString, file);
    const QByteArray dump = readData(file);
    const QString whole = describe(inspect(dump));
    DumpInspector inspector;
    for (qsizetype at = 0; at <= dump.size(); ++at) {
        inspector.feed(QByteArrayView(dump).first(at));
        inspector.feed(QByteArrayView(dump).sliced(at));
        const QString split = describe(inspector.finish());
        if (split != whole)
            QFAIL(qPrintable(QStringLiteral("split at byte %1 differs:\n%2\n%3").arg(at).arg(split, whole)));
    }
}

void tst_DumpInspector::byteByByte_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"cluster.sql", "cluster.sql.gz", "cluster-crlf.sql", "ente_db-inserts.sql",
                             "cluster-no-footer.sql", "ente_db.dump", "photo.png", "notes.txt", "empty.sql"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void tst_DumpInspector::byteByByte()
{
    QFETCH(QString, file);
    const QByteArray dump = readData(file);
    DumpInspector inspector;
    for (qsizetype i = 0; i < dump.size(); ++i)
        inspector.feed(QByteArrayView(dump).sliced(i, 1));
    QCOMPARE(describe(inspector.finish()), describe(inspect(dump)));
}

void tst_DumpInspector::endedInsideInsertStatement()
{
    // Cut inside the multi-line string of an INSERT: that row is lost, the statement unfinished.
    const QByteArray dump = readData("ente_db-inserts.sql");
    const qsizetype cut = dump.indexOf("'first\n") + 7;
    QVERIFY(cut > 7);
    const DumpSummary s = inspect(QByteArrayView(dump).first(cut));
    QVERIFY(!s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::EndedInStatement});
    QVERIFY2(s.problems.first().message.contains(QStringLiteral("INSERT INTO public.entity_data")),
             qPrintable(s.problems.first().message));
    const Rows rows = rowsOf(&s.databases.first());
    QCOMPARE(rows.value("public.entity_data"), 2); // rows 1 and 2 are whole; row 3 is cut
    for (const DumpTable &table : s.databases.first().tables)
        QCOMPARE(table.complete, table.table != QLatin1String("entity_data"));
}

void tst_DumpInspector::unknownLines()
{
    // What an interleaved stderr or a terminal prompt leaves in a backup.
    QByteArray dump = readData("cluster.sql");
    const qsizetype at = dump.indexOf("\n--\n-- Database \"ente_db\" dump") + 1;
    const qint64 line = dump.left(at).count('\n') + 1;
    dump.insert(at, "pg_dump: warning: could not change directory to \"/root\": Permission denied\n");
    const DumpSummary s = inspect(dump);
    QVERIFY(s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::UnknownLines});
    QCOMPARE(s.problems.first().line, line);
    QVERIFY2(s.problems.first().message.contains(QStringLiteral(": “pg_dump: warning: could not change directory")),
             qPrintable(s.problems.first().message));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
}

void tst_DumpInspector::trailingContent()
{
    const QByteArray dump = readData("cluster.sql");
    const DumpSummary s = inspect(dump + dump);
    QVERIFY(s.hasProblem(DumpProblem::Kind::TrailingContent));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    // A blank line or the last \unrestrict after the end mark is no trailing content.
    QVERIFY(inspect(dump + "\n\n").problems.isEmpty());
}

void tst_DumpInspector::byteOrderMark()
{
    const DumpSummary s = inspect("\xef\xbb\xbf" + readData("cluster.sql"));
    QVERIFY(s.complete);
    QCOMPARE(problemKinds(s), QList<DumpProblem::Kind>{DumpProblem::Kind::ByteOrderMark});
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
}

void tst_DumpInspector::withoutRestrictLines()
{
    // Postgres 12's own pg_dumpall (and every client before 13.22/14.19/15.14/16.10) writes no \restrict lines.
    const DumpSummary s = inspect(stripRestrictLines(readData("cluster.sql")));
    QVERIFY(s.complete);
    QVERIFY(s.problems.isEmpty());
    QVERIFY(!s.restrictLines);
    QCOMPARE(databaseNames(s), (QStringList{"template1", "ente-accounts", "ente_db", "postgres"}));
    QCOMPARE(rowsOf(s.database("ente_db")), enteDbRows);
}

void tst_DumpInspector::gzipCut()
{
    const QByteArray compressed = readData("cluster.sql.gz");
    const DumpSummary s = inspect(QByteArrayView(compressed).first(compressed.size() / 2));
    QVERIFY(s.compressed);
    QVERIFY(!s.complete);
    QVERIFY(s.hasProblem(DumpProblem::Kind::CompressedStreamCut));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);
    // Only the 8-byte gzip trailer missing: all the SQL is there, but the stream is not whole.
    const DumpSummary trailer = inspect(QByteArrayView(compressed).first(compressed.size() - 8));
    QCOMPARE(problemKinds(trailer), QList<DumpProblem::Kind>{DumpProblem::Kind::CompressedStreamCut});
    QVERIFY(!trailer.complete);
}

void tst_DumpInspector::gzipCorrupt()
{
    QByteArray compressed = readData("cluster.sql.gz");
    for (qsizetype i = compressed.size() / 2; i < compressed.size() / 2 + 64; ++i)
        compressed[i] = char(~compressed.at(i));
    const DumpSummary s = inspect(compressed);
    QVERIFY(!s.complete);
    QVERIFY(s.hasProblem(DumpProblem::Kind::CompressedDataCorrupt));
    QCOMPARE(s.verdict(), DumpSummary::Verdict::Incomplete);

    QByteArray header = readData("cluster.sql.gz").left(10);
    const DumpSummary garbage = inspect(header + QByteArray(100, '\xff'));
    QVERIFY(garbage.hasProblem(DumpProblem::Kind::CompressedDataCorrupt));
    QCOMPARE(garbage.verdict(), DumpSummary::Verdict::Unreadable);
}

void tst_DumpInspector::beginAtomicBody()
{
    // Postgres 14+ SQL-standard bodies hold ';' that do not end the statement (psql's own heuristic).
    const QByteArray dump = "--\n-- PostgreSQL database dump\n--\n\n"
                            "CREATE FUNCTION public.f() RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n"
                            " SELECT CASE WHEN true THEN 1 ELSE 2 END;\n"
                            " INSERT INTO public.t VALUES (1);\nEND;\n\n"
                            "COPY public.t (a) FROM stdin;\n1\n2\n\\.\n\n"
                            "--\n-- PostgreSQL database dump complete\n--\n\n";
    const DumpSummary s = inspect(dump);
    QVERIFY(s.complete);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(rowsOf(&s.databases.first()), (Rows{{"public.t", 2}}));
    QCOMPARE(s.databases.first().tables.first().source, DumpTable::Source::Copy);
}

void tst_DumpInspector::longLines()
{
    // A row far longer than any buffer (a big bytea), fed in pieces: counted, not kept.
    DumpInspector inspector;
    inspector.feed("--\n-- PostgreSQL database dump\n--\n\nCOPY public.blobs (id, data) FROM stdin;\n1\t\\\\x");
    const QByteArray piece(1 << 20, 'a');
    for (int i = 0; i < 8; ++i)
        inspector.feed(piece);
    inspector.feed("\n2\t\\\\x00\n\\.\n\nINSERT INTO public.big VALUES (1, '");
    for (int i = 0; i < 8; ++i)
        inspector.feed(piece);
    inspector.feed("');\n\n--\n-- PostgreSQL database dump complete\n--\n");
    const DumpSummary s = inspector.finish();
    QVERIFY(s.complete);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(rowsOf(&s.databases.first()), (Rows{{"public.blobs", 2}, {"public.big", 1}}));
}

void tst_DumpInspector::inspectFileProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("big.sql");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray dump = readData("cluster.sql");
    const qsizetype copy = dump.indexOf("COPY public.file_changes ");
    const qsizetype data = dump.indexOf('\n', copy) + 1;
    file.write(dump.left(data));
    const QByteArray row = "1\t1670000000000001\n";
    qint64 extra = 0;
    while (file.size() < 3 * 1024 * 1024) {
        file.write(row.repeated(1000));
        extra += 1000;
    }
    file.write(dump.mid(data));
    file.close();

    DumpInspector inspector;
    QSignalSpy spy(&inspector, &DumpInspector::progress);
    const Expected<DumpSummary> s = inspector.inspectFile(path);
    QVERIFY(s.ok());
    QVERIFY(s->complete);
    QCOMPARE(s->database("ente_db")->tables.size(), enteDbRows.size());
    QCOMPARE(rowsOf(s->database("ente_db")).value("public.file_changes"), 20 + extra);
    QVERIFY(spy.size() >= 4);
    QCOMPARE(spy.first().at(0).toLongLong(), 0);
    QCOMPARE(spy.last().at(0).toLongLong(), QFileInfo(path).size());
    QCOMPARE(spy.last().at(1).toLongLong(), QFileInfo(path).size());
}

void tst_DumpInspector::inspectFileCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("big.sql");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("--\n-- PostgreSQL database dump\n--\nCOPY public.t (a) FROM stdin;\n") +
               QByteArray("1\n").repeated(2 * 1024 * 1024));
    file.close();

    DumpInspector inspector;
    qint64 seen = 0;
    const QMetaObject::Connection connection = connect(&inspector, &DumpInspector::progress, this, [&](qint64 done) {
        seen = done;
        if (done > 0)
            inspector.cancel();
    });
    const Expected<DumpSummary> s = inspector.inspectFile(path);
    disconnect(connection);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("cancelled"));
    QVERIFY(seen < QFileInfo(path).size());
    // The flag does not stick: the next inspection runs.
    const Expected<DumpSummary> again = inspector.inspectFile(dataPath("cluster.sql"));
    QVERIFY(again.ok());
    QVERIFY(again->complete);
}

void tst_DumpInspector::inspectFileErrors()
{
    DumpInspector inspector;
    const Expected<DumpSummary> missing = inspector.inspectFile(dataPath("no-such-file.sql"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("open_failed"));
    QVERIFY(missing.error().message.toString().contains(QStringLiteral("no-such-file.sql")));
    const Expected<DumpSummary> folder = inspector.inspectFile(QStringLiteral(EDM_TEST_DATA_DIR "/dumps"));
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, QStringLiteral("open_failed"));
    QVERIFY(folder.error().message.toString().contains(QStringLiteral("folder")));
    // A custom archive is recognised from its header; the whole file counts in its size.
    const Expected<DumpSummary> custom = inspector.inspectFile(dataPath("ente_db.dump"));
    QVERIFY(custom.ok());
    QCOMPARE(custom->format, DumpSummary::Format::PgDumpCustom);
    QCOMPARE(custom->inputBytes, QFileInfo(dataPath("ente_db.dump")).size());
}

void tst_DumpInspector::inspectFileHashes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("complete") << QStringLiteral("cluster.sql");
    QTest::newRow("gzip: the compressed bytes") << QStringLiteral("cluster.sql.gz");
    QTest::newRow("truncated") << QStringLiteral("cluster-truncated-in-copy.sql");
    // The summary is settled after the header: the rest is still read, for the hash only.
    QTest::newRow("custom format") << QStringLiteral("ente_db.dump");
    QTest::newRow("binary") << QStringLiteral("photo.png");
    QTest::newRow("empty") << QStringLiteral("empty.sql");
}

void tst_DumpInspector::inspectFileHashes()
{
    QFETCH(QString, file);
    const QString path = dataPath(file);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex());

    DumpInspector inspector;
    const Expected<DumpSummary> plain = inspector.inspectFile(path);
    Sha256 hash;
    const Expected<DumpSummary> hashed = inspector.inspectFile(path, &hash);
    QVERIFY(plain.ok() && hashed.ok());
    QCOMPARE(hash.hexResult(), expected);
    // Hashing changes nothing in the summary.
    QCOMPARE(describe(*hashed), describe(*plain));
}

QTEST_GUILESS_MAIN(tst_DumpInspector)
#include "tst_dumpinspector.moc"
