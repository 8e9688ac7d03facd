// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/LogLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace edm {

/// Follows the log of a pgautoupgrade container (or of a plain Postgres one) and says what it means: the upgrade
/// started, finished, failed; no upgrade was needed; a server is starting; the final server accepts connections.
///
/// Feed it the bytes of `docker logs -f`, `docker compose logs -f` or `docker compose up` in chunks of any size: it
/// buffers partial lines, drops CR and ANSI colours, and strips the compose prefixes (`postgres-1  | `,
/// `project_postgres_1  | `) and `--timestamps`.
///
/// pgautoupgrade worded its end differently over its releases, and the watcher knows each of them:
/// - until 2024-10 it printed `Automatic upgrade process finished with no errors reported` and started the server;
/// - from 2024-10 to 2025-03 `… finished upgrading the data format to PostgreSQL 16.`, started the real server and
///   ran VACUUM ANALYZE and REINDEX in a background task, ending with `Post upgrade tasks have finished
///   successfully…`;
/// - since 2025-04 it runs them on a temporary server (socket only) and prints `Upgrade to PostgreSQL 16.x complete.`
///   before the real start.
/// So the upgrade is done only when it is truly complete (in the background-task releases: when that task said it
/// finished) and the final server (one that listens on TCP, unlike the temporary servers of initdb and of the
/// post-upgrade phase) accepts connections. In one-shot mode (PGAUTO_ONESHOT=yes) pgautoupgrade exits instead of
/// starting a server; its closing message counts as done. A client's failed login is a fatal(), not a failure.
class UpgradeLogWatcher : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::UpgradeLogWatcher)

public:
    enum class Phase
    {
        Waiting, ///< nothing recognised yet (container starting, initdb, …)
        Upgrading, ///< pgautoupgrade is converting the data (pg_upgrade)
        Optimising, ///< data converted; VACUUM ANALYZE and REINDEX running
        Starting, ///< upgrade complete (or not needed); waiting for the final server to accept connections
        Done, ///< upgrade complete and the final server accepts connections (or one-shot mode exited cleanly)
        Failed
    };
    Q_ENUM(Phase)

    /// Why the upgrade failed; a stable code for tests, JSON and the journal (see failureCode()).
    enum class Failure
    {
        None,
        LockFile, ///< `Upgrade lock file already exists…` (exit 1)
        TempDirectory, ///< creating the OLD/NEW temporary directory failed (exit 7/8)
        UnrecognisedVersion, ///< data files of a version this image cannot upgrade (exit 9)
        LeftOverOld, ///< left-over OLD directory from an earlier failed run (exit 10)
        LeftOverNew, ///< left-over NEW directory (exit 11)
        PgUpgrade, ///< pg_upgrade itself failed (`Failure, exiting`)
        PostUpgradeTasks, ///< VACUUM ANALYZE / REINDEX after the conversion failed
        IncompatibleData, ///< `FATAL:  database files are incompatible with server`
        WrongServerVersion, ///< the final server is not of the target major (the compose image is wrong)
        WrongTarget, ///< the pgautoupgrade image upgrades to another major than the target
        ServerStart, ///< the server failed to start
        ServerCrashed, ///< PANIC before the upgrade was done
        DataDirectoryNotEmpty, ///< no PG_VERSION but other files: initdb refuses (after a failed pg_upgrade)
        LayoutRefused, ///< postgres:18 (or newer) on a volume mounted at /var/lib/postgresql/data refuses to start
        ExitedEarly ///< the container exited (or was stopped) before the upgrade was done
    };
    Q_ENUM(Failure)

    /// What one line says on its own (see LogLine).
    using LineKind = LogLine::Kind;

    /// One line, cleaned and classified (see LogLine).
    using ParsedLine = LogLine::Parsed;

    /// Cleans one raw line (no newline): CR, ANSI escape sequences, compose prefix, docker timestamp.
    static QString cleanLine(QByteArrayView raw, QString *container = nullptr)
    {
        return LogLine::clean(raw, container);
    }
    /// Cleans and classifies one raw line (no newline). Pure: the same bytes always give the same result.
    static ParsedLine parseLine(QByteArrayView raw) { return LogLine::parse(raw); }

    /// The stable code of a failure ("lock_file", "pg_upgrade", …); empty for None.
    static QString failureCode(Failure failure);

    explicit UpgradeLogWatcher(QObject *parent = nullptr);
    ~UpgradeLogWatcher() override;

    /// The major version the upgrade must reach (16 by default; 14 to 18 work too). Set before feeding. A log that
    /// upgrades to another major fails (WrongTarget), unless the target follows the log (setFollowAnnouncedTarget).
    void setTargetMajor(int major);
    int targetMajor() const { return m_targetMajor; }
    /// follow: the target is the one the log announces (`Upgrading to version 17.6`, or the major of the completion
    /// lines `… data format to PostgreSQL 17.6.` and `Upgrade to PostgreSQL 17 complete.` when the start line does not
    /// say); until it does, targetMajor() as set. Set before feeding.
    void setFollowAnnouncedTarget(bool follow) { m_followTarget = follow; }
    /// The log announced the target (in follow mode: targetMajor() is that one now).
    bool hasAnnouncedTarget() const { return m_targetAnnounced; }

    /// Only follow lines of this compose service (`postgres` matches the prefixes `postgres-1`, `ente_postgres_1`);
    /// lines of other containers are counted but ignored. Lines without prefix are always followed. Empty: all.
    void setService(const QString &service);

    /// Feeds the next bytes of the log; complete lines are processed at once, a partial last line is kept. A line
    /// longer than MaxLineLength is cut there and marked (" … [line cut at 65536 bytes]"); the rest of it, up to its
    /// newline, is dropped and the stream goes on, so an endless line costs at most MaxLineLength bytes.
    void feed(QByteArrayView chunk);
    /// The stream ended (`docker logs -f` returned, the file is read): processes a partial last line.
    void endOfStream();
    /// The container exited with exitCode: also the end of the stream. Before the upgrade was done, that is a
    /// failure (pgautoupgrade's exit codes 1, 7–11 say which).
    void finish(int exitCode);

    Phase phase() const { return m_phase; }
    bool done() const { return m_phase == Phase::Done; }
    bool failed() const { return m_phase == Phase::Failed; }
    Failure failure() const { return m_failure; }
    /// The translated reason of the failure, with what to do; empty unless failed().
    Text failureReason() const { return m_failureReason; }
    /// The version of the last server that started ("16.4"); empty before.
    QString serverVersion() const { return m_serverVersion; }
    /// Lines processed so far (1-based number of the last complete line).
    int lineCount() const { return m_lineNumber; }
    /// The last lines followed (cleaned, blank ones left out), oldest first: the excerpt shown with a failure.
    QStringList lastLines() const;

    static constexpr int ExcerptLines = 20;
    /// The longest line kept (in bytes); Postgres's and pgautoupgrade's lines are far shorter.
    static constexpr qsizetype MaxLineLength = 64 * 1024;
    /// Bytes of a partial line held until its newline comes: at most MaxLineLength.
    qsizetype pendingBytes() const { return m_buffer.size(); }

Q_SIGNALS:
    void upgradeStarted(int fromMajor, int toMajor, int line);
    /// The log said which major the upgrade goes to (once, at its first such line; before upgradeStarted when the
    /// start line says it). In follow mode (setFollowAnnouncedTarget) targetMajor() is that major from now on.
    void targetAnnounced(int major, int line);
    /// The upgrade is truly complete (data converted and, where the release does it, statistics and reindex done).
    void upgradeFinished(const QString &version, int line);
    void upgradeFailed(const edm::Text &reason, const QStringList &excerpt, int line);
    void noUpgradeNeeded(int line);
    /// Any server start, temporary ones included (version as logged, e.g. "16.4").
    void serverStarting(const QString &version, int line);
    /// The final server accepts connections: it listens on TCP and started after the upgrade's completion (in the
    /// 2024-10…2025-03 releases after the data's conversion, its background task still running), or with no upgrade
    /// needed. Emitted once; done() may come later (when that background task ends).
    void ready(int line);
    /// A FATAL or PANIC line. A client's failed login is only this, not an upgradeFailed().
    void fatal(const QString &text, int line);
    /// The data volume was empty and the entrypoint created a new cluster: the compose volume is probably not the
    /// one holding the old data.
    void databaseInitialised(int line);
    void phaseChanged(edm::UpgradeLogWatcher::Phase phase);

private:
    enum class ServerState
    {
        None,
        Starting,
        Ready
    };

    void processLine(QByteArrayView raw);
    /// Adds a piece of the partial line to m_buffer, up to MaxLineLength.
    void appendPartial(QByteArrayView piece);
    /// Processes m_buffer as a line (marked when it was cut) and empties it.
    void flushPartial();
    void handle(const ParsedLine &parsed);
    void handleFatal(const ParsedLine &parsed);
    void failWrongServerVersion(const QString &version, int line);
    void handleExit(int exitCode);
    void resolvePendingIncompatible(const ParsedLine *detail);
    void fail(Failure failure, const Text &reason, int line);
    void updatePhase();
    bool terminal() const { return m_phase == Phase::Done || m_phase == Phase::Failed; }
    bool finalServerExpected() const;
    bool followsService(const QString &container) const;
    void remember(QByteArrayView line);
    static int majorOf(const QString &version);
    /// The log names major as the upgrade's target at line.
    void announceTarget(int major, int line);

    int m_targetMajor = 16;
    bool m_followTarget = false;
    bool m_targetAnnounced = false;
    QString m_service;
    QRegularExpression m_serviceName;
    QByteArray m_buffer; // the partial last line, at most MaxLineLength bytes
    bool m_lineCut = false; // the partial line passed MaxLineLength; the rest up to its newline is dropped
    int m_lineNumber = 0;
    QByteArray m_scratch; // a line without its colours
    QList<QByteArray> m_ring; // the last ExcerptLines lines followed, cleaned; m_ringNext is the oldest once full
    qsizetype m_ringNext = 0;

    Phase m_phase = Phase::Waiting;
    Failure m_failure = Failure::None;
    Text m_failureReason;

    bool m_entrypointPassedInit = false; // the entrypoint is past initdb: the next server start is not initdb's
    bool m_upgradeStarted = false;
    int m_upgradeTo = 0;
    bool m_dataUpgraded = false;
    bool m_backgroundTasks = false;
    bool m_complete = false;
    bool m_noUpgrade = false;
    bool m_oneShotDone = false;
    bool m_unconfirmedStart = false; // a server listened on TCP after the conversion, without a completion line
    QString m_finishedVersion;

    ServerState m_server = ServerState::None;
    qint64 m_serverPid = -1;
    bool m_serverTcp = false;
    bool m_serverIsFinal = false;
    QString m_serverVersion;
    bool m_finalReady = false;
    bool m_readyEmitted = false;

    bool m_pendingIncompatible = false;
    int m_pendingIncompatibleLine = 0;
};

} // namespace edm
