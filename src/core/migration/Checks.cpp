#include "core/migration/Checks.h"

#include <QRegularExpression>

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

} // namespace edm
