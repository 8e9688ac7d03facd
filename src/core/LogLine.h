// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QStringView>

namespace edm {

/// One line of a Postgres container's log (pgautoupgrade's entrypoint, the server, `docker compose up`): what it
/// says on its own, before any state is taken into account, and how a log view colours it. Pure functions, shared by
/// UpgradeLogWatcher (core/docker), which follows a log, and the wizard's LogView, which shows one.
///
/// The parser knows each wording of pgautoupgrade's releases (see UpgradeLogWatcher) and the decorations around a
/// line: CR, ANSI colours, compose prefixes (`postgres-1  | `, `project_postgres_1  | `) and docker's `--timestamps`.
class LogLine
{
    Q_GADGET

public:
    /// What one line says on its own, before any state is taken into account.
    enum class Kind
    {
        Other,
        EntrypointBanner, ///< `PostgreSQL data directory: …` (pgautoupgrade decides next)
        SkippingInit, ///< `PostgreSQL Database directory appears to contain a database; Skipping …`
        InitComplete, ///< `PostgreSQL init process complete; ready for start up.` (the volume was empty)
        UpgradeStarted, ///< `Performing PG upgrade on version 12 database files.  Upgrading to version 16`
        DataUpgraded, ///< `Automatic upgrade process finished upgrading the data format to PostgreSQL 16.`
        BackgroundTasks, ///< `… will be done by a background task shortly.` / `Post upgrade script launched`
        OptimiseStep, ///< `Updating query planner stats`, `Reindexing the databases`, …
        LegacyFinished, ///< `Automatic upgrade process finished with no errors reported`
        PostUpgradeFinished, ///< `Post upgrade tasks have finished successfully.  PostgreSQL should now be …`
        UpgradeComplete, ///< `Upgrade to PostgreSQL 16.10 complete.`
        OneShotUpgraded, ///< one-shot mode exits after an upgrade
        OneShotNothingToDo, ///< one-shot mode exits, no upgrade to do
        OneShotExit, ///< one-shot mode exits (releases before 2024-10: same words either way)
        LockFileExists, ///< `Upgrade lock file already exists, indicating an incomplete previous upgrade…`
        TempDirectoryFailed, ///< `Creation of temporary directory '…/old' failed.  Aborting completely`
        UnrecognisedVersion, ///< `Unrecognised version of PostgreSQL database files found, aborting completely`
        LeftOverOld, ///< `Left over OLD directory found.  Aborting.`
        LeftOverNew, ///< `Left over NEW directory found.  Aborting.`
        PgUpgradeFailure, ///< pg_upgrade's `Failure, exiting`
        PostUpgradeTimeout, ///< `PostgreSQL did not start before timeout expired` (background task)
        ReindexFailed, ///< `reindexdb: error: …`
        ServerStarting, ///< `LOG:  starting PostgreSQL 16.4 …`
        ListeningTcp, ///< `LOG:  listening on IPv4 address "0.0.0.0", port 5432` (or IPv6)
        ReadyToAccept, ///< `LOG:  database system is ready to accept connections`
        ShutDown, ///< `LOG:  database system is shut down`, pg_ctl's `server stopped`
        InitdbNotEmpty, ///< `initdb: error: directory "…" exists but is not empty`
        /// postgres:18's entrypoint on a volume mounted the old way: `Error: in 18+, these Docker images are configured
        /// to store database data in a format which is compatible with "pg_ctlcluster" …`
        LayoutRefused,
        ServerStartFailed, ///< `pg_ctl: could not start server`, `aborting startup due to startup process …`
        Fatal, ///< a `FATAL:  ` line
        Panic, ///< a `PANIC:  ` line
        IncompatibleDetail, ///< `DETAIL:  The data directory was initialized by PostgreSQL version 16, which …`
        ContainerExited ///< compose's `postgres-1 exited with code 1`
    };
    Q_ENUM(Kind)

    /// One line, cleaned and classified. Pure data.
    struct Parsed
    {
        Kind kind = Kind::Other;
        QString text; ///< the line without CR, colours, compose prefix and docker timestamp
        QString container; ///< the compose prefix's container name, or the exited container's; empty for none
        QString version; ///< ServerStarting, DataUpgraded, UpgradeComplete: "16.4"; IncompatibleDetail: the server's
        QString detail; ///< Fatal, Panic: the message; TempDirectoryFailed: the folder; ReindexFailed: the error
        int fromMajor = 0; ///< UpgradeStarted: the data's major (9 for 9.5/9.6); IncompatibleDetail: the data's major
        int toMajor = 0; ///< UpgradeStarted: the image's target major (0 when the line does not say)
        int exitCode = -1; ///< ContainerExited
        qint64 pid = -1; ///< Postgres log lines with the default prefix `%m [%p] `
        bool incompatible = false; ///< Fatal: `database files are incompatible with server`
        bool clientSide = false; ///< Fatal: a client's failure (login, the server starting up or shutting down…)
    };

    /// Cleans one raw line (no newline): CR, ANSI escape sequences, compose prefix, docker timestamp.
    static QString clean(QByteArrayView raw, QString *container = nullptr);
    /// Cleans and classifies one raw line (no newline). Pure: the same bytes always give the same result.
    static Parsed parse(QByteArrayView raw);

    /// For a stream of lines, without a QString per line: cleans raw (no newline) into a view on raw or on scratch
    /// (which it may reuse), and the compose prefix's container name into *container (a view on the same bytes).
    static QByteArrayView cleanBytes(QByteArrayView raw, QByteArray &scratch, QByteArrayView *container = nullptr);
    /// Classifies a line cleanBytes() returned, with the container name it gave: every field of p but text and
    /// (unless the line says a container exited) container.
    static void classify(Parsed &p, QByteArrayView cleaned, QByteArrayView container);

    /// How a log view colours a line.
    enum class Tone
    {
        Plain,
        Command, ///< "$ docker …"
        Error, ///< FATAL, PANIC, ERROR, error:, and the failures the parser recognises
        Milestone ///< a line the parser recognises as a step of the upgrade or of the server's start
    };
    Q_ENUM(Tone)

    /// The tone of a shown line (already cleaned). Cheap for the lines no parser rule can match.
    static Tone toneOf(QStringView line);
};

} // namespace edm
