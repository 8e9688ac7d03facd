// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/DumpInspector.h"
#include "core/ErrorCodes.h"
#include "core/postgres/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <zlib.h>

#include <array>
#include <cstring>

namespace edm {

namespace {

constexpr qsizetype SniffBytes = 512; // enough to recognise every format below (tar's "ustar" is at 257)
constexpr qsizetype HeadCap = 4096; // the start of a statement kept for parsing (names, role attributes)
constexpr qsizetype LineHeadCap = 1024; // the start of a comment or psql command line
constexpr qsizetype ExampleCap = 60; // bytes of an unknown line quoted in a message
constexpr int UndecidedLineLimit = 64; // non-blank lines without a dump header before we call it foreign
constexpr qsizetype InflateChunk = 256 * 1024;
constexpr qsizetype ReadChunk = 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isLetter(c) || (c >= '0' && c <= '9') || c == '$' || (static_cast<unsigned char>(c) >= 0x80);
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (upper(text[i]) != upper(prefix[i]))
            return false;
    }
    return true;
}

void skipSpaces(QByteArrayView text, qsizetype &pos)
{
    while (pos < text.size() && (isSpace(text[pos]) || text[pos] == '\n'))
        ++pos;
}

/// An SQL identifier at pos: "quoted" (with "" for a quote) or bare (folded to lower case, as the server does).
QString parseIdentifier(QByteArrayView text, qsizetype &pos)
{
    QByteArray name;
    if (pos < text.size() && text[pos] == '"') {
        ++pos;
        while (pos < text.size()) {
            const char c = text[pos++];
            if (c == '"') {
                if (pos < text.size() && text[pos] == '"') {
                    name += '"';
                    ++pos;
                    continue;
                }
                break;
            }
            name += c;
        }
        return QString::fromUtf8(name);
    }
    while (pos < text.size() && isIdentChar(text[pos]))
        name += lower(text[pos++]);
    return QString::fromUtf8(name);
}

/// schema.table (or a lone table) at pos.
bool parseQualifiedName(QByteArrayView text, qsizetype &pos, QString &schema, QString &table)
{
    const qsizetype start = pos;
    QString first = parseIdentifier(text, pos);
    if (pos == start)
        return false;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const qsizetype second = pos;
        table = parseIdentifier(text, pos);
        if (pos == second)
            return false;
        schema = std::move(first);
        return true;
    }
    schema.clear();
    table = std::move(first);
    return true;
}

QString quoteIdentifier(const QString &name)
{
    bool plain = !name.isEmpty() && !(name.at(0) >= u'0' && name.at(0) <= u'9');
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            plain = false;
    }
    if (plain)
        return name;
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

/// The version number at the start of "12.22 (Debian 12.22-1.pgdg120+1)".
QString versionNumber(const QString &text)
{
    return text.section(u' ', 0, 0);
}

/// A line quoted in a message: its first bytes, control characters made visible.
QString example(QByteArrayView bytes, bool truncated)
{
    QString text = QString::fromUtf8(bytes.first(qMin(bytes.size(), ExampleCap)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter)
            c = u'·';
    }
    if (truncated || bytes.size() > ExampleCap)
        text += u'…';
    return text;
}

/// The database named by the arguments of a psql \connect: `ente_db`, `"Photos"`,
/// `-reuse-previous=on "dbname='ente-accounts'"` (what pg_dump writes for names with other characters).
QString connectTarget(QByteArrayView args)
{
    qsizetype pos = 0;
    while (true) {
        while (pos < args.size() && isSpace(args[pos]))
            ++pos;
        if (pos >= args.size())
            return {};
        QByteArray arg;
        bool quoted = false;
        while (pos < args.size() && !isSpace(args[pos])) {
            const char c = args[pos++];
            if (c == '\'' || c == '"') {
                quoted = true;
                while (pos < args.size()) {
                    const char d = args[pos++];
                    if (c == '\'' && d == '\\' && pos < args.size()) {
                        arg += args[pos++];
                        continue;
                    }
                    if (d == c) {
                        if (pos < args.size() && args[pos] == c) {
                            arg += c;
                            ++pos;
                            continue;
                        }
                        break;
                    }
                    arg += d;
                }
                continue;
            }
            arg += c;
        }
        if (!quoted && arg.startsWith('-'))
            continue; // an option such as -reuse-previous=on
        if (!arg.contains('='))
            return QString::fromUtf8(arg);
        // A connection string: find dbname=VALUE, VALUE bare or 'quoted' with backslash escapes.
        qsizetype i = 0;
        while (i < arg.size()) {
            while (i < arg.size() && isSpace(arg[i]))
                ++i;
            const qsizetype keyStart = i;
            while (i < arg.size() && arg[i] != '=' && !isSpace(arg[i]))
                ++i;
            const QByteArray key = arg.mid(keyStart, i - keyStart).trimmed();
            while (i < arg.size() && isSpace(arg[i]))
                ++i;
            if (i < arg.size() && arg[i] == '=')
                ++i;
            while (i < arg.size() && isSpace(arg[i]))
                ++i;
            QByteArray value;
            if (i < arg.size() && arg[i] == '\'') {
                ++i;
                while (i < arg.size() && arg[i] != '\'') {
                    if (arg[i] == '\\' && i + 1 < arg.size())
                        ++i;
                    value += arg[i++];
                }
                ++i;
            } else {
                while (i < arg.size() && !isSpace(arg[i]))
                    value += arg[i++];
            }
            if (key == "dbname")
                return QString::fromUtf8(value);
            if (key.isEmpty())
                break;
        }
        return {};
    }
}

/// The header of a pg_dump custom-format archive (pg_backup_archiver.c, ReadHead).
struct CustomHeader
{
    bool ok = false;
    int format = 0; ///< 1 custom, 3 tar, 5 directory (its toc.dat)
    QString database;
    QString serverVersion;
    QString dumpVersion;
};

CustomHeader readCustomHeader(QByteArrayView bytes)
{
    CustomHeader header;
    qsizetype pos = 5;
    bool ok = true;
    const auto byte = [&]() -> int {
        if (pos >= bytes.size()) {
            ok = false;
            return 0;
        }
        return static_cast<unsigned char>(bytes[pos++]);
    };
    const int major = byte();
    const int minor = byte();
    const int revision = (major > 1 || (major == 1 && minor > 0)) ? byte() : 0;
    const int version = (major << 16) | (minor << 8) | revision;
    const auto atLeast = [version](int mi) { return version >= ((1 << 16) | (mi << 8)); };
    if (major != 1)
        return header;
    const int intSize = byte();
    if (intSize < 1 || intSize > 8)
        return header;
    if (atLeast(7))
        byte(); // offSize
    header.format = byte();
    const auto readInt = [&]() -> qint64 {
        const int sign = byte();
        quint64 value = 0;
        for (int b = 0; b < intSize; ++b)
            value |= quint64(byte()) << (8 * b);
        return sign ? -qint64(value) : qint64(value);
    };
    const auto readString = [&]() -> QString {
        const qint64 length = readInt();
        if (length < 0 || pos + length > bytes.size()) {
            if (length >= 0)
                ok = false;
            return {};
        }
        const QString text = QString::fromUtf8(bytes.sliced(pos, length));
        pos += length;
        return text;
    };
    if (atLeast(15))
        byte(); // compression algorithm
    else if (atLeast(4))
        readInt(); // compression level
    else if (atLeast(2))
        byte();
    if (atLeast(4)) {
        for (int i = 0; i < 7; ++i)
            readInt(); // creation time
        header.database = readString();
    }
    if (atLeast(10)) {
        header.serverVersion = readString();
        header.dumpVersion = readString();
    }
    header.ok = ok;
    return header;
}

} // namespace

// --- the summary ------------------------------------------------------------------------------------------------

QString DumpTable::qualifiedName() const
{
    return schema.isEmpty() ? quoteIdentifier(table) : quoteIdentifier(schema) + u'.' + quoteIdentifier(table);
}

qint64 DumpDatabase::rows() const
{
    qint64 total = 0;
    for (const DumpTable &table : tables)
        total += table.rows;
    return total;
}

DumpSummary::Verdict DumpSummary::verdict() const
{
    if (format == Format::Unknown || format == Format::PgDumpCustom)
        return Verdict::Unreadable;
    if (format == Format::Empty && hasProblem(DumpProblem::Kind::CompressedDataCorrupt))
        return Verdict::Unreadable;
    return complete && problems.isEmpty() ? Verdict::Complete : Verdict::Incomplete;
}

bool DumpSummary::hasProblem(DumpProblem::Kind kind) const
{
    for (const DumpProblem &problem : problems) {
        if (problem.kind == kind)
            return true;
    }
    return false;
}

const DumpDatabase *DumpSummary::database(const QString &name) const
{
    for (const DumpDatabase &db : databases) {
        if (db.name == name)
            return &db;
    }
    return nullptr;
}

qint64 DumpSummary::rows() const
{
    qint64 total = 0;
    for (const DumpDatabase &db : databases)
        total += db.rows();
    return total;
}

QString DumpSummary::formatName(Format format)
{
    switch (format) {
    case Format::Empty:
        return QStringLiteral("empty");
    case Format::PgDumpall:
        return QStringLiteral("pg_dumpall");
    case Format::PgDump:
        return QStringLiteral("pg_dump");
    case Format::PgDumpCustom:
        return QStringLiteral("pg_dump_custom");
    case Format::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject DumpSummary::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonArray roleNames;
    for (const DumpRole &role : roles)
        roleNames.append(role.name);
    QJsonArray dbs;
    for (const DumpDatabase &db : databases) {
        QJsonArray tables;
        for (const DumpTable &table : db.tables) {
            tables.append(
                QJsonObject{{QStringLiteral("schema"), orNull(table.schema.isEmpty() ? QString() : table.schema)},
                            {QStringLiteral("table"), table.table},
                            {QStringLiteral("rows"), table.rows}});
        }
        dbs.append(QJsonObject{{QStringLiteral("name"), orNull(db.name)},
                               {QStringLiteral("bytes"), db.bytes},
                               {QStringLiteral("tables"), tables}});
    }
    QJsonArray sentences;
    for (const DumpProblem &problem : problems)
        sentences.append(problem.message);
    return {{QStringLiteral("format"), formatName(format)},
            {QStringLiteral("complete"), complete},
            {QStringLiteral("source_version"), orNull(sourceVersion)},
            {QStringLiteral("dump_tool_version"), orNull(dumpToolVersion)},
            {QStringLiteral("roles"), roleNames},
            {QStringLiteral("databases"), dbs},
            {QStringLiteral("problems"), sentences}};
}

// --- the reader ---------------------------------------------------------------------------------------------------
//
// Three layers, each streaming: the input (plain, or gunzip'ed with zlib), the content sniffer (the first bytes tell a
// text dump from a custom archive or a foreign file), and the SQL text. The text layer splits lines with memchr; COPY
// data takes a fast path that only looks at each line's length and first bytes; everything else goes through a small
// lexer that knows psql's quoting (strings, identifiers, dollar quotes, comments, BEGIN ATOMIC bodies), so that a
// line inside a string that looks like "\connect x" or "COPY …" is not taken for one.

class DumpInspector::Private
{
public:
    Private() { reset(); }
    ~Private() { endInflate(); }
    Q_DISABLE_COPY_MOVE(Private)

    void reset();
    void input(const char *p, qsizetype n);
    DumpSummary finish();
    bool wantsMore() const { return m_input != Input::Stopped && m_content != Content::Stopped; }
    void skipped(qint64 bytes) { m_skipped += bytes; }

    qint64 m_fed = 0;

private:
    enum class Input : quint8
    {
        Sniffing,
        Plain,
        Gzip,
        Stopped
    };
    enum class Content : quint8
    {
        Sniffing,
        Text,
        Stopped
    };
    enum class State : quint8
    {
        Between, ///< between statements (leading whitespace of a line)
        BetweenDash, ///< one '-' where a statement could start
        CommentLine, ///< a "--" line outside statements
        MetaLine, ///< a psql backslash command
        JunkLine, ///< a line that is none of these
        Word, ///< the first word of a statement
        Body,
        SQuote,
        EQuote,
        DQuote,
        DollarTag,
        Dollar,
        LineComment,
        BlockComment,
        Copy ///< COPY data lines
    };
    enum class Kind : quint8
    {
        Other,
        Copy,
        Insert,
        Create,
        Alter
    };

    // input and content layers
    void inflateBytes(const char *p, qsizetype n);
    void endInflate();
    void content(const char *p, qsizetype n);
    void decideContent();
    void notADump(const QString &message);

    // text layer
    void text(const char *p, const char *end);
    const char *copyData(const char *p, const char *end);
    void sql(const char *p, const char *end);
    const char *body(const char *p, const char *end);
    void endLine(bool newline);
    void startStatement();
    void finishWord();
    void endStatement();
    void trackIdentifier(char c);
    void appendHead(const char *p, qsizetype n)
    {
        const qsizetype take = qMin(n, HeadCap - m_headLen);
        if (take > 0) {
            std::memcpy(m_head.data() + m_headLen, p, size_t(take));
            m_headLen += take;
        }
    }
    void appendHead(char c)
    {
        if (m_headLen < HeadCap)
            m_head[size_t(m_headLen++)] = c;
    }
    void captureLine(const char *p, qsizetype n)
    {
        const qsizetype take = qMin(n, LineHeadCap - m_lineHeadLen);
        if (take > 0) {
            std::memcpy(m_lineHead.data() + m_lineHeadLen, p, size_t(take));
            m_lineHeadLen += take;
        }
    }
    QByteArrayView head() const { return QByteArrayView(m_head.data(), m_headLen); }
    QByteArrayView lineHead() const { return QByteArrayView(m_lineHead.data(), m_lineHeadLen); }

    void handleComment();
    void handleMeta();
    void unknownLine();
    void noteTrailing(qint64 line);
    void decideFormat(DumpSummary::Format format);
    void openDatabase(qint64 offset, const QString &name, bool fromConnect);
    void closeDatabase(qint64 end);
    void ensureDatabase();
    int tableIndex(const QString &schema, const QString &table, DumpTable::Source source);
    void onConnect(const QString &name);
    void onCopy();
    void onInsert(bool finished);
    void onRole(bool create);
    void onCreateDatabase();
    void flushCopyRows();
    void addProblem(DumpProblem::Kind kind, const QString &message, qint64 line = 0)
    {
        m_summary.problems.append({kind, message, line});
    }
    void finishText();

    DumpSummary m_summary;
    qint64 m_skipped = 0;

    // input
    Input m_input = Input::Sniffing;
    QByteArray m_inputSniff;
    z_stream m_zs{};
    bool m_zInit = false;
    bool m_zMemberEnded = false;
    qint64 m_zMembers = 0;
    qint64 m_zMemberOut = 0;
    QByteArray m_inflated;

    // content
    Content m_content = Content::Sniffing;
    QByteArray m_sniff;

    // text: position
    qint64 m_offset = 0; ///< text bytes consumed
    qint64 m_line = 0; ///< completed lines
    qint64 m_lineStart = 0;
    qint64 m_prevLineStart = 0;
    bool m_lineDashes = false; ///< the current line is "--"
    bool m_prevLineDashes = false;
    qsizetype m_lineLen = 0;
    char m_lastByte = 0;
    std::array<char, LineHeadCap> m_lineHead{};
    qsizetype m_lineHeadLen = 0;
    bool m_sawContent = false; ///< any non-whitespace byte
    bool m_lineContent = false; ///< the current line has a non-whitespace byte

    // text: lexer
    State m_state = State::Between;
    Kind m_kind = Kind::Other;
    bool m_inStatement = false;
    qint64 m_stmtLine = 0;
    std::array<char, HeadCap> m_head{};
    qsizetype m_headLen = 0;
    std::array<char, 16> m_word{};
    int m_wordLen = 0;
    char m_prev = 0;
    char m_prev2 = 0;
    int m_depth = 0;
    qint64 m_groups = 0;
    bool m_escape = false; ///< EQuote: the previous byte was a backslash
    std::array<char, 64> m_tag{};
    int m_tagLen = 0;
    int m_match = -1;
    int m_blockDepth = 0;
    // CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END: psql's heuristic (psqlscan.l)
    bool m_trackIdentifiers = false;
    std::array<char, 4> m_identInitials{};
    int m_identCount = 0;
    std::array<char, 8> m_ident{};
    int m_identLen = 0;
    bool m_inIdent = false;
    int m_beginDepth = 0;

    // text: COPY
    bool m_copyPending = false;
    int m_copyDb = -1;
    int m_copyTable = -1;
    qint64 m_copyRows = 0;

    // text: findings
    bool m_formatDecided = false;
    int m_undecidedLines = 0;
    qint64 m_footerLine = 0;
    qint64 m_trailingLine = 0;
    qint64 m_crlfLines = 0;
    qint64 m_crlfFirst = 0;
    qint64 m_unknownLines = 0;
    qint64 m_unknownFirst = 0;
    QString m_unknownExample;
    int m_current = -1;
    bool m_currentConnected = false;
    bool m_currentHasDumpHeader = false;
    QList<QHash<QString, int>> m_tableIndex;
    QByteArray m_lastInsertName;
    int m_lastInsertDb = -1;
    int m_lastInsertTable = -1;
    struct Created
    {
        QString encoding, provider, collate, ctype;
    };
    QHash<QString, Created> m_created;
};

void DumpInspector::Private::reset()
{
    endInflate();
    m_summary = DumpSummary();
    m_fed = 0;
    m_skipped = 0;
    m_input = Input::Sniffing;
    m_inputSniff.clear();
    m_zMemberEnded = false;
    m_zMembers = 0;
    m_zMemberOut = 0;
    m_content = Content::Sniffing;
    m_sniff.clear();
    m_offset = 0;
    m_line = 0;
    m_lineStart = 0;
    m_prevLineStart = 0;
    m_lineDashes = false;
    m_prevLineDashes = false;
    m_lineLen = 0;
    m_lastByte = 0;
    m_lineHeadLen = 0;
    m_sawContent = false;
    m_state = State::Between;
    m_kind = Kind::Other;
    m_inStatement = false;
    m_headLen = 0;
    m_copyPending = false;
    m_copyDb = -1;
    m_copyTable = -1;
    m_copyRows = 0;
    m_formatDecided = false;
    m_undecidedLines = 0;
    m_footerLine = 0;
    m_trailingLine = 0;
    m_crlfLines = 0;
    m_crlfFirst = 0;
    m_unknownLines = 0;
    m_unknownFirst = 0;
    m_unknownExample.clear();
    m_current = -1;
    m_currentConnected = false;
    m_currentHasDumpHeader = false;
    m_tableIndex.clear();
    m_lastInsertName.clear();
    m_lastInsertDb = -1;
    m_lastInsertTable = -1;
    m_created.clear();
}

// --- input: plain or gzip -----------------------------------------------------------------------------------------

void DumpInspector::Private::input(const char *p, qsizetype n)
{
    m_fed += n;
    switch (m_input) {
    case Input::Sniffing: {
        const qsizetype take = qMin(n, 2 - m_inputSniff.size());
        m_inputSniff.append(p, take);
        p += take;
        n -= take;
        if (m_inputSniff.size() < 2)
            return;
        if (m_inputSniff.startsWith("\x1f\x8b")) {
            m_input = Input::Gzip;
            m_summary.compressed = true;
            m_zs = z_stream{};
            if (inflateInit2(&m_zs, 16 + MAX_WBITS) != Z_OK) {
                m_input = Input::Stopped;
                addProblem(DumpProblem::Kind::CompressedDataCorrupt,
                           DumpInspector::trText("The compressed file cannot be opened: zlib could not start."));
                return;
            }
            m_zInit = true;
            m_inflated.resize(InflateChunk);
            inflateBytes(m_inputSniff.constData(), m_inputSniff.size());
            if (n > 0) {
                m_fed -= n; // counted once, above
                input(p, n);
            }
        } else {
            m_input = Input::Plain;
            content(m_inputSniff.constData(), m_inputSniff.size());
            if (n > 0)
                content(p, n);
        }
        return;
    }
    case Input::Plain:
        content(p, n);
        return;
    case Input::Gzip:
        // zlib counts in 32 bits.
        while (n > 0) {
            const qsizetype piece = qMin<qsizetype>(n, qsizetype(1) << 30);
            inflateBytes(p, piece);
            p += piece;
            n -= piece;
        }
        return;
    case Input::Stopped:
        return;
    }
}

void DumpInspector::Private::inflateBytes(const char *p, qsizetype n)
{
    m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(p));
    m_zs.avail_in = uInt(n);
    while (m_input == Input::Gzip && m_content != Content::Stopped) {
        if (m_zMemberEnded) {
            if (m_zs.avail_in == 0)
                return;
            // Another gzip member follows (gzip allows several, concatenated).
            inflateReset(&m_zs);
            m_zMemberEnded = false;
            m_zMemberOut = 0;
        }
        m_zs.next_out = reinterpret_cast<Bytef *>(m_inflated.data());
        m_zs.avail_out = uInt(m_inflated.size());
        const int rc = ::inflate(&m_zs, Z_NO_FLUSH);
        const qsizetype produced = m_inflated.size() - qsizetype(m_zs.avail_out);
        if (produced > 0) {
            m_zMemberOut += produced;
            content(m_inflated.constData(), produced);
            if (m_content == Content::Stopped) {
                m_input = Input::Stopped; // the rest cannot change the summary
                return;
            }
        }
        if (rc == Z_STREAM_END) {
            m_zMemberEnded = true;
            ++m_zMembers;
            continue;
        }
        if (rc == Z_OK) {
            if (m_zs.avail_out == 0 || m_zs.avail_in > 0)
                continue;
            return;
        }
        if (rc == Z_BUF_ERROR)
            return; // needs more input
        // Z_DATA_ERROR and friends.
        if (m_zMembers > 0 && m_zMemberOut == 0) {
            addProblem(
                DumpProblem::Kind::TrailingContent,
                DumpInspector::trText("After the compressed data the file holds bytes that are not gzip; they were "
                                      "ignored. The file may have been appended to by mistake."));
        } else {
            addProblem(
                DumpProblem::Kind::CompressedDataCorrupt,
                DumpInspector::trText("The compressed data is damaged after %1 bytes of SQL (zlib: %2). The file "
                                      "was corrupted when it was copied or stored; use another copy of the backup.")
                    .arg(m_offset)
                    .arg(QString::fromUtf8(m_zs.msg ? m_zs.msg : "unknown error")));
        }
        m_input = Input::Stopped;
        return;
    }
}

void DumpInspector::Private::endInflate()
{
    if (m_zInit) {
        inflateEnd(&m_zs);
        m_zInit = false;
    }
}

// --- content: what kind of file ---------------------------------------------------------------------------------

void DumpInspector::Private::content(const char *p, qsizetype n)
{
    if (m_content == Content::Text) {
        text(p, p + n);
        return;
    }
    if (m_content == Content::Stopped)
        return;
    const qsizetype take = qMin(n, SniffBytes - m_sniff.size());
    m_sniff.append(p, take);
    if (m_sniff.size() < SniffBytes)
        return;
    decideContent();
    if (m_content == Content::Text && n > take)
        text(p + take, p + n);
}

void DumpInspector::Private::notADump(const QString &message)
{
    m_summary.format = DumpSummary::Format::Unknown;
    m_formatDecided = true;
    m_content = Content::Stopped;
    addProblem(DumpProblem::Kind::NotADump, message);
}

void DumpInspector::Private::decideContent()
{
    const QByteArrayView b(m_sniff);
    const auto magic = [&b](QByteArrayView m, qsizetype at = 0) {
        return b.size() >= at + m.size() && b.sliced(at, m.size()) == m;
    };
    if (magic("PGDMP")) {
        const CustomHeader header = readCustomHeader(b);
        m_summary.format = DumpSummary::Format::PgDumpCustom;
        m_formatDecided = true;
        m_content = Content::Stopped;
        if (header.ok) {
            m_summary.sourceVersionText = header.serverVersion;
            m_summary.sourceVersion = versionNumber(header.serverVersion);
            m_summary.dumpToolVersionText = header.dumpVersion;
            m_summary.dumpToolVersion = versionNumber(header.dumpVersion);
            DumpDatabase db;
            db.name = header.database;
            m_summary.databases.append(db);
        }
        QString what;
        if (header.format == 5)
            what = DumpInspector::trText("the table of contents (toc.dat) of a pg_dump directory-format archive");
        else if (header.format == 3)
            what = DumpInspector::trText("a pg_dump tar-format archive");
        else
            what = DumpInspector::trText("a pg_dump custom-format archive (pg_dump -Fc)");
        QString origin;
        if (header.ok) {
            origin = DumpInspector::trText(" of database “%1”, from PostgreSQL %2, made by pg_dump %3")
                         .arg(header.database,
                              m_summary.sourceVersion.isEmpty() ? QStringLiteral("?") : m_summary.sourceVersion,
                              m_summary.dumpToolVersion.isEmpty() ? QStringLiteral("?") : m_summary.dumpToolVersion);
        }
        addProblem(DumpProblem::Kind::CustomFormat,
                   DumpInspector::trText("The file is %1%2. This app reads plain SQL dumps only: restore it with "
                                         "pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.")
                       .arg(what, origin));
        return;
    }
    struct Foreign
    {
        QByteArrayView magic;
        const char *name;
        const char *command;
    };
    static const Foreign compressors[] = {
        {QByteArrayView("\x1f\x8b", 2), "gzip (twice)", "gunzip"},
        {QByteArrayView("\xfd"
                        "7zXZ\0",
                        6),
         "xz", "xz -d"},
        {QByteArrayView("\x28\xb5\x2f\xfd", 4), "zstd", "zstd -d"},
        {QByteArrayView("BZh", 3), "bzip2", "bunzip2"},
        {QByteArrayView("PK\x03\x04", 4), "zip", "unzip"},
        {QByteArrayView("7z\xbc\xaf\x27\x1c", 6), "7-Zip", "7z x"},
    };
    for (const Foreign &f : compressors) {
        if (magic(f.magic)) {
            notADump(
                DumpInspector::trText("The file is compressed with %1, which this app does not read. Decompress it "
                                      "first (%2) and open the .sql file inside.")
                    .arg(QString::fromLatin1(f.name), QString::fromLatin1(f.command)));
            return;
        }
    }
    static const Foreign documents[] = {
        {QByteArrayView("\x89PNG\r\n\x1a\n", 8), "PNG image", nullptr},
        {QByteArrayView("\xff\xd8\xff", 3), "JPEG image", nullptr},
        {QByteArrayView("%PDF", 4), "PDF document", nullptr},
    };
    for (const Foreign &f : documents) {
        if (magic(f.magic)) {
            notADump(DumpInspector::trText("The file is a %1, not a PostgreSQL dump. Choose the .sql file that "
                                           "pg_dumpall wrote.")
                         .arg(QString::fromLatin1(f.name)));
            return;
        }
    }
    if (magic("ustar", 257)) {
        if (magic("toc.dat"))
            notADump(
                DumpInspector::trText("The file is a pg_dump tar-format archive (pg_dump -Ft). This app reads plain "
                                      "SQL dumps only: restore it with pg_restore, or turn it into SQL first with "
                                      "“pg_restore -f dump.sql FILE”."));
        else
            notADump(DumpInspector::trText("The file is a tar archive, not a PostgreSQL dump. Unpack it and open the "
                                           ".sql file inside."));
        return;
    }
    if (b.contains('\0')) {
        notADump(
            DumpInspector::trText("The file is binary, not a PostgreSQL dump. A plain dump is text that starts with "
                                  "“-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database "
                                  "dump” (pg_dump)."));
        return;
    }
    m_content = Content::Text;
    qsizetype start = 0;
    if (magic("\xef\xbb\xbf")) {
        addProblem(DumpProblem::Kind::ByteOrderMark,
                   DumpInspector::trText("The file starts with a UTF-8 byte order mark, which pg_dump never writes: an "
                                         "editor saved it. psql would fail on the first statement; remove the first "
                                         "three bytes or use the original file."),
                   1);
        start = 3;
        m_offset = 3;
        m_lineStart = 3;
    }
    const QByteArray sniffed = std::exchange(m_sniff, QByteArray());
    text(sniffed.constData() + start, sniffed.constData() + sniffed.size());
}

// --- text: lines --------------------------------------------------------------------------------------------------

void DumpInspector::Private::text(const char *p, const char *end)
{
    while (p < end && m_content == Content::Text) {
        if (m_state == State::Copy) {
            p = copyData(p, end);
            continue;
        }
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = nl ? nl : end;
        if (stop > p) {
            sql(p, stop);
            m_lineLen += stop - p;
            m_lastByte = stop[-1];
            m_offset += stop - p;
        }
        p = stop;
        if (nl) {
            ++m_offset;
            ++p;
            endLine(true);
        }
    }
}

/// COPY data: a row per line until a line that is exactly "\." (a value \. is written \\.).
const char *DumpInspector::Private::copyData(const char *p, const char *end)
{
    qint64 rows = 0;
    qint64 lines = 0;
    const char *const begin = p;
    bool done = false;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            // A line continues in the next chunk: keep its first bytes (enough to see "\.\r") and its last byte.
            const qsizetype n = end - p;
            captureLine(p, qMin<qsizetype>(n, 3));
            m_lineLen += n;
            m_lastByte = end[-1];
            p = end;
            break;
        }
        const qsizetype len = nl - p;
        bool terminator;
        char last;
        if (m_lineLen == 0) {
            terminator = len >= 2 && len <= 3 && p[0] == '\\' && p[1] == '.' && (len == 2 || p[2] == '\r');
            last = len > 0 ? nl[-1] : 0;
        } else {
            captureLine(p, qMin<qsizetype>(len, 3));
            const qsizetype total = m_lineLen + len;
            const char *h = m_lineHead.data();
            terminator = total >= 2 && total <= 3 && h[0] == '\\' && h[1] == '.' && (total == 2 || h[2] == '\r');
            last = len > 0 ? nl[-1] : m_lastByte;
            m_lineLen = 0;
            m_lineHeadLen = 0;
        }
        ++lines;
        if (last == '\r') {
            if (m_crlfLines++ == 0)
                m_crlfFirst = m_line + lines;
        }
        p = nl + 1;
        if (terminator) {
            done = true;
            break;
        }
        ++rows;
    }
    m_copyRows += rows;
    m_line += lines;
    m_offset += p - begin;
    if (lines > 0) {
        m_prevLineDashes = false;
        m_lineStart = m_offset - (m_lineLen > 0 ? m_lineLen : 0);
        m_prevLineStart = m_lineStart;
    }
    if (done) {
        flushCopyRows();
        m_summary.databases[m_copyDb].tables[m_copyTable].complete = true;
        m_copyDb = m_copyTable = -1;
        m_state = State::Between;
        m_lineLen = 0;
        m_lineHeadLen = 0;
        m_lineStart = m_offset;
    }
    return p;
}

void DumpInspector::Private::flushCopyRows()
{
    if (m_copyDb >= 0 && m_copyTable >= 0)
        m_summary.databases[m_copyDb].tables[m_copyTable].rows += m_copyRows;
    m_copyRows = 0;
}

void DumpInspector::Private::endLine(bool newline)
{
    const bool inValue =
        m_state == State::SQuote || m_state == State::EQuote || m_state == State::DQuote || m_state == State::Dollar;
    if (newline && m_lineLen > 0 && m_lastByte == '\r' && !inValue) {
        if (m_crlfLines++ == 0)
            m_crlfFirst = m_line + 1;
    }
    ++m_line;
    const bool blank = m_state == State::Between && !m_lineContent;
    m_lineContent = false;
    switch (m_state) {
    case State::Between:
        break;
    case State::BetweenDash:
        m_lineHead[0] = '-';
        m_lineHeadLen = 1;
        unknownLine();
        m_state = State::Between;
        break;
    case State::CommentLine:
        handleComment();
        m_state = State::Between;
        break;
    case State::MetaLine:
        handleMeta();
        m_state = State::Between;
        break;
    case State::JunkLine:
        unknownLine();
        m_state = State::Between;
        break;
    case State::Word:
        finishWord();
        if (m_state == State::JunkLine) {
            unknownLine();
            m_state = State::Between;
        } else {
            appendHead('\n');
            m_prev2 = m_prev;
            m_prev = '\n';
        }
        break;
    case State::Body:
        if (m_trackIdentifiers)
            trackIdentifier('\n');
        appendHead('\n');
        m_prev2 = m_prev;
        m_prev = '\n';
        break;
    case State::LineComment:
        m_state = State::Body;
        m_prev = '\n';
        break;
    case State::DollarTag:
        m_state = State::Body;
        m_prev = '\n';
        break;
    case State::Dollar:
        m_match = -1;
        break;
    case State::SQuote:
    case State::EQuote:
    case State::DQuote:
    case State::BlockComment:
        appendHead('\n');
        break;
    case State::Copy:
        break;
    }
    if (!blank && !m_formatDecided && ++m_undecidedLines >= UndecidedLineLimit) {
        notADump(DumpInspector::trText("The file is text but not a PostgreSQL dump: none of its first lines is the "
                                       "header “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL "
                                       "database dump” (pg_dump)."));
    }
    if (m_state == State::Between && m_copyPending) {
        m_copyPending = false;
        m_state = State::Copy;
    }
    m_prevLineStart = m_lineStart;
    m_prevLineDashes = m_lineDashes;
    m_lineDashes = false;
    m_lineStart = m_offset;
    m_lineLen = 0;
    m_lineHeadLen = 0;
}

// --- text: the lexer ----------------------------------------------------------------------------------------------

void DumpInspector::Private::sql(const char *p, const char *end)
{
    while (p < end) {
        switch (m_state) {
        case State::Between: {
            const char c = *p;
            if (isSpace(c)) {
                ++p;
                break;
            }
            m_sawContent = true;
            m_lineContent = true;
            if (c == '-') {
                m_state = State::BetweenDash;
                ++p;
                break;
            }
            if (c == '\\') {
                m_state = State::MetaLine;
                m_lineHeadLen = 0;
                ++p;
                break;
            }
            if (c == ';') {
                ++p;
                break;
            }
            startStatement();
            break; // c again, as the statement's first byte
        }
        case State::BetweenDash:
            if (*p == '-') {
                m_state = State::CommentLine;
                m_lineHeadLen = 0;
                ++p;
            } else {
                m_state = State::JunkLine;
                m_lineHeadLen = 0;
                captureLine("-", 1);
            }
            break;
        case State::CommentLine:
        case State::MetaLine:
        case State::JunkLine:
            captureLine(p, end - p);
            if (m_state == State::CommentLine && !m_formatDecided && std::memchr(p, '\0', size_t(end - p))) {
                notADump(DumpInspector::trText("The file is binary, not a PostgreSQL dump."));
                return;
            }
            p = end;
            break;
        case State::Word: {
            const char c = *p;
            if (isLetter(c)) {
                if (m_wordLen < int(m_word.size()))
                    m_word[size_t(m_wordLen++)] = upper(c);
                appendHead(c);
                ++p;
                break;
            }
            finishWord();
            break; // c again, in Body (or as junk)
        }
        case State::Body:
            p = body(p, end);
            break;
        case State::SQuote: {
            const char *q = static_cast<const char *>(std::memchr(p, '\'', size_t(end - p)));
            const char *stop = q ? q + 1 : end;
            appendHead(p, stop - p);
            if (q) {
                m_state = State::Body;
                m_prev2 = 0;
                m_prev = '\'';
            }
            p = stop;
            break;
        }
        case State::DQuote: {
            const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            const char *stop = q ? q + 1 : end;
            appendHead(p, stop - p);
            if (q) {
                m_state = State::Body;
                m_prev2 = 0;
                m_prev = '"';
            }
            p = stop;
            break;
        }
        case State::EQuote: {
            const char c = *p++;
            appendHead(c);
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '\'') {
                m_state = State::Body;
                m_prev2 = 0;
                m_prev = '\'';
            }
            break;
        }
        case State::DollarTag: {
            const char c = *p;
            if (c == '$') {
                appendHead(c);
                ++p;
                m_state = State::Dollar;
                m_match = -1;
            } else if (isIdentChar(c) && !(m_tagLen == 0 && c >= '0' && c <= '9')) {
                appendHead(c);
                ++p;
                if (m_tagLen < int(m_tag.size()))
                    m_tag[size_t(m_tagLen++)] = c;
            } else {
                m_state = State::Body; // "$1" or a lone "$": not a dollar quote
                m_prev = '$';
            }
            break;
        }
        case State::Dollar: {
            const char c = *p++;
            appendHead(c);
            if (c == '$') {
                if (m_match == m_tagLen) {
                    m_state = State::Body;
                    m_prev2 = 0;
                    m_prev = '$';
                } else {
                    m_match = 0;
                }
            } else if (m_match >= 0 && m_match < m_tagLen && c == m_tag[size_t(m_match)]) {
                ++m_match;
            } else {
                m_match = -1;
            }
            break;
        }
        case State::LineComment:
            p = end;
            break;
        case State::BlockComment: {
            const char c = *p++;
            if (m_prev == '*' && c == '/') {
                if (--m_blockDepth == 0) {
                    m_state = State::Body;
                    m_prev = ' ';
                    break;
                }
                m_prev = 0;
            } else if (m_prev == '/' && c == '*') {
                ++m_blockDepth;
                m_prev = 0;
            } else {
                m_prev = c;
            }
            break;
        }
        case State::Copy:
            return; // cannot happen: COPY data starts at a line boundary
        }
        if (m_content != Content::Text)
            return;
    }
}

const char *DumpInspector::Private::body(const char *p, const char *end)
{
    // The bytes that can change the lexer's state; runs of others (most of an INSERT's values) are copied at once.
    static constexpr std::array<bool, 256> special = [] {
        std::array<bool, 256> table{};
        for (const unsigned char c : {'\'', '"', '$', '-', '*', '(', ')', ';'})
            table[c] = true;
        return table;
    }();
    while (p < end) {
        if (!m_trackIdentifiers) {
            const char *q = p;
            while (q < end && !special[static_cast<unsigned char>(*q)])
                ++q;
            if (q > p) {
                appendHead(p, q - p);
                m_prev2 = q - p >= 2 ? q[-2] : m_prev;
                m_prev = q[-1];
                p = q;
                if (p == end)
                    break;
            }
        }
        const char c = *p;
        appendHead(c);
        if (m_trackIdentifiers)
            trackIdentifier(c);
        switch (c) {
        case '\'':
            m_state = ((m_prev == 'E' || m_prev == 'e') && !isIdentChar(m_prev2)) ? State::EQuote : State::SQuote;
            m_escape = false;
            return p + 1;
        case '"':
            m_state = State::DQuote;
            return p + 1;
        case '$':
            if (!isIdentChar(m_prev)) {
                m_state = State::DollarTag;
                m_tagLen = 0;
                return p + 1;
            }
            break;
        case '-':
            if (m_prev == '-') {
                m_state = State::LineComment;
                return p + 1;
            }
            break;
        case '*':
            if (m_prev == '/') {
                m_state = State::BlockComment;
                m_blockDepth = 1;
                m_prev = 0;
                return p + 1;
            }
            break;
        case '(':
            if (m_depth++ == 0)
                ++m_groups;
            break;
        case ')':
            if (m_depth > 0)
                --m_depth;
            break;
        case ';':
            if (m_depth == 0 && m_beginDepth == 0) {
                endStatement();
                return p + 1;
            }
            break;
        default:
            break;
        }
        m_prev2 = m_prev;
        m_prev = c;
        ++p;
    }
    return p;
}

/// psql's rule for CREATE [OR REPLACE] FUNCTION/PROCEDURE: a ';' between BEGIN and END does not end the statement.
void DumpInspector::Private::trackIdentifier(char c)
{
    if (isIdentChar(c) && (m_inIdent || !(c >= '0' && c <= '9'))) {
        if (!m_inIdent) {
            m_inIdent = true;
            m_identLen = 0;
        }
        if (m_identLen < int(m_ident.size()))
            m_ident[size_t(m_identLen++)] = lower(c);
        else
            m_identLen = int(m_ident.size()) + 1; // too long to be a keyword we want
        return;
    }
    if (!m_inIdent)
        return;
    m_inIdent = false;
    const QByteArrayView word(m_ident.data(), qMin<qsizetype>(m_identLen, qsizetype(m_ident.size())));
    const bool keywordSized = m_identLen <= int(m_ident.size());
    if (keywordSized && m_identCount < int(m_identInitials.size()) &&
        (word == "create" || word == "function" || word == "procedure" || word == "or" || word == "replace"))
        m_identInitials[size_t(m_identCount)] = word[0];
    ++m_identCount;
    const auto &i = m_identInitials;
    const bool routine =
        i[0] == 'c' && (i[1] == 'f' || i[1] == 'p' || (i[1] == 'o' && i[2] == 'r' && (i[3] == 'f' || i[3] == 'p')));
    if (!routine || m_depth != 0 || !keywordSized)
        return;
    if (word == "begin")
        ++m_beginDepth;
    else if (word == "case" && m_beginDepth >= 1)
        ++m_beginDepth;
    else if (word == "end" && m_beginDepth > 0)
        --m_beginDepth;
}

void DumpInspector::Private::startStatement()
{
    if (m_footerLine > 0)
        noteTrailing(m_line + 1);
    m_state = State::Word;
    m_inStatement = true;
    m_kind = Kind::Other;
    m_stmtLine = m_line + 1;
    m_headLen = 0;
    m_wordLen = 0;
    m_prev = m_prev2 = 0;
    m_depth = 0;
    m_groups = 0;
    m_trackIdentifiers = false;
    m_identInitials = {};
    m_identCount = 0;
    m_inIdent = false;
    m_beginDepth = 0;
}

void DumpInspector::Private::finishWord()
{
    static constexpr QByteArrayView keywords[] = {
        "INSERT",  "COPY",     "SET",      "SELECT", "CREATE",     "ALTER",     "COMMENT",  "GRANT",   "REVOKE",
        "ABORT",   "ANALYZE",  "BEGIN",    "CALL",   "CHECKPOINT", "CLOSE",     "CLUSTER",  "COMMIT",  "DEALLOCATE",
        "DECLARE", "DELETE",   "DISCARD",  "DO",     "DROP",       "END",       "EXECUTE",  "EXPLAIN", "FETCH",
        "IMPORT",  "LISTEN",   "LOAD",     "LOCK",   "MERGE",      "MOVE",      "NOTIFY",   "PREPARE", "REASSIGN",
        "REFRESH", "REINDEX",  "RELEASE",  "RESET",  "ROLLBACK",   "SAVEPOINT", "SECURITY", "SHOW",    "START",
        "TABLE",   "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM",     "VALUES",    "WITH",
    }; // the frequent ones first
    const QByteArrayView word(m_word.data(), m_wordLen);
    bool known = false;
    if (m_wordLen < int(m_word.size())) {
        for (const QByteArrayView keyword : keywords) {
            if (keyword.size() == word.size() && std::memcmp(keyword.data(), word.data(), size_t(word.size())) == 0) {
                known = true;
                break;
            }
        }
    }
    if (!known) {
        // Not SQL: skip the rest of the line, quoting its start in the report.
        m_inStatement = false;
        m_state = State::JunkLine;
        m_lineHeadLen = 0;
        captureLine(m_head.data(), m_headLen);
        return;
    }
    if (word == "COPY")
        m_kind = Kind::Copy;
    else if (word == "INSERT")
        m_kind = Kind::Insert;
    else if (word == "CREATE")
        m_kind = Kind::Create;
    else if (word == "ALTER")
        m_kind = Kind::Alter;
    m_trackIdentifiers = m_kind == Kind::Create;
    if (m_trackIdentifiers) {
        m_inIdent = true; // the word just read is the first identifier
        m_identLen = qMin(m_wordLen, int(m_ident.size()));
        for (int i = 0; i < m_identLen; ++i)
            m_ident[size_t(i)] = lower(m_word[size_t(i)]);
    }
    m_state = State::Body;
    m_prev = m_word[size_t(m_wordLen - 1)];
}

void DumpInspector::Private::endStatement()
{
    m_state = State::Between;
    m_inStatement = false;
    switch (m_kind) {
    case Kind::Copy:
        onCopy();
        break;
    case Kind::Insert:
        onInsert(true);
        break;
    case Kind::Create:
        if (startsWithNoCase(head(), "CREATE ROLE "))
            onRole(true);
        else if (startsWithNoCase(head(), "CREATE DATABASE "))
            onCreateDatabase();
        break;
    case Kind::Alter:
        if (startsWithNoCase(head(), "ALTER ROLE "))
            onRole(false);
        break;
    case Kind::Other:
        break;
    }
    m_headLen = 0;
}

// --- text: what the lines mean ------------------------------------------------------------------------------------

void DumpInspector::Private::handleComment()
{
    QByteArrayView text = lineHead(); // after "--"
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty()) {
        m_lineDashes = true;
        return;
    }
    const qint64 sectionStart = m_prevLineDashes ? m_prevLineStart : m_lineStart;
    if (text == " PostgreSQL database cluster dump") {
        if (!m_formatDecided)
            decideFormat(DumpSummary::Format::PgDumpall);
        else if (m_footerLine > 0)
            noteTrailing(m_line);
    } else if (text == " PostgreSQL database dump") {
        if (!m_formatDecided) {
            decideFormat(DumpSummary::Format::PgDump);
            openDatabase(sectionStart, QString(), false);
            m_currentHasDumpHeader = true;
        } else if (m_footerLine > 0) {
            noteTrailing(m_line);
        } else if (m_current >= 0 && !m_currentHasDumpHeader) {
            m_currentHasDumpHeader = true;
        } else {
            openDatabase(sectionStart, QString(), false);
            m_currentHasDumpHeader = true;
        }
    } else if (text == " PostgreSQL database dump complete") {
        if (m_current >= 0)
            m_summary.databases[m_current].endMark = true;
        if (m_summary.format == DumpSummary::Format::PgDump && m_footerLine == 0)
            m_footerLine = m_line;
    } else if (text == " PostgreSQL database cluster dump complete") {
        if (m_summary.format == DumpSummary::Format::PgDumpall && m_footerLine == 0) {
            closeDatabase(sectionStart);
            m_footerLine = m_line;
        }
    } else if (text.startsWith(" Database \"") && text.endsWith("\" dump")) {
        if (m_summary.format == DumpSummary::Format::PgDumpall) {
            if (m_footerLine > 0)
                noteTrailing(m_line);
            openDatabase(sectionStart, QString::fromUtf8(text.sliced(11, text.size() - 11 - 6)), false);
        }
    } else if (text.startsWith(" Dumped from database version ")) {
        if (m_summary.sourceVersionText.isEmpty()) {
            m_summary.sourceVersionText = QString::fromUtf8(text.sliced(30)).trimmed();
            m_summary.sourceVersion = versionNumber(m_summary.sourceVersionText);
        }
    } else if (text.startsWith(" Dumped by pg_dump version ") || text.startsWith(" Dumped by pg_dumpall version ")) {
        if (m_summary.dumpToolVersionText.isEmpty()) {
            m_summary.dumpToolVersionText = QString::fromUtf8(text.sliced(text.indexOf("version ") + 8)).trimmed();
            m_summary.dumpToolVersion = versionNumber(m_summary.dumpToolVersionText);
        }
    }
}

void DumpInspector::Private::handleMeta()
{
    QByteArrayView text = lineHead(); // after the backslash
    if (text.endsWith('\r'))
        text.chop(1);
    qsizetype nameEnd = 0;
    while (nameEnd < text.size() && isLetter(text[nameEnd]))
        ++nameEnd;
    const QByteArrayView command = text.first(nameEnd);
    const QByteArrayView args = text.sliced(nameEnd);
    if (command == "unrestrict")
        return;
    if (m_footerLine > 0)
        noteTrailing(m_line);
    if (command == "connect" || command == "c") {
        onConnect(connectTarget(args));
    } else if (command == "restrict") {
        m_summary.restrictLines = true;
    } else if (!(command == "encoding" || command == "set" || command == "unset" || command == "setenv" ||
                 command == "pset" || command == "echo" || command == "qecho" || command == "i" || command == "ir" ||
                 command == "include" || command == "include_relative" || command == "lo_import" || command == "if" ||
                 command == "elif" || command == "else" || command == "endif")) {
        // An unknown command, or "\." outside COPY data: psql would complain.
        const QByteArray line = '\\' + text.toByteArray();
        m_lineHeadLen = 0;
        captureLine(line.constData(), line.size());
        unknownLine();
    }
}

void DumpInspector::Private::unknownLine()
{
    if (m_footerLine > 0)
        noteTrailing(m_line);
    if (m_unknownLines++ == 0) {
        m_unknownFirst = m_line;
        m_unknownExample = example(lineHead(), m_lineHeadLen >= LineHeadCap);
    }
}

void DumpInspector::Private::noteTrailing(qint64 line)
{
    if (m_trailingLine == 0)
        m_trailingLine = line;
}

void DumpInspector::Private::decideFormat(DumpSummary::Format format)
{
    m_summary.format = format;
    m_formatDecided = true;
}

void DumpInspector::Private::openDatabase(qint64 offset, const QString &name, bool fromConnect)
{
    closeDatabase(offset);
    DumpDatabase db;
    db.name = name;
    db.offset = offset;
    m_summary.databases.append(db);
    m_tableIndex.append(QHash<QString, int>());
    m_current = int(m_summary.databases.size()) - 1;
    m_currentConnected = fromConnect;
    m_currentHasDumpHeader = false;
}

void DumpInspector::Private::closeDatabase(qint64 end)
{
    if (m_current < 0)
        return;
    DumpDatabase &db = m_summary.databases[m_current];
    db.bytes = qMax<qint64>(0, end - db.offset);
    m_current = -1;
}

void DumpInspector::Private::ensureDatabase()
{
    if (m_current < 0)
        openDatabase(m_lineStart, QString(), false);
}

int DumpInspector::Private::tableIndex(const QString &schema, const QString &table, DumpTable::Source source)
{
    ensureDatabase();
    QHash<QString, int> &index = m_tableIndex[m_current];
    const QString key = schema + QChar(0x1f) + table;
    const auto it = index.constFind(key);
    if (it != index.constEnd())
        return it.value();
    DumpTable entry;
    entry.schema = schema;
    entry.table = table;
    entry.source = source;
    QList<DumpTable> &tables = m_summary.databases[m_current].tables;
    tables.append(entry);
    const int i = int(tables.size()) - 1;
    index.insert(key, i);
    return i;
}

void DumpInspector::Private::onConnect(const QString &name)
{
    if (name.isEmpty())
        return;
    if (m_current >= 0 && !m_currentConnected) {
        m_summary.databases[m_current].name = name;
        m_currentConnected = true;
        return;
    }
    if (m_current >= 0 && m_summary.databases[m_current].name == name)
        return;
    openDatabase(m_lineStart, name, true);
}

void DumpInspector::Private::onCopy()
{
    const QByteArrayView h = head();
    qsizetype pos = 4; // "COPY"
    skipSpaces(h, pos);
    QString schema;
    QString table;
    if (!parseQualifiedName(h, pos, schema, table))
        return;
    // pg_dump writes "COPY name (columns) FROM stdin;". A COPY … TO or FROM a file has no data lines.
    if (m_headLen < HeadCap) {
        const QByteArrayView tail = h.last(qMin<qsizetype>(h.size(), 16));
        bool stdinFound = false;
        for (qsizetype i = 0; i + 10 <= tail.size(); ++i) {
            if (startsWithNoCase(tail.sliced(i), "FROM stdin"))
                stdinFound = true;
        }
        if (!stdinFound)
            return;
    }
    m_copyTable = tableIndex(schema, table, DumpTable::Source::Copy);
    m_copyDb = m_current;
    m_copyRows = 0;
    m_summary.databases[m_copyDb].tables[m_copyTable].complete = false;
    m_copyPending = true;
}

void DumpInspector::Private::onInsert(bool finished)
{
    const QByteArrayView h = head();
    qsizetype pos = 6; // "INSERT"
    skipSpaces(h, pos);
    if (!startsWithNoCase(h.sliced(pos), "INTO"))
        return;
    pos += 4;
    skipSpaces(h, pos);
    const qsizetype nameStart = pos;
    QString schema;
    QString table;
    int index = -1;
    // Consecutive INSERTs name the same table: compare the bytes before parsing again.
    qsizetype nameEnd = nameStart;
    {
        bool quoted = false;
        while (nameEnd < h.size()) {
            const char c = h[nameEnd];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (isSpace(c) || c == '\n' || c == '('))
                break;
            ++nameEnd;
        }
    }
    const QByteArrayView raw = h.sliced(nameStart, nameEnd - nameStart);
    if (m_current >= 0 && m_current == m_lastInsertDb && raw == QByteArrayView(m_lastInsertName)) {
        index = m_lastInsertTable;
        pos = nameEnd;
    } else {
        if (!parseQualifiedName(h, pos, schema, table))
            return;
        index = tableIndex(schema, table, DumpTable::Source::Insert);
        m_lastInsertName = raw.toByteArray();
        m_lastInsertDb = m_current;
        m_lastInsertTable = index;
    }
    DumpTable &entry = m_summary.databases[m_current].tables[index];
    if (!finished) {
        entry.complete = false;
        return;
    }
    skipSpaces(h, pos);
    const bool columnList = pos < h.size() && h[pos] == '(';
    entry.rows += qMax<qint64>(0, m_groups - (columnList ? 1 : 0));
}

void DumpInspector::Private::onRole(bool create)
{
    const QByteArrayView h = head();
    qsizetype pos = create ? 12 : 11; // "CREATE ROLE " / "ALTER ROLE "
    skipSpaces(h, pos);
    const qsizetype nameStart = pos;
    const QString name = parseIdentifier(h, pos);
    if (pos == nameStart || name.isEmpty())
        return;
    DumpRole *role = nullptr;
    for (DumpRole &r : m_summary.roles) {
        if (r.name == name)
            role = &r;
    }
    if (!role) {
        if (!create) {
            // ALTER ROLE … SET for a role created elsewhere: only roles the dump creates are listed.
            skipSpaces(h, pos);
            if (!startsWithNoCase(h.sliced(pos), "WITH"))
                return;
        }
        m_summary.roles.append({name});
        role = &m_summary.roles.last();
    }
    if (create)
        return;
    skipSpaces(h, pos);
    if (!startsWithNoCase(h.sliced(pos), "WITH"))
        return;
    pos += 4;
    while (pos < h.size()) {
        skipSpaces(h, pos);
        const qsizetype wordStart = pos;
        while (pos < h.size() && isLetter(h[pos]))
            ++pos;
        const QByteArray word = h.sliced(wordStart, pos - wordStart).toByteArray().toUpper();
        if (word.isEmpty()) {
            if (pos < h.size() && h[pos] == '\'') {
                // a quoted value of another option (VALID UNTIL '…'): skip it
                ++pos;
                while (pos < h.size() && h[pos] != '\'')
                    ++pos;
                ++pos;
                continue;
            }
            ++pos;
            continue;
        }
        if (word == "SUPERUSER")
            role->superuser = true;
        else if (word == "NOSUPERUSER")
            role->superuser = false;
        else if (word == "LOGIN")
            role->login = true;
        else if (word == "NOLOGIN")
            role->login = false;
        else if (word == "PASSWORD") {
            skipSpaces(h, pos);
            if (pos < h.size() && h[pos] == '\'') {
                // Only the kind of the password is kept; the bytes stay in the scratch buffer.
                const QByteArrayView value = h.sliced(pos + 1);
                if (value.startsWith("SCRAM-SHA-256$"))
                    role->password = PasswordKind::Scram;
                else if (value.startsWith("md5") && value.size() > 35 && value[35] == '\'')
                    role->password = PasswordKind::Md5;
                else
                    role->password = PasswordKind::Plain;
                ++pos;
                while (pos < h.size() && h[pos] != '\'')
                    ++pos;
                ++pos;
            } else {
                role->password = PasswordKind::None; // PASSWORD NULL
            }
        }
    }
}

void DumpInspector::Private::onCreateDatabase()
{
    const QByteArrayView h = head();
    qsizetype pos = 16; // "CREATE DATABASE "
    skipSpaces(h, pos);
    const qsizetype nameStart = pos;
    const QString name = parseIdentifier(h, pos);
    if (pos == nameStart)
        return;
    Created created;
    while (pos < h.size()) {
        skipSpaces(h, pos);
        const qsizetype keyStart = pos;
        while (pos < h.size() && isLetter(h[pos]))
            ++pos;
        const QByteArray key = h.sliced(keyStart, pos - keyStart).toByteArray().toUpper();
        if (key.isEmpty()) {
            ++pos;
            continue;
        }
        skipSpaces(h, pos);
        if (pos < h.size() && h[pos] == '=') {
            ++pos;
            skipSpaces(h, pos);
        }
        QByteArray value;
        if (pos < h.size() && h[pos] == '\'') {
            ++pos;
            while (pos < h.size()) {
                if (h[pos] == '\'') {
                    if (pos + 1 < h.size() && h[pos + 1] == '\'') {
                        value += '\'';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                value += h[pos++];
            }
        } else {
            while (pos < h.size() && (isIdentChar(h[pos]) || h[pos] == '-' || h[pos] == '.'))
                value += h[pos++];
        }
        const QString v = QString::fromUtf8(value);
        if (key == "ENCODING")
            created.encoding = v;
        else if (key == "LOCALE_PROVIDER")
            created.provider = v;
        else if (key == "LOCALE")
            created.collate = created.ctype = v;
        else if (key == "LC_COLLATE")
            created.collate = v;
        else if (key == "LC_CTYPE")
            created.ctype = v;
    }
    m_created.insert(name, created);
}

// --- the end ------------------------------------------------------------------------------------------------------

void DumpInspector::Private::finishText()
{
    using K = DumpProblem::Kind;
    // The last line, when it has no newline.
    if (m_state == State::Copy) {
        if (m_lineLen > 0) {
            const char *h = m_lineHead.data();
            const bool terminator = (m_lineLen == 2 || (m_lineLen == 3 && h[2] == '\r')) && h[0] == '\\' && h[1] == '.';
            ++m_line;
            m_lineLen = 0;
            if (terminator) {
                flushCopyRows();
                m_summary.databases[m_copyDb].tables[m_copyTable].complete = true;
                m_copyDb = m_copyTable = -1;
                m_state = State::Between;
            }
        }
    } else if (m_lineLen > 0) {
        endLine(false);
    }

    if (!m_formatDecided) {
        if (!m_sawContent) {
            m_summary.format = DumpSummary::Format::Empty;
        } else {
            notADump(
                DumpInspector::trText("The file is text but not a PostgreSQL dump: it has no “-- PostgreSQL database "
                                      "cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump) header."));
        }
    }
    if (m_summary.format == DumpSummary::Format::Unknown) {
        m_summary.roles.clear();
        m_summary.databases.clear();
        return;
    }
    if (m_summary.format == DumpSummary::Format::Empty) {
        addProblem(K::Empty,
                   m_summary.compressed ? DumpInspector::trText("The compressed file holds no data: the backup wrote "
                                                                "nothing. Make the backup again.")
                                        : DumpInspector::trText("The file is empty: the backup wrote nothing. Make "
                                                                "the backup again."));
        return;
    }

    bool cut = false;
    if (m_state == State::Copy || m_copyPending) {
        cut = true;
        flushCopyRows();
        const DumpDatabase &db = m_summary.databases[m_copyDb];
        DumpTable &table = m_summary.databases[m_copyDb].tables[m_copyTable];
        table.complete = false;
        m_summary.truncatedInTable = table.qualifiedName();
        m_summary.truncatedInDatabase = db.name;
        const Text where = db.name.isNull() ? Text() : DumpInspector::trText(" (database “%1”)").arg(db.name);
        const Text message = table.rows == 0
            ? DumpInspector::trText("The file ends inside the data of table %1%2, before its first row: the backup "
                                    "was cut off there, and everything after it is missing.")
                  .arg(table.qualifiedName(), where)
            : DumpInspector::trText("The file ends inside the data of table %1%2, after row %3: the backup was cut "
                                    "off there, and everything after it is missing.")
                  .arg(table.qualifiedName(), where)
                  .arg(QLocale().toString(table.rows));
        addProblem(K::EndedInCopy, message, m_line);
    } else if (m_inStatement) {
        cut = true;
        if (m_kind == Kind::Insert)
            onInsert(false);
        QByteArrayView h = head();
        const qsizetype newline = h.indexOf('\n');
        if (newline >= 0)
            h = h.first(newline);
        addProblem(K::EndedInStatement,
                   DumpInspector::trText("The file ends in the middle of an SQL statement that starts on line %1 "
                                         "(“%2”): the backup was cut off there, and everything after it is missing.")
                       .arg(QLocale().toString(m_stmtLine))
                       .arg(example(h, h.size() > ExampleCap)),
                   m_stmtLine);
    }
    const int last = int(m_summary.databases.size()) - 1;
    closeDatabase(m_offset);
    if (m_footerLine == 0 && !cut) {
        if (m_summary.format == DumpSummary::Format::PgDumpall) {
            QString detail;
            if (last >= 0 && m_summary.databases[last].endMark)
                detail = DumpInspector::trText(" It stopped after database “%1”; any database after it is missing.")
                             .arg(m_summary.databases[last].name);
            else if (last >= 0)
                detail = DumpInspector::trText(" It stopped inside database “%1”.").arg(m_summary.databases[last].name);
            addProblem(K::FooterMissing,
                       DumpInspector::trText("The file ends without the line “-- PostgreSQL database cluster dump "
                                             "complete” that pg_dumpall writes last: the backup did not finish.%1")
                           .arg(detail));
        } else {
            addProblem(
                K::FooterMissing,
                DumpInspector::trText("The file ends without the line “-- PostgreSQL database dump complete” that "
                                      "pg_dump writes last: the backup did not finish."));
        }
    }
    QStringList unfinished;
    for (int i = 0; i < m_summary.databases.size(); ++i) {
        const DumpDatabase &db = m_summary.databases.at(i);
        const bool explained = i == last && (cut || m_footerLine == 0);
        if (!db.endMark && !explained)
            unfinished.append(db.name.isNull() ? DumpInspector::trText("(unnamed)") : u'“' + db.name + u'”');
    }
    if (!unfinished.isEmpty()) {
        addProblem(K::DatabaseUnfinished,
                   DumpInspector::trText("The section of database %1 lacks its end mark “-- PostgreSQL database dump "
                                         "complete”: its pg_dump did not finish, so its data may be incomplete.")
                       .arg(unfinished.join(QStringLiteral(", "))));
    }
    if (m_trailingLine > 0) {
        addProblem(K::TrailingContent,
                   DumpInspector::trText("There is more after the dump’s end mark, from line %1 on: two files were "
                                         "joined, or something else wrote into the backup. Check where it came from.")
                       .arg(QLocale().toString(m_trailingLine)),
                   m_trailingLine);
    }
    if (m_crlfLines > 0) {
        addProblem(
            K::CrLf,
            DumpInspector::trText("Lines end in CR LF (Windows line endings) from line %1 on (%2 in all): the "
                                  "file was converted after pg_dump wrote it. A restore would put a carriage return "
                                  "into every multi-line value and statement. Use the original file, or convert it "
                                  "back with “dos2unix”.")
                .arg(QLocale().toString(m_crlfFirst))
                .arg(QLocale().toString(m_crlfLines)),
            m_crlfFirst);
    }
    if (m_unknownLines > 0) {
        addProblem(
            K::UnknownLines,
            DumpInspector::trText("Some lines are neither SQL, psql commands nor comments (%1 in all, the first "
                                  "on line %2: “%3”): something other than pg_dump wrote into the file (an error "
                                  "message, a prompt). psql would fail on them.")
                .arg(QLocale().toString(m_unknownLines))
                .arg(QLocale().toString(m_unknownFirst))
                .arg(m_unknownExample),
            m_unknownFirst);
    }
    for (DumpDatabase &db : m_summary.databases) {
        const auto it = m_created.constFind(db.name);
        if (it == m_created.constEnd())
            continue;
        db.encoding = it->encoding;
        db.localeProvider = it->provider;
        db.collate = it->collate;
        db.ctype = it->ctype;
    }
    m_summary.complete = !cut && m_footerLine > 0 && unfinished.isEmpty() &&
        !m_summary.hasProblem(K::CompressedStreamCut) && !m_summary.hasProblem(K::CompressedDataCorrupt);
}

DumpSummary DumpInspector::Private::finish()
{
    if (m_input == Input::Sniffing) {
        m_input = Input::Plain;
        content(m_inputSniff.constData(), m_inputSniff.size());
    } else if (m_input == Input::Gzip) {
        inflateBytes(nullptr, 0);
        if (m_input == Input::Gzip && m_content != Content::Stopped && !m_zMemberEnded) {
            addProblem(
                DumpProblem::Kind::CompressedStreamCut,
                DumpInspector::trText("The compressed file ends early: its gzip stream is cut off after %1 bytes "
                                      "of SQL, as when a copy or download is interrupted.")
                    .arg(m_offset));
        }
    }
    if (m_content == Content::Sniffing)
        decideContent();
    if (m_content == Content::Text || m_summary.format == DumpSummary::Format::Unknown)
        finishText();
    if (m_summary.format == DumpSummary::Format::PgDumpCustom && !m_summary.databases.isEmpty())
        m_summary.databases.first().bytes = m_fed + m_skipped;
    m_summary.inputBytes = m_fed + m_skipped;
    m_summary.textBytes = m_offset;
    m_summary.lines = m_line;
    DumpSummary result = std::move(m_summary);
    reset();
    return result;
}

// --- the public class ---------------------------------------------------------------------------------------------

DumpInspector::DumpInspector(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

DumpInspector::~DumpInspector() = default;

void DumpInspector::feed(QByteArrayView chunk)
{
    if (!chunk.isEmpty())
        d->input(chunk.data(), chunk.size());
}

DumpSummary DumpInspector::finish()
{
    return d->finish();
}

void DumpInspector::reset()
{
    d->reset();
}

bool DumpInspector::wantsMoreInput() const
{
    return d->wantsMore();
}

qint64 DumpInspector::bytesFed() const
{
    return d->m_fed;
}

void DumpInspector::cancel()
{
    m_cancel = true;
}

Expected<DumpSummary> DumpInspector::inspectFile(const QString &path, Sha256 *hash)
{
    struct ClearCancel
    {
        std::atomic<bool> &flag;
        ~ClearCancel() { flag = false; }
    } clearCancel{m_cancel};

    const QFileInfo info(path);
    if (info.isDir()) {
        return Error(ErrorCode::OpenFailed,
                     trText("%1 is a folder, not a dump file. (A pg_dump directory-format backup is a folder: restore "
                            "it with pg_restore.)")
                         .arg(path),
                     path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::OpenFailed,
                     trText("Cannot open %1: %2. Check that the file exists and that you may read it.")
                         .arg(path, file.errorString()),
                     path);
    }
    reset();
    const qint64 total = file.isSequential() ? 0 : file.size();
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    qint64 done = 0;
    qint64 settledAt = -1; // where the summary was settled while the hash still needs the rest
    Q_EMIT progress(0, total);
    while (true) {
        if (m_cancel) {
            reset();
            return Error(ErrorCode::Cancelled, trText("The inspection of %1 was cancelled.").arg(path), path);
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            reset();
            return Error(ErrorCode::ReadFailed, trText("Cannot read %1: %2.").arg(path, file.errorString()), path);
        }
        if (n == 0)
            break;
        if (hash)
            hash->addData(QByteArrayView(buffer.constData(), n));
        if (settledAt < 0)
            feed(QByteArrayView(buffer.constData(), n));
        done += n;
        Q_EMIT progress(done, total);
        if (settledAt < 0 && !wantsMoreInput()) {
            // The rest cannot change the summary (a custom archive, a foreign file): do not read gigabytes for it,
            // unless the hash needs every byte.
            if (hash) {
                settledAt = done;
                continue;
            }
            if (total > done)
                d->skipped(total - done);
            break;
        }
    }
    if (settledAt >= 0)
        d->skipped(done - settledAt);
    if (m_cancel) {
        reset();
        return Error(ErrorCode::Cancelled, trText("The inspection of %1 was cancelled.").arg(path), path);
    }
    if (done != total && total > 0)
        Q_EMIT progress(total, total);
    return finish();
}

} // namespace edm
