// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Checks.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace edm {

namespace {

constexpr auto DefaultPgdata = "/var/lib/postgresql/data";

bool sortsByBytes(const DatabaseInfo &db)
{
    const QString collate = db.collate.toLower();
    return collate == QLatin1String("c") || collate == QLatin1String("posix") ||
        collate.startsWith(QLatin1String("c.")) || db.localeProvider == QLatin1String("icu") ||
        db.localeProvider == QLatin1String("builtin");
}

QString quoteIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (plain.match(name).hasMatch())
        return name;
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// Always quoted, "" inside: the form for statements the user copies or the app runs.
QString alwaysQuoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// PostgreSQL's contrib modules (the extensions `CREATE EXTENSION` finds in the official postgres images and in
/// pgautoupgrade's, 12 to 18), and the last major that shipped the few that were removed.
struct ContribExtension
{
    const char *name;
    int lastMajor;
};
constexpr ContribExtension Contrib[] = {
    {"adminpack", 16}, // removed in 17
    {"amcheck", 99},
    {"autoinc", 99},
    {"bloom", 99},
    {"btree_gin", 99},
    {"btree_gist", 99},
    {"citext", 99},
    {"cube", 99},
    {"dblink", 99},
    {"dict_int", 99},
    {"dict_xsyn", 99},
    {"earthdistance", 99},
    {"file_fdw", 99},
    {"fuzzystrmatch", 99},
    {"hstore", 99},
    {"insert_username", 99},
    {"intagg", 99},
    {"intarray", 99},
    {"isn", 99},
    {"lo", 99},
    {"ltree", 99},
    {"moddatetime", 99},
    {"old_snapshot", 16}, // 14 to 16
    {"pageinspect", 99},
    {"pg_buffercache", 99},
    {"pg_freespacemap", 99},
    {"pg_prewarm", 99},
    {"pg_stat_statements", 99},
    {"pg_surgery", 99},
    {"pg_trgm", 99},
    {"pg_visibility", 99},
    {"pg_walinspect", 99},
    {"pgcrypto", 99},
    {"pgrowlocks", 99},
    {"pgstattuple", 99},
    {"plpgsql", 99}, // built in, in every database
    {"postgres_fdw", 99},
    {"refint", 99},
    {"seg", 99},
    {"sslinfo", 99},
    {"tablefunc", 99},
    {"tcn", 99},
    {"tsm_system_rows", 99},
    {"tsm_system_time", 99},
    {"unaccent", 99},
    {"uuid-ossp", 99},
    {"xml2", 99},
    // Not here: plperl, plpython3u and pltcl (and their untrusted variants). The Debian images install them only as
    // separate packages (postgresql-plperl-N, …), which neither postgres:N nor pgautoupgrade's -trixie image has.
};

} // namespace

MigrationReport::Check Checks::passwordHashes(const QList<RoleInfo> &roles, int target, bool freshCluster,
                                              const QString &serviceUser)
{
    using R = MigrationReport::CheckResult;
    QStringList md5Roles;
    for (const RoleInfo &role : roles) {
        if (role.canLogin && role.password == PasswordKind::Md5)
            md5Roles.append(role.name);
    }
    const QString id = QStringLiteral("md5_passwords");
    const Text title = trText("Password hashes");
    if (md5Roles.isEmpty() || target < 14)
        return {id, title, R::Pass, trText("No role depends on md5 password hashes."), {}};

    QStringList others = md5Roles;
    if (freshCluster)
        others.removeAll(serviceUser);
    QStringList statements{QStringLiteral("SET password_encryption = 'scram-sha-256';")};
    for (const QString &role : (others.isEmpty() ? md5Roles : others))
        statements.append(QStringLiteral("\\password %1").arg(quoteIdentifier(role)));
    const Text fix = trText("On the new server, store these passwords again as scram-sha-256 (the commands below, in "
                            "psql as a superuser; ALTER ROLE … PASSWORD with the same password works too).");
    const QString commands = statements.join(u'\n');
    if (freshCluster) {
        if (others.isEmpty()) {
            return {
                id,
                title,
                R::Pass,
                trText("%1 has an md5 password hash; the new cluster's pg_hba.conf asks for scram-sha-256, so the app "
                       "stores its password (from the compose file) as scram-sha-256 after the restore.")
                    .arg(serviceUser),
                {}};
        }
        return {
            id,
            title,
            R::Warn,
            trText("%1 have md5 password hashes. The new Postgres %2 cluster's pg_hba.conf asks for scram-sha-256, "
                   "which an md5 hash cannot answer: they cannot log in over the network after the restore. The app "
                   "re-stores only %3's password, which the compose file holds.")
                .arg(others.join(QStringLiteral(", ")))
                .arg(target)
                .arg(serviceUser),
            fix,
            commands};
    }
    return {
        id,
        title,
        R::Warn,
        trText("%1 have md5 password hashes. They keep working after pgautoupgrade, which keeps the old pg_hba.conf "
               "(md5), but a new Postgres %2 cluster's pg_hba.conf asks for scram-sha-256 and would refuse them.")
            .arg(md5Roles.join(QStringLiteral(", ")))
            .arg(target),
        fix + u' ' + trText("Then md5 can become scram-sha-256 in pg_hba.conf."),
        commands};
}

QString Checks::baseSystem(const ImageRef &ref)
{
    const QString flavour = ref.flavour();
    if (ref.isAlpine())
        return QStringLiteral("alpine");
    if (!flavour.isEmpty())
        return flavour;
    if (ref.major() == 0)
        return {};
    return ref.major() <= 12 ? QStringLiteral("bookworm") : QStringLiteral("trixie");
}

MigrationReport::Check Checks::collation(const QList<DatabaseInfo> &databases, const ImageRef &source,
                                         const ImageRef &target)
{
    using R = MigrationReport::CheckResult;
    QStringList affected;
    QStringList names;
    for (const DatabaseInfo &db : databases) {
        if (db.dumpedByPgDumpall() && !sortsByBytes(db)) {
            affected.append(QStringLiteral("%1 (%2)").arg(db.name, db.collate));
            names.append(db.name);
        }
    }
    const QString id = QStringLiteral("collation");
    const Text title = trText("Text sort order");
    if (affected.isEmpty()) {
        return {id,
                title,
                R::Pass,
                trText("The databases use byte order (C) or ICU; a change of the C library does not affect their "
                       "indexes."),
                {}};
    }
    const QString from = baseSystem(source);
    const QString to = baseSystem(target);
    const QString list = affected.join(QStringLiteral(", "));
    if (source.isAlpine() != target.isAlpine()) {
        return {
            id,
            title,
            R::Warn,
            trText("%1 sort text with the C library's locale, and %2 uses another C library than %3 (Alpine's musl ↔ "
                   "Debian's glibc): text indexes would be in the wrong order.")
                .arg(list, target.reference(), source.reference()),
            collationFixSentence(),
            collationFix(names)};
    }
    if (!from.isEmpty() && !to.isEmpty() && from != to) {
        return {
            id,
            title,
            R::Warn,
            trText("%1 sort text with the C library's locale; %2 is built on Debian %3, %4 on Debian %5, whose glibc "
                   "may sort some text differently: text indexes may be in the wrong order.")
                .arg(list, target.reference(), to, source.reference(), from),
            collationFixSentence(),
            collationFix(names)};
    }
    if (from.isEmpty() || to.isEmpty()) {
        return {
            id,
            title,
            R::Warn,
            trText("%1 sort text with the C library's locale, and the images' tags do not say which system they are "
                   "built on; if the C library changes, text indexes may be in the wrong order.")
                .arg(list),
            collationFixSentence(),
            collationFix(names)};
    }
    return {id,
            title,
            R::Pass,
            trText("%1 sort text with the C library's locale; both images are built on %2, so the order stays.")
                .arg(list, to),
            {}};
}

Text Checks::collationFixSentence()
{
    return trText(
        "After the migration, rebuild the text indexes and refresh the collation version in each database (the "
        "commands below; REFRESH COLLATION VERSION needs Postgres 15 or newer). The verify step compares the "
        "recorded and actual collation versions.");
}

QString Checks::collationFix(const QStringList &databases)
{
    QStringList statements;
    for (const QString &name : databases) {
        const QString quoted = quoteIdentifier(name);
        statements.append(
            QStringLiteral("REINDEX DATABASE %1; ALTER DATABASE %1 REFRESH COLLATION VERSION;").arg(quoted));
    }
    return statements.join(u'\n');
}

Text Checks::psqlSentence()
{
    return trText("Run the commands below in psql as a superuser.");
}

QStringList Checks::collationMismatches(const QList<DatabaseInfo> &databases)
{
    QStringList names;
    for (const DatabaseInfo &db : databases) {
        if (db.collationMismatch() && db.allowConnections)
            names.append(db.name);
    }
    return names;
}

bool Checks::reindexRan(const PostgresService &service, bool dumpRestore)
{
    if (dumpRestore)
        return true;
    return environmentValue(service, QStringLiteral("PGAUTO_REINDEX")).trimmed().toLower() != QLatin1String("no");
}

MigrationReport::Check Checks::collationRefreshed(const QStringList &refreshed, const QStringList &failed,
                                                  const QString &error)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("verify_collation");
    const Text title = trText("Collation versions");
    if (failed.isEmpty()) {
        return {id,
                title,
                R::Pass,
                trText("Collation versions refreshed: %1").arg(refreshed.join(QStringLiteral(", "))),
                {}};
    }
    QStringList statements;
    for (const QString &name : failed)
        statements.append(ServerProbe::refreshCollationSql(name));
    const Text done = refreshed.isEmpty()
        ? Text()
        : trText("Collation versions refreshed: %1").arg(refreshed.join(QStringLiteral(", ")));
    const Text detail =
        trText("Refreshing the collation version failed for %1: %2").arg(failed.join(QStringLiteral(", ")), error);
    return {id,
            title,
            R::Warn,
            done.isEmpty() ? detail : done + QStringLiteral(". ") + detail,
            psqlSentence(),
            statements.join(u'\n')};
}

MigrationReport::Check Checks::collationRefreshDeclined(const QStringList &databases)
{
    QStringList statements;
    for (const QString &name : databases)
        statements.append(ServerProbe::refreshCollationSql(name));
    return {QStringLiteral("verify_collation"),
            trText("Collation versions"),
            MigrationReport::CheckResult::Warn,
            trText("The collation version changed for %1 and was not refreshed, as asked; the indexes were rebuilt by "
                   "the migration, but Postgres warns about the mismatch at every connection until it is.")
                .arg(databases.join(QStringLiteral(", "))),
            psqlSentence(),
            statements.join(u'\n')};
}

MigrationReport::Check Checks::collationVersions(const QList<DatabaseInfo> &databases, bool reindexed)
{
    using R = MigrationReport::CheckResult;
    QStringList mismatched;
    QStringList names;
    bool known = false;
    for (const DatabaseInfo &db : databases) {
        known = known || !db.collationVersion.isEmpty();
        if (db.collationMismatch() && db.allowConnections) {
            mismatched.append(
                trText("%1 (recorded %2, now %3)").arg(db.name, db.collationVersion, db.actualCollationVersion));
            names.append(db.name);
        }
    }
    const QString id = QStringLiteral("verify_collation");
    const Text title = trText("Collation versions");
    if (!mismatched.isEmpty() && reindexed) {
        QStringList statements;
        for (const QString &name : std::as_const(names))
            statements.append(ServerProbe::refreshCollationSql(name));
        return {id,
                title,
                R::Warn,
                trText("The collation version changed for %1; the migration rebuilt the indexes, so only the recorded "
                       "version is left to refresh.")
                    .arg(mismatched.join(QStringLiteral(", "))),
                psqlSentence(),
                statements.join(u'\n')};
    }
    if (!mismatched.isEmpty()) {
        return {id,
                title,
                R::Warn,
                trText("The collation version changed for %1, and the upgrade did not rebuild the indexes "
                       "(PGAUTO_REINDEX=no): text indexes may be in the wrong order.")
                    .arg(mismatched.join(QStringLiteral(", "))),
                collationFixSentence(),
                collationFix(names)};
    }
    return {id,
            title,
            R::Pass,
            known ? trText("Every database's recorded collation version is the one the server has now.")
                  : trText("The server records no collation versions (Postgres before 15, or C and ICU locales only)."),
            {}};
}

std::optional<MigrationReport::Check> Checks::healthcheck(const PostgresService &service)
{
    if (!service.healthcheck)
        return std::nullopt;
    return Check{
        QStringLiteral("healthcheck"), trText("Healthcheck"), MigrationReport::CheckResult::Warn,
        trText("The service \"%1\" has a healthcheck. pgautoupgrade asks for none while it upgrades (a failing "
               "check can get the container restarted midway); the app starts only this service for the "
               "upgrade and follows its log instead.")
            .arg(service.name),
        trText("Nothing to do for the migration. If you run pgautoupgrade by hand, disable the healthcheck "
               "(healthcheck: disable: true) until it is done.")};
}

std::optional<MigrationReport::Check> Checks::pgdata(const PostgresService &service)
{
    if (service.pgdata == QLatin1String(DefaultPgdata) || service.pgdata.isEmpty())
        return std::nullopt;
    const QString mount = service.volume ? service.volume->target : QString();
    const bool sub = !mount.isEmpty() && service.pgdata.startsWith(mount + u'/');
    return Check{
        QStringLiteral("pgdata"), trText("Data folder"), MigrationReport::CheckResult::Warn,
        sub ? trText("PGDATA is %1, a sub-folder of the volume mounted on %2; the upgrade gets the same PGDATA "
                     "and the data stays in that sub-folder.")
                  .arg(service.pgdata, mount)
            : trText("PGDATA is %1, not the image's default %2; the upgrade gets the same PGDATA.")
                  .arg(service.pgdata, QLatin1String(DefaultPgdata)),
        trText("Keep PGDATA in the compose file as it is; do not change it during the migration.")};
}

QString Checks::environmentValue(const PostgresService &service, const QString &name)
{
    const QVariant environment = service.config.value(QStringLiteral("environment"));
    if (environment.typeId() == QMetaType::QVariantMap) {
        const QVariant value = environment.toMap().value(name);
        return value.isValid() ? value.toString() : QString();
    }
    // The list form: "KEY=VALUE" (or "KEY", which takes the value from the environment: unknown here).
    QString found;
    for (const QVariant &item : environment.toList()) {
        const QString entry = item.toString();
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0 && QStringView(entry).first(equals).trimmed() == name)
            found = entry.mid(equals + 1);
    }
    return found;
}

std::optional<MigrationReport::Check> Checks::oneShot(const PostgresService &service, bool dumpRestore)
{
    if (dumpRestore ||
        environmentValue(service, QStringLiteral("PGAUTO_ONESHOT")).trimmed().toLower() != QLatin1String("yes"))
        return std::nullopt;
    return Check{
        QStringLiteral("oneshot"),
        trText("One-shot upgrade"),
        MigrationReport::CheckResult::Pass,
        trText("The service sets PGAUTO_ONESHOT=yes: pgautoupgrade's container exits once the upgrade has "
               "finished instead of starting the server. That is expected; the app then starts the final image "
               "itself."),
        {}};
}

// --- preflight ----------------------------------------------------------------------------------------------------

MigrationReport::Check Checks::serverVersion(const ServerVersion &version, const ImageRef &image, int target)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("server_version");
    const Text title = trText("Server version");
    if (version.major >= target) {
        return {id, title, R::Fail, trText("The server already runs PostgreSQL %1.").arg(version.text),
                trText("Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.")
                    .arg(version.major)};
    }
    if (image.major() > 0 && image.major() != version.major && !image.isPostgresFamily())
        return {id,
                title,
                R::Warn,
                trText("PostgreSQL %1, while the image tag says %2.").arg(version.text, image.majorText()),
                {}};
    return {id, title, R::Pass, trText("PostgreSQL %1 → %2").arg(version.text).arg(target), {}};
}

std::optional<MigrationReport::Check> Checks::imageAndData(const PostgresService &service, int dataMajor,
                                                           const QString &composeFile)
{
    const ImageRef &ref = service.ref;
    if (dataMajor <= 0 || ref.major() <= 0 || ref.family() != ImageRef::Family::Postgres || ref.major() >= dataMajor)
        return std::nullopt;
    return Check{
        QStringLiteral("downgrade"), trText("Image and data"), MigrationReport::CheckResult::Fail,
        trText("The data is from PostgreSQL %1 but the compose file names %2.").arg(dataMajor).arg(service.image),
        trText("Set the image back to postgres:%1 in %2.").arg(dataMajor).arg(composeFile)};
}

MigrationReport::Check Checks::backupSpace(qint64 databasesSize, qint64 available, const QString &folder)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("disk_space");
    const Text title = trText("Space for the backup");
    const QLocale locale;
    const qint64 needed = qint64(double(databasesSize) * 1.2);
    const QString where = QDir::toNativeSeparators(folder);
    if (available < 0) {
        return {id, title, R::Fail, trText("The backup folder %1 does not exist or cannot be read.").arg(where),
                trText("Create the folder, or choose another backup folder.")};
    }
    if (available < needed) {
        return {id, title, R::Fail,
                trText("%1 free in %2; the backup needs about %3 (1.2 × the databases' %4).")
                    .arg(locale.formattedDataSize(available), where, locale.formattedDataSize(needed),
                         locale.formattedDataSize(databasesSize)),
                trText("Free some space there or choose another backup folder.")};
    }
    return {id,
            title,
            R::Pass,
            trText("%1 of databases; %2 free in %3")
                .arg(locale.formattedDataSize(databasesSize), locale.formattedDataSize(available), where),
            {}};
}

MigrationReport::Check Checks::lockFile(LockFile found, const QString &path, const QString &service, const QString &why)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("lock_file");
    const Text title = trText("Upgrade lock file");
    switch (found) {
    case LockFile::Present:
        return {
            id,
            title,
            R::Fail,
            trText("%1 exists: an earlier pgautoupgrade run was interrupted.").arg(path),
            trText("Restore your backup of the data from before that run, or, if you know the data is intact, remove "
                   "the file (the command below)."),
            QStringLiteral("docker compose exec %1 rm %2").arg(service, path)};
    case LockFile::Absent:
        return {id, title, R::Pass, trText("None left in the data folder."), {}};
    case LockFile::Unknown:
        break;
    }
    return {id, title, R::Warn, trText("Could not look for %1: %2").arg(path, why), {}};
}

bool Checks::isContribExtension(const QString &name, int major)
{
    return std::any_of(std::cbegin(Contrib), std::cend(Contrib), [&name, major](const ContribExtension &e) {
        return name == QLatin1String(e.name) && major <= e.lastMajor;
    });
}

MigrationReport::Check Checks::extensions(const QList<DatabaseInfo> &databases, int target, bool dumpRestore)
{
    using R = MigrationReport::CheckResult;
    QStringList foreign;
    QStringList names;
    QStringList statements;
    for (const DatabaseInfo &db : databases) {
        for (const QString &extension : db.extensions) {
            if (isContribExtension(extension, target))
                continue;
            foreign.append(trText("%1 in %2").arg(extension, db.name));
            if (!names.contains(extension))
                names.append(extension);
            statements.append(trText("DROP EXTENSION %1; -- in %2").arg(alwaysQuoted(extension), db.name));
        }
    }
    const QString id = QStringLiteral("extensions");
    const Text title = trText("Extensions");
    if (foreign.isEmpty()) {
        return {
            id,
            title,
            R::Pass,
            trText("Only PostgreSQL's own (contrib) extensions are installed; the PostgreSQL %1 image carries them.")
                .arg(target),
            {}};
    }
    const QString list = foreign.join(QStringLiteral(", "));
    const Text detail = dumpRestore
        ? trText(
              "%1: not part of PostgreSQL's contrib modules, so the plain postgres:%2 image the data is restored into "
              "does not carry them, and the restore would fail at CREATE EXTENSION.")
              .arg(list)
              .arg(target)
        : trText("%1: not part of PostgreSQL's contrib modules, so pgautoupgrade's image does not carry them, and "
                 "pg_upgrade would stop (\"loadable libraries missing\") after the old data was moved aside.")
              .arg(list);
    return {id,
            title,
            R::Fail,
            detail,
            trText("Upgrade with the image that provides %1 and its own upgrade path (the image's or the extension's "
                   "documentation says how), or, if nothing uses them, remove them first (the commands below).")
                .arg(names.join(QStringLiteral(", "))),
            statements.join(u'\n')};
}

QString Checks::dumpRestoreFlag()
{
    return QStringLiteral("--method dump-restore");
}

MigrationReport::Check Checks::databaseNames(const QList<DatabaseInfo> &databases, bool dumpRestore)
{
    using R = MigrationReport::CheckResult;
    QStringList spaced;
    for (const DatabaseInfo &db : databases) {
        if (std::any_of(db.name.cbegin(), db.name.cend(), [](QChar c) { return c.isSpace(); }))
            spaced.append(u'"' + db.name + u'"');
    }
    const QString id = QStringLiteral("database_names");
    const Text title = trText("Database names");
    if (spaced.isEmpty())
        return {id, title, R::Pass, trText("No database name contains a space."), {}};
    const QString list = spaced.join(QStringLiteral(", "));
    if (dumpRestore) {
        return {id,
                title,
                R::Pass,
                trText("%1 contain whitespace; the restore through psql handles such names.").arg(list),
                {}};
    }
    return {
        id, title, R::Fail,
        trText("%1 contain whitespace. pgautoupgrade's post-upgrade loop splits such names, after the data was "
               "converted: the container exits midway and leaves its lock file behind.")
            .arg(list),
        trText("Use the dump-restore method (%1 on the command line, “Use dump-restore instead” in the wizard), which "
               "restores the backup into a new volume and handles any name; or rename the databases (ALTER DATABASE "
               "\"old name\" RENAME TO old_name) if nothing refers to them by name.")
            .arg(dumpRestoreFlag())};
}

MigrationReport::Check Checks::installUser(const QString &installUser, const QString &serviceUser, bool dumpRestore)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("install_user");
    const Text title = trText("Install user");
    if (installUser.isEmpty()) {
        return {id,
                title,
                R::Warn,
                trText("The cluster's install user (the role with oid 10) could not be read; pgautoupgrade needs "
                       "POSTGRES_USER (%1) to be that role.")
                    .arg(serviceUser),
                {}};
    }
    if (installUser == serviceUser)
        return {id, title, R::Pass, trText("POSTGRES_USER %1 is the cluster's install user.").arg(serviceUser), {}};
    if (dumpRestore) {
        return {id,
                title,
                R::Pass,
                trText("The cluster was created by %1, POSTGRES_USER is %2: the new cluster is created by %2 and the "
                       "restore brings %1 along as a role.")
                    .arg(installUser, serviceUser),
                {}};
    }
    return {
        id, title, R::Fail,
        trText("POSTGRES_USER is %1, but the cluster was created by %2 (the role with oid 10). pgautoupgrade creates "
               "the new cluster as POSTGRES_USER, and pg_upgrade refuses it: “database user is not the install user”.")
            .arg(serviceUser, installUser),
        trText("Set POSTGRES_USER to %1 in the compose file (with that role's password in POSTGRES_PASSWORD) for the "
               "migration, or use the dump-restore method (%2).")
            .arg(installUser, dumpRestoreFlag())};
}

MigrationReport::Check Checks::newVolume(bool isFolder, bool free, const QString &name)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("new_volume");
    if (isFolder) {
        const QString where = QDir::toNativeSeparators(name);
        return {id, trText("New data folder"), free ? R::Pass : R::Fail,
                free ? trText("%1 is free for the restored data; the current folder stays as it is.").arg(where)
                     : trText("%1 exists already and is not empty.").arg(where),
                free ? Text() : trText("Move that folder away (it may hold data), then start again.")};
    }
    return {
        id,
        trText("New data volume"),
        free ? R::Pass : R::Fail,
        free ? trText("%1 does not exist yet; the restore creates it, and the current volume stays as it is.").arg(name)
             : trText("The volume %1 exists already; it may hold data.").arg(name),
        free ? Text()
             : trText("Look at what it holds; if it is not needed, remove it (the command below) and start again, or "
                      "use the pgautoupgrade method."),
        free ? QString() : QStringLiteral("docker volume rm %1").arg(name)};
}

Text Checks::blocker(const Check &check)
{
    // The server version's phrase names the version; the preflight words it itself.
    if (check.result != MigrationReport::CheckResult::Fail || check.id == QLatin1String("server_version"))
        return {};
    if (check.id == QLatin1String("downgrade"))
        return trText("the compose image is older than the data");
    if (check.id == QLatin1String("disk_space"))
        return trText("not enough space for the backup");
    if (check.id == QLatin1String("lock_file"))
        return trText("a pgautoupgrade lock file is left in the data folder");
    if (check.id == QLatin1String("new_volume"))
        return trText("the new volume for the data exists already");
    if (check.id == QLatin1String("extensions"))
        return trText("extensions that the upgrade image does not carry");
    if (check.id == QLatin1String("database_names"))
        return trText("database names with whitespace, which pgautoupgrade cannot handle");
    if (check.id == QLatin1String("install_user"))
        return trText("POSTGRES_USER is not the cluster's install user");
    return check.title;
}

// --- verify -------------------------------------------------------------------------------------------------------

Checks::RowComparison Checks::rowCounts(const QList<MigrationReport::RowCount> &expected,
                                        const QList<DatabaseRowCounts> &counts)
{
    using R = MigrationReport::CheckResult;
    RowComparison comparison;
    qsizetype mismatches = 0;
    qint64 total = 0;
    for (MigrationReport::RowCount row : expected) {
        row.actual = -1;
        for (const DatabaseRowCounts &db : counts) {
            if (db.database != row.database)
                continue;
            for (const TableRowCount &table : db.tables) {
                if (table.table == row.table && (row.schema.isEmpty() || table.schema == row.schema))
                    row.actual = table.rows;
            }
        }
        mismatches += row.matches() ? 0 : 1;
        total += row.expected;
        comparison.rows.append(row);
    }
    const QString id = QStringLiteral("verify_rows");
    const Text title = trText("Row counts");
    if (expected.isEmpty()) {
        comparison.check = {id, title, R::Fail,
                            trText("The backup's row counts are not known, so the rows cannot be compared."),
                            trText("Resume the migration from the backup step.")};
        return comparison;
    }
    const QLocale locale;
    comparison.check = {
        id, title, mismatches == 0 ? R::Pass : R::Fail,
        mismatches == 0
            ? trText("All %1 rows in %2 tables arrived.").arg(locale.toString(total), locale.toString(expected.size()))
            : trText("%1 of %2 tables differ from the backup.")
                  .arg(locale.toString(mismatches), locale.toString(expected.size())),
        mismatches == 0 ? Text() : trText("Roll back, or restore the backup into the new server.")};
    return comparison;
}

MigrationReport::Check Checks::roles(const QStringList &expected, const QList<RoleInfo> &actual)
{
    using R = MigrationReport::CheckResult;
    QStringList missing;
    for (const QString &name : expected) {
        if (std::none_of(actual.cbegin(), actual.cend(), [&name](const RoleInfo &r) { return r.name == name; }))
            missing.append(name);
    }
    const bool ok = missing.isEmpty();
    return {QStringLiteral("verify_roles"), trText("Roles"), ok ? R::Pass : R::Fail,
            ok ? trText("All %1 roles of the backup exist.").arg(expected.size())
               : trText("Missing: %1").arg(missing.join(QStringLiteral(", "))),
            ok ? Text() : trText("Restore the roles from the backup (its first part).")};
}

MigrationReport::Check Checks::verifyVersion(const ServerVersion &version, int target)
{
    using R = MigrationReport::CheckResult;
    const bool ok = version.major == target;
    return {QStringLiteral("verify_version"), trText("Server version"), ok ? R::Pass : R::Fail,
            trText("PostgreSQL %1").arg(version.text),
            ok ? Text() : trText("The compose file must name postgres:%1.").arg(target)};
}

} // namespace edm
