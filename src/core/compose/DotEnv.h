// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace edm {

/// A `.env` (or env_file) file as compose reads it, with the byte span of every value so that one value can be
/// replaced without touching anything else in the file.
class DotEnv
{
    Q_DECLARE_TR_FUNCTIONS(edm::DotEnv)
    EDM_TEXT_FUNCTIONS(edm::DotEnv)

public:
    struct Entry
    {
        QString key;
        QString value; ///< unquoted, escapes resolved, not yet interpolated
        int line = 0; ///< 1-based
        qsizetype valueStart = 0; ///< byte offset of the value's raw text (including quotes)
        qsizetype valueEnd = 0; ///< byte offset one past it
        char quote = 0; ///< '\'', '"' or 0
    };

    static Expected<DotEnv> load(const QString &path);
    static DotEnv parse(const QByteArray &bytes, const QString &path = {});

    QString path() const { return m_path; }
    const QByteArray &bytes() const { return m_bytes; }
    const QList<Entry> &entries() const { return m_entries; }
    /// The last entry for key (a later line wins, as in compose).
    std::optional<Entry> entry(const QString &key) const;
    std::optional<QString> value(const QString &key) const;

    /// The file's bytes with the value of key replaced by value, in the same quote style.
    QByteArray withValue(const QString &key, const QString &value) const;

private:
    QString m_path;
    QByteArray m_bytes;
    QList<Entry> m_entries;
};

} // namespace edm
