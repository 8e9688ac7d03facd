// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Redactor.h"
#include "core/Result.h"
#include "core/docker/ProcessRunner.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QIODevice;

namespace edm {

class ComposeProject;
class ProcessRunnerFactory;

/// The compose command line in use: the v2 plugin (`docker compose`), or a standalone `docker-compose` (v1, the
/// Python one, or a v2 binary installed under that name).
struct ComposeTool
{
    enum class Kind
    {
        None,
        Plugin, ///< docker compose
        Standalone ///< docker-compose
    };

    Kind kind = Kind::None;
    QString program; ///< "docker" (or the configured docker) for Plugin; the docker-compose program for Standalone
    QString version; ///< as `version --short` prints it, without a leading v: "2.29.7", "1.29.2"
    int major = 0;
    int minor = 0;

    bool isValid() const { return kind != Kind::None; }
    /// Compose v1 (Python): names containers project_service_1 and computes the project name its own way.
    bool isLegacy() const { return major == 1; }
    /// Compose before 2.33 exits 14–18 for a missing file, a parse error, …; 2.33 and later exit 1 for all.
    bool hasSpecificExitCodes() const { return major == 2 && minor < 33; }
    QString displayName() const; ///< "docker compose" or "docker-compose"
};

/// What a compose command addresses. The project name is always passed (-p), so that both spellings of compose
/// reach the same containers.
struct ComposeTarget
{
    QStringList files; ///< absolute, in merge order (-f …)
    QString projectDirectory; ///< --project-directory
    QString projectName; ///< -p

    /// The project's files and folder, and its name as tool computes it (v2: ComposeProject::projectName(), v1:
    /// legacyProjectName()).
    static ComposeTarget fromProject(const ComposeProject &project, const ComposeTool &tool);
};

/// One container of a listing (`docker ps --format '{{json .}}'` or `docker compose ps --format json`).
struct ContainerInfo
{
    QString id;
    QString name;
    QString image;
    QString state; ///< created, running, restarting, exited, paused, dead (derived from Status when absent)
    QString status; ///< "Up 3 minutes", "Exited (1) 2 minutes ago"
    QString health; ///< healthy, unhealthy, starting, or empty
    QString project; ///< com.docker.compose.project
    QString service; ///< com.docker.compose.service
    int exitCode = -1; ///< when exited (from ExitCode, else from Status)
    QMap<QString, QString> labels;

    bool isRunning() const { return state == QLatin1String("running"); }
};

/// What `docker inspect` says about a container (secrets such as its environment are deliberately not kept).
struct ContainerDetails
{
    struct Mount
    {
        QString type; ///< volume, bind, tmpfs
        QString name; ///< volume name
        QString source; ///< host path
        QString destination; ///< path in the container
    };

    QString id;
    QString name; ///< without the leading '/'
    QString image; ///< Config.Image, as the compose file names it
    QString status; ///< State.Status
    bool running = false;
    bool restarting = false;
    bool oomKilled = false;
    int exitCode = 0;
    QString error; ///< State.Error
    QString startedAt;
    QString finishedAt;
    QString health; ///< State.Health.Status
    int restartCount = 0;
    QString project;
    QString service;
    QMap<QString, QString> labels;
    QList<Mount> mounts;
};

/// `docker logs` options.
struct LogOptions
{
    bool follow = true; ///< -f
    QString since; ///< --since (RFC 3339 time or a duration like 10m); empty: from the start
    int tail = -1; ///< --tail N; negative: all
    bool timestamps = false; ///< --timestamps
};

/// `docker exec` options.
struct ExecOptions
{
    bool interactive = true; ///< -i: standard input reaches the command (needed for restores and SQL on stdin)
    QString user; ///< -u
    QString workdir; ///< -w
    /// Plain settings, passed as -e NAME=value.
    QList<std::pair<QString, QString>> environment;
    /// Secrets (PGPASSWORD, …): only -e NAME is in the command line; the value goes through the docker client's own
    /// environment, and is redacted from everything the runner emits.
    QList<std::pair<QString, QString>> secretEnvironment;
    ProcessSpec::Output output = ProcessSpec::Output::Lines;
    QIODevice *outputDevice = nullptr; ///< Raw output: written here as it arrives
    qsizetype captureLimit = 0;
    QString stdinFile; ///< streamed to the command's standard input
    QByteArray stdinData;
    int timeoutMs = 0;
};

/// A container made for one job and thrown away (`docker run` / `docker create`): copying or emptying a volume, a
/// rehearsal server. Without network unless asked, removed when it stops unless asked otherwise.
struct ThrowawayRun
{
    QString image;
    QString name; ///< --name; empty: anonymous
    bool detached = false; ///< -d (run only): returns once started, printing the container's id
    bool remove = true; ///< --rm
    QString entrypoint; ///< --entrypoint; empty: the image's own
    QStringList volumes; ///< -v "source:destination[:options]"
    /// Plain settings, passed as -e NAME=value.
    QList<std::pair<QString, QString>> environment;
    /// Secrets (POSTGRES_PASSWORD, …): only -e NAME is in the command line; the value goes through the docker
    /// client's own environment, and is redacted from everything the runner emits.
    QList<std::pair<QString, QString>> secretEnvironment;
    QStringList command; ///< after the image
    bool network = false; ///< false: --network none
    QMap<QString, QString> labels; ///< --label key=value, in key order
};

/// How DockerCli reaches docker.
struct DockerCliOptions
{
    QString dockerProgram; ///< empty: "docker" on PATH
    QString composeProgram; ///< empty: "docker-compose" on PATH
    QString host; ///< empty: whatever DOCKER_HOST / DOCKER_CONTEXT in environment say
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redactor redactor; ///< secrets known up front
    int queryTimeoutMs = 60 * 1000; ///< version, ps, inspect, logs --tail
};

/// Which command a failure came from; used to word the message.
struct DockerInvocation
{
    enum class Kind
    {
        Engine, ///< docker …
        Compose, ///< docker compose … / docker-compose …
        ComposeVersion ///< detection; failures there are not final
    };
    Kind kind = Kind::Engine;
    QString tool; ///< "docker", "docker compose", "docker-compose"
    QString host; ///< where the daemon was expected ("unix:///var/run/docker.sock" when unknown)
    QString container; ///< exec, logs, inspect
    QStringList services; ///< compose commands naming services
    bool hasSpecificExitCodes = true; ///< compose before 2.33 (or unknown): 14–18 are meaningful
};

/// The docker and compose command line clients, without blocking: compose for the lifecycle (`up -d`, `up
/// SERVICE`, `stop`, `down`), the engine for everything that is parsed (`ps`, `inspect`, `logs -f`, `exec -i`).
///
/// - Programs: the configured docker (settings, `--docker PATH`), else `docker` on PATH; compose v2 is `docker
///   compose` (detected with `docker compose version --short`), else `docker-compose` (v1, or v2 standalone).
/// - The environment given passes through to every child, DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG
///   included; an explicit host becomes `--host` (and DOCKER_HOST for a standalone docker-compose).
/// - Every runner it creates comes from the factory (tests substitute it), is redacted with the known secrets, and
///   ends with an error that names the known failures with a fix: docker missing, daemon down (old and Docker 28+
///   wording), permission denied on the socket, no compose file, invalid compose file (with line and column),
///   no such service, no such container, container not running or exited (with its exit code and last log lines),
///   compose's exit codes 14–18 (before 2.33) and 1 (since).
///
/// Operations that stream (lifecycle, logs, exec) return a runner that is set up but not started: connect to it,
/// then call start(). Queries with a typed answer take a callback, called once, in the event loop, unless context
/// is destroyed first.
class DockerCli : public QObject
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::DockerCli)

public:
    using Options = DockerCliOptions;
    using Invocation = DockerInvocation;

    template<typename T> using Callback = std::function<void(const Expected<T> &)>;

    explicit DockerCli(Options options = {}, QObject *parent = nullptr);
    ~DockerCli() override;

    const Options &options() const { return m_options; }
    void addSecret(const QString &secret) { m_options.redactor.addSecret(secret); }
    /// Use factory for every runner from now on; nullptr: ProcessRunnerFactory::instance().
    void setRunnerFactory(std::shared_ptr<const ProcessRunnerFactory> factory);

    /// The docker program as configured, or "docker" (resolved on the environment's PATH when run).
    QString dockerProgram() const;
    /// The host the daemon is expected at, for messages.
    QString daemonAddress() const;

    // --- compose detection -----------------------------------------------------------------------------------------

    /// Tries `docker compose version --short`, then `docker-compose version --short`. On success the tool is also
    /// kept (composeTool()). Errors: docker_not_found (neither docker nor docker-compose exist), compose_not_found.
    void detectCompose(QObject *context, Callback<ComposeTool> done);
    const ComposeTool &composeTool() const { return m_compose; }
    /// Sets the tool without detection (a saved setting, a test).
    void setComposeTool(const ComposeTool &tool) { m_compose = tool; }

    // --- compose lifecycle (not started; call start())
    // ----------------------------------------------------------------

    /// Any compose command: [docker [--host H] compose | docker-compose] -f F… --project-directory D -p P args…
    ProcessSpec composeSpec(const ComposeTarget &target, const QStringList &arguments,
                            const QStringList &services = {}) const;
    ProcessRunner *compose(const ComposeTarget &target, const QStringList &arguments, QObject *parent,
                           const QStringList &services = {});
    /// `up -d [SERVICE…]` when detached; else `up SERVICE…` in the foreground, its output (the containers' logs
    /// with compose's prefixes) merged into output lines until the containers stop.
    ProcessRunner *up(const ComposeTarget &target, const QStringList &services, bool detached, QObject *parent);
    ProcessRunner *stop(const ComposeTarget &target, const QStringList &services, QObject *parent);
    ProcessRunner *down(const ComposeTarget &target, QObject *parent, const QStringList &extraArguments = {});

    // --- engine ---------------------------------------------------------------------------------------------------

    /// Any engine command: docker [--host H] arguments…
    ProcessSpec engineSpec(const QStringList &arguments, const Invocation &invocation = {}) const;
    ProcessRunner *engine(const QStringList &arguments, QObject *parent);
    /// docker logs [-f] [--since S] [--tail N] [--timestamps] CONTAINER; stdout and stderr merged, as lines.
    ProcessRunner *logs(const QString &container, const LogOptions &options, QObject *parent);
    /// docker exec [-i] [-u U] [-w W] [-e NAME=value…] [-e SECRET…] CONTAINER command…
    ProcessSpec execSpec(const QString &container, const QStringList &command, const ExecOptions &options) const;
    ProcessRunner *exec(const QString &container, const QStringList &command, const ExecOptions &options,
                        QObject *parent);

    // --- volumes
    /// The real name of compose's volume `volumeKey` of `project` (by compose's labels), or an empty string.
    /// docker volume ls --filter label=com.docker.compose.project=P --filter label=com.docker.compose.volume=K
    /// --format {{.Name}}
    void findComposeVolume(const QString &project, const QString &volumeKey, QObject *context, Callback<QString> done);
    /// Whether a volume of exactly this name exists (docker volume inspect --format {{.Name}} NAME): false when docker
    /// answers "no such volume", an error when docker fails otherwise.
    void volumeExists(const QString &name, QObject *context, Callback<bool> done);
    /// docker volume create NAME
    ProcessRunner *createVolume(const QString &name, QObject *parent);
    /// Copies every file of volume `from` into volume `to` (cp -a) in a throwaway container of `image`, no network.
    ProcessRunner *copyVolume(const QString &from, const QString &to, const QString &image, QObject *parent);
    /// Removes every file (hidden ones too) from the volume, in a throwaway container of `image`, no network.
    ProcessRunner *emptyVolume(const QString &name, const QString &image, QObject *parent);
    /// docker volume rm NAME
    ProcessRunner *removeVolume(const QString &name, QObject *parent);

    // --- containers
    /// docker rm -f [-v] NAME
    ProcessRunner *removeContainer(const QString &name, bool withVolumes, QObject *parent);
    /// `docker cp container:path localPath`
    ProcessRunner *copyFromContainer(const QString &container, const QString &path, const QString &localPath,
                                     QObject *parent);
    using ThrowawayRun = edm::ThrowawayRun;
    /// docker run [-d] [--rm] [--name N] [--label k=v…] [--network none] [--entrypoint E] [-v V…] [-e NAME=value…]
    /// [-e SECRET…] IMAGE command…
    ProcessSpec runSpec(const ThrowawayRun &run) const;
    ProcessRunner *runThrowaway(const ThrowawayRun &run, QObject *parent);
    /// The same container created, never started (docker create, with the options of runSpec() but -d): it prints
    /// the new container's id. For reading a volume's files with copyFromContainer().
    ProcessSpec createSpec(const ThrowawayRun &run) const;
    ProcessRunner *createContainer(const ThrowawayRun &run, QObject *parent);

    /// docker ps -a --filter label=com.docker.compose.project=P [--filter label=com.docker.compose.service=S]
    /// --format '{{json .}}'
    void listContainers(const QString &project, const QString &service, QObject *context,
                        Callback<QList<ContainerInfo>> done);
    /// The project name a compose project's containers and volumes really carry. Compose v1 and v2 compute the
    /// name differently, and a stack started with one spelling must be addressed with its name by the other (or a
    /// new, empty volume would be created). Looks for containers, then volumes, labelled with each candidate (the
    /// tool's own computation first); when none exist yet, the tool's own.
    void findProjectName(const ComposeProject &project, QObject *context, Callback<QString> done);
    /// docker inspect --type container CONTAINER
    void inspectContainer(const QString &container, QObject *context, Callback<ContainerDetails> done);
    /// Why a container is not running: inspect plus `logs --tail N`, as a container_exited error with the exit code
    /// and the last log lines (container_not_running while it restarts or was never started). The callback gets
    /// the error (null if the container runs after all).
    void explainContainer(const QString &container, QObject *context, std::function<void(const Error &)> done,
                          int logLines = 20);

    // --- parsers (pure; tested on recorded output) ------------------------------------------------------------------

    /// "2.29.7", "v2.29.7", "Docker Compose version v2.29.7", "docker-compose version 1.29.2, build 5becea4c" →
    /// the version; empty when the text is not a version.
    static QString parseComposeVersion(const QByteArray &output);
    /// JSON objects written as an array, one per line, or as one object; an empty text is an empty list.
    static Expected<QList<QJsonObject>> parseJsonObjects(const QByteArray &output);
    /// Engine `ps --format '{{json .}}'` lines and compose v2 `ps --format json` (array before 2.21, lines since).
    static Expected<QList<ContainerInfo>> parseContainerList(const QByteArray &output);
    static ContainerInfo containerFromJson(const QJsonObject &object);
    /// `docker inspect` output (an array).
    static Expected<QList<ContainerDetails>> parseInspect(const QByteArray &output);
    /// compose's "postgres-1 exited with code 1" (v2) or "ente_postgres_1 exited with code 1" (v1), colours and all:
    /// the container and the code; false for any other line.
    static bool parseExitLine(const QString &line, QString *container, int *exitCode);
    /// "k=v,k=v" as `docker ps` prints labels (values may contain commas).
    static QMap<QString, QString> parseLabels(const QString &labels);
    /// "Exited (137) 5 seconds ago" → 137; -1 when not exited.
    static int exitCodeFromStatus(const QString &status);

    /// The human error for a failed docker or compose run: known failures get their own code, message and fix;
    /// others keep the runner's error. Returns a null Error when the runner's own error is best.
    static Error describeFailure(const ProcessResult &result, const Invocation &invocation);
    /// The container_exited error: its name, exit code and last log lines, and what to do.
    static Error containerExited(const QString &container, int exitCode, const QStringList &lastLogLines,
                                 bool oomKilled = false);

Q_SIGNALS:
    /// A runner created here started: the command line, redacted, for the log view.
    void commandStarted(const QString &commandLine);

private:
    ProcessRunner *createRunner(const ProcessSpec &spec, QObject *parent);
    void whenFinished(ProcessRunner *runner, QObject *context, std::function<void(const ProcessResult &)> handler);
    template<typename T>
    void query(const ProcessSpec &spec, QObject *context, std::function<Expected<T>(const ProcessResult &)> parse,
               Callback<T> done);
    void detectStandalone(QObject *context, Callback<ComposeTool> done, const Error &pluginError);
    QProcessEnvironment childEnvironment() const;
    Invocation composeInvocation(const QStringList &services) const;
    ProcessSpec containerSpec(const QString &verb, const ThrowawayRun &run) const;

    Options m_options;
    ComposeTool m_compose;
    std::shared_ptr<const ProcessRunnerFactory> m_factory;
};

} // namespace edm

Q_DECLARE_METATYPE(edm::ComposeTool)
Q_DECLARE_METATYPE(edm::ContainerInfo)
