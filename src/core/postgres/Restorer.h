#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/postgres/DumpInspector.h"
#include "core/postgres/RestoreStream.h"
#include "core/postgres/ServerProbe.h"
#include "core/postgres/TransferProgress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QFile;

namespace edm {

class DockerCli;
class StreamingInputRunner;

/// What to restore, and into what.
struct RestoreOptions
{
    QString dumpFile; ///< a plain pg_dumpall (or pg_dump) SQL file
    /// The target: a running container (the compose service's), or, when image is set, a throwaway container of that
    /// image created for the purpose (a rehearsal): `docker run -d --network none` with POSTGRES_USER, POSTGRES_DB
    /// and POSTGRES_PASSWORD from credentials, so that it starts out as the real target will.
    QString container;
    QString image;
    /// How to log in to the target (the compose service's user, database and password).
    Credentials credentials;
    QString throwawayName; ///< empty: "ente-db-migrate-rehearsal-<random>"
    int readyTimeoutMs = 3 * 60 * 1000; ///< for the throwaway container's first start (initdb)
    bool removeThrowawayOnFailure = true;
};

struct RestoreResult
{
    QString container; ///< where the dump went (the throwaway's name)
    bool throwaway = false;
    Credentials credentials; ///< to reach it (a throwaway's password is generated when none was given)
    ServerVersion server;
    qint64 bytes = 0; ///< of the dump file fed
    qint64 lines = 0;
    DumpSummary summary; ///< what the dump holds (its row counts, to compare with the target's)
    QList<RestoreStream::Change> changes; ///< lines rewritten for the target
    QDateTime started;
    QDateTime finished;
};

/// Streams a dump into `docker exec -i CONTAINER psql -X -q -v ON_ERROR_STOP=1 -f -` (PGPASSWORD by name only),
/// with progress (bytes fed of the file's size, rate, time left), and stops at the first error with psql's message
/// and the dump's line number (for an error in COPY data, the line of the bad row). Before feeding it asks the target
/// which roles and databases it has, so that the lines a fresh server from the official image cannot take are
/// rewritten on the way (RestoreStream: the bootstrap role exists, POSTGRES_DB exists empty, an older server, an
/// older psql); the file itself is never changed. The dump is read once: DumpInspector summarises it as it goes.
class Restorer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(Restorer)

public:
    enum class Phase
    {
        Idle,
        StartingContainer, ///< the throwaway container: docker run, initdb, first start
        Preparing, ///< asking the target for its version, roles and databases
        Restoring,
        Finished,
        Failed
    };
    Q_ENUM(Phase)

    explicit Restorer(DockerCli *docker, QObject *parent = nullptr);
    ~Restorer() override;

    void start(const RestoreOptions &options);
    /// Stops feeding and psql. The target keeps what was restored so far (a throwaway container is removed).
    void cancel();

    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished && m_phase != Phase::Failed; }
    const RestoreResult &result() const { return m_result; }
    const Error &error() const { return m_error; }
    TransferStatus status() const { return m_progress.status(); }

    /// For the command line and tests: start() and a local event loop until finished().
    Expected<RestoreResult> runToCompletion(const RestoreOptions &options);

    /// Removes a throwaway container and its anonymous volume (`docker rm -f -v`).
    void removeContainer(const QString &container, QObject *context, std::function<void(const Status &)> done);

    /// The error for a restore psql stopped: the last "psql:<stdin>:N: ERROR: …" of its standard error, the lines
    /// after it (DETAIL, HINT, CONTEXT, LINE), N mapped to the dump's line (COPY data: the bad row's line).
    static Error describeStop(const QStringList &errorLines, const RestoreStream &stream, const QString &dumpFile);

Q_SIGNALS:
    void phaseChanged(edm::Restorer::Phase phase);
    void progress(const edm::TransferStatus &status);
    void logLine(const QString &line);
    void finished(const edm::Error &error);

private:
    void setPhase(Phase phase);
    void startThrowaway();
    void prepare();
    void checkDatabases(const QStringList &names, int index);
    void feedDump();
    QByteArray nextChunk();
    void onRestoreFinished(const ProcessResult &result);
    void explainStop(const ProcessResult &result, int attempt, std::function<void(const Error &)> done);
    void fail(const Error &error);
    void succeed();
    void emitProgress(bool force);

    QPointer<DockerCli> m_docker;
    RestoreOptions m_options;
    Phase m_phase = Phase::Idle;
    RestoreResult m_result;
    Error m_error;
    ServerProbe *m_probe = nullptr;
    QPointer<StreamingInputRunner> m_runner;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<RestoreStream> m_stream;
    DumpInspector *m_inspector = nullptr;
    RestoreStream::Rules m_rules;
    QString m_connectDatabase;
    QStringList m_errorLines;
    TransferProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    qint64 m_read = 0;
    qint64 m_total = 0;
    QString m_readError;
    bool m_inputDone = false;
    bool m_cancelRequested = false;
    bool m_containerCreated = false;
};

} // namespace edm
