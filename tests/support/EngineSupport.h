// SPDX-License-Identifier: GPL-3.0-or-later
// What the headless engine tests share (tests/unit/tst_engine_*.cpp): a project folder with the compose file of
// tests/data/engine/project, a fake docker (tests/data/engine/fake-docker) whose containers and volumes live in a
// state folder, and a driver that runs the engine's public API to its finished() the way the wizard and the CLI do,
// answering each confirmation as the test says. Everything asserted is public: signals, the journal on disk, the
// compose bytes, the backup file, and the docker commands the fake recorded.
#pragma once

#include "TestSupport.h"

#include "core/migration/Journal.h"
#include "core/migration/MigrationEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace edm::test {

using Engine = MigrationEngine;
using Step = MigrationEngine::Step;

inline QString upgradeLog(const QString &name)
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/logs/") + name;
}

inline const QByteArray sourceImage = "image: postgres:12";
inline const QByteArray upgradeImage = "image: pgautoupgrade/pgautoupgrade:16-trixie";
inline const QByteArray targetImage = "image: postgres:16";

/// The original compose bytes with only the Postgres image replaced.
inline QByteArray withImage(const QByteArray &original, const QByteArray &image)
{
    QByteArray bytes = original;
    return bytes.replace(sourceImage, image);
}

/// The index of the first call matching pattern at or after from; -1 when there is none.
inline qsizetype indexOf(const QStringList &calls, const QString &pattern, qsizetype from = 0)
{
    const QRegularExpression re(pattern);
    for (qsizetype i = from; i < calls.size(); ++i) {
        if (re.match(calls.at(i)).hasMatch())
            return i;
    }
    return -1;
}

inline const QString composeDown = QStringLiteral("^docker compose .* -p ente down$");
inline const QString composeUpService = QStringLiteral("^docker compose .* -p ente up -d postgres$");
inline const QString composeUpAll = QStringLiteral("^docker compose .* -p ente up -d$");
inline const QString composeStopService = QStringLiteral("^docker compose .* -p ente stop postgres$");
inline const QString followLog = QStringLiteral("^docker logs -f ente-postgres-1$");
inline const QString dumpall = QStringLiteral("^docker exec .* pg_dumpall -U pguser");

/// What one run (start, resume or rollback) did, as its signals said.
struct EngineRun
{
    bool finished = false;
    int finishedCount = 0;
    Error error;
    QStringList states; ///< stateChanged, in order
    QList<Step> started; ///< stepStarted
    QList<std::pair<Step, bool>> stepsFinished;
    QList<MigrationEngine::Confirmation> asked;
    QStringList log; ///< logLine
    QStringList milestones;
};

/// One project with its fake docker. A test makes one per function (init/cleanup), sets knobs, runs engines.
class EngineRig
{
public:
    EngineRig()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(projectDir()));
        QVERIFY(QDir().mkpath(stateDir()));
        m_original = readAll(engineData(QStringLiteral("project/compose.yaml")));
        QVERIFY(!m_original.isEmpty());
        QVERIFY(writeAll(composePath(), m_original));
        // The stack runs, on Postgres 12, as before any migration.
        setState(QStringLiteral("container"), "postgres:12\n");
        setState(QStringLiteral("running"), "1\n");
        setState(QStringLiteral("volumes"), "ente_postgres-data postgres-data\n");
    }

    /// The project folder; its name is the compose project name ("ente").
    QString projectDir() const { return m_dir.filePath(QStringLiteral("ente")); }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString composePath() const { return projectDir() + QStringLiteral("/compose.yaml"); }
    QString dockerLogPath() const { return m_dir.filePath(QStringLiteral("docker.log")); }
    /// The backup the engine wrote under its default name (pg12.22-<date>-<time>.backup.sql), when there is exactly
    /// one; else the name adopt() gives a backup taken over from another rig.
    QString defaultBackup() const
    {
        const QStringList found =
            QDir(projectDir()).entryList({QStringLiteral("pg12*.backup.sql")}, QDir::Files, QDir::Name);
        return projectDir() + u'/' + (found.size() == 1 ? found.first() : QStringLiteral("pg12.backup.sql"));
    }
    QByteArray originalCompose() const { return m_original; }
    QByteArray compose() const { return readAll(composePath()); }

    /// A knob of the fake (tests/data/engine/fake-docker's header), as a file: it applies from the next call on.
    void setKnob(const QString &name, const QString &value) { setState(name, value.toUtf8()); }
    void clearKnob(const QString &name) { QFile::remove(QDir(stateDir()).filePath(name)); }
    void setState(const QString &name, const QByteArray &bytes)
    {
        QVERIFY(writeAll(QDir(stateDir()).filePath(name), bytes));
    }
    QByteArray state(const QString &name) const { return readAll(QDir(stateDir()).filePath(name)).trimmed(); }
    bool containerExists() const { return QFileInfo::exists(QDir(stateDir()).filePath(QStringLiteral("container"))); }
    bool containerRunning() const { return containerExists() && state(QStringLiteral("running")) == "1"; }
    QByteArray containerImage() const { return state(QStringLiteral("container")); }
    QStringList volumes() const
    {
        QStringList names;
        for (const QString &line : lines(state(QStringLiteral("volumes"))))
            names.append(line.section(u' ', 0, 0));
        return names;
    }

    MigrationEngine::Options options() const
    {
        MigrationEngine::Options o;
        o.projectPath = projectDir();
        o.target = 16;
        o.upgradeTimeoutSeconds = 600; // the timeout test sets its own
        o.docker.dockerProgram = engineData(QStringLiteral("fake-docker"));
        o.docker.composeProgram = m_dir.filePath(QStringLiteral("no-docker-compose"));
        o.docker.queryTimeoutMs = 20000;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        env.remove(QStringLiteral("COMPOSE_PROJECT_NAME"));
        env.remove(QStringLiteral("COMPOSE_FILE"));
        env.insert(QStringLiteral("FAKE_STATE"), stateDir());
        env.insert(QStringLiteral("FAKE_LOG"), dockerLogPath());
        env.insert(QStringLiteral("FAKE_DB_SIZE"), QStringLiteral("8356719")); // ente_db, postgres, templates
        o.docker.environment = env;
        return o;
    }

    /// The docker commands run so far ("docker compose … up -d postgres", "docker exec … pg_isready …"), and
    /// forgets them when clear is set.
    QStringList docker(bool clear = false) const
    {
        QStringList calls;
        for (const QString &line : QString::fromUtf8(readAll(dockerLogPath())).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("docker ")))
                calls.append(line);
        }
        if (clear)
            QFile::remove(dockerLogPath());
        return calls;
    }
    /// Everything the fake recorded, SQL and hangs included.
    QString dockerLog() const { return QString::fromUtf8(readAll(dockerLogPath())); }
    void clearDockerLog() const { QFile::remove(dockerLogPath()); }

    /// The calls whose words match pattern (a regular expression on the whole line).
    QStringList calls(const QString &pattern) const { return docker().filter(QRegularExpression(pattern)); }

    QJsonObject journal() const { return QJsonDocument::fromJson(readAll(Journal::pathFor(projectDir()))).object(); }
    QString journalState() const { return journal().value(QStringLiteral("state")).toString(); }
    bool journalExists() const { return Journal::exists(projectDir()); }

    /// Takes over what a finished run in another rig left (its journal folder, with the original compose bytes, and
    /// its backup), as if this project had run to state: the journal says state (the backup path is this
    /// project's), the compose file holds image in place of the original's, the container and its data are as
    /// that state leaves them (set them with setState()).
    void adopt(const EngineRig &from, const QString &state, bool dataTouched)
    {
        QVERIFY(copyTree(Journal::directoryFor(from.projectDir()), Journal::directoryFor(projectDir())));
        QVERIFY(QFile::copy(from.defaultBackup(), defaultBackup()));
        QJsonObject json = journal();
        QVERIFY(!json.isEmpty());
        json.insert(QStringLiteral("state"), state);
        json.insert(QStringLiteral("data_touched"), dataTouched);
        QJsonObject backup = json.value(QStringLiteral("backup")).toObject();
        QVERIFY(!backup.isEmpty());
        backup.insert(QStringLiteral("path"), defaultBackup());
        json.insert(QStringLiteral("backup"), backup);
        QVERIFY(writeAll(Journal::pathFor(projectDir()), QJsonDocument(json).toJson()));
    }

    static bool copyTree(const QString &from, const QString &to)
    {
        if (!QDir().mkpath(to))
            return false;
        const QDir source(from);
        for (const QFileInfo &entry :
             source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString target = QDir(to).filePath(entry.fileName());
            if (entry.isDir() ? !copyTree(entry.absoluteFilePath(), target)
                              : !QFile::copy(entry.absoluteFilePath(), target)) {
                return false;
            }
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_original;
};

/// Drives one engine. Confirmations are answered (queued, as a user would) by answer(); by default yes.
class EngineDriver
{
public:
    explicit EngineDriver(MigrationEngine::Options options)
        : m_engine(std::make_unique<MigrationEngine>(std::move(options)))
    {
        MigrationEngine *engine = m_engine.get();
        QObject::connect(engine, &MigrationEngine::finished, engine, [this](const Error &error) {
            m_run.finished = true;
            ++m_run.finishedCount;
            m_run.error = error;
        });
        QObject::connect(engine, &MigrationEngine::stateChanged, engine,
                         [this](const QString &state) { m_run.states.append(state); });
        QObject::connect(engine, &MigrationEngine::stepStarted, engine, [this](Step step) {
            m_run.started.append(step);
            if (m_onStep)
                m_onStep(step);
        });
        QObject::connect(engine, &MigrationEngine::stepFinished, engine, [this](Step step, bool ok) {
            m_run.stepsFinished.append({step, ok});
        });
        QObject::connect(engine, &MigrationEngine::logLine, engine,
                         [this](Step, const QString &line) { m_run.log.append(line); });
        QObject::connect(engine, &MigrationEngine::milestone, engine,
                         [this](Step, const QString &text) { m_run.milestones.append(text); });
        QObject::connect(engine, &MigrationEngine::confirmationNeeded, engine,
                         [this, engine](const MigrationEngine::Confirmation &confirmation) {
                             m_run.asked.append(confirmation);
                             if (!answer)
                                 return; // the test answers itself
                             const bool yes = answer(confirmation);
                             QMetaObject::invokeMethod(
                                 engine, [engine, yes] { engine->confirm(yes); }, Qt::QueuedConnection);
                         });
    }

    MigrationEngine *engine() const { return m_engine.get(); }
    const EngineRun &result() const { return m_run; }
    /// Called at every stepStarted, before the step acts.
    void onStep(std::function<void(Step)> hook) { m_onStep = std::move(hook); }

    /// Starts, resumes or rolls back, and waits for finished() (a QTest failure when it does not come).
    enum class Action
    {
        Start,
        Resume,
        Rollback
    };
    bool run(Action action, int timeoutMs = 300000)
    {
        begin(action);
        return wait(timeoutMs);
    }
    void begin(Action action)
    {
        m_run = {};
        switch (action) {
        case Action::Start:
            return m_engine->start();
        case Action::Resume:
            return m_engine->resume();
        case Action::Rollback:
            return m_engine->rollback();
        }
    }
    bool wait(int timeoutMs = 300000)
    {
        (void)QTest::qWaitFor([this] { return m_run.finished; }, timeoutMs);
        // A second finished() would be a bug of its own: let the event loop show it.
        QTest::qWait(50);
        return m_run.finished;
    }

    /// The confirmation policy: yes to everything by default.
    std::function<bool(const MigrationEngine::Confirmation &)> answer = [](const MigrationEngine::Confirmation &) {
        return true;
    };

private:
    std::unique_ptr<MigrationEngine> m_engine;
    EngineRun m_run;
    std::function<void(Step)> m_onStep;
};

/// Runs a whole pgautoupgrade migration in rig, yes to every question; false (with a QTest failure) if it failed.
inline bool migrateFully(EngineRig &rig)
{
    EngineDriver driver(rig.options());
    if (!driver.run(EngineDriver::Action::Start))
        return false;
    const Error &error = driver.result().error;
    if (!error.isNull()) {
        qWarning("migration failed: %s %s", qPrintable(error.code), qPrintable(error.message.toString()));
        return false;
    }
    return rig.journalState() == QLatin1String("done");
}

/// Says no at the confirmation of step (the nth of that step, counting from 1), yes to every other.
inline std::function<bool(const MigrationEngine::Confirmation &)> declineAt(Step step, int nth = 1)
{
    auto seen = std::make_shared<int>(0);
    return [step, nth, seen](const MigrationEngine::Confirmation &c) {
        if (c.step != step)
            return true;
        return ++*seen != nth;
    };
}

} // namespace edm::test
