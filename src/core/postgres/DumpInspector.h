// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/postgres/PasswordKind.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace edm {

class Sha256;

/// A role found in a pg_dumpall file. Only the kind of its stored password is kept, never the hash.
struct DumpRole
{
    QString name;
    PasswordKind password = PasswordKind::None; ///< None when the dump has no PASSWORD clause; never Unknown
    bool superuser = false;
    bool login = false;
};

/// A table with data in the dump: rows counted from its COPY block or INSERT statements.
struct DumpTable
{
    enum class Source
    {
        Copy,
        Insert
    };

    QString schema; ///< empty when the dump does not qualify the name
    QString table;
    qint64 rows = 0;
    Source source = Source::Copy;
    bool complete = true; ///< false: the input ended inside its data

    QString qualifiedName() const; ///< schema.table, quoted where SQL needs quotes: Audit."Login Events"
};

/// One database section: from its `-- Database "x" dump` header (or its `\connect`) to the next section.
struct DumpDatabase
{
    QString name; ///< null for a pg_dump without \connect (one database, name unknown)
    qint64 offset = 0; ///< where the section starts, in the uncompressed text
    qint64 bytes = 0; ///< the section's length
    bool endMark = false; ///< its pg_dump wrote "-- PostgreSQL database dump complete"
    // From its CREATE DATABASE, when the dump has one (empty otherwise).
    QString encoding;
    QString localeProvider; ///< "libc" or "icu" (written from Postgres 15's pg_dump on)
    QString collate; ///< LOCALE or LC_COLLATE
    QString ctype; ///< LOCALE or LC_CTYPE
    QList<DumpTable> tables;

    qint64 rows() const;
};

/// Something the user should know about the dump, as a sentence that says what is wrong and what to do.
struct DumpProblem
{
    enum class Kind
    {
        Empty, ///< no content at all
        NotADump, ///< not a pg_dump/pg_dumpall file (binary, other text, another compressor)
        CustomFormat, ///< a pg_dump -Fc archive: pg_restore reads it, this app does not
        FooterMissing, ///< the final "... dump complete" line is not there
        EndedInCopy, ///< the input ends inside a table's COPY data
        EndedInStatement, ///< the input ends inside an SQL statement
        DatabaseUnfinished, ///< a database section lacks "-- PostgreSQL database dump complete"
        CrLf, ///< Windows line endings
        UnknownLines, ///< lines that are neither SQL, psql commands nor comments
        ByteOrderMark, ///< a UTF-8 BOM before the first line
        TrailingContent, ///< content after the final end mark
        CompressedStreamCut, ///< the gzip stream ends early
        CompressedDataCorrupt ///< the gzip data cannot be decompressed
    };

    Kind kind;
    QString message;
    qint64 line = 0; ///< 1-based line of the (first) occurrence, 0 when it is not about one line
};

/// What DumpInspector found.
struct DumpSummary
{
    enum class Format
    {
        Empty,
        PgDumpall,
        PgDump,
        PgDumpCustom,
        Unknown
    };
    /// What the CLI exits with: 0, 3 (readable but incomplete or suspect), 2 (cannot be read as a dump).
    enum class Verdict
    {
        Complete,
        Incomplete,
        Unreadable
    };

    Format format = Format::Empty;
    bool complete = false; ///< the end mark is there and nothing was cut off
    bool compressed = false; ///< gzip
    bool restrictLines = false; ///< has \restrict KEY lines (pg_dump ≥ 13.22, 14.19, 15.14, 16.10, 17.6)
    QString sourceVersion; ///< "12.22" (from "-- Dumped from database version 12.22 (Debian …)")
    QString sourceVersionText; ///< the whole text after "version"
    QString dumpToolVersion; ///< "15.18"
    QString dumpToolVersionText;
    QList<DumpRole> roles;
    QList<DumpDatabase> databases;
    QList<DumpProblem> problems;
    QString truncatedInTable; ///< qualified name of the table whose COPY data the input ends in, else empty
    QString truncatedInDatabase; ///< the database of that table
    qint64 inputBytes = 0; ///< bytes of the input (compressed ones for gzip)
    qint64 textBytes = 0; ///< bytes of SQL text read (after decompression)
    qint64 lines = 0;

    Verdict verdict() const;
    bool hasProblem(DumpProblem::Kind kind) const;
    const DumpDatabase *database(const QString &name) const;
    qint64 rows() const; ///< all tables of all databases

    static QString formatName(Format format); ///< "pg_dumpall", "pg_dump", "pg_dump_custom", "empty", "unknown"
    /// The `inspect --json` object: format, complete, source_version, dump_tool_version, roles, databases
    /// ({name, bytes, tables: [{schema, table, rows}]}), problems (sentences).
    QJsonObject toJson() const;
};

/// A streaming reader of plain-text pg_dumpall and pg_dump output, plain or gzip-compressed, in constant memory.
/// Recognises pg_dump's custom format (PGDMP) and says to use pg_restore. Feed it the bytes in chunks of any size
/// (a backup being written, a file being read) and finish() gives the summary; or let inspectFile() read a file,
/// with progress and cancel.
class DumpInspector : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::DumpInspector)

public:
    explicit DumpInspector(QObject *parent = nullptr);
    ~DumpInspector() override;

    /// The next bytes of the dump, in order. Cheap to call with small chunks; nothing of it is kept beyond a line's
    /// first few kilobytes.
    void feed(QByteArrayView chunk);
    /// Ends the input and returns the summary. The inspector is then ready for another dump.
    DumpSummary finish();
    /// Forgets everything fed so far.
    void reset();
    /// False once the rest of the input cannot change the summary (a custom-format archive, a foreign file):
    /// a reader may stop there and call finish().
    bool wantsMoreInput() const;
    qint64 bytesFed() const;

    /// Reads the file at path (plain or .gz) and summarises it. Blocks: run it in a worker thread for big files.
    /// Emits progress() as it reads; returns the error "cancelled" after cancel(), "open_failed" or "read_failed"
    /// when the file cannot be read. A file that is not a dump is not an error: see DumpSummary::format.
    /// With hash, every byte of the file is also added to it in the same pass (the whole file is then read, even
    /// past the point where the summary is settled), to check the file against its sidecar's SHA-256.
    Expected<DumpSummary> inspectFile(const QString &path, Sha256 *hash = nullptr);
    /// Stops inspectFile() at its next chunk. Thread-safe; cleared when inspectFile() returns.
    void cancel();

Q_SIGNALS:
    /// Bytes of the file read so far, and its size (0 when unknown).
    void progress(qint64 bytesRead, qint64 totalBytes);

private:
    class Private;
    std::unique_ptr<Private> d;
    std::atomic<bool> m_cancel{false};
};

} // namespace edm
