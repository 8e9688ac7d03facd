// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate watch-log [FILE|-] [--json] [--timeout SECONDS] [--target N] [--service NAME]: follows a
// pgautoupgrade (or Postgres) container log and prints one line per recognised event; exits once the upgrade is done
// (0), has failed (1), or the stream ended or the time ran out first (4). Without --target it follows the target the
// log announces.
// `docker compose logs -f postgres | ente-db-migrate watch-log` serves terminal users.
#include "cli/Cli.h"
#include "cli/Command.h"

#include "core/docker/UpgradeLogWatcher.h"

#include "Version.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edm::cli {

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

} // namespace

class WatchLogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::WatchLogCommand)

public:
    WatchLogCommand()
    {
        setDescription(
            tr("Follows the log of a pgautoupgrade (or Postgres) container, from a file or standard input, and prints "
               "one line per recognised event: upgrade started, finished or failed, no upgrade needed, server "
               "starting, ready for connections, FATAL lines. Exits 0 once the upgrade is complete and the final "
               "server of the target version accepts connections, 1 when it failed, 4 when the log ended or the time "
               "ran out first. For example: docker compose logs -f postgres | %1 watch-log")
                .arg(QStringLiteral(EDM_EXECUTABLE)));
        addPositionalArgument(QStringLiteral("FILE"), tr("The log to read; - or nothing reads standard input."),
                              QStringLiteral("[FILE|-]"));
        addJsonOption(tr("Print one JSON object per line: event, line, and the event's details."), JsonLayout::Lines);
        addOption(m_timeoutOption);
        addOption(m_targetOption);
        addOption(m_serviceOption);
    }

    static QString phaseName(UpgradeLogWatcher::Phase phase)
    {
        switch (phase) {
        case UpgradeLogWatcher::Phase::Waiting:
            return tr("waiting for pgautoupgrade or the server");
        case UpgradeLogWatcher::Phase::Upgrading:
            return tr("converting the data");
        case UpgradeLogWatcher::Phase::Optimising:
            return tr("updating statistics and reindexing");
        case UpgradeLogWatcher::Phase::Starting:
            return tr("starting the final server");
        case UpgradeLogWatcher::Phase::Done:
            return tr("done");
        case UpgradeLogWatcher::Phase::Failed:
            return tr("failed");
        }
        return {};
    }

protected:
    int run() override;

private:
    const QCommandLineOption m_timeoutOption{
        QStringLiteral("timeout"),
        tr("Give up (exit code 4) when the upgrade is not done after SECONDS (0: wait forever)."),
        QStringLiteral("SECONDS"), QStringLiteral("0")};
    const QCommandLineOption m_targetOption{
        QStringLiteral("target"),
        tr("The Postgres major version the upgrade must reach: 14 to 18 (an older one for a plain server's log); a "
           "log that upgrades to another one fails. Without it, the target the log announces (16 until it does)."),
        QStringLiteral("N")};
    /// Not the shared --service: a compose service's prefix in an interleaved log, not the Postgres service to use.
    const QCommandLineOption m_serviceOption{
        QStringLiteral("service"),
        tr("Follow only this compose service when the log interleaves several (docker compose up)."),
        QStringLiteral("NAME")};
};

std::unique_ptr<Command> makeWatchLogCommand()
{
    return std::make_unique<WatchLogCommand>();
}

/// Prints the watcher's events, one line (or one JSON object) each, until the upgrade is done or failed.
class EventPrinter
{
public:
    EventPrinter(CommandContext &context, UpgradeLogWatcher &watcher, bool json, bool followTarget)
        : m_context(context)
        , m_json(json)
    {
        if (followTarget) {
            QObject::connect(&watcher, &UpgradeLogWatcher::targetAnnounced, &watcher, [this](int major, int line) {
                event(QStringLiteral("target"), line,
                      {{QStringLiteral("target"), major}, {QStringLiteral("announced_by"), QStringLiteral("log")}},
                      WatchLogCommand::tr("Upgrade target: PostgreSQL %1 (announced by the log)").arg(major));
            });
        }
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeStarted, &watcher, [this](int from, int to, int line) {
            event(QStringLiteral("upgrade_started"), line, {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                  WatchLogCommand::tr("upgrade started: PostgreSQL %1 → %2").arg(from).arg(to));
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeFinished, &watcher,
                         [this](const QString &version, int line) {
                             event(QStringLiteral("upgrade_finished"), line, {{QStringLiteral("version"), version}},
                                   WatchLogCommand::tr("upgrade finished: PostgreSQL %1").arg(version));
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::upgradeFailed, &watcher,
                         [this, &watcher](const Text &reason, const QStringList &excerpt, int line) {
                             const QString code = UpgradeLogWatcher::failureCode(watcher.failure());
                             event(QStringLiteral("upgrade_failed"), line,
                                   {{QStringLiteral("failure"), code},
                                    {QStringLiteral("reason"), reason.toString()},
                                    {QStringLiteral("excerpt"), QJsonArray::fromStringList(excerpt)}},
                                   WatchLogCommand::tr("upgrade failed (%1)").arg(code));
                             if (m_stopped)
                                 return;
                             m_context.printError(reason);
                             printExcerpt(excerpt);
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::noUpgradeNeeded, &watcher, [this](int line) {
            event(QStringLiteral("no_upgrade_needed"), line, {},
                  WatchLogCommand::tr("no upgrade needed: the data is already on the target version"));
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::serverStarting, &watcher,
                         [this](const QString &version, int line) {
                             event(QStringLiteral("server_starting"), line, {{QStringLiteral("version"), version}},
                                   WatchLogCommand::tr("server starting: PostgreSQL %1").arg(version));
                         });
        QObject::connect(&watcher, &UpgradeLogWatcher::ready, &watcher, [this](int line) {
            m_ready = true;
            event(QStringLiteral("ready"), line, {}, WatchLogCommand::tr("ready for connections"));
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::fatal, &watcher, [this](const QString &text, int line) {
            event(QStringLiteral("fatal"), line, {{QStringLiteral("text"), text}},
                  WatchLogCommand::tr("fatal: %1").arg(text.trimmed()));
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::databaseInitialised, &watcher, [this](int line) {
            if (m_stopped)
                return;
            m_context.err << WatchLogCommand::tr("warning: line %1: the data volume was empty and a new, empty "
                                                 "database was created; the volume is probably not the one that "
                                                 "holds your data.")
                                 .arg(line)
                          << Qt::endl;
        });
        QObject::connect(&watcher, &UpgradeLogWatcher::phaseChanged, &watcher, [this](UpgradeLogWatcher::Phase phase) {
            if (phase == UpgradeLogWatcher::Phase::Done || phase == UpgradeLogWatcher::Phase::Failed)
                m_stopped = true;
        });
    }

    /// Done or failed: nothing more is printed, and reading stops.
    bool stopped() const { return m_stopped; }
    /// The final server accepts connections (not so in pgautoupgrade's one-shot mode).
    bool serverReady() const { return m_ready; }

    void printExcerpt(const QStringList &lines)
    {
        if (lines.isEmpty())
            return;
        m_context.err << WatchLogCommand::tr("Last lines of the log:") << '\n';
        for (const QString &line : lines)
            m_context.err << "  " << line << '\n';
        m_context.err.flush();
    }

private:
    void event(const QString &name, int line, const QJsonObject &fields, const QString &text)
    {
        if (m_stopped)
            return;
        if (m_json) {
            QJsonObject object = fields;
            object.insert(QStringLiteral("event"), name);
            object.insert(QStringLiteral("line"), line);
            m_context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_context.out << WatchLogCommand::tr("line %1: %2").arg(line).arg(text) << '\n';
        }
        m_context.out.flush();
    }

    CommandContext &m_context;
    const bool m_json;
    bool m_stopped = false;
    bool m_ready = false;
};

namespace {

enum class ReadEnd
{
    Stopped,
    EndOfStream,
    TimedOut,
    Error
};

/// Reads a regular file to its end (or until the printer stops).
ReadEnd readFile(int fd, UpgradeLogWatcher &watcher, const EventPrinter &printer, QString *error)
{
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    while (!printer.stopped()) {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return ReadEnd::Error;
        }
        if (n == 0)
            return ReadEnd::EndOfStream;
        watcher.feed(QByteArrayView(buffer.constData(), n));
    }
    return ReadEnd::Stopped;
}

/// Follows a pipe, FIFO or terminal as data arrives, in the event loop, so that --timeout can interrupt it (also
/// while a FIFO waits for its writer: it was opened without blocking). received: whether any byte came.
ReadEnd followStream(int fd, UpgradeLogWatcher &watcher, const EventPrinter &printer, int timeoutSeconds,
                     QString *error, bool *received)
{
    ReadEnd end = ReadEnd::Stopped;
    QEventLoop loop;
    QSocketNotifier notifier(qintptr(fd), QSocketNotifier::Read);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            end = ReadEnd::Error;
            notifier.setEnabled(false);
            loop.quit();
            return;
        }
        if (n == 0) {
            end = ReadEnd::EndOfStream;
            notifier.setEnabled(false);
            loop.quit();
            return;
        }
        *received = true;
        watcher.feed(QByteArrayView(buffer.constData(), n));
        if (printer.stopped()) {
            end = ReadEnd::Stopped;
            notifier.setEnabled(false);
            loop.quit();
        }
    });
    QTimer timer;
    timer.setSingleShot(true);
    if (timeoutSeconds > 0) {
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            end = ReadEnd::TimedOut;
            notifier.setEnabled(false);
            loop.quit();
        });
        timer.start(std::chrono::seconds(timeoutSeconds));
    }
    loop.exec();
    return end;
}

} // namespace

int WatchLogCommand::run()
{
    const QStringList positional = positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("watch-log takes one FILE, got %1.").arg(positional.size()));
    bool ok = false;
    const int timeout = value(m_timeoutOption).toInt(&ok);
    if (!ok || timeout < 0)
        return usageError(tr("--timeout must be a number of seconds, not \"%1\".").arg(value(m_timeoutOption)));
    const bool followTarget = !isSet(m_targetOption);
    const int target = followTarget ? 16 : value(m_targetOption).toInt(&ok);
    // pgautoupgrade's images upgrade to 14 to 18; an older major is a plain server's log (after a rollback).
    if (!followTarget && (!ok || target < 10 || target > 18)) {
        return usageError(
            tr("--target must be a Postgres major version up to 18 (pgautoupgrade upgrades to 14 to 18), not \"%1\".")
                .arg(value(m_targetOption)));
    }
    CommandContext &context = this->context();

    const QString name = positional.value(0, QStringLiteral("-"));
    int fd = STDIN_FILENO;
    bool ownFd = false;
    if (name != QLatin1String("-")) {
        const QString path = workingDirectory().absoluteFilePath(name);
        if (QFileInfo(path).isDir()) {
            return fail(Error(ErrorCode::NotRegularFile,
                              tr("%1 is a folder, not a log file. Give the file docker logs was saved to, or - for "
                                 "standard input.")
                                  .arg(QDir::toNativeSeparators(path)),
                              path),
                        ExitUsage);
        }
        // O_NONBLOCK: a FIFO without a writer does not block the open; the wait for data (and its --timeout) is
        // followStream's.
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            return fail(Error(ErrorCode::OpenFailed,
                              tr("cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))),
                              path),
                        ExitUsage);
        }
        ownFd = true;
    }
    struct stat status = {};
    const bool regularFile = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);

    UpgradeLogWatcher watcher;
    watcher.setTargetMajor(target);
    watcher.setFollowAnnouncedTarget(followTarget);
    watcher.setService(value(m_serviceOption));
    EventPrinter printer(context, watcher, json(), followTarget);

    const bool fifo = ownFd && S_ISFIFO(status.st_mode);
    QString error;
    bool received = false;
    const ReadEnd end = regularFile ? readFile(fd, watcher, printer, &error)
                                    : followStream(fd, watcher, printer, timeout, &error, &received);
    if (ownFd)
        ::close(fd);
    if (end == ReadEnd::EndOfStream || end == ReadEnd::Error)
        watcher.endOfStream(); // a last line without newline, a FATAL waiting for its DETAIL

    if (watcher.done()) {
        if (!json()) {
            if (printer.serverReady())
                context.out << WatchLogCommand::tr("The upgrade is done: PostgreSQL %1 accepts connections.")
                                   .arg(watcher.serverVersion())
                            << '\n';
            else
                context.out << WatchLogCommand::tr("The upgrade is done; pgautoupgrade exited without starting the "
                                                   "server, as its one-shot mode asks.")
                            << '\n';
        }
        return ExitOk;
    }
    if (watcher.failed())
        return ExitFailure;
    if (end == ReadEnd::TimedOut && fifo && !received) {
        context.printError(WatchLogCommand::tr("nothing was written to %1 within %n second(s): no program writes the "
                                               "log into this FIFO.",
                                               nullptr, timeout)
                               .arg(QDir::toNativeSeparators(workingDirectory().absoluteFilePath(name))));
        return ExitStreamEnded;
    }
    if (end == ReadEnd::TimedOut) {
        context.printError(WatchLogCommand::tr("the upgrade was not done after %n second(s) (%1).", nullptr, timeout)
                               .arg(WatchLogCommand::phaseName(watcher.phase())));
    } else if (end == ReadEnd::Error) {
        context.printError(WatchLogCommand::tr("reading the log failed: %1 (%2).")
                               .arg(error, WatchLogCommand::phaseName(watcher.phase())));
    } else {
        context.printError(WatchLogCommand::tr("the log ended before the upgrade was done (%1).")
                               .arg(WatchLogCommand::phaseName(watcher.phase())));
    }
    // Not fail(): with --json, standard output stays the stream of events (the exit code says the log ended first).
    printer.printExcerpt(watcher.lastLines());
    return ExitStreamEnded;
}

} // namespace edm::cli
