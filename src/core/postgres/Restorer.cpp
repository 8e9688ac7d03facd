// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/Restorer.h"
#include "core/ErrorCodes.h"

#include "core/docker/DockerCli.h"
#include "core/postgres/StreamingInputRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace edm {

namespace {

constexpr qint64 ReadChunk = 256 * 1024;
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
    : TransferJobFor(docker, QStringLiteral("restore"), parent)
    , m_docker(docker)
{
}

void Restorer::begin()
{
    const RestoreOptions &options = m_options;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_result.credentials = options.credentials;

    m_file = std::make_unique<QFile>(options.dumpFile);
    const QString shown = QDir::toNativeSeparators(options.dumpFile);
    setPhase(options.image.isEmpty() ? Phase::Preparing : Phase::StartingContainer);
    if (!m_docker)
        return fail(Error(QStringLiteral("internal"), QStringLiteral("no DockerCli")));
    if (!m_file->open(QIODevice::ReadOnly)) {
        return fail(Error(QStringLiteral("restore_file_unreadable"),
                          trText("The dump %1 cannot be read: %2.").arg(shown, m_file->errorString())));
    }
    const QByteArray head = m_file->peek(5);
    if (head.startsWith("\x1f\x8b")) {
        return fail(Error(QStringLiteral("restore_compressed"),
                          trText("%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the "
                                 ".sql file.")
                              .arg(shown)));
    }
    if (head == "PGDMP") {
        return fail(Error(QStringLiteral("restore_custom_format"),
                          trText("%1 is a pg_dump archive in the custom format, which psql cannot read; restore it "
                                 "with pg_restore.")
                              .arg(shown)));
    }
    m_total = m_file->size();
    if (options.image.isEmpty()) {
        if (options.container.isEmpty()) {
            return fail(Error(QStringLiteral("restore_no_target"),
                              trText("No container to restore into: start the stack (docker compose up -d) first.")));
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
    DockerCli::ThrowawayRun run;
    run.image = m_options.image;
    run.name = m_result.container;
    run.detached = true;
    run.remove = false; // kept for the caller's checks, then removed with removeContainer()
    run.labels.insert(QStringLiteral("ente-db-migrate.throwaway"), QStringLiteral("1"));
    run.environment = {{QStringLiteral("POSTGRES_USER"), credentials.user},
                       {QStringLiteral("POSTGRES_DB"), credentials.database}};
    run.secretEnvironment = {{QStringLiteral("POSTGRES_PASSWORD"), credentials.password}};
    ProcessRunner *runner = m_docker->runThrowaway(run, this);
    ProcessSpec spec = runner->spec();
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = 10 * 60 * 1000;
    runner->setSpec(spec);
    Q_EMIT logLine(trText("Starting a throwaway container %1 of %2").arg(m_result.container, m_options.image));
    connect(runner, &ProcessRunner::finished, this, [this, runner](const ProcessResult &result) {
        runner->deleteLater();
        if (isCancelled())
            return; // cancel() reports it
        if (!result.ok()) {
            // docker run may have created the container before failing (to start it).
            m_containerCreated = true;
            Error error = result.error;
            error.message = trText("The throwaway container of %1 could not be started.").arg(m_options.image) + u'\n' +
                error.message;
            return fail(error);
        }
        m_containerCreated = true;
        ServerProbe *server = probeFor(m_result.container, m_result.credentials);
        server->waitUntilReady(m_options.readyTimeoutMs, this, [this](const Status &ready) {
            if (isCancelled())
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
    ServerProbe *server = probeFor(m_result.container, m_result.credentials);
    server->serverVersion(this, [this](const Expected<ServerVersion> &version) {
        if (isCancelled())
            return;
        if (!version)
            return fail(version.error());
        m_result.server = *version;
        m_rules.targetMajor = version->major;
        probe()->roles(this, [this](const Expected<QList<RoleInfo>> &roles) {
            if (isCancelled())
                return;
            if (!roles)
                return fail(roles.error());
            for (const RoleInfo &role : *roles)
                m_rules.existingRoles.insert(role.name);
            probe()->toolVersion(QStringLiteral("psql"), this, [this](const Expected<ServerVersion> &psql) {
                if (isCancelled())
                    return;
                if (!psql)
                    return fail(psql.error());
                m_rules.stripRestrict = !RestoreStream::psqlSupportsRestrict(psql->number);
                probe()->databases(this, [this](const Expected<QList<DatabaseInfo>> &databases) {
                    if (isCancelled())
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
    probe()->query(
        sql, this,
        [this, names, index, name](const Expected<ServerProbe::Rows> &rows) {
            if (isCancelled())
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
    setPhase(Phase::Transferring);
    m_stream = std::make_unique<RestoreStream>(m_rules);
    delete m_inspector;
    m_inspector = new DumpInspector(this);
    ExecOptions exec = probe()->clientExecOptions();
    exec.interactive = true;
    const QStringList command{QStringLiteral("psql"),
                              QStringLiteral("-X"),
                              QStringLiteral("-q"),
                              QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"),
                              QStringLiteral("-w"),
                              QStringLiteral("-U"),
                              probe()->user(),
                              QStringLiteral("-d"),
                              m_connectDatabase,
                              QStringLiteral("-f"),
                              QStringLiteral("-")};
    ProcessSpec spec = docker()->execSpec(m_result.container, probe()->clientCommand(command), exec);
    const auto dockerInterpret = spec.interpretError;
    const QString container = m_result.container;
    spec.interpretError = [dockerInterpret, container](const ProcessResult &result) {
        Error error = dockerInterpret ? dockerInterpret(result) : Error();
        return error.isNull() ? ServerProbe::describePsqlFailure(result, container) : error;
    };
    auto *runner = new StreamingInputRunner(
        spec, [this] { return nextChunk(); }, this);
    connect(runner, &ProcessRunner::standardErrorLine, this, [this](const QString &line) {
        m_errorLines.append(line);
        if (m_errorLines.size() > KeptErrorLines)
            m_errorLines.removeFirst();
        log(line);
    });
    log(trText("Restoring %1 into %2 (%3)")
            .arg(QDir::toNativeSeparators(m_options.dumpFile), m_result.container,
                 TransferProgress::formatBytes(m_total)));
    log(runner->commandLine());
    beginTransfer(m_total);
    runStream(runner, m_result.container);
}

QByteArray Restorer::nextChunk()
{
    if (m_inputDone || isCancelled())
        return {};
    for (;;) {
        const QByteArray raw = m_file->read(ReadChunk);
        if (raw.isEmpty()) {
            if (!m_file->atEnd() || m_file->error() != QFileDevice::NoError)
                m_readError = m_file->errorString();
            m_inputDone = true;
            const QByteArray rest = m_stream->finish();
            updateProgress(m_read, true);
            return rest; // empty: the input ends
        }
        m_read += raw.size();
        m_inspector->feed(raw);
        const QByteArray out = m_stream->process(raw);
        updateProgress(m_read);
        if (!out.isEmpty())
            return out;
    }
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
    Text message = trText("The restore stopped at line %1 of %2: %3: %4")
                       .arg(QLocale().toString(line))
                       .arg(name, level.toUpper(), text);
    if (!details.isEmpty())
        message += u'\n' + details.join(u'\n');
    static const QRegularExpression exists(QStringLiteral("database \"([^\"]+)\" already exists"));
    if (const QRegularExpressionMatch m = exists.match(text); m.hasMatch()) {
        message += u'\n' +
            trText("The target already has a database %1 with data in it. Restore into an empty server (a new volume), "
                   "or drop that database first if it holds nothing you need.")
                .arg(m.captured(1));
    }
    message += u'\n' + trText("Everything before that line was restored; nothing after it.");
    return Error(ErrorCode::RestoreSqlError, message, dumpFile, int(qMin<qint64>(line, INT_MAX)));
}

void Restorer::streamEnded(const ProcessResult &)
{
    m_result.bytes = m_read;
    m_result.lines = m_stream ? m_stream->lines() : 0;
    if (m_stream)
        m_result.changes = m_stream->changes();
}

Error Restorer::toolFailure(const ProcessResult &) const
{
    return describeStop(m_errorLines, *m_stream, m_options.dumpFile);
}

Text Restorer::cancelledMessage(bool transferring) const
{
    return transferring ? trText("The restore was cancelled at line %1 of %2; the target holds what came before.")
                              .arg(QLocale().toString(m_result.lines))
                              .arg(QFileInfo(m_options.dumpFile).fileName())
                        : trText("The restore was cancelled before it started.");
}

Text Restorer::containerDiedMessage() const
{
    return trText("The container %1 stopped during the restore, at line %2 of the dump.")
        .arg(m_result.container)
        .arg(QLocale().toString(m_result.lines));
}

Error Restorer::localFailure() const
{
    if (m_readError.isEmpty())
        return {};
    return Error(QStringLiteral("restore_file_unreadable"),
                 trText("Reading %1 failed at byte %2: %3. The restore is incomplete.")
                     .arg(QDir::toNativeSeparators(m_options.dumpFile))
                     .arg(m_read)
                     .arg(m_readError));
}

void Restorer::streamSucceeded()
{
    finishTransfer();
    m_result.summary = m_inspector->finish();
    m_result.finished = QDateTime::currentDateTimeUtc();
    m_file.reset();
    for (const RestoreStream::Change &change : std::as_const(m_result.changes))
        log(trText("line %1: %2").arg(QLocale().toString(change.line)).arg(change.description));
    log(trText("Restored %1 lines (%2) into %3")
            .arg(QLocale().toString(m_result.lines))
            .arg(TransferProgress::formatBytes(m_result.bytes), m_result.container));
    finish();
}

void Restorer::discard(std::function<void()> done)
{
    m_file.reset();
    if (m_result.throwaway && m_containerCreated && m_options.removeThrowawayOnFailure) {
        // Nothing of the user's is in it: remove it, then report.
        removeContainer(m_result.container, this, [done](const Status &) { done(); });
        return;
    }
    done();
}

void Restorer::removeContainer(const QString &container, QObject *context, std::function<void(const Status &)> done)
{
    QObject *receiver = context ? context : this;
    ProcessRunner *runner = m_docker->removeContainer(container, true, this);
    connect(runner, &ProcessRunner::finished, receiver, [runner, done](const ProcessResult &result) {
        runner->deleteLater();
        done(result.ok() ? Status() : Status(result.error));
    });
    runner->start();
}

} // namespace edm
