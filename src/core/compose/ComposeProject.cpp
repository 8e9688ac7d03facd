// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ComposeProject.h"

#include "core/ErrorCodes.h"
#include "core/InputFile.h"
#include "core/PostgresMajors.h"

#include "core/compose/Interpolator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace edm {

namespace {

/// The image of service, in file, cannot be interpolated (a `${VAR:?message}` whose VAR is unset, an invalid
/// template): the error compose gives too, at the image's line.
Error unreadableImage(const QList<ComposeDocument> &documents, const QString &file, const QString &service,
                      const QString &why)
{
    int line = 0;
    int column = 0;
    for (const ComposeDocument &doc : documents) {
        if (doc.path() != file)
            continue;
        if (const auto site = doc.scalarSite({QStringLiteral("services"), service, QStringLiteral("image")})) {
            line = site->line;
            column = site->column;
        }
    }
    const Text message = ComposeProject::trText("The image of \"%1\" cannot be read: %2").arg(service, why);
    return Error{
        ErrorCode::UnsupportedImage,
        line > 0 ? ComposeProject::trText("%1, line %2: %3").arg(QDir::toNativeSeparators(file)).arg(line).arg(message)
                 : Text(message),
        file, line, column};
}

const QStringList &defaultFileNames()
{
    static const QStringList names{QStringLiteral("compose.yaml"), QStringLiteral("compose.yml"),
                                   QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.yaml")};
    return names;
}

const QStringList &overrideFileNames()
{
    static const QStringList names{QStringLiteral("compose.override.yml"), QStringLiteral("compose.override.yaml"),
                                   QStringLiteral("docker-compose.override.yml"),
                                   QStringLiteral("docker-compose.override.yaml")};
    return names;
}

const QString &defaultDataDir()
{
    static const QString dir = QStringLiteral("/var/lib/postgresql/data");
    return dir;
}

/// environment: as a map (compose accepts a map or a list of KEY=VALUE / KEY). A key without a value is null.
QVariantMap environmentMap(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return value.toMap();
    QVariantMap map;
    for (const QVariant &item : value.toList()) {
        const QString entry = item.toString();
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0)
            map.insert(entry, QVariant());
        else
            map.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return map;
}

struct MountSpec
{
    QString source;
    QString target;
    QString type; // "volume", "bind", "tmpfs", "" (decide from source)
};

MountSpec parseMount(const QVariant &item)
{
    MountSpec spec;
    if (item.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = item.toMap();
        spec.source = m.value(QStringLiteral("source")).toString();
        spec.target = m.value(QStringLiteral("target")).toString();
        spec.type = m.value(QStringLiteral("type")).toString();
        return spec;
    }
    const QString text = item.toString();
    // SRC:DST[:MODE] or DST. A Windows drive letter is not expected on a Linux host.
    const QStringList parts = text.split(u':');
    if (parts.size() == 1) {
        spec.target = parts.at(0);
    } else {
        spec.source = parts.at(0);
        spec.target = parts.at(1);
    }
    return spec;
}

QVariantList mergeVolumes(const QVariantList &base, const QVariantList &over)
{
    QVariantList merged = base;
    for (const QVariant &item : over) {
        const QString target = parseMount(item).target;
        bool replaced = false;
        for (QVariant &existing : merged) {
            if (parseMount(existing).target == target) {
                existing = item;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            merged.append(item);
    }
    return merged;
}

QVariantMap mergeService(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("environment") || key == QLatin1String("labels")) {
            QVariantMap merged = environmentMap(base.value(key));
            const QVariantMap add = environmentMap(it.value());
            for (auto a = add.cbegin(); a != add.cend(); ++a)
                merged.insert(a.key(), a.value());
            base.insert(key, merged);
        } else if (key == QLatin1String("volumes")) {
            base.insert(key, mergeVolumes(base.value(key).toList(), it.value().toList()));
        } else if (key == QLatin1String("ports") || key == QLatin1String("env_file")) {
            // Both are lists to compose (a single env_file is a list of one); an override appends to them.
            const auto asList = [](const QVariant &value) {
                if (!value.isValid())
                    return QVariantList();
                return value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList{value};
            };
            base.insert(key, asList(base.value(key)) + asList(it.value()));
        } else {
            base.insert(key, it.value());
        }
    }
    return base;
}

Expected<QByteArray> readBytes(const QString &path, const QHash<QString, QByteArray> &overlay)
{
    if (const auto it = overlay.constFind(path); it != overlay.cend())
        return *it;
    // Regular files only, at most InputFile::ComposeLimit: a FIFO, a device or a huge file is refused at once.
    return InputFile::read(path);
}

} // namespace

QString VolumeMount::typeName() const
{
    switch (type) {
    case Type::Volume:
        return QStringLiteral("volume");
    case Type::Bind:
        return QStringLiteral("bind");
    case Type::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

Expected<ComposeProject> ComposeProject::open(const QString &path, const QProcessEnvironment &environment,
                                              const QHash<QString, QByteArray> &overlay)
{
    ComposeProject project;
    project.m_environment = environment;
    project.m_openedPath = path;
    project.m_overlay = overlay;
    const QFileInfo info(path.isEmpty() ? QDir::currentPath() : path);
    if (!info.exists()) {
        return Error{ErrorCode::NoComposeFile,
                     ComposeProject::trText(
                         "%1 does not exist. Choose the folder that holds your compose.yaml (for Ente, usually "
                         "ente/server or the folder made by the quickstart).")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     info.absoluteFilePath()};
    }
    QStringList files;
    if (info.isDir()) {
        project.m_projectDir = QDir::cleanPath(info.absoluteFilePath());
    } else {
        project.m_projectDir = QDir::cleanPath(info.absolutePath());
        files.append(QDir::cleanPath(info.absoluteFilePath()));
    }
    const QDir dir(project.m_projectDir);

    // .env, for interpolation (and COMPOSE_FILE).
    const QString envPath = dir.filePath(QStringLiteral(".env"));
    if (overlay.contains(envPath) || InputFile::isFileLike(envPath)) {
        const Expected<QByteArray> bytes = readBytes(envPath, overlay);
        if (!bytes)
            return bytes.error();
        project.m_dotEnv = DotEnv::parse(*bytes, envPath);
        project.m_hasDotEnv = true;
        if (const Status resolved = project.resolveDotEnv(); !resolved)
            return resolved.error();
    }

    if (files.isEmpty()) {
        const std::optional<QString> composeFile = project.variable(QStringLiteral("COMPOSE_FILE"));
        if (composeFile && !composeFile->isEmpty()) {
            const QString separator =
                project.variable(QStringLiteral("COMPOSE_PATH_SEPARATOR")).value_or(QStringLiteral(":"));
            for (const QString &entry : composeFile->split(separator, Qt::SkipEmptyParts)) {
                const QString file = QDir::cleanPath(dir.absoluteFilePath(entry));
                if (!QFileInfo(file).isFile() && !overlay.contains(file)) {
                    return Error{ErrorCode::NoComposeFile,
                                 ComposeProject::trText(
                                     "COMPOSE_FILE names %1, which does not exist. Correct COMPOSE_FILE (in your "
                                     "environment or in .env) and try again.")
                                     .arg(QDir::toNativeSeparators(file)),
                                 file};
                }
                files.append(file);
            }
        } else {
            QStringList found;
            for (const QString &name : defaultFileNames()) {
                if (QFileInfo(dir.filePath(name)).exists()) // a folder or FIFO by that name: read() says so
                    found.append(name);
            }
            if (found.isEmpty()) {
                return Error{ErrorCode::NoComposeFile,
                             ComposeProject::trText(
                                 "No compose file in %1 (looked for compose.yaml, compose.yml, docker-compose.yml and "
                                 "docker-compose.yaml). Choose the folder that holds your Ente compose.yaml.")
                                 .arg(QDir::toNativeSeparators(project.m_projectDir)),
                             project.m_projectDir};
            }
            if (found.size() > 1) {
                project.m_warnings.append(
                    ComposeProject::trText("Found several compose files (%1); like docker compose, using %2.")
                        .arg(found.join(QStringLiteral(", ")), found.first()));
            }
            files.append(dir.filePath(found.first()));
            for (const QString &name : overrideFileNames()) {
                if (QFileInfo(dir.filePath(name)).exists()) {
                    files.append(dir.filePath(name));
                    break;
                }
            }
        }
    }

    for (const QString &file : std::as_const(files)) {
        const Expected<QByteArray> bytes = readBytes(file, overlay);
        if (!bytes)
            return bytes.error();
        Expected<ComposeDocument> doc = ComposeDocument::parse(*bytes, file);
        if (!doc)
            return doc.error();
        project.m_documents.append(std::move(doc).value());
    }

    for (const ComposeDocument &doc : std::as_const(project.m_documents)) {
        const QVariantMap top = doc.tree().toMap();
        if (top.contains(QStringLiteral("name")))
            project.m_topLevelName = top.value(QStringLiteral("name")).toString();
        const QVariantMap services = doc.services();
        for (auto it = services.cbegin(); it != services.cend(); ++it) {
            const QVariantMap over = it.value().toMap();
            const QVariantMap base = project.m_services.value(it.key()).toMap();
            project.m_services.insert(it.key(), base.isEmpty() ? over : mergeService(base, over));
            if (over.contains(QStringLiteral("image")))
                project.m_imageFile.insert(it.key(), doc.path());
        }
    }
    return project;
}

Expected<QByteArray> ComposeProject::fileBytes(const QString &path) const
{
    for (const ComposeDocument &doc : m_documents) {
        if (doc.path() == path)
            return doc.bytes();
    }
    if (m_hasDotEnv && path == dotEnvPath())
        return m_dotEnv.bytes();
    return readBytes(path, m_overlay);
}

QHash<QString, QByteArray> ComposeProject::overlayWith(const QString &path, const QByteArray &bytes) const
{
    QHash<QString, QByteArray> overlay = m_overlay;
    overlay.insert(path, bytes);
    return overlay;
}

QStringList ComposeProject::files() const
{
    QStringList list;
    for (const ComposeDocument &doc : m_documents)
        list.append(doc.path());
    return list;
}

QString ComposeProject::dotEnvPath() const
{
    return QDir(m_projectDir).filePath(QStringLiteral(".env"));
}

QString ComposeProject::relativePath(const QString &absolute) const
{
    return QDir(m_projectDir).relativeFilePath(absolute);
}

QString ComposeProject::projectName() const
{
    const auto normalise = [](const QString &name) {
        QString out;
        for (const QChar c : name.toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
                out += c;
        }
        while (!out.isEmpty() && !(out.at(0).isLetterOrNumber()))
            out.remove(0, 1);
        return out;
    };
    if (const auto env = variable(QStringLiteral("COMPOSE_PROJECT_NAME")); env && !env->isEmpty())
        return normalise(*env);
    if (!m_topLevelName.isEmpty())
        return normalise(interpolate(m_topLevelName));
    return normalise(QFileInfo(m_projectDir).fileName());
}

QString ComposeProject::legacyProjectName() const
{
    QString source = QFileInfo(m_projectDir).fileName();
    if (const auto env = variable(QStringLiteral("COMPOSE_PROJECT_NAME")); env && !env->isEmpty())
        source = *env;
    // Compose 1.21 to 1.29 keep '-' and '_' (older 1.x dropped them too; DockerCli::findProjectName reads the name the
    // stack really carries from its labels).
    QString out;
    for (const QChar c : source.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
            out += c;
    }
    return out;
}

QStringList ComposeProject::serviceNames() const
{
    return m_services.keys();
}

std::optional<QString> ComposeProject::variable(const QString &name) const
{
    if (m_environment.contains(name))
        return m_environment.value(name);
    if (const auto it = m_dotEnvValues.constFind(name); it != m_dotEnvValues.cend())
        return *it;
    return std::nullopt;
}

Status ComposeProject::resolveDotEnv()
{
    // As compose reads .env: line by line, each value interpolated with the environment and the lines above it;
    // single-quoted values are taken literally. Each value is bounded (Interpolator::MaxOutput), and so is their
    // sum: lines that each repeat a long variable would otherwise fill the memory.
    constexpr qint64 MaxTotal = 16 * 1024 * 1024;
    qint64 total = 0;
    m_dotEnvValues.clear();
    for (const DotEnv::Entry &entry : m_dotEnv.entries()) {
        QString value = entry.value;
        if (entry.quote != '\'') {
            const Interpolator interpolator([this](const QString &name) { return variable(name); });
            const Interpolator::Result result = interpolator.interpolate(entry.value);
            if (result.tooLong) {
                return Error{ErrorCode::InputTooComplex,
                             ComposeProject::trText("%1, line %2: %3")
                                 .arg(QDir::toNativeSeparators(dotEnvPath()))
                                 .arg(entry.line)
                                 .arg(result.error),
                             dotEnvPath(), entry.line};
            }
            value = result.value;
        }
        total += value.size();
        if (total > MaxTotal) {
            return Error{ErrorCode::InputTooComplex,
                         ComposeProject::trText("%1, line %2: the values of this file add up to more than %3 MiB once "
                                                "their variables are filled in; compose values are never that long. "
                                                "Check the variables the lines repeat.")
                             .arg(QDir::toNativeSeparators(dotEnvPath()))
                             .arg(entry.line)
                             .arg(MaxTotal / (1024 * 1024)),
                         dotEnvPath(), entry.line};
        }
        m_dotEnvValues.insert(entry.key, value);
    }
    return {};
}

QString ComposeProject::interpolate(const QString &text, QString *error) const
{
    const Interpolator interpolator([this](const QString &name) { return variable(name); });
    const Interpolator::Result result = interpolator.interpolate(text);
    if (error)
        *error = result.error;
    return result.value;
}

QStringList ComposeProject::postgresCandidates() const
{
    QStringList candidates;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        if (ImageRef::parse(interpolate(it.value().toMap().value(QStringLiteral("image")).toString()))
                .isPostgresFamily())
            candidates.append(it.key());
    }
    return candidates;
}

Expected<PostgresService> ComposeProject::postgresService(const QString &requested) const
{
    const QString mainFile = m_documents.isEmpty() ? QString() : m_documents.first().path();
    const QString fileName = QFileInfo(mainFile).fileName();
    QStringList described;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        QString error;
        const QString image = interpolate(it.value().toMap().value(QStringLiteral("image")).toString(), &error);
        // Compose refuses the whole project then; so do we, with its reason rather than "no Postgres service".
        if (!error.isEmpty())
            return unreadableImage(m_documents, m_imageFile.value(it.key(), mainFile), it.key(), error);
        described.append(image.isEmpty() ? it.key() : QStringLiteral("%1 (%2)").arg(it.key(), image));
    }
    const QStringList candidates = postgresCandidates();

    QString name = requested;
    if (!requested.isEmpty()) {
        if (!m_services.contains(requested)) {
            return Error{ErrorCode::ServiceNotFound,
                         ComposeProject::trText("%1 has no service named \"%2\". Its services are: %3.")
                             .arg(fileName, requested, described.join(QStringLiteral(", "))),
                         mainFile};
        }
    } else if (m_services.isEmpty()) {
        return Error{ErrorCode::NoPostgresService,
                     ComposeProject::trText(
                         "%1 defines no services. Choose the compose file of your Ente server, the one with the "
                         "postgres, museum and minio services.")
                         .arg(fileName),
                     mainFile};
    } else if (candidates.isEmpty()) {
        return Error{ErrorCode::NoPostgresService,
                     ComposeProject::trText(
                         "No service in %1 runs the postgres image (services: %2). If your database runs from "
                         "another image, name its service with --service.")
                         .arg(fileName, described.join(QStringLiteral(", "))),
                     mainFile};
    } else if (candidates.size() > 1) {
        return Error{
            ErrorCode::AmbiguousService,
            ComposeProject::trText("Several services in %1 run Postgres: %2. Choose one with --service NAME (or in the "
                                   "wizard's service list).")
                .arg(fileName, candidates.join(QStringLiteral(", "))),
            mainFile};
    } else {
        name = candidates.first();
    }

    const QVariantMap config = m_services.value(name).toMap();
    PostgresService service;
    service.name = name;
    service.config = config;
    const QString rawImage = config.value(QStringLiteral("image")).toString();
    const QString imageFile = m_imageFile.value(name, mainFile);
    if (rawImage.isEmpty()) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeProject::trText(
                         "The service \"%1\" has no image (it is built from a Dockerfile). The migration changes the "
                         "image line, so the service needs one, such as \"image: postgres:12\".")
                         .arg(name),
                     imageFile};
    }
    QString interpolationError;
    service.image = interpolate(rawImage, &interpolationError);
    service.ref = ImageRef::parse(service.image);
    // Where the image is written.
    service.source.file = imageFile;
    service.source.raw = rawImage;
    for (const ComposeDocument &doc : m_documents) {
        if (doc.path() != imageFile)
            continue;
        const auto site = doc.scalarSite({QStringLiteral("services"), name, QStringLiteral("image")});
        if (site) {
            service.source.line = site->line;
            service.source.column = site->column;
        }
    }
    if (!interpolationError.isEmpty())
        return unreadableImage(m_documents, imageFile, name, interpolationError);
    if (service.ref.family() == ImageRef::Family::DerivedPostgres) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeProject::trText(
                         "The service \"%1\" runs %2, an image built on Postgres by someone else, not the official "
                         "postgres image. Such images carry extensions (vector search, geodata, time series) that "
                         "neither pgautoupgrade nor the official postgres image has, so an upgrade this way would "
                         "leave the data unreadable. Upgrade it the way the image's makers document (usually their "
                         "own newer tag, or a dump and restore with that image).")
                         .arg(name, service.image),
                     imageFile, service.source.line, service.source.column};
    }
    if (!service.ref.isPostgresFamily()) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeProject::trText(
                         "The service \"%1\" runs %2, which is not the official postgres image (nor pgautoupgrade). "
                         "Only stacks on the official image can be migrated this way.")
                         .arg(name, service.image),
                     imageFile};
    }

    if (Interpolator::containsInterpolation(rawImage)) {
        const Interpolator collect([](const QString &) { return std::optional<QString>(); });
        service.source.variables = collect.interpolate(rawImage).variables;
        const QString sole = Interpolator::soleVariable(rawImage);
        service.source.kind = ImageSource::Kind::Interpolated;
        if (!sole.isEmpty()) {
            service.source.variable = sole;
            if (m_environment.contains(sole))
                service.source.kind = ImageSource::Kind::ProcessEnvironment;
            else if (m_dotEnvValues.contains(sole))
                service.source.kind = ImageSource::Kind::DotEnvVariable;
        }
    }

    // Environment as the container sees it: env_file entries, then `environment` over them.
    QVariantMap environment;
    const QVariant envFiles = config.value(QStringLiteral("env_file"));
    QVariantList envFileList =
        envFiles.typeId() == QMetaType::QVariantList ? envFiles.toList() : QVariantList{envFiles};
    for (const QVariant &entry : std::as_const(envFileList)) {
        if (!entry.isValid())
            continue;
        QString file = entry.toString();
        bool required = true;
        if (entry.typeId() == QMetaType::QVariantMap) {
            file = entry.toMap().value(QStringLiteral("path")).toString();
            required = entry.toMap().value(QStringLiteral("required"), QStringLiteral("true")).toString() !=
                QLatin1String("false");
        }
        const QString absolute = QDir(m_projectDir).absoluteFilePath(interpolate(file));
        if (!QFileInfo(absolute).exists()) {
            if (required) {
                return Error{ErrorCode::Unreadable,
                             ComposeProject::trText(
                                 "The service \"%1\" reads env_file %2, which does not exist. Docker compose would "
                                 "refuse to start it too; create the file or remove the env_file entry.")
                                 .arg(name, QDir::toNativeSeparators(absolute)),
                             imageFile};
            }
            continue;
        }
        const Expected<DotEnv> env = DotEnv::load(absolute);
        if (!env)
            return env.error();
        for (const DotEnv::Entry &e : env->entries())
            environment.insert(e.key, interpolate(e.value));
    }
    const QVariantMap declared = environmentMap(config.value(QStringLiteral("environment")));
    for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
        if (it.value().isValid())
            environment.insert(it.key(), interpolate(it.value().toString()));
        else if (const auto value = variable(it.key()))
            environment.insert(it.key(), *value); // "- KEY" takes the value from the environment
    }

    Credentials &credentials = service.credentials;
    credentials.user = environment.value(QStringLiteral("POSTGRES_USER")).toString();
    if (credentials.user.isEmpty())
        credentials.user = QStringLiteral("postgres");
    credentials.database = environment.value(QStringLiteral("POSTGRES_DB")).toString();
    if (credentials.database.isEmpty())
        credentials.database = credentials.user;
    credentials.password = environment.value(QStringLiteral("POSTGRES_PASSWORD")).toString();
    credentials.passwordFile = environment.value(QStringLiteral("POSTGRES_PASSWORD_FILE")).toString();

    service.pgdata = environment.value(QStringLiteral("PGDATA")).toString();
    service.pgdataExplicit = !service.pgdata.isEmpty();
    if (service.pgdata.isEmpty()) {
        // The official image's default: /var/lib/postgresql/data up to 17, /var/lib/postgresql/<major>/docker on 18.
        service.pgdata =
            service.ref.major() > 0 ? PostgresMajors::defaultPgdata(service.ref.major()) : defaultDataDir();
    }
    service.pgdata = QDir::cleanPath(service.pgdata);

    // The mount that holds PGDATA: the one with the longest target that contains it.
    qsizetype best = -1;
    std::optional<VolumeMount> oldLayoutVolume; ///< a mount at /var/lib/postgresql/data that does not hold PGDATA
    for (const QVariant &item : config.value(QStringLiteral("volumes")).toList()) {
        // Variables are filled in before the short syntax is split at ':'.
        MountSpec spec =
            parseMount(item.typeId() == QMetaType::QString ? QVariant(interpolate(item.toString())) : item);
        if (item.typeId() != QMetaType::QString) {
            spec.source = interpolate(spec.source);
            spec.target = interpolate(spec.target);
        }
        spec.target = QDir::cleanPath(spec.target);
        service.mountTargets.append(spec.target);
        const bool covers = service.pgdata == spec.target || service.pgdata.startsWith(spec.target + u'/');
        const bool oldLayout = spec.target == QLatin1String(PostgresMajors::DataFolderMount);
        if ((!covers || spec.target.size() <= best) && !oldLayout)
            continue;
        VolumeMount mount;
        mount.source = spec.source;
        mount.target = spec.target;
        const bool looksLikePath =
            spec.source.startsWith(u'.') || spec.source.startsWith(u'/') || spec.source.startsWith(u'~');
        if (spec.source.isEmpty())
            mount.type = VolumeMount::Type::Anonymous;
        else if (spec.type == QLatin1String("bind") || (spec.type.isEmpty() && looksLikePath))
            mount.type = VolumeMount::Type::Bind;
        else
            mount.type = VolumeMount::Type::Volume;
        if (mount.type == VolumeMount::Type::Bind) {
            QString source = spec.source;
            if (source.startsWith(u'~'))
                source = QDir::homePath() + source.mid(1);
            mount.resolvedSource = QDir::cleanPath(QDir(m_projectDir).absoluteFilePath(source));
            mount.exists = QFileInfo::exists(mount.resolvedSource);
        }
        if (!covers || spec.target.size() <= best) {
            oldLayoutVolume = mount;
            continue;
        }
        best = spec.target.size();
        service.volume = mount;
    }

    // An 18 image on a volume still mounted the old way: its default PGDATA is outside every mount (the image refuses
    // to start), and the data is that mount's.
    if (!service.volume && !service.pgdataExplicit && oldLayoutVolume)
        service.volume = oldLayoutVolume;

    const QVariant healthcheck = config.value(QStringLiteral("healthcheck"));
    service.healthcheck = healthcheck.isValid() &&
        healthcheck.toMap().value(QStringLiteral("disable")).toString() != QLatin1String("true");
    return service;
}

std::optional<ComposeProject::MountLocation> ComposeProject::mountLocation(const QString &service,
                                                                           const QString &target) const
{
    for (qsizetype d = m_documents.size() - 1; d >= 0; --d) {
        const ComposeDocument &doc = m_documents.at(d);
        const QVariantList volumes =
            doc.value({QStringLiteral("services"), service, QStringLiteral("volumes")}).toList();
        for (int i = 0; i < volumes.size(); ++i) {
            const QVariant &item = volumes.at(i);
            MountSpec spec =
                parseMount(item.typeId() == QMetaType::QString ? QVariant(interpolate(item.toString())) : item);
            if (QDir::cleanPath(item.typeId() == QMetaType::QString ? spec.target : interpolate(spec.target)) !=
                QDir::cleanPath(target))
                continue;
            MountLocation location;
            location.file = doc.path();
            location.index = i;
            location.longSyntax = item.typeId() == QMetaType::QVariantMap;
            if (location.longSyntax) {
                location.rawSource = item.toMap().value(QStringLiteral("source")).toString();
                location.rawTarget = item.toMap().value(QStringLiteral("target")).toString();
            } else {
                location.rawEntry = item.toString();
                location.rawSource = parseMount(item).source;
                location.rawTarget = parseMount(item).target;
            }
            return location;
        }
    }
    return std::nullopt;
}

bool ComposeProject::declaresVolume(const QString &name) const
{
    for (const ComposeDocument &doc : m_documents) {
        if (doc.value({QStringLiteral("volumes")}).toMap().contains(name))
            return true;
    }
    return false;
}

} // namespace edm
