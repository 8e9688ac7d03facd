// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/compose/ComposeProject.h"
#include "core/migration/MigrationReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace edm {

class DockerCli;

/// The major version of the data in a compose service's volume (its PG_VERSION file), read without starting any
/// container: Postgres refuses data from a newer major ("database files are incompatible with server"), so a compose
/// file that was set back to an older image (Ente's own files name postgres:15) must be caught before anything starts.
///
/// Where it reads, in order: a bind mount on this host (the file itself); the service's existing container, stopped
/// or restarting (`docker cp`, which needs no running container); a container created on the named volume and never
/// started (`docker create`, `docker cp`, `docker rm`). A volume that does not exist yet is never created.
class DataVersionPeek
{
    Q_DECLARE_TR_FUNCTIONS(edm::DataVersionPeek)
    EDM_TEXT_FUNCTIONS(edm::DataVersionPeek)

public:
    struct Source
    {
        PostgresService service; ///< its volume, PGDATA and image
        QString projectName; ///< compose labels the volume with it
        QString container; ///< the service's container when one exists and does not run; empty: none
    };

    /// What was found: the major (0 when it cannot be told), and how, or why not (for the log).
    struct Result
    {
        int major = 0;
        QString how;
    };

    /// Reads the version; done is called once, in the event loop, unless context is destroyed first. Failures of
    /// docker end in major 0 with the reason in how: the server-based checks that follow still run.
    static void read(DockerCli *docker, const Source &source, QObject *context,
                     std::function<void(const Result &)> done);

    /// PG_VERSION's content ("16\n", "9.6\n") → the major (16, 9); 0 when it is not a version.
    static int parseVersionFile(const QByteArray &content);

    /// PGDATA's path relative to the volume's mount point ("" when PGDATA is the mount point itself); empty optional
    /// when PGDATA is not inside the volume.
    static std::optional<QString> pgdataInVolume(const PostgresService &service);

    /// Where PG_VERSION may be, in the order to try (paths in the container): PGDATA's, the mount's root (the old
    /// layout under an 18 image), and <major>/docker below /var/lib/postgresql (the 18 layout under an older image).
    static QStringList versionFiles(const PostgresService &service);

    /// The layout check: an 18 image on a volume mounted the old way (it refuses to start), or an older image on a
    /// volume laid out for 18 (it would initialise an empty cluster). The fix says what to put back.
    static std::optional<MigrationReport::Check> layoutCheck(const PostgresService &service, int dataMajor,
                                                             const QString &composeFile);

    /// The downgrade check: a postgres image whose major is below the data's. The fix names the image to put back,
    /// in the image's own flavour, and the file to put it in.
    static std::optional<MigrationReport::Check> downgradeCheck(const PostgresService &service, int dataMajor,
                                                                const QString &composeFile);
};

} // namespace edm
