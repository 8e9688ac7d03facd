// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/DotEnv.h"

#include <QTest>

using namespace edm;

class tst_DotEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse();
    void withValueKeepsEverythingElse_data();
    void withValueKeepsEverythingElse();
};

void tst_DotEnv::parse()
{
    const QByteArray bytes = "\xEF\xBB\xBF# comment\r\n"
                             "PG_TAG=12\r\n"
                             "export USER_NAME = pguser   # inline\n"
                             "QUOTED=\"a b \\\"c\\\"\"\n"
                             "SINGLE='x#y $NOT'\n"
                             "HASH=abc#def\n"
                             "EMPTY=\n"
                             "MULTI=\"line1\nline2\"\n"
                             "AFTER=ok\n"
                             "PG_TAG=13\n";
    const DotEnv env = DotEnv::parse(bytes);
    QCOMPARE(env.value("PG_TAG"), std::optional<QString>("13")); // the later line wins
    QCOMPARE(env.value("USER_NAME"), std::optional<QString>("pguser"));
    QCOMPARE(env.value("QUOTED"), std::optional<QString>("a b \"c\""));
    QCOMPARE(env.value("SINGLE"), std::optional<QString>("x#y $NOT"));
    QCOMPARE(env.value("HASH"), std::optional<QString>("abc#def"));
    QCOMPARE(env.value("EMPTY"), std::optional<QString>(""));
    QCOMPARE(env.value("MULTI"), std::optional<QString>("line1\nline2"));
    QCOMPARE(env.value("AFTER"), std::optional<QString>("ok"));
    QCOMPARE(env.entry("AFTER")->line, 10);
    QCOMPARE(env.entry("PG_TAG")->line, 11);
    QVERIFY(!env.value("NOPE"));
}

void tst_DotEnv::withValueKeepsEverythingElse_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("plain") << QByteArray("A=1\nPG_IMAGE=postgres:12\nB=2\n")
                           << QByteArray("A=1\nPG_IMAGE=pgautoupgrade/pgautoupgrade:16-bookworm\nB=2\n");
    QTest::newRow("crlf and comment") << QByteArray("PG_IMAGE=postgres:12   # the db\r\nB=2\r\n")
                                      << QByteArray(
                                             "PG_IMAGE=pgautoupgrade/pgautoupgrade:16-bookworm   # the db\r\nB=2\r\n");
    QTest::newRow("double quoted") << QByteArray("PG_IMAGE=\"postgres:12\"")
                                   << QByteArray("PG_IMAGE=\"pgautoupgrade/pgautoupgrade:16-bookworm\"");
    QTest::newRow("single quoted export") << QByteArray("export PG_IMAGE='postgres:12'\n")
                                          << QByteArray("export PG_IMAGE='pgautoupgrade/pgautoupgrade:16-bookworm'\n");
}

void tst_DotEnv::withValueKeepsEverythingElse()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QCOMPARE(DotEnv::parse(before).withValue("PG_IMAGE", "pgautoupgrade/pgautoupgrade:16-bookworm"), after);
}

QTEST_GUILESS_MAIN(tst_DotEnv)
#include "tst_dotenv.moc"
