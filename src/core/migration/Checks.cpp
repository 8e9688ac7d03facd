// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Checks.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

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
    const QString title = tr("Password hashes");
    if (md5Roles.isEmpty() || target < 14)
        return {id, title, R::Pass, tr("No role depends on md5 password hashes."), {}};

    QStringList others = md5Roles;
    if (freshCluster)
        others.removeAll(serviceUser);
    QStringList statements;
    for (const QString &role : (others.isEmpty() ? md5Roles : others))
        statements.append(QStringLiteral("\\password %1").arg(quoteIdentifier(role)));
    const QString fix =
        tr("On the new server, in psql as a superuser: SET password_encryption = 'scram-sha-256'; then %1 (or ALTER "
           "ROLE name PASSWORD '…'; with the same password), so the hashes become scram-sha-256.")
            .arg(statements.join(QStringLiteral("; ")));
    if (freshCluster) {
        if (others.isEmpty()) {
            return {id,
                    title,
                    R::Pass,
                    tr("%1 has an md5 password hash; the new cluster's pg_hba.conf asks for scram-sha-256, so the app "
                       "stores its password (from the compose file) as scram-sha-256 after the restore.")
                        .arg(serviceUser),
                    {}};
        }
        return {id, title, R::Warn,
                tr("%1 have md5 password hashes. The new Postgres %2 cluster's pg_hba.conf asks for scram-sha-256, "
                   "which an md5 hash cannot answer: they cannot log in over the network after the restore. The app "
                   "re-stores only %3's password, which the compose file holds.")
                    .arg(others.join(QStringLiteral(", ")))
                    .arg(target)
                    .arg(serviceUser),
                fix};
    }
    return {id, title, R::Warn,
            tr("%1 have md5 password hashes. They keep working after pgautoupgrade, which keeps the old pg_hba.conf "
               "(md5), but a new Postgres %2 cluster's pg_hba.conf asks for scram-sha-256 and would refuse them.")
                .arg(md5Roles.join(QStringLiteral(", ")))
                .arg(target),
            fix + u' ' + tr("Then md5 can become scram-sha-256 in pg_hba.conf.")};
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
    const QString title = tr("Text sort order");
    if (affected.isEmpty()) {
        return {id,
                title,
                R::Pass,
                tr("The databases use byte order (C) or ICU; a change of the C library does not affect their "
                   "indexes."),
                {}};
    }
    const QString from = baseSystem(source);
    const QString to = baseSystem(target);
    const QString list = affected.join(QStringLiteral(", "));
    if (source.isAlpine() != target.isAlpine()) {
        return {id, title, R::Warn,
                tr("%1 sort text with the C library's locale, and %2 uses another C library than %3 (Alpine's musl ↔ "
                   "Debian's glibc): text indexes would be in the wrong order.")
                    .arg(list, target.reference(), source.reference()),
                collationFix(names)};
    }
    if (!from.isEmpty() && !to.isEmpty() && from != to) {
        return {id, title, R::Warn,
                tr("%1 sort text with the C library's locale; %2 is built on Debian %3, %4 on Debian %5, whose glibc "
                   "may sort some text differently: text indexes may be in the wrong order.")
                    .arg(list, target.reference(), to, source.reference(), from),
                collationFix(names)};
    }
    if (from.isEmpty() || to.isEmpty()) {
        return {id, title, R::Warn,
                tr("%1 sort text with the C library's locale, and the images' tags do not say which system they are "
                   "built on; if the C library changes, text indexes may be in the wrong order.")
                    .arg(list),
                collationFix(names)};
    }
    return {
        id,
        title,
        R::Pass,
        tr("%1 sort text with the C library's locale; both images are built on %2, so the order stays.").arg(list, to),
        {}};
}

QString Checks::collationFix(const QStringList &databases)
{
    QStringList statements;
    for (const QString &name : databases) {
        const QString quoted = quoteIdentifier(name);
        statements.append(
            QStringLiteral("REINDEX DATABASE %1; ALTER DATABASE %1 REFRESH COLLATION VERSION;").arg(quoted));
    }
    return tr("After the migration, connected to each database in turn: %1 (REFRESH COLLATION VERSION needs Postgres "
              "15 or newer). The verify step compares the recorded and actual collation versions.")
        .arg(statements.join(u' '));
}

MigrationReport::Check Checks::collationVersions(const QList<DatabaseInfo> &databases)
{
    using R = MigrationReport::CheckResult;
    QStringList mismatched;
    QStringList names;
    bool known = false;
    for (const DatabaseInfo &db : databases) {
        known = known || !db.collationVersion.isEmpty();
        if (db.collationMismatch() && db.allowConnections) {
            mismatched.append(
                tr("%1 (recorded %2, now %3)").arg(db.name, db.collationVersion, db.actualCollationVersion));
            names.append(db.name);
        }
    }
    const QString id = QStringLiteral("verify_collation");
    const QString title = tr("Collation versions");
    if (!mismatched.isEmpty()) {
        return {id, title, R::Warn,
                tr("The collation version changed for %1: text indexes may be in the wrong order.")
                    .arg(mismatched.join(QStringLiteral(", "))),
                collationFix(names)};
    }
    return {id,
            title,
            R::Pass,
            known ? tr("Every database's recorded collation version is the one the server has now.")
                  : tr("The server records no collation versions (Postgres before 15, or C and ICU locales only)."),
            {}};
}

std::optional<MigrationReport::Check> Checks::healthcheck(const PostgresService &service)
{
    if (!service.healthcheck)
        return std::nullopt;
    return Check{QStringLiteral("healthcheck"), tr("Healthcheck"), MigrationReport::CheckResult::Warn,
                 tr("The service \"%1\" has a healthcheck. pgautoupgrade asks for none while it upgrades (a failing "
                    "check can get the container restarted midway); the app starts only this service for the "
                    "upgrade and follows its log instead.")
                     .arg(service.name),
                 tr("Nothing to do for the migration. If you run pgautoupgrade by hand, disable the healthcheck "
                    "(healthcheck: disable: true) until it is done.")};
}

std::optional<MigrationReport::Check> Checks::pgdata(const PostgresService &service)
{
    if (service.pgdata == QLatin1String(DefaultPgdata) || service.pgdata.isEmpty())
        return std::nullopt;
    const QString mount = service.volume ? service.volume->target : QString();
    const bool sub = !mount.isEmpty() && service.pgdata.startsWith(mount + u'/');
    return Check{QStringLiteral("pgdata"), tr("Data folder"), MigrationReport::CheckResult::Warn,
                 sub ? tr("PGDATA is %1, a sub-folder of the volume mounted on %2; the upgrade gets the same PGDATA "
                          "and the data stays in that sub-folder.")
                           .arg(service.pgdata, mount)
                     : tr("PGDATA is %1, not the image's default %2; the upgrade gets the same PGDATA.")
                           .arg(service.pgdata, QLatin1String(DefaultPgdata)),
                 tr("Keep PGDATA in the compose file as it is; do not change it during the migration.")};
}

// --- preflight ----------------------------------------------------------------------------------------------------

MigrationReport::Check Checks::serverVersion(const ServerVersion &version, const ImageRef &image, int target)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("server_version");
    const QString title = tr("Server version");
    if (version.major >= target) {
        return {id, title, R::Fail, tr("The server already runs PostgreSQL %1.").arg(version.text),
                tr("Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.")
                    .arg(version.major)};
    }
    if (image.major() > 0 && image.major() != version.major && !image.isPostgresFamily())
        return {id,
                title,
                R::Warn,
                tr("PostgreSQL %1, while the image tag says %2.").arg(version.text, image.majorText()),
                {}};
    return {id, title, R::Pass, tr("PostgreSQL %1 → %2").arg(version.text).arg(target), {}};
}

std::optional<MigrationReport::Check> Checks::imageAndData(const PostgresService &service, int dataMajor,
                                                           const QString &composeFile)
{
    const ImageRef &ref = service.ref;
    if (dataMajor <= 0 || ref.major() <= 0 || ref.family() != ImageRef::Family::Postgres || ref.major() >= dataMajor)
        return std::nullopt;
    return Check{QStringLiteral("downgrade"), tr("Image and data"), MigrationReport::CheckResult::Fail,
                 tr("The data is from PostgreSQL %1 but the compose file names %2.").arg(dataMajor).arg(service.image),
                 tr("Set the image back to postgres:%1 in %2.").arg(dataMajor).arg(composeFile)};
}

MigrationReport::Check Checks::backupSpace(qint64 databasesSize, qint64 available, const QString &folder)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("disk_space");
    const QString title = tr("Space for the backup");
    const QLocale locale;
    const qint64 needed = qint64(double(databasesSize) * 1.2);
    const QString where = QDir::toNativeSeparators(folder);
    if (available < 0) {
        return {id, title, R::Fail, tr("The backup folder %1 does not exist or cannot be read.").arg(where),
                tr("Create the folder, or choose another backup folder.")};
    }
    if (available < needed) {
        return {id, title, R::Fail,
                tr("%1 free in %2; the backup needs about %3 (1.2 × the databases' %4).")
                    .arg(locale.formattedDataSize(available), where, locale.formattedDataSize(needed),
                         locale.formattedDataSize(databasesSize)),
                tr("Free some space there or choose another backup folder.")};
    }
    return {id,
            title,
            R::Pass,
            tr("%1 of databases; %2 free in %3")
                .arg(locale.formattedDataSize(databasesSize), locale.formattedDataSize(available), where),
            {}};
}

MigrationReport::Check Checks::lockFile(LockFile found, const QString &path, const QString &service, const QString &why)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("lock_file");
    const QString title = tr("Upgrade lock file");
    switch (found) {
    case LockFile::Present:
        return {id, title, R::Fail, tr("%1 exists: an earlier pgautoupgrade run was interrupted.").arg(path),
                tr("Restore your backup of the data from before that run, or, if you know the data is intact, remove "
                   "the file (docker compose exec %1 rm %2).")
                    .arg(service, path)};
    case LockFile::Absent:
        return {id, title, R::Pass, tr("None left in the data folder."), {}};
    case LockFile::Unknown:
        break;
    }
    return {id, title, R::Warn, tr("Could not look for %1: %2").arg(path, why), {}};
}

MigrationReport::Check Checks::newVolume(bool isFolder, bool free, const QString &name)
{
    using R = MigrationReport::CheckResult;
    const QString id = QStringLiteral("new_volume");
    if (isFolder) {
        const QString where = QDir::toNativeSeparators(name);
        return {id, tr("New data folder"), free ? R::Pass : R::Fail,
                free ? tr("%1 is free for the restored data; the current folder stays as it is.").arg(where)
                     : tr("%1 exists already and is not empty.").arg(where),
                free ? QString() : tr("Move that folder away (it may hold data), then start again.")};
    }
    return {id, tr("New data volume"), free ? R::Pass : R::Fail,
            free ? tr("%1 does not exist yet; the restore creates it, and the current volume stays as it is.").arg(name)
                 : tr("The volume %1 exists already; it may hold data.").arg(name),
            free ? QString()
                 : tr("Look at what it holds; if it is not needed, remove it (docker volume rm %1) and start again, or "
                      "use the pgautoupgrade method.")
                       .arg(name)};
}

QString Checks::blocker(const Check &check)
{
    // The server version's phrase names the version; the preflight words it itself.
    if (check.result != MigrationReport::CheckResult::Fail || check.id == QLatin1String("server_version"))
        return {};
    if (check.id == QLatin1String("downgrade"))
        return tr("the compose image is older than the data");
    if (check.id == QLatin1String("disk_space"))
        return tr("not enough space for the backup");
    if (check.id == QLatin1String("lock_file"))
        return tr("a pgautoupgrade lock file is left in the data folder");
    if (check.id == QLatin1String("new_volume"))
        return tr("the new volume for the data exists already");
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
    const QString title = tr("Row counts");
    if (expected.isEmpty()) {
        comparison.check = {id, title, R::Fail,
                            tr("The backup's row counts are not known, so the rows cannot be compared."),
                            tr("Resume the migration from the backup step.")};
        return comparison;
    }
    const QLocale locale;
    comparison.check = {
        id, title, mismatches == 0 ? R::Pass : R::Fail,
        mismatches == 0
            ? tr("All %1 rows in %2 tables arrived.").arg(locale.toString(total), locale.toString(expected.size()))
            : tr("%1 of %2 tables differ from the backup.")
                  .arg(locale.toString(mismatches), locale.toString(expected.size())),
        mismatches == 0 ? QString() : tr("Roll back, or restore the backup into the new server.")};
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
    return {QStringLiteral("verify_roles"), tr("Roles"), ok ? R::Pass : R::Fail,
            ok ? tr("All %1 roles of the backup exist.").arg(expected.size())
               : tr("Missing: %1").arg(missing.join(QStringLiteral(", "))),
            ok ? QString() : tr("Restore the roles from the backup (its first part).")};
}

MigrationReport::Check Checks::verifyVersion(const ServerVersion &version, int target)
{
    using R = MigrationReport::CheckResult;
    const bool ok = version.major == target;
    return {QStringLiteral("verify_version"), tr("Server version"), ok ? R::Pass : R::Fail,
            tr("PostgreSQL %1").arg(version.text),
            ok ? QString() : tr("The compose file must name postgres:%1.").arg(target)};
}

} // namespace edm
