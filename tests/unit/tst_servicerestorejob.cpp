// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceRestoreJob: a compose project's Postgres container found, and a dump restored into it, against two fakes
// behind one script: the engine's listings replayed from tests/data/docker/recorded (tests/data/docker/fake/docker:
// the container edm-rec_postgres_1 of the project edm-rec) and `docker exec … psql` answered by
// tests/data/postgres/fake-docker (the recorded postgres:12 server).
#include "core/postgres/ServiceRestoreJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace edm;

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray composeFile = "services:\n"
                               "  postgres:\n"
                               "    image: postgres:12\n"
                               "    environment:\n"
                               "      POSTGRES_USER: pguser\n"
                               "      POSTGRES_PASSWORD: pgpass\n"
                               "      POSTGRES_DB: ente_db\n"
                               "    volumes:\n"
                               "      - postgres-data:/var/lib/postgresql/data\n"
                               "volumes:\n"
                               "  postgres-data:\n";

} // namespace

class tst_ServiceRestoreJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noProjectIsTheProjectsError();
    void findsTheContainerWithoutWriting();
    void restoresIntoTheContainer();
    void refusesAContainerOtherThanConfirmed();
    void cancelBeforeItRuns();

private:
    ServiceRestoreOptions options(const QString &dumpFile = {}) const;
    /// Runs the job to its end; returns its error.
    Error runToEnd(ServiceRestoreJob &job);
    QString execCalls() const { return QString::fromUtf8(read(m_dir->filePath(QStringLiteral("exec.log")))); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_ServiceRestoreJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // compose v2 names the project after its folder, as the recorded containers are labelled.
    m_project = m_dir->filePath(QStringLiteral("edm-rec"));
    QVERIFY(QDir().mkpath(m_project));
    QVERIFY(write(m_project + QStringLiteral("/compose.yaml"), composeFile));
    const QString script = m_dir->filePath(QStringLiteral("docker"));
    QVERIFY(write(script,
                  "#!/bin/sh\n"
                  "cmd=$1\n"
                  "[ \"$cmd\" = --host ] && cmd=$3\n"
                  "[ \"$cmd\" = exec ] && exec \"$FAKE_PG_DOCKER\" \"$@\"\n"
                  "exec \"$FAKE_ENGINE_DOCKER\" \"$@\"\n"));
    QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_ServiceRestoreJob::cleanup()
{
    m_dir.reset();
}

ServiceRestoreOptions tst_ServiceRestoreJob::options(const QString &dumpFile) const
{
    ServiceRestoreOptions o;
    o.projectPath = m_project;
    o.dumpFile = dumpFile;
    o.dockerProgram = m_dir->filePath(QStringLiteral("docker"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.remove(QStringLiteral("COMPOSE_PROJECT_NAME"));
    env.insert(QStringLiteral("FAKE_ENGINE_DOCKER"), QStringLiteral(EDM_TEST_DATA_DIR "/docker/fake/docker"));
    env.insert(QStringLiteral("FAKE_PG_DOCKER"), QStringLiteral(EDM_TEST_DATA_DIR "/postgres/fake-docker"));
    env.insert(QStringLiteral("FAKE_DOCKER_DATA"), QStringLiteral(EDM_TEST_DATA_DIR "/docker/recorded"));
    env.insert(QStringLiteral("FAKE_PG_DATA"), QStringLiteral(EDM_TEST_DATA_DIR "/postgres/"));
    env.insert(QStringLiteral("FAKE_DOCKER_COMPOSE_VERSION"), QStringLiteral("compose-v2.29-version"));
    env.insert(QStringLiteral("FAKE_DOCKER_PS"), QStringLiteral("docker-ps-running"));
    env.insert(QStringLiteral("FAKE_DOCKER_VOLUME"), QStringLiteral("docker-volume-ls"));
    env.insert(QStringLiteral("FAKE_DOCKER_DEFAULT"), QStringLiteral("empty"));
    env.insert(QStringLiteral("FAKE_RESTORE_COPY"), m_dir->filePath(QStringLiteral("received.sql")));
    env.insert(QStringLiteral("FAKE_LOG"), m_dir->filePath(QStringLiteral("exec.log")));
    o.environment = env;
    return o;
}

Error tst_ServiceRestoreJob::runToEnd(ServiceRestoreJob &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(60000))
        return Error(QStringLiteral("test_timeout"), QStringLiteral("the job did not finish"));
    if (finished.size() != 1)
        return Error(QStringLiteral("test_twice"), QStringLiteral("finished() more than once"));
    return finished.first().first().value<Error>();
}

void tst_ServiceRestoreJob::noProjectIsTheProjectsError()
{
    ServiceRestoreOptions o = options(QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql"));
    o.projectPath = m_dir->filePath(QStringLiteral("nothing-here"));
    QVERIFY(QDir().mkpath(o.projectPath));
    ServiceRestoreJob job(o);
    QSignalSpy found(&job, &ServiceRestoreJob::targetFound);
    const Error error = runToEnd(job);
    QVERIFY(!error.isNull());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(job.projectError());
    QVERIFY(!job.target());
    QCOMPARE(found.size(), 0);
    QVERIFY(execCalls().isEmpty());
}

void tst_ServiceRestoreJob::findsTheContainerWithoutWriting()
{
    ServiceRestoreJob job(options());
    QSignalSpy found(&job, &ServiceRestoreJob::targetFound);
    const Error error = runToEnd(job);
    QVERIFY2(error.isNull(), qPrintable(error.message.toString()));
    QCOMPARE(found.size(), 1);
    QVERIFY(job.target());
    QCOMPARE(job.target()->projectName, QStringLiteral("edm-rec"));
    QCOMPARE(job.target()->service, QStringLiteral("postgres"));
    QCOMPARE(job.target()->container, QStringLiteral("edm-rec_postgres_1"));
    QCOMPARE(job.target()->image, QStringLiteral("postgres:12"));
    QCOMPARE(job.target()->status, QStringLiteral("Up 13 seconds"));
    QCOMPARE(QDir(job.target()->projectDir).canonicalPath(), QDir(m_project).canonicalPath());
    // Looking is not writing: no docker exec ran.
    QVERIFY(execCalls().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("received.sql"))));
}

void tst_ServiceRestoreJob::restoresIntoTheContainer()
{
    const QString file = QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql");
    ServiceRestoreOptions o = options(file);
    o.expectedContainer = QStringLiteral("edm-rec_postgres_1");
    ServiceRestoreJob job(o);
    QSignalSpy phases(&job, &ServiceRestoreJob::phaseChanged);
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy lines(&job, &Job::logLine);
    const Error error = runToEnd(job);
    QVERIFY2(error.isNull(), qPrintable(error.message.toString()));

    QCOMPARE(job.result().container, QStringLiteral("edm-rec_postgres_1"));
    QCOMPARE(job.result().server.major, 12);
    QCOMPARE(job.result().bytes, QFileInfo(file).size());
    QCOMPARE(job.result().lines, 601);
    QCOMPARE(read(m_dir->filePath(QStringLiteral("received.sql"))).count('\n'), read(file).count('\n'));

    QList<ServiceRestoreJob::Phase> seen;
    for (const QList<QVariant> &phase : phases)
        seen.append(phase.first().value<ServiceRestoreJob::Phase>());
    QCOMPARE(seen,
             (QList<ServiceRestoreJob::Phase>{ServiceRestoreJob::Phase::Locating, ServiceRestoreJob::Phase::Preparing,
                                              ServiceRestoreJob::Phase::Restoring}));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(file).size());
    QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(file).size());
    QCOMPARE(job.status().bytes, QFileInfo(file).size());

    // Into the container found, as the compose service's user, the password by name only.
    const QString calls = execCalls();
    QVERIFY2(calls.contains(QLatin1String("-e PGPASSWORD edm-rec_postgres_1 psql -X -q -v ON_ERROR_STOP=1 -w -U "
                                          "pguser -d postgres -f -")),
             qPrintable(calls));
    QVERIFY(calls.contains(QLatin1String("ENV PGPASSWORD=pgpass")));
    QVERIFY(!calls.split(u'\n').filter(QStringLiteral(">>> ")).join(u'\n').contains(QLatin1String("pgpass")));
    for (const QList<QVariant> &line : lines)
        QVERIFY2(!line.first().toString().contains(QLatin1String("pgpass")), qPrintable(line.first().toString()));
}

void tst_ServiceRestoreJob::refusesAContainerOtherThanConfirmed()
{
    ServiceRestoreOptions o = options(QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql"));
    o.expectedContainer = QStringLiteral("edm-rec_postgres_2");
    ServiceRestoreJob job(o);
    const Error error = runToEnd(job);
    QCOMPARE(error.code, QStringLiteral("container_changed"));
    QVERIFY2(error.message.toString().contains(QLatin1String("edm-rec_postgres_1")) &&
                 error.message.toString().contains(QLatin1String("edm-rec_postgres_2")),
             qPrintable(error.message.toString()));
    QVERIFY(!job.projectError());
    QVERIFY(execCalls().isEmpty());
}

void tst_ServiceRestoreJob::cancelBeforeItRuns()
{
    ServiceRestoreJob job(options(QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql")));
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel(); // before the event loop ran it: finished() at once
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Error>().code, QStringLiteral("cancelled"));
    QVERIFY(job.isCancelled());
    QTest::qWait(20); // the start queued on the event loop does nothing now
    QCOMPARE(finished.size(), 1);
    QVERIFY(execCalls().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ServiceRestoreJob)
#include "tst_servicerestorejob.moc"
