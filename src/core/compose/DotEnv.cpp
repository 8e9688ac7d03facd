// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/DotEnv.h"

#include "core/ErrorCodes.h"
#include "core/InputFile.h"

#include <QCoreApplication>
#include <QFile>

namespace edm {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QString unescapeDouble(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\\' && i + 1 < raw.size()) {
            const char n = raw.at(++i);
            switch (n) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            default:
                out += n;
            }
            continue;
        }
        out += c;
    }
    return QString::fromUtf8(out);
}

} // namespace

Expected<DotEnv> DotEnv::load(const QString &path)
{
    const Expected<QByteArray> bytes = InputFile::read(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

DotEnv DotEnv::parse(const QByteArray &bytes, const QString &path)
{
    DotEnv env;
    env.m_path = path;
    env.m_bytes = bytes;
    qsizetype lineStart = 0;
    int lineNo = 0;
    // A UTF-8 byte order mark is not part of the first key.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        lineStart = 3;
    while (lineStart < bytes.size()) {
        ++lineNo;
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && bytes.at(contentEnd - 1) == '\r')
            --contentEnd;

        qsizetype i = lineStart;
        while (i < contentEnd && isSpace(bytes.at(i)))
            ++i;
        const auto next = [&] { lineStart = lineEnd + 1; };
        if (i >= contentEnd || bytes.at(i) == '#') {
            next();
            continue;
        }
        if (bytes.mid(i, 7) == "export " || bytes.mid(i, 7) == "export\t") {
            i += 7;
            while (i < contentEnd && isSpace(bytes.at(i)))
                ++i;
        }
        const qsizetype keyStart = i;
        while (i < contentEnd && bytes.at(i) != '=' && bytes.at(i) != ':' && !isSpace(bytes.at(i)))
            ++i;
        const QString key = QString::fromUtf8(bytes.mid(keyStart, i - keyStart));
        while (i < contentEnd && isSpace(bytes.at(i)))
            ++i;
        if (key.isEmpty() || i >= contentEnd || (bytes.at(i) != '=' && bytes.at(i) != ':')) {
            next(); // a bare word or garbage: compose ignores it for interpolation purposes
            continue;
        }
        ++i; // '=' or ':'
        while (i < contentEnd && isSpace(bytes.at(i)))
            ++i;

        Entry entry;
        entry.key = key;
        entry.line = lineNo;
        entry.valueStart = i;
        if (i < contentEnd && (bytes.at(i) == '\'' || bytes.at(i) == '"')) {
            const char q = bytes.at(i);
            qsizetype j = i + 1;
            while (j < bytes.size() && bytes.at(j) != q) {
                if (q == '"' && bytes.at(j) == '\\')
                    ++j;
                ++j;
            }
            if (j < bytes.size()) {
                const QByteArray raw = bytes.mid(i + 1, j - i - 1);
                entry.quote = q;
                entry.value = q == '"' ? unescapeDouble(raw) : QString::fromUtf8(raw);
                entry.valueEnd = j + 1;
                // A quoted value may span lines; continue after its closing quote's line.
                const qsizetype after = bytes.indexOf('\n', j);
                lineNo += int(bytes.mid(lineStart, j - lineStart).count('\n'));
                lineEnd = after < 0 ? bytes.size() : after;
                env.m_entries.append(entry);
                next();
                continue;
            }
            // Unterminated quote: take the rest of the line literally.
        }
        qsizetype end = contentEnd;
        // An unquoted value ends at " #" (an inline comment).
        for (qsizetype j = i; j < contentEnd; ++j) {
            if (bytes.at(j) == '#' && j > i && isSpace(bytes.at(j - 1))) {
                end = j;
                break;
            }
        }
        while (end > i && isSpace(bytes.at(end - 1)))
            --end;
        entry.valueEnd = end;
        entry.value = QString::fromUtf8(bytes.mid(i, end - i));
        env.m_entries.append(entry);
        next();
    }
    return env;
}

std::optional<DotEnv::Entry> DotEnv::entry(const QString &key) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->key == key)
            return *it;
    }
    return std::nullopt;
}

std::optional<QString> DotEnv::value(const QString &key) const
{
    if (const auto e = entry(key))
        return e->value;
    return std::nullopt;
}

QByteArray DotEnv::withValue(const QString &key, const QString &value) const
{
    const auto e = entry(key);
    if (!e)
        return m_bytes;
    QByteArray raw = value.toUtf8();
    if (e->quote == '"')
        raw = '"' + raw.replace('\\', "\\\\").replace('"', "\\\"") + '"';
    else if (e->quote == '\'')
        raw = '\'' + raw + '\'';
    QByteArray out = m_bytes;
    out.replace(e->valueStart, e->valueEnd - e->valueStart, raw);
    return out;
}

} // namespace edm
