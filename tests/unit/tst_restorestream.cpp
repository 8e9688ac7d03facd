// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/RestoreStream.h"

#include <QFile>
#include <QTest>

using namespace edm;

namespace {

QByteArray dump(const QString &name)
{
    QFile file(QStringLiteral(EDM_TEST_DATA_DIR "/postgres/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

/// Feeds input in pieces of chunk bytes.
QByteArray run(RestoreStream &stream, const QByteArray &input, qsizetype chunk)
{
    QByteArray out;
    for (qsizetype i = 0; i < input.size(); i += chunk)
        out += stream.process(QByteArrayView(input).sliced(i, qMin(chunk, input.size() - i)));
    out += stream.finish();
    return out;
}

QByteArray lineOf(const QByteArray &text, int number)
{
    return text.split('\n').value(number - 1);
}

} // namespace

class TestRestoreStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesThroughUnchanged_data();
    void passesThroughUnchanged();
    void existingRolesBecomeComments();
    void emptyDatabaseIsReplacedAndLocaleFitsAnOldServer();
    void restrictLinesForAnOldPsql();
    void copyDataIsNeverTouched();
    void longLinesPassInPieces();
    void copyErrorLineMapping();
    void restrictSupport_data();
    void restrictSupport();
};

void TestRestoreStream::passesThroughUnchanged_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("4 KiB") << 4096;
    QTest::newRow("whole") << (1 << 24);
}

void TestRestoreStream::passesThroughUnchanged()
{
    QFETCH(int, chunk);
    const QByteArray input = dump(QStringLiteral("small-cluster.sql"));
    RestoreStream stream;
    const QByteArray out = run(stream, input, chunk == 1 << 24 ? input.size() : chunk);
    QCOMPARE(out, input);
    QCOMPARE(stream.lines(), 601);
    QVERIFY(stream.changes().isEmpty());
    QCOMPARE(stream.copyBlocks().size(), 4);
    QCOMPARE(stream.copyBlocks().at(0).line, 211);
    QCOMPARE(stream.copyBlocks().at(0).table, QStringLiteral("Login Events"));
    QCOMPARE(stream.copyBlocks().at(1).table, QStringLiteral("files"));
    QCOMPARE(stream.copyBlocks().at(3).line, 573);
    QVERIFY(!stream.inCopy());
}

void TestRestoreStream::existingRolesBecomeComments()
{
    const QByteArray input = dump(QStringLiteral("small-cluster.sql"));
    RestoreStream::Rules rules;
    rules.existingRoles = {QStringLiteral("pguser")};
    RestoreStream stream(rules);
    const QByteArray out = run(stream, input, 1000);
    QCOMPARE(out.count('\n'), input.count('\n'));
    QCOMPARE(lineOf(input, 18), QByteArray("CREATE ROLE pguser;"));
    QVERIFY(lineOf(out, 18).startsWith("--"));
    QVERIFY(lineOf(out, 18).contains("CREATE ROLE pguser;"));
    QCOMPARE(lineOf(out, 16), QByteArray("CREATE ROLE ente_readonly;")); // not in the target: created
    QCOMPARE(lineOf(out, 19), lineOf(input, 19)); // ALTER ROLE pguser … PASSWORD: still set
    QCOMPARE(stream.changes().size(), 1);
    QCOMPARE(stream.changes().first().line, 18);
    // The data line "CREATE ROLE pguser;" in table "Login Events" is data and stays.
    QCOMPARE(out.count("CREATE ROLE pguser;"), input.count("CREATE ROLE pguser;"));
    QVERIFY(out.contains("\tCREATE ROLE pguser;\n"));
}

void TestRestoreStream::emptyDatabaseIsReplacedAndLocaleFitsAnOldServer()
{
    const QByteArray input = dump(QStringLiteral("small-cluster.sql"));
    RestoreStream::Rules rules;
    rules.replaceableDatabases = {QStringLiteral("ente_db")};
    rules.targetMajor = 12;
    RestoreStream stream(rules);
    const QByteArray out = run(stream, input, 333);
    QCOMPARE(out.count('\n'), input.count('\n'));
    QCOMPARE(lineOf(out, 113),
             QByteArray("DROP DATABASE ente_db; CREATE DATABASE ente_db WITH TEMPLATE = template0 ENCODING = 'UTF8' "
                        "LC_COLLATE = 'en_US.utf8' LC_CTYPE = 'en_US.utf8';"));
    // Not empty in the target (not replaceable): only what 12 cannot read changes.
    QCOMPARE(lineOf(out, 524),
             QByteArray("CREATE DATABASE \"second db\" WITH TEMPLATE = template0 ENCODING = 'UTF8' "
                        "LC_COLLATE = 'en_US.utf8' LC_CTYPE = 'en_US.utf8';"));
    QCOMPARE(stream.changes().size(), 2);
    QCOMPARE(stream.changes().at(1).line, 524);

    // A 14 server knows LOCALE but not LOCALE_PROVIDER; a 16 server takes the line as it is.
    rules.replaceableDatabases.clear();
    rules.targetMajor = 14;
    RestoreStream fourteen(rules);
    QCOMPARE(lineOf(run(fourteen, input, 4096), 113),
             QByteArray("CREATE DATABASE ente_db WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE = 'en_US.utf8';"));
    rules.targetMajor = 16;
    RestoreStream sixteen(rules);
    QCOMPARE(run(sixteen, input, 4096), input);
}

void TestRestoreStream::restrictLinesForAnOldPsql()
{
    const QByteArray input = dump(QStringLiteral("small-cluster.sql"));
    RestoreStream::Rules rules;
    rules.stripRestrict = true;
    RestoreStream stream(rules);
    const QByteArray out = run(stream, input, 4096);
    QCOMPARE(out.count('\n'), input.count('\n'));
    QCOMPARE(out.count("\n\\restrict "), 0);
    QCOMPARE(out.count("\n\\unrestrict "), 0);
    QCOMPARE(out.count("\n-- \\restrict "), input.count("\n\\restrict "));
    QCOMPARE(stream.changes().size(), 1); // said once
}

void TestRestoreStream::copyDataIsNeverTouched()
{
    const QByteArray input = "CREATE ROLE pguser;\n"
                             "COPY public.t (a) FROM stdin;\n"
                             "CREATE ROLE pguser;\n"
                             "\\restrict abc\n"
                             "\\.\n"
                             "CREATE ROLE pguser;\n";
    RestoreStream::Rules rules;
    rules.existingRoles = {QStringLiteral("pguser")};
    rules.stripRestrict = true;
    RestoreStream stream(rules);
    const QByteArray out = run(stream, input, 5);
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY(lines.at(0).startsWith("--"));
    QCOMPARE(lines.at(2), QByteArray("CREATE ROLE pguser;"));
    QCOMPARE(lines.at(3), QByteArray("\\restrict abc"));
    QVERIFY(lines.at(5).startsWith("--"));
    QCOMPARE(stream.copyBlocks().size(), 1);
    QCOMPARE(stream.copyBlocks().first().table, QStringLiteral("t"));
}

void TestRestoreStream::longLinesPassInPieces()
{
    QByteArray input = "COPY public.queue (item) FROM stdin;\n";
    input += QByteArray(3 * 1024 * 1024, 'x') + '\n';
    input += "\\.\n";
    input += "CREATE DATABASE big WITH " + QByteArray(200000, ' ') + ";\n";
    input += "-- Name: ente_db; Type: DATABASE; Schema: -; Owner: pguser\n\n";
    input += "CREATE DATABASE ente_db WITH TEMPLATE = template0;\n";
    input += "no final newline";
    RestoreStream::Rules rules;
    rules.replaceableDatabases = {QStringLiteral("ente_db"), QStringLiteral("big")};
    RestoreStream stream(rules);
    const QByteArray out = run(stream, input, 65536);
    QCOMPARE(out.size(), input.size() + qsizetype(sizeof("DROP DATABASE ente_db; ") - 1));
    QVERIFY(out.contains("\nDROP DATABASE ente_db; CREATE DATABASE ente_db WITH TEMPLATE = template0;\n"));
    QVERIFY(out.contains("\nCREATE DATABASE big WITH ")); // no "Type: DATABASE" header before it: left alone
    QVERIFY(out.endsWith("no final newline"));
    QCOMPARE(stream.lines(), 8);
    QVERIFY(!stream.inCopy());
}

void TestRestoreStream::copyErrorLineMapping()
{
    // psql names the block's "\." (226) and "COPY files, line 37": the bad row is on line 105 + 37.
    const QByteArray input = dump(QStringLiteral("restore-copy-error.sql"));
    RestoreStream stream;
    run(stream, input, 8192);
    QCOMPARE(stream.copyDataLine(QStringLiteral("files"), 37, 226), 142);
    QVERIFY(lineOf(input, 142).startsWith("BADROW"));
    // A name psql prints differently: the last block before the reported line.
    QCOMPARE(stream.copyDataLine(QStringLiteral("other"), 2, 226), 107);
    QCOMPARE(stream.copyDataLine(QStringLiteral("files"), 1, 50), 0);
}

void TestRestoreStream::restrictSupport_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("12.22") << 120022 << false;
    QTest::newRow("13.21") << 130021 << false;
    QTest::newRow("13.22") << 130022 << true;
    QTest::newRow("15.13") << 150013 << false;
    QTest::newRow("15.18") << 150018 << true;
    QTest::newRow("16.9") << 160009 << false;
    QTest::newRow("16.10") << 160010 << true;
    QTest::newRow("17.6") << 170006 << true;
    QTest::newRow("18.0") << 180000 << true;
}

void TestRestoreStream::restrictSupport()
{
    QFETCH(int, version);
    QFETCH(bool, supported);
    QCOMPARE(RestoreStream::psqlSupportsRestrict(version), supported);
}

QTEST_GUILESS_MAIN(TestRestoreStream)
#include "tst_restorestream.moc"
