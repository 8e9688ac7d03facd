// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/compose/ComposeDocument.h"
#include "core/compose/DotEnv.h"
#include "core/compose/ImageRef.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace edm {

/// The data mount of the Postgres service.
struct VolumeMount
{
    enum class Type
    {
        Volume,
        Bind,
        Anonymous
    };
    Type type = Type::Volume;
    QString source; ///< volume name, or the bind path as written
    QString resolvedSource; ///< bind: the absolute host path
    QString target; ///< path in the container
    bool exists = true; ///< bind: the host path exists
    QString typeName() const;
};

/// Where the image value that must change is written.
struct ImageSource
{
    enum class Kind
    {
        Literal, ///< a plain value in a compose file
        Interpolated, ///< a compose value containing ${…}: the edit writes the literal image in its place
        DotEnvVariable, ///< the whole value is ${VAR}, and VAR is set in .env: the edit changes .env
        ProcessEnvironment ///< the whole value is ${VAR}, and VAR comes from the environment: cannot be edited
    };
    Kind kind = Kind::Literal;
    QString file; ///< the compose file holding `image:` (absolute)
    int line = 0; ///< 1-based line of the value in that file
    int column = 0;
    QString raw; ///< the value as written, before interpolation
    QString variable; ///< for DotEnvVariable / ProcessEnvironment
    QStringList variables; ///< every variable the value refers to
};

struct PostgresService
{
    QString name;
    QString image; ///< interpolated
    ImageRef ref;
    ImageSource source;
    Credentials credentials;
    std::optional<VolumeMount> volume;
    QString pgdata; ///< PGDATA in the container
    bool pgdataExplicit = false; ///< PGDATA is set in the service's environment (else the image's default)
    QStringList mountTargets; ///< every mount's target in the container (cleaned), in order
    bool healthcheck = false;
    QVariantMap config; ///< the merged service definition (values not interpolated)
};

/// A compose project as `docker compose` would load it from a folder or a file: which files (compose.yaml,
/// compose.yml, docker-compose.yml, docker-compose.yaml; COMPOSE_FILE; an override file), `.env`, interpolation,
/// and the services merged across the files.
class ComposeProject
{
    Q_DECLARE_TR_FUNCTIONS(edm::ComposeProject)
    EDM_TEXT_FUNCTIONS(edm::ComposeProject)

public:
    /// path: a project folder or one compose file. overlay: file contents to use instead of what is on disk
    /// (absolute path → bytes), used to check an edit before it is written.
    static Expected<ComposeProject>
    open(const QString &path, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QHash<QString, QByteArray> &overlay = {});

    QString projectDir() const { return m_projectDir; }
    QString openedPath() const { return m_openedPath; } ///< the folder or file open() was given
    /// The bytes this project was read from (the overlay's, else the file's as it was when read) for a compose file
    /// or .env; else read from disk now.
    Expected<QByteArray> fileBytes(const QString &path) const;
    /// This project's overlay plus path → bytes, to read the project again as it would be after an edit.
    QHash<QString, QByteArray> overlayWith(const QString &path, const QByteArray &bytes) const;
    const QProcessEnvironment &environment() const { return m_environment; }
    QStringList files() const; ///< absolute, in merge order
    const QList<ComposeDocument> &documents() const { return m_documents; }
    const DotEnv &dotEnv() const { return m_dotEnv; }
    QString dotEnvPath() const;
    bool hasDotEnv() const { return m_hasDotEnv; }
    QString relativePath(const QString &absolute) const;

    /// The project name as compose v2 computes it (-p is not known here): COMPOSE_PROJECT_NAME, top-level `name:`,
    /// else the folder's name lowercased, keeping a-z, 0-9, '-' and '_'.
    QString projectName() const;
    /// The same as compose v1 (1.21–1.29) computes it: the folder's name lowercased, keeping a-z, 0-9, '-' and '_'.
    QString legacyProjectName() const;

    QStringList serviceNames() const;
    QVariantMap service(const QString &name) const { return m_services.value(name).toMap(); }

    /// A variable as compose sees it: the process environment over .env.
    std::optional<QString> variable(const QString &name) const;
    /// Compose interpolation with this project's variables.
    QString interpolate(const QString &text, QString *error = nullptr) const;

    /// The services whose image is postgres or pgautoupgrade.
    QStringList postgresCandidates() const;

    /// The Postgres service: the one named by requested, else the only service whose image is postgres or
    /// pgautoupgrade. Errors: no_postgres_service, ambiguous_service, service_not_found, unsupported_image.
    Expected<PostgresService> postgresService(const QString &requested = {}) const;

    /// Where the mount of service onto target (a path in the container) is written: the last compose file whose
    /// `volumes:` entry for that target wins the merge, and its index there. Empty when no file writes one.
    struct MountLocation
    {
        QString file; ///< absolute
        int index = -1; ///< in services.<service>.volumes of that file
        bool longSyntax = false; ///< a mapping with `source:`, else a "SRC:DST[:MODE]" string
        QString rawEntry; ///< the short syntax string as written (not interpolated)
        QString rawSource; ///< the source as written (not interpolated)
        QString rawTarget; ///< the target as written (not interpolated)
    };
    std::optional<MountLocation> mountLocation(const QString &service, const QString &target) const;
    /// Whether any compose file of the project declares name under its top-level `volumes:`.
    bool declaresVolume(const QString &name) const;

    /// Things the user should know about the project as a whole (several compose files with standard names, …).
    QList<Text> warnings() const { return m_warnings; }

private:
    Status resolveDotEnv();

    QString m_openedPath;
    QHash<QString, QByteArray> m_overlay;
    QString m_projectDir;
    QList<ComposeDocument> m_documents;
    DotEnv m_dotEnv;
    QHash<QString, QString> m_dotEnvValues; ///< .env's values, interpolated in file order
    bool m_hasDotEnv = false;
    QProcessEnvironment m_environment;
    QVariantMap m_services; ///< merged
    QHash<QString, QString> m_imageFile; ///< service → absolute path of the file whose `image:` wins
    QString m_topLevelName;
    QList<Text> m_warnings;
};

} // namespace edm
