// SPDX-License-Identifier: GPL-3.0-or-later
// The state folder (.ente-db-migrate) against what a hostile local user can plant in it: symlinks (the folder, the
// journal, a kept original), a journal naming paths outside the project, a world-writable folder, a second run.
#include "EngineSupport.h"
#include "core/StateDir.h"
#include "core/migration/Journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace edm;
using namespace edm::test;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(-1);
}

/// A file outside the project that a planted symlink points to: its bytes and mode must survive.
struct Victim
{
    explicit Victim(const QString &path)
        : path(path)
    {
        QVERIFY(writeAll(path, "precious\n"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    }
    bool untouched() const { return readAll(path) == "precious\n" && modeOf(path) == 0644; }
    QString path;
};

/// A valid journal, written by the app, in projectDir.
void writeJournal(const QString &projectDir)
{
    Journal journal = Journal::create(projectDir);
    journal.service = QStringLiteral("postgres");
    journal.composeFiles = {QStringLiteral("compose.yaml")};
    QVERIFY(journal.keepOriginal(QDir(projectDir).filePath("compose.yaml"), "image: postgres:12\n").ok());
    QVERIFY(journal.transition(QStringLiteral("plan_done")).ok());
}

/// Rewrites a field of the journal on disk (as an attacker with write access to the folder could).
void patchJournal(const QString &projectDir, const std::function<void(QJsonObject &)> &patch)
{
    const QString path = Journal::pathFor(projectDir);
    QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    patch(json);
    QVERIFY(writeAll(path, QJsonDocument(json).toJson()));
}

} // namespace

class tst_StateDir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdPrivateUnderAnyUmask();
    void worldWritableFolderIsMadePrivate();
    void symlinkedFolderRefused();
    void symlinkedJournalRefused();
    void symlinkedOriginalRefused();
    void nonRegularJournalRefused();
    void oversizedJournalRefused();
    void journalPathsValidated_data();
    void journalPathsValidated();
    void rollbackOfEscapingJournalWritesNothing();
    void removeKeepsLinkTargets();
    void secondRunRefused();
    void lockReleasedWhenHolderKilled();
    void secondEngineFailsFast();
    void lockLeavesNothingWhenNothingRan();
    void removedLockStillExcludes();
    void refusedRunLeavesNoStateFolder();
    void readOnlyCallsCreateNothing();
};

void tst_StateDir::createdPrivateUnderAnyUmask()
{
    QTemporaryDir dir;
    const mode_t old = ::umask(0);
    writeJournal(dir.path());
    ::umask(old);
    QCOMPARE(modeOf(StateDir::pathFor(dir.path())), mode_t(0700));
    QCOMPARE(modeOf(Journal::pathFor(dir.path())), mode_t(0600));
    QCOMPARE(modeOf(StateDir::pathFor(dir.path()) + "/original"), mode_t(0700));
    QCOMPARE(modeOf(StateDir::pathFor(dir.path()) + "/original/compose.yaml"), mode_t(0600));

    // A umask that takes the owner's bits too changes nothing.
    QTemporaryDir strict;
    const mode_t before = ::umask(0777);
    writeJournal(strict.path());
    ::umask(before);
    QCOMPARE(modeOf(StateDir::pathFor(strict.path())), mode_t(0700));
    QCOMPARE(modeOf(Journal::pathFor(strict.path())), mode_t(0600));
}

void tst_StateDir::worldWritableFolderIsMadePrivate()
{
    // A folder an older version made under umask 000.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(".ente-db-migrate"));
    QVERIFY(::chmod(QFile::encodeName(StateDir::pathFor(dir.path())).constData(), 0777) == 0);
    writeJournal(dir.path());
    QCOMPARE(modeOf(StateDir::pathFor(dir.path())), mode_t(0700));
}

void tst_StateDir::symlinkedFolderRefused()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const Victim victim(elsewhere.filePath("journal.json"));
    QVERIFY(QFile::link(elsewhere.path(), StateDir::pathFor(dir.path())));

    Journal journal = Journal::create(dir.path());
    const Status saved = journal.transition(QStringLiteral("plan_done"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY2(saved.error().message.toString().contains("symbolic link"), qPrintable(saved.error().message.toString()));
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY(victim.untouched());
    QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"journal.json"});
    QVERIFY(!journal.remove());
    QVERIFY(victim.untouched());
}

void tst_StateDir::symlinkedJournalRefused()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const Victim victim(elsewhere.filePath("victim"));
    QVERIFY(QDir(dir.path()).mkdir(".ente-db-migrate"));
    QVERIFY(QFile::link(victim.path, Journal::pathFor(dir.path())));

    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY2(loaded.error().message.toString().contains("journal.json is a symbolic link"),
             qPrintable(loaded.error().message.toString()));

    Journal journal = Journal::create(dir.path());
    const Status saved = journal.transition(QStringLiteral("plan_done"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY(victim.untouched());
    QVERIFY(QFileInfo(Journal::pathFor(dir.path())).isSymLink());
}

void tst_StateDir::symlinkedOriginalRefused()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const Victim victim(elsewhere.filePath("victim"));
    QVERIFY(QDir().mkpath(StateDir::pathFor(dir.path()) + "/original"));
    QVERIFY(QFile::link(victim.path, StateDir::pathFor(dir.path()) + "/original/compose.yaml"));

    Journal journal = Journal::create(dir.path());
    journal.composeFiles = {QStringLiteral("compose.yaml")};
    const Status kept = journal.keepOriginal(QDir(dir.path()).filePath("compose.yaml"), "image: postgres:12\n");
    QVERIFY(!kept);
    QCOMPARE(kept.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY(victim.untouched());

    // The same link planted after the journal was written: reading the original back refuses it.
    QTemporaryDir later;
    writeJournal(later.path());
    const QString copy = StateDir::pathFor(later.path()) + "/original/compose.yaml";
    QVERIFY(QFile::remove(copy));
    QVERIFY(QFile::link(victim.path, copy));
    const auto loaded = Journal::load(later.path());
    QVERIFY(loaded && loaded->has_value());
    const Expected<QByteArray> original = (*loaded)->original(QStringLiteral("compose.yaml"));
    QVERIFY(!original);
    QCOMPARE(original.error().code, QStringLiteral("unsafe_state_folder"));

    // A symlinked "original" folder is refused too.
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkdir(".ente-db-migrate"));
    QVERIFY(QFile::link(elsewhere.path(), StateDir::pathFor(folder.path()) + "/original"));
    Journal other = Journal::create(folder.path());
    const Status refused = other.keepOriginal(QDir(folder.path()).filePath("compose.yaml"), "x\n");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("unsafe_state_folder"));
    QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"victim"});
}

void tst_StateDir::nonRegularJournalRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(".ente-db-migrate"));
    // A FIFO must not block the load (it is refused at once).
    QVERIFY(::mkfifo(QFile::encodeName(Journal::pathFor(dir.path())).constData(), 0600) == 0);
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY(loaded.error().message.toString().contains("not a regular file"));
}

void tst_StateDir::oversizedJournalRefused()
{
    // A 4 GB sparse journal: refused by its size, never read.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(".ente-db-migrate"));
    QFile file(Journal::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(4LL * 1024 * 1024 * 1024));
    file.close();
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("input_too_large"));
    QVERIFY2(loaded.error().message.toString().contains("16 MiB"), qPrintable(loaded.error().message.toString()));
}

void tst_StateDir::journalPathsValidated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("entry");
    QTest::newRow("original outside") << "original"
                                      << "../x"
                                      << "originals[0].path";
    QTest::newRow("original absolute") << "original"
                                       << "/etc/passwd"
                                       << "originals[0].path";
    QTest::newRow("original not a compose file") << "original"
                                                 << "other.yaml"
                                                 << "originals[0].path";
    QTest::newRow("original in the state folder") << "original"
                                                  << ".ente-db-migrate/journal.json"
                                                  << "originals[0].path";
    QTest::newRow("compose file outside") << "compose"
                                          << "../../compose.yaml"
                                          << "compose_files[0]";
    QTest::newRow("compose file unclean") << "compose"
                                          << "a/../compose.yaml"
                                          << "compose_files[0]";
    QTest::newRow("backup relative") << "backup"
                                     << "pg12.backup.sql"
                                     << "backup.path";
    QTest::newRow("backup unclean") << "backup"
                                    << "/tmp/../etc/x.sql"
                                    << "backup.path";
    QTest::newRow("backup in state folder") << "backup"
                                            << "STATE/journal.json"
                                            << "backup.path";
    QTest::newRow("backup over compose") << "backup"
                                         << "PROJECT/compose.yaml"
                                         << "backup.path";
}

void tst_StateDir::journalPathsValidated()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, entry);
    QTemporaryDir dir;
    writeJournal(dir.path());
    value.replace("STATE", StateDir::pathFor(QDir::cleanPath(dir.path())));
    value.replace("PROJECT", QDir::cleanPath(dir.path()));
    patchJournal(dir.path(), [&](QJsonObject &json) {
        if (field == "original") {
            json["originals"] = QJsonArray{QJsonObject{{"path", value}, {"sha256", QString(64, u'0')}}};
        } else if (field == "compose") {
            json["compose_files"] = QJsonArray{value};
            json["originals"] = QJsonArray{QJsonObject{{"path", value}, {"sha256", QString(64, u'0')}}};
        } else {
            json["backup"] = QJsonObject{{"path", value}, {"sha256", QString(64, u'0')}, {"bytes", 1}};
        }
    });
    const auto loaded = Journal::load(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("corrupt_journal"));
    QVERIFY2(loaded.error().message.toString().contains(entry), qPrintable(loaded.error().message.toString()));
}

void tst_StateDir::rollbackOfEscapingJournalWritesNothing()
{
    // The attack of the issue: originals naming ../x with planted bytes, and a rollback.
    EngineRig rig;
    const QString outside = QDir(rig.projectDir()).filePath("../x");
    const Victim victim(outside);
    writeJournal(rig.projectDir());
    const QByteArray planted = "planted\n";
    patchJournal(rig.projectDir(), [&](QJsonObject &json) {
        json["state"] = "upgrade";
        json["originals"] = QJsonArray{QJsonObject{
            {"path", "../x"},
            {"sha256", QString::fromLatin1(QCryptographicHash::hash(planted, QCryptographicHash::Sha256).toHex())}}};
    });
    QVERIFY(writeAll(StateDir::pathFor(rig.projectDir()) + "/x", planted)); // original/../x
    const QByteArray composeBefore = rig.compose();

    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Rollback));
    QCOMPARE(driver.result().error.code, QStringLiteral("corrupt_journal"));
    QVERIFY2(driver.result().error.message.toString().contains("originals[0].path"),
             qPrintable(driver.result().error.message.toString()));
    QVERIFY(victim.untouched());
    QCOMPARE(rig.compose(), composeBefore);
    QVERIFY(rig.docker().isEmpty());
}

void tst_StateDir::removeKeepsLinkTargets()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const Victim victim(elsewhere.filePath("victim"));
    writeJournal(dir.path());
    QVERIFY(QFile::link(elsewhere.path(), StateDir::pathFor(dir.path()) + "/original/sub"));
    const auto loaded = Journal::load(dir.path());
    QVERIFY(loaded && loaded->has_value());
    Journal journal = **loaded;
    QVERIFY(journal.remove());
    QVERIFY(!Journal::exists(dir.path()));
    QVERIFY(victim.untouched());
    QVERIFY(QFileInfo::exists(elsewhere.path()));
}

void tst_StateDir::secondRunRefused()
{
    QTemporaryDir dir;
    Expected<RunLock> first = RunLock::acquire(dir.path());
    QVERIFY(first);
    QCOMPARE(modeOf(StateDir::pathFor(dir.path()) + "/lock"), mode_t(0600));
    QCOMPARE(readAll(StateDir::pathFor(dir.path()) + "/lock").trimmed(), QByteArray::number(qint64(getpid())));
    const Expected<RunLock> second = RunLock::acquire(dir.path());
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("run_in_progress"));
    QCOMPARE(second.error().message.toString(),
             QStringLiteral("Another run of Ente DB Migration is in progress on this project (pid %1). Wait for it "
                            "to finish, or stop it.")
                 .arg(getpid()));
    {
        RunLock released = std::move(first).value();
    }
    QVERIFY(RunLock::acquire(dir.path()));

    // A symlink planted as the lock is refused, its target untouched.
    QTemporaryDir other;
    QTemporaryDir elsewhere;
    const Victim victim(elsewhere.filePath("victim"));
    QVERIFY(QDir(other.path()).mkdir(".ente-db-migrate"));
    QVERIFY(QFile::link(victim.path, StateDir::pathFor(other.path()) + "/lock"));
    const Expected<RunLock> linked = RunLock::acquire(other.path());
    QVERIFY(!linked);
    QCOMPARE(linked.error().code, QStringLiteral("unsafe_state_folder"));
    QVERIFY(victim.untouched());
}

void tst_StateDir::lockReleasedWhenHolderKilled()
{
    QTemporaryDir dir;
    int ready[2];
    QVERIFY(::pipe(ready) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        const Expected<RunLock> lock = RunLock::acquire(dir.path());
        const char c = lock ? '1' : '0';
        (void)!::write(ready[1], &c, 1);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char c = 0;
    QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
    ::close(ready[0]);
    QCOMPARE(c, '1');
    const Expected<RunLock> held = RunLock::acquire(dir.path());
    QVERIFY(!held);
    QVERIFY2(held.error().message.toString().contains(QStringLiteral("(pid %1)").arg(child)),
             qPrintable(held.error().message.toString()));
    QVERIFY(::kill(child, SIGKILL) == 0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(RunLock::acquire(dir.path()));
}

void tst_StateDir::secondEngineFailsFast()
{
    // Two engines on one project: the second fails at once with run_in_progress, the first goes on unaffected.
    EngineRig rig;
    EngineDriver first(rig.options());
    first.answer = nullptr; // the first stops at its first question and holds the lock meanwhile
    first.begin(EngineDriver::Action::Start);
    QTRY_VERIFY_WITH_TIMEOUT(!first.result().asked.isEmpty() || first.result().finished, 120000);
    QVERIFY(!first.result().finished);
    rig.clearDockerLog();

    for (const auto action :
         {EngineDriver::Action::Start, EngineDriver::Action::Resume, EngineDriver::Action::Rollback}) {
        EngineDriver second(rig.options());
        QVERIFY(second.run(action, 20000));
        QCOMPARE(second.result().error.code, QStringLiteral("run_in_progress"));
        QVERIFY(second.result().error.message.toString().contains(QStringLiteral("(pid %1)").arg(getpid())));
    }
    QVERIFY(rig.docker().isEmpty()); // the second runs started no docker command
    QVERIFY(!first.result().finished);

    first.engine()->confirm(false);
    QVERIFY(first.wait());
    QCOMPARE(first.result().error.code, QStringLiteral("declined"));
    // The lock went with the first run: a new one may start.
    EngineDriver third(rig.options());
    third.answer = [](const MigrationEngine::Confirmation &) { return false; };
    QVERIFY(third.run(EngineDriver::Action::Resume));
    QVERIFY(third.result().error.code != QLatin1String("run_in_progress"));
}

void tst_StateDir::lockLeavesNothingWhenNothingRan()
{
    // No folder before: the lock's folder goes with the lock when nothing was written into it.
    QTemporaryDir fresh;
    {
        const Expected<RunLock> lock = RunLock::acquire(fresh.path());
        QVERIFY(lock);
        QVERIFY(QFileInfo(StateDir::pathFor(fresh.path())).isDir());
    }
    QVERIFY(!QFileInfo::exists(StateDir::pathFor(fresh.path())));

    // A folder that was there before stays.
    QTemporaryDir existing;
    QVERIFY(QDir(existing.path()).mkdir(StateDir::name()));
    {
        const Expected<RunLock> lock = RunLock::acquire(existing.path());
        QVERIFY(lock);
    }
    QVERIFY(QFileInfo(StateDir::pathFor(existing.path())).isDir());

    // A run that wrote its journal keeps the folder and the journal.
    QTemporaryDir written;
    QVERIFY(writeAll(QDir(written.path()).filePath("compose.yaml"), "image: postgres:12\n"));
    {
        const Expected<RunLock> lock = RunLock::acquire(written.path());
        QVERIFY(lock);
        writeJournal(written.path());
    }
    QVERIFY(Journal::exists(written.path()));
    const auto loaded = Journal::load(written.path());
    QVERIFY(loaded && loaded->has_value());
    // The lock can be taken again (the file left beside the journal, or a new one).
    QVERIFY(RunLock::acquire(written.path()));
}

void tst_StateDir::removedLockStillExcludes()
{
    // Four processes take and release the lock of a project without a state folder, over and over: each release
    // removes the lock file and the folder, each take may race with it. Never are two holders at once (a marker
    // outside the project, created exclusively by the holder, proves it), and nothing but run_in_progress fails.
    QTemporaryDir dir;
    const QString project = dir.filePath("project");
    QVERIFY(QDir().mkpath(project));
    const QByteArray marker = QFile::encodeName(dir.filePath("held"));
    QList<pid_t> children;
    for (int c = 0; c < 4; ++c) {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            int code = 0;
            for (int i = 0; i < 300 && code == 0; ++i) {
                const Expected<RunLock> lock = RunLock::acquire(project);
                if (!lock) {
                    if (lock.error().code != QLatin1String("run_in_progress"))
                        code = 2;
                    continue;
                }
                const int held = ::open(marker.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
                if (held < 0) {
                    code = 1; // another holder at the same time
                    break;
                }
                ::close(held);
                ::unlink(marker.constData());
            }
            ::_exit(code);
        }
        children.append(child);
    }
    for (const pid_t child : std::as_const(children)) {
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
    // Usually nothing is left; when a take raced with the removal, at most the folder with its lock file.
    const QStringList left =
        QDir(StateDir::pathFor(project)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty() || left == QStringList{QStringLiteral("lock")}, qPrintable(left.join(u' ')));
}

void tst_StateDir::refusedRunLeavesNoStateFolder()
{
    // A compose file that cannot be read refuses the run before it starts: no .ente-db-migrate is left behind.
    EngineRig rig;
    QVERIFY(writeAll(rig.composePath(), "services: [\n"));
    EngineDriver driver(rig.options());
    QVERIFY(driver.run(EngineDriver::Action::Start));
    QVERIFY(!driver.result().error.isNull());
    QVERIFY(!QFileInfo::exists(StateDir::pathFor(rig.projectDir())));
    QVERIFY(rig.docker().isEmpty());
    // So does a resume or rollback with nothing to resume or roll back.
    for (const auto action : {EngineDriver::Action::Resume, EngineDriver::Action::Rollback}) {
        EngineDriver other(rig.options());
        QVERIFY(other.run(action));
        QVERIFY(!other.result().error.isNull());
        QVERIFY(!QFileInfo::exists(StateDir::pathFor(rig.projectDir())));
    }
}

void tst_StateDir::readOnlyCallsCreateNothing()
{
    // What plan, status and report call: they read the journal if there is one and never create the folder.
    QTemporaryDir dir;
    QVERIFY(writeAll(QDir(dir.path()).filePath("compose.yaml"), "image: postgres:12\n"));
    const auto status = MigrationEngine::existingJournal(dir.path());
    QVERIFY(status && !status->has_value());
    const auto journal = Journal::load(dir.path());
    QVERIFY(journal && !journal->has_value());
    QVERIFY(!Journal::exists(dir.path()));
    QVERIFY(!QFileInfo::exists(StateDir::pathFor(dir.path())));
}

QTEST_GUILESS_MAIN(tst_StateDir)
#include "tst_statedir.moc"
