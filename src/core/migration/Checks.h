// SPDX-License-Identifier: GPL-3.0-or-later
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

    // --- preflight: what the server's snapshot means ------------------------------------------------------------

    /// The server's version against the target: fail when it is already there, warn when the tag says otherwise.
    static Check serverVersion(const ServerVersion &version, const ImageRef &image, int target);
    /// The data folder's PG_VERSION against the compose image: fail when a postgres image is older than the data.
    static std::optional<Check> imageAndData(const PostgresService &service, int dataMajor, const QString &composeFile);
    /// Room for the backup: 1.2 × the databases' size must be free in folder. available < 0: unknown (the folder
    /// does not exist or cannot be asked), which fails, since the backup could not be written there.
    static Check backupSpace(qint64 databasesSize, qint64 available, const QString &folder);
    enum class LockFile
    {
        Present,
        Absent,
        Unknown
    };
    /// A lock file left by an interrupted pgautoupgrade run makes the next one refuse.
    static Check lockFile(LockFile found, const QString &path, const QString &service, const QString &why = {});
    /// A new volume or folder for dump-restore must not exist yet (it may hold data).
    static Check newVolume(bool isFolder, bool free, const QString &name);
    /// What a failed check means, as a phrase for "The preflight found what must be fixed first: …" (the server
    /// version's phrase names the version, so the preflight words that one itself).
    static QString blocker(const Check &check);

    // --- verify -------------------------------------------------------------------------------------------------

    struct RowComparison
    {
        Check check;
        QList<MigrationReport::RowCount> rows;
        bool ok() const { return check.result == MigrationReport::CheckResult::Pass; }
    };
    /// Every table of the backup against the server's count. expected: database, schema, table, rows.
    static RowComparison rowCounts(const QList<MigrationReport::RowCount> &expected,
                                   const QList<DatabaseRowCounts> &counts);
    /// Every role of the backup must exist on the new server.
    static Check roles(const QStringList &expected, const QList<RoleInfo> &actual);
    static Check verifyVersion(const ServerVersion &version, int target);
};

} // namespace edm
