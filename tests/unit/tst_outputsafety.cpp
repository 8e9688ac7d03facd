// SPDX-License-Identifier: GPL-3.0-or-later
// Output safety and exit codes: terminal escapes from files never reach the terminal, Markdown reports escape HTML
// and fence safely, `report -o` writes a regular file only, and the command line's contracts for bad paths, Ctrl-C
// and SIGTERM, and a start without a display (the last ones run the real binary).
#include "CliSupport.h"
#include "EngineSupport.h"
#include "TestSupport.h"
#include "core/ErrorCodes.h"
#include "core/TerminalText.h"
#include "core/migration/Journal.h"
#include "core/migration/MigrationReport.h"
#include "core/report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace edm;
using namespace edm::test;

namespace {

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

QString binary()
{
    return QStringLiteral(EDM_BINARY_DIR "/src/ente-db-migrate");
}

const QString hostile = QStringLiteral("x\x1b]0;pwned\x07y\x1b[2Jz\rw\x9b"
                                       "31mv");

} // namespace

class tst_OutputSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalSafe_data();
    void terminalSafe();
    void statusPrintsNoEscapes();
    void planPrintsNoEscapes();
    void markdownEscapesHtmlAndFences();
    void reportOutputRefusesNonRegular_data();
    void reportOutputRefusesNonRegular();
    void statusOfMissingFolder();
    void watchLogOfFolder();
    void restoreChecksFileBeforeDocker();
    void noDisplayNoArguments();
    void signalStopsMigration_data();
    void signalStopsMigration();
};

void tst_OutputSafety::terminalSafe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "compose.yaml\n\tok"
                           << "compose.yaml\n\tok";
    QTest::newRow("title (OSC, BEL)") << "a\x1b]0;title\x07z"
                                      << "az";
    QTest::newRow("title (OSC, ST)") << "a\x1b]2;t\x1b\\z"
                                     << "az";
    QTest::newRow("clear (CSI)") << "a\x1b[2J\x1b[Hz"
                                 << "az";
    QTest::newRow("two-byte escape") << "a\x1b"
                                        "cz"
                                     << "az";
    QTest::newRow("C0") << "a\rb\bc\x07"
                           "d\x7f"
                        << "abcd";
    QTest::newRow("C1 and 8-bit CSI") << QStringLiteral("a\x9b"
                                                        "31mb\x85")
                                      << "a31mb";
    QTest::newRow("lone escape at the end") << "ab\x1b"
                                            << "ab";
    QTest::newRow("unicode kept") << "Größe → 16"
                                  << "Größe → 16";
}

void tst_OutputSafety::terminalSafe()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(edm::terminalSafe(input), expected);
}

void tst_OutputSafety::statusPrintsNoEscapes()
{
    QTemporaryDir dir;
    Journal journal = Journal::create(dir.path());
    journal.service = QStringLiteral("postgres") + hostile;
    journal.lastError = QStringLiteral("failed ") + hostile;
    journal.composeFiles = {QStringLiteral("compose.yaml")};
    QVERIFY(journal.transition(QStringLiteral("backup") + hostile));
    const CliRun run = runCli({QStringLiteral("status"), dir.path()});
    QCOMPARE(run.code, 0);
    QVERIFY2(!hasControl(run.out), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("postgresxyzw31mv")));
    QVERIFY(run.out.contains(QLatin1String("failed xyzw31mv")));
    // --json keeps the values for scripts, escaped as JSON: no raw ESC, BEL or CR reaches the terminal.
    const CliRun json = runCli({QStringLiteral("status"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(json.code, 0);
    QVERIFY(!json.out.contains(QChar(0x1b)) && !json.out.contains(QChar(0x07)) && !json.out.contains(u'\r'));
    QVERIFY(json.out.contains(QLatin1String("\\u001b")));
}

void tst_OutputSafety::planPrintsNoEscapes()
{
    QTemporaryDir dir;
    const QByteArray compose = "services:\n  postgres:\n    image: postgres:12\n    environment:\n"
                               "      POSTGRES_USER: \"pg\\e]0;pwned\\auser\"\n"
                               "      POSTGRES_PASSWORD: secret-password\n"
                               "      POSTGRES_DB: \"ente\\e[2Jdb\"\n"
                               "    volumes: [\"postgres-data:/var/lib/postgresql/data\"]\n"
                               "volumes:\n  postgres-data:\n";
    QVERIFY(writeAll(dir.filePath("compose.yaml"), compose));
    const CliRun run = runCli({QStringLiteral("plan"), dir.path()});
    QCOMPARE(run.code, 0);
    QVERIFY2(!hasControl(run.out), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("pguser, database entedb")), qPrintable(run.out));
    // An error message quoting a hostile path is cleaned too.
    const QString bad = dir.filePath(QStringLiteral("no\x1b]0;pwned\x07such"));
    const CliRun missing = runCli({QStringLiteral("plan"), bad});
    QCOMPARE(missing.code, 2);
    QVERIFY2(!hasControl(missing.err.trimmed()), qPrintable(missing.err));
}

void tst_OutputSafety::markdownEscapesHtmlAndFences()
{
    MigrationReport report;
    report.service = QStringLiteral("<script>alert(1)</script>");
    report.keepImageNote = QStringLiteral("<img src=x onerror=alert(1)>");
    report.warnings = {QStringLiteral("<b>bold</b>")};
    report.diffs.append({QStringLiteral("image → <i>x</i>"), QStringLiteral("compose.yaml"),
                         QByteArray("-image: postgres:12\n+image: postgres:16\n```\n# not a heading\n")});
    report.logExcerpt = {QStringLiteral("````"), QStringLiteral("<h1>log</h1>")};
    const QString md = QString::fromUtf8(ReportWriter::toMarkdown(report));
    QVERIFY(!md.contains(QLatin1String("<script>")));
    QVERIFY(!md.contains(QLatin1String("<img")));
    QVERIFY(!md.contains(QLatin1String("<b>")));
    QVERIFY(md.contains(QLatin1String("&lt;script&gt;")));
    // The diff holds ``` → its fence is ````; the log holds ```` → its fence is `````.
    QVERIFY2(md.contains(QLatin1String("\n````diff\n-image: postgres:12")), qPrintable(md));
    QVERIFY2(md.contains(QLatin1String("# not a heading\n````\n")), qPrintable(md));
    QVERIFY2(md.contains(QLatin1String("\n`````\n````\n<h1>log</h1>\n`````\n")), qPrintable(md));
}

void tst_OutputSafety::reportOutputRefusesNonRegular_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("symlink") << "symlink";
    QTest::newRow("fifo") << "fifo";
    QTest::newRow("folder") << "folder";
    QTest::newRow("device") << "device";
}

void tst_OutputSafety::reportOutputRefusesNonRegular()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath("victim");
    QVERIFY(writeAll(victim, "precious\n"));
    QVERIFY(::chmod(QFile::encodeName(victim).constData(), 0644) == 0);
    // A project with a recorded report.
    Journal journal = Journal::create(dir.path());
    journal.report = QJsonObject{{"outcome", "failed"}, {"service", "postgres"}};
    QVERIFY(journal.transition(QStringLiteral("backup")));
    QString output = dir.filePath("report.md");
    if (kind == QLatin1String("symlink"))
        QVERIFY(QFile::link(victim, output));
    else if (kind == QLatin1String("fifo"))
        QVERIFY(::mkfifo(QFile::encodeName(output).constData(), 0600) == 0);
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir(dir.path()).mkdir("report.md"));
    else
        output = QStringLiteral("/dev/null");
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
                               QStringLiteral("-o"), output, dir.path()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(kind == QLatin1String("symlink") ? QLatin1String("is a symbolic link")
                                                               : QLatin1String("not a regular file")),
             qPrintable(run.err));
    QCOMPARE(readAll(victim), QByteArray("precious\n"));
    struct stat st
    {
    };
    QVERIFY(::stat(QFile::encodeName(victim).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    if (kind == QLatin1String("symlink"))
        QVERIFY(QFileInfo(output).isSymLink());
    if (kind == QLatin1String("device")) {
        QVERIFY(::stat("/dev/null", &st) == 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }
    // A regular file is still written.
    const CliRun ok = runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
                              QStringLiteral("-o"), dir.filePath("good.md"), dir.path()});
    QCOMPARE(ok.code, 0);
    QVERIFY(QFileInfo(dir.filePath("good.md")).isFile());
}

void tst_OutputSafety::statusOfMissingFolder()
{
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("status"), dir.filePath("missing")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    const CliRun json = runCli({QStringLiteral("status"), QStringLiteral("--json"), dir.filePath("missing")});
    QCOMPARE(json.code, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("error").toObject().value("code").toString(),
             QStringLiteral("no_compose_file"));
}

void tst_OutputSafety::watchLogOfFolder()
{
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("watch-log"), dir.path()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("is a folder")), qPrintable(run.err));
}

void tst_OutputSafety::restoreChecksFileBeforeDocker()
{
    QTemporaryDir dir;
    const QString docker = dir.filePath("docker");
    const QString calls = dir.filePath("calls");
    QVERIFY(writeAll(docker, "#!/bin/sh\necho \"$@\" >> '" + calls.toUtf8() + "'\nexit 1\n"));
    QVERIFY(QFile::setPermissions(docker, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QByteArray random(4096, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919) % 251);
    QVERIFY(writeAll(dir.filePath("random.bin"), random));
    QVERIFY(writeAll(dir.filePath("dump.sql.gz"), QByteArray("\x1f\x8b\x08\x00", 4) + random));
    for (const QString &name : {QStringLiteral("random.bin"), QStringLiteral("dump.sql.gz")}) {
        const CliRun run = runCli({QStringLiteral("restore"), QStringLiteral("--docker"), docker,
                                   QStringLiteral("--yes"), dir.filePath(name), dir.path()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(name == QLatin1String("random.bin") ? QLatin1String("binary data")
                                                                      : QLatin1String("compressed")),
                 qPrintable(run.err));
        QVERIFY2(!QFileInfo::exists(calls), "docker ran before the file was checked");
    }
}

void tst_OutputSafety::noDisplayNoArguments()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(binary(), {});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("--help")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Reinstalling")), qPrintable(err));
}

void tst_OutputSafety::signalStopsMigration_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_OutputSafety::signalStopsMigration()
{
    QFETCH(int, signal);
    EngineRig rig;
    rig.setKnob(QStringLiteral("HANG"), QStringLiteral("pg_dumpall")); // the backup waits until it is stopped
    const MigrationEngine::Options options = rig.options();
    QProcess process;
    QProcessEnvironment env = options.docker.environment;
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(binary(),
                  {QStringLiteral("migrate"), QStringLiteral("--yes"), QStringLiteral("--docker"),
                   options.docker.dockerProgram, rig.projectDir()});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(rig.dockerLog().contains(QLatin1String("pg_dumpall")), 120000);
    QTest::qWait(300);
    QVERIFY(::kill(pid_t(process.processId()), signal) == 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 5);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Interrupted")), qPrintable(err));
    // The journal says where it stopped, and the next run is not blocked by a lock.
    const auto journal = Journal::load(rig.projectDir());
    QVERIFY(journal && journal->has_value());
    QCOMPARE((*journal)->state(), QStringLiteral("backup"));
    QVERIFY(!(*journal)->lastError.isEmpty());
    QVERIFY(RunLock::acquire(rig.projectDir()));
}

QTEST_GUILESS_MAIN(tst_OutputSafety)
#include "tst_outputsafety.moc"
