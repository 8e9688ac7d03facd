// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/MigrationPlan.h"
#include "core/ErrorCodes.h"
#include "core/InputFile.h"

#include "core/Redactor.h"
#include "core/compose/UnifiedDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>

namespace edm {

namespace {

Status writeIfUnchanged(const QString &path, const QByteArray &expected, const QByteArray &replacement)
{
    // Read as the load reads: a regular file only, within the size cap (a file swapped for a FIFO, a device or a huge
    // file since the plan gets its clear error, and nothing is written).
    const Expected<QByteArray> current = InputFile::read(path);
    if (!current)
        return current.error();
    if (*current == replacement)
        return {}; // already done (a resumed step)
    if (*current != expected) {
        return Error{ErrorCode::FileChanged,
                     MigrationPlan::trText(
                         "%1 was changed by something else since the plan was made; nothing was written. Review the "
                         "file and plan again.")
                         .arg(QDir::toNativeSeparators(path)),
                     path};
    }
    QSaveFile file(path);
    // Keep the file's permissions: QSaveFile creates the new file with the old one's mode on commit.
    if (!file.open(QIODevice::WriteOnly) || file.write(replacement) != replacement.size() || !file.commit()) {
        return Error{ErrorCode::Unwritable,
                     MigrationPlan::trText("Cannot write %1: %2. The file was left as it was.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    return {};
}

/// After an edit that moves the data (dump-restore's new volume, Postgres 18's mount), the service's data mount is
/// where the plan says: the new source or the old one, at the new mount point or the old one.
bool dataMountAsPlanned(const MigrationPlan &plan, const VolumeMount &before, const VolumeMount &after)
{
    const auto source = [](const VolumeMount &m) {
        return m.type == VolumeMount::Type::Volume ? m.source : m.resolvedSource;
    };
    QString expectedSource = source(before);
    QString expectedTarget = QDir::cleanPath(before.target);
    VolumeMount::Type expectedType = before.type;
    if (const std::optional<VolumeSwitch> &sw = plan.volumeSwitch()) {
        expectedSource = sw->newSource;
        expectedType = sw->type;
        if (!sw->newTarget.isEmpty())
            expectedTarget = sw->newTarget;
    }
    if (const std::optional<MountMove> &move = plan.mountMove())
        expectedTarget = move->to;
    return after.type == expectedType && source(after) == expectedSource &&
        QDir::cleanPath(after.target) == expectedTarget;
}

} // namespace

Status ImageEdit::apply() const
{
    return writeIfUnchanged(file, before, after);
}

Status ImageEdit::revert() const
{
    return writeIfUnchanged(file, after, before);
}

QString MigrationPlan::statusName(Status status)
{
    switch (status) {
    case Status::NeedsMigration:
        return QStringLiteral("needs_migration");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::AlreadyTarget:
        return QStringLiteral("already_target");
    }
    return {};
}

QList<int> MigrationPlan::supportedTargets()
{
    return PostgresMajors::targets();
}

QString MigrationPlan::targetDescription(int target)
{
    return PostgresMajors::advice(target);
}

Expected<int> MigrationPlan::parseTarget(const QString &text)
{
    bool ok = false;
    const int target = text.trimmed().toInt(&ok);
    if (ok && supportedTargets().contains(target))
        return target;
    return Error{ErrorCode::UnsupportedTarget,
                 MigrationPlan::trText("The target must be %1 (the Postgres major version to move to), not \"%2\".")
                     .arg(PostgresMajors::targetList(), text)};
}

QStringList MigrationPlan::targetImages(const ImageRef &source, int target, QString *note)
{
    const ImagePolicy::Images images = ImagePolicy::choose(source, target);
    if (note)
        *note = joinTexts(images.notes, Text(QStringLiteral(" "))).toString();
    return {images.upgrade, images.final};
}

Expected<MigrationPlan> MigrationPlan::create(const QString &path, const Options &options,
                                              const QProcessEnvironment &environment)
{
    const Expected<ComposeProject> project = ComposeProject::open(path, environment);
    if (!project)
        return project.error();
    return create(*project, options);
}

Expected<MigrationPlan> MigrationPlan::create(const ComposeProject &project, const Options &options)
{
    if (!supportedTargets().contains(options.target)) {
        return Error{ErrorCode::UnsupportedTarget,
                     MigrationPlan::trText("The target must be %1 (the Postgres major version to move to), not %2.")
                         .arg(PostgresMajors::targetList())
                         .arg(options.target)};
    }
    Expected<PostgresService> found = project.postgresService(options.service);
    if (!found)
        return found.error();

    MigrationPlan plan;
    plan.m_service = std::move(found).value();
    plan.m_projectDir = project.projectDir();
    plan.m_target = options.target;
    plan.m_warnings = project.warnings();
    const PostgresService &service = plan.m_service;
    const ImageRef &ref = service.ref;
    plan.m_composeFile = project.relativePath(service.source.file);

    if (ref.family() == ImageRef::Family::PgAutoUpgrade) {
        plan.m_status = Status::InProgress;
        plan.m_warnings.append(
            MigrationPlan::trText("The service already runs pgautoupgrade: an upgrade was started before. Let it "
                                  "finish (its log says when), then switch to %1.")
                .arg(ImagePolicy::choose(ref, options.target).final));
    } else if (ref.major() == 0) {
        plan.m_status = Status::NeedsMigration;
        if (ref.tag().isEmpty() && !ref.digest().isEmpty()) {
            // Said below, with the digest.
        } else {
            plan.m_warnings.append(
                MigrationPlan::trText(
                    "The image tag \"%1\" does not say which Postgres major version runs; the version "
                    "of the running server decides (the preflight asks it). Pin a version such as "
                    "postgres:12 in the future.")
                    .arg(ref.tag().isEmpty() ? QStringLiteral("latest") : ref.tag()));
        }
    } else if (ref.major() > options.target) {
        return Error{ErrorCode::TargetNotAboveSource,
                     MigrationPlan::trText(
                         "The service runs Postgres %1, newer than the target %2. Postgres data can only move to a "
                         "newer major version; choose a target above %1.")
                         .arg(ref.majorText())
                         .arg(options.target),
                     service.source.file, service.source.line, service.source.column};
    } else if (ref.major() == options.target) {
        plan.m_status = Status::AlreadyTarget;
    } else {
        plan.m_status = Status::NeedsMigration;
    }

    const Expected<ImagePolicy::Images> chosen = ImagePolicy::withOverrides(
        ImagePolicy::choose(ref, options.target), options.upgradeImage, options.finalImage, options.target);
    if (!chosen)
        return chosen.error();
    if (plan.m_status != Status::AlreadyTarget)
        plan.m_warnings.append(chosen->notes);
    const QStringList images{chosen->upgrade, chosen->final};
    QStringList stepImages;
    if (plan.m_status == Status::NeedsMigration)
        stepImages = images;
    else if (plan.m_status == Status::InProgress)
        stepImages = {images.last()};
    // dump-restore: one edit, to the plain target image and the new volume together.
    QList<ComposeDocument::ScalarChange> volumeChanges;
    QList<ComposeDocument::KeyInsertion> volumeInsertions;
    if (options.newVolume && plan.m_status == Status::InProgress) {
        return Error{
            ErrorCode::UnsupportedVolume,
            MigrationPlan::trText("The service \"%1\" already runs pgautoupgrade: an upgrade was started before. "
                                  "Let it finish with the pgautoupgrade method; dump-restore starts from the "
                                  "original image.")
                .arg(service.name),
            service.source.file, service.source.line, service.source.column};
    }
    // Postgres 18 keeps its data below /var/lib/postgresql: the volume's mount moves there with the first image.
    const bool moveMount = PostgresMajors::layout(options.target) == PostgresMajors::Layout::VersionedFolder &&
        !service.pgdataExplicit && service.volume &&
        QDir::cleanPath(service.volume->target) == QLatin1String(PostgresMajors::DataFolderMount);
    if (options.newVolume && !stepImages.isEmpty()) {
        Expected<VolumeSwitch> sw = DataMount::planVolumeSwitch(
            project, service, options.target, moveMount ? PostgresMajors::mountTarget(options.target) : QString(),
            &volumeChanges, &volumeInsertions);
        if (!sw)
            return sw.error();
        plan.m_volumeSwitch = std::move(sw).value();
        stepImages = {images.last()};
    }

    // Where each step writes, and the bytes it starts from.
    const ImageSource &source = service.source;
    QString editedFile = source.file;
    switch (source.kind) {
    case ImageSource::Kind::ProcessEnvironment:
        if (!stepImages.isEmpty()) {
            return Error{ErrorCode::UnsupportedImage,
                         MigrationPlan::trText(
                             "The image of \"%1\" is \"%2\", and %3 is set in your environment, which this app cannot "
                             "change. Move %3 into the project's .env file (or write the image in %4) and try again.")
                             .arg(service.name, source.raw, source.variable, QFileInfo(source.file).fileName()),
                         source.file, source.line, source.column};
        }
        break;
    case ImageSource::Kind::DotEnvVariable:
        editedFile = project.dotEnvPath();
        plan.m_warnings.append(
            MigrationPlan::trText("The image is set by %1 in .env (line %2); that line is what changes.")
                .arg(source.variable)
                .arg(project.dotEnv().entry(source.variable)->line));
        break;
    case ImageSource::Kind::Interpolated:
        plan.m_warnings.append(
            MigrationPlan::trText("The image \"%1\" is built from variables (%2); each step writes the full image "
                                  "name in its place, so those variables no longer set it.")
                .arg(source.raw, source.variables.join(QStringLiteral(", "))));
        break;
    case ImageSource::Kind::Literal:
        break;
    }

    QByteArray bytes;
    if (!stepImages.isEmpty()) {
        const Expected<QByteArray> read = project.fileBytes(editedFile);
        if (!read)
            return read.error();
        bytes = *read;
    }
    QList<ComposeDocument::ScalarChange> mountChanges;
    if (moveMount && !options.newVolume && plan.m_status == Status::NeedsMigration && !stepImages.isEmpty()) {
        QString note;
        Expected<std::optional<MountMove>> move =
            DataMount::planMountMove(project, service, options.target, editedFile, &mountChanges, &note);
        if (!move)
            return move.error();
        plan.m_mountMove = *move;
        if (!note.isEmpty())
            plan.m_warnings.append(note);
        if (plan.m_mountMove) {
            plan.m_warnings.append(
                MigrationPlan::trText("Postgres %1 keeps its data below %2: the first step also mounts the data volume "
                                      "there instead of at %3 (shown in its diff). pgautoupgrade moves the data into "
                                      "%4 itself.")
                    .arg(options.target)
                    .arg(plan.m_mountMove->to, plan.m_mountMove->from, PostgresMajors::defaultPgdata(options.target)));
        }
    } else if (PostgresMajors::layout(options.target) == PostgresMajors::Layout::VersionedFolder &&
               service.pgdataExplicit && plan.m_status != Status::AlreadyTarget) {
        plan.m_warnings.append(
            MigrationPlan::trText("PGDATA is set to %1 in the service, so the volume's mount stays as "
                                  "it is: Postgres %2 uses that PGDATA.")
                .arg(service.pgdata)
                .arg(options.target));
    }
    const QStringList imagePath{QStringLiteral("services"), service.name, QStringLiteral("image")};
    for (const QString &image : std::as_const(stepImages)) {
        const bool firstStep = plan.m_steps.isEmpty();
        ImageEdit edit;
        edit.image = image;
        edit.file = editedFile;
        edit.relativePath = project.relativePath(editedFile);
        edit.before = bytes;
        if (source.kind == ImageSource::Kind::DotEnvVariable) {
            edit.after = DotEnv::parse(bytes, editedFile).withValue(source.variable, image);
        } else {
            const Expected<ComposeDocument> doc = ComposeDocument::parse(bytes, editedFile);
            if (!doc)
                return doc.error();
            const Expected<QByteArray> after =
                doc->withChanges(QList<ComposeDocument::ScalarChange>{{imagePath, image}} + volumeChanges +
                                     (firstStep ? mountChanges : QList<ComposeDocument::ScalarChange>()),
                                 volumeInsertions);
            if (!after)
                return after.error();
            edit.after = *after;
        }
        // The whole project, read again with the edit, must differ only in this service's image.
        const Expected<ComposeProject> reread = ComposeProject::open(project.openedPath(), project.environment(),
                                                                     project.overlayWith(editedFile, edit.after));
        const Expected<PostgresService> check =
            reread ? reread->postgresService(service.name) : Expected<PostgresService>(reread.error());
        QString difference;
        if (check && check->image == image) {
            for (const QString &name : project.serviceNames()) {
                QVariantMap a = project.service(name);
                QVariantMap b = reread->service(name);
                if ((plan.m_volumeSwitch || plan.m_mountMove) && name == service.name) {
                    // The service's mounts: exactly one entry changes, and it is the data's.
                    const QVariantList va = a.take(QStringLiteral("volumes")).toList();
                    const QVariantList vb = b.take(QStringLiteral("volumes")).toList();
                    qsizetype changed = va.size() == vb.size() ? 0 : -1;
                    for (qsizetype i = 0; changed >= 0 && i < va.size(); ++i)
                        changed += ComposeDocument::firstDifference(va.at(i), vb.at(i)).isEmpty() ? 0 : 1;
                    if (changed != 1 || !check->volume || !dataMountAsPlanned(plan, *service.volume, *check->volume))
                        difference = name + QStringLiteral(".volumes");
                }
                const QString ia = project.interpolate(a.take(QStringLiteral("image")).toString());
                const QString ib = reread->interpolate(b.take(QStringLiteral("image")).toString());
                if (difference.isEmpty())
                    difference = ComposeDocument::firstDifference(a, b, name);
                if (difference.isEmpty() && name != service.name && ia != ib)
                    difference = name + QStringLiteral(".image");
                if (!difference.isEmpty())
                    break;
            }
        } else {
            difference = check ? QStringLiteral("%1.image = %2").arg(service.name, check->image)
                               : check.error().message.toString();
        }
        if (!difference.isEmpty()) {
            return Error{ErrorCode::EditCheckFailed,
                         MigrationPlan::trText(
                             "Changing the image to %1 would also change %2, so nothing will be changed. Give the "
                             "service \"%3\" its own image line and try again.")
                             .arg(image, QString(difference).replace(QChar(0x1f), u'.'), service.name),
                         editedFile, source.line, source.column};
        }
        // Every form the password may be written in (raw, $$-escaped, YAML-escaped, quoted) stays out of the context.
        edit.diff = UnifiedDiff::compute(edit.before, edit.after, edit.relativePath, 3,
                                         Redactor::writtenForms(service.credentials.password));
        // The changed line itself may hold the password (a one-line flow mapping): it is masked in what is shown,
        // and the file still gets the exact bytes.
        Redactor redactor;
        redactor.addSecret(service.credentials.password);
        if (const QByteArray masked = redactor.redact(edit.diff); masked != edit.diff) {
            edit.diff = masked;
            plan.m_warnings.append(MigrationPlan::trText("The changed line of %1 also holds the database password, "
                                                         "which the diff shows masked; the file keeps it as it is.")
                                       .arg(edit.relativePath));
        }
        plan.m_steps.append(edit);
        bytes = edit.after;
    }

    if (service.healthcheck && plan.m_status != Status::AlreadyTarget) {
        plan.m_warnings.append(
            MigrationPlan::trText("The service \"%1\" has a healthcheck. pgautoupgrade asks for none while it "
                                  "upgrades: a check that fails during the upgrade can get the container restarted "
                                  "midway. The upgrade step starts only this service and watches its log instead.")
                .arg(service.name));
    }
    if (ref.family() == ImageRef::Family::Postgres && ref.tag().isEmpty() && !ref.digest().isEmpty()) {
        plan.m_warnings.append(
            MigrationPlan::trText("The image is pinned by digest only, which does not say which Postgres major "
                                  "version runs; the version of the running server decides (the preflight asks it)."));
    }
    if (!service.volume) {
        plan.m_warnings.append(
            MigrationPlan::trText("No volume is mounted on %1: the database lives inside the container and is lost "
                                  "when the container is removed. Take the backup before anything else.")
                .arg(service.pgdata));
    } else if (service.volume->type == VolumeMount::Type::Bind && !service.volume->exists) {
        plan.m_warnings.append(
            MigrationPlan::trText("The data folder %1 (bound to %2) does not exist on this host. Check the path "
                                  "before migrating: Docker would start an empty database there.")
                .arg(QDir::toNativeSeparators(service.volume->resolvedSource), service.volume->target));
    } else if (service.volume->type == VolumeMount::Type::Anonymous) {
        plan.m_warnings.append(
            MigrationPlan::trText("The data is in an anonymous volume, which \"docker compose down -v\" or a "
                                  "recreated container loses. Take the backup before anything else."));
    }
    if (service.pgdata != QLatin1String("/var/lib/postgresql/data")) {
        plan.m_warnings.append(
            MigrationPlan::trText("PGDATA is %1, not the image's default; pgautoupgrade is told the same PGDATA.")
                .arg(service.pgdata));
    }
    if (!service.credentials.passwordSet()) {
        plan.m_warnings.append(
            MigrationPlan::trText("No POSTGRES_PASSWORD is set for \"%1\"; the backup and the checks connect as "
                                  "%2 without a password.")
                .arg(service.name, service.credentials.user));
    }
    return plan;
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("compose_file"), m_composeFile);
    json.insert(QStringLiteral("project_dir"), m_projectDir);
    json.insert(QStringLiteral("service"), m_service.name);
    json.insert(QStringLiteral("image"), m_service.image);
    json.insert(QStringLiteral("image_line"), m_service.source.line);
    json.insert(QStringLiteral("major"),
                m_service.ref.majorText().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(m_service.ref.majorText().toDouble()));
    json.insert(QStringLiteral("status"), statusName(m_status));
    if (m_service.volume) {
        const VolumeMount &v = *m_service.volume;
        QJsonObject volume{{QStringLiteral("type"), v.typeName()}, {QStringLiteral("target"), v.target}};
        if (v.type == VolumeMount::Type::Volume)
            volume.insert(QStringLiteral("name"), v.source);
        if (v.type == VolumeMount::Type::Bind) {
            volume.insert(QStringLiteral("source"), v.resolvedSource);
            volume.insert(QStringLiteral("exists"), v.exists);
        }
        json.insert(QStringLiteral("volume"), volume);
    } else {
        json.insert(QStringLiteral("volume"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("credentials"),
                QJsonObject{{QStringLiteral("user"), m_service.credentials.user},
                            {QStringLiteral("database"), m_service.credentials.database},
                            {QStringLiteral("password_set"), m_service.credentials.passwordSet()}});
    QJsonArray steps;
    for (const ImageEdit &edit : m_steps) {
        steps.append(
            QJsonObject{{QStringLiteral("image"), edit.image}, {QStringLiteral("diff"), QString::fromUtf8(edit.diff)}});
    }
    json.insert(QStringLiteral("steps"), steps);
    if (m_mountMove) {
        json.insert(QStringLiteral("mount_move"),
                    QJsonObject{{QStringLiteral("from"), m_mountMove->from}, {QStringLiteral("to"), m_mountMove->to}});
    }
    QJsonArray warnings;
    for (const Text &warning : m_warnings)
        warnings.append(warning.toString());
    json.insert(QStringLiteral("warnings"), warnings);
    return json;
}

} // namespace edm
