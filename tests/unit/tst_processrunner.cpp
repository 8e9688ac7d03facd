// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessRunner against real child processes (/bin/sh scripts): line splitting over any chunking, CRLF, ANSI,
// raw output to a file in constant memory, standard input from a file, environment and redaction, and each
// typed error.
#include "core/docker/ProcessRunner.h"
#include "core/docker/ProcessRunnerFactory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace edm;

namespace {

ProcessSpec shell(const QString &script)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = {QStringLiteral("-c"), script};
    spec.displayName = QStringLiteral("sh");
    return spec;
}

struct Run
{
    QStringList out;
    QStringList err;
    ProcessResult result;
    int finishedCount = 0;
};

Run run(const ProcessSpec &spec)
{
    Run run;
    ProcessRunner runner(spec);
    QObject::connect(&runner, &ProcessRunner::standardOutputLine, [&](const QString &l) { run.out << l; });
    QObject::connect(&runner, &ProcessRunner::standardErrorLine, [&](const QString &l) { run.err << l; });
    QObject::connect(&runner, &ProcessRunner::finished, [&](const ProcessResult &) { ++run.finishedCount; });
    run.result = runner.runToCompletion();
    return run;
}

/// Exposes the line machinery for chunking tests without a process.
class FeedRunner : public ProcessRunner
{
public:
    using ProcessRunner::complete;
    using ProcessRunner::deliver;
};

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void anyChunking_data();
    void anyChunking();
    void longLineIsSplit();
    void ansiKeptAndStrippable_data();
    void ansiKeptAndStrippable();
    void mergedChannels();
    void captureLimit();
    void rawOutputToFileInConstantMemory();
    void rawOutputWriteFailure();
    void stdinFromFile();
    void stdinData();
    void stdinFileMissing();
    void environmentAndRedaction();
    void notFound_data();
    void notFound();
    void failedToStart();
    void crashed();
    void exitCodeWithLastStderrLines();
    void lastLinesAreBounded();
    void timeout();
    void cancel();
    void cancelKillsChildThatTrapsTerm();
    void cancelBeforeStart();
    void finishedIsNeverSynchronous();
    void commandLineIsQuotedAndRedacted();
    void resolveProgramUsesEnvironmentPath();
    void factoryCanBeReplaced();
};

void TestProcessRunner::lines_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QStringList>("err");

    QTest::newRow("partial lines over several writes")
        << QStringLiteral("printf 'hel'; sleep 0.05; printf 'lo\\nwor'; sleep 0.05; printf 'ld\\n'")
        << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << QStringList{};
    QTest::newRow("last line without newline")
        << QStringLiteral("printf 'one\\ntwo'") << QStringList{QStringLiteral("one"), QStringLiteral("two")}
        << QStringList{};
    QTest::newRow("CRLF") << QStringLiteral(
                                 "printf 'a\\r\\nb\\r\\n'; sleep 0.05; printf 'c\\r'; sleep 0.05; printf '\\n'")
                          << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                          << QStringList{};
    QTest::newRow("empty lines kept") << QStringLiteral("printf 'a\\n\\nb\\n'")
                                      << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")}
                                      << QStringList{};
    QTest::newRow("UTF-8 split between writes")
        << QStringLiteral("printf 'gr\\303'; sleep 0.05; printf '\\274\\303\\237e\\n'")
        << QStringList{QStringLiteral("grüße")} << QStringList{};
    QTest::newRow("stdout and stderr apart")
        << QStringLiteral("echo out1; echo err1 >&2; printf 'out2'; printf 'err2' >&2")
        << QStringList{QStringLiteral("out1"), QStringLiteral("out2")}
        << QStringList{QStringLiteral("err1"), QStringLiteral("err2")};
    QTest::newRow("no output") << QStringLiteral("true") << QStringList{} << QStringList{};
}

void TestProcessRunner::lines()
{
    QFETCH(QString, script);
    QFETCH(QStringList, out);
    QFETCH(QStringList, err);
    const Run r = run(shell(script));
    QVERIFY2(r.result.ok(), qPrintable(r.result.error.message.toString()));
    QCOMPARE(r.out, out);
    QCOMPARE(r.err, err);
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.result.exitCode, 0);
    QVERIFY(r.result.error.isNull());
}

void TestProcessRunner::anyChunking_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("mixed") << QByteArray("alpha\r\nbeta\n\n\x1b[32mgamma\x1b[0m\r\ndelta")
                           << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QString(),
                                          QStringLiteral("\x1b[32mgamma\x1b[0m"), QStringLiteral("delta")};
    QTest::newRow("utf-8") << QByteArray("\xc3\xa4\xc3\xb6\n\xe2\x82\xac\n")
                           << QStringList{QStringLiteral("äö"), QStringLiteral("€")};
}

void TestProcessRunner::anyChunking()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    // Every way of cutting the bytes in two, three and one-byte pieces gives the same lines.
    const auto collect = [&](const QList<QByteArray> &chunks) {
        FeedRunner runner;
        QStringList got;
        QObject::connect(&runner, &ProcessRunner::standardOutputLine, [&](const QString &l) { got << l; });
        for (const QByteArray &chunk : chunks)
            runner.deliver(ProcessRunner::Channel::StandardOutput, chunk);
        runner.complete(ProcessResult::Outcome::Success, 0);
        return got;
    };
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        for (qsizetype j = i; j <= bytes.size(); ++j) {
            const QStringList got = collect({bytes.left(i), bytes.mid(i, j - i), bytes.mid(j)});
            QVERIFY2(got == lines,
                     qPrintable(QStringLiteral("cut at %1 and %2: %3").arg(i).arg(j).arg(got.join(u'|'))));
        }
    }
    QList<QByteArray> single;
    for (const char c : bytes)
        single.append(QByteArray(1, c));
    QCOMPARE(collect(single), lines);
}

void TestProcessRunner::longLineIsSplit()
{
    FeedRunner runner;
    QStringList got;
    connect(&runner, &ProcessRunner::standardOutputLine, this, [&](const QString &l) { got << l; });
    const QByteArray chunk(100 * 1024, 'x');
    for (int i = 0; i < 25; ++i) // 2.5 MiB without a newline
        runner.deliver(ProcessRunner::Channel::StandardOutput, chunk);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).size(), ProcessRunner::MaxLineLength);
    runner.deliver(ProcessRunner::Channel::StandardOutput, "\n");
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).size() + got.at(1).size() + got.at(2).size(), 25 * chunk.size());
}

void TestProcessRunner::ansiKeptAndStrippable_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stripped");
    QTest::newRow("colour") << QStringLiteral("\x1b[36mpostgres_1  |\x1b[0m LOG:  ready")
                            << QStringLiteral("postgres_1  | LOG:  ready");
    QTest::newRow("bold red") << QStringLiteral("\x1b[1;31mERROR\x1b[0m: x") << QStringLiteral("ERROR: x");
    QTest::newRow("cursor") << QStringLiteral("\x1b[2K\x1b[1GCreating ... done") << QStringLiteral("Creating ... done");
    QTest::newRow("title") << QStringLiteral("\x1b]0;title\x07text") << QStringLiteral("text");
    QTest::newRow("plain") << QStringLiteral("no escapes [here]") << QStringLiteral("no escapes [here]");
}

void TestProcessRunner::ansiKeptAndStrippable()
{
    QFETCH(QString, raw);
    QFETCH(QString, stripped);
    QCOMPARE(ProcessRunner::stripAnsi(raw), stripped);
    // Through a real process: the line arrives raw.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("line")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw.toUtf8() + '\n');
    file.close();
    const Run r = run(shell(QStringLiteral("cat '%1'").arg(file.fileName())));
    QCOMPARE(r.out, QStringList{raw});
}

void TestProcessRunner::mergedChannels()
{
    ProcessSpec spec = shell(QStringLiteral("echo one; sleep 0.05; echo two >&2; sleep 0.05; echo three; exit 1"));
    spec.mergeChannels = true;
    const Run r = run(spec);
    QCOMPARE(r.out, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.result.lastErrorLines, r.out);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::ExitCode);
}

void TestProcessRunner::captureLimit()
{
    ProcessSpec spec = shell(QStringLiteral("printf 'abcdef\\n'"));
    spec.captureLimit = 3;
    Run r = run(spec);
    QCOMPARE(r.result.standardOutput, QByteArray("abc"));
    QVERIFY(r.result.outputTruncated);
    QCOMPARE(r.out, QStringList{QStringLiteral("abcdef")});
    spec.captureLimit = 0;
    r = run(spec);
    QVERIFY(r.result.standardOutput.isEmpty());
    QCOMPARE(r.result.bytesRead, 7);
}

void TestProcessRunner::rawOutputToFileInConstantMemory()
{
    // 96 MiB of a known pattern through Raw mode into a file: the runner never holds it; the file is exact.
    const QByteArray pattern("0123456789abcdef0123456789ABCDEF\n"); // 33 bytes
    const qint64 size = 96LL * 1024 * 1024;
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("dump.sql")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    ProcessSpec spec =
        shell(QStringLiteral("yes '%1' | head -c %2").arg(QString::fromLatin1(pattern.chopped(1))).arg(size));
    spec.output = ProcessSpec::Output::Raw;
    spec.outputDevice = &out;
    ProcessRunner runner(spec);
    qint64 chunks = 0;
    qint64 largest = 0;
    qint64 total = 0;
    int lines = 0;
    connect(&runner, &ProcessRunner::standardOutputData, this, [&](const QByteArray &data) {
        ++chunks;
        largest = qMax<qint64>(largest, data.size());
        total += data.size();
    });
    connect(&runner, &ProcessRunner::standardOutputLine, this, [&] { ++lines; });
    const qint64 rssBefore = peakRssKiB();
    const ProcessResult result = runner.runToCompletion();
    const qint64 rssAfter = peakRssKiB();
    out.close();
    QVERIFY2(result.ok(), qPrintable(result.error.message.toString()));
    QCOMPARE(total, size);
    QCOMPARE(result.bytesRead, size);
    QCOMPARE(out.size(), size);
    QCOMPARE(lines, 0);
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY(chunks > 1);
    QVERIFY2(largest < 16 * 1024 * 1024, qPrintable(QString::number(largest)));
    if (rssBefore > 0 && rssAfter > 0)
        QVERIFY2(rssAfter - rssBefore < 48 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(rssAfter - rssBefore)));

    QCryptographicHash expected(QCryptographicHash::Sha256);
    const QByteArray block = pattern.repeated(32768); // a whole number of patterns: the stream stays aligned
    for (qint64 left = size; left > 0; left -= block.size())
        expected.addData(QByteArrayView(block).first(qMin<qint64>(left, block.size())));
    QFile written(out.fileName());
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QVERIFY(actual.addData(&written));
    QCOMPARE(actual.result().toHex(), expected.result().toHex());
}

void TestProcessRunner::rawOutputWriteFailure()
{
    // /dev/full: every write fails with "No space left on device", as on a full disk.
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("/dev/full is not available");
    ProcessSpec spec = shell(QStringLiteral("trap 'exit 0' TERM; while :; do echo data; sleep 0.01; done"));
    spec.output = ProcessSpec::Output::Raw;
    spec.outputDevice = &full;
    spec.terminateGraceMs = 2000;
    const Run r = run(spec);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::WriteFailed);
    QCOMPARE(r.result.error.code, QStringLiteral("process_write_failed"));
    QVERIFY2(r.result.error.message.toString().contains(QLatin1String("space")),
             qPrintable(r.result.error.message.toString()));
}

void TestProcessRunner::stdinFromFile()
{
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("restore.sql")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    QByteArray line("INSERT INTO t VALUES (1, 'some text to make the line longer');\n");
    const int count = 100000; // ~6 MB
    for (int i = 0; i < count; ++i)
        in.write(line);
    const qint64 size = in.size();
    in.close();

    ProcessSpec spec = shell(QStringLiteral("wc -c"));
    spec.stdinFile = in.fileName();
    ProcessRunner runner(spec);
    QSignalSpy progress(&runner, &ProcessRunner::inputProgress);
    QStringList out;
    connect(&runner, &ProcessRunner::standardOutputLine, this, [&](const QString &l) { out << l; });
    const ProcessResult result = runner.runToCompletion();
    QVERIFY2(result.ok(), qPrintable(result.error.message.toString()));
    QCOMPARE(out, QStringList{QString::number(size)});
    QCOMPARE(result.bytesWritten, size);
    QVERIFY(progress.count() > 1);
    QCOMPARE(progress.last().at(0).toLongLong(), size);
    QCOMPARE(progress.last().at(1).toLongLong(), size);

    // The bytes arrive unchanged.
    ProcessSpec hash = shell(QStringLiteral("sha256sum"));
    hash.stdinFile = in.fileName();
    const Run h = run(hash);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    QVERIFY(expected.addData(&in));
    QCOMPARE(h.out.value(0).section(u' ', 0, 0), QString::fromLatin1(expected.result().toHex()));
}

void TestProcessRunner::stdinData()
{
    ProcessSpec spec = shell(QStringLiteral("cat"));
    spec.stdinData = "SELECT 1;\nSELECT 2;\n";
    const Run r = run(spec);
    QCOMPARE(r.out, (QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")}));
    // Without input, standard input is at its end at once (a command waiting on it does not hang).
    const Run none = run(shell(QStringLiteral("cat; echo done")));
    QCOMPARE(none.out, QStringList{QStringLiteral("done")});
}

void TestProcessRunner::stdinFileMissing()
{
    ProcessSpec spec = shell(QStringLiteral("cat"));
    spec.stdinFile = QStringLiteral("/nonexistent/backup.sql");
    const Run r = run(spec);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::FailedToStart);
    QVERIFY(r.result.error.message.toString().contains(QLatin1String("/nonexistent/backup.sql")));
}

void TestProcessRunner::environmentAndRedaction()
{
    ProcessSpec spec = shell(QStringLiteral("printf '%s\\n' \"user=$EDM_USER\" \"password=$PGPASSWORD\"; "
                                            "echo \"auth failed for $PGPASSWORD\" >&2; exit 2"));
    spec.environment.insert(QStringLiteral("EDM_USER"), QStringLiteral("pguser"));
    spec.environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("s3cr3t-pw"));
    spec.redactor.addSecret(QStringLiteral("s3cr3t-pw"));
    spec.captureLimit = 1024;
    const Run r = run(spec);
    QCOMPARE(r.out, (QStringList{QStringLiteral("user=pguser"), QStringLiteral("password=") + Redactor::mask()}));
    QCOMPARE(r.err, QStringList{QStringLiteral("auth failed for ") + Redactor::mask()});
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::ExitCode);
    QVERIFY(!r.result.error.message.toString().contains(QLatin1String("s3cr3t")));
    QVERIFY(r.result.error.message.toString().contains(Redactor::mask()));
    QVERIFY(!r.result.standardOutput.contains("s3cr3t"));
    QVERIFY(!r.result.lastErrorLines.join(u' ').contains(QLatin1String("s3cr3t")));
    // The secret reached the child only through its environment.
    QVERIFY(!spec.arguments.join(u' ').contains(QLatin1String("s3cr3t")));
}

void TestProcessRunner::notFound_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("not on PATH") << QStringLiteral("edm-no-such-program-4711");
    QTest::newRow("no such path") << QStringLiteral("/nonexistent/bin/docker");
}

void TestProcessRunner::notFound()
{
    QFETCH(QString, program);
    ProcessSpec spec;
    spec.program = program;
    const Run r = run(spec);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::NotFound);
    QCOMPARE(r.result.error.code, QStringLiteral("process_not_found"));
    QVERIFY(r.result.error.message.toString().contains(program));
    QCOMPARE(r.finishedCount, 1);
}

void TestProcessRunner::failedToStart()
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("not-executable")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho hi\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ProcessSpec spec;
    spec.program = script.fileName();
    const Run r = run(spec);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::FailedToStart);
    QCOMPARE(r.result.error.code, QStringLiteral("process_failed_to_start"));
    QVERIFY(r.result.error.message.toString().contains(QLatin1String("not-executable")));
    QCOMPARE(r.finishedCount, 1);
}

void TestProcessRunner::crashed()
{
    const Run r = run(shell(QStringLiteral("echo about to crash >&2; kill -SEGV $$")));
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::Crashed);
    QCOMPARE(r.result.error.code, QStringLiteral("process_crashed"));
    QCOMPARE(r.result.lastErrorLines, QStringList{QStringLiteral("about to crash")});
    QVERIFY2(r.result.error.message.toString().contains(QLatin1String("about to crash")),
             qPrintable(r.result.error.message.toString()));
    QCOMPARE(r.result.exitCode, int(SIGSEGV));
}

void TestProcessRunner::exitCodeWithLastStderrLines()
{
    const Run r =
        run(shell(QStringLiteral("echo progress; echo 'first problem' >&2; echo 'second problem' >&2; exit 7")));
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::ExitCode);
    QCOMPARE(r.result.error.code, QStringLiteral("process_exit_code"));
    QCOMPARE(r.result.exitCode, 7);
    QCOMPARE(r.result.lastErrorLines, (QStringList{QStringLiteral("first problem"), QStringLiteral("second problem")}));
    QVERIFY(r.result.error.message.toString().contains(QLatin1String("7")));
    QVERIFY(r.result.error.message.toString().contains(QLatin1String("second problem")));
    QVERIFY(!r.result.error.message.toString().contains(QLatin1String("progress")));
}

void TestProcessRunner::lastLinesAreBounded()
{
    const Run r = run(shell(QStringLiteral("i=0; while [ $i -lt 100 ]; do echo \"line $i\" >&2; i=$((i+1)); done; "
                                           "printf '\\033[31mcoloured\\033[0m\\n' >&2; exit 1")));
    QCOMPARE(r.err.size(), 101);
    QCOMPARE(r.result.lastErrorLines.size(), ProcessRunner::LastLines);
    QCOMPARE(r.result.lastErrorLines.last(), QStringLiteral("coloured")); // no colours in messages
    QCOMPARE(r.err.last(), QStringLiteral("\x1b[31mcoloured\x1b[0m")); // but the line itself is raw
    QCOMPARE(r.result.lastErrorLines.first(), QStringLiteral("line 81"));
}

void TestProcessRunner::timeout()
{
    ProcessSpec spec = shell(QStringLiteral("echo started; exec sleep 30"));
    spec.timeoutMs = 300;
    const Run r = run(spec);
    QCOMPARE(r.result.outcome, ProcessResult::Outcome::Timeout);
    QCOMPARE(r.result.error.code, QStringLiteral("process_timeout"));
    QCOMPARE(r.out, QStringList{QStringLiteral("started")});
    QCOMPARE(r.finishedCount, 1);
}

void TestProcessRunner::cancel()
{
    ProcessRunner runner(shell(QStringLiteral("echo ready; exec sleep 30")));
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    connect(&runner, &ProcessRunner::standardOutputLine, &runner, &ProcessRunner::cancel);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto result = finished.first().first().value<ProcessResult>();
    QCOMPARE(result.outcome, ProcessResult::Outcome::Cancelled);
    QCOMPARE(result.error.code, QStringLiteral("process_cancelled"));
    QVERIFY(!runner.isRunning());
}

void TestProcessRunner::cancelKillsChildThatTrapsTerm()
{
    // The child ignores SIGTERM: after the grace period it gets SIGKILL.
    ProcessSpec spec = shell(QStringLiteral("trap '' TERM; echo $$; while :; do sleep 0.05; done"));
    spec.terminateGraceMs = 400;
    ProcessRunner runner(spec);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    qint64 pid = 0;
    connect(&runner, &ProcessRunner::standardOutputLine, &runner, [&](const QString &line) {
        pid = line.toLongLong();
        runner.cancel();
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto result = finished.first().first().value<ProcessResult>();
    QCOMPARE(result.outcome, ProcessResult::Outcome::Cancelled);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), 0), -1); // gone (and reaped)
}

void TestProcessRunner::cancelBeforeStart()
{
    ProcessRunner runner(shell(QStringLiteral("echo never")));
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QSignalSpy lines(&runner, &ProcessRunner::standardOutputLine);
    runner.cancel();
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ProcessResult>().outcome, ProcessResult::Outcome::Cancelled);
    QCOMPARE(lines.count(), 0);
}

void TestProcessRunner::finishedIsNeverSynchronous()
{
    ProcessSpec spec;
    spec.program = QStringLiteral("edm-no-such-program-4711");
    ProcessRunner runner(spec);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    runner.start();
    QCOMPARE(finished.count(), 0); // connect after start() is still in time
    QVERIFY(runner.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(runner.isFinished());
}

void TestProcessRunner::commandLineIsQuotedAndRedacted()
{
    ProcessSpec spec;
    spec.program = QStringLiteral("/bin/echo");
    spec.arguments = {QStringLiteral("exec"),       QStringLiteral("-e"),   QStringLiteral("PGPASSWORD"),
                      QStringLiteral("{{json .}}"), QStringLiteral("it's"), QStringLiteral("hunter2")};
    spec.redactor.addSecret(QStringLiteral("hunter2"));
    ProcessRunner runner(spec);
    QCOMPARE(runner.commandLine(),
             QStringLiteral("/bin/echo exec -e PGPASSWORD '{{json .}}' 'it'\\''s' ") + Redactor::mask());
}

void TestProcessRunner::resolveProgramUsesEnvironmentPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docker"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho fake\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), dir.path());
    QCOMPARE(ProcessRunner::resolveProgram(QStringLiteral("docker"), environment), path);
    QCOMPARE(ProcessRunner::resolveProgram(path, environment), path);
    QVERIFY(ProcessRunner::resolveProgram(QStringLiteral("sh"), environment).isEmpty());
    QVERIFY(ProcessRunner::resolveProgram(dir.path(), environment).isEmpty()); // a folder is no program
}

void TestProcessRunner::factoryCanBeReplaced()
{
    class Replay : public ProcessRunner
    {
    public:
        using ProcessRunner::ProcessRunner;
        void start() override
        {
            markStarted();
            deliver(Channel::StandardOutput, "recorded\nout");
            deliver(Channel::StandardError, "recorded error\n");
            complete(ProcessResult::Outcome::ExitCode, 3);
        }
    };
    class ReplayFactory : public ProcessRunnerFactory
    {
    public:
        ProcessRunner *create(const ProcessSpec &spec, QObject *parent) const override
        {
            return new Replay(spec, parent);
        }
    };
    QVERIFY(dynamic_cast<const ReplayFactory *>(ProcessRunnerFactory::instance().get()) == nullptr);
    ProcessRunnerFactory::setInstance(std::make_shared<const ReplayFactory>());
    ProcessRunner *runner = ProcessRunnerFactory::instance()->create(shell(QStringLiteral("exit 0")), this);
    QStringList out;
    connect(runner, &ProcessRunner::standardOutputLine, this, [&](const QString &l) { out << l; });
    const ProcessResult result = runner->runToCompletion();
    ProcessRunnerFactory::setInstance(nullptr);
    QCOMPARE(out, (QStringList{QStringLiteral("recorded"), QStringLiteral("out")}));
    QCOMPARE(result.outcome, ProcessResult::Outcome::ExitCode);
    QCOMPARE(result.lastErrorLines, QStringList{QStringLiteral("recorded error")});
    QVERIFY(result.error.message.toString().contains(QLatin1String("recorded error")));
    QVERIFY(dynamic_cast<const ReplayFactory *>(ProcessRunnerFactory::instance().get()) == nullptr);
    delete runner;
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
