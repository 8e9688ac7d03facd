#pragma once

#include "core/compose/ComposeProject.h"
#include "core/compose/ImageRef.h"
#include "core/migration/MigrationReport.h"
#include "core/postgres/ServerProbe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace edm {

/// The preflight and verify checks that judge what is already known (the compose service, the server's snapshot),
/// as pure functions: the engine gathers the facts, these say pass, warn or fail, and give the exact fix.
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(edm::Checks)

public:
    using Check = MigrationReport::Check;

    /// Roles whose passwords are md5 hashes while the target's pg_hba.conf asks for scram-sha-256. freshCluster: the
    /// data goes into a new cluster (dump-restore), whose pg_hba.conf the official image writes with scram-sha-256;
    /// otherwise pgautoupgrade keeps the old pg_hba.conf. serviceUser's password is known to the app (the compose
    /// file), which stores it as scram itself after a restore.
    static Check passwordHashes(const QList<RoleInfo> &roles, int target, bool freshCluster,
                                const QString &serviceUser);

    /// Databases that sort text with the C library's locale, and whether the target image brings another C library
    /// (Alpine ↔ Debian) or another Debian release (bookworm ↔ trixie): then text indexes need a REINDEX.
    static Check collation(const QList<DatabaseInfo> &databases, const ImageRef &source, const ImageRef &target);

    /// After the upgrade: each database's recorded collation version against the one the server has now (15+).
    static Check collationVersions(const QList<DatabaseInfo> &databases);

    /// The statements that fix databases whose collation changed: REINDEX, then REFRESH COLLATION VERSION.
    static QString collationFix(const QStringList &databases);

    /// The Debian release an image runs on ("bookworm", "trixie", …), "alpine", or "" when unknown. Images without a
    /// flavour in the tag follow Docker Hub: postgres 12 and older were last built on bookworm, 13 and newer on trixie.
    static QString baseSystem(const ImageRef &ref);

    /// A healthcheck on the service (pgautoupgrade asks for none while it runs): a warning, or nothing.
    static std::optional<Check> healthcheck(const PostgresService &service);
    /// PGDATA in a sub-folder of the volume: a warning, or nothing.
    static std::optional<Check> pgdata(const PostgresService &service);
};

} // namespace edm
