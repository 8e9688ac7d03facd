// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LogLine.h"

#include <cstring>

namespace edm {

namespace {

using Kind = LogLine::Kind;

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
Text cleanText(QByteArrayView rawView, QByteArray &storage, Text *container)
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
bool classifyServerLog(LogLine::Parsed &p, Text text)
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
void classifyEntrypoint(LogLine::Parsed &p, Text t, bool prefixed)
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
    case 'E':
        if (starts("Error: in 18+, these Docker images are configured to store database data")) {
            p.kind = Kind::LayoutRefused;
            return;
        }
        break;
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
bool classifyExitAtEnd(LogLine::Parsed &p, Text t, Text prefixName)
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
void classifyText(LogLine::Parsed &p, Text cleaned, Text prefixName)
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

QString LogLine::clean(QByteArrayView raw, QString *container)
{
    QByteArray storage;
    Text name;
    const Text line = cleanText(raw, storage, &name);
    if (container)
        *container = name.toString();
    return line.toString();
}

LogLine::Parsed LogLine::parse(QByteArrayView raw)
{
    Parsed p;
    QByteArray storage;
    Text name;
    const Text line = cleanText(raw, storage, &name);
    p.text = line.toString();
    p.container = name.toString();
    classifyText(p, line, name);
    return p;
}

QByteArrayView LogLine::cleanBytes(QByteArrayView raw, QByteArray &scratch, QByteArrayView *container)
{
    Text name;
    const Text line = cleanText(raw, scratch, &name);
    if (container)
        *container = QByteArrayView(name.data, name.size);
    return QByteArrayView(line.data, line.size);
}

void LogLine::classify(Parsed &p, QByteArrayView cleaned, QByteArrayView container)
{
    classifyText(p, Text(cleaned), Text(container));
}

namespace {

/// Words without which no line is one the parser recognises: a cheap test before the full parse.
bool mayBeRecognised(QStringView line)
{
    static const QLatin1StringView words[] = {
        QLatin1StringView("pgrade"),          QLatin1StringView("PostgreSQL"),     QLatin1StringView("listening on"),
        QLatin1StringView("ready to accept"), QLatin1StringView("Reindex"),        QLatin1StringView("stats"),
        QLatin1StringView("shut down"),       QLatin1StringView("server stopped"), QLatin1StringView("exited with"),
        QLatin1StringView("Aborting"),        QLatin1StringView("Failure"),        QLatin1StringView("lock file"),
        QLatin1StringView("aborting"),        QLatin1StringView("initdb"),         QLatin1StringView("could not")};
    for (const QLatin1StringView word : words) {
        if (line.contains(word))
            return true;
    }
    return false;
}

} // namespace

LogLine::Tone LogLine::toneOf(QStringView line)
{
    if (line.startsWith(QLatin1StringView("$ ")))
        return Tone::Command;
    if (line.contains(QLatin1StringView("FATAL:")) || line.contains(QLatin1StringView("PANIC:")) ||
        line.contains(QLatin1StringView("ERROR:")) || line.contains(QLatin1StringView("error:")))
        return Tone::Error;
    if (!mayBeRecognised(line))
        return Tone::Plain;
    switch (parse(line.toUtf8()).kind) {
    case Kind::UpgradeStarted:
    case Kind::DataUpgraded:
    case Kind::BackgroundTasks:
    case Kind::OptimiseStep:
    case Kind::LegacyFinished:
    case Kind::PostUpgradeFinished:
    case Kind::UpgradeComplete:
    case Kind::OneShotUpgraded:
    case Kind::OneShotNothingToDo:
    case Kind::InitComplete:
    case Kind::ServerStarting:
    case Kind::ListeningTcp:
    case Kind::ReadyToAccept:
        return Tone::Milestone;
    case Kind::LockFileExists:
    case Kind::TempDirectoryFailed:
    case Kind::UnrecognisedVersion:
    case Kind::LeftOverOld:
    case Kind::LeftOverNew:
    case Kind::PgUpgradeFailure:
    case Kind::PostUpgradeTimeout:
    case Kind::ReindexFailed:
    case Kind::InitdbNotEmpty:
    case Kind::LayoutRefused:
    case Kind::ServerStartFailed:
    case Kind::Fatal:
    case Kind::Panic:
        return Tone::Error;
    default:
        return Tone::Plain;
    }
}

} // namespace edm
