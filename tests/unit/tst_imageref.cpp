// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ImageRef.h"

#include <QTest>

using namespace edm;

class tst_ImageRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_ImageRef::parse_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("flavour");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("registry");

    const int pg = int(ImageRef::Family::Postgres);
    const int up = int(ImageRef::Family::PgAutoUpgrade);
    const int other = int(ImageRef::Family::Other);
    QTest::newRow("plain") << "postgres:12" << pg << "12"
                           << ""
                           << ""
                           << "";
    QTest::newRow("minor") << "postgres:12.22" << pg << "12"
                           << ""
                           << ""
                           << "";
    QTest::newRow("alpine") << "postgres:12-alpine" << pg << "12"
                            << "alpine"
                            << ""
                            << "";
    QTest::newRow("alpine version") << "postgres:12.22-alpine3.20" << pg << "12"
                                    << "alpine3.20"
                                    << ""
                                    << "";
    QTest::newRow("bookworm") << "postgres:12-bookworm" << pg << "12"
                              << "bookworm"
                              << ""
                              << "";
    QTest::newRow("library") << "library/postgres:12" << pg << "12"
                             << ""
                             << "library/"
                             << "";
    QTest::newRow("docker.io") << "docker.io/library/postgres:12" << pg << "12"
                               << ""
                               << "docker.io/library/"
                               << "docker.io";
    QTest::newRow("mirror") << "mirror.gcr.io/library/postgres:15" << pg << "15"
                            << ""
                            << "mirror.gcr.io/library/"
                            << "mirror.gcr.io";
    QTest::newRow("registry port") << "registry.local:5000/postgres:12" << pg << "12"
                                   << ""
                                   << "registry.local:5000/"
                                   << "registry.local:5000";
    QTest::newRow("digest with tag") << "postgres:12@sha256:0123abcd" << pg << "12"
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("digest only") << "postgres@sha256:0123abcd" << pg << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("latest") << "postgres:latest" << pg << ""
                            << ""
                            << ""
                            << "";
    QTest::newRow("no tag") << "postgres" << pg << ""
                            << ""
                            << ""
                            << "";
    QTest::newRow("9.6") << "postgres:9.6" << pg << "9.6"
                         << ""
                         << ""
                         << "";
    QTest::newRow("pgautoupgrade") << "pgautoupgrade/pgautoupgrade:16-bookworm" << up << "16"
                                   << "bookworm"
                                   << "pgautoupgrade/"
                                   << "";
    QTest::newRow("pgautoupgrade hub") << "docker.io/pgautoupgrade/pgautoupgrade:16-alpine" << up << "16"
                                       << "alpine"
                                       << "docker.io/pgautoupgrade/"
                                       << "docker.io";
    QTest::newRow("postgresql is not postgres") << "bitnami/postgresql:12" << other << "12"
                                                << ""
                                                << "bitnami/"
                                                << "";
    QTest::newRow("museum") << "ghcr.io/ente-io/server" << other << ""
                            << ""
                            << "ghcr.io/ente-io/"
                            << "ghcr.io";
}

void tst_ImageRef::parse()
{
    QFETCH(QString, reference);
    QFETCH(int, family);
    QFETCH(QString, major);
    QFETCH(QString, flavour);
    QFETCH(QString, prefix);
    QFETCH(QString, registry);
    const ImageRef ref = ImageRef::parse(reference);
    QCOMPARE(int(ref.family()), family);
    QCOMPARE(ref.majorText(), major);
    QCOMPARE(ref.flavour(), flavour);
    QCOMPARE(ref.prefix(), prefix);
    QCOMPARE(ref.registry(), registry);
}

QTEST_GUILESS_MAIN(tst_ImageRef)
#include "tst_imageref.moc"
