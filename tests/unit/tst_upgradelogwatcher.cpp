// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/UpgradeLogWatcher.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

using edm::UpgradeLogWatcher;
using Phase = UpgradeLogWatcher::Phase;
using Kind = UpgradeLogWatcher::LineKind;

using edm::test::readAll;

namespace {

QString logsDir()
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/logs");
}

/// A recorded log's sidecar: `target N`, then `<line> <event> [args]` per event, then `outcome done|failed|open
/// [line]`.
struct Expectation
{
    int target = 16;
    QStringList events;
    QString outcome = QStringLiteral("open");
    int outcomeLine = 0;
};

Expectation readExpectation(const QString &logPath)
{
    Expectation e;
    const QString path = logPath.chopped(4) + QStringLiteral(".expected");
    const QList<QByteArray> lines = readAll(path).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("target "))) {
            e.target = line.mid(7).toInt();
        } else if (line.startsWith(QLatin1String("outcome "))) {
            const QStringList parts = line.split(u' ');
            e.outcome = parts.value(1);
            e.outcomeLine = parts.value(2).toInt();
        } else {
            e.events.append(line);
        }
    }
    return e;
}

/// Records the watcher's signals as "<line> <event> [args]", the sidecars' notation.
struct Recorder
{
    explicit Recorder(UpgradeLogWatcher &watcher)
    {
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeStarted, &watcher, [this](int from, int to, int line) {
            events.append(QStringLiteral("%1 upgrade_started %2 %3").arg(line).arg(from).arg(to));
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeFinished, &watcher,
                         [this](const QString &version, int line) {
                             events.append(QStringLiteral("%1 upgrade_finished %2").arg(line).arg(version));
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeFailed, &watcher,
                         [this, &watcher](const edm::Text &reason, const QStringList &excerpt, int line) {
                             events.append(QStringLiteral("%1 upgrade_failed %2")
                                               .arg(line)
                                               .arg(UpgradeLogWatcher::failureCode(watcher.failure())));
                             reasons.append(reason);
                             excerpts.append(excerpt);
                             failedAt = line;
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::noUpgradeNeeded, &watcher,
                         [this](int line) { events.append(QStringLiteral("%1 no_upgrade_needed").arg(line)); });
        QObject::connect(&watcher, &UpgradeLogWatcher::serverStarting, &watcher,
                         [this](const QString &version, int line) {
                             events.append(QStringLiteral("%1 server_starting %2").arg(line).arg(version));
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::ready, &watcher,
                         [this](int line) { events.append(QStringLiteral("%1 ready").arg(line)); });
        QObject::connect(&watcher, &UpgradeLogWatcher::fatal, &watcher,
                         [this](const QString &, int line) { events.append(QStringLiteral("%1 fatal").arg(line)); });
        QObject::connect(&watcher, &UpgradeLogWatcher::databaseInitialised, &watcher,
                         [this](int line) { events.append(QStringLiteral("%1 database_initialised").arg(line)); });
        QObject::connect(&watcher, &UpgradeLogWatcher::phaseChanged, &watcher, [this, &watcher](Phase phase) {
            phases.append(phase);
            if (phase == Phase::Done)
                terminalLine = watcher.lineCount();
            else if (phase == Phase::Failed)
                terminalLine = failedAt;
        });
    }

    QString outcome(const UpgradeLogWatcher &watcher) const
    {
        return watcher.done()  ? QStringLiteral("done")
            : watcher.failed() ? QStringLiteral("failed")
                               : QStringLiteral("open");
    }

    QStringList events;
    QStringList reasons;
    QList<QStringList> excerpts;
    QList<Phase> phases;
    int terminalLine = 0;
    int failedAt = 0;
};

struct Run
{
    QStringList events;
    QString outcome;
    int terminalLine = 0;
    QList<Phase> phases;
    QStringList reasons;
    QList<QStringList> excerpts;
};

/// Feeds data in the given chunks, then ends the stream.
Run feedChunks(const QList<QByteArrayView> &chunks, int target)
{
    UpgradeLogWatcher watcher;
    watcher.setTargetMajor(target);
    Recorder recorder(watcher);
    for (const QByteArrayView chunk : chunks)
        watcher.feed(chunk);
    watcher.endOfStream();
    return {recorder.events, recorder.outcome(watcher), recorder.terminalLine,
            recorder.phases, recorder.reasons,          recorder.excerpts};
}

QList<QByteArrayView> splitAfterNewlines(const QByteArray &data)
{
    QList<QByteArrayView> chunks;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n') {
            chunks.append(QByteArrayView(data).sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < data.size())
        chunks.append(QByteArrayView(data).sliced(start));
    return chunks;
}

/// Logs longer than this, and the rig's recordings, are split at sampled points (see everyByteSplit).
constexpr qint64 LongLog = 64 * 1024;

QList<qsizetype> splitPoints(const QString &path, const QByteArray &data, const Expectation &expected)
{
    QList<qsizetype> points;
    const bool rigCopy = QFileInfo(path).fileName().startsWith(QLatin1String("rig-"));
    if (data.size() <= LongLog && !rigCopy) {
        for (qsizetype at = 0; at <= data.size(); ++at)
            points.append(at);
        return points;
    }
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n')
            lineStarts.append(i + 1);
    }
    lineStarts.append(data.size());
    QList<int> lines{expected.outcomeLine};
    if (!expected.events.isEmpty())
        lines.append(expected.events.first().section(u' ', 0, 0).toInt());
    for (const int line : std::as_const(lines)) {
        if (line < 1 || line >= lineStarts.size())
            continue;
        for (qsizetype at = lineStarts.at(line - 1); at <= lineStarts.at(line); ++at)
            points.append(at);
    }
    for (int k = 0; k <= 64; ++k)
        points.append(data.size() * k / 64);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

QString describe(const QStringList &events)
{
    return events.join(QStringLiteral(" | "));
}

} // namespace

class tst_UpgradeLogWatcher : public QObject
{
    Q_OBJECT

private:
    void addLogRows()
    {
        QTest::addColumn<QString>("path");
        const QStringList logs = QDir(logsDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QVERIFY2(logs.size() >= 20, qPrintable(QStringLiteral("only %1 logs in %2").arg(logs.size()).arg(logsDir())));
        for (const QString &name : logs) {
            QVERIFY2(QFile::exists(QDir(logsDir()).filePath(name.chopped(4) + QStringLiteral(".expected"))),
                     qPrintable(name + QStringLiteral(" has no .expected")));
            QTest::newRow(qPrintable(name)) << QDir(logsDir()).filePath(name);
        }
    }

    static void compareRun(const Run &run, const Expectation &expected)
    {
        QCOMPARE(run.events, expected.events);
        QCOMPARE(run.outcome, expected.outcome);
        if (expected.outcome != QLatin1String("open"))
            QCOMPARE(run.terminalLine, expected.outcomeLine);
    }

private Q_SLOTS:
    void wholeLog_data() { addLogRows(); }
    void wholeLog()
    {
        QFETCH(QString, path);
        const QByteArray data = readAll(path);
        const Expectation expected = readExpectation(path);
        const Run run = feedChunks({data}, expected.target);
        compareRun(run, expected);
        // A failure says what happened and what to do, with the lines that led to it.
        if (expected.outcome == QLatin1String("failed")) {
            QCOMPARE(run.reasons.size(), 1);
            QVERIFY(run.reasons.first().size() > 60);
            QVERIFY(!run.excerpts.first().isEmpty());
            QVERIFY(run.excerpts.first().size() <= UpgradeLogWatcher::ExcerptLines);
        }
        // Phases only move forward, and end where the outcome says.
        for (qsizetype i = 1; i < run.phases.size(); ++i)
            QVERIFY2(run.phases.at(i) > run.phases.at(i - 1) || run.phases.at(i) == Phase::Failed,
                     qPrintable(QStringLiteral("phase went back at step %1").arg(i)));
        if (expected.outcome == QLatin1String("done"))
            QCOMPARE(run.phases.last(), Phase::Done);
    }

    void lineByLine_data() { addLogRows(); }
    void lineByLine()
    {
        QFETCH(QString, path);
        const QByteArray data = readAll(path);
        const Expectation expected = readExpectation(path);
        compareRun(feedChunks(splitAfterNewlines(data), expected.target), expected);
    }

    /// Two chunks, split at every byte boundary (inside CRLF, colour codes, prefixes and UTF-8 sequences too). Each
    /// split is a whole run of a fresh watcher; the runs are spread over the cores. The copies of the rig's
    /// recordings (rig-*, some with the full VACUUM VERBOSE output: thousands of lines) are split at every boundary of
    /// their first event's line and of the deciding line, and at 64 points spread over the rest; byteByByte feeds
    /// them one byte at a time.
    void everyByteSplit_data() { addLogRows(); }
    void everyByteSplit()
    {
        QFETCH(QString, path);
        const QByteArray data = readAll(path);
        const Expectation expected = readExpectation(path);
        const QByteArrayView view(data);
        const QList<qsizetype> points = splitPoints(path, data, expected);
        std::atomic<qsizetype> firstBad{points.size()};
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        const int stride = pool.maxThreadCount() * 4;
        for (int task = 0; task < stride; ++task) {
            pool.start([&, task] {
                for (qsizetype i = task; i < points.size() && i < firstBad.load(); i += stride) {
                    const qsizetype at = points.at(i);
                    const Run run = feedChunks({view.first(at), view.sliced(at)}, expected.target);
                    if (run.events != expected.events || run.outcome != expected.outcome) {
                        qsizetype current = firstBad.load();
                        while (i < current && !firstBad.compare_exchange_weak(current, i)) { }
                    }
                }
            });
        }
        pool.waitForDone();
        if (firstBad.load() < points.size()) {
            const qsizetype at = points.at(firstBad.load());
            const Run run = feedChunks({view.first(at), view.sliced(at)}, expected.target);
            QFAIL(qPrintable(QStringLiteral("split at byte %1 of %2:\n  got      %3 (%4)\n  expected %5 (%6)")
                                 .arg(at)
                                 .arg(data.size())
                                 .arg(describe(run.events), run.outcome, describe(expected.events), expected.outcome)));
        }
    }

    /// One byte at a time: for the long rig recordings, and for a few logs with CRLF, colours and prefixes.
    void byteByByte_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList logs = QDir(logsDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        for (const QString &name : logs) {
            if (name.startsWith(QLatin1String("rig-")) || QFileInfo(QDir(logsDir()).filePath(name)).size() > LongLog ||
                name.contains(QLatin1String("color")) || name.contains(QLatin1String("crlf")))
                QTest::newRow(qPrintable(name)) << QDir(logsDir()).filePath(name);
        }
    }
    void byteByByte()
    {
        QFETCH(QString, path);
        const QByteArray data = readAll(path);
        const Expectation expected = readExpectation(path);
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < data.size(); ++i)
            bytes.append(QByteArrayView(data).sliced(i, 1));
        compareRun(feedChunks(bytes, expected.target), expected);
    }

    void phasesOfEachEra_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QList<Phase>>("phases");
        QTest::newRow("2024: finished, then the server")
            << "era1-2024-success.v2-color.log" << QList<Phase>{Phase::Upgrading, Phase::Starting, Phase::Done};
        QTest::newRow("2024-10…2025-03: server while the background task optimises")
            << "era2-background-success.v2.log" << QList<Phase>{Phase::Upgrading, Phase::Optimising, Phase::Done};
        QTest::newRow("2025-04 on: temporary server, complete, real server")
            << "era3-bookworm-16.10-success.v2-color-crlf.log"
            << QList<Phase>{Phase::Upgrading, Phase::Optimising, Phase::Starting, Phase::Done};
        QTest::newRow("interrupted in the temporary phase")
            << "era3-2026-interrupted.v2.log" << QList<Phase>{Phase::Upgrading, Phase::Optimising, Phase::Failed};
        QTest::newRow("already on 16") << "era3-already-16.raw-timestamps.log"
                                       << QList<Phase>{Phase::Starting, Phase::Done};
    }
    void phasesOfEachEra()
    {
        QFETCH(QString, log);
        QFETCH(QList<Phase>, phases);
        const QString path = QDir(logsDir()).filePath(log);
        QCOMPARE(feedChunks({readAll(path)}, 16).phases, phases);
    }

    void parseLine_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("container");

        const QString none;
        QTest::newRow("2024 finished") << QByteArray("Automatic upgrade process finished with no errors reported")
                                       << Kind::LegacyFinished << none << none;
        QTest::newRow("2023-08 finished") << QByteArray("Automatic upgrade process finished with no errors (reported)")
                                          << Kind::LegacyFinished << none << none;
        QTest::newRow("data format, 2024-10")
            << QByteArray("Automatic upgrade process finished upgrading the data format to PostgreSQL 16.")
            << Kind::DataUpgraded << QStringLiteral("16") << none;
        QTest::newRow("data format, 2025-08")
            << QByteArray("postgres-1  | Automatic upgrade process finished upgrading the data format to PostgreSQL "
                          "16.10.")
            << Kind::DataUpgraded << QStringLiteral("16.10") << QStringLiteral("postgres-1");
        QTest::newRow("background banner, trailing blanks")
            << QByteArray("will be done by a background task shortly.                                             ")
            << Kind::BackgroundTasks << none << none;
        QTest::newRow("background tasks done")
            << QByteArray("Post upgrade tasks have finished successfully.  PostgreSQL should now be fully updated and "
                          "online")
            << Kind::PostUpgradeFinished << none << none;
        QTest::newRow("complete, 2025-04") << QByteArray("Upgrade to PostgreSQL 16 complete.") << Kind::UpgradeComplete
                                           << QStringLiteral("16") << none;
        QTest::newRow("complete, 2025-08 v1 prefix")
            << QByteArray("postgres_1  | Upgrade to PostgreSQL 16.10 complete.\r") << Kind::UpgradeComplete
            << QStringLiteral("16.10") << QStringLiteral("postgres_1");
        QTest::newRow("upgrade started")
            << QByteArray("Performing PG upgrade on version 12 database files.  Upgrading to version 16.10")
            << Kind::UpgradeStarted << none << none;
        QTest::newRow("lock file")
            << QByteArray("Upgrade lock file already exists, indicating an incomplete previous upgrade. Exiting.")
            << Kind::LockFileExists << none << none;
        QTest::newRow("not the lock file: creating it")
            << QByteArray("Creating upgrade lock file at /var/lib/postgresql/data/upgrade_in_progress.lock")
            << Kind::Other << none << none;
        QTest::newRow("temp dir") << QByteArray("Creation of temporary directory '/var/lib/postgresql/data/new' "
                                                "failed. Aborting completely")
                                  << Kind::TempDirectoryFailed << none << none;
        QTest::newRow("unrecognised")
            << QByteArray("Unrecognised version of PostgreSQL database files found, aborting completely")
            << Kind::UnrecognisedVersion << none << none;
        QTest::newRow("unknown, 2023-07")
            << QByteArray("Unknown version of PostgreSQL database files found, aborting completely")
            << Kind::UnrecognisedVersion << none << none;
        QTest::newRow("left over old") << QByteArray("Left over OLD directory found.  Aborting.") << Kind::LeftOverOld
                                       << none << none;
        QTest::newRow("left over new") << QByteArray("Left over NEW directory found.  Aborting.") << Kind::LeftOverNew
                                       << none << none;
        QTest::newRow("pg_upgrade") << QByteArray("Failure, exiting") << Kind::PgUpgradeFailure << none << none;
        QTest::newRow("one shot, 2024-09")
            << QByteArray("'One shot' automatic upgrade was requested, so exiting now rather than starting the "
                          "PostgreSQL server")
            << Kind::OneShotExit << none << none;
        QTest::newRow("one shot, finished")
            << QByteArray("'One shot' automatic upgrade was requested, so exiting as the upgrade has finished")
            << Kind::OneShotUpgraded << none << none;
        QTest::newRow("one shot, background")
            << QByteArray("'One shot' automatic upgrade was requested, so exiting now that the post upgrade tasks "
                          "have finished")
            << Kind::OneShotUpgraded << none << none;
        QTest::newRow("one shot, nothing")
            << QByteArray("'One shot' automatic upgrade was requested, so exiting as there is no upgrade to do")
            << Kind::OneShotNothingToDo << none << none;
        QTest::newRow("starting, Debian")
            << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  starting PostgreSQL 16.10 (Debian 16.10-1.pgdg12+1) "
                          "on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit")
            << Kind::ServerStarting << QStringLiteral("16.10") << none;
        QTest::newRow("starting, alpine")
            << QByteArray("2024-09-28 14:02:11.003 UTC [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-musl, "
                          "compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit")
            << Kind::ServerStarting << QStringLiteral("16.4") << none;
        QTest::newRow("starting behind pg_ctl's dots")
            << QByteArray("waiting for server to start....2025-09-02 18:30:05.101 UTC [88] LOG:  starting PostgreSQL "
                          "16.10 (Debian 16.10-1.pgdg12+1) on x86_64-pc-linux-gnu")
            << Kind::ServerStarting << QStringLiteral("16.10") << none;
        QTest::newRow("tcp v4") << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  listening on IPv4 address "
                                              "\"0.0.0.0\", port 5432")
                                << Kind::ListeningTcp << none << none;
        QTest::newRow("tcp v6") << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  listening on IPv6 address \"::\", "
                                              "port 5432")
                                << Kind::ListeningTcp << none << none;
        QTest::newRow("socket is not tcp")
            << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  listening on Unix socket "
                          "\"/var/run/postgresql/.s.PGSQL.5432\"")
            << Kind::Other << none << none;
        QTest::newRow("ready")
            << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  database system is ready to accept connections")
            << Kind::ReadyToAccept << none << none;
        QTest::newRow("read-only is not ready")
            << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  database system is ready to accept read-only "
                          "connections")
            << Kind::Other << none << none;
        QTest::newRow("shut down") << QByteArray("2025-09-02 18:30:05.101 UTC [1] LOG:  database system is shut down")
                                   << Kind::ShutDown << none << none;
        QTest::newRow("fatal") << QByteArray("2025-09-02 18:30:05.101 UTC [71] FATAL:  password authentication failed "
                                             "for user \"pguser\"")
                               << Kind::Fatal << none << none;
        QTest::newRow("panic") << QByteArray("2025-09-02 18:30:05.101 UTC [1] PANIC:  could not write to file "
                                             "\"pg_wal/xlogtemp.1\": No space left on device")
                               << Kind::Panic << none << none;
        QTest::newRow("detail") << QByteArray("2026-03-11 08:00:12.040 UTC [1] DETAIL:  The data directory was "
                                              "initialized by PostgreSQL version 16, which is not compatible with "
                                              "this version 15.16 (Debian 15.16-1.pgdg13+1).")
                                << Kind::IncompatibleDetail << QStringLiteral("15.16") << none;
        QTest::newRow("reindexdb") << QByteArray("reindexdb: error: reindexing of database \"ente_db\" failed: ERROR:  "
                                                 "could not extend file \"base/16384/16553\": No space left on device")
                                   << Kind::ReindexFailed << none << none;
        QTest::newRow("not an exit: postgres' own words")
            << QByteArray("2025-09-02 18:30:05.101 UTC [88] LOG:  background worker \"logical replication launcher\" "
                          "(PID 94) exited with exit code 1")
            << Kind::Other << none << none;
        QTest::newRow("compose v2 exit") << QByteArray("postgres-1 exited with code 1") << Kind::ContainerExited << none
                                         << QStringLiteral("postgres-1");
        QTest::newRow("compose v2 exit, colour and line reset")
            << QByteArray("\x1b[36m\r\x1b[Kpostgres-1 exited with code 143") << Kind::ContainerExited << none
            << QStringLiteral("postgres-1");
        QTest::newRow("compose v1 exit") << QByteArray("ente_postgres_1 exited with code 11") << Kind::ContainerExited
                                         << none << QStringLiteral("ente_postgres_1");
        QTest::newRow("compose v1 status glued to an unterminated line")
            << QByteArray("\x1b[36mpostgres_1  |\x1b[0m Restoring database schemas in the new cluster              "
                          "   \x1b[36mente_postgres_1 exited with code 137")
            << Kind::ContainerExited << none << QStringLiteral("ente_postgres_1");
        QTest::newRow("compose v2 (before 2.26) status glued to an unterminated line")
            << QByteArray("postgres-1  | Restoring database schemas in the new cluster                 postgres-1 "
                          "exited with code 137")
            << Kind::ContainerExited << none << QStringLiteral("postgres-1");
        QTest::newRow("an exit in the container's own output is no exit")
            << QByteArray("postgres-1  | worker exited with code 1") << Kind::Other << none
            << QStringLiteral("postgres-1");
        QTest::newRow("mv's harmless error") << QByteArray("mv: cannot move '/var/lib/postgresql/data/old' to a "
                                                           "subdirectory of itself, '/var/lib/postgresql/data/old/old'")
                                             << Kind::Other << none << none;
        QTest::newRow("initdb on a non-empty folder")
            << QByteArray("initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty")
            << Kind::InitdbNotEmpty << none << none;
        QTest::newRow("postgres:18 on the old mount")
            << QByteArray("Error: in 18+, these Docker images are configured to store database data in a")
            << Kind::LayoutRefused << none << none;
    }
    void parseLine()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Kind, kind);
        QFETCH(QString, version);
        QFETCH(QString, container);
        const UpgradeLogWatcher::ParsedLine parsed = UpgradeLogWatcher::parseLine(raw);
        QCOMPARE(parsed.kind, kind);
        if (!version.isNull())
            QCOMPARE(parsed.version, version);
        QCOMPARE(parsed.container, container);
    }

    void parseLineDetails()
    {
        auto p = UpgradeLogWatcher::parseLine(
            "Performing PG upgrade on version 9.6 database files.  Upgrading to version 16.10");
        QCOMPARE(p.fromMajor, 9);
        QCOMPARE(p.toMajor, 16);
        p = UpgradeLogWatcher::parseLine("Performing PG upgrade on version 12 database files");
        QCOMPARE(p.kind, Kind::UpgradeStarted);
        QCOMPARE(p.fromMajor, 12);
        QCOMPARE(p.toMajor, 0);
        p = UpgradeLogWatcher::parseLine("ente_postgres_1 exited with code 137 (restarting)");
        QCOMPARE(p.exitCode, 137);
        p = UpgradeLogWatcher::parseLine("2024-11-20 09:41:02.118 UTC [31] FATAL:  the database system is starting up");
        QCOMPARE(p.pid, 31);
        QVERIFY(p.clientSide);
        QVERIFY(!p.incompatible);
        p = UpgradeLogWatcher::parseLine("2024-09-28 13:55:01.040 UTC [1] FATAL:  database files are incompatible with "
                                         "server");
        QCOMPARE(p.pid, 1);
        QVERIFY(p.incompatible);
        QVERIFY(!p.clientSide);
        p = UpgradeLogWatcher::parseLine("psql: error: connection to server on socket "
                                         "\"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  role \"postgres\" does "
                                         "not exist");
        QCOMPARE(p.kind, Kind::Fatal);
        QVERIFY(p.clientSide);
        p = UpgradeLogWatcher::parseLine("2026-03-11 08:00:12.040 UTC [1] DETAIL:  The data directory was initialized "
                                         "by PostgreSQL version 16, which is not compatible with this version 15.16.");
        QCOMPARE(p.fromMajor, 16);
        QCOMPARE(p.version, QStringLiteral("15.16"));
        p = UpgradeLogWatcher::parseLine("Creation of temporary directory '/var/lib/postgresql/data/old' failed.  "
                                         "Aborting completely");
        QCOMPARE(p.detail, QStringLiteral("/var/lib/postgresql/data/old"));
    }

    void cleanLine_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("container");
        QTest::newRow("plain") << QByteArray("server started") << "server started" << QString();
        QTest::newRow("CRLF") << QByteArray("server started\r") << "server started" << QString();
        QTest::newRow("v2") << QByteArray("postgres-1  | server started") << "server started"
                            << "postgres-1";
        QTest::newRow("v2, old names") << QByteArray("ente-postgres-1  | server started") << "server started"
                                       << "ente-postgres-1";
        QTest::newRow("v2 colour") << QByteArray("\x1b[36mpostgres-1  | \x1b[0mserver started\r") << "server started"
                                   << "postgres-1";
        QTest::newRow("v1 colour") << QByteArray("\x1b[36mpostgres_1  |\x1b[0m server started") << "server started"
                                   << "postgres_1";
        QTest::newRow("v1, one space") << QByteArray("postgres_1 | server started") << "server started"
                                       << "postgres_1";
        QTest::newRow("empty, prefixed") << QByteArray("postgres-1  | ") << ""
                                         << "postgres-1";
        QTest::newRow("empty, prefixed, no blank") << QByteArray("postgres-1  |") << ""
                                                   << "postgres-1";
        QTest::newRow("timestamps") << QByteArray("postgres-1  | 2025-09-02T10:00:01.000007919Z server started")
                                    << "server started"
                                    << "postgres-1";
        QTest::newRow("timestamps, offset")
            << QByteArray("2025-09-02T10:00:01+02:00 server started") << "server started" << QString();
        QTest::newRow("postgres timestamp stays") << QByteArray("2025-09-02 10:00:01.123 UTC [1] LOG:  x")
                                                  << "2025-09-02 10:00:01.123 UTC [1] LOG:  x" << QString();
        QTest::newRow("line reset") << QByteArray("\x1b[36m\r\x1b[Kpostgres-1 exited with code 1")
                                    << "postgres-1 exited with code 1" << QString();
        QTest::newRow("cursor codes") << QByteArray("\x1b[?25h\x1b[1A\x1b[2KAttaching to postgres-1")
                                      << "Attaching to postgres-1" << QString();
        QTest::newRow("osc title") << QByteArray("\x1b]0;compose\x07"
                                                 "Attaching")
                                   << "Attaching" << QString();
        QTest::newRow("not a prefix: psql table") << QByteArray(" datname | x") << " datname | x" << QString();
        QTest::newRow("utf-8") << QByteArray("postgres-1  | \xe2\x9c\x94 done") << "✔ done"
                               << "postgres-1";
    }
    void cleanLine()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        QFETCH(QString, container);
        QString name;
        QCOMPARE(UpgradeLogWatcher::cleanLine(raw, &name), text);
        QCOMPARE(name, container);
    }

    /// The container's exit code, from the engine (finish()) when the log has no compose status line.
    void finishWithExitCode_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("lines"); // feed this many lines, then finish()
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("done");
        QTest::newRow("killed while converting")
            << "era1-2024-oneshot.raw.log" << 100 << 137 << "exited_early" << false;
        QTest::newRow("exit 7 without its line")
            << "era3-temp-dir-failed.raw-crlf.log" << 18 << 7 << "temp_directory" << false;
        QTest::newRow("exit 8") << "era3-temp-dir-failed.raw-crlf.log" << 18 << 8 << "temp_directory" << false;
        QTest::newRow("exit 9") << "era3-unrecognised-version.v2.log" << 8 << 9 << "unrecognised_version" << false;
        QTest::newRow("exit 10") << "era1-left-over-old.raw.log" << 10 << 10 << "left_over_old" << false;
        QTest::newRow("exit 11") << "era1-left-over-old.raw.log" << 10 << 11 << "left_over_new" << false;
        QTest::newRow("its line wins over the code")
            << "era1-left-over-old.raw.log" << 15 << 1 << "left_over_old" << false;
        QTest::newRow("one shot exits 0, done") << "era1-2024-oneshot.raw.log" << 217 << 0 << "" << true;
        QTest::newRow("stopped after done") << "era3-already-16.raw-timestamps.log" << 12 << 143 << "" << true;
        QTest::newRow("stopped before the real server")
            << "era3-bookworm-16.10-success.v2-color-crlf.log" << 307 << 143 << "exited_early" << false;
        QTest::newRow("no lines at all") << "era3-already-16.raw-timestamps.log" << 0 << 1 << "exited_early" << false;
    }
    void finishWithExitCode()
    {
        QFETCH(QString, log);
        QFETCH(int, lines);
        QFETCH(int, exitCode);
        QFETCH(QString, failure);
        QFETCH(bool, done);
        const QByteArray data = readAll(QDir(logsDir()).filePath(log));
        const QList<QByteArrayView> all = splitAfterNewlines(data);
        UpgradeLogWatcher watcher;
        QSignalSpy failed(&watcher, &UpgradeLogWatcher::upgradeFailed);
        for (int i = 0; i < lines && i < all.size(); ++i)
            watcher.feed(all.at(i));
        watcher.finish(exitCode);
        QCOMPARE(watcher.done(), done);
        QCOMPARE(UpgradeLogWatcher::failureCode(watcher.failure()), failure);
        QCOMPARE(failed.size(), failure.isEmpty() ? 0 : 1);
        if (!failure.isEmpty())
            QVERIFY(!watcher.failureReason().isEmpty());
    }

    /// The target is a parameter: a log upgrading to another major fails at once, whatever release printed it.
    void otherTarget_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("line");
        QTest::newRow("17 image, target 16") << "era3-target17-success.v2.log" << 16 << "wrong_target" << 11;
        QTest::newRow("16 image, target 17")
            << "era3-bookworm-16.10-success.v2-color-crlf.log" << 17 << "wrong_target" << 11;
        QTest::newRow("15 image, target 16") << "era3-target15-success.raw.log" << 16 << "wrong_target" << 8;
        QTest::newRow("2024 image, target 15") << "era1-2024-success.v1-crlf.log" << 15 << "wrong_target" << 11;
        QTest::newRow("already 16, target 17")
            << "era3-already-16.raw-timestamps.log" << 17 << "wrong_server_version" << 7;
    }
    void otherTarget()
    {
        QFETCH(QString, log);
        QFETCH(int, target);
        QFETCH(QString, failure);
        QFETCH(int, line);
        UpgradeLogWatcher watcher;
        watcher.setTargetMajor(target);
        QSignalSpy failed(&watcher, &UpgradeLogWatcher::upgradeFailed);
        watcher.feed(readAll(QDir(logsDir()).filePath(log)));
        watcher.endOfStream();
        QVERIFY(watcher.failed());
        QCOMPARE(UpgradeLogWatcher::failureCode(watcher.failure()), failure);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(2).toInt(), line);
        QVERIFY(failed.first().at(0).value<edm::Text>().toString().contains(QString::number(target)));
    }

    /// In follow mode the target is the one the log announces, in each era's wording; an explicit target is kept.
    void followsTheAnnouncedTarget_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("finished");
        QTest::newRow("17.6") << "era3-target17-success.v2.log" << 17 << 11 << "17.6";
        QTest::newRow("15.14") << "era3-target15-success.raw.log" << 15 << 8 << "15.14";
        QTest::newRow("bare 16 (2024)") << "era1-2024-success.v1-crlf.log" << 16 << 11 << "16";
        QTest::newRow("16.14 (2025 rig)") << "rig-era-2025.docker.log" << 16 << 8 << "16.14";
        QTest::newRow("one shot") << "era3-oneshot-success.v2logs.log" << 16 << -1 << "";
    }
    void followsTheAnnouncedTarget()
    {
        QFETCH(QString, log);
        QFETCH(int, target);
        QFETCH(int, line);
        QFETCH(QString, finished);
        UpgradeLogWatcher watcher;
        watcher.setTargetMajor(target == 16 ? 17 : 16); // a wrong guess: the log corrects it
        watcher.setFollowAnnouncedTarget(true);
        QSignalSpy announced(&watcher, &UpgradeLogWatcher::targetAnnounced);
        QSignalSpy done(&watcher, &UpgradeLogWatcher::upgradeFinished);
        watcher.feed(readAll(QDir(logsDir()).filePath(log)));
        watcher.endOfStream();
        QVERIFY2(watcher.done(), qPrintable(watcher.failureReason()));
        QVERIFY(watcher.hasAnnouncedTarget());
        QCOMPARE(watcher.targetMajor(), target);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().at(0).toInt(), target);
        if (line > 0)
            QCOMPARE(announced.first().at(1).toInt(), line);
        if (!finished.isEmpty())
            QCOMPARE(done.first().at(0).toString(), finished);
    }

    /// The first release's start line named no target: the completion line's version announces it.
    void announcedByTheCompletionLine()
    {
        QByteArray data = readAll(QDir(logsDir()).filePath(QStringLiteral("era3-target17-success.v2.log")));
        QVERIFY(data.contains(".  Upgrading to version 17.6"));
        data.replace(".  Upgrading to version 17.6", ".");
        UpgradeLogWatcher watcher;
        watcher.setFollowAnnouncedTarget(true);
        QSignalSpy announced(&watcher, &UpgradeLogWatcher::targetAnnounced);
        watcher.feed(data);
        watcher.endOfStream();
        QVERIFY2(watcher.done(), qPrintable(watcher.failureReason()));
        QCOMPARE(watcher.targetMajor(), 17);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().at(1).toInt(), 218);

        // Not in follow mode: the same log against target 16 fails when the 17 server starts.
        UpgradeLogWatcher strict;
        QSignalSpy strictAnnounced(&strict, &UpgradeLogWatcher::targetAnnounced);
        strict.feed(data);
        strict.endOfStream();
        QVERIFY(strict.failed());
        QCOMPARE(strict.targetMajor(), 16);
        QCOMPARE(strictAnnounced.size(), 1); // announced all the same, not followed
    }

    /// docker compose up interleaves services; with setService() the others' FATALs and exits do not count.
    void otherServices()
    {
        const QByteArray data = readAll(QDir(logsDir()).filePath(QStringLiteral("era2-background-success.v2.log")));
        QByteArray mixed;
        int inserted = 0;
        for (const QByteArrayView line : splitAfterNewlines(data)) {
            mixed += line;
            if (line.contains("Updating query planner stats")) {
                mixed += "museum-1    | 2024-11-20 09:41:05 FATAL:  could not connect to the database\n"
                         "museum-1 exited with code 2\n";
                inserted += 2;
            }
        }
        QCOMPARE(inserted, 2);

        UpgradeLogWatcher filtered;
        filtered.setService(QStringLiteral("postgres"));
        filtered.feed(mixed);
        filtered.endOfStream();
        QVERIFY(filtered.done());

        UpgradeLogWatcher unfiltered;
        unfiltered.feed(mixed);
        unfiltered.endOfStream();
        QVERIFY(unfiltered.failed());
        QCOMPARE(unfiltered.failure(), UpgradeLogWatcher::Failure::ExitedEarly);
    }

    void excerptIsTheLastLines()
    {
        const QByteArray data = readAll(QDir(logsDir()).filePath(QStringLiteral("era3-pg-upgrade-failure.v2.log")));
        UpgradeLogWatcher watcher;
        QSignalSpy failed(&watcher, &UpgradeLogWatcher::upgradeFailed);
        watcher.feed(data);
        QCOMPARE(failed.size(), 1);
        const QStringList excerpt = failed.first().at(1).toStringList();
        QCOMPARE(excerpt.size(), UpgradeLogWatcher::ExcerptLines);
        QCOMPARE(excerpt.last(), QStringLiteral("Failure, exiting"));
        QVERIFY(excerpt.contains(QStringLiteral("*failure*")));
        for (const QString &line : excerpt) {
            QVERIFY2(!line.contains(u'\x1b') && !line.contains(u'\r') && !line.startsWith(QLatin1String("postgres-1")),
                     qPrintable(line));
        }
        QVERIFY(watcher.lastLines().contains(QStringLiteral("Failure, exiting")));
    }

    void incompatibleWithoutDetail()
    {
        UpgradeLogWatcher watcher;
        watcher.feed("2024-09-28 13:55:01.040 UTC [1] FATAL:  database files are incompatible with server");
        QVERIFY(!watcher.failed()); // the line is not complete yet
        watcher.endOfStream();
        QVERIFY(watcher.failed());
        QCOMPARE(watcher.failure(), UpgradeLogWatcher::Failure::IncompatibleData);
    }

    void incompatibleExplainsTheDirection()
    {
        const auto reasonFor = [](const char *log) {
            UpgradeLogWatcher watcher;
            watcher.feed(readAll(QDir(logsDir()).filePath(QLatin1String(log))));
            watcher.endOfStream();
            return watcher.failureReason();
        };
        // data newer than the image: keep the image on the data's major
        QVERIFY(reasonFor("postgres15-on-16-data.v2-color.log").contains(QLatin1String("postgres:16")));
        // data older than the image: upgrade first
        QVERIFY(reasonFor("postgres16-on-12-data.raw.log").contains(QLatin1String("pgautoupgrade")));
    }

    void serverStartFailures_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<bool>("failed");
        const QByteArray start =
            "PostgreSQL Database directory appears to contain a database; Skipping initialization\n"
            "2025-09-02 10:00:00.100 UTC [1] LOG:  starting PostgreSQL 16.10 (Debian) on x86_64\n"
            "2025-09-02 10:00:00.101 UTC [1] LOG:  listening on IPv4 address \"0.0.0.0\", port "
            "5432\n";
        QTest::newRow("postmaster's own FATAL") << start +
                "2025-09-02 10:00:00.102 UTC [1] FATAL:  could not create lock file "
                "\"/var/run/postgresql/.s.PGSQL.5432.lock\": Permission denied\n"
                                                << true;
        QTest::newRow("a client knocking while it starts")
            << start + "2025-09-02 10:00:00.102 UTC [33] FATAL:  the database system is starting up\n"
            << false;
        QTest::newRow("startup process failed")
            << start + "2025-09-02 10:00:00.102 UTC [29] PANIC:  could not locate a valid checkpoint record\n"
            << true;
        QTest::newRow("startup aborted") << start +
                "2025-09-02 10:00:00.102 UTC [29] FATAL:  could not read file \"base/1/1249\"\n"
                "2025-09-02 10:00:00.103 UTC [1] LOG:  startup process (PID 29) exited with exit code 1\n"
                "2025-09-02 10:00:00.103 UTC [1] LOG:  aborting startup due to startup process failure\n"
                                         << true;
        QTest::newRow("refusing before its start line")
            << QByteArray("2025-09-02 10:00:00.100 UTC [1] FATAL:  data directory \"/var/lib/postgresql/data\" has "
                          "invalid permissions\n")
            << true;
        QTest::newRow("a login failure after the start") << start +
                "2025-09-02 10:00:00.110 UTC [1] LOG:  database system is ready to accept connections\n"
                "2025-09-02 10:00:01.000 UTC [40] FATAL:  password authentication failed for user \"pguser\"\n"
                                                         << false;
    }
    void serverStartFailures()
    {
        QFETCH(QByteArray, log);
        QFETCH(bool, failed);
        UpgradeLogWatcher watcher;
        QSignalSpy fatal(&watcher, &UpgradeLogWatcher::fatal);
        watcher.feed(log);
        watcher.endOfStream();
        QCOMPARE(fatal.size(), 1);
        QCOMPARE(watcher.failed(), failed);
        if (failed) {
            QVERIFY(watcher.failure() == UpgradeLogWatcher::Failure::ServerStart ||
                    watcher.failure() == UpgradeLogWatcher::Failure::ServerCrashed);
        }
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeLogWatcher)
#include "tst_upgradelogwatcher.moc"
