// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/DataVersionPeek.h"

#include "core/PostgresMajors.h"

#include "core/compose/MigrationPlan.h"
#include "core/docker/DockerCli.h"
#include "core/docker/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

namespace edm {

namespace {

using Done = std::function<void(const DataVersionPeek::Result &)>;

/// Runs a docker command that DockerCli set up; done gets the result and the standard output lines.
void runDocker(ProcessRunner *runner, QObject *context,
               std::function<void(const ProcessResult &, const QStringList &)> done)
{
    auto lines = std::make_shared<QStringList>();
    QObject::connect(runner, &ProcessRunner::standardOutputLine, context,
                     [lines](const QString &line) { lines->append(line); });
    QObject::connect(runner, &ProcessRunner::finished, context,
                     [runner, lines, done = std::move(done)](const ProcessResult &result) {
                         runner->deleteLater();
                         done(result, *lines);
                     });
    runner->start();
}

/// docker cp CONTAINER:PATH into a temporary folder, then reads the file.
void copyOut(DockerCli *docker, const QString &container, const QString &path, QObject *context,
             std::function<void(const Expected<QByteArray> &)> done)
{
    auto tmp = std::make_shared<QTemporaryDir>();
    if (!tmp->isValid()) {
        done(Error{QStringLiteral("temp_dir"), DataVersionPeek::trText("Cannot create a temporary folder.")});
        return;
    }
    const QString local = tmp->filePath(QStringLiteral("PG_VERSION"));
    runDocker(docker->copyFromContainer(container, path, local, context), context,
              [tmp, local, done = std::move(done)](const ProcessResult &result, const QStringList &) {
                  if (!result.ok())
                      return done(result.error);
                  QFile file(local);
                  if (!file.open(QIODevice::ReadOnly))
                      return done(Error{QStringLiteral("unreadable"), file.errorString()});
                  done(file.read(64));
              });
}

/// Tries paths in order, stopping at the first PG_VERSION that reads.
void copyFirst(DockerCli *docker, const QString &container, QStringList paths, QObject *context,
               std::function<void(const Expected<QByteArray> &, const QString &)> done)
{
    const QString path = paths.takeFirst();
    copyOut(docker, container, path, context, [=](const Expected<QByteArray> &bytes) {
        if (bytes || paths.isEmpty())
            return done(bytes, path);
        copyFirst(docker, container, paths, context, done);
    });
}

} // namespace

QStringList DataVersionPeek::versionFiles(const PostgresService &service)
{
    QStringList paths;
    if (const std::optional<QString> inVolume = pgdataInVolume(service))
        paths.append(QDir::cleanPath(service.pgdata) + QStringLiteral("/PG_VERSION"));
    if (!service.volume)
        return paths;
    // The other layout: data at the mount's root (an old mount under an 18 image), or in <major>/docker below
    // /var/lib/postgresql (an 18 volume under an older image, which would otherwise initialise an empty cluster).
    const QString target = QDir::cleanPath(service.volume->target);
    const QString root = target + QStringLiteral("/PG_VERSION");
    if (!paths.contains(root))
        paths.append(root);
    if (target == QLatin1String(PostgresMajors::VersionedMount)) {
        for (const PostgresMajors::Major &m : PostgresMajors::all()) {
            const QString versioned = PostgresMajors::defaultPgdata(m.major) + QStringLiteral("/PG_VERSION");
            if (m.layout == PostgresMajors::Layout::VersionedFolder && !paths.contains(versioned))
                paths.append(versioned);
        }
    }
    return paths;
}

std::optional<MigrationReport::Check> DataVersionPeek::layoutCheck(const PostgresService &service, int dataMajor,
                                                                   const QString &composeFile)
{
    const ImageRef &ref = service.ref;
    if (dataMajor <= 0 || ref.family() != ImageRef::Family::Postgres || ref.major() <= 0 || !service.volume ||
        service.pgdataExplicit)
        return std::nullopt;
    const QString mount = QDir::cleanPath(service.volume->target);
    const bool imageVersioned = PostgresMajors::layout(ref.major()) == PostgresMajors::Layout::VersionedFolder;
    MigrationReport::Check check;
    check.id = QStringLiteral("layout");
    check.title = trText("Image and data");
    check.result = MigrationReport::CheckResult::Fail;
    if (imageVersioned && mount == QLatin1String(PostgresMajors::DataFolderMount)) {
        check.detail =
            trText("The compose file names %1, which keeps its data below /var/lib/postgresql and refuses to "
                   "start on a volume mounted at /var/lib/postgresql/data (\"Error: in 18+, these Docker images "
                   "are configured to store database data in a format which is compatible with "
                   "pg_ctlcluster\"). The data there is from PostgreSQL %2.")
                .arg(service.image)
                .arg(dataMajor);
        check.fix = trText("Put \"image: %1\" back for the service \"%2\" in %3 and migrate with target %4: the "
                           "migration moves the mount to /var/lib/postgresql in the same edit.")
                        .arg(MigrationPlan::targetImages(ref, dataMajor).last(), service.name, composeFile)
                        .arg(ref.major());
        return check;
    }
    if (!imageVersioned && dataMajor >= 18 && mount == QLatin1String(PostgresMajors::VersionedMount)) {
        check.detail =
            trText("The data in the volume is from PostgreSQL %1, laid out the Postgres 18 way (in %2), but the "
                   "compose file names %3, which finds nothing at /var/lib/postgresql/data and would initialise "
                   "a new, empty database there.")
                .arg(dataMajor)
                .arg(PostgresMajors::defaultPgdata(dataMajor), service.image);
        check.fix = trText("Put \"image: %1\" back for the service \"%2\" in %3 and keep the volume mounted at "
                           "/var/lib/postgresql; nothing was started.")
                        .arg(MigrationPlan::targetImages(ref, dataMajor).last(), service.name, composeFile);
        return check;
    }
    return std::nullopt;
}

int DataVersionPeek::parseVersionFile(const QByteArray &content)
{
    static const QRegularExpression version(QStringLiteral("^\\s*([0-9]+)(\\.[0-9]+)?\\s*$"));
    const QRegularExpressionMatch match = version.match(QString::fromLatin1(content));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

std::optional<QString> DataVersionPeek::pgdataInVolume(const PostgresService &service)
{
    if (!service.volume)
        return std::nullopt;
    const QString target = QDir::cleanPath(service.volume->target);
    const QString pgdata = QDir::cleanPath(service.pgdata);
    if (pgdata == target)
        return QString();
    if (pgdata.startsWith(target + u'/'))
        return pgdata.mid(target.size() + 1);
    return std::nullopt;
}

std::optional<MigrationReport::Check> DataVersionPeek::downgradeCheck(const PostgresService &service, int dataMajor,
                                                                      const QString &composeFile)
{
    const ImageRef &ref = service.ref;
    if (dataMajor <= 0 || ref.family() != ImageRef::Family::Postgres || ref.major() <= 0 || ref.major() >= dataMajor)
        return std::nullopt;
    const QString keep = MigrationPlan::targetImages(ref, dataMajor).last();
    MigrationReport::Check check;
    check.id = QStringLiteral("downgrade");
    check.title = trText("Image and data");
    check.result = MigrationReport::CheckResult::Fail;
    check.detail =
        trText("The data in the volume is from PostgreSQL %1 (its PG_VERSION), but the compose file names %2, "
               "which refuses to start on it (\"database files are incompatible with server\"). A compose file "
               "downloaded again from Ente names postgres:15.")
            .arg(dataMajor)
            .arg(service.image);
    check.fix = trText("Put \"image: %1\" back for the service \"%2\" in %3, then start the stack; the data needs no "
                       "migration.")
                    .arg(keep, service.name, composeFile);
    return check;
}

void DataVersionPeek::read(DockerCli *docker, const Source &source, QObject *context, Done done)
{
    const PostgresService &service = source.service;
    const QStringList paths = versionFiles(service);
    if (paths.isEmpty())
        return done({0, trText("PGDATA is not in a volume, so there is no PG_VERSION to read before the start")});

    // A bind mount on this host: the file itself.
    if (service.volume && service.volume->type == VolumeMount::Type::Bind) {
        const QString target = QDir::cleanPath(service.volume->target);
        for (const QString &path : paths) {
            QFile file(QDir(service.volume->resolvedSource).filePath(path.mid(target.size() + 1)));
            if (file.open(QIODevice::ReadOnly)) {
                const int major = parseVersionFile(file.read(64));
                return done({major, trText("read %1").arg(QDir::toNativeSeparators(file.fileName()))});
            }
        }
    }

    // The service's own container, stopped or restarting: docker cp needs no running container.
    if (!source.container.isEmpty()) {
        return copyFirst(docker, source.container, paths, context,
                         [done, container = source.container](const Expected<QByteArray> &bytes, const QString &path) {
                             if (!bytes)
                                 return done({0, bytes.error().message});
                             done({parseVersionFile(*bytes),
                                   trText("read %1 in the container %2 (not started)").arg(path, container)});
                         });
    }

    if (!service.volume || service.volume->type != VolumeMount::Type::Volume)
        return done({0, trText("no named volume and no container to read PG_VERSION from")});

    // The named volume, as compose labelled it (project_key), or as named (name:, external).
    const QString key = service.volume->source;
    docker->findComposeVolume(source.projectName, key, context, [=](const Expected<QString> &labelled) {
        if (!labelled)
            return done({0, labelled.error().message});
        const auto peekInto = [=](const QString &volume) {
            // Created, never started; mounted where the service mounts it, so that the image's own VOLUME needs no
            // anonymous volume.
            DockerCli::ThrowawayRun create;
            create.image = service.image;
            create.remove = false;
            create.labels.insert(QStringLiteral("edm.purpose"), QStringLiteral("pg-version-peek"));
            create.volumes = {volume + u':' + service.volume->target + QStringLiteral(":ro")};
            runDocker(docker->createContainer(create, context), context,
                      [=](const ProcessResult &created, const QStringList &lines) {
                          const QString id = lines.isEmpty() ? QString() : lines.last().trimmed();
                          if (!created.ok() || id.isEmpty())
                              return done({0, created.error.message});
                          copyFirst(docker, id, paths, context,
                                    [=](const Expected<QByteArray> &bytes, const QString &versionPath) {
                                        runDocker(
                                            docker->removeContainer(id, true, context), context,
                                            [=](const ProcessResult &, const QStringList &) {
                                                if (!bytes)
                                                    return done({0, bytes.error().message});
                                                done({parseVersionFile(*bytes),
                                                      trText("read %1 in the volume %2 (through a container that was "
                                                             "created, never started, and removed)")
                                                          .arg(versionPath, volume)});
                                            });
                                    });
                      });
        };
        if (!labelled->isEmpty())
            return peekInto(*labelled);
        // Not labelled by compose: an external volume or one with its own name. Only if it exists: docker create
        // would otherwise make an empty one.
        docker->volumeExists(key, context, [=](const Expected<bool> &exists) {
            if (!exists)
                return done({0, exists.error().message});
            if (*exists)
                return peekInto(key);
            done({0, trText("the volume %1 does not exist yet").arg(key)});
        });
    });
}

} // namespace edm
