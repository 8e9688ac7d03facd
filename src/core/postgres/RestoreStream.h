// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace edm {

/// A pg_dumpall file on its way into psql: passes the bytes through in order, counts lines, remembers where each
/// COPY block starts (to turn psql's "COPY t, line n" into a line of the dump), and rewrites the few lines a target
/// server cannot take, always one line for one line, so that psql's line numbers stay the dump's:
/// - `CREATE ROLE x;` (the globals section) for a role the target has already (its bootstrap superuser: the image's
///   entrypoint created it) becomes a comment; the `ALTER ROLE x WITH …` after it still sets attributes and password;
/// - `CREATE DATABASE x …` for a database the target has, but empty (the entrypoint's POSTGRES_DB), is preceded by
///   `DROP DATABASE x;` on the same line;
/// - for an older target, the options its CREATE DATABASE does not know (LOCALE_PROVIDER = libc before 15, LOCALE
///   before 13 becomes LC_COLLATE and LC_CTYPE);
/// - `\restrict KEY` / `\unrestrict KEY` (pg_dump 13.22, 14.19, 15.14, 16.10, 17.6 and later) become comments for a
///   psql that predates them.
/// Nothing inside COPY data is ever touched. Memory stays bounded whatever the line lengths.
class RestoreStream
{
    Q_DECLARE_TR_FUNCTIONS(edm::RestoreStream)
    EDM_TEXT_FUNCTIONS(edm::RestoreStream)

public:
    struct Rules
    {
        QSet<QString> existingRoles;
        QSet<QString> replaceableDatabases; ///< exist in the target and hold nothing
        int targetMajor = 0; ///< 0: unknown (no locale rewriting)
        bool stripRestrict = false;
    };

    /// A line that was rewritten, for the log.
    struct Change
    {
        qint64 line = 0;
        QString description;
    };

    struct CopyBlock
    {
        qint64 line = 0; ///< of the COPY statement
        QString table; ///< the table's name without schema or quotes, as psql's CONTEXT names it
    };

    RestoreStream();
    explicit RestoreStream(Rules rules);

    /// The next bytes of the dump → the bytes to send. Holds back at most the start of an incomplete line.
    QByteArray process(QByteArrayView chunk);
    /// The end of the dump: what was held back.
    QByteArray finish();

    qint64 lines() const { return m_line; }
    const QList<Change> &changes() const { return m_changes; }
    const QList<CopyBlock> &copyBlocks() const { return m_copies; }
    bool inCopy() const { return m_inCopy; }

    /// The line of the dump a COPY data error is on: psql reports the line where the block ended (reportedLine) and
    /// says "COPY table, line n" in its CONTEXT. 0 when no block fits.
    qint64 copyDataLine(const QString &table, qint64 lineInBlock, qint64 reportedLine) const;

    /// psql learnt \restrict in 13.22, 14.19, 15.14, 16.10 and 17.6. version: server_version_num style (150014).
    static bool psqlSupportsRestrict(int versionNumber);
    /// The name in a dump's SQL (quoted or not) as the server stores it.
    static QString unquoteIdentifier(QByteArrayView identifier);

private:
    /// A complete line outside COPY data: the replacement, or a null array to keep it.
    QByteArray rewrite(QByteArrayView line);
    void lineEnded(QByteArrayView line, bool complete);

    Rules m_rules;
    QByteArray m_pending; ///< the start of an incomplete line (only while it may still need a look)
    bool m_pendingPassed = false; ///< the incomplete line was too long to matter and went out already
    qint64 m_line = 0; ///< complete lines seen
    bool m_inCopy = false;
    bool m_inGlobals = true; ///< before the first \connect
    int m_databaseHeader = 0; ///< lines left in which a CREATE DATABASE belongs to a "Type: DATABASE" header
    QList<Change> m_changes;
    QList<CopyBlock> m_copies;
};

} // namespace edm
