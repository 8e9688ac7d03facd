#include "core/postgres/Restorer.h"
#include "core/ErrorCodes.h"

#include "core/docker/DockerCli.h"
#include "core/postgres/StreamingInputRunner.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace edm {

namespace {

constexpr qint64 ReadChunk = 256 * 1024;
constexpr qint64 ProgressIntervalMs = 100;
constexpr int KeptErrorLines = 200;

QString randomText(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return text;
}

} // namespace

Restorer::Restorer(DockerCli *docker, QObject *parent)
    : QObject(parent)
    , m_docker(docker)
{
}

Restorer::~Restorer()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

void Restorer::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void Restorer::start(const RestoreOptions &options)
{
    if (isRunning()) {
        qWarning("Restorer::start: a restore is already running");
        return;
    }
    m_options = options;
    m_result = {};
    m_error = {};
    m_rules = {};
    m_errorLines.clear();
    m_read = 0;
    m_total = 0;
    m_readError.clear();
    m_inputDone = false;
    m_cancelRequested = false;
    m_containerCreated = false;
    m_lastProgressMs = -1;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_result.credentials = options.credentials;
    m_clock.start();
    m_progress.start(0);
    const auto failSoon = [this](const Error &error) { QTimer::singleShot(0, this, [this, error] { fail(error); }); };

    m_file = std::make_unique<QFile>(options.dumpFile);
    const QString shown = QDir::toNativeSeparators(options.dumpFile);
    setPhase(options.image.isEmpty() ? Phase::Preparing : Phase::StartingContainer);
    if (!m_docker)
        return failSoon(Error(ErrorCode::Internal, QStringLiteral("no DockerCli")));
    if (!m_file->open(QIODevice::ReadOnly)) {
        return failSoon(Error(ErrorCode::RestoreFileUnreadable,
                              tr("The dump %1 cannot be read: %2.").arg(shown, m_file->errorString())));
    }
    const QByteArray head = m_file->peek(5);
    if (head.startsWith("\x1f\x8b")) {
        return failSoon(Error(ErrorCode::RestoreCompressed,
                              tr("%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the "
                                 ".sql file.")
                                  .arg(shown)));
    }
    if (head == "PGDMP") {
        return failSoon(Error(ErrorCode::RestoreCustomFormat,
                              tr("%1 is a pg_dump archive in the custom format, which psql cannot read; restore it "
                                 "with pg_restore.")
                                  .arg(shown)));
    }
    m_total = m_file->size();
    if (options.image.isEmpty()) {
        if (options.container.isEmpty()) {
            return failSoon(Error(ErrorCode::RestoreNoTarget,
                                  tr("No container to restore into: start the stack (docker compose up -d) first.")));
        }
        m_result.container = options.container;
        prepare();
        return;
    }
    startThrowaway();
}

void Restorer::startThrowaway()
{
    m_result.throwaway = true;
    m_result.container = m_options.throwawayName.isEmpty()
        ? QStringLiteral("ente-db-migrate-rehearsal-") + randomText(8).toLower()
        : m_options.throwawayName;
    Credentials &credentials = m_result.credentials;
    if (credentials.user.isEmpty())
        credentials.user = QStringLiteral("postgres");
    if (credentials.database.isEmpty())
        credentials.database = credentials.user;
    if (credentials.password.isEmpty())
        credentials.password = randomText(24);
    credentials.passwordFile.clear();
    // The official entrypoint initialises the cluster from these, as it does the real target: the rehearsal meets
    // the same bootstrap role and the same empty POSTGRES_DB.
    const QStringList args{QStringLiteral("run"),
                           QStringLiteral("-d"),
                           QStringLiteral("--name"),
                           m_result.container,
                           QStringLiteral("--label"),
                           QStringLiteral("ente-db-migrate.throwaway=1"),
                           QStringLiteral("--network"),
                           QStringLiteral("none"),
                           QStringLiteral("-e"),
                           QStringLiteral("POSTGRES_USER=") + credentials.user,
                           QStringLiteral("-e"),
                           QStringLiteral("POSTGRES_DB=") + credentials.database,
                           QStringLiteral("-e"),
                           QStringLiteral("POSTGRES_PASSWORD"),
                           m_options.image};
    ProcessRunner *runner = m_docker->engine(args, this);
    ProcessSpec spec = runner->spec();
    spec.environment.insert(QStringLiteral("POSTGRES_PASSWORD"), credentials.password);
    spec.redactor.addSecret(credentials.password);
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = 10 * 60 * 1000;
    runner->setSpec(spec);
    Q_EMIT logLine(tr("Starting a throwaway container %1 of %2").arg(m_result.container, m_options.image));
    connect(runner, &ProcessRunner::finished, this, [this, runner](const ProcessResult &result) {
        runner->deleteLater();
        if (m_cancelRequested)
            return fail(Error(ErrorCode::RestoreCancelled, tr("The restore was cancelled before it started.")));
        if (!result.ok()) {
            // docker run may have created the container before failing (to start it).
            m_containerCreated = true;
            Error error = result.error;
            error.message =
                tr("The throwaway container of %1 could not be started.").arg(m_options.image) + u'\n' + error.message;
            return fail(error);
        }
        m_containerCreated = true;
        delete m_probe;
        m_probe = new ServerProbe(m_docker, m_result.container, m_result.credentials, this);
        m_probe->waitUntilReady(m_options.readyTimeoutMs, this, [this](const Status &ready) {
            if (m_cancelRequested)
                return;
            if (!ready)
                return fail(ready.error());
            setPhase(Phase::Preparing);
            prepare();
        });
    });
    runner->start();
}

void Restorer::prepare()
{
    if (!m_probe || m_probe->container() != m_result.container) {
        delete m_probe;
        m_probe = new ServerProbe(m_docker, m_result.container, m_result.credentials, this);
    }
    m_probe->serverVersion(this, [this](const Expected<ServerVersion> &version) {
        if (m_cancelRequested)
            return;
        if (!version)
            return fail(version.error());
        m_result.server = *version;
        m_rules.targetMajor = version->major;
        m_probe->roles(this, [this](const Expected<QList<RoleInfo>> &roles) {
            if (m_cancelRequested)
                return;
            if (!roles)
                return fail(roles.error());
            for (const RoleInfo &role : *roles)
                m_rules.existingRoles.insert(role.name);
            m_probe->toolVersion(QStringLiteral("psql"), this, [this](const Expected<ServerVersion> &psql) {
                if (m_cancelRequested)
                    return;
                if (!psql)
                    return fail(psql.error());
                m_rules.stripRestrict = !RestoreStream::psqlSupportsRestrict(psql->number);
                m_probe->databases(this, [this](const Expected<QList<DatabaseInfo>> &databases) {
                    if (m_cancelRequested)
                        return;
                    if (!databases)
                        return fail(databases.error());
                    QStringList candidates;
                    bool hasPostgres = false;
                    for (const DatabaseInfo &db : *databases) {
                        if (db.name == QLatin1String("postgres"))
                            hasPostgres = true;
                        else if (!db.isTemplate && db.allowConnections)
                            candidates.append(db.name);
                    }
                    // Connect where nothing of the dump is created (a database being replaced cannot be open).
                    m_connectDatabase = hasPostgres ? QStringLiteral("postgres") : QStringLiteral("template1");
                    checkDatabases(candidates, 0);
                });
            });
        });
    });
}

void Restorer::checkDatabases(const QStringList &names, int index)
{
    if (index >= names.size())
        return feedDump();
    // A database with nothing in it (what the image's POSTGRES_DB creates) may be replaced by the dump's.
    const QString sql = QStringLiteral(
        "SELECT 1, (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        "           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'\n"
        "             AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))\n"
        "        + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n"
        "           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'));\n");
    const QString name = names.at(index);
    m_probe->query(
        sql, this,
        [this, names, index, name](const Expected<ServerProbe::Rows> &rows) {
            if (m_cancelRequested)
                return;
            if (!rows)
                return fail(rows.error());
            if (!rows->isEmpty() && rows->first().value(1).toLongLong() == 0)
                m_rules.replaceableDatabases.insert(name);
            checkDatabases(names, index + 1);
        },
        name);
}

void Restorer::feedDump()
{
    setPhase(Phase::Restoring);
    m_stream = std::make_unique<RestoreStream>(m_rules);
    delete m_inspector;
    m_inspector = new DumpInspector(this);
    ExecOptions exec = m_probe->clientExecOptions();
    exec.interactive = true;
    const QStringList command{QStringLiteral("psql"),
                              QStringLiteral("-X"),
                              QStringLiteral("-q"),
                              QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"),
                              QStringLiteral("-w"),
                              QStringLiteral("-U"),
                              m_probe->user(),
                              QStringLiteral("-d"),
                              m_connectDatabase,
                              QStringLiteral("-f"),
                              QStringLiteral("-")};
    ProcessSpec spec = m_docker->execSpec(m_result.container, m_probe->clientCommand(command), exec);
    const auto dockerInterpret = spec.interpretError;
    const QString container = m_result.container;
    spec.interpretError = [dockerInterpret, container](const ProcessResult &result) {
        Error error = dockerInterpret ? dockerInterpret(result) : Error();
        return error.isNull() ? ServerProbe::describePsqlFailure(result, container) : error;
    };
    auto *runner = new StreamingInputRunner(
        spec, [this] { return nextChunk(); }, this);
    m_runner = runner;
    connect(runner, &ProcessRunner::standardErrorLine, this, [this](const QString &line) {
        m_errorLines.append(line);
        if (m_errorLines.size() > KeptErrorLines)
            m_errorLines.removeFirst();
        Q_EMIT logLine(line);
    });
    connect(runner, &ProcessRunner::finished, this, &Restorer::onRestoreFinished);
    Q_EMIT logLine(tr("Restoring %1 into %2 (%3)")
                       .arg(QDir::toNativeSeparators(m_options.dumpFile), m_result.container,
                            TransferProgress::formatBytes(m_total)));
    Q_EMIT logLine(runner->commandLine());
    m_progress.start(m_clock.elapsed(), m_total);
    emitProgress(true);
    runner->start();
}

QByteArray Restorer::nextChunk()
{
    if (m_inputDone || m_cancelRequested)
        return {};
    for (;;) {
        const QByteArray raw = m_file->read(ReadChunk);
        if (raw.isEmpty()) {
            if (!m_file->atEnd() || m_file->error() != QFileDevice::NoError)
                m_readError = m_file->errorString();
            m_inputDone = true;
            const QByteArray rest = m_stream->finish();
            emitProgress(true);
            return rest; // empty: the input ends
        }
        m_read += raw.size();
        m_inspector->feed(raw);
        const QByteArray out = m_stream->process(raw);
        emitProgress(false);
        if (!out.isEmpty())
            return out;
    }
}

void Restorer::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    m_progress.update(m_read, now);
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    Q_EMIT progress(m_progress.status());
}

Error Restorer::describeStop(const QStringList &errorLines, const RestoreStream &stream, const QString &dumpFile)
{
    static const QRegularExpression located(
        QStringLiteral("^psql:.*?:(\\d+):\\s*(?:(ERROR|FATAL|PANIC|error):\\s+)?(.*)$"));
    int at = -1;
    QRegularExpressionMatch match;
    for (int i = errorLines.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch m = located.match(errorLines.at(i));
        if (m.hasMatch() && (m.captured(2).isEmpty() ? m.captured(3).contains(QLatin1String("ERROR")) : true)) {
            at = i;
            match = m;
            break;
        }
    }
    if (at < 0)
        return {};
    const qint64 reported = match.captured(1).toLongLong();
    const QString level = match.captured(2).isEmpty() ? QStringLiteral("ERROR") : match.captured(2);
    const QString text = match.captured(3).trimmed();
    QStringList details;
    qint64 line = reported;
    static const QRegularExpression copyContext(QStringLiteral("^CONTEXT:\\s+COPY (.+), line (\\d+)"));
    for (int i = at + 1; i < errorLines.size(); ++i) {
        const QString &detail = errorLines.at(i);
        if (detail.startsWith(QLatin1String("psql:")))
            break;
        details.append(detail);
        if (const QRegularExpressionMatch m = copyContext.match(detail); m.hasMatch()) {
            const qint64 mapped = stream.copyDataLine(m.captured(1), m.captured(2).toLongLong(), reported);
            if (mapped > 0)
                line = mapped;
        }
    }
    const QString name = QFileInfo(dumpFile).fileName();
    QString message = tr("The restore stopped at line %1 of %2: %3: %4").arg(line).arg(name, level.toUpper(), text);
    if (!details.isEmpty())
        message += u'\n' + details.join(u'\n');
    static const QRegularExpression exists(QStringLiteral("database \"([^\"]+)\" already exists"));
    if (const QRegularExpressionMatch m = exists.match(text); m.hasMatch()) {
        message += u'\n' +
            tr("The target already has a database %1 with data in it. Restore into an empty server (a new volume), "
               "or drop that database first if it holds nothing you need.")
                .arg(m.captured(1));
    }
    message += u'\n' + tr("Everything before that line was restored; nothing after it.");
    return Error(ErrorCode::RestoreSqlError, message, dumpFile, int(qMin<qint64>(line, INT_MAX)));
}

void Restorer::onRestoreFinished(const ProcessResult &result)
{
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    m_result.bytes = m_read;
    m_result.lines = m_stream ? m_stream->lines() : 0;
    if (m_stream)
        m_result.changes = m_stream->changes();
    emitProgress(true);
    if (m_cancelRequested) {
        return fail(Error(ErrorCode::RestoreCancelled,
                          tr("The restore was cancelled at line %1 of %2; the target holds what came before.")
                              .arg(m_result.lines)
                              .arg(QFileInfo(m_options.dumpFile).fileName())));
    }
    if (!result.ok()) {
        if (const Error stop = describeStop(m_errorLines, *m_stream, m_options.dumpFile); !stop.isNull())
            return fail(stop);
        const Error runError = result.error;
        explainStop(result, 0, [this, runError](const Error &why) {
            if (!why.isNull()) {
                return fail(Error(ErrorCode::RestoreContainerDied,
                                  tr("The container %1 stopped during the restore, at line %2 of the dump.")
                                          .arg(m_result.container)
                                          .arg(m_result.lines) +
                                      u'\n' + why.message));
            }
            fail(runError);
        });
        return;
    }
    if (!m_readError.isEmpty()) {
        return fail(Error(ErrorCode::RestoreFileUnreadable,
                          tr("Reading %1 failed at byte %2: %3. The restore is incomplete.")
                              .arg(QDir::toNativeSeparators(m_options.dumpFile))
                              .arg(m_read)
                              .arg(m_readError)));
    }
    succeed();
}

void Restorer::explainStop(const ProcessResult &result, int attempt, std::function<void(const Error &)> done)
{
    // A container killed under docker exec may still read as running for a moment.
    const bool abrupt = result.outcome == ProcessResult::Outcome::Crashed ||
        (result.outcome == ProcessResult::Outcome::ExitCode && result.exitCode >= 125);
    m_docker->explainContainer(m_result.container, this, [this, result, attempt, abrupt, done](const Error &why) {
        if (!why.isNull() || !abrupt || attempt >= 6)
            return done(why);
        QTimer::singleShot(500, this, [this, result, attempt, done] { explainStop(result, attempt + 1, done); });
    });
}

void Restorer::succeed()
{
    m_progress.finish();
    emitProgress(true);
    m_result.summary = m_inspector->finish();
    m_result.finished = QDateTime::currentDateTimeUtc();
    m_file.reset();
    for (const RestoreStream::Change &change : std::as_const(m_result.changes))
        Q_EMIT logLine(tr("line %1: %2").arg(change.line).arg(change.description));
    Q_EMIT logLine(tr("Restored %1 lines (%2) into %3")
                       .arg(m_result.lines)
                       .arg(TransferProgress::formatBytes(m_result.bytes), m_result.container));
    setPhase(Phase::Finished);
    Q_EMIT finished(Error());
}

void Restorer::fail(const Error &error)
{
    if (m_phase == Phase::Failed || m_phase == Phase::Finished)
        return;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    if (m_probe)
        m_probe->cancel();
    m_file.reset();
    m_error = error;
    Q_EMIT logLine(error.message);
    if (m_result.throwaway && m_containerCreated && m_options.removeThrowawayOnFailure) {
        // Nothing of the user's is in it: remove it, then report.
        const QString container = m_result.container;
        removeContainer(container, this, [this](const Status &) {
            setPhase(Phase::Failed);
            Q_EMIT finished(m_error);
        });
        return;
    }
    setPhase(Phase::Failed);
    Q_EMIT finished(m_error);
}

void Restorer::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_phase == Phase::Restoring && m_runner) {
        m_runner->cancel(); // onRestoreFinished() reports it
        return;
    }
    QTimer::singleShot(0, this, [this] {
        fail(Error(ErrorCode::RestoreCancelled, tr("The restore was cancelled before it started.")));
    });
}

void Restorer::removeContainer(const QString &container, QObject *context, std::function<void(const Status &)> done)
{
    QObject *receiver = context ? context : this;
    ProcessRunner *runner =
        m_docker->engine({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), container}, this);
    connect(runner, &ProcessRunner::finished, receiver, [runner, done](const ProcessResult &result) {
        runner->deleteLater();
        done(result.ok() ? Status() : Status(result.error));
    });
    runner->start();
}

Expected<RestoreResult> Restorer::runToCompletion(const RestoreOptions &options)
{
    QEventLoop loop;
    connect(this, &Restorer::finished, &loop, &QEventLoop::quit);
    start(options);
    if (isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!m_error.isNull())
        return m_error;
    return m_result;
}

} // namespace edm
