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
    const int derived = int(ImageRef::Family::DerivedPostgres);
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
    // A private registry's copy counts as the official image only under library/postgres, as mirrors name it.
    QTest::newRow("registry port") << "registry.local:5000/postgres:12" << derived << "12"
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
    QTest::newRow("registry port library") << "registry.local:5000/library/postgres:12" << pg << "12"
                                           << ""
                                           << "registry.local:5000/library/"
                                           << "registry.local:5000";
    QTest::newRow("ecr mirror") << "public.ecr.aws/docker/library/postgres:15-trixie" << pg << "15"
                                << "trixie"
                                << "public.ecr.aws/docker/library/"
                                << "public.ecr.aws";
    QTest::newRow("docker.io short") << "docker.io/postgres:16" << pg << "16"
                                     << ""
                                     << "docker.io/"
                                     << "docker.io";
    QTest::newRow("immich") << "ghcr.io/immich-app/postgres:14-vectorchord0.4.3-pgvectors0.2.0" << derived << "14"
                            << ""
                            << "ghcr.io/immich-app/"
                            << "ghcr.io";
    QTest::newRow("someone's postgres on the hub") << "someone/postgres:16" << derived << "16"
                                                   << ""
                                                   << "someone/"
                                                   << "";
    QTest::newRow("postgis") << "postgis/postgis:16-3.4" << derived << "16"
                             << ""
                             << "postgis/"
                             << "";
    QTest::newRow("postgresql is not postgres, but derived") << "bitnami/postgresql:12" << derived << "12"
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
