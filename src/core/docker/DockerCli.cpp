// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/DockerCli.h"
#include "core/ErrorCodes.h"

#include "core/compose/ComposeProject.h"
#include "core/docker/ProcessRunnerFactory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

namespace edm {

namespace {

constexpr qsizetype QueryCaptureLimit = 16 * 1024 * 1024;
const QString DefaultHost = QStringLiteral("unix:///var/run/docker.sock");

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

/// The lines worth showing under a message: Python tracebacks (compose v1) shrink to their last line.
QStringList relevantLines(const QStringList &lines, int max = 6)
{
    QStringList out;
    bool inTraceback = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Traceback (most recent call last)"))) {
            inTraceback = true;
            out.clear();
            continue;
        }
        if (inTraceback &&
            (line.startsWith(u' ') || line.startsWith(u'\t') ||
             line.startsWith(QLatin1String("During handling of the above exception")))) {
            continue;
        }
        inTraceback = false;
        out.append(line);
    }
    if (out.size() > max)
        out = out.mid(out.size() - max);
    return out;
}

QString withDetails(const QString &message, const QStringList &lines)
{
    const QStringList relevant = relevantLines(lines);
    return relevant.isEmpty() ? message : message + u'\n' + relevant.join(u'\n');
}

/// The daemon address a docker message names: "… at unix:///var/run/docker.sock. Is …" → the URL.
QString addressIn(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral("\\b((?:unix|tcp|ssh|npipe|fd|https?)://\\S*?)[.;:,]?(?:\\s|$)"));
    const QRegularExpressionMatch match = address.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString stateFromStatus(const QString &status)
{
    if (status.startsWith(QLatin1String("Up"))) {
        return status.contains(QLatin1String("(Paused)")) ? QStringLiteral("paused") : QStringLiteral("running");
    }
    if (status.startsWith(QLatin1String("Exited")))
        return QStringLiteral("exited");
    if (status.startsWith(QLatin1String("Created")))
        return QStringLiteral("created");
    if (status.startsWith(QLatin1String("Restarting")))
        return QStringLiteral("restarting");
    if (status.startsWith(QLatin1String("Dead")))
        return QStringLiteral("dead");
    if (status.startsWith(QLatin1String("Removal")))
        return QStringLiteral("removing");
    return {};
}

QString healthFromStatus(const QString &status)
{
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

Error unexpectedOutput(const QString &detail)
{
    return Error(ErrorCode::DockerUnexpectedOutput,
                 DockerCli::trText("Docker answered something that cannot be read (%1). Please report this, with the "
                                   "versions of docker and compose.")
                     .arg(detail));
}

} // namespace

// --- ComposeTool / ComposeTarget ---------------------------------------------------------------------------------

QString ComposeTool::displayName() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Plugin:
        return QStringLiteral("docker compose");
    case Kind::Standalone:
        return QStringLiteral("docker-compose");
    }
    return {};
}

ComposeTarget ComposeTarget::fromProject(const ComposeProject &project, const ComposeTool &tool)
{
    ComposeTarget target;
    target.files = project.files();
    target.projectDirectory = project.projectDir();
    target.projectName = tool.isLegacy() ? project.legacyProjectName() : project.projectName();
    return target;
}

// --- DockerCli ---------------------------------------------------------------------------------------------------

DockerCli::DockerCli(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DockerCli::~DockerCli() = default;

void DockerCli::setRunnerFactory(std::shared_ptr<const ProcessRunnerFactory> factory)
{
    m_factory = std::move(factory);
}

QString DockerCli::dockerProgram() const
{
    return m_options.dockerProgram.isEmpty() ? QStringLiteral("docker") : m_options.dockerProgram;
}

QString DockerCli::daemonAddress() const
{
    if (!m_options.host.isEmpty())
        return m_options.host;
    const QString host = m_options.environment.value(QStringLiteral("DOCKER_HOST"));
    if (!host.isEmpty())
        return host;
    const QString context = m_options.environment.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!context.isEmpty() && context != QLatin1String("default"))
        return trText("the docker context \"%1\"").arg(context);
    return DefaultHost;
}

QProcessEnvironment DockerCli::childEnvironment() const
{
    return m_options.environment;
}

ProcessRunner *DockerCli::createRunner(const ProcessSpec &spec, QObject *parent)
{
    const std::shared_ptr<const ProcessRunnerFactory> factory =
        m_factory ? m_factory : ProcessRunnerFactory::instance();
    ProcessRunner *runner = factory->create(spec, parent ? parent : this);
    connect(runner, &ProcessRunner::started, this, [this, runner] { Q_EMIT commandStarted(runner->commandLine()); });
    return runner;
}

void DockerCli::whenFinished(ProcessRunner *runner, QObject *context,
                             std::function<void(const ProcessResult &)> handler)
{
    // The runner belongs to this; a context that goes away cancels it and is not called back.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (context)
        connect(context, &QObject::destroyed, runner, &ProcessRunner::cancel);
    connect(runner, &ProcessRunner::finished, this,
            [runner, guard, hasContext, handler = std::move(handler)](const ProcessResult &result) {
                runner->deleteLater();
                if (hasContext && !guard)
                    return;
                handler(result);
            });
}

template<typename T>
void DockerCli::query(const ProcessSpec &spec, QObject *context,
                      std::function<Expected<T>(const ProcessResult &)> parse, Callback<T> done)
{
    ProcessRunner *runner = createRunner(spec, this);
    whenFinished(runner, context, [parse, done](const ProcessResult &result) {
        if (!result.ok()) {
            done(Expected<T>(result.error));
            return;
        }
        done(parse(result));
    });
    runner->start();
}

// --- compose detection -------------------------------------------------------------------------------------------

void DockerCli::detectCompose(QObject *context, Callback<ComposeTool> done)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::ComposeVersion;
    ProcessSpec spec =
        engineSpec({QStringLiteral("compose"), QStringLiteral("version"), QStringLiteral("--short")}, invocation);
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = m_options.queryTimeoutMs;
    ProcessRunner *runner = createRunner(spec, this);
    whenFinished(runner, context, [this, context, done](const ProcessResult &result) {
        const QString version = result.ok() ? parseComposeVersion(result.standardOutput) : QString();
        // Any version counts: the real plugin is 2.x, but a shim handing `docker compose` to compose v1 (as some
        // distributions and our test rig do) reports 1.x and then names things the v1 way.
        if (!version.isEmpty()) {
            ComposeTool tool;
            tool.kind = ComposeTool::Kind::Plugin;
            tool.program = dockerProgram();
            tool.version = version;
            tool.major = version.section(u'.', 0, 0).toInt();
            tool.minor = version.section(u'.', 1, 1).toInt();
            m_compose = tool;
            done(tool);
            return;
        }
        Error pluginError =
            result.ok() ? unexpectedOutput(QString::fromUtf8(result.standardOutput.trimmed())) : result.error;
        if (result.outcome == ProcessResult::Outcome::NotFound)
            pluginError.code = ErrorCode::DockerNotFound;
        detectStandalone(context, done, pluginError);
    });
    runner->start();
}

void DockerCli::detectStandalone(QObject *context, Callback<ComposeTool> done, const Error &pluginError)
{
    ProcessSpec spec;
    spec.program = m_options.composeProgram.isEmpty() ? QStringLiteral("docker-compose") : m_options.composeProgram;
    spec.arguments = {QStringLiteral("version"), QStringLiteral("--short")};
    spec.environment = childEnvironment();
    spec.displayName = QStringLiteral("docker-compose");
    spec.redactor = m_options.redactor;
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = m_options.queryTimeoutMs;
    ProcessRunner *runner = createRunner(spec, this);
    whenFinished(runner, context, [this, done, pluginError](const ProcessResult &result) {
        const QString version = result.ok() ? parseComposeVersion(result.standardOutput) : QString();
        if (!version.isEmpty()) {
            ComposeTool tool;
            tool.kind = ComposeTool::Kind::Standalone;
            tool.program = result.program;
            tool.version = version;
            tool.major = version.section(u'.', 0, 0).toInt();
            tool.minor = version.section(u'.', 1, 1).toInt();
            m_compose = tool;
            done(tool);
            return;
        }
        m_compose = {};
        if (pluginError.code == ErrorCode::DockerNotFound && result.outcome == ProcessResult::Outcome::NotFound) {
            done(Error(ErrorCode::DockerNotFound,
                       trText("Docker was not found (neither \"%1\" nor \"docker-compose\" is on PATH). Install Docker "
                              "(on Debian and Ubuntu: sudo apt install docker.io docker-compose), or choose the docker "
                              "program in the settings (--docker PATH).")
                           .arg(dockerProgram())));
            return;
        }
        QStringList reasons;
        reasons << QStringLiteral("docker compose: ") +
                relevantLines(pluginError.message.toString().split(u'\n'), 2).join(u' ');
        const QString standaloneReason = result.ok()
            ? QString::fromUtf8(result.standardOutput.trimmed())
            : relevantLines(result.error.message.toString().split(u'\n'), 2).join(u' ');
        reasons << QStringLiteral("docker-compose: ") + standaloneReason;
        done(Error(
            ErrorCode::ComposeNotFound,
            trText("Docker Compose was not found: neither \"docker compose\" (v2) nor \"docker-compose\" (v1) "
                   "works. Install the compose plugin (the docker-compose-plugin package, or docker-compose-v2 on "
                   "Debian and Ubuntu), or docker-compose.") +
                u'\n' + reasons.join(u'\n')));
    });
    runner->start();
}

// --- compose lifecycle -------------------------------------------------------------------------------------------

DockerInvocation DockerCli::composeInvocation(const QStringList &services) const
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::Compose;
    invocation.tool = m_compose.isValid() ? m_compose.displayName() : QStringLiteral("docker compose");
    invocation.host = daemonAddress();
    invocation.services = services;
    invocation.hasSpecificExitCodes = !m_compose.isValid() || m_compose.hasSpecificExitCodes();
    return invocation;
}

ProcessSpec DockerCli::composeSpec(const ComposeTarget &target, const QStringList &arguments,
                                   const QStringList &services) const
{
    if (!m_compose.isValid())
        qWarning("DockerCli: compose is used before detectCompose(); assuming \"docker compose\"");
    ProcessSpec spec;
    QStringList args;
    spec.environment = childEnvironment();
    if (m_compose.kind == ComposeTool::Kind::Standalone) {
        spec.program = m_compose.program;
        spec.displayName = QStringLiteral("docker-compose");
        if (!m_options.host.isEmpty())
            spec.environment.insert(QStringLiteral("DOCKER_HOST"), m_options.host);
    } else {
        spec.program = dockerProgram();
        spec.displayName = QStringLiteral("docker compose");
        if (!m_options.host.isEmpty())
            args << QStringLiteral("--host") << m_options.host;
        args << QStringLiteral("compose");
    }
    for (const QString &file : target.files)
        args << QStringLiteral("-f") << file;
    if (!target.projectDirectory.isEmpty())
        args << QStringLiteral("--project-directory") << target.projectDirectory;
    if (!target.projectName.isEmpty())
        args << QStringLiteral("-p") << target.projectName;
    args << arguments << services;
    spec.arguments = args;
    spec.redactor = m_options.redactor;
    const Invocation invocation = composeInvocation(services);
    spec.interpretError = [invocation](const ProcessResult &result) { return describeFailure(result, invocation); };
    return spec;
}

ProcessRunner *DockerCli::compose(const ComposeTarget &target, const QStringList &arguments, QObject *parent,
                                  const QStringList &services)
{
    return createRunner(composeSpec(target, arguments, services), parent);
}

ProcessRunner *DockerCli::up(const ComposeTarget &target, const QStringList &services, bool detached, QObject *parent)
{
    ProcessSpec spec = composeSpec(
        target, detached ? QStringList{QStringLiteral("up"), QStringLiteral("-d")} : QStringList{QStringLiteral("up")},
        services);
    // In the foreground, compose interleaves the containers' logs (stdout) with its own progress (stderr): keep
    // them in order.
    spec.mergeChannels = !detached;
    return createRunner(spec, parent);
}

ProcessRunner *DockerCli::stop(const ComposeTarget &target, const QStringList &services, QObject *parent)
{
    return createRunner(composeSpec(target, {QStringLiteral("stop")}, services), parent);
}

ProcessRunner *DockerCli::down(const ComposeTarget &target, QObject *parent, const QStringList &extraArguments)
{
    return createRunner(composeSpec(target, QStringList{QStringLiteral("down")} + extraArguments), parent);
}

// --- engine ------------------------------------------------------------------------------------------------------

ProcessSpec DockerCli::engineSpec(const QStringList &arguments, const Invocation &invocation) const
{
    ProcessSpec spec;
    spec.program = dockerProgram();
    spec.displayName = QStringLiteral("docker");
    if (!m_options.host.isEmpty())
        spec.arguments << QStringLiteral("--host") << m_options.host;
    spec.arguments << arguments;
    spec.environment = childEnvironment();
    spec.redactor = m_options.redactor;
    Invocation resolved = invocation;
    if (resolved.tool.isEmpty())
        resolved.tool = resolved.kind == Invocation::Kind::ComposeVersion ? QStringLiteral("docker compose")
                                                                          : QStringLiteral("docker");
    if (resolved.host.isEmpty())
        resolved.host = daemonAddress();
    spec.interpretError = [resolved](const ProcessResult &result) { return describeFailure(result, resolved); };
    return spec;
}

ProcessRunner *DockerCli::engine(const QStringList &arguments, QObject *parent)
{
    return createRunner(engineSpec(arguments), parent);
}

ProcessRunner *DockerCli::logs(const QString &container, const LogOptions &options, QObject *parent)
{
    QStringList args{QStringLiteral("logs")};
    if (options.follow)
        args << QStringLiteral("-f");
    if (!options.since.isEmpty())
        args << QStringLiteral("--since") << options.since;
    if (options.tail >= 0)
        args << QStringLiteral("--tail") << QString::number(options.tail);
    if (options.timestamps)
        args << QStringLiteral("--timestamps");
    args << container;
    Invocation invocation;
    invocation.container = container;
    ProcessSpec spec = engineSpec(args, invocation);
    spec.mergeChannels = true; // Postgres logs to stderr, the entrypoint to stdout: one stream, in order
    if (!options.follow)
        spec.timeoutMs = m_options.queryTimeoutMs;
    return createRunner(spec, parent);
}

ProcessSpec DockerCli::execSpec(const QString &container, const QStringList &command, const ExecOptions &options) const
{
    QStringList args{QStringLiteral("exec")};
    if (options.interactive)
        args << QStringLiteral("-i");
    if (!options.user.isEmpty())
        args << QStringLiteral("-u") << options.user;
    if (!options.workdir.isEmpty())
        args << QStringLiteral("-w") << options.workdir;
    for (const auto &[name, value] : options.environment)
        args << QStringLiteral("-e") << name + u'=' + value;
    for (const auto &[name, value] : options.secretEnvironment)
        args << QStringLiteral("-e") << name; // the value comes from the docker client's environment
    args << container << command;
    Invocation invocation;
    invocation.container = container;
    ProcessSpec spec = engineSpec(args, invocation);
    for (const auto &[name, value] : options.secretEnvironment) {
        spec.environment.insert(name, value);
        spec.redactor.addSecret(value);
    }
    spec.output = options.output;
    spec.outputDevice = options.outputDevice;
    spec.captureLimit = options.captureLimit;
    spec.stdinFile = options.stdinFile;
    spec.stdinData = options.stdinData;
    spec.timeoutMs = options.timeoutMs;
    return spec;
}

ProcessRunner *DockerCli::exec(const QString &container, const QStringList &command, const ExecOptions &options,
                               QObject *parent)
{
    return createRunner(execSpec(container, command, options), parent);
}

// --- volumes -----------------------------------------------------------------------------------------------------

void DockerCli::findComposeVolume(const QString &project, const QString &volumeKey, QObject *context,
                                  Callback<QString> done)
{
    ProcessSpec spec =
        engineSpec({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.project=") + project, QStringLiteral("--filter"),
                    QStringLiteral("label=com.docker.compose.volume=") + volumeKey, QStringLiteral("--format"),
                    QStringLiteral("{{.Name}}")});
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = m_options.queryTimeoutMs;
    query<QString>(
        spec, context,
        [](const ProcessResult &result) -> Expected<QString> {
            for (const QByteArray &line : result.standardOutput.split('\n')) {
                const QByteArray name = line.trimmed();
                if (!name.isEmpty())
                    return QString::fromUtf8(name);
            }
            return QString();
        },
        std::move(done));
}

void DockerCli::volumeExists(const QString &name, QObject *context, Callback<bool> done)
{
    ProcessSpec spec = engineSpec({QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                   QStringLiteral("{{.Name}}"), name});
    spec.captureLimit = 64 * 1024;
    spec.timeoutMs = m_options.queryTimeoutMs;
    ProcessRunner *runner = createRunner(spec, this);
    whenFinished(runner, context, [done = std::move(done)](const ProcessResult &result) {
        if (result.ok())
            return done(true);
        if (result.error.code == QLatin1String("no_such_volume"))
            return done(false);
        done(Expected<bool>(result.error));
    });
    runner->start();
}

ProcessRunner *DockerCli::createVolume(const QString &name, QObject *parent)
{
    return createRunner(engineSpec({QStringLiteral("volume"), QStringLiteral("create"), name}), parent);
}

ProcessRunner *DockerCli::copyVolume(const QString &from, const QString &to, const QString &image, QObject *parent)
{
    ThrowawayRun run;
    run.image = image;
    run.entrypoint = QStringLiteral("sh");
    run.volumes = {from + QStringLiteral(":/from"), to + QStringLiteral(":/to")};
    run.command = {QStringLiteral("-c"), QStringLiteral("cp -a /from/. /to/")};
    return runThrowaway(run, parent);
}

ProcessRunner *DockerCli::emptyVolume(const QString &name, const QString &image, QObject *parent)
{
    ThrowawayRun run;
    run.image = image;
    run.entrypoint = QStringLiteral("sh");
    run.volumes = {name + QStringLiteral(":/data")};
    // Three globs: plain names, hidden names (.x), and names starting with two dots (..x); never . and .. themselves.
    run.command = {QStringLiteral("-c"), QStringLiteral("rm -rf /data/* /data/.[!.]* /data/..?* ; true")};
    return runThrowaway(run, parent);
}

ProcessRunner *DockerCli::removeVolume(const QString &name, QObject *parent)
{
    return createRunner(engineSpec({QStringLiteral("volume"), QStringLiteral("rm"), name}), parent);
}

// --- containers --------------------------------------------------------------------------------------------------

ProcessRunner *DockerCli::removeContainer(const QString &name, bool withVolumes, QObject *parent)
{
    QStringList args{QStringLiteral("rm"), QStringLiteral("-f")};
    if (withVolumes)
        args << QStringLiteral("-v");
    args << name;
    return createRunner(engineSpec(args), parent);
}

ProcessRunner *DockerCli::copyFromContainer(const QString &container, const QString &path, const QString &localPath,
                                            QObject *parent)
{
    return createRunner(engineSpec({QStringLiteral("cp"), container + u':' + path, localPath}), parent);
}

ProcessSpec DockerCli::containerSpec(const QString &verb, const ThrowawayRun &run) const
{
    QStringList args{verb};
    if (run.detached && verb == QLatin1String("run"))
        args << QStringLiteral("-d");
    if (run.remove)
        args << QStringLiteral("--rm");
    if (!run.name.isEmpty())
        args << QStringLiteral("--name") << run.name;
    for (auto it = run.labels.cbegin(); it != run.labels.cend(); ++it)
        args << QStringLiteral("--label") << it.key() + u'=' + it.value();
    if (!run.network)
        args << QStringLiteral("--network") << QStringLiteral("none");
    if (!run.entrypoint.isEmpty())
        args << QStringLiteral("--entrypoint") << run.entrypoint;
    for (const QString &volume : run.volumes)
        args << QStringLiteral("-v") << volume;
    for (const auto &[name, value] : run.environment)
        args << QStringLiteral("-e") << name + u'=' + value;
    for (const auto &[name, value] : run.secretEnvironment)
        args << QStringLiteral("-e") << name; // the value comes from the docker client's environment
    args << run.image << run.command;
    ProcessSpec spec = engineSpec(args);
    for (const auto &[name, value] : run.secretEnvironment) {
        spec.environment.insert(name, value);
        spec.redactor.addSecret(value);
    }
    return spec;
}

ProcessSpec DockerCli::runSpec(const ThrowawayRun &run) const
{
    return containerSpec(QStringLiteral("run"), run);
}

ProcessRunner *DockerCli::runThrowaway(const ThrowawayRun &run, QObject *parent)
{
    return createRunner(runSpec(run), parent);
}

ProcessSpec DockerCli::createSpec(const ThrowawayRun &run) const
{
    return containerSpec(QStringLiteral("create"), run);
}

ProcessRunner *DockerCli::createContainer(const ThrowawayRun &run, QObject *parent)
{
    return createRunner(createSpec(run), parent);
}

void DockerCli::listContainers(const QString &project, const QString &service, QObject *context,
                               Callback<QList<ContainerInfo>> done)
{
    QStringList args{QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                     QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=") + project};
    if (!service.isEmpty())
        args << QStringLiteral("--filter") << QStringLiteral("label=com.docker.compose.service=") + service;
    args << QStringLiteral("--format") << QStringLiteral("{{json .}}");
    ProcessSpec spec = engineSpec(args);
    spec.captureLimit = QueryCaptureLimit;
    spec.timeoutMs = m_options.queryTimeoutMs;
    query<QList<ContainerInfo>>(
        spec, context, [](const ProcessResult &result) { return parseContainerList(result.standardOutput); },
        std::move(done));
}

void DockerCli::findProjectName(const ComposeProject &project, QObject *context, Callback<QString> done)
{
    QStringList candidates;
    const QString own = m_compose.isLegacy() ? project.legacyProjectName() : project.projectName();
    for (const QString &name : {own, project.projectName(), project.legacyProjectName()}) {
        if (!name.isEmpty() && !candidates.contains(name))
            candidates.append(name);
    }
    const auto pick = [candidates](const QList<QJsonObject> &objects) -> QString {
        QSet<QString> seen;
        for (const QJsonObject &object : objects) {
            const QJsonValue labels = object.value(QLatin1String("Labels"));
            const QString label = labels.isObject()
                ? labels.toObject().value(QLatin1String("com.docker.compose.project")).toString()
                : parseLabels(labels.toString()).value(QStringLiteral("com.docker.compose.project"));
            seen.insert(label);
        }
        for (const QString &candidate : candidates) {
            if (seen.contains(candidate))
                return candidate;
        }
        return {};
    };
    const QStringList filter{QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project"),
                             QStringLiteral("--format"), QStringLiteral("{{json .}}")};
    ProcessSpec containers = engineSpec(QStringList{QStringLiteral("ps"), QStringLiteral("-a")} + filter);
    containers.captureLimit = QueryCaptureLimit;
    containers.timeoutMs = m_options.queryTimeoutMs;
    ProcessSpec volumes = engineSpec(QStringList{QStringLiteral("volume"), QStringLiteral("ls")} + filter);
    volumes.captureLimit = QueryCaptureLimit;
    volumes.timeoutMs = m_options.queryTimeoutMs;
    query<QString>(
        containers, context,
        [pick](const ProcessResult &result) -> Expected<QString> {
            const Expected<QList<QJsonObject>> objects = parseJsonObjects(result.standardOutput);
            if (!objects)
                return objects.error();
            return pick(*objects);
        },
        [this, context, volumes, pick, own, done](const Expected<QString> &fromContainers) {
            if (!fromContainers || !fromContainers->isEmpty()) {
                done(fromContainers);
                return;
            }
            query<QString>(
                volumes, context,
                [pick, own](const ProcessResult &result) -> Expected<QString> {
                    const Expected<QList<QJsonObject>> objects = parseJsonObjects(result.standardOutput);
                    if (!objects)
                        return objects.error();
                    const QString found = pick(*objects);
                    return found.isEmpty() ? own : found;
                },
                done);
        });
}

void DockerCli::inspectContainer(const QString &container, QObject *context, Callback<ContainerDetails> done)
{
    Invocation invocation;
    invocation.container = container;
    ProcessSpec spec = engineSpec(
        {QStringLiteral("inspect"), QStringLiteral("--type"), QStringLiteral("container"), container}, invocation);
    spec.captureLimit = QueryCaptureLimit;
    spec.timeoutMs = m_options.queryTimeoutMs;
    query<ContainerDetails>(
        spec, context,
        [container](const ProcessResult &result) -> Expected<ContainerDetails> {
            const Expected<QList<ContainerDetails>> list = parseInspect(result.standardOutput);
            if (!list)
                return list.error();
            if (list->isEmpty())
                return Error(
                    ErrorCode::NoSuchContainer,
                    trText("There is no container \"%1\". Start the stack (docker compose up -d) and try again.")
                        .arg(container));
            return list->first();
        },
        std::move(done));
}

void DockerCli::explainContainer(const QString &container, QObject *context, std::function<void(const Error &)> done,
                                 int logLines)
{
    inspectContainer(
        container, context, [this, container, context, done, logLines](const Expected<ContainerDetails> &d) {
            if (!d) {
                done(d.error());
                return;
            }
            const ContainerDetails details = *d;
            if (details.running && !details.restarting) {
                done(Error());
                return;
            }
            const QString name = details.name.isEmpty() ? container : details.name;
            if (details.status == QLatin1String("created")) {
                done(Error(
                    ErrorCode::ContainerNotRunning,
                    trText("The container %1 was created but never started. Start the stack (docker compose up -d) "
                           "and try again.")
                        .arg(name)));
                return;
            }
            LogOptions options;
            options.follow = false;
            options.tail = logLines;
            ProcessRunner *runner = logs(container, options, this);
            auto lines = std::make_shared<QStringList>();
            connect(runner, &ProcessRunner::standardOutputLine, this,
                    [lines](const QString &line) { lines->append(ProcessRunner::stripAnsi(line)); });
            whenFinished(runner, context, [lines, name, details, done](const ProcessResult &) {
                // Without its log (docker logs failed), the exit code alone still says much.
                done(containerExited(name, details.exitCode, *lines, details.oomKilled));
            });
            runner->start();
        });
}

// --- parsers -----------------------------------------------------------------------------------------------------

QString DockerCli::parseComposeVersion(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    static const QRegularExpression shortForm(QStringLiteral("^v?(\\d+\\.\\d+(?:\\.\\d+)?(?:[-+][0-9A-Za-z.-]+)?)$"));
    static const QRegularExpression longForm(
        caseless(QStringLiteral("compose version:? v?(\\d+\\.\\d+(?:\\.\\d+)?(?:[-+][0-9A-Za-z.-]+)?)")));
    const QString first = text.section(u'\n', 0, 0).trimmed();
    QRegularExpressionMatch match = shortForm.match(first);
    if (match.hasMatch())
        return match.captured(1);
    match = longForm.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

Expected<QList<QJsonObject>> DockerCli::parseJsonObjects(const QByteArray &output)
{
    QList<QJsonObject> objects;
    const QByteArray text = output.trimmed();
    if (text.isEmpty())
        return objects;
    // An array (compose ps before 2.21, docker inspect) or one object, possibly pretty-printed.
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (whole.isObject()) {
            objects.append(whole.object());
            return objects;
        }
        for (const QJsonValue &value : whole.array()) {
            if (!value.isObject())
                return unexpectedOutput(trText("an array element is not an object"));
            objects.append(value.toObject());
        }
        return objects;
    }
    if (text.startsWith('['))
        return unexpectedOutput(trText("JSON error at offset %1: %2").arg(error.offset).arg(error.errorString()));
    // One object per line (docker ps --format '{{json .}}', compose ps --format json since 2.21).
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return unexpectedOutput(trText("line %1 is not a JSON object: %2")
                                        .arg(lineNumber)
                                        .arg(error.error != QJsonParseError::NoError ? Text(error.errorString())
                                                                                     : trText("not an object")));
        }
        objects.append(document.object());
    }
    return objects;
}

QMap<QString, QString> DockerCli::parseLabels(const QString &labels)
{
    QMap<QString, QString> map;
    QString lastKey;
    for (const QString &part : labels.split(u',')) {
        const qsizetype equals = part.indexOf(u'=');
        // A piece without '=' (or whose key would not be a label name) continues the previous value, as in
        // com.docker.compose.project.config_files=/a/compose.yaml,/a/compose.override.yaml
        if (equals <= 0 || part.left(equals).contains(u'/')) {
            if (!lastKey.isEmpty())
                map[lastKey] += u',' + part;
            continue;
        }
        lastKey = part.left(equals);
        map.insert(lastKey, part.mid(equals + 1));
    }
    return map;
}

bool DockerCli::parseExitLine(const QString &line, QString *container, int *exitCode)
{
    static const QRegularExpression exited(QStringLiteral("^(\\S+) exited with code (-?\\d+)\\s*$"));
    const QRegularExpressionMatch match = exited.match(ProcessRunner::stripAnsi(line).trimmed());
    if (!match.hasMatch())
        return false;
    if (container)
        *container = match.captured(1);
    if (exitCode)
        *exitCode = match.captured(2).toInt();
    return true;
}

int DockerCli::exitCodeFromStatus(const QString &status)
{
    static const QRegularExpression exited(QStringLiteral("^Exited \\((-?\\d+)\\)"));
    const QRegularExpressionMatch match = exited.match(status);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

ContainerInfo DockerCli::containerFromJson(const QJsonObject &object)
{
    ContainerInfo info;
    info.id = object.value(QLatin1String("ID")).toString(object.value(QLatin1String("Id")).toString());
    info.name = object.value(QLatin1String("Names")).toString(object.value(QLatin1String("Name")).toString());
    info.image = object.value(QLatin1String("Image")).toString();
    info.status = object.value(QLatin1String("Status")).toString();
    info.state = object.value(QLatin1String("State")).toString().toLower();
    if (info.state.isEmpty())
        info.state = stateFromStatus(info.status);
    info.health = object.value(QLatin1String("Health")).toString();
    if (info.health.isEmpty())
        info.health = healthFromStatus(info.status);
    const QJsonValue labels = object.value(QLatin1String("Labels"));
    if (labels.isObject()) {
        const QJsonObject map = labels.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            info.labels.insert(it.key(), it.value().toString());
    } else {
        info.labels = parseLabels(labels.toString());
    }
    info.project = object.value(QLatin1String("Project"))
                       .toString(info.labels.value(QStringLiteral("com.docker.compose.project")));
    info.service = object.value(QLatin1String("Service"))
                       .toString(info.labels.value(QStringLiteral("com.docker.compose.service")));
    if (info.state == QLatin1String("exited") || info.state == QLatin1String("dead")) {
        const QJsonValue code = object.value(QLatin1String("ExitCode"));
        info.exitCode = code.isDouble() ? code.toInt() : exitCodeFromStatus(info.status);
    }
    return info;
}

Expected<QList<ContainerInfo>> DockerCli::parseContainerList(const QByteArray &output)
{
    const Expected<QList<QJsonObject>> objects = parseJsonObjects(output);
    if (!objects)
        return objects.error();
    QList<ContainerInfo> containers;
    for (const QJsonObject &object : *objects)
        containers.append(containerFromJson(object));
    return containers;
}

Expected<QList<ContainerDetails>> DockerCli::parseInspect(const QByteArray &output)
{
    const Expected<QList<QJsonObject>> objects = parseJsonObjects(output);
    if (!objects)
        return objects.error();
    QList<ContainerDetails> list;
    for (const QJsonObject &object : *objects) {
        ContainerDetails details;
        details.id = object.value(QLatin1String("Id")).toString();
        details.name = object.value(QLatin1String("Name")).toString();
        if (details.name.startsWith(u'/'))
            details.name.remove(0, 1);
        const QJsonObject config = object.value(QLatin1String("Config")).toObject();
        details.image = config.value(QLatin1String("Image")).toString();
        const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            details.labels.insert(it.key(), it.value().toString());
        details.project = details.labels.value(QStringLiteral("com.docker.compose.project"));
        details.service = details.labels.value(QStringLiteral("com.docker.compose.service"));
        const QJsonObject state = object.value(QLatin1String("State")).toObject();
        details.status = state.value(QLatin1String("Status")).toString();
        details.running = state.value(QLatin1String("Running")).toBool();
        details.restarting = state.value(QLatin1String("Restarting")).toBool();
        details.oomKilled = state.value(QLatin1String("OOMKilled")).toBool();
        details.exitCode = state.value(QLatin1String("ExitCode")).toInt();
        details.error = state.value(QLatin1String("Error")).toString();
        details.startedAt = state.value(QLatin1String("StartedAt")).toString();
        details.finishedAt = state.value(QLatin1String("FinishedAt")).toString();
        details.health = state.value(QLatin1String("Health")).toObject().value(QLatin1String("Status")).toString();
        details.restartCount = object.value(QLatin1String("RestartCount")).toInt();
        for (const QJsonValue &value : object.value(QLatin1String("Mounts")).toArray()) {
            const QJsonObject mount = value.toObject();
            details.mounts.append({mount.value(QLatin1String("Type")).toString(),
                                   mount.value(QLatin1String("Name")).toString(),
                                   mount.value(QLatin1String("Source")).toString(),
                                   mount.value(QLatin1String("Destination")).toString()});
        }
        list.append(details);
    }
    return list;
}

// --- failures ----------------------------------------------------------------------------------------------------

Error DockerCli::containerExited(const QString &container, int exitCode, const QStringList &lastLogLines,
                                 bool oomKilled)
{
    Text message = trText("The container %1 exited with code %2.").arg(container).arg(exitCode);
    if (oomKilled)
        message += u' ' + trText("It ran out of memory: give Docker more memory.");
    if (lastLogLines.isEmpty()) {
        message += u' ' + trText("It left no log. Start it in the foreground (docker compose up SERVICE) to see why.");
    } else {
        message += u' ' + trText("Its last log lines say why; fix that, then start it again:");
        QStringList lines = lastLogLines;
        if (lines.size() > 20)
            lines = lines.mid(lines.size() - 20);
        message += u'\n' + lines.join(u'\n');
    }
    return Error(ErrorCode::ContainerExited, message);
}

namespace {

/// One known failure of docker or compose: where it can come from, what recognises it (a pattern in what the tool
/// printed, or an exit code), and the code and message it gets. Evaluated in order; the first that fits wins.
struct FailureRule
{
    enum class Scope
    {
        Any, ///< every docker and compose command
        Exec, ///< engine commands on a container (exec, logs, inspect)
        Engine, ///< engine commands
        Compose ///< compose commands (detection included)
    };
    /// What %1 of the message is.
    enum class Subject
    {
        None,
        Address, ///< the daemon's address, as the message names it, else as expected
        Captured, ///< the pattern's first group
        Container, ///< the invocation's container, else the pattern's first group
        InvocationContainer, ///< the invocation's container
        Tool ///< "docker", "docker compose", "docker-compose"
    };

    Scope scope;
    const char *code;
    QRegularExpression pattern; ///< searched in the last lines of standard error (empty: none)
    Subject subject;
    const char *message; ///< QT_TRANSLATE_NOOP in edm::DockerCli
    QList<int> exitCodes = {}; ///< these exit codes mean it even without the pattern
    bool exitCodesBeforeCompose233 = false; ///< exitCodes count only for compose before 2.33
    bool searchOutput = false; ///< the pattern is also searched in standard output (and shown from there)
    bool details = true; ///< the tool's last lines follow the message
    bool composeFileLocation = false; ///< the file, line and column of a compose file error are kept
};

const QList<FailureRule> &failureRules()
{
    using Scope = FailureRule::Scope;
    using Subject = FailureRule::Subject;
    static const QList<FailureRule> rules{
        // Permission first: Docker 29 words it "permission denied while trying to connect to the docker API at …".
        {Scope::Any, "docker_permission_denied",
         caseless(QStringLiteral(
             "permission denied while trying to connect|PermissionError\\(13|Permission denied.*docker\\.sock")),
         Subject::Address,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "You may not use the Docker daemon at %1: permission denied on its socket. Add your user "
                           "to the docker group (sudo usermod -aG docker $USER, then log out and in again), or run as "
                           "a user who may use docker.")},
        // Up to Docker 27 (and compose v1): "Cannot connect to the Docker daemon at unix:///…. Is the docker daemon
        // running?"; Docker 28/29: "failed to connect to the docker API at unix:///…; check if the path is correct
        // and if the daemon is running"; compose v1: "Error while fetching server API version: ('Connection
        // aborted.', …)".
        {Scope::Any, "docker_daemon_down",
         caseless(QStringLiteral("Cannot connect to the Docker daemon|failed to connect to the docker API|"
                                 "Is the docker daemon running|Error while fetching server API version|"
                                 "error during connect")),
         Subject::Address,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The Docker daemon is not running, or cannot be reached at %1. Start it (sudo systemctl "
                           "start docker, or open Docker Desktop) and try again; if it runs elsewhere, check "
                           "DOCKER_HOST and the docker context (docker context ls).")},
        {Scope::Any, "no_such_service", caseless(QStringLiteral("no such service:\\s*\"?([^\\s\"]+)")),
         Subject::Captured,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The compose project has no service \"%1\". Choose the service as it is named in the "
                           "compose file.")},
        {Scope::Any, "no_such_container", caseless(QStringLiteral("No such container:\\s*(\\S+)")), Subject::Captured,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "There is no container \"%1\" (any more). Start the stack (docker compose up -d) and try "
                           "again.")},
        {Scope::Any, "container_not_running", caseless(QStringLiteral("container (\\S+) is (not running|restarting)")),
         Subject::Container,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The container %1 is not running. Start the stack (docker compose up -d); if it stops "
                           "again, its log says why.")},
        // docker exec prints the runtime's "OCI runtime exec failed: … executable file not found in $PATH" on
        // standard output, and exits 126 (cannot invoke) or 127 (not found).
        {Scope::Exec,
         "exec_command_not_found",
         caseless(QStringLiteral("executable file not found|exec: \"([^\"]+)\": (?:stat .*: )?no such file")),
         Subject::InvocationContainer,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The command does not exist in the container %1. Is it the Postgres container, running "
                           "the image the compose file names?"),
         {126, 127},
         false,
         true},
        {Scope::Compose,
         "compose_no_file",
         caseless(QStringLiteral("no configuration file provided|Can't find a suitable configuration file|"
                                 "FileNotFoundError|^open .*: no such file or directory|"
                                 "\\.ya?ml: no such file or directory")),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "%1 found no compose file. Choose the folder that holds your compose.yaml, and check that "
                           "the file still exists."),
         {14},
         true},
        {Scope::Compose,
         "compose_invalid_file",
         caseless(QStringLiteral("(?:^|\\s)yaml: |yaml\\.\\w+Error|ScannerError|ParserError|is invalid because|"
                                 "Unsupported config option|validating .*:|additional propert|unmarshal|"
                                 "interpolation format|invalid interpolation|mapping values are not allowed")),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "%1 cannot read the compose file. Correct the place it names, then try again."),
         {15},
         true,
         false,
         true,
         true},
        {Scope::Compose,
         "compose_usage",
         caseless(QStringLiteral("unknown flag|unknown shorthand flag|unknown command|accepts \\d+ arg")),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "%1 refused the command line it was given. Your compose version may be too old or too new "
                           "for this release; please report it with the output of \"%1 version\"."),
         {16},
         true},
        {Scope::Compose,
         "compose_build_failed",
         caseless(QStringLiteral("failed to solve|Service '?\\S+'? failed to build")),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "%1 failed to build an image. See the build output, fix the Dockerfile or the build "
                           "context, and try again."),
         {17},
         true},
        {Scope::Compose,
         "compose_pull_failed",
         caseless(QStringLiteral("pull access denied|manifest unknown|manifest for .* not found|"
                                 "repository does not exist|failed to resolve reference|toomanyrequests")),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "%1 could not pull an image. Check the image name and tag in the compose file, your "
                           "connection to the registry, and any registry login."),
         {18},
         true},
        {Scope::Compose,
         "process_cancelled",
         QRegularExpression(),
         Subject::Tool,
         QT_TRANSLATE_NOOP("edm::DockerCli", "%1 was interrupted."),
         {130},
         false,
         false,
         false},
        // Known since the table replaced the if-chain; after the rows above, so that what they recognised keeps its
        // code.
        // Docker 20: "Error: No such volume: NAME"; since 23: "Error response from daemon: get NAME: no such volume".
        {Scope::Any, "no_such_volume",
         caseless(QStringLiteral("No such volume:\\s*(\\S+)|(?:get|remove) (\\S+): no such volume")), Subject::Captured,
         QT_TRANSLATE_NOOP("edm::DockerCli", "There is no volume \"%1\".")},
        // docker volume rm: "Error response from daemon: remove NAME: volume is in use - [ID]".
        {Scope::Engine, "volume_in_use", caseless(QStringLiteral("(?:remove )?(\\S+?):? volume is in use")),
         Subject::Captured,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The volume \"%1\" is still used by a container. Remove that container first (docker ps -a "
                           "--filter volume=%1 lists it).")},
        // docker run --name: 'Conflict. The container name "/NAME" is already in use by container "ID". …'
        {Scope::Engine, "container_name_in_use",
         caseless(QStringLiteral("The container name \"/?([^\"]+)\" is already in use")), Subject::Captured,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "A container named \"%1\" exists already, left by an earlier run. Remove it (docker rm -f "
                           "%1) and try again.")},
        // docker run / create of an image that is not here and cannot be pulled.
        {Scope::Engine, "image_pull_failed",
         caseless(QStringLiteral("pull access denied|manifest unknown|manifest for .* not found|"
                                 "repository does not exist|failed to resolve reference|toomanyrequests")),
         Subject::None,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "Docker could not pull the image. Check the image name and tag, your connection to the "
                           "registry, and any registry login.")},
        {Scope::Any, "docker_disk_full", caseless(QStringLiteral("no space left on device")), Subject::None,
         QT_TRANSLATE_NOOP("edm::DockerCli",
                           "The disk Docker keeps its data on is full. Free some space (docker system df shows what "
                           "Docker uses) and try again.")},
    };
    return rules;
}

/// The file, line and column a compose file error names: compose v1's (PyYAML) "in "FILE", line L, column C", compose
/// v2's "FILE: yaml: line L: …".
void locateComposeError(const QString &text, Error &error)
{
    static const QRegularExpression v1Mark(QStringLiteral("in \"([^\"]+)\", line (\\d+), column (\\d+)"));
    static const QRegularExpression v2Line(QStringLiteral("(?:(\\S+\\.ya?ml):? )?.*yaml: line (\\d+)"));
    if (const QRegularExpressionMatch m = v1Mark.match(text); m.hasMatch()) {
        error.file = m.captured(1);
        error.line = m.captured(2).toInt();
        error.column = m.captured(3).toInt();
    } else if (const QRegularExpressionMatch m2 = v2Line.match(text); m2.hasMatch()) {
        error.file = m2.captured(1);
        error.line = m2.captured(2).toInt();
    }
}

/// The first non-empty group of a match (a pattern may name the same thing in several alternatives).
QString firstGroup(const QRegularExpressionMatch &match)
{
    for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
        if (!match.captured(i).isEmpty())
            return match.captured(i);
    }
    return {};
}

} // namespace

Error DockerCli::describeFailure(const ProcessResult &result, const Invocation &invocation)
{
    using Outcome = ProcessResult::Outcome;
    using Scope = FailureRule::Scope;
    using Subject = FailureRule::Subject;
    const bool compose = invocation.kind != Invocation::Kind::Engine;
    const QString tool = invocation.tool.isEmpty() ? QStringLiteral("docker") : invocation.tool;
    if (result.outcome == Outcome::NotFound) {
        if (tool == QLatin1String("docker-compose")) {
            return Error(
                ErrorCode::ComposeNotFound,
                trText("docker-compose was not found. Install Docker Compose (the docker-compose-plugin package "
                       "gives \"docker compose\"), or choose the program in the settings."));
        }
        return Error(
            ErrorCode::DockerNotFound,
            trText("Docker was not found. Install Docker (on Debian and Ubuntu: sudo apt install docker.io), or "
                   "choose the docker program in the settings (--docker PATH)."));
    }
    if (result.outcome != Outcome::ExitCode)
        return {}; // timeout, cancelled, crashed, failed to start: the runner says it best

    const QStringList &lines = result.lastErrorLines;
    const QString text = lines.join(u'\n');
    const QString output = result.lastOutputLines.join(u'\n');
    const QString address = addressIn(text).isEmpty() ? invocation.host : addressIn(text);
    const QString where = address.isEmpty() ? DefaultHost : address;

    for (const FailureRule &rule : failureRules()) {
        switch (rule.scope) {
        case Scope::Any:
            break;
        case Scope::Exec:
            if (compose || invocation.container.isEmpty())
                continue;
            break;
        case Scope::Engine:
            if (compose)
                continue;
            break;
        case Scope::Compose:
            if (!compose)
                continue;
            break;
        }
        QRegularExpressionMatch match;
        bool matched = false;
        if (!rule.pattern.pattern().isEmpty()) {
            match = rule.pattern.match(text);
            matched = match.hasMatch();
            if (!matched && rule.searchOutput) {
                match = rule.pattern.match(output);
                matched = match.hasMatch();
            }
        }
        if (!matched && rule.exitCodes.contains(result.exitCode) &&
            (!rule.exitCodesBeforeCompose233 || invocation.hasSpecificExitCodes)) {
            matched = true;
        }
        if (!matched)
            continue;

        Text message = trText(rule.message);
        switch (rule.subject) {
        case Subject::None:
            break;
        case Subject::Address:
            message = message.arg(where);
            break;
        case Subject::Captured:
            message = message.arg(firstGroup(match));
            break;
        case Subject::Container:
            message = message.arg(invocation.container.isEmpty() ? firstGroup(match) : invocation.container);
            break;
        case Subject::InvocationContainer:
            message = message.arg(invocation.container);
            break;
        case Subject::Tool:
            message = message.arg(tool);
            break;
        }
        if (rule.details)
            message = withDetails(message, rule.searchOutput && lines.isEmpty() ? result.lastOutputLines : lines);
        Error error(QString::fromLatin1(rule.code), message);
        if (rule.composeFileLocation)
            locateComposeError(text, error);
        return error;
    }
    return {};
}

} // namespace edm
