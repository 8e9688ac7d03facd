// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Credentials.h"
#include "core/Result.h"
#include "core/postgres/DumpInspector.h"
#include "core/postgres/RestoreStream.h"
#include "core/postgres/ServerProbe.h"
#include "core/postgres/TransferJob.h"
#include "core/postgres/TransferProgress.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace edm {

class DockerCli;

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
class Restorer : public TransferJobFor<RestoreOptions, RestoreResult>
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::Restorer)
    Q_DISABLE_COPY(Restorer)

public:
    // Phases (TransferJob::Phase): StartingContainer (the throwaway container: docker run, initdb, first start),
    // Preparing (asking the target for its version, roles and databases), Transferring (the restore), then Finished
    // or Failed.

    /// docker must outlive the restorer.
    explicit Restorer(DockerCli *docker, QObject *parent = nullptr);

    // start(options), options(), result(), runToCompletion(options): TransferJobFor. cancel() stops feeding and
    // psql: the target keeps what was restored so far (a throwaway container is removed).

    /// Removes a throwaway container and its anonymous volume (`docker rm -f -v`).
    void removeContainer(const QString &container, QObject *context, std::function<void(const Status &)> done);

    /// The error for a restore psql stopped: the last "psql:<stdin>:N: ERROR: …" of its standard error, the lines
    /// after it (DETAIL, HINT, CONTEXT, LINE), N mapped to the dump's line (COPY data: the bad row's line).
    static Error describeStop(const QStringList &errorLines, const RestoreStream &stream, const QString &dumpFile);

protected:
    void begin() override;
    void streamSucceeded() override;
    void discard(std::function<void()> done) override;
    // Why the restore stopped.
    void streamEnded(const ProcessResult &result) override;
    Error toolFailure(const ProcessResult &result) const override;
    Error localFailure() const override;
    Text cancelledMessage(bool transferring) const override;
    Text containerDiedMessage() const override;

private:
    void startThrowaway();
    void prepare();
    void checkDatabases(const QStringList &names, int index);
    void feedDump();
    QByteArray nextChunk();

    QPointer<DockerCli> m_docker;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<RestoreStream> m_stream;
    DumpInspector *m_inspector = nullptr;
    RestoreStream::Rules m_rules;
    QString m_connectDatabase;
    QStringList m_errorLines;
    qint64 m_read = 0;
    qint64 m_total = 0;
    QString m_readError;
    bool m_inputDone = false;
    bool m_containerCreated = false;
};

} // namespace edm
