// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/DataMount.h"

#include "core/ErrorCodes.h"
#include "core/PostgresMajors.h"
#include "core/compose/MigrationPlan.h"

#include <QDir>

#include <algorithm>

namespace edm {

QString DataMount::rewriteShortEntry(const QString &rawEntry, const QString &newSource, const QString &newTarget)
{
    const qsizetype first = rawEntry.indexOf(u':');
    if (first < 0)
        return newTarget.isEmpty() ? rawEntry : newTarget;
    const qsizetype second = rawEntry.indexOf(u':', first + 1);
    const QString source = newSource.isEmpty() ? rawEntry.left(first) : newSource;
    const QString target =
        newTarget.isEmpty() ? rawEntry.mid(first + 1, second < 0 ? -1 : second - first - 1) : newTarget;
    return source + u':' + target + (second < 0 ? QString() : rawEntry.mid(second));
}

/// dump-restore: the new home of the data and the edits that point the service at it (with the image edit, in one).
Expected<VolumeSwitch> DataMount::planVolumeSwitch(const ComposeProject &project, const PostgresService &service,
                                                   int target, const QString &newTarget,
                                                   QList<ComposeDocument::ScalarChange> *changes,
                                                   QList<ComposeDocument::KeyInsertion> *insertions)
{
    const auto refuse = [&](const QString &why) {
        return Error{ErrorCode::UnsupportedVolume,
                     MigrationPlan::trText("The dump-restore method cannot be used for the service \"%1\": %2 Use the "
                                           "pgautoupgrade method, or change that and try again.")
                         .arg(service.name, why),
                     service.source.file};
    };
    if (!service.volume || service.volume->type == VolumeMount::Type::Anonymous) {
        return refuse(MigrationPlan::trText("its data is not in a named volume or a folder of the host, so there is no "
                                            "volume to keep aside for a rollback."));
    }
    const VolumeMount &mount = *service.volume;
    const std::optional<ComposeProject::MountLocation> location = project.mountLocation(service.name, mount.target);
    if (!location)
        return refuse(
            MigrationPlan::trText("no compose file mounts %1 in a way this app can change.").arg(mount.target));
    if (location->rawSource.contains(u'$')) {
        return refuse(
            MigrationPlan::trText("the volume's source \"%1\" is written with variables.").arg(location->rawSource));
    }
    if ((service.source.kind != ImageSource::Kind::Literal && service.source.kind != ImageSource::Kind::Interpolated) ||
        service.source.file != location->file) {
        return refuse(MigrationPlan::trText("its image and its volume are set in different files (%1 and %2), and both "
                                            "must change in one edit.")
                          .arg(project.relativePath(service.source.kind == ImageSource::Kind::DotEnvVariable
                                                        ? project.dotEnvPath()
                                                        : service.source.file),
                               project.relativePath(location->file)));
    }
    const QString suffix = QStringLiteral("-pg%1").arg(target);
    VolumeSwitch sw;
    sw.type = mount.type;
    sw.file = location->file;
    if (mount.type == VolumeMount::Type::Volume) {
        sw.oldSource = mount.source;
        sw.newSource = mount.source + suffix;
        sw.written = location->rawSource + suffix;
        if (project.declaresVolume(sw.newSource)) {
            return refuse(MigrationPlan::trText("the compose files already declare a volume \"%1\"; it may hold data.")
                              .arg(sw.newSource));
        }
        const auto doc = std::find_if(project.documents().cbegin(), project.documents().cend(),
                                      [&](const ComposeDocument &d) { return d.path() == location->file; });
        if (doc == project.documents().cend() || doc->value({QStringLiteral("volumes")}).toMap().isEmpty()) {
            return refuse(project.declaresVolume(mount.source)
                              ? MigrationPlan::trText("the volume \"%1\" is declared in another compose file than the "
                                                      "one that mounts it.")
                                    .arg(mount.source)
                              : MigrationPlan::trText("no compose file declares the volume \"%1\" under \"volumes:\".")
                                    .arg(mount.source));
        }
        insertions->append({{QStringLiteral("volumes")}, sw.newSource, mount.source});
        sw.declared = true;
    } else {
        QString raw = location->rawSource;
        while (raw.size() > 1 && raw.endsWith(u'/'))
            raw.chop(1);
        sw.oldSource = mount.resolvedSource;
        sw.newSource = QDir::cleanPath(mount.resolvedSource + suffix);
        sw.written = raw + suffix;
    }
    const QStringList entry{QStringLiteral("services"), service.name, QStringLiteral("volumes"),
                            QString::number(location->index)};
    sw.newTarget = newTarget;
    if (!newTarget.isEmpty() && location->rawTarget.contains(u'$')) {
        return refuse(MigrationPlan::trText("the volume's mount point \"%1\" is written with variables.")
                          .arg(location->rawTarget));
    }
    if (location->longSyntax) {
        changes->append({entry + QStringList{QStringLiteral("source")}, sw.written});
        if (!newTarget.isEmpty())
            changes->append({entry + QStringList{QStringLiteral("target")}, newTarget});
    } else {
        changes->append({entry, rewriteShortEntry(location->rawEntry, sw.written, newTarget)});
    }
    return sw;
}

Expected<std::optional<MountMove>>
DataMount::planMountMove(const ComposeProject &project, const PostgresService &service, int target,
                         const QString &editedFile, QList<ComposeDocument::ScalarChange> *changes, QString *note)
{
    const QString oldMount = QLatin1String(PostgresMajors::DataFolderMount);
    const QString newMount = PostgresMajors::mountTarget(target);
    if (newMount == oldMount || !service.volume)
        return std::optional<MountMove>();
    const VolumeMount &mount = *service.volume;
    if (QDir::cleanPath(mount.target) == newMount)
        return std::optional<MountMove>(); // already mounted the 18 way
    if (service.pgdataExplicit) {
        if (note) {
            *note = MigrationPlan::trText("PGDATA is set to %1 in the service, so the volume stays mounted at %2: "
                                          "Postgres %3 uses that PGDATA as it is.")
                        .arg(service.pgdata, mount.target)
                        .arg(target);
        }
        return std::optional<MountMove>();
    }
    const auto refuse = [&](const QString &why) {
        return Error{
            ErrorCode::UnsupportedVolume,
            MigrationPlan::trText("Postgres %1 keeps its data below %2, so the data volume of \"%3\" must be "
                                  "mounted there instead of at %4, and this app cannot make that change safely: "
                                  "%5 Change the mount by hand (or choose target 17), then plan again.")
                .arg(target)
                .arg(newMount, service.name, oldMount, why),
            service.source.file};
    };
    if (mount.type == VolumeMount::Type::Anonymous) {
        return refuse(MigrationPlan::trText("the data is in an anonymous volume, and a new mount point would give the "
                                            "service a new, empty one."));
    }
    if (QDir::cleanPath(mount.target) != oldMount) {
        return refuse(MigrationPlan::trText("the volume is mounted at %1, not at %2.").arg(mount.target, oldMount));
    }
    for (const QString &other : service.mountTargets) {
        if (other.startsWith(oldMount + u'/')) {
            return refuse(
                MigrationPlan::trText("another mount, %1, is nested below the data's mount point.").arg(other));
        }
        if (other == newMount)
            return refuse(MigrationPlan::trText("another mount already uses %1.").arg(newMount));
    }
    const std::optional<ComposeProject::MountLocation> location = project.mountLocation(service.name, mount.target);
    if (!location)
        return refuse(MigrationPlan::trText("no compose file mounts %1 in a way this app can change.").arg(oldMount));
    if (location->rawTarget.contains(u'$') || (!location->longSyntax && location->rawEntry.contains(u'$'))) {
        return refuse(MigrationPlan::trText("the mount \"%1\" is written with variables.")
                          .arg(location->longSyntax ? location->rawTarget : location->rawEntry));
    }
    if (location->file != editedFile) {
        return refuse(MigrationPlan::trText("the image and the volume are set in different files (%1 and %2), and both "
                                            "must change in one edit.")
                          .arg(project.relativePath(editedFile), project.relativePath(location->file)));
    }
    const QStringList entry{QStringLiteral("services"), service.name, QStringLiteral("volumes"),
                            QString::number(location->index)};
    if (location->longSyntax)
        changes->append({entry + QStringList{QStringLiteral("target")}, newMount});
    else
        changes->append({entry, rewriteShortEntry(location->rawEntry, QString(), newMount)});
    return std::optional<MountMove>(MountMove{location->file, oldMount, newMount});
}

} // namespace edm
