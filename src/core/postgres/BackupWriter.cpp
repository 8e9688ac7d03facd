// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/BackupWriter.h"
#include "core/ErrorCodes.h"

#include "core/docker/DockerCli.h"
#include "core/docker/ProcessRunner.h"
#include "core/postgres/Sha256.h"

#include "Version.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cmath>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace edm {

namespace {

/// Start writing back to disk every this many bytes, so that the final fsync has little left to do.
constexpr qint64 SyncStep = 32 * 1024 * 1024;
constexpr qsizetype WriteBatch = 1024 * 1024;

Text bytesWithExact(qint64 bytes)
{
    return BackupWriter::trText("%1 (%2 bytes)").arg(TransferProgress::formatBytes(bytes)).arg(bytes);
}

} // namespace

BackupWriter::BackupWriter(DockerCli *docker, QObject *parent)
    : TransferJobFor(docker, QStringLiteral("backup"), parent)
{
}

BackupWriter::~BackupWriter()
{
    discardPartial();
}

QString BackupWriter::defaultFileName(const QString &version, const QDateTime &when)
{
    return QStringLiteral("pg%1-%2.backup.sql").arg(version, when.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

QString BackupWriter::freePath(const QString &path)
{
    const auto taken = [](const QString &candidate) {
        return QFileInfo::exists(candidate) || QFileInfo::exists(BackupSidecar::pathFor(candidate));
    };
    if (!taken(path))
        return path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QLatin1String backupSuffix(".backup.sql");
    qsizetype cut = name.endsWith(backupSuffix) ? name.size() - backupSuffix.size() : name.lastIndexOf(u'.');
    if (cut <= 0)
        cut = name.size();
    const QString stem = name.left(cut);
    const QString suffix = name.mid(cut);
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
        if (!taken(candidate))
            return candidate;
    }
}

QString BackupWriter::temporaryPath() const
{
    return m_file ? m_temporaryPath : QString();
}

Status BackupWriter::checkFreeSpace(const QString &directory, qint64 estimate, double factor, qint64 *availableBytes)
{
    QStorageInfo storage(directory);
    storage.refresh();
    if (!storage.isValid() || !storage.isReady()) {
        return Error(ErrorCode::BackupTargetUnwritable,
                     trText("The folder %1 is not on a usable file system.").arg(QDir::toNativeSeparators(directory)));
    }
    const qint64 available = storage.bytesAvailable();
    if (availableBytes)
        *availableBytes = available;
    const qint64 needed = qint64(std::ceil(double(qMax<qint64>(0, estimate)) * factor));
    if (available < needed) {
        return Error(
            ErrorCode::BackupNoSpace,
            trText("Not enough free space for the backup in %1: it needs about %2 (%3 × the databases' size of "
                   "%4), and only %5 are free on %6. Free some space there, or choose a folder on a disk with "
                   "more room.")
                .arg(QDir::toNativeSeparators(directory), bytesWithExact(needed))
                .arg(factor, 0, 'g', 3)
                .arg(bytesWithExact(estimate), bytesWithExact(available),
                     QDir::toNativeSeparators(storage.rootPath())));
    }
    return {};
}

Status BackupWriter::verifySummary(const DumpSummary &summary, const QStringList &expectedDatabases)
{
    QStringList problems;
    if (summary.format != DumpSummary::Format::PgDumpall)
        problems.append(trText("it is not a pg_dumpall file (%1)").arg(DumpSummary::formatName(summary.format)));
    if (!summary.truncatedInTable.isEmpty()) {
        problems.append(trText("it ends inside the data of table %1 (database %2)")
                            .arg(summary.truncatedInTable, summary.truncatedInDatabase));
    }
    for (const DumpProblem &problem : summary.problems) {
        switch (problem.kind) {
        case DumpProblem::Kind::FooterMissing:
        case DumpProblem::Kind::EndedInCopy:
        case DumpProblem::Kind::EndedInStatement:
        case DumpProblem::Kind::DatabaseUnfinished:
        case DumpProblem::Kind::Empty:
        case DumpProblem::Kind::NotADump:
        case DumpProblem::Kind::TrailingContent:
            problems.append(problem.message);
            break;
        default:
            break; // CRLF, a BOM, unknown lines: not what pg_dumpall writes, but not a cut-off dump either
        }
    }
    if (!summary.complete && problems.isEmpty())
        problems.append(trText("the final line \"-- PostgreSQL database cluster dump complete\" is missing"));
    for (const QString &name : expectedDatabases) {
        const DumpDatabase *db = summary.database(name);
        if (!db)
            problems.append(trText("database %1 is not in it").arg(name));
        else if (!db->endMark)
            problems.append(trText("the section of database %1 is not complete").arg(name));
    }
    for (const DumpDatabase &db : summary.databases) {
        for (const DumpTable &table : db.tables) {
            if (!table.complete)
                problems.append(trText("the data of table %1 in %2 is cut off").arg(table.qualifiedName(), db.name));
        }
    }
    problems.removeDuplicates();
    if (problems.isEmpty())
        return {};
    return Error(ErrorCode::BackupVerifyFailed,
                 trText("The dump is not complete: %1.").arg(problems.join(QStringLiteral("; "))));
}

void BackupWriter::begin()
{
    m_batch.reserve(WriteBatch + 256 * 1024);
    m_result.started = QDateTime::currentDateTimeUtc();
    setPhase(Phase::Preparing);
    if (!docker())
        return fail(Error(QStringLiteral("internal"), QStringLiteral("no DockerCli")));
    if (m_options.container.isEmpty()) {
        return fail(Error(QStringLiteral("backup_no_container"),
                          trText("No Postgres container to back up: start the stack (docker compose up -d) first.")));
    }
    probeFor(m_options.container, m_options.credentials);
    askServer();
}

void BackupWriter::askServer()
{
    probe()->serverVersion(this, [this](const Expected<ServerVersion> &version) {
        if (isCancelled())
            return;
        if (!version)
            return fail(version.error());
        m_result.server = *version;
        probe()->databases(this, [this](const Expected<QList<DatabaseInfo>> &databases) {
            if (isCancelled())
                return;
            if (!databases)
                return fail(databases.error());
            m_result.databases = *databases;
            qint64 sum = 0;
            for (const DatabaseInfo &db : *databases) {
                if (db.dumpedByPgDumpall())
                    sum += db.sizeBytes;
            }
            m_result.estimateBytes = m_options.estimateBytes >= 0 ? m_options.estimateBytes : sum;
            probe()->toolVersion(QStringLiteral("pg_dumpall"), this, [this](const Expected<ServerVersion> &tool) {
                if (isCancelled())
                    return;
                if (!tool)
                    return fail(tool.error());
                m_result.dumpTool = *tool;
                if (tool->major < m_result.server.major) {
                    return fail(Error(
                        ErrorCode::DumpToolTooOld,
                        trText(
                            "The pg_dumpall inside the container %1 is version %2, older than the server (%3), and "
                            "cannot dump it (\"aborting because of server version mismatch\"). A server's backup "
                            "needs a pg_dumpall of its own major version or newer, as the official postgres:%4 image "
                            "has. Check the image of the service.")
                            .arg(m_options.container, tool->text, m_result.server.text)
                            .arg(m_result.server.major)));
                }
                startDump();
            });
        });
    });
}

void BackupWriter::startDump()
{
    QString path = m_options.path;
    if (path.isEmpty()) {
        const QString dir = m_options.directory.isEmpty() ? QDir::currentPath() : m_options.directory;
        const QDateTime when = m_options.when.isValid() ? m_options.when : QDateTime::currentDateTime();
        path = freePath(QDir(dir).filePath(defaultFileName(m_result.server.text, when)));
    }
    path = QFileInfo(path).absoluteFilePath();
    m_result.path = path;
    m_result.sidecarPath = BackupSidecar::pathFor(path);
    const QFileInfo target(path);
    const QString directory = target.absolutePath();
    const QFileInfo dirInfo(directory);
    if (!dirInfo.isDir()) {
        return fail(Error(ErrorCode::BackupTargetUnwritable,
                          trText("The folder %1 for the backup does not exist. Create it, or choose another one.")
                              .arg(QDir::toNativeSeparators(directory))));
    }
    if (target.isDir()) {
        return fail(Error(ErrorCode::BackupTargetUnwritable,
                          trText("%1 is a folder; give the backup a file name.").arg(QDir::toNativeSeparators(path))));
    }
    if (target.exists() && !m_options.replaceExisting) {
        return fail(Error(ErrorCode::BackupExists,
                          trText("%1 exists already; the backup does not replace it. Choose another file name, or move "
                                 "that file away first.")
                              .arg(QDir::toNativeSeparators(path))));
    }
    if (const Status space = checkFreeSpace(directory, m_result.estimateBytes, m_options.spaceFactor); !space)
        return fail(space.error());
    m_result.replacedExisting = target.exists();

    m_file = std::make_unique<QSaveFile>(path);
    // Never fall back to writing the final file in place: a half-written backup must not carry its final name.
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return fail(Error(ErrorCode::BackupTargetUnwritable,
                          trText("The backup cannot be written in %1: %2. Choose a folder you may write to.")
                              .arg(QDir::toNativeSeparators(directory), why)));
    }
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#ifdef Q_OS_LINUX
    // Linux: QSaveFile writes an unnamed file (O_TMPFILE) in the target's folder and links it in at commit, so not
    // even a crash leaves a partial file behind; elsewhere a named temporary file.
    m_temporaryPath = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(m_file->handle()));
    if (m_temporaryPath.endsWith(QLatin1String(" (deleted)")))
        m_temporaryPath.clear();
#endif
    m_hash = std::make_unique<Sha256>();
    delete m_inspector;
    m_inspector = new DumpInspector(this);

    ExecOptions exec = probe()->clientExecOptions();
    exec.interactive = false; // no input; no TTY either (docker exec without -t is compose's exec -T)
    exec.output = ProcessSpec::Output::Raw;
    QStringList command{QStringLiteral("pg_dumpall"), QStringLiteral("-U"), probe()->user()};
    if (!m_options.credentials.database.isEmpty())
        command << QStringLiteral("-l") << m_options.credentials.database;
    ProcessRunner *runner = docker()->exec(m_options.container, probe()->clientCommand(command), exec, this);
    ProcessSpec spec = runner->spec();
    const auto dockerInterpret = spec.interpretError;
    const QString container = m_options.container;
    spec.interpretError = [dockerInterpret, container](const ProcessResult &result) {
        Error error = dockerInterpret ? dockerInterpret(result) : Error();
        return error.isNull() ? ServerProbe::describePsqlFailure(result, container) : error;
    };
    runner->setSpec(spec);
    connect(runner, &ProcessRunner::standardOutputData, this, &BackupWriter::onData);
    connect(runner, &ProcessRunner::standardErrorLine, this, &BackupWriter::log);
    log(trText("Writing the backup to %1 (through a temporary file beside it)").arg(QDir::toNativeSeparators(path)));
    setPhase(Phase::Transferring);
    beginTransfer(m_result.estimateBytes);
    runStream(runner, m_options.container);
}

void BackupWriter::onData(const QByteArray &data)
{
    if (!m_file || !m_writeError.isEmpty() || isCancelled())
        return;
    m_hash->addData(data);
    m_inspector->feed(data);
    m_received += data.size();
    // pg_dumpall's output arrives in pieces of a few kilobytes: written in batches, it costs far fewer system calls.
    m_batch.append(data);
    if (m_batch.size() >= WriteBatch)
        flushBatch();
    updateProgress(m_received);
}

bool BackupWriter::flushBatch()
{
    if (m_batch.isEmpty() || !m_writeError.isEmpty())
        return m_writeError.isEmpty();
    errno = 0;
    const qint64 written = m_file->write(m_batch);
    if (written != m_batch.size()) {
        const int code = errno;
        m_diskFull = code == ENOSPC || code == EDQUOT || m_file->errorString() == qt_error_string(ENOSPC);
        m_writeError = m_diskFull ? qt_error_string(code == EDQUOT ? EDQUOT : ENOSPC) : m_file->errorString();
        m_batch.clear();
        if (ProcessRunner *runner = currentProcess())
            runner->cancel(); // the stream's end reports it (localFailure())
        return false;
    }
    m_bytes += written;
    m_batch.resize(0); // keeps the capacity
#ifdef Q_OS_LINUX
    // Hand what was written to the disk now, without waiting for it; commit()'s fsync then finds little to do.
    if (m_bytes - m_syncedTo >= SyncStep) {
        ::sync_file_range(m_file->handle(), m_syncedTo, m_bytes - m_syncedTo, SYNC_FILE_RANGE_WRITE);
        m_syncedTo = m_bytes;
    }
#endif
    return true;
}

Text BackupWriter::partialNote() const
{
    return trText("The partial file was removed; nothing was written under %1.")
        .arg(QDir::toNativeSeparators(m_result.path));
}

Text BackupWriter::cancelledMessage(bool transferring) const
{
    if (!transferring)
        return trText("The backup was cancelled before it started.");
    return trText("The backup was cancelled after %1.").arg(TransferProgress::formatBytes(m_received)) + u' ' +
        partialNote();
}

Error BackupWriter::localFailure() const
{
    if (m_writeError.isEmpty())
        return {};
    if (m_diskFull) {
        const QString dir = QFileInfo(m_result.path).absolutePath();
        return Error(
            QStringLiteral("backup_disk_full"),
            trText("The disk is full: writing the backup failed after %1 (%2). %3 Free space in %4 (the backup "
                   "needs about %5), or choose another folder.")
                .arg(TransferProgress::formatBytes(m_bytes), m_writeError, partialNote(), QDir::toNativeSeparators(dir),
                     TransferProgress::formatBytes(m_result.estimateBytes)));
    }
    return Error(QStringLiteral("backup_write_failed"),
                 trText("Writing the backup failed after %1: %2. %3")
                     .arg(TransferProgress::formatBytes(m_bytes), m_writeError, partialNote()));
}

Text BackupWriter::containerDiedMessage() const
{
    return trText("The container %1 stopped during the backup, after %2 had been written. %3")
        .arg(m_options.container, TransferProgress::formatBytes(m_received), partialNote());
}

Text BackupWriter::toolFailedNote() const
{
    return trText("pg_dumpall failed after %1 had been written. %2")
        .arg(TransferProgress::formatBytes(m_received), partialNote());
}

void BackupWriter::streamSucceeded()
{
    if (!flushBatch())
        return fail(localFailure());
    finishTransfer();
    setPhase(Phase::Verifying);
    m_result.summary = m_inspector->finish();
    QStringList expected;
    for (const DatabaseInfo &db : m_result.databases) {
        if (db.dumpedByPgDumpall())
            expected.append(db.name);
    }
    if (const Status verified = verifySummary(m_result.summary, expected); !verified) {
        Error error = verified.error();
        error.message += u' ' + partialNote();
        return fail(error);
    }
    finishVerified();
}

void BackupWriter::finishVerified()
{
    m_result.bytes = m_bytes;
    m_result.sha256 = m_hash->hexResult();
    if (!m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        return fail(Error(ErrorCode::BackupWriteFailed,
                          trText("The backup could not be saved under %1: %2. %3")
                              .arg(QDir::toNativeSeparators(m_result.path), why, partialNote())));
    }
    m_file.reset();
    // The rename keeps the temporary file's mode; say it again for file systems that do not.
    QFile::setPermissions(m_result.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_result.finished = QDateTime::currentDateTimeUtc();
    log(trText("Backup complete: %1, %2, SHA-256 %3")
            .arg(QDir::toNativeSeparators(m_result.path), bytesWithExact(m_result.bytes), m_result.sha256));

    BackupSidecar &sidecar = m_result.sidecar;
    sidecar = {};
    sidecar.appName = QStringLiteral(EDM_EXECUTABLE);
    sidecar.appVersion = QStringLiteral(EDM_VERSION);
    sidecar.file = QFileInfo(m_result.path).fileName();
    sidecar.bytes = m_result.bytes;
    sidecar.sha256 = m_result.sha256;
    sidecar.started = m_result.started;
    sidecar.finished = m_result.finished;
    sidecar.serverVersion = m_result.server.text;
    sidecar.serverVersionNum = m_result.server.number;
    sidecar.serverMajor = m_result.server.major;
    sidecar.serverVersionText = m_result.server.full;
    sidecar.dumpProgram = QStringLiteral("pg_dumpall");
    sidecar.dumpVersion = m_result.dumpTool.text;
    sidecar.composeFile = m_options.composeFile;
    sidecar.service = m_options.service;
    sidecar.project = m_options.project;
    sidecar.container = m_options.container;
    for (const DatabaseInfo &db : m_result.databases) {
        if (!db.dumpedByPgDumpall())
            continue;
        BackupSidecar::Database entry;
        entry.name = db.name;
        entry.sizeBytes = db.sizeBytes;
        entry.encoding = db.encoding;
        entry.collate = db.collate;
        entry.ctype = db.ctype;
        entry.localeProvider = db.localeProvider;
        sidecar.databases.append(entry);
    }
    sidecar.takeSummary(m_result.summary);
    if (const Status written = sidecar.write(m_result.sidecarPath); !written) {
        Error error = written.error();
        error.message += u' ' +
            trText("The backup itself is complete and verified: %1 (SHA-256 %2).")
                .arg(QDir::toNativeSeparators(m_result.path), m_result.sha256);
        return finish(error); // the backup stays
    }
    finish();
}

void BackupWriter::discardPartial()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file when it was not committed
    if (!m_temporaryPath.isEmpty() && QFileInfo::exists(m_temporaryPath))
        QFile::remove(m_temporaryPath);
}

void BackupWriter::discard(std::function<void()> done)
{
    discardPartial();
    done();
}

} // namespace edm
