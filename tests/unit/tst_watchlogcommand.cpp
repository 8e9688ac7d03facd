// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using edm::test::readAll;

namespace {

QString logsDir()
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/logs");
}

QString logPath(const QString &name)
{
    return QDir(logsDir()).filePath(name);
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    edm::cli::CommandContext context{QStringList{QStringLiteral("ente-db-migrate")} + arguments, out, err,
                                     QProcessEnvironment::systemEnvironment(), QDir::currentPath()};
    result.code = edm::cli::run(context);
    out.flush();
    err.flush();
    return result;
}

/// The sidecar of a recorded log (see tst_upgradelogwatcher): the events the CLI prints as JSON, up to the one that
/// decided, and the exit code.
struct Expectation
{
    int target = 16;
    QStringList events;
    int exitCode = 4;
};

Expectation readExpectation(const QString &logPath)
{
    static const QSet<QString> jsonEvents = {QStringLiteral("upgrade_started"),
                                             QStringLiteral("upgrade_finished"),
                                             QStringLiteral("upgrade_failed"),
                                             QStringLiteral("no_upgrade_needed"),
                                             QStringLiteral("server_starting"),
                                             QStringLiteral("ready"),
                                             QStringLiteral("fatal")};
    Expectation e;
    QStringList events;
    int lastLine = 0;
    const QList<QByteArray> lines = readAll(logPath.chopped(4) + QStringLiteral(".expected")).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ');
        if (parts.first() == QLatin1String("target")) {
            e.target = parts.value(1).toInt();
        } else if (parts.first() == QLatin1String("outcome")) {
            const QString outcome = parts.value(1);
            e.exitCode = outcome == QLatin1String("done") ? 0 : outcome == QLatin1String("failed") ? 1 : 4;
            lastLine = e.exitCode == 4 ? INT_MAX : parts.value(2).toInt();
        } else if (jsonEvents.contains(parts.value(1))) {
            events.append(line);
        }
    }
    for (const QString &event : std::as_const(events)) {
        if (event.section(u' ', 0, 0).toInt() <= lastLine)
            e.events.append(event);
    }
    return e;
}

/// A JSON event in the sidecars' notation: "<line> <event> [args]".
QString notation(const QJsonObject &object)
{
    const QString event = object.value(QLatin1String("event")).toString();
    QString text = QString::number(object.value(QLatin1String("line")).toInt()) + u' ' + event;
    if (event == QLatin1String("upgrade_started")) {
        text += u' ' + QString::number(object.value(QLatin1String("from")).toInt()) + u' ' +
            QString::number(object.value(QLatin1String("to")).toInt());
    } else if (event == QLatin1String("upgrade_finished") || event == QLatin1String("server_starting")) {
        text += u' ' + object.value(QLatin1String("version")).toString();
    } else if (event == QLatin1String("upgrade_failed")) {
        text += u' ' + object.value(QLatin1String("failure")).toString();
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A pipe whose ends close with it.
struct Pipe
{
    int fds[2] = {-1, -1};
    Pipe()
    {
        if (::pipe(fds) != 0)
            qFatal("pipe failed");
    }
    ~Pipe()
    {
        closeWrite();
        if (fds[0] >= 0)
            ::close(fds[0]);
    }
    void write(QByteArrayView data) const
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fds[1], data.data() + done, size_t(data.size() - done));
            if (n <= 0)
                qFatal("write to pipe failed");
            done += n;
        }
    }
    void closeWrite()
    {
        if (fds[1] >= 0)
            ::close(fds[1]);
        fds[1] = -1;
    }
};

} // namespace

class tst_WatchLogCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedLogs_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList logs = QDir(logsDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QVERIFY(logs.size() >= 20);
        for (const QString &name : logs)
            QTest::newRow(qPrintable(name)) << logPath(name);
    }
    void recordedLogs()
    {
        QFETCH(QString, path);
        const Expectation expected = readExpectation(path);
        const CliRun run = runCli({QStringLiteral("watch-log"), path, QStringLiteral("--json"),
                                   QStringLiteral("--target"), QString::number(expected.target)});
        QStringList events;
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
            const QJsonObject object = document.object();
            QVERIFY(object.value(QLatin1String("event")).isString());
            QVERIFY(object.value(QLatin1String("line")).toInt() >= 1);
            if (object.value(QLatin1String("event")).toString() == QLatin1String("server_starting"))
                QVERIFY(!object.value(QLatin1String("version")).toString().isEmpty());
            events.append(notation(object));
        }
        QCOMPARE(events, expected.events);
        QCOMPARE(run.code, expected.exitCode);
        if (run.code == 0)
            QVERIFY2(run.err.isEmpty() || run.err.startsWith(QLatin1String("warning:")), qPrintable(run.err));
        else
            QVERIFY(run.err.startsWith(QLatin1String("error: ")));
    }

    void textOutput()
    {
        const CliRun run = runCli(
            {QStringLiteral("watch-log"), logPath(QStringLiteral("era3-bookworm-16.10-success.v2-color-crlf.log"))});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QStringLiteral("line 11: Upgrade target: PostgreSQL 16 (announced by the log)"));
        QCOMPARE(lines.at(1), QStringLiteral("line 11: upgrade started: PostgreSQL 12 → 16"));
        QCOMPARE(lines.at(2), QStringLiteral("line 220: server starting: PostgreSQL 16.10"));
        QCOMPARE(lines.at(3), QStringLiteral("line 305: upgrade finished: PostgreSQL 16.10"));
        QCOMPARE(lines.at(5), QStringLiteral("line 313: ready for connections"));
        QCOMPARE(lines.at(6), QStringLiteral("The upgrade is done: PostgreSQL 16.10 accepts connections."));
    }

    void oneShotIsDoneWithoutServer()
    {
        const CliRun run =
            runCli({QStringLiteral("watch-log"), logPath(QStringLiteral("era3-oneshot-success.v2logs.log"))});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("one-shot")));
    }

    void failureSaysWhatToDo()
    {
        const CliRun run = runCli({QStringLiteral("watch-log"), logPath(QStringLiteral("era3-2026-lock-file.v2.log"))});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QStringLiteral("line 4: upgrade failed (lock_file)\n"));
        QVERIFY(run.err.startsWith(QLatin1String("error: ")));
        QVERIFY(run.err.contains(QLatin1String("upgrade_in_progress.lock")));
        QVERIFY(run.err.contains(QLatin1String("Restore the backup")));
        QVERIFY(run.err.contains(QLatin1String("Last lines of the log:\n  ")));
        QVERIFY(
            run.err.endsWith(QLatin1String("\n  Upgrade lock file already exists, indicating an incomplete previous "
                                           "upgrade. Exiting.\n")));
    }

    void jsonFailureCarriesReasonAndExcerpt()
    {
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("--json"),
                                   logPath(QStringLiteral("era3-pg-upgrade-failure.v2.log"))});
        QCOMPARE(run.code, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        const QJsonObject failed = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(failed.value(QLatin1String("event")).toString(), QStringLiteral("upgrade_failed"));
        QCOMPARE(failed.value(QLatin1String("failure")).toString(), QStringLiteral("pg_upgrade"));
        QVERIFY(failed.value(QLatin1String("reason")).toString().contains(QLatin1String("pg_upgrade")));
        const QJsonArray excerpt = failed.value(QLatin1String("excerpt")).toArray();
        QCOMPARE(excerpt.size(), 20);
        QCOMPARE(excerpt.last().toString(), QStringLiteral("Failure, exiting"));
    }

    void streamEndsFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray data = readAll(logPath(QStringLiteral("era3-target15-success.raw.log")));
        QFile part(dir.filePath(QStringLiteral("part.log")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(data.left(data.indexOf("Reindexing the databases")));
        part.close();
        const CliRun run =
            runCli({QStringLiteral("watch-log"), part.fileName(), QStringLiteral("--target"), QStringLiteral("15")});
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QLatin1String("the log ended before the upgrade was done")));
        QVERIFY(run.err.contains(QLatin1String("statistics")));
    }

    void emptyInputEndsFirst()
    {
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("/dev/null")});
        QCOMPARE(run.code, 4);
        QVERIFY(run.out.isEmpty());
    }

    /// A stream that stays open (docker logs -f of a stuck upgrade): --timeout ends the wait with exit code 4.
    void timeoutOnAnOpenPipe()
    {
        Pipe pipe;
        const QByteArray data = readAll(logPath(QStringLiteral("era1-2024-success.v1-crlf.log")));
        pipe.write(data.left(data.indexOf("Running pg_upgrade command")));
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("/dev/fd/%1").arg(pipe.fds[0]),
                                   QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(run.code, 4);
        QCOMPARE(run.out,
                 QStringLiteral("{\"announced_by\":\"log\",\"event\":\"target\",\"line\":11,\"target\":16}\n"
                                "{\"event\":\"upgrade_started\",\"from\":12,\"line\":11,\"to\":16}\n"));
        QVERIFY(run.err.contains(QLatin1String("not done after 1 second")));
        QVERIFY(run.err.contains(QLatin1String("converting the data")));
    }

    /// `docker compose logs -f postgres | ente-db-migrate watch-log`: standard input is read as it arrives, and the
    /// command exits once the upgrade is done although the stream stays open.
    void standardInputAsItArrives()
    {
        const QByteArray data = readAll(logPath(QStringLiteral("era2-background-success.v2.log")));
        Pipe pipe;
        const int savedStdin = ::dup(STDIN_FILENO);
        QVERIFY(savedStdin >= 0);
        QVERIFY(::dup2(pipe.fds[0], STDIN_FILENO) >= 0);
        QThread *writer = QThread::create([&pipe, &data] {
            const QByteArrayView view(data);
            for (qsizetype at = 0; at < view.size(); at += 997) {
                pipe.write(view.sliced(at, std::min<qsizetype>(997, view.size() - at)));
                QThread::usleep(200);
            }
        });
        writer->start();
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("-"), QStringLiteral("--json")});
        writer->wait();
        delete writer;
        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.first().contains(QLatin1String("\"event\":\"target\"")));
        QVERIFY(lines.last().contains(QLatin1String("\"event\":\"upgrade_finished\"")));
    }

    void targetOption()
    {
        const QString log = logPath(QStringLiteral("era3-target17-success.v2.log"));
        // Told 16: a log that goes to 17 fails.
        QCOMPARE(runCli({QStringLiteral("watch-log"), log, QStringLiteral("--target"), QStringLiteral("16")}).code, 1);
        const CliRun wrong = runCli({QStringLiteral("watch-log"), log, QStringLiteral("--json"),
                                     QStringLiteral("--target"), QStringLiteral("16")});
        QVERIFY(wrong.out.contains(QLatin1String("\"failure\":\"wrong_target\"")));
        QVERIFY(!wrong.out.contains(QLatin1String("\"event\":\"target\"")));
        QCOMPARE(runCli({QStringLiteral("watch-log"), log, QStringLiteral("--target"), QStringLiteral("17")}).code, 0);
        for (const char *major : {"14", "15", "18"}) {
            QCOMPARE(runCli({QStringLiteral("watch-log"), QStringLiteral("/dev/null"), QStringLiteral("--target"),
                             QString::fromLatin1(major)})
                         .code,
                     4);
        }
    }

    /// Without --target the log says where the upgrade goes: each era's wording, the target printed once.
    void followsTheAnnouncedTarget_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("line");
        QTest::newRow("17.6, 2025") << "era3-target17-success.v2.log" << 17 << 11;
        QTest::newRow("15.14") << "era3-target15-success.raw.log" << 15 << 8;
        QTest::newRow("16.10, bookworm") << "era3-bookworm-16.10-success.v2-color-crlf.log" << 16 << 11;
        QTest::newRow("bare 16, 2024") << "era1-2024-success.v1-crlf.log" << 16 << 11;
        QTest::newRow("16.14, 2026 rig") << "rig-era-2026.compose.log" << 16 << 0;
    }
    void followsTheAnnouncedTarget()
    {
        QFETCH(QString, log);
        QFETCH(int, target);
        QFETCH(int, line);
        const CliRun text = runCli({QStringLiteral("watch-log"), logPath(log)});
        QCOMPARE(text.code, 0);
        const QString announced = QStringLiteral("Upgrade target: PostgreSQL %1 (announced by the log)").arg(target);
        QCOMPARE(text.out.count(announced), 1);
        if (line > 0)
            QVERIFY2(text.out.startsWith(QStringLiteral("line %1: ").arg(line) + announced), qPrintable(text.out));
        const CliRun json = runCli({QStringLiteral("watch-log"), logPath(log), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject first = QJsonDocument::fromJson(json.out.section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("event")).toString(), QStringLiteral("target"));
        QCOMPARE(first.value(QLatin1String("target")).toInt(), target);
        QCOMPARE(first.value(QLatin1String("announced_by")).toString(), QStringLiteral("log"));
    }

    /// Completion in both wordings: the bare major (March to August 2025) and the full version (since).
    void completionInBothWordings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray data = readAll(logPath(QStringLiteral("era3-target17-success.v2.log")));
        QVERIFY(data.contains("Upgrade to PostgreSQL 17.6 complete."));
        QByteArray bare = data;
        bare.replace("Upgrade to PostgreSQL 17.6 complete.", "Upgrade to PostgreSQL 17 complete.");
        bare.replace("Upgrading to version 17.6", "Upgrading to version 17");
        bare.replace("data format to PostgreSQL 17.6.", "data format to PostgreSQL 17.");
        QFile file(dir.filePath(QStringLiteral("bare.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bare);
        file.close();
        for (const QString &path : {logPath(QStringLiteral("era3-target17-success.v2.log")), file.fileName()}) {
            const CliRun run = runCli({QStringLiteral("watch-log"), path});
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.contains(QLatin1String("upgrade finished: PostgreSQL 17")), qPrintable(run.out));
            QVERIFY(run.out.contains(QLatin1String("Upgrade target: PostgreSQL 17 (announced by the log)")));
        }
    }

    void emptyVolumeWarns()
    {
        const CliRun run = runCli({QStringLiteral("watch-log"), logPath(QStringLiteral("era3-empty-volume.v2.log"))});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.startsWith(QLatin1String("warning: line 51: the data volume was empty")));
    }

    /// An over-long line is cut at 64 KiB and marked; the lines after it are followed as before.
    void longLineIsCutAndTheStreamGoesOn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray data = readAll(logPath(QStringLiteral("era2-background-success.v2.log")));
        const qsizetype middle = data.indexOf('\n', data.size() / 3) + 1;
        QVERIFY(middle > 0);
        const QByteArray withLongLine = data.left(middle) + QByteArray(300 * 1024, 'x') + '\n' + data.mid(middle);
        const QString path = dir.filePath(QStringLiteral("long.log"));
        QVERIFY(writeFile(path, withLongLine));
        const CliRun whole = runCli({QStringLiteral("watch-log"), path});
        QCOMPARE(whole.code, 0);

        // The log ends on a long line: the excerpt shows it cut and marked.
        const QString part = dir.filePath(QStringLiteral("part.log"));
        QVERIFY(writeFile(part, data.left(middle) + QByteArray(300 * 1024, 'y')));
        const CliRun cut = runCli({QStringLiteral("watch-log"), part});
        QCOMPARE(cut.code, 4);
        QVERIFY2(cut.err.contains(QStringLiteral("y … [line cut at 65536 bytes]")), qPrintable(cut.err.right(200)));
        QVERIFY(!cut.err.contains(QString(65 * 1024, u'y')));
    }

    /// /dev/zero: an endless line without newline. Memory stays bounded, and --timeout ends it (exit 4).
    void endlessLineEndsAtTimeout()
    {
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("/dev/zero"),
                                   QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(QLatin1String("not done after 1 second")), qPrintable(run.err.left(300)));
    }

    /// A FIFO nobody writes to: the open does not block, and --timeout ends the wait with a message saying so.
    void fifoWithoutWriterTimesOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("log.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const CliRun run =
            runCli({QStringLiteral("watch-log"), fifo, QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(QLatin1String("nothing was written to ") + fifo + QLatin1String(" within 1 second")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    /// A FIFO that a program writes the log into (after watch-log opened it) is followed to the end.
    void fifoWrittenToIsFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("log.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QByteArray data = readAll(logPath(QStringLiteral("era2-background-success.v2.log")));
        QThread *writer = QThread::create([&fifo, &data] {
            // Waits (up to 10 s) until watch-log has opened the FIFO: a non-blocking open for writing fails while
            // there is no reader, so the thread never hangs when watch-log does not read.
            int fd = -1;
            for (int i = 0; i < 1000 && fd < 0; ++i) {
                fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                if (fd < 0)
                    QThread::msleep(10);
            }
            if (fd < 0)
                return;
            ::fcntl(fd, F_SETFL, 0);
            for (qsizetype done = 0; done < data.size();) {
                const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
                if (n <= 0)
                    break;
                done += n;
            }
            ::close(fd);
        });
        writer->start();
        const CliRun run = runCli({QStringLiteral("watch-log"), fifo, QStringLiteral("--timeout"), QStringLiteral("60"),
                                   QStringLiteral("--json")});
        writer->wait();
        delete writer;
        QCOMPARE(run.code, 0);
        QVERIFY(
            run.out.split(u'\n', Qt::SkipEmptyParts).last().contains(QLatin1String("\"event\":\"upgrade_finished\"")));
    }

    /// A folder: "is a folder", exit 2, and with --json the error as one JSON line.
    void folderIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("--json"), dir.path()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("is a folder, not a log file")), qPrintable(run.err));
        QCOMPARE(run.out.count(u'\n'), 1);
        const QJsonObject error = QJsonDocument::fromJson(run.out.toUtf8()).object().value("error").toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_regular_file"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")};
        QTest::newRow("negative timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-3")};
        QTest::newRow("target") << QStringList{QStringLiteral("--target"), QStringLiteral("latest")};
        QTest::newRow("target 19") << QStringList{QStringLiteral("--target"), QStringLiteral("19")};
        QTest::newRow("two files") << QStringList{QStringLiteral("a.log"), QStringLiteral("b.log")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/postgres.log")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--follow")};
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList{QStringLiteral("watch-log")} + arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.startsWith(QLatin1String("error: ")));
        QVERIFY(run.out.isEmpty());
    }

    void help()
    {
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QLatin1String("watch-log")));
        const CliRun run = runCli({QStringLiteral("watch-log"), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        for (const char *option : {"--json", "--timeout", "--target", "--service", "FILE"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(tst_WatchLogCommand)
#include "tst_watchlogcommand.moc"
