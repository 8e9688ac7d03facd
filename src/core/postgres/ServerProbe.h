// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/docker/DockerCli.h"
#include "core/docker/ProcessRunner.h"
#include "core/postgres/PasswordKind.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace edm {

/// The server's version: SELECT version() and server_version_num.
struct ServerVersion
{
    QString text; ///< "12.22" (9.6.24 for the old scheme)
    int number = 0; ///< server_version_num: 120022
    int major = 0; ///< 12 (9.6 → 9)
    QString full; ///< version(): "PostgreSQL 12.22 (Debian 12.22-1.pgdg120+1) on x86_64-pc-linux-gnu, …"

    bool isValid() const { return number > 0; }
    /// From server_version_num and version(); an invalid version when num is not a number.
    static ServerVersion fromNumber(const QString &num, const QString &full = {});
    /// "psql (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "pg_dumpall (PostgreSQL) 16.4" → 15.18 / 16.4.
    static ServerVersion fromToolOutput(const QString &output);
};

/// One database of the cluster (pg_database).
struct DatabaseInfo
{
    QString name;
    qint64 sizeBytes = 0; ///< pg_database_size; 0 when the database does not allow connections
    QString encoding; ///< UTF8
    QString collate; ///< datcollate
    QString ctype; ///< datctype
    QString localeProvider; ///< "libc", "icu", "builtin" (15+); empty before 15
    QString icuLocale; ///< daticulocale (15, 16) / datlocale (17+); empty when unused
    QString collationVersion; ///< datcollversion (15+): the version recorded at creation
    QString actualCollationVersion; ///< pg_database_collation_actual_version() (15+): what the OS provides now
    bool allowConnections = true;
    bool isTemplate = false;
    QStringList extensions; ///< pg_extension's names, as snapshot() reads them in each database pg_dumpall dumps

    /// 15+: the recorded and the actual collation version differ (the OS's locale data changed: REINDEX).
    bool collationMismatch() const;
    /// pg_dumpall dumps every database that accepts connections except template0.
    bool dumpedByPgDumpall() const;
};

/// A role, with the kind of its stored password only; the hash itself is never read into the app.
struct RoleInfo
{
    QString name;
    bool canLogin = false;
    bool superuser = false;
    PasswordKind password = PasswordKind::Unknown;
};

/// One line of pg_hba.conf as the server reads it (pg_hba_file_rules, Postgres 10+).
struct HbaRule
{
    int line = 0;
    QString type; ///< local, host, hostssl, hostnossl, hostgssenc, hostnogssenc
    QStringList databases; ///< all, sameuser, replication, names
    QStringList users; ///< all, names, +group
    QString address; ///< 127.0.0.1, all, samehost, samenet, a host name; empty for local
    QString netmask;
    QString method; ///< trust, md5, scram-sha-256, password, reject, peer, …
    QString error; ///< the server's complaint about the line, if any

    /// Whether a TCP connection without SSL from address (empty: "a client on another host, such as museum on the
    /// compose network") to database as user would use this line.
    bool matches(const QString &database, const QString &user, const QString &address) const;
};

/// Where the cluster lives inside the container.
struct DataDirectory
{
    QString pgdataEnvironment; ///< the container's PGDATA variable
    QString dataDirectory; ///< SHOW data_directory (empty when the server cannot be asked)
    QString pgVersion; ///< the PG_VERSION file there: "12"
    int major = 0; ///< PG_VERSION as a number

    /// The folder the checks looked at: data_directory, else PGDATA.
    QString path() const { return dataDirectory.isEmpty() ? pgdataEnvironment : dataDirectory; }
};

/// The exact row count of one table (count(*)).
struct TableRowCount
{
    QString schema;
    QString table;
    qint64 rows = 0;
    QString qualifiedName() const; ///< schema.table, quoted where SQL needs it
};

/// Every user table of one database.
struct DatabaseRowCounts
{
    QString database;
    QList<TableRowCount> tables;
    qint64 rows() const;
};

/// How a login over TCP (the way museum connects) went.
struct LoginCheck
{
    QString user;
    QString database;
    QString localMethod; ///< the pg_hba method for 127.0.0.1 (empty when the rules cannot be read)
    int localRuleLine = 0;
    QString remoteMethod; ///< the method a client on another host (museum) gets
    int remoteRuleLine = 0;
    PasswordKind password = PasswordKind::Unknown; ///< the role's stored password kind
    /// The TCP login itself checked the password (the 127.0.0.1 rule is not trust).
    bool passwordCheckedByLogin = false;
    /// Whether the password matches the one stored for the role, checked by the server without the app reading the
    /// hash, when the login alone could not tell (trust on 127.0.0.1); empty when it could not be checked.
    std::optional<bool> passwordMatches;
    QList<Text> warnings; ///< things that will break museum although this login worked
};

/// Everything the preflight shows about the running server, in one go.
struct ServerSnapshot
{
    ServerVersion version;
    QList<DatabaseInfo> databases;
    QList<RoleInfo> roles;
    QString passwordEncryption; ///< md5 or scram-sha-256
    QList<HbaRule> hbaRules;
    DataDirectory dataDirectory;
    QString installUser; ///< the role with oid 10, which created the cluster (empty when it could not be read)
    /// Parts that could not be read (hba rules without superuser, …), as sentences; the rest is still valid.
    QList<Text> warnings;

    qint64 totalSize() const; ///< sum of pg_database_size over the databases pg_dumpall dumps
};

/// Asks a Postgres server in a container, through `docker exec -i CONTAINER psql -X -q -At -v ON_ERROR_STOP=1 -w -U
/// user -d db -f -` (the SQL on standard input, PGPASSWORD as a secret: only its name on the command line). Results
/// are parsed from unit- and record-separator delimited output (\x1f between fields, \x1e between rows), so no value
/// can be mistaken for a separator in practice. Everything is asynchronous: each query takes a callback, called
/// once in the event loop unless context is destroyed first (or cancel() is called).
class ServerProbe : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::ServerProbe)

public:
    template<typename T> using Callback = std::function<void(const Expected<T> &)>;
    using Rows = QList<QStringList>;

    /// docker must outlive the probe. credentials: the compose service's (user, database, password or password
    /// file); when the password is only given as a file in the container, it is read there (`cat`), never here.
    ServerProbe(DockerCli *docker, QString container, Credentials credentials, QObject *parent = nullptr);
    ~ServerProbe() override;

    QString container() const { return m_container; }
    const Credentials &credentials() const { return m_credentials; }
    QString user() const; ///< the credentials' user, else "postgres" (the official image's default)
    QString database() const; ///< the credentials' database, else the user's name (the official image's default)

    /// For other clients run in the container (pg_dumpall, a restore's psql): the password as a secret variable
    /// (PGPASSWORD), or the name of the password file to read there.
    ExecOptions clientExecOptions() const;
    /// command as it must be run for the password to reach it (wrapped in `sh -c` when the password is a file in the
    /// container).
    QStringList clientCommand(const QStringList &command) const;
    /// The limit for each query (0: none). Default 10 minutes: counting big tables takes a while.
    void setQueryTimeout(int ms) { m_timeoutMs = ms; }

    /// Any SQL, as the probe's user, in database (empty: the credentials' one). The rows of the last statement
    /// that returns rows; every value as text, NULL as an empty string.
    void query(const QString &sql, QObject *context, Callback<Rows> done, const QString &database = {});

    void serverVersion(QObject *context, Callback<ServerVersion> done);
    /// Every database, with size, encoding, locale and (15+) collation versions.
    void databases(QObject *context, Callback<QList<DatabaseInfo>> done);
    /// Every role but the built-in pg_* ones, with the kind of its password (Unknown without superuser).
    void roles(QObject *context, Callback<QList<RoleInfo>> done);
    /// SHOW password_encryption ("md5", "scram-sha-256"; "on" of old servers reads as md5).
    void passwordEncryption(QObject *context, Callback<QString> done);
    /// pg_hba_file_rules (Postgres 10+, superuser).
    void hbaRules(QObject *context, Callback<QList<HbaRule>> done);
    /// PGDATA, data_directory and its PG_VERSION file (read with `cat` in the container). Works on a container
    /// whose server is down, from PGDATA alone.
    void dataDirectory(QObject *context, Callback<DataDirectory> done);
    /// The exact row count of every user table in database (count(*) each, in one read-only transaction).
    void tableCounts(const QString &database, QObject *context, Callback<DatabaseRowCounts> done);
    /// tableCounts() for every database pg_dumpall dumps, in the order of databases().
    void allTableCounts(QObject *context, Callback<QList<DatabaseRowCounts>> done);
    /// The extensions installed in database (SELECT extname FROM pg_extension), sorted.
    void extensions(const QString &database, QObject *context, Callback<QStringList> done);
    /// The cluster's install user: the role with oid 10 (initdb's --username, POSTGRES_USER when the image made it).
    void installUser(QObject *context, Callback<QString> done);
    /// version, databases (with each one's extensions), roles, password_encryption, hba rules, the data directory
    /// and the install user.
    void snapshot(QObject *context, Callback<ServerSnapshot> done);
    /// Records the server's current collation version for database (15+): refreshCollationSql(database).
    void refreshCollationVersion(const QString &database, QObject *context, Callback<bool> done);
    /// The version of a client program in the container ("pg_dumpall", "psql"): `PROGRAM --version`.
    void toolVersion(const QString &program, QObject *context, Callback<ServerVersion> done);

    /// Logs in over TCP (`psql -h 127.0.0.1`, the way museum connects, not the trusted local socket) with the
    /// credentials' password. Errors name the cause: login_password_wrong, login_md5_under_scram (the role has an md5
    /// password but the line requires scram-sha-256), login_no_password, login_no_hba_entry, login_rejected,
    /// login_role_missing, login_database_missing, login_no_tcp, server_not_running.
    void testLogin(QObject *context, Callback<LoginCheck> done);

    /// Polls `pg_isready -h 127.0.0.1` (the final server listens on TCP; temporary ones during initdb and upgrades
    /// do not) every intervalMs until it accepts connections or timeoutMs passes. Stops at once when the container
    /// is not running (with its exit code and last log lines).
    void waitUntilReady(int timeoutMs, QObject *context, std::function<void(const Status &)> done,
                        int intervalMs = 500);

    /// Stops every query in flight; their callbacks are not called.
    void cancel();

    // --- pure helpers (tested without docker) -------------------------------------------------------------------

    /// psql -At -F \x1f -R \x1e output → rows of fields. Blank output is no rows.
    static Rows parseRows(const QByteArray &output);
    /// The error for a failed psql run from its last lines: connection refused, starting up, authentication,
    /// missing role or database, an SQL ERROR (with its text), the psql in the container too old.
    static Error describePsqlFailure(const ProcessResult &result, const QString &container);
    /// The first rule a connection would use (nullptr when none matches: "no pg_hba.conf entry").
    static const HbaRule *findHbaRule(const QList<HbaRule> &rules, const QString &database, const QString &user,
                                      const QString &address);
    static QString quoteIdentifier(const QString &name);
    static QString quoteLiteral(const QString &text);
    /// ALTER DATABASE "name" REFRESH COLLATION VERSION; the name always quoted, a " in it doubled.
    static QString refreshCollationSql(const QString &database);
    /// SCRAM-SHA-256 StoredKey (base64) for password with the salt (base64) and iterations of a stored secret.
    static QByteArray scramStoredKey(const QString &password, const QByteArray &saltBase64, int iterations);

    /// The SQL the probe runs for a server of this major version (exposed for tests).
    static QString databasesSql(int major);

private:
    void runPsql(const QStringList &extraArguments, const QString &sql, const QString &database, QObject *context,
                 std::function<void(const ProcessResult &)> done);
    ProcessRunner *createPsql(const QStringList &extraArguments, const QString &sql, const QString &database);
    void withVersion(QObject *context, std::function<void(const Expected<ServerVersion> &)> done);
    void pollReady(QDeadlineTimer deadline, int intervalMs, QObject *context, std::function<void(const Status &)> done);
    void finishLogin(const ProcessResult &login, QObject *context, Callback<LoginCheck> done);
    void checkStoredPassword(LoginCheck check, QObject *context, Callback<LoginCheck> done);
    /// Each database's extensions into snapshot (from index on), then done.
    void snapshotExtensions(std::shared_ptr<ServerSnapshot> snapshot, qsizetype index, QObject *context,
                            Callback<ServerSnapshot> done);

    QPointer<DockerCli> m_docker;
    QString m_container;
    Credentials m_credentials;
    int m_timeoutMs = 10 * 60 * 1000;
    std::optional<ServerVersion> m_version;
    QList<QPointer<ProcessRunner>> m_runners;
    quint64 m_generation = 0; ///< bumped by cancel(): late callbacks of older runs are dropped
};

} // namespace edm

Q_DECLARE_METATYPE(edm::ServerVersion)
