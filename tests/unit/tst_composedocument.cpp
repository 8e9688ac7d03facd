// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ComposeDocument.h"

#include <QTest>

using namespace edm;

class tst_ComposeDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edit_data();
    void edit();
    void refused_data();
    void refused();
    void invalidYaml_data();
    void invalidYaml();
    void mergeKeys();
    void firstDifference();
    void volumeSwitch_data();
    void volumeSwitch();
    void volumeSwitchRefused_data();
    void volumeSwitchRefused();
};

static const QStringList imagePath{QStringLiteral("services"), QStringLiteral("postgres"), QStringLiteral("image")};

void tst_ComposeDocument::edit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("plain") << QByteArray("services:\n  postgres:\n    image: postgres:12\n")
                           << QByteArray("services:\n  postgres:\n    image: NEW\n") << 3 << 12;
    QTest::newRow("comment") << QByteArray("services:\n  postgres:\n    image: postgres:12   # keep me\n")
                             << QByteArray("services:\n  postgres:\n    image: NEW   # keep me\n") << 3 << 12;
    QTest::newRow("double quoted") << QByteArray("services:\n  postgres:\n    image: \"postgres:12\" # q\n")
                                   << QByteArray("services:\n  postgres:\n    image: \"NEW\" # q\n") << 3 << 12;
    QTest::newRow("single quoted") << QByteArray("services:\n  postgres:\n    image: 'postgres:12'\n")
                                   << QByteArray("services:\n  postgres:\n    image: 'NEW'\n") << 3 << 12;
    QTest::newRow("crlf") << QByteArray("services:\r\n  postgres:\r\n    image: postgres:12\r\n    x: 1\r\n")
                          << QByteArray("services:\r\n  postgres:\r\n    image: NEW\r\n    x: 1\r\n") << 3 << 12;
    QTest::newRow("bom first line") << QByteArray("\xEF\xBB\xBFservices: {postgres: {image: postgres:12}}\n")
                                    << QByteArray("\xEF\xBB\xBFservices: {postgres: {image: NEW}}\n") << 1 << 30;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFservices:\n  postgres:\n    image: postgres:12\n")
                         << QByteArray("\xEF\xBB\xBFservices:\n  postgres:\n    image: NEW\n") << 3 << 12;
    QTest::newRow("no final newline") << QByteArray("services:\n  postgres:\n    image: postgres:12")
                                      << QByteArray("services:\n  postgres:\n    image: NEW") << 3 << 12;
    QTest::newRow("tabs after value") << QByteArray("services:\n  postgres:\n    image: postgres:12\t# tab\n")
                                      << QByteArray("services:\n  postgres:\n    image: NEW\t# tab\n") << 3 << 12;
    QTest::newRow("flow mapping") << QByteArray("services:\n  postgres: {image: postgres:12, restart: always}\n")
                                  << QByteArray("services:\n  postgres: {image: NEW, restart: always}\n") << 2 << 21;
    QTest::newRow("anchor") << QByteArray("services:\n  postgres:\n    image: &pg postgres:12\n")
                            << QByteArray("services:\n  postgres:\n    image: &pg NEW\n") << 3 << 16;
    QTest::newRow("tag") << QByteArray("services:\n  postgres:\n    image: !!str postgres:12\n")
                         << QByteArray("services:\n  postgres:\n    image: !!str NEW\n") << 3 << 18;
    QTest::newRow("utf8 comment before")
        << QByteArray("# Données — «base»\nservices:\n  postgres:\n    image: postgres:12 # é\n")
        << QByteArray("# Données — «base»\nservices:\n  postgres:\n    image: NEW # é\n") << 4 << 12;
    QTest::newRow("alias used once") << QByteArray("x-pg: &pg postgres:12\nservices:\n  postgres:\n    image: *pg\n")
                                     << QByteArray("x-pg: &pg NEW\nservices:\n  postgres:\n    image: *pg\n") << 1
                                     << 11;
    QTest::newRow("merge key")
        << QByteArray("x-db: &db\n  image: postgres:12\n  restart: always\nservices:\n  postgres:\n    <<: *db\n")
        << QByteArray("x-db: &db\n  image: NEW\n  restart: always\nservices:\n  postgres:\n    <<: *db\n") << 2 << 10;
}

void tst_ComposeDocument::edit()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, line);
    QFETCH(int, column);
    const Expected<ComposeDocument> doc = ComposeDocument::parse(before, QStringLiteral("compose.yaml"));
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message.toString()));
    const auto site = doc->scalarSite(imagePath);
    QVERIFY2(site.ok(), site.ok() ? "" : qPrintable(site.error().message.toString()));
    QCOMPARE(site->line, line);
    QCOMPARE(site->column, column);
    const Expected<QByteArray> edited = doc->withScalar(imagePath, QStringLiteral("NEW"));
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message.toString()));
    QCOMPARE(*edited, after);
}

void tst_ComposeDocument::refused_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("block scalar") << QByteArray("services:\n  postgres:\n    image: >-\n      postgres:12\n")
                                  << "unsupported_image"
                                  << "block scalar";
    QTest::newRow("multi-line plain") << QByteArray("services:\n  postgres:\n    image: postgres\n      :12\n")
                                      << "unsupported_image"
                                      << "another line";
    QTest::newRow("shared anchor")
        << QByteArray("services:\n  postgres:\n    image: &pg postgres:12\n  replica:\n    image: *pg\n")
        << "edit_check_failed"
        << "replica";
    QTest::newRow("shared merge")
        << QByteArray("x-db: &db\n  image: postgres:12\nservices:\n  postgres:\n    <<: *db\n  other:\n    <<: *db\n")
        << "edit_check_failed"
        << "other";
}

void tst_ComposeDocument::refused()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    const Expected<ComposeDocument> doc = ComposeDocument::parse(before, QStringLiteral("compose.yaml"));
    QVERIFY(doc.ok());
    const Expected<QByteArray> edited = doc->withScalar(imagePath, QStringLiteral("NEW"));
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().code, code);
    QVERIFY2(edited.error().message.toString().contains(fragment), qPrintable(edited.error().message.toString()));
}

void tst_ComposeDocument::invalidYaml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad indentation") << QByteArray("services:\n  postgres:\n    image: postgres:12\n   bad: x\n") << 4
                                     << 4;
    QTest::newRow("unclosed flow sequence")
        << QByteArray("services:\n  postgres:\n    ports: [5432\n    image: x\n") << 4 << 10;
    QTest::newRow("tab indentation") << QByteArray("services:\n\tpostgres:\n") << 2 << 10;
    QTest::newRow("top-level list") << QByteArray("- a\n- b\n") << 1 << 1;
}

void tst_ComposeDocument::invalidYaml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    const Expected<ComposeDocument> doc = ComposeDocument::parse(bytes, QStringLiteral("/x/compose.yaml"));
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, QStringLiteral("invalid_yaml"));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
    QVERIFY2(doc.error().message.toString().contains(QStringLiteral("compose.yaml")),
             qPrintable(doc.error().message.toString()));
    QVERIFY2(doc.error().message.toString().contains(QStringLiteral("nothing was changed")),
             qPrintable(doc.error().message.toString()));
}

void tst_ComposeDocument::mergeKeys()
{
    const QByteArray bytes = "x-a: &a {image: postgres:12, restart: always}\n"
                             "x-b: &b {restart: no, user: x}\n"
                             "services:\n  postgres:\n    <<: [*a, *b]\n    user: explicit\n";
    const Expected<ComposeDocument> doc = ComposeDocument::parse(bytes, QStringLiteral("compose.yaml"));
    QVERIFY(doc.ok());
    const QVariantMap service = doc->services().value(QStringLiteral("postgres")).toMap();
    QCOMPARE(service.value(QStringLiteral("image")).toString(), QStringLiteral("postgres:12"));
    QCOMPARE(service.value(QStringLiteral("restart")).toString(), QStringLiteral("always")); // earlier map wins
    QCOMPARE(service.value(QStringLiteral("user")).toString(), QStringLiteral("explicit")); // explicit key wins
    QVERIFY(!service.contains(QStringLiteral("<<")));
}

void tst_ComposeDocument::firstDifference()
{
    const QVariantMap a{{"s", QVariantMap{{"image", "x"}, {"list", QVariantList{"1", "2"}}}}};
    QVariantMap b = a;
    QCOMPARE(ComposeDocument::firstDifference(a, b), QString());
    b = ComposeDocument::withValueAt(b, {"s", "list", "1"}, QStringLiteral("3")).toMap();
    QCOMPARE(ComposeDocument::firstDifference(a, b),
             QStringLiteral("s\x1flist\x1f"
                            "1"));
}

// dump-restore's edit: the image, the data volume's source and a new top-level volume, in one text-preserving change.
void tst_ComposeDocument::volumeSwitch_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("volumePath"); // '/'-separated path of the scalar to change
    QTest::addColumn<QString>("volumeValue");
    QTest::addColumn<QString>("beside"); // a top-level volume to declare the new one beside ("" = none added)
    QTest::addColumn<QByteArray>("after");

    const QByteArray ente = "# Ente's compose file\n"
                            "services:\n"
                            "  postgres:\n"
                            "    image: postgres:12 # pinned\n"
                            "    volumes:\n"
                            "      - postgres-data:/var/lib/postgresql/data   # the data\n"
                            "    network_mode: none\n"
                            "\n"
                            "volumes:\n"
                            "  postgres-data:\n"
                            "\n"
                            "# trailing comment\n";
    QTest::newRow("short syntax, block volumes")
        << ente << "services/postgres/volumes/0"
        << "postgres-data-pg16:/var/lib/postgresql/data"
        << "postgres-data"
        << QByteArray("# Ente's compose file\n"
                      "services:\n"
                      "  postgres:\n"
                      "    image: NEW # pinned\n"
                      "    volumes:\n"
                      "      - postgres-data-pg16:/var/lib/postgresql/data   # the data\n"
                      "    network_mode: none\n"
                      "\n"
                      "volumes:\n"
                      "  postgres-data:\n"
                      "  postgres-data-pg16:\n"
                      "\n"
                      "# trailing comment\n");
    QTest::newRow("long syntax, volume with options, quoted") << QByteArray("services:\n"
                                                                            "  db:\n"
                                                                            "    image: \"postgres:12\"\n"
                                                                            "    volumes:\n"
                                                                            "      - type: volume\n"
                                                                            "        source: 'pg'\n"
                                                                            "        target: /var/lib/postgresql/data\n"
                                                                            "volumes:\n"
                                                                            "    pg:\n"
                                                                            "        labels:\n"
                                                                            "            - a=b\n"
                                                                            "    # other volumes\n"
                                                                            "    other: {}\n")
                                                              << "services/db/volumes/0/source"
                                                              << "pg-pg16"
                                                              << "pg"
                                                              << QByteArray("services:\n"
                                                                            "  db:\n"
                                                                            "    image: \"NEW\"\n"
                                                                            "    volumes:\n"
                                                                            "      - type: volume\n"
                                                                            "        source: 'pg-pg16'\n"
                                                                            "        target: /var/lib/postgresql/data\n"
                                                                            "volumes:\n"
                                                                            "    pg:\n"
                                                                            "        labels:\n"
                                                                            "            - a=b\n"
                                                                            "    pg-pg16:\n"
                                                                            "    # other volumes\n"
                                                                            "    other: {}\n");
    QTest::newRow("flow volumes, crlf")
        << QByteArray(
               "services:\r\n  db:\r\n    image: postgres:12\r\n    volumes: [\"pg:/var/lib/postgresql/data\"]\r\n"
               "volumes: {pg: {}}\r\n")
        << "services/db/volumes/0"
        << "pg-pg16:/var/lib/postgresql/data"
        << "pg"
        << QByteArray("services:\r\n  db:\r\n    image: NEW\r\n    volumes: [\"pg-pg16:/var/lib/postgresql/data\"]\r\n"
                      "volumes: {pg-pg16: {}, pg: {}}\r\n");
    QTest::newRow("last entry without final newline")
        << QByteArray("services:\n  db:\n    image: postgres:12\n    volumes:\n      - pg:/data:rw\nvolumes:\n  pg:")
        << "services/db/volumes/0"
        << "pg-pg16:/data:rw"
        << "pg"
        << QByteArray("services:\n  db:\n    image: NEW\n    volumes:\n      - pg-pg16:/data:rw\nvolumes:\n  pg:\n"
                      "  pg-pg16:\n");
    QTest::newRow("bind mount, no declaration")
        << QByteArray(
               "services:\n  db:\n    image: postgres:12\n    volumes:\n      - ./data/pg:/var/lib/postgresql/data\n")
        << "services/db/volumes/0"
        << "./data/pg-pg16:/var/lib/postgresql/data"
        << ""
        << QByteArray(
               "services:\n  db:\n    image: NEW\n    volumes:\n      - ./data/pg-pg16:/var/lib/postgresql/data\n");
}

void tst_ComposeDocument::volumeSwitch()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, volumePath);
    QFETCH(QString, volumeValue);
    QFETCH(QString, beside);
    QFETCH(QByteArray, after);
    const Expected<ComposeDocument> doc = ComposeDocument::parse(before, QStringLiteral("compose.yaml"));
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message.toString()));
    const QStringList image{QStringLiteral("services"), volumePath.split(u'/').at(1), QStringLiteral("image")};
    QList<ComposeDocument::KeyInsertion> insertions;
    if (!beside.isEmpty())
        insertions.append({{QStringLiteral("volumes")}, beside + QStringLiteral("-pg16"), beside});
    const Expected<QByteArray> edited =
        doc->withChanges({{image, QStringLiteral("NEW")}, {volumePath.split(u'/'), volumeValue}}, insertions);
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message.toString()));
    QCOMPARE(*edited, after);
}

void tst_ComposeDocument::volumeSwitchRefused_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("fragment");
    // The volume entry comes from an anchor another service uses too: the re-parse sees the other service change.
    QTest::newRow("shared volume list")
        << QByteArray("x-v: &v\n  - pg:/var/lib/postgresql/data\nservices:\n  db:\n    image: postgres:12\n"
                      "    volumes: *v\n  copy:\n    image: busybox\n    volumes: *v\nvolumes:\n  pg:\n")
        << "copy";
    QTest::newRow("new key exists") << QByteArray("services:\n  db:\n    image: postgres:12\n    volumes:\n"
                                                  "      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n  pg-pg16:\n")
                                    << "already";
    QTest::newRow("empty volumes")
        << QByteArray("services:\n  db:\n    image: postgres:12\n    volumes:\n      - pg:/var/lib/postgresql/data\n"
                      "volumes:\n")
        << "no entries";
}

void tst_ComposeDocument::volumeSwitchRefused()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, fragment);
    const Expected<ComposeDocument> doc = ComposeDocument::parse(before, QStringLiteral("compose.yaml"));
    QVERIFY(doc.ok());
    const Expected<QByteArray> edited = doc->withChanges(
        {{{QStringLiteral("services"), QStringLiteral("db"), QStringLiteral("image")}, QStringLiteral("NEW")},
         {{QStringLiteral("services"), QStringLiteral("db"), QStringLiteral("volumes"), QStringLiteral("0")},
          QStringLiteral("pg-pg16:/var/lib/postgresql/data")}},
        {{{QStringLiteral("volumes")}, QStringLiteral("pg-pg16"), QStringLiteral("pg")}});
    QVERIFY(!edited.ok());
    QVERIFY2(edited.error().message.toString().contains(fragment), qPrintable(edited.error().message.toString()));
}

QTEST_GUILESS_MAIN(tst_ComposeDocument)
#include "tst_composedocument.moc"
