// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/postgres/BackupSidecar.h"
#include "core/postgres/DumpInspector.h"
#include "core/postgres/ServerProbe.h"
#include "core/postgres/TransferJob.h"
#include "core/postgres/TransferProgress.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QSaveFile;

namespace edm {

class DockerCli;
class Sha256;

/// What to back up and where.
struct BackupOptions
{
    QString container; ///< the running Postgres container (name or id)
    Credentials credentials; ///< the compose service's user, database and password
    /// The final file. Empty: `<directory>/pg<version>-<yyyyMMdd-HHmm>.backup.sql` (defaultFileName(), the version
    /// asked from the server, the time from when), with -2, -3, … when that name is taken (freePath()).
    QString path;
    QString directory; ///< used when path is empty
    QDateTime when; ///< the time in the default name; null: now
    /// An existing file at path is replaced (once the new backup is complete) only when this is set; otherwise the
    /// backup refuses to start (backup_exists) and the file stays as it is.
    bool replaceExisting = false;
    // For the sidecar.
    QString composeFile;
    QString service;
    QString project;
    /// The size the free-space check and the progress use. -1: the sum of pg_database_size, asked from the server.
    qint64 estimateBytes = -1;
    /// Refuse to start when the target's file system has less free space than this many times the estimate.
    double spaceFactor = 1.2;
};

/// A finished, verified backup.
struct BackupResult
{
    QString path;
    QString sidecarPath;
    QString sha256; ///< lower-case hex
    qint64 bytes = 0;
    qint64 estimateBytes = 0;
    QDateTime started;
    QDateTime finished;
    ServerVersion server;
    ServerVersion dumpTool;
    QList<DatabaseInfo> databases; ///< as the probe saw them before the dump
    DumpSummary summary; ///< what the dump holds, read while it was written
    BackupSidecar sidecar;
    bool replacedExisting = false; ///< a file of that name was there and is now this backup
};

/// Backs a cluster up with `pg_dumpall` run in its container (`docker exec`, no TTY; PGPASSWORD passed by name), and
/// streams the dump into a temporary file beside the target (QSaveFile), computing its SHA-256 and reading it with
/// DumpInspector as it arrives, so the file is never read twice. The file gets its final name only once pg_dumpall
/// succeeded and the dump proved complete (the footer, every database's section, every COPY block ended); on any
/// failure — disk full, cancel, the container dying, a dump that is cut short — the temporary file is removed and
/// nothing exists under the final name. Then `<file>.json` (BackupSidecar) is written. Both are mode 0600.
///
/// Before dumping it asks the server (ServerProbe) for its version and the size of its databases: the estimate for
/// the progress and for the free-space check (refuses under spaceFactor × the estimate, naming both figures), and
/// checks that the container's pg_dumpall is not older than the server (a 15 pg_dumpall refuses a 16 server).
class BackupWriter : public TransferJobFor<BackupOptions, BackupResult>
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::BackupWriter)
    Q_DISABLE_COPY(BackupWriter)

public:
    // Phases (TransferJob::Phase): Preparing (asking the server for its version and sizes, checking the target),
    // Transferring (the dump), Verifying (the dump ended; checking it, committing the file, writing the sidecar),
    // then Finished or Failed.

    /// docker must outlive the writer.
    explicit BackupWriter(DockerCli *docker, QObject *parent = nullptr);
    ~BackupWriter() override;

    // start(options), options(), result(), runToCompletion(options): TransferJobFor. cancel() stops the dump (or the
    // probe) and removes the partial file; finished() follows with backup_cancelled.

    /// While dumping: the temporary file's path, when it has one. On Linux it has none: QSaveFile writes an unnamed
    /// file (O_TMPFILE) in the target's folder and links it in at commit, so that not even a crash leaves a partial
    /// backup behind.
    QString temporaryPath() const;

    /// "pg12.22-20261205-1612.backup.sql": the server's version and the time (as given: pass local time).
    static QString defaultFileName(const QString &version, const QDateTime &when);
    /// path when neither it nor its .json sidecar exists, else the first free of path with -2, -3, … before its
    /// ".backup.sql" (or its last suffix): "pg12.22-20261205-1612-2.backup.sql".
    static QString freePath(const QString &path);
    /// Refuses when the file system holding directory has less than factor × estimate free. availableBytes: what
    /// it has.
    static Status checkFreeSpace(const QString &directory, qint64 estimate, double factor = 1.2,
                                 qint64 *availableBytes = nullptr);
    /// The verification of a dump that pg_dumpall finished: the footer, every expected database's section with its
    /// end mark, no COPY block or statement cut off. expectedDatabases: those pg_dumpall must have dumped.
    static Status verifySummary(const DumpSummary &summary, const QStringList &expectedDatabases);

    // Signals (Job, TransferJob): progress() and transferProgress() while dumping, about ten times a second (bytes
    // written, the estimate, the rate and the time left); logLine(): what pg_dumpall says on standard error, and
    // what the writer does (redacted); finished(): null on success (then see result()).

protected:
    void begin() override;
    void streamSucceeded() override;
    void discard(std::function<void()> done) override;
    // Why the dump stopped.
    Error localFailure() const override;
    Text cancelledMessage(bool transferring) const override;
    Text containerDiedMessage() const override;
    Text toolFailedNote() const override;

private:
    void askServer();
    void startDump();
    void onData(const QByteArray &data);
    bool flushBatch();
    void finishVerified();
    void discardPartial();
    Text partialNote() const;

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<Sha256> m_hash;
    DumpInspector *m_inspector = nullptr;
    qint64 m_bytes = 0; ///< written to the file
    qint64 m_received = 0; ///< received from pg_dumpall (written, or in m_batch)
    QByteArray m_batch;
    qint64 m_syncedTo = 0;
    QString m_writeError; ///< set when writing to the file failed
    bool m_diskFull = false;
    QString m_temporaryPath;
};

} // namespace edm
