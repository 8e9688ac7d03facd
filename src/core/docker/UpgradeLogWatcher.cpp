// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/UpgradeLogWatcher.h"

#include <cstring>
#include <utility>

namespace edm {

namespace {

/// Only spaces and tabs (the parser's notion of an empty line).
bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

} // namespace

QString UpgradeLogWatcher::failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::LockFile:
        return QStringLiteral("lock_file");
    case Failure::TempDirectory:
        return QStringLiteral("temp_directory");
    case Failure::UnrecognisedVersion:
        return QStringLiteral("unrecognised_version");
    case Failure::LeftOverOld:
        return QStringLiteral("left_over_old");
    case Failure::LeftOverNew:
        return QStringLiteral("left_over_new");
    case Failure::PgUpgrade:
        return QStringLiteral("pg_upgrade");
    case Failure::PostUpgradeTasks:
        return QStringLiteral("post_upgrade_tasks");
    case Failure::IncompatibleData:
        return QStringLiteral("incompatible_data");
    case Failure::WrongServerVersion:
        return QStringLiteral("wrong_server_version");
    case Failure::WrongTarget:
        return QStringLiteral("wrong_target");
    case Failure::ServerStart:
        return QStringLiteral("server_start");
    case Failure::ServerCrashed:
        return QStringLiteral("server_crashed");
    case Failure::DataDirectoryNotEmpty:
        return QStringLiteral("data_directory_not_empty");
    case Failure::LayoutRefused:
        return QStringLiteral("layout_refused");
    case Failure::ExitedEarly:
        return QStringLiteral("exited_early");
    }
    return {};
}

UpgradeLogWatcher::UpgradeLogWatcher(QObject *parent)
    : QObject(parent)
{
}

UpgradeLogWatcher::~UpgradeLogWatcher() = default;

void UpgradeLogWatcher::setTargetMajor(int major)
{
    m_targetMajor = major;
}

void UpgradeLogWatcher::setService(const QString &service)
{
    m_service = service;
    // v2: "postgres-1" (or the container_name); v1: "postgres_1" in prefixes, "project_postgres_1" when exiting.
    m_serviceName = QRegularExpression(QStringLiteral("^(?:.*[-_])?") + QRegularExpression::escape(service) +
                                       QStringLiteral("(?:[-_][0-9]+)?$"));
}

bool UpgradeLogWatcher::followsService(const QString &container) const
{
    if (m_service.isEmpty() || container.isEmpty())
        return true;
    return m_serviceName.match(container).hasMatch();
}

void UpgradeLogWatcher::feed(QByteArrayView chunk)
{
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        const qsizetype end = newline < 0 ? chunk.size() : newline;
        const QByteArrayView piece = chunk.sliced(start, end - start);
        if (newline >= 0 && m_buffer.isEmpty() && !m_lineCut && piece.size() <= MaxLineLength) {
            processLine(piece); // the common case: a whole line inside the chunk
        } else {
            appendPartial(piece);
            if (newline >= 0)
                flushPartial();
        }
        if (newline < 0)
            break;
        start = newline + 1;
    }
}

void UpgradeLogWatcher::appendPartial(QByteArrayView piece)
{
    const qsizetype room = MaxLineLength - m_buffer.size();
    if (piece.size() <= room) {
        m_buffer.append(piece);
        return;
    }
    if (room > 0) {
        // Cut at a character boundary: drop a UTF-8 sequence the cut would split.
        qsizetype keep = room;
        while (keep > 0 && (uchar(piece.at(keep)) & 0xC0) == 0x80)
            --keep;
        m_buffer.append(piece.first(keep));
    }
    m_lineCut = true;
}

void UpgradeLogWatcher::flushPartial()
{
    QByteArray line = std::exchange(m_buffer, {});
    if (std::exchange(m_lineCut, false))
        line += trText(" … [line cut at %1 bytes]").arg(MaxLineLength).toString().toUtf8();
    processLine(line);
}

void UpgradeLogWatcher::endOfStream()
{
    if (!m_buffer.isEmpty() || m_lineCut)
        flushPartial();
    if (m_pendingIncompatible) {
        resolvePendingIncompatible(nullptr);
        updatePhase();
    }
}

void UpgradeLogWatcher::finish(int exitCode)
{
    endOfStream();
    handleExit(exitCode);
    updatePhase();
}

QStringList UpgradeLogWatcher::lastLines() const
{
    QStringList lines;
    lines.reserve(m_ring.size());
    const qsizetype oldest = m_ring.size() < ExcerptLines ? 0 : m_ringNext;
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        lines.append(QString::fromUtf8(m_ring.at((oldest + i) % m_ring.size())));
    return lines;
}

void UpgradeLogWatcher::remember(QByteArrayView line)
{
    if (m_ring.size() < ExcerptLines) {
        m_ring.append(line.toByteArray());
        return;
    }
    // Reuse the oldest slot's buffer: no allocation per line once the ring is full.
    QByteArray &slot = m_ring[m_ringNext];
    slot.resize(line.size());
    std::memcpy(slot.data(), line.data(), size_t(line.size()));
    m_ringNext = (m_ringNext + 1) % ExcerptLines;
}

int UpgradeLogWatcher::majorOf(const QString &version)
{
    int major = 0;
    for (qsizetype i = 0; i < version.size() && i < 9 && version.at(i) >= u'0' && version.at(i) <= u'9'; ++i)
        major = major * 10 + (version.at(i).unicode() - u'0');
    return major;
}

void UpgradeLogWatcher::announceTarget(int major, int line)
{
    if (major <= 0 || m_targetAnnounced)
        return;
    m_targetAnnounced = true;
    if (m_followTarget) {
        m_targetMajor = major;
        if (m_upgradeStarted)
            m_upgradeTo = major;
    }
    Q_EMIT targetAnnounced(major, line);
}

void UpgradeLogWatcher::processLine(QByteArrayView raw)
{
    ++m_lineNumber;
    QByteArrayView name;
    const QByteArrayView line = LogLine::cleanBytes(raw, m_scratch, &name);
    if (!m_service.isEmpty() && !name.isEmpty() && !followsService(QString::fromUtf8(name)))
        return; // another service of `docker compose up`
    ParsedLine parsed;
    LogLine::classify(parsed, line, name);
    if (parsed.kind == LineKind::ContainerExited && !followsService(parsed.container))
        return;
    if (!isBlank(line))
        remember(line);
    if (parsed.kind != LineKind::Other)
        parsed.text = QString::fromUtf8(line);
    if (m_pendingIncompatible)
        resolvePendingIncompatible(parsed.kind == LineKind::IncompatibleDetail ? &parsed : nullptr);
    handle(parsed);
    updatePhase();
}

bool UpgradeLogWatcher::finalServerExpected() const
{
    if (m_complete)
        return true;
    if (m_dataUpgraded)
        return m_backgroundTasks; // 2024-10 to 2025-03: the real server starts while the tasks run
    return !m_upgradeStarted && m_entrypointPassedInit;
}

void UpgradeLogWatcher::handle(const ParsedLine &p)
{
    const int line = m_lineNumber;
    switch (p.kind) {
    case LineKind::Other:
    case LineKind::OptimiseStep:
    case LineKind::IncompatibleDetail:
        break;
    case LineKind::EntrypointBanner:
    case LineKind::SkippingInit:
        m_entrypointPassedInit = true;
        break;
    case LineKind::InitComplete:
        m_entrypointPassedInit = true;
        Q_EMIT databaseInitialised(line);
        break;
    case LineKind::UpgradeStarted:
        m_entrypointPassedInit = true;
        if (terminal())
            break;
        m_upgradeStarted = true;
        announceTarget(p.toMajor, line);
        m_upgradeTo = p.toMajor > 0 ? p.toMajor : m_targetMajor;
        Q_EMIT upgradeStarted(p.fromMajor, m_upgradeTo, line);
        if (m_upgradeTo != m_targetMajor) {
            fail(
                Failure::WrongTarget,
                trText(
                    "This pgautoupgrade image upgrades the data to PostgreSQL %1, but the target is %2. Do not stop it "
                    "midway (that leaves the data half converted): let it finish, then either keep PostgreSQL %1 "
                    "(postgres:%1 in the compose file from now on) or restore the backup and use pgautoupgrade's tag "
                    "for %2.")
                    .arg(m_upgradeTo)
                    .arg(m_targetMajor),
                line);
        }
        break;
    case LineKind::DataUpgraded:
        if (terminal())
            break;
        m_dataUpgraded = true;
        m_finishedVersion = p.version;
        announceTarget(majorOf(p.version), line); // the first release's start line did not say
        break;
    case LineKind::BackgroundTasks:
        m_backgroundTasks = true;
        break;
    case LineKind::LegacyFinished:
    case LineKind::PostUpgradeFinished:
    case LineKind::UpgradeComplete:
    case LineKind::OneShotUpgraded:
        if (terminal())
            break;
        if (p.kind == LineKind::OneShotUpgraded)
            m_oneShotDone = true;
        if (!m_complete) {
            announceTarget(majorOf(p.version), line);
            m_complete = true;
            m_dataUpgraded = true;
            QString version = p.version.isEmpty() ? m_finishedVersion : p.version;
            if (version.isEmpty())
                version = QString::number(m_upgradeTo > 0 ? m_upgradeTo : m_targetMajor);
            Q_EMIT upgradeFinished(version, line);
        }
        break;
    case LineKind::OneShotNothingToDo:
    case LineKind::OneShotExit:
        if (terminal())
            break;
        m_oneShotDone = true;
        if (!m_complete && !m_upgradeStarted && !m_noUpgrade) {
            m_noUpgrade = true;
            Q_EMIT noUpgradeNeeded(line);
        }
        break;
    case LineKind::LockFileExists:
        if (!terminal()) {
            fail(Failure::LockFile,
                 trText(
                     "pgautoupgrade found upgrade_in_progress.lock in the data folder: an earlier upgrade was "
                     "interrupted (stopped, or failed before its completion line), so the data may be half converted, "
                     "and it refuses to start. Restore the backup into a fresh volume (Rollback does this). Delete the "
                     "lock file only if you know the earlier run converted the data completely (its log ended with "
                     "“Upgrade to PostgreSQL … complete.”), then start the container again."),
                 line);
        }
        break;
    case LineKind::TempDirectoryFailed:
        if (!terminal()) {
            fail(Failure::TempDirectory,
                 trText(
                     "pgautoupgrade could not create its temporary folder %1 in the data volume and stopped; the data "
                     "was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has "
                     "free space, then start the container again.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::UnrecognisedVersion:
        if (!terminal()) {
            fail(
                Failure::UnrecognisedVersion,
                trText("The data volume holds files of a PostgreSQL version this pgautoupgrade image cannot upgrade to "
                       "%1 (already %1 or newer, or older than 9.5); nothing was converted. Check PG_VERSION in the "
                       "volume "
                       "and the image tag. Releases from October 2024 to August 2025 leave upgrade_in_progress.lock "
                       "behind in this case: delete it before the next try.")
                    .arg(m_targetMajor),
                line);
        }
        break;
    case LineKind::LeftOverOld:
    case LineKind::LeftOverNew: {
        if (terminal())
            break;
        const bool old = p.kind == LineKind::LeftOverOld;
        fail(old ? Failure::LeftOverOld : Failure::LeftOverNew,
             trText(
                 "The folder “%1” of an earlier, failed upgrade is still in the data volume, so pgautoupgrade stopped "
                 "before changing anything. The earlier run may have moved your data into “old”: restore the backup "
                 "into a fresh volume, or move the contents of “old” back and delete “old” and “new” by hand if you "
                 "know they hold nothing else.")
                 .arg(old ? QStringLiteral("old") : QStringLiteral("new")),
             m_lineNumber);
        break;
    }
    case LineKind::PgUpgradeFailure:
        if (!terminal()) {
            fail(
                Failure::PgUpgrade,
                trText(
                    "pg_upgrade failed; its messages are in the lines above. The old data is now in the folder “old” "
                    "of the volume, and the next start will fail too (on pgautoupgrade's lock file, on that folder, or "
                    "with initdb refusing the folder). Restore the backup into a fresh volume, and fix what pg_upgrade "
                    "did not accept before trying again."),
                line);
        }
        break;
    case LineKind::PostUpgradeTimeout:
    case LineKind::ReindexFailed:
        if (!terminal()) {
            fail(
                Failure::PostUpgradeTasks,
                trText("The data was converted, but updating the statistics and reindexing afterwards failed (%1). Fix "
                       "the cause shown above (often a unique index that no longer holds after a collation change) and "
                       "run REINDEX yourself before using the database, or restore the backup.")
                    .arg(p.detail.isEmpty() ? p.text.trimmed() : p.detail),
                line);
        }
        break;
    case LineKind::ServerStarting: {
        m_server = ServerState::Starting;
        m_serverPid = p.pid;
        m_serverTcp = false;
        m_serverVersion = p.version;
        const bool decide = !terminal();
        if (decide)
            m_serverIsFinal = finalServerExpected();
        const bool wrongVersion = decide && m_serverIsFinal && majorOf(p.version) != m_targetMajor;
        if (decide && m_serverIsFinal && !wrongVersion && !m_complete && !m_upgradeStarted && !m_dataUpgraded &&
            !m_noUpgrade) {
            m_noUpgrade = true;
            Q_EMIT noUpgradeNeeded(line);
        }
        Q_EMIT serverStarting(p.version, line);
        if (wrongVersion)
            failWrongServerVersion(p.version, line);
        break;
    }
    case LineKind::ListeningTcp:
        m_serverTcp = true;
        if (m_dataUpgraded && !m_complete && !m_backgroundTasks)
            m_unconfirmedStart = true; // a release since 2025-04 starts the real server only after its completion line
        if (m_server == ServerState::None)
            m_server = ServerState::Starting; // the log began after the start line
        if (terminal())
            break;
        if (!m_serverIsFinal && !m_upgradeStarted && !m_dataUpgraded && !m_complete) {
            // No entrypoint line seen (the log begins later, or an image that prints none): only the final server
            // listens on TCP.
            m_serverIsFinal = true;
            if (!m_serverVersion.isEmpty() && majorOf(m_serverVersion) != m_targetMajor) {
                failWrongServerVersion(m_serverVersion, line);
                break;
            }
            if (!m_noUpgrade) {
                m_noUpgrade = true;
                Q_EMIT noUpgradeNeeded(line);
            }
        }
        break;
    case LineKind::ReadyToAccept:
        m_server = ServerState::Ready;
        if (terminal())
            break;
        if (m_serverIsFinal && m_serverTcp) {
            m_finalReady = true;
            if (!m_readyEmitted) {
                m_readyEmitted = true;
                Q_EMIT ready(line);
            }
        }
        break;
    case LineKind::ShutDown:
        m_server = ServerState::None;
        m_serverPid = -1;
        m_serverTcp = false;
        if (!terminal()) {
            m_serverIsFinal = false;
            m_finalReady = false;
        }
        break;
    case LineKind::InitdbNotEmpty:
        if (!terminal()) {
            fail(
                Failure::DataDirectoryNotEmpty,
                trText(
                    "The data folder has no PG_VERSION but holds other files, so the entrypoint tried to create a new "
                    "cluster there and initdb refused. A failed pgautoupgrade run leaves this behind (the data moved "
                    "into its folders “old” and “new”), or the volume is mounted at the wrong path. Restore the backup "
                    "into a fresh volume; delete nothing in this volume before you have a verified backup."),
                line);
        }
        break;
    case LineKind::LayoutRefused:
        if (!terminal()) {
            fail(
                Failure::LayoutRefused,
                trText(
                    "Postgres 18 and newer keep their data below /var/lib/postgresql (in 18/docker), and this image "
                    "refuses to start on a volume mounted at /var/lib/postgresql/data. Mount the data volume at "
                    "/var/lib/postgresql instead (in the service's volumes: \"…:/var/lib/postgresql\"); if the data is "
                    "from an older major, put the old image back and migrate with target 18, which moves the mount "
                    "and the data together. Nothing was changed."),
                line);
        }
        break;
    case LineKind::ServerStartFailed:
        if (!terminal()) {
            fail(Failure::ServerStart,
                 trText("The PostgreSQL server failed to start (%1). The lines above say why; fix the cause "
                        "(permissions, configuration, disk space) and start the container again.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::Fatal:
        handleFatal(p);
        break;
    case LineKind::Panic:
        Q_EMIT fatal(p.text, line);
        if (!terminal()) {
            fail(Failure::ServerCrashed,
                 trText(
                     "PostgreSQL stopped with a PANIC before the upgrade was done (%1). Do not use this data: restore "
                     "the backup into a fresh volume.")
                     .arg(p.detail),
                 line);
        }
        break;
    case LineKind::ContainerExited:
        handleExit(p.exitCode);
        break;
    }
}

void UpgradeLogWatcher::failWrongServerVersion(const QString &version, int line)
{
    fail(
        Failure::WrongServerVersion,
        trText(
            "PostgreSQL %1 started, but the target is %2: the container does not run the image the migration needs "
            "(the compose file may still name the old image, or a re-downloaded one changed it). Stop it and check the "
            "image of the Postgres service.")
            .arg(version)
            .arg(m_targetMajor),
        line);
}

void UpgradeLogWatcher::handleFatal(const ParsedLine &p)
{
    const int line = m_lineNumber;
    Q_EMIT fatal(p.text, line);
    if (terminal())
        return;
    if (p.incompatible) {
        // The DETAIL on the next line says which versions; decide then.
        m_pendingIncompatible = true;
        m_pendingIncompatibleLine = line;
        return;
    }
    if (p.clientSide)
        return;
    // The server's own FATAL while it starts (its postmaster's pid), or one with no server running (the postmaster
    // refusing to start before its "starting" line): the server did not come up.
    bool serverFailure = false;
    if (m_server == ServerState::Starting)
        serverFailure = p.pid >= 0 && p.pid == m_serverPid;
    else if (m_server == ServerState::None)
        serverFailure = true;
    if (serverFailure) {
        fail(Failure::ServerStart,
             trText("The PostgreSQL server failed to start (%1). The lines above say why; fix the cause (permissions, "
                    "configuration, disk space) and start the container again.")
                 .arg(p.detail),
             line);
    }
}

void UpgradeLogWatcher::resolvePendingIncompatible(const ParsedLine *detail)
{
    m_pendingIncompatible = false;
    if (terminal())
        return;
    Text reason;
    const int dataMajor = detail ? detail->fromMajor : 0;
    const int serverMajor = detail ? majorOf(detail->version) : 0;
    if (dataMajor > 0 && serverMajor > 0 && dataMajor > serverMajor) {
        reason =
            trText("The data is from PostgreSQL %1, but the container runs PostgreSQL %2, which cannot read newer "
                   "data (“database files are incompatible with server”). The compose image must stay on the data's "
                   "major version: set it back to postgres:%1 (a re-downloaded compose file, such as Ente's, may "
                   "have put back an older one) and start again. Nothing was changed.")
                .arg(dataMajor)
                .arg(detail->version);
    } else if (dataMajor > 0 && serverMajor > 0) {
        reason =
            trText("The data is still from PostgreSQL %1, but the container runs PostgreSQL %2 (“database files are "
                   "incompatible with server”). The data must be upgraded first: run the pgautoupgrade image on it, "
                   "or set the image back to postgres:%1. Nothing was changed.")
                .arg(dataMajor)
                .arg(detail->version);
    } else {
        reason = trText("The server refuses the data: “database files are incompatible with server”. The compose image "
                        "must stay on the major version the data was written with (see PG_VERSION in the volume); set "
                        "it back and start again. Nothing was changed.");
    }
    fail(Failure::IncompatibleData, reason, m_pendingIncompatibleLine);
}

void UpgradeLogWatcher::handleExit(int exitCode)
{
    if (m_pendingIncompatible)
        resolvePendingIncompatible(nullptr);
    if (terminal())
        return;
    const int line = m_lineNumber;
    // pgautoupgrade's own exit codes, for when its message was not in the log we saw.
    switch (exitCode) {
    case 7:
    case 8:
        fail(Failure::TempDirectory,
             trText("pgautoupgrade could not create its temporary folder %1 in the data volume (exit code %2) and "
                    "stopped; the data was left where it was. Make sure the volume is writable by the postgres user "
                    "(uid 999) and has free space, then start the container again.")
                 .arg(exitCode == 7 ? QStringLiteral("old") : QStringLiteral("new"))
                 .arg(exitCode),
             line);
        return;
    case 9:
        fail(Failure::UnrecognisedVersion,
             trText("pgautoupgrade does not recognise the version of the data files (exit code 9); nothing was "
                    "converted. Check PG_VERSION in the volume and the image tag."),
             line);
        return;
    case 10:
    case 11:
        fail(exitCode == 10 ? Failure::LeftOverOld : Failure::LeftOverNew,
             trText(
                 "A folder “%1” of an earlier, failed upgrade is still in the data volume (exit code %2). Restore the "
                 "backup into a fresh volume, or clean the folders up by hand if you know what they hold.")
                 .arg(exitCode == 10 ? QStringLiteral("old") : QStringLiteral("new"))
                 .arg(exitCode),
             line);
        return;
    default:
        break;
    }
    Text how = trText("The container exited with code %1 before the upgrade was done.").arg(exitCode);
    if (exitCode == 137)
        how = trText("The container was killed (exit code 137) before the upgrade was done.");
    else if (exitCode == 143)
        how = trText("The container was stopped (exit code 143) before the upgrade was done.");
    Text what;
    if (m_complete || m_noUpgrade) {
        what = trText("The data itself is converted; the server did not come up. The lines above say why; start the "
                      "container again.");
    } else if (m_dataUpgraded && m_unconfirmedStart) {
        what =
            trText("A server had started after the data was converted, but pgautoupgrade never printed that the "
                   "upgrade was complete, so it cannot be called done. Look at the lines above; restore the backup if "
                   "in doubt.");
    } else if (m_dataUpgraded) {
        what =
            trText("It stopped after the data was converted, while statistics and indexes were being rebuilt. "
                   "pgautoupgrade releases since February 2026 then leave upgrade_in_progress.lock behind and refuse "
                   "the next start; earlier ones start normally without finishing, and indexes may be left invalid. "
                   "Restore the backup, or remove the lock file, start the pgautoupgrade image again and let it "
                   "finish (then run REINDEX if the release did not).");
    } else if (m_upgradeStarted) {
        what = trText("It stopped while the data was being converted: the volume is half converted and the next start "
                      "will fail (on pgautoupgrade's lock file, a left-over folder, or initdb refusing the folder). "
                      "Restore the backup into a fresh volume.");
    } else {
        what =
            trText("The upgrade had not begun; the lines above say why. Fix the cause and start the container again.");
    }
    fail(Failure::ExitedEarly, how + u' ' + what, line);
}

void UpgradeLogWatcher::fail(Failure failure, const Text &reason, int line)
{
    m_failure = failure;
    m_failureReason = reason;
    m_phase = Phase::Failed;
    Q_EMIT upgradeFailed(reason, lastLines(), line);
    Q_EMIT phaseChanged(m_phase);
}

void UpgradeLogWatcher::updatePhase()
{
    if (terminal())
        return;
    Phase next = Phase::Waiting;
    if ((m_complete || m_noUpgrade) && (m_finalReady || m_oneShotDone))
        next = Phase::Done;
    else if (m_complete || m_noUpgrade)
        next = Phase::Starting;
    else if (m_dataUpgraded)
        next = Phase::Optimising;
    else if (m_upgradeStarted)
        next = Phase::Upgrading;
    if (next != m_phase) {
        m_phase = next;
        Q_EMIT phaseChanged(m_phase);
    }
}

} // namespace edm
