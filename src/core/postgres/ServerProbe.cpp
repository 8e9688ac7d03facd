// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/ServerProbe.h"
#include "core/ErrorCodes.h"

#include "core/docker/DockerCli.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace edm {

namespace {

constexpr char FieldSeparator = '\x1f';
constexpr char RecordSeparator = '\x1e';
constexpr qsizetype CaptureLimit = 64 * 1024 * 1024;
constexpr int ReadyExecTimeoutMs = 20 * 1000;

QString defaultUser(const Credentials &credentials)
{
    return credentials.user.isEmpty() ? QStringLiteral("postgres") : credentials.user;
}

QString defaultDatabase(const Credentials &credentials)
{
    // The official image: POSTGRES_DB defaults to POSTGRES_USER.
    return credentials.database.isEmpty() ? defaultUser(credentials) : credentials.database;
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("t") || value == QLatin1String("true") || value == QLatin1String("on");
}

QString field(const QStringList &row, int index)
{
    return index < row.size() ? row.at(index) : QString();
}

/// SASLprep (RFC 4013) as far as passwords in practice need it: non-ASCII spaces become spaces, characters
/// "commonly mapped to nothing" disappear, NFKC. Postgres does the same before hashing SCRAM secrets.
QString saslPrep(const QString &password)
{
    bool ascii = true;
    for (const QChar c : password) {
        if (c.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return password;
    QString out;
    out.reserve(password.size());
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00a0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x202f || u == 0x205f || u == 0x3000) {
            out.append(u' ');
            continue;
        }
        if (u == 0x00ad || u == 0x034f || u == 0x1806 || (u >= 0x180b && u <= 0x180d) || (u >= 0x200b && u <= 0x200d) ||
            u == 0x2060 || (u >= 0xfe00 && u <= 0xfe0f) || u == 0xfeff) {
            continue;
        }
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_KC);
}

} // namespace

// --- value types -------------------------------------------------------------------------------------------------

ServerVersion ServerVersion::fromNumber(const QString &num, const QString &full)
{
    ServerVersion version;
    bool ok = false;
    const int number = num.trimmed().toInt(&ok);
    if (!ok || number <= 0)
        return version;
    version.number = number;
    version.full = full;
    if (number >= 100000) {
        version.major = number / 10000;
        version.text = QStringLiteral("%1.%2").arg(version.major).arg(number % 10000);
    } else {
        version.major = number / 10000;
        version.text = QStringLiteral("%1.%2.%3").arg(number / 10000).arg((number / 100) % 100).arg(number % 100);
    }
    return version;
}

ServerVersion ServerVersion::fromToolOutput(const QString &output)
{
    static const QRegularExpression pattern(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(output);
    ServerVersion version;
    if (!match.hasMatch())
        return version;
    const int a = match.captured(1).toInt();
    const int b = match.captured(2).toInt();
    const int c = match.captured(3).toInt();
    version.full = output.trimmed();
    if (a >= 10) {
        version.major = a;
        version.number = a * 10000 + b;
        version.text = QStringLiteral("%1.%2").arg(a).arg(b);
    } else {
        version.major = a;
        version.number = a * 10000 + b * 100 + c;
        version.text = QStringLiteral("%1.%2.%3").arg(a).arg(b).arg(c);
    }
    return version;
}

bool DatabaseInfo::collationMismatch() const
{
    return !collationVersion.isEmpty() && !actualCollationVersion.isEmpty() &&
        collationVersion != actualCollationVersion;
}

bool DatabaseInfo::dumpedByPgDumpall() const
{
    return allowConnections && name != QLatin1String("template0");
}

bool HbaRule::matches(const QString &database, const QString &user, const QString &clientAddress) const
{
    if (!error.isEmpty())
        return false;
    if (type != QLatin1String("host") && type != QLatin1String("hostnossl") && type != QLatin1String("hostnogssenc"))
        return false;
    bool databaseOk = false;
    for (const QString &d : databases) {
        if (d == QLatin1String("all") || d == database || (d == QLatin1String("sameuser") && database == user) ||
            (d == QLatin1String("samerole") && database == user)) {
            databaseOk = true;
            break;
        }
    }
    if (!databaseOk)
        return false;
    bool userOk = false;
    for (const QString &u : users) {
        // +group needs membership, which the rules do not show; a group line is taken to apply.
        if (u == QLatin1String("all") || u == user || u.startsWith(u'+')) {
            userOk = true;
            break;
        }
    }
    if (!userOk)
        return false;
    if (address == QLatin1String("all"))
        return true;
    if (clientAddress.isEmpty()) {
        // A client on another host of the compose network: anything but loopback-only lines may apply.
        if (address == QLatin1String("samenet"))
            return true;
        if (address == QLatin1String("samehost") || address == QLatin1String("localhost"))
            return false;
        const QHostAddress net(address);
        if (net.isNull())
            return false; // a host name: cannot be judged here
        return !net.isLoopback();
    }
    const QHostAddress client(clientAddress);
    if (address == QLatin1String("samehost") || address == QLatin1String("localhost"))
        return client.isLoopback();
    if (address == QLatin1String("samenet"))
        return client.isLoopback();
    const QHostAddress net(address);
    if (net.isNull())
        return false;
    int prefix = -1;
    if (!netmask.isEmpty()) {
        const QHostAddress mask(netmask);
        if (mask.protocol() == QAbstractSocket::IPv4Protocol) {
            quint32 bits = mask.toIPv4Address();
            prefix = 0;
            while (bits & 0x80000000u) {
                ++prefix;
                bits <<= 1;
            }
        } else if (mask.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR bytes = mask.toIPv6Address();
            prefix = 0;
            for (int i = 0; i < 16; ++i) {
                quint8 b = bytes[i];
                while (b & 0x80) {
                    ++prefix;
                    b = quint8(b << 1);
                }
                if (bytes[i] != 0xff)
                    break;
            }
        }
    }
    if (prefix < 0)
        prefix = net.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    return client.isInSubnet(net, prefix);
}

QString TableRowCount::qualifiedName() const
{
    if (schema.isEmpty())
        return ServerProbe::quoteIdentifier(table);
    return ServerProbe::quoteIdentifier(schema) + u'.' + ServerProbe::quoteIdentifier(table);
}

qint64 DatabaseRowCounts::rows() const
{
    qint64 sum = 0;
    for (const TableRowCount &t : tables)
        sum += t.rows;
    return sum;
}

qint64 ServerSnapshot::totalSize() const
{
    qint64 sum = 0;
    for (const DatabaseInfo &d : databases) {
        if (d.dumpedByPgDumpall())
            sum += d.sizeBytes;
    }
    return sum;
}

// --- ServerProbe -------------------------------------------------------------------------------------------------

ServerProbe::ServerProbe(DockerCli *docker, QString container, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_docker(docker)
    , m_container(std::move(container))
    , m_credentials(std::move(credentials))
{
}

ServerProbe::~ServerProbe() = default;

QStringList ServerProbe::clientCommand(const QStringList &command) const
{
    if (!m_credentials.password.isEmpty() || m_credentials.passwordFile.isEmpty())
        return command;
    // POSTGRES_PASSWORD_FILE: the password is read inside the container; it never passes through the app.
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("PGPASSWORD=\"$(cat \"$EDM_PGPASSWORD_FILE\")\" && export PGPASSWORD && "
                                      "exec \"$0\" \"$@\"")} +
        command;
}

ExecOptions ServerProbe::clientExecOptions() const
{
    ExecOptions options;
    if (!m_credentials.password.isEmpty())
        options.secretEnvironment.append({QStringLiteral("PGPASSWORD"), m_credentials.password});
    else if (!m_credentials.passwordFile.isEmpty())
        options.environment.append({QStringLiteral("EDM_PGPASSWORD_FILE"), m_credentials.passwordFile});
    return options;
}

QString ServerProbe::user() const
{
    return defaultUser(m_credentials);
}

QString ServerProbe::database() const
{
    return defaultDatabase(m_credentials);
}

ProcessRunner *ServerProbe::createPsql(const QStringList &extraArguments, const QString &sql, const QString &database)
{
    ExecOptions options = clientExecOptions();
    options.interactive = true;
    options.environment.append({QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8")});
    options.stdinData = sql.toUtf8();
    options.captureLimit = CaptureLimit;
    options.timeoutMs = m_timeoutMs;
    QStringList command{QStringLiteral("psql"), QStringLiteral("-X"),
                        QStringLiteral("-q"),   QStringLiteral("-A"),
                        QStringLiteral("-t"),   QStringLiteral("-w"),
                        QStringLiteral("-v"),   QStringLiteral("ON_ERROR_STOP=1"),
                        QStringLiteral("-F"),   QStringLiteral("\u001f"),
                        QStringLiteral("-R"),   QStringLiteral("\u001e"),
                        QStringLiteral("-U"),   defaultUser(m_credentials),
                        QStringLiteral("-d"),   database.isEmpty() ? defaultDatabase(m_credentials) : database};
    command << extraArguments << QStringLiteral("-f") << QStringLiteral("-");
    ProcessRunner *runner = m_docker->exec(m_container, clientCommand(command), options, this);
    // psql's own failures (connection refused, authentication, SQL errors) get their own messages; docker's (daemon
    // down, container not running) keep DockerCli's.
    ProcessSpec spec = runner->spec();
    const auto dockerInterpret = spec.interpretError;
    const QString container = m_container;
    spec.interpretError = [dockerInterpret, container](const ProcessResult &result) {
        Error error = dockerInterpret ? dockerInterpret(result) : Error();
        if (!error.isNull())
            return error;
        return describePsqlFailure(result, container);
    };
    runner->setSpec(spec);
    return runner;
}

void ServerProbe::runPsql(const QStringList &extraArguments, const QString &sql, const QString &database,
                          QObject *context, std::function<void(const ProcessResult &)> done)
{
    QObject *receiver = context ? context : this;
    if (!m_docker) {
        QTimer::singleShot(0, receiver, [done] {
            ProcessResult result;
            result.outcome = ProcessResult::Outcome::FailedToStart;
            result.error = Error(ErrorCode::Internal, QStringLiteral("ServerProbe: no DockerCli"));
            done(result);
        });
        return;
    }
    ProcessRunner *runner = createPsql(extraArguments, sql, database);
    m_runners.append(runner);
    const quint64 generation = m_generation;
    connect(runner, &ProcessRunner::finished, receiver, [this, runner, generation, done](const ProcessResult &r) {
        runner->deleteLater();
        m_runners.removeAll(runner);
        if (generation != m_generation)
            return;
        done(r);
    });
    runner->start();
}

void ServerProbe::cancel()
{
    ++m_generation;
    const QList<QPointer<ProcessRunner>> runners = std::exchange(m_runners, {});
    for (const QPointer<ProcessRunner> &runner : runners) {
        if (runner) {
            runner->cancel();
            runner->deleteLater();
        }
    }
}

void ServerProbe::query(const QString &sql, QObject *context, Callback<Rows> done, const QString &database)
{
    runPsql({}, sql, database, context, [done](const ProcessResult &result) {
        if (!result.ok())
            return done(result.error);
        done(parseRows(result.standardOutput));
    });
}

void ServerProbe::withVersion(QObject *context, std::function<void(const Expected<ServerVersion> &)> done)
{
    if (m_version)
        return done(*m_version);
    serverVersion(context, done);
}

void ServerProbe::serverVersion(QObject *context, Callback<ServerVersion> done)
{
    query(QStringLiteral("SELECT current_setting('server_version_num'), version();\n"), context,
          [this, done](const Expected<Rows> &rows) {
              if (!rows)
                  return done(rows.error());
              const QStringList row = rows->value(0);
              const ServerVersion version = ServerVersion::fromNumber(field(row, 0), field(row, 1));
              if (!version.isValid()) {
                  return done(Error(ErrorCode::ProbeUnexpectedOutput,
                                    trText("The server in %1 answered its version with something unexpected (\"%2\").")
                                        .arg(m_container, row.join(u' '))));
              }
              m_version = version;
              done(version);
          });
}

QString ServerProbe::databasesSql(int major)
{
    QString sql = QStringLiteral(
        "SELECT d.datname,\n"
        "       CASE WHEN has_database_privilege(d.oid, 'CONNECT') OR pg_has_role('pg_read_all_stats', 'MEMBER')\n"
        "            THEN pg_database_size(d.oid) ELSE 0 END,\n"
        "       pg_encoding_to_char(d.encoding), d.datcollate, d.datctype, d.datallowconn, d.datistemplate");
    if (major >= 15) {
        sql += QStringLiteral(
            ",\n       CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin'\n"
            "            ELSE d.datlocprovider::text END,\n");
        sql += major >= 17 ? QStringLiteral("       coalesce(d.datlocale, ''),\n")
                           : QStringLiteral("       coalesce(d.daticulocale, ''),\n");
        sql += QStringLiteral("       coalesce(d.datcollversion, ''),\n"
                              "       coalesce(pg_database_collation_actual_version(d.oid), '')");
    }
    sql += QStringLiteral("\nFROM pg_database d ORDER BY d.datname;\n");
    return sql;
}

void ServerProbe::databases(QObject *context, Callback<QList<DatabaseInfo>> done)
{
    withVersion(context, [this, context, done](const Expected<ServerVersion> &version) {
        if (!version)
            return done(version.error());
        // pg_read_all_stats exists from Postgres 10 on.
        QString sql = databasesSql(version->major);
        if (version->major < 10)
            sql.replace(QStringLiteral(" OR pg_has_role('pg_read_all_stats', 'MEMBER')"), QString());
        query(sql, context, [done](const Expected<Rows> &rows) {
            if (!rows)
                return done(rows.error());
            QList<DatabaseInfo> list;
            for (const QStringList &row : *rows) {
                DatabaseInfo info;
                info.name = field(row, 0);
                info.sizeBytes = field(row, 1).toLongLong();
                info.encoding = field(row, 2);
                info.collate = field(row, 3);
                info.ctype = field(row, 4);
                info.allowConnections = isTrue(field(row, 5));
                info.isTemplate = isTrue(field(row, 6));
                info.localeProvider = field(row, 7);
                info.icuLocale = field(row, 8);
                info.collationVersion = field(row, 9);
                info.actualCollationVersion = field(row, 10);
                list.append(info);
            }
            done(list);
        });
    });
}

void ServerProbe::roles(QObject *context, Callback<QList<RoleInfo>> done)
{
    const auto parse = [](const Rows &rows) {
        QList<RoleInfo> list;
        for (const QStringList &row : rows) {
            RoleInfo role;
            role.name = field(row, 0);
            role.canLogin = isTrue(field(row, 1));
            role.superuser = isTrue(field(row, 2));
            role.password = passwordKindFromName(field(row, 3));
            list.append(role);
        }
        return list;
    };
    // Only the kind of the password leaves the server, never the hash.
    const QString authid = QStringLiteral("SELECT rolname, rolcanlogin, rolsuper,\n"
                                          "       CASE WHEN rolpassword IS NULL THEN 'none'\n"
                                          "            WHEN rolpassword ~ '^md5[0-9a-f]{32}$' THEN 'md5'\n"
                                          "            WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'\n"
                                          "            ELSE 'plain' END\n"
                                          "FROM pg_authid WHERE rolname !~ '^pg_' ORDER BY rolname;\n");
    const QString roles = QStringLiteral("SELECT rolname, rolcanlogin, rolsuper, 'unknown'\n"
                                         "FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY rolname;\n");
    query(authid, context, [this, context, done, parse, roles](const Expected<Rows> &rows) {
        if (rows)
            return done(parse(*rows));
        if (!rows.error().message.toString().contains(QLatin1String("permission denied")))
            return done(rows.error());
        // Not a superuser: names and attributes without the password kind.
        query(roles, context, [done, parse](const Expected<Rows> &plain) {
            if (!plain)
                return done(plain.error());
            done(parse(*plain));
        });
    });
}

void ServerProbe::passwordEncryption(QObject *context, Callback<QString> done)
{
    query(QStringLiteral("SELECT 1, current_setting('password_encryption');\n"), context,
          [done](const Expected<Rows> &rows) {
              if (!rows)
                  return done(rows.error());
              QString value = field(rows->value(0), 1);
              if (value == QLatin1String("on") || value == QLatin1String("true"))
                  value = QStringLiteral("md5"); // Postgres ≤ 13 accepted on/off; on meant md5
              done(value);
          });
}

void ServerProbe::hbaRules(QObject *context, Callback<QList<HbaRule>> done)
{
    withVersion(context, [this, context, done](const Expected<ServerVersion> &version) {
        if (!version)
            return done(version.error());
        if (version->major < 10) {
            return done(Error(ErrorCode::ProbeUnsupported,
                              trText("Postgres %1 cannot list its pg_hba.conf rules (pg_hba_file_rules came with 10).")
                                  .arg(version->text)));
        }
        const QString sql = QStringLiteral(
            "SELECT line_number, type, array_to_string(database, chr(29)), array_to_string(user_name, chr(29)),\n"
            "       coalesce(address, ''), coalesce(netmask, ''), coalesce(auth_method, ''), coalesce(error, '')\n"
            "FROM pg_hba_file_rules ORDER BY line_number;\n");
        query(sql, context, [done](const Expected<Rows> &rows) {
            if (!rows)
                return done(rows.error());
            QList<HbaRule> list;
            for (const QStringList &row : *rows) {
                HbaRule rule;
                rule.line = field(row, 0).toInt();
                rule.type = field(row, 1);
                rule.databases = field(row, 2).split(QChar(0x1d), Qt::SkipEmptyParts);
                rule.users = field(row, 3).split(QChar(0x1d), Qt::SkipEmptyParts);
                rule.address = field(row, 4);
                rule.netmask = field(row, 5);
                rule.method = field(row, 6);
                rule.error = field(row, 7);
                list.append(rule);
            }
            done(list);
        });
    });
}

void ServerProbe::dataDirectory(QObject *context, Callback<DataDirectory> done)
{
    QObject *receiver = context ? context : this;
    if (!m_docker)
        return done(Error(ErrorCode::Internal, QStringLiteral("ServerProbe: no DockerCli")));
    ExecOptions options;
    options.interactive = false;
    options.captureLimit = 64 * 1024;
    options.timeoutMs = ReadyExecTimeoutMs;
    ProcessRunner *env =
        m_docker->exec(m_container, {QStringLiteral("printenv"), QStringLiteral("PGDATA")}, options, this);
    m_runners.append(env);
    const quint64 generation = m_generation;
    connect(env, &ProcessRunner::finished, receiver,
            [this, env, generation, context, receiver, done, options](const ProcessResult &result) {
                env->deleteLater();
                m_runners.removeAll(env);
                if (generation != m_generation)
                    return;
                // printenv exits 1 when the variable is not set; the image's default then applies.
                if (!result.ok() && result.outcome != ProcessResult::Outcome::ExitCode)
                    return done(result.error);
                if (!result.ok() && result.exitCode != 1)
                    return done(result.error);
                auto data = std::make_shared<DataDirectory>();
                data->pgdataEnvironment = QString::fromUtf8(result.standardOutput).trimmed();
                query(QStringLiteral("SELECT 1, current_setting('data_directory');\n"), context,
                      [this, data, receiver, done, options, generation](const Expected<Rows> &rows) {
                          if (rows)
                              data->dataDirectory = field(rows->value(0), 1);
                          const QString dir =
                              data->path().isEmpty() ? QStringLiteral("/var/lib/postgresql/data") : data->path();
                          ProcessRunner *cat = m_docker->exec(
                              m_container, {QStringLiteral("cat"), dir + QStringLiteral("/PG_VERSION")}, options, this);
                          m_runners.append(cat);
                          connect(cat, &ProcessRunner::finished, receiver,
                                  [this, cat, data, done, dir, generation](const ProcessResult &r) {
                                      cat->deleteLater();
                                      m_runners.removeAll(cat);
                                      if (generation != m_generation)
                                          return;
                                      if (!r.ok()) {
                                          if (r.outcome == ProcessResult::Outcome::ExitCode &&
                                              r.error.code.startsWith(QLatin1String("process_"))) {
                                              return done(Error(
                                                  ErrorCode::NoPgVersion,
                                                  trText("The data directory %1 in %2 holds no PG_VERSION file: it is "
                                                         "empty or not a Postgres data directory (is PGDATA set to a "
                                                         "sub-folder of the volume?).")
                                                      .arg(dir, m_container)));
                                          }
                                          return done(r.error);
                                      }
                                      data->pgVersion = QString::fromUtf8(r.standardOutput).trimmed();
                                      data->major = data->pgVersion.section(u'.', 0, 0).toInt();
                                      if (data->dataDirectory.isEmpty() && data->pgdataEnvironment.isEmpty())
                                          data->dataDirectory = dir;
                                      done(*data);
                                  });
                          cat->start();
                      });
            });
    env->start();
}

void ServerProbe::tableCounts(const QString &database, QObject *context, Callback<DatabaseRowCounts> done)
{
    // Ordinary tables (partitions included: pg_dump copies each partition's rows, not the parent's), no temporary
    // tables, none of an extension's.
    const QString list =
        QStringLiteral("SELECT n.nspname, c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname)\n"
                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
                       "WHERE c.relkind = 'r' AND c.relpersistence <> 't'\n"
                       "  AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
                       "  AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp_'\n"
                       "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass\n"
                       "                  AND d.objid = c.oid AND d.deptype = 'e')\n"
                       "ORDER BY 1, 2;\n");
    query(
        list, context,
        [this, database, context, done](const Expected<Rows> &tables) {
            if (!tables)
                return done(tables.error());
            auto counts = std::make_shared<DatabaseRowCounts>();
            counts->database = database;
            if (tables->isEmpty())
                return done(*counts);
            QStringList selects;
            for (int i = 0; i < tables->size(); ++i) {
                const QStringList &row = tables->at(i);
                counts->tables.append({field(row, 0), field(row, 1), 0});
                selects.append(QStringLiteral("SELECT %1, count(*) FROM %2").arg(i).arg(field(row, 2)));
            }
            const QString sql = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n") +
                selects.join(QStringLiteral("\nUNION ALL ")) + QStringLiteral(";\nCOMMIT;\n");
            query(
                sql, context,
                [counts, done](const Expected<Rows> &rows) {
                    if (!rows)
                        return done(rows.error());
                    for (const QStringList &row : *rows) {
                        const int index = field(row, 0).toInt();
                        if (index >= 0 && index < counts->tables.size())
                            counts->tables[index].rows = field(row, 1).toLongLong();
                    }
                    done(*counts);
                },
                database);
        },
        database);
}

void ServerProbe::allTableCounts(QObject *context, Callback<QList<DatabaseRowCounts>> done)
{
    databases(context, [this, context, done](const Expected<QList<DatabaseInfo>> &list) {
        if (!list)
            return done(list.error());
        auto names = std::make_shared<QStringList>();
        for (const DatabaseInfo &d : *list) {
            if (d.dumpedByPgDumpall())
                names->append(d.name);
        }
        auto result = std::make_shared<QList<DatabaseRowCounts>>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, context, done, names, result, next] {
            if (result->size() == names->size()) {
                done(*result);
                *next = nullptr; // break the cycle
                return;
            }
            tableCounts(names->at(result->size()), context,
                        [done, result, next](const Expected<DatabaseRowCounts> &counts) {
                            if (!counts) {
                                done(counts.error());
                                *next = nullptr;
                                return;
                            }
                            result->append(*counts);
                            (*next)();
                        });
        };
        (*next)();
    });
}

void ServerProbe::snapshot(QObject *context, Callback<ServerSnapshot> done)
{
    auto snap = std::make_shared<ServerSnapshot>();
    serverVersion(context, [this, context, done, snap](const Expected<ServerVersion> &version) {
        if (!version)
            return done(version.error());
        snap->version = *version;
        databases(context, [this, context, done, snap](const Expected<QList<DatabaseInfo>> &dbs) {
            if (!dbs)
                return done(dbs.error());
            snap->databases = *dbs;
            roles(context, [this, context, done, snap](const Expected<QList<RoleInfo>> &roleList) {
                if (roleList)
                    snap->roles = *roleList;
                else
                    snap->warnings.append(trText("The roles could not be listed: %1").arg(roleList.error().message));
                passwordEncryption(context, [this, context, done, snap](const Expected<QString> &encryption) {
                    if (encryption)
                        snap->passwordEncryption = *encryption;
                    hbaRules(context, [this, context, done, snap](const Expected<QList<HbaRule>> &rules) {
                        if (rules)
                            snap->hbaRules = *rules;
                        else
                            snap->warnings.append(
                                trText("The pg_hba.conf rules could not be read: %1").arg(rules.error().message));
                        dataDirectory(context, [this, context, done, snap](const Expected<DataDirectory> &data) {
                            if (data)
                                snap->dataDirectory = *data;
                            else
                                snap->warnings.append(data.error().message);
                            installUser(context, [this, context, done, snap](const Expected<QString> &user) {
                                if (user)
                                    snap->installUser = *user;
                                else
                                    snap->warnings.append(trText("The cluster's install user could not be read: %1")
                                                              .arg(user.error().message));
                                snapshotExtensions(snap, 0, context, done);
                            });
                        });
                    });
                });
            });
        });
    });
}

void ServerProbe::toolVersion(const QString &program, QObject *context, Callback<ServerVersion> done)
{
    QObject *receiver = context ? context : this;
    if (!m_docker)
        return done(Error(ErrorCode::Internal, QStringLiteral("ServerProbe: no DockerCli")));
    ExecOptions options;
    options.interactive = false;
    options.captureLimit = 64 * 1024;
    options.timeoutMs = ReadyExecTimeoutMs;
    ProcessRunner *runner = m_docker->exec(m_container, {program, QStringLiteral("--version")}, options, this);
    m_runners.append(runner);
    const quint64 generation = m_generation;
    connect(runner, &ProcessRunner::finished, receiver,
            [this, runner, generation, done, program](const ProcessResult &result) {
                runner->deleteLater();
                m_runners.removeAll(runner);
                if (generation != m_generation)
                    return;
                if (!result.ok())
                    return done(result.error);
                const ServerVersion version = ServerVersion::fromToolOutput(QString::fromUtf8(result.standardOutput));
                if (!version.isValid()) {
                    return done(
                        Error(ErrorCode::ProbeUnexpectedOutput,
                              trText("\"%1 --version\" in %2 printed no version (\"%3\").")
                                  .arg(program, m_container, QString::fromUtf8(result.standardOutput.trimmed()))));
                }
                done(version);
            });
    runner->start();
}

// --- login -------------------------------------------------------------------------------------------------------

void ServerProbe::testLogin(QObject *context, Callback<LoginCheck> done)
{
    const QString sql = QStringLiteral("SELECT 1, current_user;\n");
    runPsql({QStringLiteral("-h"), QStringLiteral("127.0.0.1")}, sql, {}, context,
            [this, context, done](const ProcessResult &result) { finishLogin(result, context, done); });
}

void ServerProbe::finishLogin(const ProcessResult &login, QObject *context, Callback<LoginCheck> done)
{
    auto check = std::make_shared<LoginCheck>();
    check->user = defaultUser(m_credentials);
    check->database = defaultDatabase(m_credentials);
    // The rules and the role's password kind explain a failure and tell what museum would meet; they come over the
    // trusted local socket.
    hbaRules(context, [this, context, done, check, login](const Expected<QList<HbaRule>> &rules) {
        QList<HbaRule> ruleList;
        if (rules)
            ruleList = *rules;
        if (const HbaRule *local = findHbaRule(ruleList, check->database, check->user, QStringLiteral("127.0.0.1"))) {
            check->localMethod = local->method;
            check->localRuleLine = local->line;
        }
        if (const HbaRule *remote = findHbaRule(ruleList, check->database, check->user, QString())) {
            check->remoteMethod = remote->method;
            check->remoteRuleLine = remote->line;
        }
        roles(context,
              [this, context, done, check, login, rulesRead = bool(rules)](const Expected<QList<RoleInfo>> &roleList) {
                  if (roleList) {
                      for (const RoleInfo &role : *roleList) {
                          if (role.name == check->user)
                              check->password = role.password;
                      }
                  }
                  const QString user = check->user;
                  const QString local = check->localMethod;
                  const bool localNeedsPassword = local == QLatin1String("md5") ||
                      local == QLatin1String("scram-sha-256") || local == QLatin1String("password");
                  if (!login.ok()) {
                      Error error = login.error;
                      const QString text = login.lastErrorLines.join(u'\n');
                      if (text.contains(QLatin1String("password authentication failed"))) {
                          if (local == QLatin1String("scram-sha-256") && check->password == PasswordKind::Md5) {
                              error = Error(
                                  ErrorCode::LoginMd5UnderScram,
                                  trText("%1 cannot log in over TCP: its password is stored as an md5 hash, but "
                                         "pg_hba.conf (line %2) requires scram-sha-256, which needs a SCRAM secret. "
                                         "Set the password again while password_encryption is scram-sha-256 (ALTER "
                                         "ROLE %1 PASSWORD '…'), or change that line's method to md5.")
                                      .arg(user)
                                      .arg(check->localRuleLine));
                          } else {
                              error = Error(
                                  ErrorCode::LoginPasswordWrong,
                                  trText("%1 cannot log in over TCP: the password in the compose file is not the one "
                                         "stored for the role (checked with %2). Put the right password in the "
                                         "compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD "
                                         "'…').")
                                      .arg(user, local.isEmpty() ? trText("a password method") : Text(local)));
                          }
                      } else if (text.contains(QLatin1String("no password supplied"))) {
                          error = Error(
                              ErrorCode::LoginNoPassword,
                              trText("%1 cannot log in over TCP: the server asks for a password (%2) and the compose "
                                     "file sets none (POSTGRES_PASSWORD).")
                                  .arg(user, local.isEmpty() ? trText("password") : Text(local)));
                      } else if (text.contains(QLatin1String("no pg_hba.conf entry"))) {
                          error = Error(
                              ErrorCode::LoginNoHbaEntry,
                              trText("%1 cannot log in over TCP: no line of pg_hba.conf allows it. Add a host line "
                                     "for it (the official image adds \"host all all all scram-sha-256\").")
                                  .arg(user));
                      } else if (error.code == ErrorCode::AuthRejected) {
                          error.code = ErrorCode::LoginRejected;
                      } else if (error.code == ErrorCode::RoleMissing) {
                          error.code = ErrorCode::LoginRoleMissing;
                      } else if (error.code == ErrorCode::DatabaseMissing) {
                          error.code = ErrorCode::LoginDatabaseMissing;
                      } else if (text.contains(QLatin1String("Connection refused"))) {
                          error = Error(
                              ErrorCode::LoginNoTcp,
                              trText("The server in %1 does not listen on TCP (127.0.0.1), so museum cannot reach it "
                                     "either. Check listen_addresses in postgresql.conf (the official image sets "
                                     "'*').")
                                  .arg(m_container));
                      }
                      return done(error);
                  }
                  check->passwordCheckedByLogin = localNeedsPassword;
                  if (!rulesRead)
                      check->warnings.append(
                          trText("The pg_hba.conf rules could not be read, so it is unknown whether this "
                                 "login checked the password."));
                  if (check->remoteMethod.isEmpty() && rulesRead) {
                      check->warnings.append(
                          trText("No line of pg_hba.conf lets a client on another host (museum on the compose "
                                 "network) log in as %1.")
                              .arg(user));
                  }
                  if (check->remoteMethod == QLatin1String("scram-sha-256") && check->password == PasswordKind::Md5) {
                      return done(
                          Error(ErrorCode::LoginMd5UnderScram,
                                trText("%1 logs in over 127.0.0.1 (trusted), but museum will be refused: the password "
                                       "is stored as an md5 hash and pg_hba.conf (line %2) requires scram-sha-256 for "
                                       "other hosts. Set the password again while password_encryption is "
                                       "scram-sha-256 (ALTER ROLE %1 PASSWORD '…'), or change that line to md5.")
                                    .arg(user)
                                    .arg(check->remoteRuleLine)));
                  }
                  if (check->passwordCheckedByLogin || m_credentials.password.isEmpty())
                      return done(*check);
                  checkStoredPassword(*check, context, done);
              });
    });
}

void ServerProbe::checkStoredPassword(LoginCheck check, QObject *context, Callback<LoginCheck> done)
{
    const QString user = quoteLiteral(check.user);
    const auto conclude = [this, done](LoginCheck c, const Expected<Rows> &rows) {
        if (!rows) {
            c.warnings.append(
                trText("The password could not be compared with the stored one: %1").arg(rows.error().message));
            return done(c);
        }
        if (rows->isEmpty())
            return done(c);
        c.passwordMatches = isTrue(field(rows->value(0), 1));
        if (!*c.passwordMatches) {
            return done(
                Error(ErrorCode::LoginPasswordWrong,
                      trText("%1 logs in over 127.0.0.1 only because that address is trusted: the password in the "
                             "compose file is not the one stored for the role (%2), so museum will be refused. "
                             "Put the right password in the compose file or .env, or set it in the database "
                             "(ALTER ROLE %1 PASSWORD '…').")
                          .arg(c.user, passwordKindName(c.password))));
        }
        done(c);
    };
    if (check.password == PasswordKind::Md5) {
        // The comparison happens in the server; only true or false comes back.
        const QString sql =
            QStringLiteral("SELECT 1, rolpassword = 'md5' || md5(%1 || rolname) FROM pg_authid WHERE rolname = %2;\n")
                .arg(quoteLiteral(m_credentials.password), user);
        query(sql, context, [check, conclude](const Expected<Rows> &rows) { conclude(check, rows); });
        return;
    }
    if (check.password == PasswordKind::Scram) {
        // The salt and iteration count are public (the server sends them to any client); the stored key is compared
        // in the server.
        const QString sql = QStringLiteral("SELECT 1, split_part(rolpassword, '$', 2) FROM pg_authid "
                                           "WHERE rolname = %1;\n")
                                .arg(user);
        query(sql, context, [this, check, context, conclude, user](const Expected<Rows> &rows) {
            if (!rows || rows->isEmpty())
                return conclude(check, rows);
            const QString parameters = field(rows->value(0), 1);
            const int iterations = parameters.section(u':', 0, 0).toInt();
            const QByteArray salt = parameters.section(u':', 1).toLatin1();
            if (iterations <= 0 || salt.isEmpty())
                return conclude(check, Rows{});
            const QByteArray storedKey = scramStoredKey(m_credentials.password, salt, iterations);
            const QString compare =
                QStringLiteral("SELECT 1, split_part(split_part(rolpassword, '$', 3), ':', 1) = %1 FROM pg_authid "
                               "WHERE rolname = %2;\n")
                    .arg(quoteLiteral(QString::fromLatin1(storedKey)), user);
            query(compare, context, [check, conclude](const Expected<Rows> &r) { conclude(check, r); });
        });
        return;
    }
    done(check);
}

void ServerProbe::extensions(const QString &database, QObject *context, Callback<QStringList> done)
{
    query(
        QStringLiteral("SELECT extname FROM pg_extension ORDER BY extname;\n"), context,
        [done](const Expected<Rows> &rows) {
            if (!rows)
                return done(rows.error());
            QStringList names;
            for (const QStringList &row : *rows)
                names.append(field(row, 0));
            done(names);
        },
        database);
}

void ServerProbe::installUser(QObject *context, Callback<QString> done)
{
    query(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10;\n"), context,
          [done](const Expected<Rows> &rows) {
              if (!rows)
                  return done(rows.error());
              done(field(rows->value(0), 0));
          });
}

void ServerProbe::snapshotExtensions(std::shared_ptr<ServerSnapshot> snapshot, qsizetype index, QObject *context,
                                     Callback<ServerSnapshot> done)
{
    // One database after the other, as pg_dumpall visits them; template0 accepts no connections.
    while (index < snapshot->databases.size() && !snapshot->databases.at(index).dumpedByPgDumpall())
        ++index;
    if (index >= snapshot->databases.size())
        return done(*snapshot);
    const QString name = snapshot->databases.at(index).name;
    extensions(name, context, [this, snapshot, index, context, done, name](const Expected<QStringList> &list) {
        if (list)
            snapshot->databases[index].extensions = *list;
        else
            snapshot->warnings.append(
                trText("The extensions of the database %1 could not be listed: %2").arg(name, list.error().message));
        snapshotExtensions(snapshot, index + 1, context, done);
    });
}

void ServerProbe::refreshCollationVersion(const QString &database, QObject *context, Callback<bool> done)
{
    query(refreshCollationSql(database) + u'\n', context, [done](const Expected<Rows> &rows) {
        if (!rows)
            return done(rows.error());
        done(true);
    });
}

// --- readiness ---------------------------------------------------------------------------------------------------

void ServerProbe::waitUntilReady(int timeoutMs, QObject *context, std::function<void(const Status &)> done,
                                 int intervalMs)
{
    pollReady(QDeadlineTimer(timeoutMs), qMax(50, intervalMs), context, std::move(done));
}

void ServerProbe::pollReady(QDeadlineTimer deadline, int intervalMs, QObject *context,
                            std::function<void(const Status &)> done)
{
    QObject *receiver = context ? context : this;
    if (!m_docker)
        return done(Error(ErrorCode::Internal, QStringLiteral("ServerProbe: no DockerCli")));
    ExecOptions options;
    options.interactive = false;
    options.timeoutMs = ReadyExecTimeoutMs;
    const QStringList command{QStringLiteral("pg_isready"),   QStringLiteral("-h"),       QStringLiteral("127.0.0.1"),
                              QStringLiteral("-U"),           defaultUser(m_credentials), QStringLiteral("-d"),
                              defaultDatabase(m_credentials), QStringLiteral("-t"),       QStringLiteral("5")};
    ProcessRunner *runner = m_docker->exec(m_container, command, options, this);
    m_runners.append(runner);
    const quint64 generation = m_generation;
    connect(
        runner, &ProcessRunner::finished, receiver,
        [this, runner, generation, deadline, intervalMs, context, receiver, done](const ProcessResult &result) {
            runner->deleteLater();
            m_runners.removeAll(runner);
            if (generation != m_generation)
                return;
            if (result.ok())
                return done(Status());
            const QString code = result.error.code;
            if (code == ErrorCode::ContainerNotRunning || code == ErrorCode::NoSuchContainer) {
                m_docker->explainContainer(m_container, receiver, [this, done, result](const Error &why) {
                    if (!why.isNull())
                        return done(why);
                    done(result.error);
                });
                return;
            }
            // pg_isready: 1 rejecting (starting up), 2 no response, 3 no attempt (bad parameters).
            const bool waiting =
                result.outcome == ProcessResult::Outcome::ExitCode && (result.exitCode == 1 || result.exitCode == 2);
            if (!waiting && result.outcome != ProcessResult::Outcome::Timeout)
                return done(result.error);
            const Text state = result.exitCode == 1 ? trText("the server is starting and rejects connections")
                                                    : trText("no server answers on 127.0.0.1");
            if (deadline.hasExpired()) {
                return done(Error(ErrorCode::ServerNotReady,
                                  trText("Postgres in %1 did not accept connections in time (%2). Its log says why: "
                                         "docker logs %1")
                                      .arg(m_container, state)));
            }
            QTimer::singleShot(intervalMs, receiver, [this, deadline, intervalMs, context, done] {
                pollReady(deadline, intervalMs, context, done);
            });
        });
    runner->start();
}

// --- pure helpers ------------------------------------------------------------------------------------------------

ServerProbe::Rows ServerProbe::parseRows(const QByteArray &output)
{
    Rows rows;
    QByteArray text = output;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.isEmpty())
        return rows;
    const QList<QByteArray> records = text.split(RecordSeparator);
    rows.reserve(records.size());
    for (const QByteArray &record : records) {
        QStringList fields;
        for (const QByteArray &value : record.split(FieldSeparator))
            fields.append(QString::fromUtf8(value));
        rows.append(fields);
    }
    return rows;
}

Error ServerProbe::describePsqlFailure(const ProcessResult &result, const QString &container)
{
    if (result.outcome != ProcessResult::Outcome::ExitCode)
        return {};
    const QStringList &lines = result.lastErrorLines;
    const QString text = lines.join(u'\n');
    const auto with = [&lines](const QString &message) {
        QStringList relevant = lines;
        if (relevant.size() > 6)
            relevant = relevant.mid(relevant.size() - 6);
        return relevant.isEmpty() ? message : message + u'\n' + relevant.join(u'\n');
    };
    static const QRegularExpression mismatch(
        QStringLiteral("server version: ([0-9][0-9.]*)[^;]*; (pg_dumpall|pg_dump|psql) version: ([0-9][0-9.]*)"));
    if (text.contains(QLatin1String("aborting because of server version mismatch"))) {
        const QRegularExpressionMatch m = mismatch.match(text);
        const Text server = m.hasMatch() ? Text(m.captured(1)) : trText("newer");
        const QString tool = m.hasMatch() ? m.captured(2) : QStringLiteral("pg_dumpall");
        const Text toolVersion = m.hasMatch() ? Text(m.captured(3)) : trText("older");
        return Error(
            ErrorCode::DumpToolTooOld,
            with(trText("The %1 inside the container %2 (version %3) is older than the server (%4) and refuses "
                        "to dump it. A server's backup needs a %1 of its own major version or newer: the "
                        "official postgres image of that version has one. Check the image of the service.")
                     .arg(tool, container, toolVersion, server)));
    }
    if (text.contains(QLatin1String("the database system is starting up")) ||
        text.contains(QLatin1String("the database system is shutting down")) ||
        text.contains(QLatin1String("the database system is in recovery mode")) ||
        text.contains(QLatin1String("the database system is not yet accepting connections"))) {
        return Error(ErrorCode::ServerStarting,
                     with(trText("Postgres in %1 is starting up or shutting down and does not accept connections yet. "
                                 "Wait until it is ready, then try again.")
                              .arg(container)));
    }
    if (text.contains(QLatin1String("password authentication failed"))) {
        return Error(
            ErrorCode::AuthFailed,
            with(trText("Postgres in %1 refused the password from the compose file. Check POSTGRES_PASSWORD in "
                        "the compose file or .env.")
                     .arg(container)));
    }
    if (text.contains(QLatin1String("no password supplied"))) {
        return Error(
            ErrorCode::AuthNoPassword,
            with(trText("Postgres in %1 asks for a password and the compose file sets none (POSTGRES_PASSWORD).")
                     .arg(container)));
    }
    if (text.contains(QLatin1String("no pg_hba.conf entry")) || text.contains(QLatin1String("pg_hba.conf rejects"))) {
        return Error(ErrorCode::AuthRejected,
                     with(trText("Postgres in %1 does not let this user in (pg_hba.conf).").arg(container)));
    }
    static const QRegularExpression role(QStringLiteral("role \"([^\"]+)\" does not exist"));
    if (const QRegularExpressionMatch m = role.match(text); m.hasMatch() && text.contains(QLatin1String("FATAL"))) {
        return Error(ErrorCode::RoleMissing,
                     with(trText("Postgres in %1 has no role \"%2\". Is POSTGRES_USER in the compose file the user the "
                                 "data was created with?")
                              .arg(container, m.captured(1))));
    }
    static const QRegularExpression database(QStringLiteral("database \"([^\"]+)\" does not exist"));
    if (const QRegularExpressionMatch m = database.match(text); m.hasMatch() && text.contains(QLatin1String("FATAL"))) {
        return Error(ErrorCode::DatabaseMissing,
                     with(trText("Postgres in %1 has no database \"%2\". Is POSTGRES_DB in the compose file right?")
                              .arg(container, m.captured(1))));
    }
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("Is the server running")) ||
        text.contains(QLatin1String("could not connect to server"))) {
        return Error(ErrorCode::ServerNotRunning,
                     with(trText("Postgres in %1 does not accept connections: the container runs, but the server in it "
                                 "does not (yet). Its log says why: docker logs %1")
                              .arg(container)));
    }
    static const QRegularExpression sqlError(QStringLiteral("(?:^|\\n)(?:psql:[^:]*:(\\d+): )?ERROR:\\s+([^\\n]*)"));
    if (const QRegularExpressionMatch m = sqlError.match(text); m.hasMatch()) {
        return Error(ErrorCode::SqlError,
                     with(trText("Postgres in %1 reported an error: %2").arg(container, m.captured(2))), QString(),
                     m.captured(1).toInt());
    }
    return {};
}

const HbaRule *ServerProbe::findHbaRule(const QList<HbaRule> &rules, const QString &database, const QString &user,
                                        const QString &address)
{
    for (const HbaRule &rule : rules) {
        if (rule.matches(database, user, address))
            return &rule;
    }
    return nullptr;
}

QString ServerProbe::quoteIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    // Lower-case words are only safe unquoted when they are not keywords; quoting is always correct.
    if (plain.match(name).hasMatch()) {
        static const QStringList reserved{
            QStringLiteral("all"),      QStringLiteral("analyse"),    QStringLiteral("analyze"),
            QStringLiteral("and"),      QStringLiteral("any"),        QStringLiteral("array"),
            QStringLiteral("as"),       QStringLiteral("asc"),        QStringLiteral("both"),
            QStringLiteral("case"),     QStringLiteral("cast"),       QStringLiteral("check"),
            QStringLiteral("collate"),  QStringLiteral("column"),     QStringLiteral("constraint"),
            QStringLiteral("create"),   QStringLiteral("default"),    QStringLiteral("desc"),
            QStringLiteral("distinct"), QStringLiteral("do"),         QStringLiteral("else"),
            QStringLiteral("end"),      QStringLiteral("except"),     QStringLiteral("false"),
            QStringLiteral("for"),      QStringLiteral("foreign"),    QStringLiteral("from"),
            QStringLiteral("grant"),    QStringLiteral("group"),      QStringLiteral("having"),
            QStringLiteral("in"),       QStringLiteral("limit"),      QStringLiteral("not"),
            QStringLiteral("null"),     QStringLiteral("offset"),     QStringLiteral("on"),
            QStringLiteral("only"),     QStringLiteral("or"),         QStringLiteral("order"),
            QStringLiteral("primary"),  QStringLiteral("references"), QStringLiteral("select"),
            QStringLiteral("table"),    QStringLiteral("then"),       QStringLiteral("to"),
            QStringLiteral("true"),     QStringLiteral("union"),      QStringLiteral("unique"),
            QStringLiteral("user"),     QStringLiteral("using"),      QStringLiteral("when"),
            QStringLiteral("where"),    QStringLiteral("with"),       QStringLiteral("window")};
        if (!reserved.contains(name))
            return name;
    }
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString ServerProbe::quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    if (quoted.contains(u'\\')) {
        quoted.replace(u'\\', QLatin1String("\\\\"));
        return QStringLiteral("E'") + quoted + u'\'';
    }
    return u'\'' + quoted + u'\'';
}

QString ServerProbe::refreshCollationSql(const QString &database)
{
    QString quoted = database;
    quoted.replace(u'"', QLatin1String("\"\""));
    return QStringLiteral("ALTER DATABASE \"%1\" REFRESH COLLATION VERSION;").arg(quoted);
}

QByteArray ServerProbe::scramStoredKey(const QString &password, const QByteArray &saltBase64, int iterations)
{
    const QByteArray salt = QByteArray::fromBase64(saltBase64);
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                 saslPrep(password).toUtf8(), salt, iterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash(QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    return QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256).toBase64();
}

} // namespace edm
