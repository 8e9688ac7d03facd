// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

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
    EDM_TEXT_FUNCTIONS(edm::Checks)

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
    /// reindexed: the migration rebuilt the text indexes (pgautoupgrade's reindex, or dump-restore's fresh ones), so
    /// only REFRESH COLLATION VERSION is left to do; otherwise the fix is REINDEX, then REFRESH.
    static Check collationVersions(const QList<DatabaseInfo> &databases, bool reindexed = false);
    /// The databases whose recorded collation version differs from the server's (15+; template0 records none and
    /// accepts no connections), postgres and template1 included, in the given order.
    static QStringList collationMismatches(const QList<DatabaseInfo> &databases);
    /// Whether the migration rebuilt the text indexes: dump-restore always (fresh indexes), pgautoupgrade unless the
    /// service's environment sets PGAUTO_REINDEX=no.
    static bool reindexRan(const PostgresService &service, bool dumpRestore);
    /// The verify step refreshed the collation versions of these databases (after a yes); failed: those where it
    /// did not work, with the server's complaint.
    static Check collationRefreshed(const QStringList &refreshed, const QStringList &failed = {},
                                    const QString &error = {});
    /// The user said no to the refresh: what to run later.
    static Check collationRefreshDeclined(const QStringList &databases);

    /// The statements that fix databases whose collation changed: REINDEX, then REFRESH COLLATION VERSION.
    static QString collationFix(const QStringList &databases);
    /// The sentence before collationFix()'s statements.
    static Text collationFixSentence();
    /// "Run the commands below in psql as a superuser.": the fix of a check whose commands are SQL and nothing else.
    static Text psqlSentence();

    /// The Debian release an image runs on ("bookworm", "trixie", …), "alpine", or "" when unknown. Images without a
    /// flavour in the tag follow Docker Hub: postgres 12 and older were last built on bookworm, 13 and newer on trixie.
    static QString baseSystem(const ImageRef &ref);

    /// A healthcheck on the service (pgautoupgrade asks for none while it runs): a warning, or nothing.
    static std::optional<Check> healthcheck(const PostgresService &service);
    /// PGDATA in a sub-folder of the volume: a warning, or nothing.
    static std::optional<Check> pgdata(const PostgresService &service);
    /// A variable of the service's environment as its compose definition declares it (map or list form; env_file
    /// entries and ${…} interpolation are not applied); empty when it is not set.
    static QString environmentValue(const PostgresService &service, const QString &name);
    /// PGAUTO_ONESHOT=yes for the pgautoupgrade method: understood (the container exits after the upgrade and the
    /// app starts the final image itself), or nothing.
    static std::optional<Check> oneShot(const PostgresService &service, bool dumpRestore);

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
    /// Extensions installed in any database that the upgrade image (pgautoupgrade's, or for dump-restore the plain
    /// postgres image of the target) does not carry: anything outside PostgreSQL's contrib modules. Fails naming
    /// each extension and its database ("vector in ente_db").
    static Check extensions(const QList<DatabaseInfo> &databases, int target, bool dumpRestore);
    /// Whether PostgreSQL's contrib modules of major (12–18) include the extension (plpgsql included).
    static bool isContribExtension(const QString &name, int major);
    /// Database names with whitespace: pgautoupgrade's post-upgrade loop splits them after the data was converted.
    /// The pgautoupgrade method fails (the fix offers dump-restore, whose restore through psql handles any name).
    static Check databaseNames(const QList<DatabaseInfo> &databases, bool dumpRestore);
    /// POSTGRES_USER against the cluster's install user (the role with oid 10): pgautoupgrade runs initdb and
    /// pg_upgrade as POSTGRES_USER, and pg_upgrade refuses a user that is not the old cluster's install user.
    /// installUser empty: it could not be read (a warning).
    static Check installUser(const QString &installUser, const QString &serviceUser, bool dumpRestore);
    /// A new volume or folder for dump-restore must not exist yet (it may hold data).
    static Check newVolume(bool isFolder, bool free, const QString &name);
    /// The method option of the command line that switches to dump-restore ("--method dump-restore").
    static QString dumpRestoreFlag();
    /// What a failed check means, as a phrase for "The preflight found what must be fixed first: …" (the server
    /// version's phrase names the version, so the preflight words that one itself).
    static Text blocker(const Check &check);

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
