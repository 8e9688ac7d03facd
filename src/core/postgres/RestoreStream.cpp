// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/RestoreStream.h"

#include <QRegularExpression>

#include <cstring>

namespace edm {

namespace {

/// Lines longer than this are data (or DDL nobody rewrites): they pass without being held back whole.
constexpr qsizetype InterestingLineLength = 64 * 1024;

bool startsWith(QByteArrayView line, const char *prefix)
{
    return line.startsWith(QByteArrayView(prefix));
}

/// The identifier at the start of text (quoted or not) and its length in text; empty when there is none.
QByteArrayView leadingIdentifier(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    if (text.front() == '"') {
        qsizetype i = 1;
        while (i < text.size()) {
            if (text[i] == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                return text.first(i + 1);
            }
            ++i;
        }
        return {};
    }
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == ';' || c == '(' || c == '\t' || c == '.')
            break;
        ++i;
    }
    return text.first(i);
}

} // namespace

RestoreStream::RestoreStream() = default;

RestoreStream::RestoreStream(Rules rules)
    : m_rules(std::move(rules))
{
}

bool RestoreStream::psqlSupportsRestrict(int versionNumber)
{
    const int major = versionNumber / 10000;
    const int minor = versionNumber % 10000;
    if (major >= 18)
        return true;
    switch (major) {
    case 17:
        return minor >= 6;
    case 16:
        return minor >= 10;
    case 15:
        return minor >= 14;
    case 14:
        return minor >= 19;
    case 13:
        return minor >= 22;
    default:
        return false;
    }
}

QString RestoreStream::unquoteIdentifier(QByteArrayView identifier)
{
    if (identifier.size() >= 2 && identifier.front() == '"' && identifier.back() == '"') {
        QString inner = QString::fromUtf8(identifier.sliced(1, identifier.size() - 2));
        inner.replace(QLatin1String("\"\""), QLatin1String("\""));
        return inner;
    }
    return QString::fromUtf8(identifier);
}

QByteArray RestoreStream::process(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + m_pending.size() + 256);
    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    qsizetype pos = 0;
    while (pos < size) {
        const void *found = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!found) {
            // An incomplete line: hold it back while it may still matter, else let it go.
            const QByteArrayView rest(data + pos, size - pos);
            if (m_pendingPassed) {
                out.append(rest.data(), rest.size());
            } else {
                m_pending.append(rest.data(), rest.size());
                const qsizetype limit = m_inCopy ? 3 : InterestingLineLength;
                if (m_pending.size() > limit) {
                    out.append(m_pending);
                    m_pending.clear();
                    m_pendingPassed = true;
                }
            }
            break;
        }
        const qsizetype newline = static_cast<const char *>(found) - data;
        const QByteArrayView tail(data + pos, newline - pos);
        ++m_line;
        if (m_pendingPassed) {
            // The end of a long line that went out already: never a terminator or a line to rewrite.
            out.append(tail.data(), tail.size());
            out.append('\n');
            m_pendingPassed = false;
            lineEnded({}, false);
        } else if (!m_pending.isEmpty()) {
            m_pending.append(tail.data(), tail.size());
            const QByteArray line = std::exchange(m_pending, {});
            const QByteArray replacement = m_inCopy ? QByteArray() : rewrite(line);
            out.append(replacement.isNull() ? line : replacement);
            out.append('\n');
            lineEnded(line, true);
        } else {
            const QByteArray replacement = m_inCopy ? QByteArray() : rewrite(tail);
            if (replacement.isNull())
                out.append(tail.data(), tail.size());
            else
                out.append(replacement);
            out.append('\n');
            lineEnded(tail, true);
        }
        pos = newline + 1;
    }
    return out;
}

QByteArray RestoreStream::finish()
{
    QByteArray rest = std::exchange(m_pending, {});
    if (!rest.isEmpty()) {
        ++m_line;
        if (!m_inCopy) {
            const QByteArray replacement = rewrite(rest);
            if (!replacement.isNull())
                rest = replacement;
        }
    }
    m_pendingPassed = false;
    return rest;
}

void RestoreStream::lineEnded(QByteArrayView line, bool complete)
{
    if (m_inCopy) {
        if (complete && (line == "\\." || line == "\\.\r"))
            m_inCopy = false;
        return;
    }
    if (!complete)
        return;
    if (m_databaseHeader > 0)
        --m_databaseHeader;
    if (line.isEmpty())
        return;
    const char first = line.front();
    if (first == 'C' && startsWith(line, "COPY ") &&
        (line.endsWith(" FROM stdin;") || line.endsWith(" FROM stdin;\r"))) {
        m_inCopy = true;
        // COPY schema.table (columns) FROM stdin; → the table's own name, as psql's CONTEXT prints it.
        QByteArrayView rest = line.sliced(5);
        QString table;
        for (;;) {
            const QByteArrayView ident = leadingIdentifier(rest);
            if (ident.isEmpty())
                break;
            table = unquoteIdentifier(ident);
            rest = rest.sliced(ident.size());
            if (rest.startsWith('.'))
                rest = rest.sliced(1);
            else
                break;
        }
        m_copies.append({m_line, table});
        return;
    }
    if (first == '\\' && (startsWith(line, "\\connect ") || line == "\\connect")) {
        m_inGlobals = false;
        return;
    }
    if (first == '-' && startsWith(line, "-- Name: ") && line.indexOf("; Type: DATABASE;") > 0)
        m_databaseHeader = 6;
}

QByteArray RestoreStream::rewrite(QByteArrayView line)
{
    if (line.isEmpty())
        return {};
    const char first = line.front();
    if (first == 'C' && m_inGlobals && startsWith(line, "CREATE ROLE ") && !m_rules.existingRoles.isEmpty()) {
        const QByteArrayView ident = leadingIdentifier(line.sliced(12));
        if (!ident.isEmpty() && line.sliced(12 + ident.size()).startsWith(';')) {
            const QString name = unquoteIdentifier(ident);
            if (m_rules.existingRoles.contains(name)) {
                m_changes.append({m_line,
                                  trText("the role %1 exists in the target already: not created again, its "
                                         "attributes and password are set by the next line")
                                      .arg(name)});
                return QByteArrayLiteral("-- (ente-db-migrate: exists already) ") + line.toByteArray();
            }
        }
        return {};
    }
    if (first == 'C' && m_databaseHeader > 0 && startsWith(line, "CREATE DATABASE ")) {
        QByteArray text = line.toByteArray();
        QStringList notes;
        const QByteArrayView ident = leadingIdentifier(line.sliced(16));
        const QString name = unquoteIdentifier(ident);
        if (m_rules.targetMajor > 0 && m_rules.targetMajor < 15 && text.contains(" LOCALE_PROVIDER = libc")) {
            text.replace(" LOCALE_PROVIDER = libc", "");
            notes.append(trText("LOCALE_PROVIDER dropped (Postgres %1 has only libc)").arg(m_rules.targetMajor));
        }
        if (m_rules.targetMajor > 0 && m_rules.targetMajor < 13) {
            static const QRegularExpression locale(QStringLiteral(" LOCALE = ('(?:[^']|'')*')"));
            QString s = QString::fromUtf8(text);
            const QRegularExpressionMatch m = locale.match(s);
            if (m.hasMatch()) {
                s.replace(m.capturedStart(0), m.capturedLength(0),
                          QStringLiteral(" LC_COLLATE = %1 LC_CTYPE = %1").arg(m.captured(1)));
                text = s.toUtf8();
                notes.append(
                    trText("LOCALE written as LC_COLLATE and LC_CTYPE for Postgres %1").arg(m_rules.targetMajor));
            }
        }
        if (!ident.isEmpty() && m_rules.replaceableDatabases.contains(name)) {
            text.prepend(QByteArrayLiteral("DROP DATABASE ") + ident.toByteArray() + QByteArrayLiteral("; "));
            notes.prepend(trText("the empty database %1 the image created is replaced").arg(name));
        }
        m_databaseHeader = 0;
        if (notes.isEmpty())
            return {};
        m_changes.append({m_line, trText("CREATE DATABASE %1: %2").arg(name, notes.join(QStringLiteral("; ")))});
        return text;
    }
    if (first == '\\' && m_rules.stripRestrict &&
        (startsWith(line, "\\restrict ") || startsWith(line, "\\unrestrict "))) {
        if (m_changes.isEmpty() || !m_changes.last().description.contains(QLatin1String("\\restrict"))) {
            m_changes.append({m_line,
                              trText("\\restrict and \\unrestrict lines made comments: the psql in the target "
                                     "predates them")});
        }
        return QByteArrayLiteral("-- ") + line.toByteArray();
    }
    return {};
}

qint64 RestoreStream::copyDataLine(const QString &table, qint64 lineInBlock, qint64 reportedLine) const
{
    const CopyBlock *best = nullptr;
    for (const CopyBlock &block : m_copies) {
        if (reportedLine > 0 && block.line >= reportedLine)
            break;
        if (block.table == table)
            best = &block;
    }
    if (!best) {
        // The CONTEXT's name did not match (a schema-qualified or odd name): the last block before the report.
        for (const CopyBlock &block : m_copies) {
            if (reportedLine > 0 && block.line >= reportedLine)
                break;
            best = &block;
        }
    }
    return best ? best->line + lineInBlock : 0;
}

} // namespace edm
