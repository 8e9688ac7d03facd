// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded inputs: hostile compose files, .env files and paths made by the test (an alias bomb, /dev/zero, a 4 GB
// sparse file, a FIFO, a doubling .env, a 1 MB flat compose file). The ones that could eat memory or hang run in a
// forked child under an address-space cap (setrlimit) and an alarm, so a regression fails the test instead of
// taking the machine down. Each child also reports its peak resident memory (VmHWM), which must stay under 100 MiB,
// and the test prints it with the time taken (for the record, never asserted on).
#include "CliSupport.h"

#include "core/InputFile.h"
#include "core/compose/ComposeDocument.h"
#include "core/compose/ComposeProject.h"
#include "core/compose/Interpolator.h"
#include "core/compose/MigrationPlan.h"
#include "core/docker/UpgradeLogWatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace edm;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The process's virtual size now, in bytes (the base the cap is added to).
qint64 virtualSize()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

/// The process's peak resident memory so far (VmHWM), in KiB.
qint64 peakResidentKiB()
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

/// What a child reported: how it ended and the error code it wrote to the pipe.
struct ChildResult
{
    bool exited = false; ///< exited normally (not killed by the cap's bad_alloc abort or the alarm)
    QString code; ///< the error code (or "ok")
    qint64 peakKiB = -1; ///< the child's peak resident memory (VmHWM)
};

/// The bound every hostile input must stay under.
constexpr qint64 PeakLimitKiB = 100 * 1024;

/// Runs body in a forked child with at most extraBytes of address space above the current size and seconds of
/// time; body returns the error code of what it ran.
ChildResult runCapped(const std::function<QString()> &body, qint64 extraBytes = 150LL * 1024 * 1024,
                      unsigned seconds = 60)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    const qint64 base = virtualSize();
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        const rlimit cap{rlim_t(base + extraBytes), rlim_t(base + extraBytes)};
        ::setrlimit(RLIMIT_AS, &cap);
        ::alarm(seconds);
        const QByteArray code = body().toUtf8() + '\n' + QByteArray::number(peakResidentKiB());
        (void)!::write(fds[1], code.constData(), size_t(code.size()));
        ::_exit(0);
    }
    ::close(fds[1]);
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    char buffer[256];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    const qsizetype split = out.lastIndexOf('\n');
    ChildResult result{WIFEXITED(status) && WEXITSTATUS(status) == 0, QString::fromUtf8(out.left(split)),
                       split < 0 ? -1 : out.mid(split + 1).toLongLong()};
    qInfo("%s: peak %lld KiB resident, %lld ms", QTest::currentDataTag() ? QTest::currentDataTag() : "", result.peakKiB,
          qint64(timer.elapsed()));
    return result;
}

QString codeOf(const Expected<ComposeProject> &project)
{
    return project ? QStringLiteral("ok") : project.error().code;
}

const QByteArray postgresService = "services:\n"
                                   "  postgres:\n"
                                   "    image: postgres:12\n"
                                   "    environment:\n"
                                   "      POSTGRES_USER: pguser\n"
                                   "      POSTGRES_PASSWORD: secret-password\n"
                                   "      POSTGRES_DB: ente_db\n"
                                   "    volumes:\n"
                                   "      - postgres-data:/var/lib/postgresql/data\n"
                                   "volumes:\n"
                                   "  postgres-data:\n";

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliasBombIsRefused();
    void devZeroIsRefused();
    void sparseFilesAreRefusedBySize_data();
    void sparseFilesAreRefusedBySize();
    void fifoDoesNotBlock_data();
    void fifoDoesNotBlock();
    void folderNamedComposeYaml();
    void doublingDotEnvIsRefused();
    void longInterpolationIsRefused();
    void flatMegabyteComposePlans();
    void endlessLogLine();
    void endlessLogFile();
    void applyRereadsSafely_data();
    void applyRereadsSafely();
};

void tst_HostileInput::aliasBombIsRefused()
{
    // Nine levels of nine aliases: 9^9 (387 million) scalars once expanded, from about 700 bytes.
    QByteArray bomb = "x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char prev = char(level - 1);
        bomb += QByteArray("x-") + level + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            bomb += QByteArray(i ? ",*" : "*") + prev;
        bomb += "]\n";
    }
    bomb += "services:\n  postgres:\n    image: postgres:12\n    labels: *i\n";
    QVERIFY(bomb.size() < 1024);
    const ChildResult result = runCapped([&bomb] {
        const Expected<ComposeDocument> doc = ComposeDocument::parse(bomb, QStringLiteral("/x/compose.yaml"));
        return doc ? QStringLiteral("ok") : doc.error().code + u' ' + doc.error().message.toString();
    });
    QVERIFY2(result.exited, "the alias bomb ran out of memory or time under the cap");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(QLatin1String("input_too_complex ")), qPrintable(result.code));
    QVERIFY2(result.code.contains(QLatin1String("250000")), qPrintable(result.code));
}

void tst_HostileInput::devZeroIsRefused()
{
    const ChildResult result = runCapped([] { return codeOf(ComposeProject::open(QStringLiteral("/dev/zero"), {})); });
    QVERIFY2(result.exited, "reading /dev/zero ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QCOMPARE(result.code, QStringLiteral("not_regular_file"));
}

void tst_HostileInput::sparseFilesAreRefusedBySize_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("compose.yaml") << "compose.yaml";
    QTest::newRow(".env") << ".env";
    QTest::newRow("compose.override.yaml") << "compose.override.yaml";
    QTest::newRow("env_file") << "postgres.env";
}

void tst_HostileInput::sparseFilesAreRefusedBySize()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QByteArray compose = postgresService;
    compose.replace("    environment:\n", "    env_file: postgres.env\n    environment:\n");
    if (name != QLatin1String("compose.yaml"))
        QVERIFY(writeFile(dir.filePath("compose.yaml"), compose));
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(4LL * 1024 * 1024 * 1024)); // 4 GB of holes: nothing on disk
    file.close();
    const ChildResult result = runCapped([&dir] {
        const Expected<ComposeProject> project = ComposeProject::open(dir.path(), {});
        if (!project)
            return project.error().code + u' ' + project.error().message.toString();
        // env_file is read when the service is looked at.
        const Expected<MigrationPlan> plan = MigrationPlan::create(*project, {});
        return plan ? QStringLiteral("ok") : plan.error().code + u' ' + plan.error().message.toString();
    });
    QVERIFY2(result.exited, "a 4 GB sparse file ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(QLatin1String("input_too_large ")), qPrintable(result.code));
    QVERIFY2(result.code.contains(QLatin1String("4 MiB")), qPrintable(result.code));
}

void tst_HostileInput::fifoDoesNotBlock_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("direct"); // the FIFO is named on the command line, not found in the folder
    QTest::newRow("compose.yaml") << "compose.yaml" << false;
    QTest::newRow("named") << "compose.yaml" << true;
    QTest::newRow(".env") << ".env" << false;
}

void tst_HostileInput::fifoDoesNotBlock()
{
    QFETCH(QString, name);
    QFETCH(bool, direct);
    QTemporaryDir dir;
    if (name != QLatin1String("compose.yaml"))
        QVERIFY(writeFile(dir.filePath("compose.yaml"), postgresService));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(name)).constData(), 0600) == 0);
    const QString path = direct ? dir.filePath(name) : dir.path();
    // An alarm of 10 s: a blocking open would kill the child and fail the test.
    const ChildResult result = runCapped(
        [&path] {
            const Expected<ComposeProject> project = ComposeProject::open(path, {});
            return project ? QStringLiteral("ok") : project.error().code + u' ' + project.error().message.toString();
        },
        150LL * 1024 * 1024, 10);
    QVERIFY2(result.exited, "opening a FIFO blocked");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(QLatin1String("not_regular_file ")), qPrintable(result.code));
    QVERIFY2(result.code.contains(QLatin1String("not a regular file")), qPrintable(result.code));
}

void tst_HostileInput::folderNamedComposeYaml()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("compose.yaml"));
    const Expected<ComposeProject> project = ComposeProject::open(dir.path(), {});
    QVERIFY(!project);
    QCOMPARE(project.error().code, QStringLiteral("not_regular_file"));
    QVERIFY2(project.error().message.toString().contains("is a folder"),
             qPrintable(project.error().message.toString()));
}

void tst_HostileInput::doublingDotEnvIsRefused()
{
    // Each line doubles A: 2^40 characters at the end, if nothing stopped it.
    QByteArray env = "A=xxxxxxxx\n";
    for (int i = 0; i < 40; ++i)
        env += "A=${A}${A}\n";
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("compose.yaml"), postgresService));
    QVERIFY(writeFile(dir.filePath(".env"), env));
    const ChildResult result = runCapped([&dir] {
        const Expected<ComposeProject> project = ComposeProject::open(dir.path(), {});
        return project ? QStringLiteral("ok") : project.error().code + u' ' + project.error().message.toString();
    });
    QVERIFY2(result.exited, "the doubling .env ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(QLatin1String("input_too_complex ")), qPrintable(result.code));
    QVERIFY2(result.code.contains(QLatin1String("1 MiB")), qPrintable(result.code));

    // Many lines, each just under the bound, add up: refused by the total.
    QByteArray wide = "A=" + QByteArray(512 * 1024, 'x') + "\n";
    for (int i = 0; i < 200; ++i)
        wide += "B" + QByteArray::number(i) + "=${A}y\n";
    QVERIFY(writeFile(dir.filePath(".env"), wide));
    const ChildResult total = runCapped([&dir] {
        const Expected<ComposeProject> project = ComposeProject::open(dir.path(), {});
        return project ? QStringLiteral("ok") : project.error().code + u' ' + project.error().message.toString();
    });
    QVERIFY2(total.exited, "the wide .env ran out of memory or time");
    QVERIFY2(total.peakKiB > 0 && total.peakKiB < PeakLimitKiB, qPrintable(QString::number(total.peakKiB)));
    QVERIFY2(total.code.startsWith(QLatin1String("input_too_complex ")), qPrintable(total.code));
    QVERIFY2(total.code.contains(QLatin1String("16 MiB")), qPrintable(total.code));
}

void tst_HostileInput::longInterpolationIsRefused()
{
    const QString big(600 * 1024, u'x');
    const Interpolator interpolator([&big](const QString &) { return std::optional<QString>(big); });
    const Interpolator::Result fits = interpolator.interpolate(QStringLiteral("$A"));
    QVERIFY(fits.ok());
    QCOMPARE(fits.value.size(), big.size());
    const Interpolator::Result tooLong = interpolator.interpolate(QStringLiteral("$A$A"));
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.tooLong);
    QVERIFY(tooLong.value.isEmpty());
    QVERIFY2(tooLong.error.contains("1 MiB"), qPrintable(tooLong.error));
    const Interpolator::Result nested = interpolator.interpolate(QStringLiteral("${X:-$A$A}"));
    QVERIFY(nested.tooLong);
}

void tst_HostileInput::flatMegabyteComposePlans()
{
    // About 1 MB of flat labels before the Postgres service: every value is located in the text once (a line index),
    // not by scanning from the first byte; before, this took minutes. It must plan within the test's timeout.
    QByteArray compose = "services:\n  web:\n    image: nginx\n    labels:\n";
    for (int i = 0; compose.size() < 1024 * 1024; ++i)
        compose += "      label-" + QByteArray::number(i) + ": \"value number " + QByteArray::number(i) + "\"\n";
    compose += postgresService.mid(QByteArray("services:\n").size());
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("compose.yaml"), compose));
    const ChildResult result = runCapped(
        [&dir] {
            const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
            return plan ? QStringLiteral("ok") : plan.error().code + u' ' + plan.error().message.toString();
        },
        400LL * 1024 * 1024, 240);
    QVERIFY2(result.exited, "the 1 MB compose file ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QCOMPARE(result.code, QStringLiteral("ok"));
}

void tst_HostileInput::endlessLogLine()
{
    // 200 MB without a newline, fed as watch-log feeds it (64 KiB at a time): the watcher holds at most one cut line.
    const ChildResult result = runCapped([] {
        UpgradeLogWatcher watcher;
        const QByteArray chunk(64 * 1024, 'x');
        qsizetype most = 0;
        for (int i = 0; i < 200 * 16; ++i) {
            watcher.feed(chunk);
            most = qMax(most, watcher.pendingBytes());
        }
        watcher.feed("\nLOG:  database system is ready to accept connections\n");
        if (most > UpgradeLogWatcher::MaxLineLength)
            return QStringLiteral("held %1 bytes").arg(most);
        const QStringList last = watcher.lastLines();
        if (last.size() != 2 || !last.first().endsWith(QLatin1String("[line cut at 65536 bytes]")))
            return QStringLiteral("not cut: %1").arg(last.value(0).right(60));
        return watcher.lineCount() == 2 ? QStringLiteral("ok") : QStringLiteral("lines %1").arg(watcher.lineCount());
    });
    QVERIFY2(result.exited, "an endless log line ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QCOMPARE(result.code, QStringLiteral("ok"));
}

void tst_HostileInput::endlessLogFile()
{
    // watch-log on a 200 MB file (sparse: all NUL bytes) without a newline: read to its end in bounded memory.
    QTemporaryDir dir;
    QFile file(dir.filePath("endless.log"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200LL * 1024 * 1024));
    file.close();
    const ChildResult result = runCapped([&file] {
        const edm::test::CliRun run = edm::test::runCli({QStringLiteral("watch-log"), file.fileName()});
        return QString::number(run.code) + u' ' + run.err.left(200);
    });
    QVERIFY2(result.exited, "watch-log on an endless line ran out of memory or time");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(QLatin1String("4 error: the log ended before the upgrade was done")),
             qPrintable(result.code));
}

void tst_HostileInput::applyRereadsSafely_data()
{
    QTest::addColumn<QString>("swap");
    QTest::addColumn<QString>("code");
    QTest::newRow("fifo") << "fifo"
                          << "not_regular_file";
    QTest::newRow("device") << "device"
                            << "not_regular_file";
    QTest::newRow("huge") << "huge"
                          << "input_too_large";
    QTest::newRow("folder") << "folder"
                            << "not_regular_file";
}

void tst_HostileInput::applyRereadsSafely()
{
    // The compose file is swapped between the plan and its apply: the apply reads it as the load does (regular files
    // only, within the size cap), gets the clear error at once, and writes nothing.
    QFETCH(QString, swap);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString compose = dir.filePath("compose.yaml");
    QVERIFY(writeFile(compose, postgresService));
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QVERIFY(!plan->steps().isEmpty());
    QVERIFY(QFile::remove(compose));
    if (swap == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(compose).constData(), 0600) == 0);
    } else if (swap == QLatin1String("device")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), compose));
    } else if (swap == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir("compose.yaml"));
    } else {
        QFile huge(compose);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(4LL * 1024 * 1024 * 1024));
    }
    const ImageEdit edit = plan->steps().first();
    const ChildResult result = runCapped(
        [&edit] {
            const edm::Status applied = edit.apply();
            return applied ? QStringLiteral("ok") : applied.error().code + u' ' + applied.error().message.toString();
        },
        150LL * 1024 * 1024, 10);
    QVERIFY2(result.exited, "the apply blocked or ran out of memory");
    QVERIFY2(result.peakKiB > 0 && result.peakKiB < PeakLimitKiB, qPrintable(QString::number(result.peakKiB)));
    QVERIFY2(result.code.startsWith(code + u' '), qPrintable(result.code));
    // Nothing written: no file beside it (a QSaveFile leftover) and the swapped thing is as it was.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("compose.yaml")});
    if (swap == QLatin1String("device"))
        QCOMPARE(QFileInfo(compose).symLinkTarget(), QStringLiteral("/dev/zero"));
    if (swap == QLatin1String("huge"))
        QCOMPARE(QFileInfo(compose).size(), 4LL * 1024 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
