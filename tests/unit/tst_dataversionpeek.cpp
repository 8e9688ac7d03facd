// DataVersionPeek: PG_VERSION parsing, where PGDATA sits in the volume, the downgrade check (image below the data's
// major) with the fix in the image's flavour, and the read from a bind mount, which needs no docker at all.
#include "core/docker/DockerCli.h"
#include "core/migration/DataVersionPeek.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace edm;

namespace {

PostgresService service(const QString &image, const QString &pgdata = QStringLiteral("/var/lib/postgresql/data"))
{
    PostgresService s;
    s.name = QStringLiteral("postgres");
    s.image = image;
    s.ref = ImageRef::parse(image);
    s.pgdata = pgdata;
    VolumeMount volume;
    volume.type = VolumeMount::Type::Volume;
    volume.source = QStringLiteral("postgres-data");
    volume.target = QStringLiteral("/var/lib/postgresql/data");
    s.volume = volume;
    return s;
}

} // namespace

class tst_DataVersionPeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVersionFile_data();
    void parseVersionFile();
    void pgdataInVolume();
    void downgradeCheck_data();
    void downgradeCheck();
    void readsABindMountWithoutDocker();
    void noVolumeNoContainerIsUnknown();
};

void tst_DataVersionPeek::parseVersionFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("major");
    QTest::newRow("16") << QByteArray("16\n") << 16;
    QTest::newRow("15") << QByteArray("15\n") << 15;
    QTest::newRow("12 no newline") << QByteArray("12") << 12;
    QTest::newRow("9.6") << QByteArray("9.6\n") << 9;
    QTest::newRow("crlf") << QByteArray("17\r\n") << 17;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("garbage") << QByteArray("PostgreSQL 16") << 0;
    QTest::newRow("binary") << QByteArray("\x00\x01", 2) << 0;
}

void tst_DataVersionPeek::parseVersionFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, major);
    QCOMPARE(DataVersionPeek::parseVersionFile(content), major);
}

void tst_DataVersionPeek::pgdataInVolume()
{
    QCOMPARE(DataVersionPeek::pgdataInVolume(service(QStringLiteral("postgres:16"))),
             std::optional<QString>(QString()));
    QCOMPARE(DataVersionPeek::pgdataInVolume(
                 service(QStringLiteral("postgres:16"), QStringLiteral("/var/lib/postgresql/data/pgdata"))),
             std::optional<QString>(QStringLiteral("pgdata")));
    QCOMPARE(DataVersionPeek::pgdataInVolume(service(QStringLiteral("postgres:16"), QStringLiteral("/srv/pg"))),
             std::optional<QString>());
    PostgresService none = service(QStringLiteral("postgres:16"));
    none.volume.reset();
    QCOMPARE(DataVersionPeek::pgdataInVolume(none), std::optional<QString>());
}

void tst_DataVersionPeek::downgradeCheck_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("dataMajor");
    QTest::addColumn<QString>("keep"); // empty: no failure
    QTest::newRow("Ente's postgres:15 on 16 data") << "postgres:15" << 16 << "postgres:16";
    QTest::newRow("Ente's 15-trixie on 16 data") << "postgres:15-trixie" << 16 << "postgres:16-trixie";
    QTest::newRow("12 on 16 data") << "postgres:12" << 16 << "postgres:16";
    QTest::newRow("15-alpine on 17 data") << "postgres:15-alpine" << 17 << "postgres:17-alpine";
    QTest::newRow("12 on 15 data") << "postgres:12" << 15 << "postgres:15";
    QTest::newRow("prefix kept") << "docker.io/library/postgres:15" << 16 << "docker.io/library/postgres:16";
    QTest::newRow("same major") << "postgres:16" << 16 << "";
    QTest::newRow("older data: a migration") << "postgres:12" << 12 << "";
    QTest::newRow("image above data") << "postgres:16" << 12 << "";
    QTest::newRow("unknown data") << "postgres:15" << 0 << "";
    QTest::newRow("latest: the server decides") << "postgres:latest" << 16 << "";
    QTest::newRow("pgautoupgrade") << "pgautoupgrade/pgautoupgrade:15-bookworm" << 16 << "";
}

void tst_DataVersionPeek::downgradeCheck()
{
    QFETCH(QString, image);
    QFETCH(int, dataMajor);
    QFETCH(QString, keep);
    const auto check = DataVersionPeek::downgradeCheck(service(image), dataMajor, QStringLiteral("compose.yaml"));
    if (keep.isEmpty()) {
        QVERIFY(!check);
        return;
    }
    QVERIFY(check);
    QCOMPARE(check->id, QStringLiteral("downgrade"));
    QCOMPARE(check->result, MigrationReport::CheckResult::Fail);
    QVERIFY2(check->detail.contains(QStringLiteral("PostgreSQL %1").arg(dataMajor)), qPrintable(check->detail));
    QVERIFY2(check->detail.contains(image), qPrintable(check->detail));
    QVERIFY(check->detail.contains(QLatin1String("database files are incompatible with server")));
    QVERIFY2(check->fix.contains(QStringLiteral("\"image: %1\"").arg(keep)), qPrintable(check->fix));
    QVERIFY(check->fix.contains(QLatin1String("compose.yaml")));
}

void tst_DataVersionPeek::readsABindMountWithoutDocker()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pgdata")));
    QFile file(dir.filePath(QStringLiteral("pgdata/PG_VERSION")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("16\n");
    file.close();

    DataVersionPeek::Source source;
    source.service = service(QStringLiteral("postgres:15"), QStringLiteral("/var/lib/postgresql/data/pgdata"));
    source.service.volume->type = VolumeMount::Type::Bind;
    source.service.volume->source = QStringLiteral("./data");
    source.service.volume->resolvedSource = dir.path();
    source.projectName = QStringLiteral("p");

    // A docker program that does not exist: the bind mount needs none.
    DockerCliOptions options;
    options.dockerProgram = dir.filePath(QStringLiteral("no-docker-here"));
    DockerCli docker(options);
    std::optional<DataVersionPeek::Result> result;
    DataVersionPeek::read(&docker, source, this, [&](const DataVersionPeek::Result &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->major, 16);
    QVERIFY2(result->how.contains(QLatin1String("PG_VERSION")), qPrintable(result->how));
    QVERIFY(DataVersionPeek::downgradeCheck(source.service, result->major, QStringLiteral("compose.yaml")));
}

void tst_DataVersionPeek::noVolumeNoContainerIsUnknown()
{
    DataVersionPeek::Source source;
    source.service = service(QStringLiteral("postgres:15"));
    source.service.volume.reset();
    DockerCliOptions options;
    options.dockerProgram = QStringLiteral("/nonexistent/docker");
    DockerCli docker(options);
    std::optional<DataVersionPeek::Result> result;
    DataVersionPeek::read(&docker, source, this, [&](const DataVersionPeek::Result &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->major, 0);
    QVERIFY(!result->how.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DataVersionPeek)
#include "tst_dataversionpeek.moc"
