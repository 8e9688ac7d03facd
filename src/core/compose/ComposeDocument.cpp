// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ComposeDocument.h"

#include "core/ErrorCodes.h"
#include "core/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace edm {

namespace {

QString joinPath(const QStringList &path)
{
    return path.join(QChar(0x1f));
}

constexpr int MaxDepth = 64;
/// Nodes the tree may hold once aliases are expanded: a real compose file has a few thousand; a file of nested
/// aliases ("billion laughs") would grow without end.
constexpr qint64 MaxNodes = 250'000;

/// Thrown by the builder past MaxNodes; caught in parse().
struct TooManyNodes
{
    YAML::Mark mark;
};

} // namespace

/// Turns yaml-cpp's nodes into the QVariant tree and records every scalar's mark.
class ComposeDocumentBuilder
{
public:
    explicit ComposeDocumentBuilder(ComposeDocument &doc)
        : m_doc(doc)
    {
    }

    QVariant convert(const YAML::Node &node, QStringList &path, int depth)
    {
        if (depth > MaxDepth)
            throw YAML::ParserException(node.Mark(), "nesting too deep (a recursive alias?)");
        if (++m_nodes > MaxNodes)
            throw TooManyNodes{node.Mark()};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return {};
        case YAML::NodeType::Scalar:
            m_doc.m_marks.insert(joinPath(path), {node.Mark().line, node.Mark().column});
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Sequence: {
            QVariantList list;
            int index = 0;
            for (const YAML::Node &item : node) {
                path.append(QString::number(index++));
                list.append(convert(item, path, depth + 1));
                path.removeLast();
            }
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            QList<YAML::Node> merges;
            for (const auto &pair : node) {
                const QString key = QString::fromStdString(pair.first.as<std::string>(std::string()));
                if (key == QLatin1String("<<") && pair.first.Tag() != "tag:yaml.org,2002:str") {
                    merges.append(pair.second);
                    continue;
                }
                // Compose refuses a mapping that names a key twice (a half-done edit, often); so do we.
                if (map.contains(key))
                    throw YAML::ParserException(pair.first.Mark(),
                                                "the key \"" + key.toStdString() + "\" appears twice");
                path.append(key);
                m_doc.m_keyMarks.insert(joinPath(path), {pair.first.Mark().line, pair.first.Mark().column});
                map.insert(key, convert(pair.second, path, depth + 1));
                path.removeLast();
            }
            // Merge keys: explicit keys win; among merged maps, the earlier one wins.
            for (const YAML::Node &merge : merges) {
                QList<YAML::Node> sources;
                if (merge.IsMap())
                    sources.append(merge);
                else if (merge.IsSequence())
                    for (const YAML::Node &s : merge)
                        sources.append(s);
                for (const YAML::Node &source : sources) {
                    if (!source.IsMap())
                        continue;
                    for (const auto &pair : source) {
                        const QString key = QString::fromStdString(pair.first.as<std::string>(std::string()));
                        if (map.contains(key))
                            continue;
                        path.append(key);
                        map.insert(key, convert(pair.second, path, depth + 1));
                        path.removeLast();
                    }
                }
            }
            return map;
        }
        }
        return {};
    }

private:
    ComposeDocument &m_doc;
    qint64 m_nodes = 0;
};

Expected<ComposeDocument> ComposeDocument::load(const QString &path)
{
    const Expected<QByteArray> bytes = InputFile::read(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Expected<ComposeDocument> ComposeDocument::parse(const QByteArray &bytes, const QString &path)
{
    ComposeDocument doc;
    doc.m_path = path;
    doc.m_bytes = bytes;
    const QString name = QFileInfo(path).fileName();
    // Where each line starts, once: every mark is turned into an offset through this (linear in the file).
    doc.m_lineStarts.append(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', i + 1))
        doc.m_lineStarts.append(i + 1);
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        QStringList where;
        doc.m_tree = ComposeDocumentBuilder(doc).convert(root, where, 0);
    } catch (const TooManyNodes &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        return Error{
            QStringLiteral("input_too_complex"),
            ComposeDocument::trText("%1 expands to more than %2 values once its aliases are resolved (line %3): "
                                    "it is not a compose file this app can read safely. Nothing was changed; "
                                    "check the file's anchors and aliases (*name).")
                .arg(name)
                .arg(MaxNodes)
                .arg(line),
            path, line, column};
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        Text message = line > 0
            ? ComposeDocument::trText("%1 is not valid YAML (line %2, column %3: %4). Fix the file in a text "
                                      "editor and try again; nothing was changed.")
                  .arg(name)
                  .arg(line)
                  .arg(column)
                  .arg(QString::fromStdString(e.msg))
            : ComposeDocument::trText("%1 is not valid YAML (%2). Fix the file in a text editor and try again; "
                                      "nothing was changed.")
                  .arg(name, QString::fromStdString(e.msg));
        return Error{ErrorCode::InvalidYaml, message, path, line, column};
    }
    // yaml-cpp accepts a quote left open to the end of the file; compose does not. Each written scalar is looked at
    // once (an alias repeats the marks of what it names).
    QSet<qsizetype> seen;
    for (auto it = doc.m_marks.cbegin(); it != doc.m_marks.cend(); ++it) {
        qsizetype p = doc.offsetOf(it->line, it->column);
        if (seen.contains(p))
            continue;
        seen.insert(p);
        while (p >= 0 && p < bytes.size() && (bytes.at(p) == '&' || bytes.at(p) == '!')) {
            while (p < bytes.size() && bytes.at(p) != ' ' && bytes.at(p) != '\t' && bytes.at(p) != '\n')
                ++p;
            while (p < bytes.size() && (bytes.at(p) == ' ' || bytes.at(p) == '\t'))
                ++p;
        }
        if (p < 0 || p >= bytes.size() || (bytes.at(p) != '"' && bytes.at(p) != '\''))
            continue;
        const char quote = bytes.at(p);
        qsizetype q = p + 1;
        bool closed = false;
        while (q < bytes.size()) {
            if (quote == '"' && bytes.at(q) == '\\') {
                q += 2;
                continue;
            }
            if (bytes.at(q) == quote) {
                if (quote == '\'' && q + 1 < bytes.size() && bytes.at(q + 1) == '\'') {
                    q += 2;
                    continue;
                }
                closed = true;
                break;
            }
            ++q;
        }
        if (!closed) {
            const int line = it->line + 1;
            const int column = int(p - doc.offsetOf(it->line, 0)) + 1;
            return Error{
                ErrorCode::InvalidYaml,
                ComposeDocument::trText("%1 is not valid YAML (line %2, column %3: a quoted value starts here and "
                                        "is never closed). Fix the file in a text editor and try again; nothing "
                                        "was changed.")
                    .arg(name)
                    .arg(line)
                    .arg(column),
                path, line, column};
        }
    }
    if (doc.m_tree.isValid() && doc.m_tree.typeId() != QMetaType::QVariantMap) {
        return Error{ErrorCode::InvalidYaml,
                     ComposeDocument::trText("%1 is not a compose file: its top level is not a mapping of keys such as "
                                             "\"services\"; nothing was changed.")
                         .arg(name),
                     path, 1, 1};
    }
    return doc;
}

qsizetype ComposeDocument::offsetOf(int line, int column) const
{
    // yaml-cpp counts lines by '\n', columns in bytes, and skips a leading byte order mark (m_lineStarts holds it).
    if (line < 0 || line >= m_lineStarts.size())
        return -1;
    return m_lineStarts.at(line) + column;
}

QVariantMap ComposeDocument::services() const
{
    return m_tree.toMap().value(QStringLiteral("services")).toMap();
}

QVariant ComposeDocument::value(const QStringList &path) const
{
    QVariant node = m_tree;
    for (const QString &key : path) {
        if (node.typeId() == QMetaType::QVariantMap)
            node = node.toMap().value(key);
        else if (node.typeId() == QMetaType::QVariantList)
            node = node.toList().value(key.toInt());
        else
            return {};
        if (!node.isValid())
            return {};
    }
    return node;
}

Expected<ComposeDocument::ScalarSite> ComposeDocument::scalarSite(const QStringList &path) const
{
    const QString name = QFileInfo(m_path).fileName();
    const auto markIt = m_marks.constFind(joinPath(path));
    const QVariant scalar = value(path);
    if (markIt == m_marks.cend() || scalar.typeId() != QMetaType::QString) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeDocument::trText("%1 has no plain value at %2.").arg(name, path.join(u'.')), m_path};
    }
    const QByteArray expected = scalar.toString().toUtf8();
    const Mark mark = *markIt;

    const qsizetype lineStart = offsetOf(mark.line, 0);
    if (lineStart < 0) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeDocument::trText("%1: cannot find line %2.").arg(name).arg(mark.line + 1), m_path};
    }
    qsizetype lineEnd = m_bytes.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = m_bytes.size();
    if (lineEnd > lineStart && m_bytes.at(lineEnd - 1) == '\r')
        --lineEnd;

    const auto cannotEdit = [&](const QString &why) {
        return Error{ErrorCode::UnsupportedImage,
                     ComposeDocument::trText(
                         "The value \"%1\" in %2, line %3, cannot be changed in place: %4. Write it on one line, as in "
                         "\"image: postgres:12\", and try again.")
                         .arg(scalar.toString(), name)
                         .arg(mark.line + 1)
                         .arg(why),
                     m_path, mark.line + 1, mark.column + 1};
    };

    qsizetype p = qMin(lineStart + mark.column, lineEnd);
    // Skip an anchor (&name) and a tag (!tag) written before the scalar.
    while (p < lineEnd && (m_bytes.at(p) == '&' || m_bytes.at(p) == '!')) {
        while (p < lineEnd && m_bytes.at(p) != ' ' && m_bytes.at(p) != '\t')
            ++p;
        while (p < lineEnd && (m_bytes.at(p) == ' ' || m_bytes.at(p) == '\t'))
            ++p;
    }
    if (p >= lineEnd)
        return cannotEdit(ComposeDocument::trText("its text starts on another line"));
    const char first = m_bytes.at(p);
    if (first == '|' || first == '>')
        return cannotEdit(ComposeDocument::trText("it is a block scalar"));

    ScalarSite site;
    site.line = mark.line + 1;
    site.offset = p;
    site.column = int(p - lineStart) + 1;
    if (first == '\'' || first == '"') {
        qsizetype q = p + 1;
        QByteArray unescaped;
        bool closed = false;
        while (q < lineEnd) {
            const char c = m_bytes.at(q);
            if (first == '\'' && c == '\'') {
                if (q + 1 < lineEnd && m_bytes.at(q + 1) == '\'') {
                    unescaped += '\'';
                    q += 2;
                    continue;
                }
                closed = true;
                break;
            }
            if (first == '"' && c == '\\') {
                if (q + 1 >= lineEnd)
                    break;
                const char n = m_bytes.at(q + 1);
                unescaped += n == '"' || n == '\\' || n == '/' ? n : char(0); // others never occur in image names
                q += 2;
                continue;
            }
            if (first == '"' && c == '"') {
                closed = true;
                break;
            }
            unescaped += c;
            ++q;
        }
        if (!closed)
            return cannotEdit(ComposeDocument::trText("the quoted text continues on another line"));
        if (unescaped != expected)
            return cannotEdit(ComposeDocument::trText("it uses escape sequences"));
        site.quote = first;
        site.length = q + 1 - p;
    } else {
        const QByteArray rest = m_bytes.mid(p, lineEnd - p);
        if (!rest.startsWith(expected))
            return cannotEdit(ComposeDocument::trText("its text continues on another line"));
        // After the value only blanks, a comment, or (in a flow mapping) a flow indicator may follow.
        qsizetype after = expected.size();
        while (after < rest.size() && (rest.at(after) == ' ' || rest.at(after) == '\t'))
            ++after;
        if (after < rest.size()) {
            const char c = rest.at(after);
            const bool comment = c == '#' && after > expected.size();
            if (!comment && c != ',' && c != '}' && c != ']')
                return cannotEdit(ComposeDocument::trText("its text could not be found where the parser says it is"));
        }
        site.length = expected.size();
    }
    site.raw = m_bytes.mid(site.offset, site.length);
    return site;
}

Expected<QByteArray> ComposeDocument::withScalar(const QStringList &path, const QString &value) const
{
    return withChanges({ScalarChange{path, value}});
}

namespace {

/// A key as YAML writes it: plain when that is unambiguous, else double-quoted.
QByteArray yamlKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    if (plain.match(key).hasMatch())
        return key.toUtf8();
    return '"' + key.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
}

} // namespace

Expected<QByteArray> ComposeDocument::withChanges(const QList<ScalarChange> &changes,
                                                  const QList<KeyInsertion> &insertions) const
{
    const QString name = QFileInfo(m_path).fileName();
    struct Splice
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        QByteArray bytes;
    };
    QList<Splice> splices;
    QVariant expected = m_tree;
    int firstLine = 0;
    int firstColumn = 0;

    for (const ScalarChange &change : changes) {
        const Expected<ScalarSite> site = scalarSite(change.path);
        if (!site)
            return site.error();
        QByteArray raw = change.value.toUtf8();
        if (site->quote == '"')
            raw = '"' + raw.replace('\\', "\\\\").replace('"', "\\\"") + '"';
        else if (site->quote == '\'')
            raw = '\'' + raw.replace('\'', "''") + '\'';
        splices.append({site->offset, site->length, raw});
        expected = withValueAt(expected, change.path, change.value);
        if (firstLine == 0) {
            firstLine = site->line;
            firstColumn = site->column;
        }
    }

    const QByteArray newline = m_bytes.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    for (const KeyInsertion &insertion : insertions) {
        const QVariant mapping = value(insertion.mapping);
        const QString where = insertion.mapping.join(u'.');
        const auto refuse = [&](const QString &why) {
            return Error{
                ErrorCode::UnsupportedEdit,
                ComposeDocument::trText("Cannot add \"%1\" to %2 in %3: %4. Add it by hand and try again; nothing "
                                        "was changed.")
                    .arg(insertion.key, where, name, why),
                m_path};
        };
        if (mapping.typeId() != QMetaType::QVariantMap || mapping.toMap().isEmpty())
            return refuse(ComposeDocument::trText("the file has no entries there to write it beside"));
        if (mapping.toMap().contains(insertion.key))
            return refuse(ComposeDocument::trText("the key is there already"));
        // The entry to write it beside: the one asked for, else the one written last.
        const QString prefix = joinPath(insertion.mapping) + QChar(0x1f);
        QString besidePath;
        if (!insertion.beside.isEmpty() && m_keyMarks.contains(prefix + insertion.beside)) {
            besidePath = prefix + insertion.beside;
        } else {
            qsizetype last = -1;
            for (auto it = m_keyMarks.cbegin(); it != m_keyMarks.cend(); ++it) {
                if (!it.key().startsWith(prefix) || it.key().mid(prefix.size()).contains(QChar(0x1f)))
                    continue;
                const qsizetype at = offsetOf(it->line, it->column);
                if (at > last) {
                    last = at;
                    besidePath = it.key();
                }
            }
        }
        if (besidePath.isEmpty())
            return refuse(ComposeDocument::trText("its entries come from an alias or merge key"));
        const Mark mark = m_keyMarks.value(besidePath);
        const qsizetype keyOffset = offsetOf(mark.line, mark.column);
        const qsizetype lineStart = offsetOf(mark.line, 0);
        if (keyOffset < 0 || lineStart < 0 || keyOffset > m_bytes.size())
            return refuse(ComposeDocument::trText("its entries could not be found where the parser says they are"));
        const QByteArray indent = m_bytes.mid(lineStart, keyOffset - lineStart);
        const bool block = std::all_of(indent.cbegin(), indent.cend(), [](char c) { return c == ' '; });
        if (block) {
            // The entry ends after the last following line that is indented deeper (or is a sequence item at the
            // same indentation); blank lines and comments after it stay where they are.
            qsizetype end = m_bytes.indexOf('\n', keyOffset);
            end = end < 0 ? m_bytes.size() : end + 1;
            qsizetype next = end;
            while (next < m_bytes.size()) {
                qsizetype lineEnd = m_bytes.indexOf('\n', next);
                lineEnd = lineEnd < 0 ? m_bytes.size() : lineEnd + 1;
                const QByteArray line = m_bytes.mid(next, lineEnd - next);
                const QByteArray content = line.trimmed();
                qsizetype depth = 0;
                while (depth < line.size() && line.at(depth) == ' ')
                    ++depth;
                if (content.isEmpty() || content.startsWith('#')) {
                    next = lineEnd;
                    continue;
                }
                if (depth > indent.size() || (depth == indent.size() && content.startsWith("- "))) {
                    end = lineEnd;
                    next = lineEnd;
                    continue;
                }
                break;
            }
            QByteArray text = indent + yamlKey(insertion.key) + ':' + newline;
            if (end == m_bytes.size() && !m_bytes.endsWith('\n'))
                text.prepend(newline);
            splices.append({end, 0, text});
            expected = withValueAt(expected, insertion.mapping + QStringList{insertion.key}, QVariant());
        } else {
            const QByteArray before = indent.trimmed();
            if (!before.endsWith('{') && !before.endsWith(','))
                return refuse(ComposeDocument::trText("the mapping is written in a way this app does not edit"));
            splices.append({keyOffset, 0, yamlKey(insertion.key) + ": {}, "});
            expected = withValueAt(expected, insertion.mapping + QStringList{insertion.key}, QVariantMap());
        }
    }

    // From the end, so that every offset still points at the original bytes; no two edits may overlap.
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.offset > b.offset; });
    QByteArray edited = m_bytes;
    qsizetype limit = m_bytes.size() + 1;
    for (const Splice &splice : std::as_const(splices)) {
        if (splice.offset + splice.length > limit) {
            return Error{ErrorCode::EditCheckFailed,
                         ComposeDocument::trText("Two changes of %1 would overlap; nothing was changed.").arg(name),
                         m_path};
        }
        edited.replace(splice.offset, splice.length, splice.bytes);
        limit = splice.offset;
    }

    const Expected<ComposeDocument> reparsed = parse(edited, m_path);
    if (!reparsed) {
        return Error{ErrorCode::EditCheckFailed,
                     ComposeDocument::trText("Changing %1 would make it invalid (%2); it was left as it is.")
                         .arg(name, reparsed.error().message),
                     m_path, firstLine, firstColumn};
    }
    // Extension fields (x-…) only matter through the aliases that use them, and those are compared where they are used.
    const auto withoutExtensions = [](QVariant tree) {
        QVariantMap map = tree.toMap();
        for (auto it = map.begin(); it != map.end();) {
            if (it.key().startsWith(QLatin1String("x-")))
                it = map.erase(it);
            else
                ++it;
        }
        return QVariant(map);
    };
    const QString difference = firstDifference(withoutExtensions(expected), withoutExtensions(reparsed->tree()));
    if (!difference.isEmpty()) {
        const QString what =
            changes.isEmpty() ? insertions.first().mapping.join(u'.') : changes.first().path.join(u'.');
        return Error{ErrorCode::EditCheckFailed,
                     ComposeDocument::trText(
                         "Changing the value at %1, line %2 of %3 would also change %4 (the value is shared through a "
                         "YAML anchor or merge key). Give the service its own \"image:\" line and try again; nothing "
                         "was changed.")
                         .arg(what)
                         .arg(firstLine)
                         .arg(name, difference.split(u'\x1f').join(u'.')),
                     m_path, firstLine, firstColumn};
    }
    return edited;
}

QString ComposeDocument::firstDifference(const QVariant &a, const QVariant &b, const QString &where)
{
    const auto child = [&where](const QString &key) { return where.isEmpty() ? key : where + QChar(0x1f) + key; };
    const bool aMap = a.typeId() == QMetaType::QVariantMap;
    const bool bMap = b.typeId() == QMetaType::QVariantMap;
    const bool aList = a.typeId() == QMetaType::QVariantList;
    const bool bList = b.typeId() == QMetaType::QVariantList;
    if (aMap != bMap || aList != bList || a.isValid() != b.isValid())
        return where.isEmpty() ? QStringLiteral("(root)") : where;
    if (aMap) {
        const QVariantMap ma = a.toMap();
        const QVariantMap mb = b.toMap();
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            if (!mb.contains(it.key()))
                return child(it.key());
            const QString d = firstDifference(it.value(), mb.value(it.key()), child(it.key()));
            if (!d.isEmpty())
                return d;
        }
        for (auto it = mb.cbegin(); it != mb.cend(); ++it) {
            if (!ma.contains(it.key()))
                return child(it.key());
        }
        return {};
    }
    if (aList) {
        const QVariantList la = a.toList();
        const QVariantList lb = b.toList();
        for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i) {
            if (i >= la.size() || i >= lb.size())
                return child(QString::number(i));
            const QString d = firstDifference(la.at(i), lb.at(i), child(QString::number(i)));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.toString() != b.toString())
        return where.isEmpty() ? QStringLiteral("(root)") : where;
    return {};
}

QVariant ComposeDocument::withValueAt(QVariant tree, const QStringList &path, const QVariant &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.first();
    const QStringList rest = path.mid(1);
    if (tree.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = tree.toMap();
        map.insert(key, withValueAt(map.value(key), rest, value));
        return map;
    }
    if (tree.typeId() == QMetaType::QVariantList) {
        QVariantList list = tree.toList();
        const int index = key.toInt();
        if (index >= 0 && index < list.size())
            list[index] = withValueAt(list.at(index), rest, value);
        return list;
    }
    return tree;
}

} // namespace edm
