// SPDX-License-Identifier: GPL-3.0-or-later
// DataVersionPeek: PG_VERSION parsing, where PGDATA sits in the volume, the downgrade check (image below the data's
// major) with the fix in the image's flavour, the read from a bind mount, which needs no docker at all, and the reads
// through docker (a container's file, a named volume) against a small fake docker that answers each command.
#include "core/docker/DockerCli.h"
#include "core/migration/DataVersionPeek.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QProcessEnvironment>
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

/// A docker that logs its arguments (one call a line) and answers: `volume ls` with $FAKE_LABELLED, `volume inspect`
/// with success for $FAKE_NAMED only, `create` with a container id, `cp` by writing $FAKE_PG_VERSION to the local
/// path, `rm` with success. Shell built-ins only.
const char FakeDockerScript[] = R"(#!/bin/sh
printf '%s\n' "$*" >>"$FAKE_LOG"
eval "last=\${$#}"
case "$1 $2" in
"volume ls")
    [ -n "$FAKE_LABELLED" ] && printf '%s\n' "$FAKE_LABELLED"
    exit 0 ;;
"volume inspect")
    if [ "$last" = "$FAKE_NAMED" ]; then printf '%s\n' "$last"; exit 0; fi
    printf 'Error response from daemon: get %s: no such volume\n' "$last" >&2
    exit 1 ;;
esac
case "$1" in
create) printf 'f00dcafe\n'; exit 0 ;;
cp) printf '%s\n' "$FAKE_PG_VERSION" >"$last"; exit 0 ;;
rm) exit 0 ;;
esac
printf 'fake docker: unexpected %s\n' "$*" >&2
exit 99
)";

class FakeDocker
{
public:
    FakeDocker()
    {
        QFile script(program());
        if (!script.open(QIODevice::WriteOnly) || script.write(FakeDockerScript) < 0)
            qFatal("cannot write the fake docker");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_environment.insert(QStringLiteral("FAKE_LOG"), m_dir.filePath(QStringLiteral("calls.log")));
    }

    QString program() const { return m_dir.filePath(QStringLiteral("docker")); }
    void set(const QString &name, const QString &value) { m_environment.insert(name, value); }
    DockerCliOptions options() const
    {
        DockerCliOptions options;
        options.dockerProgram = program();
        options.environment = m_environment;
        return options;
    }
    QStringList calls() const
    {
        QFile log(m_dir.filePath(QStringLiteral("calls.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

DataVersionPeek::Result readThrough(const FakeDocker &fake, const DataVersionPeek::Source &source)
{
    DockerCli docker(fake.options());
    QObject context;
    std::optional<DataVersionPeek::Result> result;
    DataVersionPeek::read(&docker, source, &context, [&](const DataVersionPeek::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {-1, QStringLiteral("no answer within 30 s")};
    return *result;
}

DataVersionPeek::Source namedVolumeSource()
{
    DataVersionPeek::Source source;
    source.service = service(QStringLiteral("postgres:15"));
    source.projectName = QStringLiteral("my-ente");
    return source;
}

const QString VolumeLs = QStringLiteral("volume ls --filter label=com.docker.compose.project=my-ente --filter "
                                        "label=com.docker.compose.volume=postgres-data --format {{.Name}}");

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
    void versionFilesInBothLayouts();
    void readsAnEighteenLayoutOnABindMount();
    void layoutCheck();
    void noVolumeNoContainerIsUnknown();
    void readsAStoppedContainer();
    void readsALabelledVolume();
    void readsAVolumeOfItsOwnName();
    void neverCreatesAMissingVolume();
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
    QVERIFY2(check->detail.toString().contains(QStringLiteral("PostgreSQL %1").arg(dataMajor)),
             qPrintable(check->detail));
    QVERIFY2(check->detail.toString().contains(image), qPrintable(check->detail));
    QVERIFY(check->detail.toString().contains(QLatin1String("database files are incompatible with server")));
    QVERIFY2(check->fix.toString().contains(QStringLiteral("\"image: %1\"").arg(keep)), qPrintable(check->fix));
    QVERIFY(check->fix.toString().contains(QLatin1String("compose.yaml")));
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

void tst_DataVersionPeek::versionFilesInBothLayouts()
{
    // Up to 17: PGDATA is the mount.
    QCOMPARE(DataVersionPeek::versionFiles(service(QStringLiteral("postgres:15"))),
             QStringList{QStringLiteral("/var/lib/postgresql/data/PG_VERSION")});
    // An 18 image still on the old mount: its PGDATA is outside the volume; the data is at the mount's root.
    QCOMPARE(DataVersionPeek::versionFiles(
                 service(QStringLiteral("postgres:18"), QStringLiteral("/var/lib/postgresql/18/docker"))),
             QStringList{QStringLiteral("/var/lib/postgresql/data/PG_VERSION")});
    // 18 mounted the 18 way: 18/docker first.
    PostgresService moved = service(QStringLiteral("postgres:18"), QStringLiteral("/var/lib/postgresql/18/docker"));
    moved.volume->target = QStringLiteral("/var/lib/postgresql");
    QCOMPARE(DataVersionPeek::versionFiles(moved),
             (QStringList{QStringLiteral("/var/lib/postgresql/18/docker/PG_VERSION"),
                          QStringLiteral("/var/lib/postgresql/PG_VERSION")}));
    // A 17 image on a volume mounted the 18 way: its PGDATA (data/) would be empty; 18/docker is looked at too.
    PostgresService older = service(QStringLiteral("postgres:17"));
    older.volume->target = QStringLiteral("/var/lib/postgresql");
    QCOMPARE(DataVersionPeek::versionFiles(older),
             (QStringList{QStringLiteral("/var/lib/postgresql/data/PG_VERSION"),
                          QStringLiteral("/var/lib/postgresql/PG_VERSION"),
                          QStringLiteral("/var/lib/postgresql/18/docker/PG_VERSION")}));
}

void tst_DataVersionPeek::readsAnEighteenLayoutOnABindMount()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("18/docker")));
    QFile file(dir.filePath(QStringLiteral("18/docker/PG_VERSION")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("18\n");
    file.close();

    DataVersionPeek::Source source;
    source.service = service(QStringLiteral("postgres:17"));
    source.service.volume->type = VolumeMount::Type::Bind;
    source.service.volume->target = QStringLiteral("/var/lib/postgresql");
    source.service.volume->resolvedSource = dir.path();
    DockerCliOptions options;
    options.dockerProgram = dir.filePath(QStringLiteral("no-docker-here"));
    DockerCli docker(options);
    std::optional<DataVersionPeek::Result> result;
    DataVersionPeek::read(&docker, source, this, [&](const DataVersionPeek::Result &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->major, 18);
    // The 17 image would initialise an empty cluster there: refused, with the image to put back.
    const auto check = DataVersionPeek::layoutCheck(source.service, result->major, QStringLiteral("compose.yaml"));
    QVERIFY(check);
    QVERIFY2(check->detail.toString().contains(QLatin1String("empty database")), qPrintable(check->detail));
    QVERIFY2(check->fix.toString().contains(QLatin1String("\"image: postgres:18\"")), qPrintable(check->fix));
}

void tst_DataVersionPeek::layoutCheck()
{
    // postgres:18 on the old mount with 15 data: refused with the mount fix.
    PostgresService eighteen = service(QStringLiteral("postgres:18"), QStringLiteral("/var/lib/postgresql/18/docker"));
    auto check = DataVersionPeek::layoutCheck(eighteen, 15, QStringLiteral("compose.yaml"));
    QVERIFY(check);
    QCOMPARE(check->result, MigrationReport::CheckResult::Fail);
    QVERIFY2(check->detail.toString().contains(QLatin1String("Error: in 18+")), qPrintable(check->detail));
    QVERIFY2(check->fix.toString().contains(QLatin1String("\"image: postgres:15\"")), qPrintable(check->fix));
    QVERIFY2(check->fix.toString().contains(QLatin1String("target 18")), qPrintable(check->fix));
    // PGDATA set explicitly: the 18 image uses it; nothing to say.
    eighteen.pgdataExplicit = true;
    QVERIFY(!DataVersionPeek::layoutCheck(eighteen, 15, QStringLiteral("compose.yaml")));
    // Mounted the 18 way with 18 data: fine.
    PostgresService moved = service(QStringLiteral("postgres:18"), QStringLiteral("/var/lib/postgresql/18/docker"));
    moved.volume->target = QStringLiteral("/var/lib/postgresql");
    QVERIFY(!DataVersionPeek::layoutCheck(moved, 18, QStringLiteral("compose.yaml")));
    // Up to 17 on the old mount: fine.
    QVERIFY(!DataVersionPeek::layoutCheck(service(QStringLiteral("postgres:17")), 17, QStringLiteral("compose.yaml")));
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

void tst_DataVersionPeek::readsAStoppedContainer()
{
    FakeDocker fake;
    fake.set(QStringLiteral("FAKE_PG_VERSION"), QStringLiteral("16"));
    DataVersionPeek::Source source = namedVolumeSource();
    source.container = QStringLiteral("my-ente-postgres-1");
    const DataVersionPeek::Result result = readThrough(fake, source);
    QCOMPARE(result.major, 16);
    QVERIFY2(result.how.contains(QLatin1String("my-ente-postgres-1")), qPrintable(result.how));
    const QStringList calls = fake.calls();
    QCOMPARE(calls.size(), 1);
    QVERIFY2(calls.first().startsWith(QLatin1String("cp my-ente-postgres-1:/var/lib/postgresql/data/PG_VERSION /")),
             qPrintable(calls.first()));
}

void tst_DataVersionPeek::readsALabelledVolume()
{
    FakeDocker fake;
    fake.set(QStringLiteral("FAKE_LABELLED"), QStringLiteral("my-ente_postgres-data"));
    fake.set(QStringLiteral("FAKE_PG_VERSION"), QStringLiteral("16"));
    const DataVersionPeek::Result result = readThrough(fake, namedVolumeSource());
    QCOMPARE(result.major, 16);
    QVERIFY2(result.how.contains(QLatin1String("my-ente_postgres-data")), qPrintable(result.how));
    const QStringList calls = fake.calls();
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls.at(0), VolumeLs);
    // Created on the volume, read only, never started, without network; then removed with its anonymous volumes.
    QCOMPARE(calls.at(1),
             QStringLiteral("create --label edm.purpose=pg-version-peek --network none -v "
                            "my-ente_postgres-data:/var/lib/postgresql/data:ro postgres:15"));
    QVERIFY2(calls.at(2).startsWith(QLatin1String("cp f00dcafe:/var/lib/postgresql/data/PG_VERSION /")),
             qPrintable(calls.at(2)));
    QCOMPARE(calls.at(3), QStringLiteral("rm -f -v f00dcafe"));
}

void tst_DataVersionPeek::readsAVolumeOfItsOwnName()
{
    // An external volume (or one with name:) carries no compose labels: it is used by its name when it exists.
    FakeDocker fake;
    fake.set(QStringLiteral("FAKE_NAMED"), QStringLiteral("postgres-data"));
    fake.set(QStringLiteral("FAKE_PG_VERSION"), QStringLiteral("12"));
    const DataVersionPeek::Result result = readThrough(fake, namedVolumeSource());
    QCOMPARE(result.major, 12);
    const QStringList calls = fake.calls();
    QCOMPARE(calls.size(), 5);
    QCOMPARE(calls.at(0), VolumeLs);
    QCOMPARE(calls.at(1), QStringLiteral("volume inspect --format {{.Name}} postgres-data"));
    QVERIFY2(calls.at(2).contains(QLatin1String(" -v postgres-data:/var/lib/postgresql/data:ro ")),
             qPrintable(calls.at(2)));
    QCOMPARE(calls.at(4), QStringLiteral("rm -f -v f00dcafe"));
}

void tst_DataVersionPeek::neverCreatesAMissingVolume()
{
    FakeDocker fake;
    const DataVersionPeek::Result result = readThrough(fake, namedVolumeSource());
    QCOMPARE(result.major, 0);
    QVERIFY2(result.how.contains(QLatin1String("does not exist yet")), qPrintable(result.how));
    // docker create would have made an empty volume of that name.
    QCOMPARE(fake.calls(), (QStringList{VolumeLs, QStringLiteral("volume inspect --format {{.Name}} postgres-data")}));
}

QTEST_GUILESS_MAIN(tst_DataVersionPeek)
#include "tst_dataversionpeek.moc"
