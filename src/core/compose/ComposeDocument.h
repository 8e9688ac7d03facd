// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace edm {

/// One compose file: its exact bytes and the YAML they hold, as a tree of QVariant (maps, lists, strings, null)
/// with anchors, aliases and merge keys (`<<`) resolved the way compose resolves them. Every scalar remembers where
/// it was written, so that one scalar can be replaced byte for byte while everything else stays as it was.
class ComposeDocument
{
    Q_DECLARE_TR_FUNCTIONS(edm::ComposeDocument)
    EDM_TEXT_FUNCTIONS(edm::ComposeDocument)

public:
    /// Where a scalar's text is in the file. line and column are 1-based; offset/length are bytes.
    struct ScalarSite
    {
        int line = 0;
        int column = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
        char quote = 0; ///< '\'', '"' or 0 for a plain scalar
        QByteArray raw; ///< the bytes at offset, quotes included
    };

    static Expected<ComposeDocument> load(const QString &path);
    static Expected<ComposeDocument> parse(const QByteArray &bytes, const QString &path);

    QString path() const { return m_path; }
    const QByteArray &bytes() const { return m_bytes; }
    const QVariant &tree() const { return m_tree; }
    QVariantMap services() const;

    /// The value at path (map keys from the root), or an invalid QVariant.
    QVariant value(const QStringList &path) const;

    /// Where the scalar at path is written. Fails for a scalar that cannot be edited in place (a block scalar,
    /// one spread over several lines).
    Expected<ScalarSite> scalarSite(const QStringList &path) const;

    /// The file's bytes with the scalar at path replaced by value in the same quote style; then the result is
    /// parsed again and must differ from this document only at path, or an error says what else would change.
    Expected<QByteArray> withScalar(const QStringList &path, const QString &value) const;

    /// One scalar to replace (see withScalar()).
    struct ScalarChange
    {
        QStringList path;
        QString value;
    };
    /// A key to add, with no value, to a mapping the file writes out: in a block mapping as a line of its own right
    /// after the entry beside (its indentation, the file's line ends), in a flow mapping as "key: {}, " before it.
    struct KeyInsertion
    {
        QStringList mapping; ///< path of the mapping, e.g. {"volumes"}
        QString key;
        QString beside; ///< an explicit key of that mapping to place it next to; empty: its last explicit key
    };

    /// Several edits in one: every scalar replaced as withScalar() does and every key inserted, all at the original
    /// offsets; then the result is parsed again and must differ from this document only where asked, or an error
    /// says what else would change. Nothing else moves by a byte.
    Expected<QByteArray> withChanges(const QList<ScalarChange> &changes,
                                     const QList<KeyInsertion> &insertions = {}) const;

    /// The first place where two trees differ, as "a/b/0/c", or an empty string when they are equal.
    static QString firstDifference(const QVariant &a, const QVariant &b, const QString &where = {});
    static QVariant withValueAt(QVariant tree, const QStringList &path, const QVariant &value);

private:
    struct Mark
    {
        int line = 0; ///< 0-based, as yaml-cpp counts
        int column = 0; ///< 0-based
    };
    friend class ComposeDocumentBuilder;
    /// The byte offset of a 0-based line and column as yaml-cpp counts them; -1 past the end.
    qsizetype offsetOf(int line, int column) const;

    QString m_path;
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts; ///< the offset of every line's first byte (line 0 after a byte order mark)
    QVariant m_tree;
    QHash<QString, Mark> m_marks; ///< scalar marks by path joined with '\x1f'
    QHash<QString, Mark> m_keyMarks; ///< marks of explicitly written mapping keys, by the path of their value
};

} // namespace edm
