#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/postgres/BackupSidecar.h"
#include "core/postgres/DumpInspector.h"
#include "core/postgres/ServerProbe.h"
#include "core/postgres/TransferProgress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QSaveFile;

namespace edm {

class DockerCli;
class ProcessRunner;
class Sha256;

/// What to back up and where.
struct BackupOptions
{
    QString container; ///< the running Postgres container (name or id)
    Credentials credentials; ///< the compose service's user, database and password
    /// The final file. Empty: `<directory>/pg<major>.backup.sql`, the major version asked from the server.
    QString path;
    QString directory; ///< used when path is empty
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
class BackupWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BackupWriter)

public:
    enum class Phase
    {
        Idle,
        Probing, ///< asking the server for its version and sizes, checking the target
        Dumping,
        Verifying, ///< the dump ended; checking it, committing the file, writing the sidecar
        Finished,
        Failed
    };
    Q_ENUM(Phase)

    /// docker must outlive the writer.
    explicit BackupWriter(DockerCli *docker, QObject *parent = nullptr);
    ~BackupWriter() override;

    /// Starts; returns at once. finished() follows, also for errors found before the dump starts.
    void start(const BackupOptions &options);
    /// Stops the dump (or the probe) and removes the partial file. finished() follows with backup_cancelled.
    void cancel();

    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished && m_phase != Phase::Failed; }
    const BackupOptions &options() const { return m_options; }
    /// Valid after finished() without an error.
    const BackupResult &result() const { return m_result; }
    const Error &error() const { return m_error; }
    TransferStatus status() const { return m_progress.status(); }
    /// While dumping: the temporary file's path, when it has one. On Linux it has none: QSaveFile writes an unnamed
    /// file (O_TMPFILE) in the target's folder and links it in at commit, so that not even a crash leaves a partial
    /// backup behind.
    QString temporaryPath() const;

    /// Starts and runs a local event loop until finished(). For the command line and tests only.
    Expected<BackupResult> runToCompletion(const BackupOptions &options);

    /// "pg12.backup.sql"
    static QString defaultFileName(int major);
    /// Refuses when the file system holding directory has less than factor × estimate free. availableBytes: what
    /// it has.
    static Status checkFreeSpace(const QString &directory, qint64 estimate, double factor = 1.2,
                                 qint64 *availableBytes = nullptr);
    /// The verification of a dump that pg_dumpall finished: the footer, every expected database's section with its
    /// end mark, no COPY block or statement cut off. expectedDatabases: those pg_dumpall must have dumped.
    static Status verifySummary(const DumpSummary &summary, const QStringList &expectedDatabases);

Q_SIGNALS:
    void phaseChanged(edm::BackupWriter::Phase phase);
    /// While dumping, about ten times a second: bytes written, the estimate, the rate and the time left.
    void progress(const edm::TransferStatus &status);
    /// What pg_dumpall says on standard error, and what the writer does (redacted).
    void logLine(const QString &line);
    /// The end; error is null on success (then see result()).
    void finished(const edm::Error &error);

private:
    void setPhase(Phase phase);
    void probe();
    void startDump();
    void onData(const QByteArray &data);
    bool flushBatch();
    void onDumpFinished(const ProcessResult &result);
    void explainStop(const ProcessResult &result, int attempt, std::function<void(const Error &)> done);
    void finishVerified();
    void fail(const Error &error);
    void discardPartial();
    void emitProgress(bool force);
    QString partialNote() const;

    QPointer<DockerCli> m_docker;
    BackupOptions m_options;
    Phase m_phase = Phase::Idle;
    ServerProbe *m_probe = nullptr;
    QPointer<ProcessRunner> m_runner;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<Sha256> m_hash;
    DumpInspector *m_inspector = nullptr;
    TransferProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    qint64 m_bytes = 0; ///< written to the file
    qint64 m_received = 0; ///< received from pg_dumpall (written, or in m_batch)
    QByteArray m_batch;
    qint64 m_syncedTo = 0;
    bool m_cancelRequested = false;
    QString m_writeError; ///< set when writing to the file failed
    bool m_diskFull = false;
    QString m_temporaryPath;
    BackupResult m_result;
    Error m_error;
};

} // namespace edm
