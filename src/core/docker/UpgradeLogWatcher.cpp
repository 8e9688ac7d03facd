#include "core/docker/UpgradeLogWatcher.h"

#include <cstring>
#include <utility>

namespace edm {

namespace {

using Kind = UpgradeLogWatcher::LineKind;

// The classifier runs on every line of logs that can be long (VACUUM VERBOSE, pg_upgrade): it works on the bytes,
// without a QString per line, and touches each line a few times at most.

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// A view on bytes with the few operations the classifier needs.
struct Text
{
    const char *data = nullptr;
    qsizetype size = 0;

    Text() = default;
    Text(const char *d, qsizetype n)
        : data(d)
        , size(n)
    {
    }
    explicit Text(QByteArrayView view)
        : data(view.data())
        , size(view.size())
    {
    }

    bool isEmpty() const { return size == 0; }
    char at(qsizetype i) const { return data[i]; }
    char front() const { return data[0]; }
    Text sliced(qsizetype from) const { return {data + from, size - from}; }
    Text sliced(qsizetype from, qsizetype n) const { return {data + from, n}; }
    Text first(qsizetype n) const { return {data, n}; }
    bool startsWith(const char *prefix, qsizetype n) const
    {
        return size >= n && std::memcmp(data, prefix, size_t(n)) == 0;
    }
    template<std::size_t N> bool startsWith(const char (&prefix)[N]) const
    {
        return startsWith(prefix, qsizetype(N - 1));
    }
    template<std::size_t N> bool endsWith(const char (&suffix)[N]) const
    {
        const auto n = qsizetype(N - 1);
        return size >= n && std::memcmp(data + size - n, suffix, size_t(n)) == 0;
    }
    template<std::size_t N> bool equals(const char (&other)[N]) const
    {
        return size == qsizetype(N - 1) && std::memcmp(data, other, size_t(size)) == 0;
    }
    qsizetype indexOf(const char *needle, qsizetype n) const
    {
        return QByteArrayView(data, size).indexOf(QByteArrayView(needle, n));
    }
    template<std::size_t N> qsizetype indexOf(const char (&needle)[N]) const
    {
        return indexOf(needle, qsizetype(N - 1));
    }
    template<std::size_t N> bool contains(const char (&needle)[N]) const { return indexOf(needle) >= 0; }
    qsizetype indexOf(char c) const
    {
        const void *found = std::memchr(data, c, size_t(size));
        return found ? static_cast<const char *>(found) - data : -1;
    }
    Text trimmed() const
    {
        qsizetype begin = 0;
        qsizetype end = size;
        while (begin < end && (data[begin] == ' ' || data[begin] == '\t'))
            ++begin;
        while (end > begin && (data[end - 1] == ' ' || data[end - 1] == '\t'))
            --end;
        return {data + begin, end - begin};
    }
    QString toString() const { return QString::fromUtf8(data, size); }
};

/// Drops ANSI escape sequences into out: CSI (`ESC [ … final`), OSC (`ESC ] …` up to BEL or ESC backslash), and
/// two-byte escapes.
void stripAnsi(Text raw, QByteArray &out)
{
    out.resize(raw.size);
    char *to = out.data();
    const char *in = raw.data;
    const char *const end = raw.data + raw.size;
    while (in < end) {
        const auto *esc = static_cast<const char *>(std::memchr(in, '\x1b', size_t(end - in)));
        const char *const stop = esc ? esc : end;
        std::memcpy(to, in, size_t(stop - in));
        to += stop - in;
        if (!esc)
            break;
        in = esc + 1;
        if (in >= end)
            break;
        if (*in == '[') { // parameters and intermediates, then a final byte in @..~
            ++in;
            while (in < end && !(*in >= '\x40' && *in <= '\x7e'))
                ++in;
        } else if (*in == ']') { // up to BEL or ESC backslash
            ++in;
            while (in < end && *in != '\a' && !(*in == '\x1b' && in + 1 < end && in[1] == '\\'))
                ++in;
            if (in < end && *in == '\x1b')
                ++in;
        }
        if (in < end)
            ++in; // the final byte, BEL, backslash, or the escape's one character
    }
    out.resize(to - out.constData());
}

/// Length of a compose prefix at the start of line (`postgres-1  | `, `ente_postgres_1 | `), or 0. The name goes to
/// *name.
qsizetype composePrefixLength(Text line, Text *name)
{
    const char *d = line.data;
    const qsizetype size = line.size;
    if (size == 0 || !((d[0] >= 'a' && d[0] <= 'z') || (d[0] >= 'A' && d[0] <= 'Z') || isDigit(d[0])))
        return 0;
    qsizetype i = 1;
    for (; i < size; ++i) { // [A-Za-z0-9_.-]
        const char c = d[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
              c == '.'))
            break;
    }
    const qsizetype nameEnd = i;
    if (i >= size || d[i] != ' ')
        return 0;
    while (i < size && d[i] == ' ')
        ++i;
    if (i >= size || d[i] != '|')
        return 0;
    ++i;
    if (i < size && d[i] == ' ')
        ++i;
    *name = line.first(nameEnd);
    return i;
}

/// Length of a docker `--timestamps` stamp and its space (`2024-10-05T10:00:00.123456789Z `), or 0.
qsizetype dockerTimestampLength(Text line)
{
    const char *d = line.data;
    const qsizetype size = line.size;
    if (size < 21 || d[10] != 'T' || d[4] != '-' || d[7] != '-' || d[13] != ':' || d[16] != ':')
        return 0;
    for (const qsizetype digit : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (!isDigit(d[digit]))
            return 0;
    }
    qsizetype i = 19;
    if (i < size && d[i] == '.') {
        ++i;
        while (i < size && isDigit(d[i]))
            ++i;
    }
    if (i < size && d[i] == 'Z') {
        ++i;
    } else if (i + 6 <= size && (d[i] == '+' || d[i] == '-') && isDigit(d[i + 1]) && d[i + 3] == ':') {
        i += 6;
    } else {
        return 0;
    }
    if (i >= size || d[i] != ' ')
        return 0;
    return i + 1;
}

/// Cleans raw into a view on raw or on storage: ANSI escapes, CR, compose prefix (its name to *container),
/// docker timestamp.
Text cleanBytes(QByteArrayView rawView, QByteArray &storage, Text *container)
{
    Text line(rawView);
    if (line.indexOf('\x1b') >= 0) {
        stripAnsi(line, storage);
        line = Text(storage);
    }
    while (line.size > 0 && line.data[line.size - 1] == '\r')
        --line.size;
    // A carriage return inside the line (compose's status lines start with "\r\x1b[K") overwrites what came before.
    if (line.indexOf('\r') >= 0) {
        const qsizetype cr = QByteArrayView(line.data, line.size).lastIndexOf('\r');
        line = line.sliced(cr + 1);
    }
    const qsizetype prefix = composePrefixLength(line, container);
    if (prefix > 0)
        line = line.sliced(prefix);
    return line.sliced(dockerTimestampLength(line));
}

/// The first `[digits]` in a Postgres log prefix (`2024-10-05 10:00:00.123 UTC [1] `): the process id.
qint64 pidIn(Text prefix)
{
    for (qsizetype open = 0; open < prefix.size; ++open) {
        if (prefix.at(open) != '[')
            continue;
        qsizetype i = open + 1;
        qint64 pid = 0;
        while (i < prefix.size && isDigit(prefix.at(i))) {
            pid = pid * 10 + (prefix.at(i) - '0');
            ++i;
        }
        if (i > open + 1 && i < prefix.size && prefix.at(i) == ']')
            return pid;
    }
    return -1;
}

/// The version token at the start of text: "16.4 (Debian …)" → "16.4"; "16." → "16".
QString versionToken(Text text)
{
    qsizetype end = 0;
    while (end < text.size && text.at(end) != ' ' && text.at(end) != '\t' && text.at(end) != ',' && text.at(end) != '(')
        ++end;
    while (end > 0 && text.at(end - 1) == '.')
        --end;
    return text.first(end).toString();
}

int leadingInt(Text text)
{
    int value = 0;
    qsizetype i = 0;
    while (i < text.size && isDigit(text.at(i)) && i < 9) {
        value = value * 10 + (text.at(i) - '0');
        ++i;
    }
    return value;
}

int leadingInt(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return leadingInt(Text(latin));
}

/// A FATAL that a client's connection causes, not the server or the upgrade.
bool isClientFatal(Text message)
{
    static const char *const clientMessages[] = {
        "password authentication failed",
        "role \"",
        "database \"",
        "no pg_hba.conf entry",
        "the database system is starting up",
        "the database system is shutting down",
        "the database system is in recovery mode",
        "the database system is not yet accepting connections",
        "the database system is not accepting connections",
        "sorry, too many clients already",
        "remaining connection slots are reserved",
        "terminating connection due to administrator command",
        "terminating connection due to idle-in-transaction timeout",
        "connection to client lost",
        "Peer authentication failed",
        "Ident authentication failed",
        "unsupported frontend protocol",
    };
    for (const char *text : clientMessages) {
        if (message.startsWith(text, qsizetype(std::strlen(text))))
            return true;
    }
    return false;
}

/// Postgres' own LOG, FATAL, PANIC and DETAIL lines (and the FATALs clients report). False for anything else.
bool classifyServerLog(UpgradeLogWatcher::ParsedLine &p, Text text)
{
    // The severity is the capitals before the first ":  " ("… UTC [1] LOG:  …", "psql: error: … failed: FATAL:  …").
    const qsizetype colon = text.indexOf(":  ");
    if (colon <= 0)
        return false;
    qsizetype begin = colon;
    while (begin > 0 && text.at(begin - 1) >= 'A' && text.at(begin - 1) <= 'Z')
        --begin;
    const Text severity = text.sliced(begin, colon - begin);
    const Text before = text.first(begin);
    const Text message = text.sliced(colon + 3);
    if (severity.equals("LOG")) {
        p.pid = pidIn(before);
        if (message.startsWith("starting PostgreSQL ")) {
            p.kind = Kind::ServerStarting;
            p.version = versionToken(message.sliced(20));
        } else if (message.startsWith("listening on IPv4 address ") ||
                   message.startsWith("listening on IPv6 address ")) {
            p.kind = Kind::ListeningTcp;
        } else if (message.startsWith("database system is ready to accept connections")) {
            p.kind = Kind::ReadyToAccept;
        } else if (message.startsWith("database system is shut down")) {
            p.kind = Kind::ShutDown;
        } else if (message.startsWith("aborting startup due to startup process failure")) {
            p.kind = Kind::ServerStartFailed;
            p.detail = message.toString();
        }
        return true;
    }
    const bool isPanic = severity.equals("PANIC");
    if (isPanic || severity.equals("FATAL")) {
        p.kind = isPanic ? Kind::Panic : Kind::Fatal;
        p.pid = pidIn(before);
        p.detail = message.toString();
        p.incompatible = message.startsWith("database files are incompatible with server");
        // A client program reporting a server's refusal ("psql: error: connection to server … failed: FATAL:  …")
        // or a refusal of a client's connection.
        p.clientSide = before.contains("error: ") || before.contains("connection to ") || isClientFatal(message);
        return true;
    }
    if (severity.equals("DETAIL")) {
        // "The data directory was initialized by PostgreSQL version 16, which is not compatible with this version
        // 15.8 (Debian 15.8-1.pgdg120+1)."
        static const char initialised[] = "The data directory was initialized by PostgreSQL version ";
        if (message.startsWith(initialised)) {
            const Text rest = message.sliced(qsizetype(sizeof(initialised) - 1));
            p.kind = Kind::IncompatibleDetail;
            p.fromMajor = leadingInt(rest);
            static const char thisVersion[] = "with this version ";
            const qsizetype v = rest.indexOf(thisVersion);
            if (v >= 0)
                p.version = versionToken(rest.sliced(v + qsizetype(sizeof(thisVersion) - 1)));
        }
        return true;
    }
    return false; // INFO, WARNING, ERROR, HINT …: also "reindexdb: error: … failed: ERROR:  …", classified next
}

/// pgautoupgrade's, the official entrypoint's and the tools' own lines, and compose's status lines.
void classifyEntrypoint(UpgradeLogWatcher::ParsedLine &p, Text t, bool prefixed)
{
    Text rest;
    const auto starts = [t, &rest](const char *prefix) {
        const auto n = qsizetype(std::strlen(prefix));
        if (!t.startsWith(prefix, n))
            return false;
        rest = t.sliced(n);
        return true;
    };

    switch (t.front()) {
    case 'P':
        if (starts("PostgreSQL data directory: ")) {
            p.kind = Kind::EntrypointBanner;
        } else if (starts("PostgreSQL Database directory appears to contain a database")) {
            p.kind = Kind::SkippingInit;
        } else if (starts("PostgreSQL init process complete")) {
            p.kind = Kind::InitComplete;
        } else if (starts("Performing PG upgrade on version ")) {
            // "Performing PG upgrade on version 12 database files.  Upgrading to version 16.10" (2023-08 on); the
            // first release said only "Performing PG upgrade on version 12 database files".
            p.kind = Kind::UpgradeStarted;
            p.fromMajor = leadingInt(rest);
            static const char upgradingTo[] = "Upgrading to version ";
            const qsizetype to = rest.indexOf(upgradingTo);
            if (to >= 0)
                p.toMajor = leadingInt(rest.sliced(to + qsizetype(sizeof(upgradingTo) - 1)));
        } else if (starts("Post upgrade script launched")) {
            p.kind = Kind::BackgroundTasks;
        } else if (starts("Post upgrade tasks have finished successfully")) {
            p.kind = Kind::PostUpgradeFinished;
        } else if (starts("PostgreSQL did not start before timeout expired")) {
            p.kind = Kind::PostUpgradeTimeout;
        }
        return;
    case 'A':
        if (starts("Automatic upgrade process finished upgrading the data format to PostgreSQL ")) {
            p.kind = Kind::DataUpgraded;
            p.version = versionToken(rest);
        } else if (starts("Automatic upgrade process finished with no errors")) {
            p.kind = Kind::LegacyFinished;
        }
        return;
    case 'w':
        if (starts("will be done by a background task"))
            p.kind = Kind::BackgroundTasks;
        return;
    case 'U':
        if (starts("Updating query planner stats") || starts("Updating extensions")) {
            p.kind = Kind::OptimiseStep;
        } else if (starts("Upgrade to PostgreSQL ") && t.endsWith(" complete.")) {
            p.kind = Kind::UpgradeComplete;
            p.version = versionToken(rest);
        } else if (starts("Upgrade lock file already exists")) {
            p.kind = Kind::LockFileExists;
        } else if (starts("Unrecognised version of PostgreSQL database files") ||
                   starts("Unknown version of PostgreSQL database files")) {
            p.kind = Kind::UnrecognisedVersion;
        }
        return;
    case 'R':
    case 'S':
        if (starts("Reindexing the databases") || starts("Starting reindex of "))
            p.kind = Kind::OptimiseStep;
        return;
    case '\'':
        if (starts("'One shot' automatic upgrade was requested, so exiting")) {
            if (rest.contains("as the upgrade has finished") || rest.contains("post upgrade tasks have finished"))
                p.kind = Kind::OneShotUpgraded;
            else if (rest.contains("there is no upgrade to do"))
                p.kind = Kind::OneShotNothingToDo;
            else
                p.kind = Kind::OneShotExit;
        }
        return;
    case 'C':
        if (starts("Creation of temporary directory '")) {
            p.kind = Kind::TempDirectoryFailed;
            const qsizetype quote = rest.indexOf('\'');
            p.detail = (quote >= 0 ? rest.first(quote) : rest).toString();
        }
        return;
    case 'L':
        if (starts("Left over OLD directory found"))
            p.kind = Kind::LeftOverOld;
        else if (starts("Left over NEW directory found"))
            p.kind = Kind::LeftOverNew;
        return;
    case 'F':
        if (t.equals("Failure, exiting"))
            p.kind = Kind::PgUpgradeFailure;
        return;
    case 'r':
        if (starts("reindexdb: error:")) {
            p.kind = Kind::ReindexFailed;
            p.detail = rest.trimmed().toString();
            return;
        }
        break;
    case 'i':
        if (starts("initdb: error: directory \"") && t.endsWith("exists but is not empty")) {
            p.kind = Kind::InitdbNotEmpty;
            return;
        }
        break;
    case 'p':
        if (starts("pg_ctl: could not start server")) {
            p.kind = Kind::ServerStartFailed;
            p.detail = t.toString();
            return;
        }
        break;
    case 's':
        if (t.equals("server stopped")) {
            p.kind = Kind::ShutDown;
            return;
        }
        break;
    default:
        break;
    }
    // compose's own status line, never behind a prefix: "postgres-1 exited with code 1", "ente_postgres_1 exited
    // with code 1", "… (restarting)".
    if (prefixed)
        return;
    static const char exited[] = " exited with code ";
    const qsizetype space = t.indexOf(' ');
    const qsizetype code = space + qsizetype(sizeof(exited) - 1);
    if (space > 0 && t.sliced(space).startsWith(exited) && code < t.size && isDigit(t.at(code))) {
        p.kind = Kind::ContainerExited;
        p.container = t.first(space).toString();
        p.exitCode = leadingInt(t.sliced(code));
    }
}

/// compose's status line glued to the container's last line when that had no newline (pg_upgrade prints a step's
/// name and its "ok" later; compose v1 writes its status right after: "postgres_1  | Restoring database schemas in
/// the new cluster   ESC[36mente_postgres_1 exited with code 137"). Only when the name is the prefix's container
/// (v2, "postgres-1") or ends with it (v1, "ente_postgres_1" behind "postgres_1").
bool classifyExitAtEnd(UpgradeLogWatcher::ParsedLine &p, Text t, Text prefixName)
{
    const char last = t.at(t.size - 1);
    if (!isDigit(last) && last != ')')
        return false;
    static const char exited[] = " exited with code ";
    const qsizetype at = QByteArrayView(t.data, t.size).lastIndexOf(QByteArrayView(exited));
    if (at <= 0)
        return false;
    qsizetype begin = at;
    while (begin > 0 && t.at(begin - 1) != ' ')
        --begin;
    const Text name = t.sliced(begin, at - begin);
    const qsizetype n = prefixName.size;
    const bool same = name.size == n && std::memcmp(name.data, prefixName.data, size_t(n)) == 0;
    const bool v1 = name.size > n + 1 && name.at(name.size - n - 1) == '_' &&
        std::memcmp(name.data + name.size - n, prefixName.data, size_t(n)) == 0;
    const qsizetype code = at + qsizetype(sizeof(exited) - 1);
    if ((!same && !v1) || code >= t.size || !isDigit(t.at(code)))
        return false;
    p.kind = Kind::ContainerExited;
    p.container = name.toString();
    p.exitCode = leadingInt(t.sliced(code));
    return true;
}

/// Classifies a cleaned line: every field of p but text and (unless it exited) the prefix's container.
void classify(UpgradeLogWatcher::ParsedLine &p, Text cleaned, Text prefixName)
{
    const Text t = cleaned.trimmed();
    if (t.isEmpty())
        return;
    if (!prefixName.isEmpty() && classifyExitAtEnd(p, t, prefixName))
        return;
    if (!classifyServerLog(p, t))
        classifyEntrypoint(p, t, !prefixName.isEmpty());
}

} // namespace

QString UpgradeLogWatcher::cleanLine(QByteArrayView raw, QString *container)
{
    QByteArray storage;
    Text name;
    const Text line = cleanBytes(raw, storage, &name);
    if (container)
        *container = name.toString();
    return line.toString();
}

UpgradeLogWatcher::ParsedLine UpgradeLogWatcher::parseLine(QByteArrayView raw)
{
    ParsedLine p;
    QByteArray storage;
    Text name;
    const Text line = cleanBytes(raw, storage, &name);
    p.text = line.toString();
    p.container = name.toString();
    classify(p, line, name);
    return p;
}

QString UpgradeLogWatcher::failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::LockFile:
        return QStringLiteral("lock_file");
    case Failure::TempDirectory:
        return QStringLiteral("temp_directory");
    case Failure::UnrecognisedVersion:
        return QStringLiteral("unrecognised_version");
    case Failure::LeftOverOld:
        return QStringLiteral("left_over_old");
    case Failure::LeftOverNew:
        return QStringLiteral("left_over_new");
    case Failure::PgUpgrade:
        return QStringLiteral("pg_upgrade");
    case Failure::PostUpgradeTasks:
        return QStringLiteral("post_upgrade_tasks");
    case Failure::IncompatibleData:
        return QStringLiteral("incompatible_data");
    case Failure::WrongServerVersion:
        return QStringLiteral("wrong_server_version");
    case Failure::WrongTarget:
        return QStringLiteral("wrong_target");
    case Failure::ServerStart:
        return QStringLiteral("server_start");
    case Failure::ServerCrashed:
        return QStringLiteral("server_crashed");
    case Failure::DataDirectoryNotEmpty:
        return QStringLiteral("data_directory_not_empty");
    case Failure::ExitedEarly:
        return QStringLiteral("exited_early");
    }
    return {};
}

UpgradeLogWatcher::UpgradeLogWatcher(QObject *parent)
    : QObject(parent)
{
}

UpgradeLogWatcher::~UpgradeLogWatcher() = default;

void UpgradeLogWatcher::setTargetMajor(int major)
{
    m_targetMajor = major;
}

void UpgradeLogWatcher::setService(const QString &service)
{
    m_service = service;
    // v2: "postgres-1" (or the container_name); v1: "postgres_1" in prefixes, "project_postgres_1" when exiting.
    m_serviceName = QRegularExpression(QStringLiteral("^(?:.*[-_])?") + QRegularExpression::escape(service) +
                                       QStringLiteral("(?:[-_][0-9]+)?$"));
}

bool UpgradeLogWatcher::followsService(const QString &container) const
{
    if (m_service.isEmpty() || container.isEmpty())
        return true;
    return m_serviceName.match(container).hasMatch();
}

void UpgradeLogWatcher::feed(QByteArrayView chunk)
{
    qsizetype start = 0;
    qsizetype newline = chunk.indexOf('\n');
    if (newline >= 0 && !m_buffer.isEmpty()) {
        m_buffer.append(chunk.first(newline));
        const QByteArray line = std::exchange(m_buffer, {});
        processLine(line);
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
    }
    while (newline >= 0) {
        processLine(chunk.sliced(start, newline - start));
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
    }
    if (start < chunk.size())
        m_buffer.append(chunk.sliced(start));
}

void UpgradeLogWatcher::endOfStream()
{
    if (!m_buffer.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, {});
        processLine(line);
    }
    if (m_pendingIncompatible) {
        resolvePendingIncompatible(nullptr);
        updatePhase();
    }
}

void UpgradeLogWatcher::finish(int exitCode)
{
    endOfStream();
    handleExit(exitCode);
    updatePhase();
}

QStringList UpgradeLogWatcher::lastLines() const
{
    QStringList lines;
    lines.reserve(m_ring.size());
    const qsizetype oldest = m_ring.size() < ExcerptLines ? 0 : m_ringNext;
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        lines.append(QString::fromUtf8(m_ring.at((oldest + i) % m_ring.size())));
    return lines;
}

void UpgradeLogWatcher::remember(QByteArrayView line)
{
    if (m_ring.size() < ExcerptLines) {
        m_ring.append(line.toByteArray());
        return;
    }
    // Reuse the oldest slot's buffer: no allocation per line once the ring is full.
    QByteArray &slot = m_ring[m_ringNext];
    slot.resize(line.size());
    std::memcpy(slot.data(), line.data(), size_t(line.size()));
    m_ringNext = (m_ringNext + 1) % ExcerptLines;
}

int UpgradeLogWatcher::majorOf(const QString &version)
{
    return leadingInt(version);
}

void UpgradeLogWatcher::processLine(QByteArrayView raw)
{
    ++m_lineNumber;
    Text name;
    const Text line = cleanBytes(raw, m_scratch, &name);
    if (!m_service.isEmpty() && !name.isEmpty() && !followsService(name.toString()))
        return; // another service of `docker compose up`
    ParsedLine parsed;
    classify(parsed, line, name);
    if (parsed.kind == LineKind::ContainerExited && !followsService(parsed.container))
        return;
    if (!line.trimmed().isEmpty())
        remember(QByteArrayView(line.data, line.size));
    if (parsed.kind != LineKind::Other)
        parsed.text = line.toString();
    if (m_pendingIncompatible)
        resolvePendingIncompatible(parsed.kind == LineKind::IncompatibleDetail ? &parsed : nullptr);
    handle(parsed);
    updatePhase();
}

bool UpgradeLogWatcher::finalServerExpected() const
{
    if (m_complete)
        return true;
    if (m_dataUpgraded)
        return m_backgroundTasks; // 2024-10 to 2025-03: the real server starts while the tasks run
    return !m_upgradeStarted && m_entrypointPassedInit;
}

void UpgradeLogWatcher::handle(const ParsedLine &p)
{
    const int line = m_lineNumber;
    switch (p.kind) {
    case LineKind::Other:
    case LineKind::OptimiseStep:
    case LineKind::IncompatibleDetail:
        break;
    case LineKind::EntrypointBanner:
    case LineKind::SkippingInit:
        m_entrypointPassedInit = true;
        break;
    case LineKind::InitComplete:
        m_entrypointPassedInit = true;
        Q_EMIT databaseInitialised(line);
        break;
    case LineKind::UpgradeStarted:
        m_entrypointPassedInit = true;
        if (terminal())
            break;
        m_upgradeStarted = true;
        m_upgradeTo = p.toMajor > 0 ? p.toMajor : m_targetMajor;
        Q_EMIT upgradeStarted(p.fromMajor, m_upgradeTo, line);
        if (m_upgradeTo != m_targetMajor) {
            fail(Failure::WrongTarget,
                 tr("This pgautoupgrade image upgrades the data to PostgreSQL %1, but the target is %2. Do not stop it "
                    "midway (that leaves the data half converted): let it finish, then either keep PostgreSQL %1 "
                    "(postgres:%1 in the compose file from now on) or restore the backup and use pgautoupgrade's tag "
                    "for %2.")
                     .arg(m_upgradeTo)
                     .arg(m_targetMajor),
                 line);
        }
        break;
    case LineKind::DataUpgraded:
        if (terminal())
            break;
        m_dataUpgraded = true;
        m_finishedVersion = p.version;
        break;
    case LineKind::BackgroundTasks:
        m_backgroundTasks = true;
        break;
    case LineKind::LegacyFinished:
    case LineKind::PostUpgradeFinished:
    case LineKind::UpgradeComplete:
    case LineKind::OneShotUpgraded:
        if (terminal())
            break;
        if (p.kind == LineKind::OneShotUpgraded)
            m_oneShotDone = true;
        if (!m_complete) {
            m_complete = true;
            m_dataUpgraded = true;
            QString version = p.version.isEmpty() ? m_finishedVersion : p.version;
            if (version.isEmpty())
                version = QString::number(m_upgradeTo > 0 ? m_upgradeTo : m_targetMajor);
            Q_EMIT upgradeFinished(version, line);
        }
        break;
    case LineKind::OneShotNothingToDo:
    case LineKind::OneShotExit:
        if (terminal())
            break;
        m_oneShotDone = true;
        if (!m_complete && !m_upgradeStarted && !m_noUpgrade) {
            m_noUpgrade = true;
            Q_EMIT noUpgradeNeeded(line);
        }
        break;
    case LineKind::LockFileExists:
        if (!terminal()) {
            fail(Failure::LockFile,
                 tr("pgautoupgrade found upgrade_in_progress.lock in the data folder: an earlier upgrade was "
                    "interrupted (stopped, or failed before its completion line), so the data may be half converted, "
                    "and it refuses to start. Restore the backup into a fresh volume (Rollback does this). Delete the "
                    "lock file only if you know the earlier run converted the data completely (its log ended with "
                    "“Upgrade to PostgreSQL … complete.”), then start the container again."),
                 line);
        }
        break;
    case LineKind::TempDirectoryFailed:
        if (!terminal()) {
            fail(Failure::TempDirectory,
                 tr("pgautoupgrade could not create its temporary folder %1 in the data volume and stopped; the data "
                    "was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has "
                    "free space, then start the container again.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::UnrecognisedVersion:
        if (!terminal()) {
            fail(
                Failure::UnrecognisedVersion,
                tr("The data volume holds files of a PostgreSQL version this pgautoupgrade image cannot upgrade to "
                   "%1 (already %1 or newer, or older than 9.5); nothing was converted. Check PG_VERSION in the volume "
                   "and the image tag. Releases from October 2024 to August 2025 leave upgrade_in_progress.lock "
                   "behind in this case: delete it before the next try.")
                    .arg(m_targetMajor),
                line);
        }
        break;
    case LineKind::LeftOverOld:
    case LineKind::LeftOverNew: {
        if (terminal())
            break;
        const bool old = p.kind == LineKind::LeftOverOld;
        fail(old ? Failure::LeftOverOld : Failure::LeftOverNew,
             tr("The folder “%1” of an earlier, failed upgrade is still in the data volume, so pgautoupgrade stopped "
                "before changing anything. The earlier run may have moved your data into “old”: restore the backup "
                "into a fresh volume, or move the contents of “old” back and delete “old” and “new” by hand if you "
                "know they hold nothing else.")
                 .arg(old ? QStringLiteral("old") : QStringLiteral("new")),
             m_lineNumber);
        break;
    }
    case LineKind::PgUpgradeFailure:
        if (!terminal()) {
            fail(Failure::PgUpgrade,
                 tr("pg_upgrade failed; its messages are in the lines above. The old data is now in the folder “old” "
                    "of the volume, and the next start will fail too (on pgautoupgrade's lock file, on that folder, or "
                    "with initdb refusing the folder). Restore the backup into a fresh volume, and fix what pg_upgrade "
                    "did not accept before trying again."),
                 line);
        }
        break;
    case LineKind::PostUpgradeTimeout:
    case LineKind::ReindexFailed:
        if (!terminal()) {
            fail(Failure::PostUpgradeTasks,
                 tr("The data was converted, but updating the statistics and reindexing afterwards failed (%1). Fix "
                    "the cause shown above (often a unique index that no longer holds after a collation change) and "
                    "run REINDEX yourself before using the database, or restore the backup.")
                     .arg(p.detail.isEmpty() ? p.text.trimmed() : p.detail),
                 line);
        }
        break;
    case LineKind::ServerStarting: {
        m_server = ServerState::Starting;
        m_serverPid = p.pid;
        m_serverTcp = false;
        m_serverVersion = p.version;
        const bool decide = !terminal();
        if (decide)
            m_serverIsFinal = finalServerExpected();
        const bool wrongVersion = decide && m_serverIsFinal && majorOf(p.version) != m_targetMajor;
        if (decide && m_serverIsFinal && !wrongVersion && !m_complete && !m_upgradeStarted && !m_dataUpgraded &&
            !m_noUpgrade) {
            m_noUpgrade = true;
            Q_EMIT noUpgradeNeeded(line);
        }
        Q_EMIT serverStarting(p.version, line);
        if (wrongVersion)
            failWrongServerVersion(p.version, line);
        break;
    }
    case LineKind::ListeningTcp:
        m_serverTcp = true;
        if (m_dataUpgraded && !m_complete && !m_backgroundTasks)
            m_unconfirmedStart = true; // a release since 2025-04 starts the real server only after its completion line
        if (m_server == ServerState::None)
            m_server = ServerState::Starting; // the log began after the start line
        if (terminal())
            break;
        if (!m_serverIsFinal && !m_upgradeStarted && !m_dataUpgraded && !m_complete) {
            // No entrypoint line seen (the log begins later, or an image that prints none): only the final server
            // listens on TCP.
            m_serverIsFinal = true;
            if (!m_serverVersion.isEmpty() && majorOf(m_serverVersion) != m_targetMajor) {
                failWrongServerVersion(m_serverVersion, line);
                break;
            }
            if (!m_noUpgrade) {
                m_noUpgrade = true;
                Q_EMIT noUpgradeNeeded(line);
            }
        }
        break;
    case LineKind::ReadyToAccept:
        m_server = ServerState::Ready;
        if (terminal())
            break;
        if (m_serverIsFinal && m_serverTcp) {
            m_finalReady = true;
            if (!m_readyEmitted) {
                m_readyEmitted = true;
                Q_EMIT ready(line);
            }
        }
        break;
    case LineKind::ShutDown:
        m_server = ServerState::None;
        m_serverPid = -1;
        m_serverTcp = false;
        if (!terminal()) {
            m_serverIsFinal = false;
            m_finalReady = false;
        }
        break;
    case LineKind::InitdbNotEmpty:
        if (!terminal()) {
            fail(Failure::DataDirectoryNotEmpty,
                 tr("The data folder has no PG_VERSION but holds other files, so the entrypoint tried to create a new "
                    "cluster there and initdb refused. A failed pgautoupgrade run leaves this behind (the data moved "
                    "into its folders “old” and “new”), or the volume is mounted at the wrong path. Restore the backup "
                    "into a fresh volume; delete nothing in this volume before you have a verified backup."),
                 line);
        }
        break;
    case LineKind::ServerStartFailed:
        if (!terminal()) {
            fail(Failure::ServerStart,
                 tr("The PostgreSQL server failed to start (%1). The lines above say why; fix the cause "
                    "(permissions, configuration, disk space) and start the container again.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::Fatal:
        handleFatal(p);
        break;
    case LineKind::Panic:
        Q_EMIT fatal(p.text, line);
        if (!terminal()) {
            fail(Failure::ServerCrashed,
                 tr("PostgreSQL stopped with a PANIC before the upgrade was done (%1). Do not use this data: restore "
                    "the backup into a fresh volume.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::ContainerExited:
        handleExit(p.exitCode);
        break;
    }
}

void UpgradeLogWatcher::failWrongServerVersion(const QString &version, int line)
{
    fail(Failure::WrongServerVersion,
         tr("PostgreSQL %1 started, but the target is %2: the container does not run the image the migration needs "
            "(the compose file may still name the old image, or a re-downloaded one changed it). Stop it and check the "
            "image of the Postgres service.")
             .arg(version)
             .arg(m_targetMajor),
         line);
}

void UpgradeLogWatcher::handleFatal(const ParsedLine &p)
{
    const int line = m_lineNumber;
    Q_EMIT fatal(p.text, line);
    if (terminal())
        return;
    if (p.incompatible) {
        // The DETAIL on the next line says which versions; decide then.
        m_pendingIncompatible = true;
        m_pendingIncompatibleLine = line;
        return;
    }
    if (p.clientSide)
        return;
    // The server's own FATAL while it starts (its postmaster's pid), or one with no server running (the postmaster
    // refusing to start before its "starting" line): the server did not come up.
    bool serverFailure = false;
    if (m_server == ServerState::Starting)
        serverFailure = p.pid >= 0 && p.pid == m_serverPid;
    else if (m_server == ServerState::None)
        serverFailure = true;
    if (serverFailure) {
        fail(Failure::ServerStart,
             tr("The PostgreSQL server failed to start (%1). The lines above say why; fix the cause (permissions, "
                "configuration, disk space) and start the container again.")
                 .arg(p.detail),
             line);
    }
}

void UpgradeLogWatcher::resolvePendingIncompatible(const ParsedLine *detail)
{
    m_pendingIncompatible = false;
    if (terminal())
        return;
    QString reason;
    const int dataMajor = detail ? detail->fromMajor : 0;
    const int serverMajor = detail ? majorOf(detail->version) : 0;
    if (dataMajor > 0 && serverMajor > 0 && dataMajor > serverMajor) {
        reason = tr("The data is from PostgreSQL %1, but the container runs PostgreSQL %2, which cannot read newer "
                    "data (“database files are incompatible with server”). The compose image must stay on the data's "
                    "major version: set it back to postgres:%1 (a re-downloaded compose file, such as Ente's, may "
                    "have put back an older one) and start again. Nothing was changed.")
                     .arg(dataMajor)
                     .arg(detail->version);
    } else if (dataMajor > 0 && serverMajor > 0) {
        reason = tr("The data is still from PostgreSQL %1, but the container runs PostgreSQL %2 (“database files are "
                    "incompatible with server”). The data must be upgraded first: run the pgautoupgrade image on it, "
                    "or set the image back to postgres:%1. Nothing was changed.")
                     .arg(dataMajor)
                     .arg(detail->version);
    } else {
        reason = tr("The server refuses the data: “database files are incompatible with server”. The compose image "
                    "must stay on the major version the data was written with (see PG_VERSION in the volume); set "
                    "it back and start again. Nothing was changed.");
    }
    fail(Failure::IncompatibleData, reason, m_pendingIncompatibleLine);
}

void UpgradeLogWatcher::handleExit(int exitCode)
{
    if (m_pendingIncompatible)
        resolvePendingIncompatible(nullptr);
    if (terminal())
        return;
    const int line = m_lineNumber;
    // pgautoupgrade's own exit codes, for when its message was not in the log we saw.
    switch (exitCode) {
    case 7:
    case 8:
        fail(Failure::TempDirectory,
             tr("pgautoupgrade could not create its temporary folder %1 in the data volume (exit code %2) and "
                "stopped; the data was left where it was. Make sure the volume is writable by the postgres user "
                "(uid 999) and has free space, then start the container again.")
                 .arg(exitCode == 7 ? QStringLiteral("old") : QStringLiteral("new"))
                 .arg(exitCode),
             line);
        return;
    case 9:
        fail(Failure::UnrecognisedVersion,
             tr("pgautoupgrade does not recognise the version of the data files (exit code 9); nothing was "
                "converted. Check PG_VERSION in the volume and the image tag."),
             line);
        return;
    case 10:
    case 11:
        fail(exitCode == 10 ? Failure::LeftOverOld : Failure::LeftOverNew,
             tr("A folder “%1” of an earlier, failed upgrade is still in the data volume (exit code %2). Restore the "
                "backup into a fresh volume, or clean the folders up by hand if you know what they hold.")
                 .arg(exitCode == 10 ? QStringLiteral("old") : QStringLiteral("new"))
                 .arg(exitCode),
             line);
        return;
    default:
        break;
    }
    QString how = tr("The container exited with code %1 before the upgrade was done.").arg(exitCode);
    if (exitCode == 137)
        how = tr("The container was killed (exit code 137) before the upgrade was done.");
    else if (exitCode == 143)
        how = tr("The container was stopped (exit code 143) before the upgrade was done.");
    QString what;
    if (m_complete || m_noUpgrade) {
        what = tr("The data itself is converted; the server did not come up. The lines above say why; start the "
                  "container again.");
    } else if (m_dataUpgraded && m_unconfirmedStart) {
        what = tr("A server had started after the data was converted, but pgautoupgrade never printed that the "
                  "upgrade was complete, so it cannot be called done. Look at the lines above; restore the backup if "
                  "in doubt.");
    } else if (m_dataUpgraded) {
        what = tr("It stopped after the data was converted, while statistics and indexes were being rebuilt. "
                  "pgautoupgrade releases since February 2026 then leave upgrade_in_progress.lock behind and refuse "
                  "the next start; earlier ones start normally without finishing, and indexes may be left invalid. "
                  "Restore the backup, or remove the lock file, start the pgautoupgrade image again and let it "
                  "finish (then run REINDEX if the release did not).");
    } else if (m_upgradeStarted) {
        what = tr("It stopped while the data was being converted: the volume is half converted and the next start "
                  "will fail (on pgautoupgrade's lock file, a left-over folder, or initdb refusing the folder). "
                  "Restore the backup into a fresh volume.");
    } else {
        what = tr("The upgrade had not begun; the lines above say why. Fix the cause and start the container again.");
    }
    fail(Failure::ExitedEarly, how + u' ' + what, line);
}

void UpgradeLogWatcher::fail(Failure failure, const QString &reason, int line)
{
    m_failure = failure;
    m_failureReason = reason;
    m_phase = Phase::Failed;
    Q_EMIT upgradeFailed(reason, lastLines(), line);
    Q_EMIT phaseChanged(m_phase);
}

void UpgradeLogWatcher::updatePhase()
{
    if (terminal())
        return;
    Phase next = Phase::Waiting;
    if ((m_complete || m_noUpgrade) && (m_finalReady || m_oneShotDone))
        next = Phase::Done;
    else if (m_complete || m_noUpgrade)
        next = Phase::Starting;
    else if (m_dataUpgraded)
        next = Phase::Optimising;
    else if (m_upgradeStarted)
        next = Phase::Upgrading;
    if (next != m_phase) {
        m_phase = next;
        Q_EMIT phaseChanged(m_phase);
    }
}

} // namespace edm
