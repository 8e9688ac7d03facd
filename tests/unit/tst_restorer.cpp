// SPDX-License-Identifier: GPL-3.0-or-later
// Restorer: psql's stops turned into the dump's line (on recorded psql output), and the whole restore against a fake
// docker whose "psql" (tests/data/postgres/fake-docker) behaves like psql -v ON_ERROR_STOP=1 -f -.
#include "core/docker/DockerCli.h"
#include "core/postgres/Restorer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

QString pgData(const QString &name = {})
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/postgres/") + name;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList errorLines(const QString &name)
{
    return QString::fromUtf8(read(pgData(name))).split(u'\n', Qt::SkipEmptyParts);
}

RestoreStream streamOf(const QString &name)
{
    RestoreStream stream;
    stream.process(read(pgData(name)));
    stream.finish();
    return stream;
}

} // namespace

class TestRestorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stopInCopyDataNamesTheRow();
    void stopOnAStatement();
    void restoreRewritesForTheTarget();
    void statementErrorStopsWithItsLine();
    void copyErrorStopsWithTheRowsLine();
    void throwawayContainer();
    void throwawayIsRemovedOnFailure();
    void refusesWhatPsqlCannotRead_data();
    void refusesWhatPsqlCannotRead();
    void cancel();

private:
    DockerCli *docker(const QStringList &settings = {});
    RestoreOptions options(const QString &file) const;
    QString log() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DockerCli> m_docker;
};

void TestRestorer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRestorer::cleanup()
{
    m_docker.reset();
    m_dir.reset();
}

DockerCli *TestRestorer::docker(const QStringList &settings)
{
    DockerCli::Options options;
    options.dockerProgram = pgData(QStringLiteral("fake-docker"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_PG_DATA"), pgData());
    env.insert(QStringLiteral("FAKE_DOCKER_DATA"), QStringLiteral(EDM_TEST_DATA_DIR "/docker/recorded"));
    env.insert(QStringLiteral("FAKE_RESTORE_COPY"), m_dir->filePath(QStringLiteral("received.sql")));
    env.insert(QStringLiteral("FAKE_LOG"), m_dir->filePath(QStringLiteral("docker.log")));
    for (const QString &setting : settings)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    options.environment = env;
    m_docker = std::make_unique<DockerCli>(options);
    return m_docker.get();
}

RestoreOptions TestRestorer::options(const QString &file) const
{
    RestoreOptions o;
    o.dumpFile = file;
    o.container = QStringLiteral("ente_postgres_1");
    o.credentials = Credentials{QStringLiteral("pguser"), QStringLiteral("ente_db"), QStringLiteral("pgpass"), {}};
    return o;
}

QString TestRestorer::log() const
{
    return QString::fromUtf8(read(m_dir->filePath(QStringLiteral("docker.log"))));
}

void TestRestorer::stopInCopyDataNamesTheRow()
{
    // Real psql 15 against a 16 server: "psql:<stdin>:226: ERROR: … CONTEXT: COPY files, line 37".
    const Error error = Restorer::describeStop(errorLines(QStringLiteral("restore-copy-error.err.txt")),
                                               streamOf(QStringLiteral("restore-copy-error.sql")),
                                               QStringLiteral("/backups/pg12.backup.sql"));
    QCOMPARE(error.code, QStringLiteral("restore_sql_error"));
    QCOMPARE(error.line, 142);
    QCOMPARE(error.file, QStringLiteral("/backups/pg12.backup.sql"));
    QVERIFY2(error.message.toString().startsWith(
                 QLatin1String("The restore stopped at line 142 of pg12.backup.sql: ERROR: invalid "
                               "input syntax for type bigint: \"BADROW\"")),
             qPrintable(error.message.toString()));
    QVERIFY(error.message.toString().contains(QLatin1String("CONTEXT:  COPY files, line 37")));
}

void TestRestorer::stopOnAStatement()
{
    const Error grant =
        Restorer::describeStop(errorLines(QStringLiteral("restore-sql-error.err.txt")),
                               streamOf(QStringLiteral("restore-sql-error.sql")), QStringLiteral("dump.sql"));
    QCOMPARE(grant.line, 313);
    QVERIFY(grant.message.toString().contains(QLatin1String("role \"ente_readonly\" does not exist")));
    const Error role =
        Restorer::describeStop(errorLines(QStringLiteral("restore-role-exists.err.txt")),
                               streamOf(QStringLiteral("small-cluster.sql")), QStringLiteral("dump.sql"));
    QCOMPARE(role.line, 18);
    QVERIFY(role.message.toString().contains(QLatin1String("role \"pguser\" already exists")));
    // A database with data in the way: the message says what to do.
    const Error exists =
        Restorer::describeStop({QStringLiteral("psql:<stdin>:113: ERROR:  database \"ente_db\" already exists")},
                               RestoreStream(), QStringLiteral("dump.sql"));
    QVERIFY(exists.message.toString().contains(QLatin1String("empty server")));
    QVERIFY(Restorer::describeStop({QStringLiteral("NOTICE: nothing")}, RestoreStream(), QStringLiteral("d")).isNull());
}

void TestRestorer::restoreRewritesForTheTarget()
{
    // The recorded 12 server has the roles pguser and ente_readonly, and ente_db and "second db" (which the fake
    // says are empty).
    // The fake fails the restore (exit 97) unless psql is called exactly so: the password by name, stop at the first
    // error, read standard input, the target's user, a database the dump does not create.
    Restorer restorer(docker({QStringLiteral("FAKE_EXPECT_ARGS=exec -i -e PGPASSWORD ente_postgres_1 psql -X -q -v "
                                             "ON_ERROR_STOP=1 -w -U pguser -d postgres -f -")}));
    QSignalSpy progress(&restorer, &Restorer::transferProgress);
    QSignalSpy phases(&restorer, &Restorer::phaseChanged);
    const QString file = pgData(QStringLiteral("small-cluster.sql"));
    const Expected<RestoreResult> result = restorer.runToCompletion(options(file));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message.toString()));
    QCOMPARE(result->lines, 601);
    QCOMPARE(result->bytes, QFileInfo(file).size());
    QCOMPARE(result->server.major, 12);
    QCOMPARE(result->summary.rows(), 171);
    QVERIFY(!result->throwaway);

    const QByteArray sent = read(m_dir->filePath(QStringLiteral("received.sql")));
    const QByteArray original = read(file);
    QCOMPARE(sent.count('\n'), original.count('\n')); // psql's line numbers stay the dump's
    const QList<QByteArray> lines = sent.split('\n');
    QVERIFY(lines.at(15).startsWith("--")); // CREATE ROLE ente_readonly
    QVERIFY(lines.at(17).startsWith("--")); // CREATE ROLE pguser
    QVERIFY(lines.at(112).startsWith("DROP DATABASE ente_db; CREATE DATABASE ente_db"));
    QVERIFY(lines.at(112).contains("LC_COLLATE"));
    QVERIFY(lines.at(523).startsWith("DROP DATABASE \"second db\"; CREATE DATABASE \"second db\""));
    QVERIFY(sent.contains("\n\\restrict ")); // psql 15.18 knows it
    QCOMPARE(result->changes.size(), 4);

    // The password went by name; psql was asked to stop at the first error and to read standard input.
    const QString calls = log();
    QVERIFY(calls.contains(QLatin1String("-e PGPASSWORD ente_postgres_1 psql -X -q -v ON_ERROR_STOP=1 -w -U pguser -d "
                                         "postgres -f -")));
    QVERIFY(!calls.split(u'\n').filter(QStringLiteral(">>> ")).join(u'\n').contains(QLatin1String("pgpass")));

    QVERIFY(!progress.isEmpty());
    const TransferStatus last = progress.last().first().value<TransferStatus>();
    QCOMPARE(last.bytes, QFileInfo(file).size());
    QCOMPARE(last.total, QFileInfo(file).size());
    QCOMPARE(phases.last().first().value<Restorer::Phase>(), Restorer::Phase::Finished);
}

void TestRestorer::statementErrorStopsWithItsLine()
{
    const QString file = m_dir->filePath(QStringLiteral("boom.sql"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        "SET client_encoding = 'UTF8';\n\nCREATE TABLE a (x int);\n-- a comment\nBOOM this is not SQL;\nSELECT 1;\n");
    out.close();
    Restorer restorer(docker());
    const Expected<RestoreResult> result = restorer.runToCompletion(options(file));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("restore_sql_error"));
    QCOMPARE(result.error().line, 5);
    QVERIFY(result.error().message.toString().contains(QLatin1String("line 5 of boom.sql")));
    QVERIFY(result.error().message.toString().contains(QLatin1String("syntax error at or near \"BOOM\"")));
}

void TestRestorer::copyErrorStopsWithTheRowsLine()
{
    Restorer restorer(docker());
    const Expected<RestoreResult> result =
        restorer.runToCompletion(options(pgData(QStringLiteral("restore-copy-error.sql"))));
    QVERIFY(!result);
    QCOMPARE(result.error().line, 142);
}

void TestRestorer::throwawayContainer()
{
    Restorer restorer(docker());
    QSignalSpy phases(&restorer, &Restorer::phaseChanged);
    RestoreOptions o = options(pgData(QStringLiteral("small-cluster.sql")));
    o.container.clear();
    o.image = QStringLiteral("postgres:16");
    o.credentials.password.clear(); // a password is made up for it
    const Expected<RestoreResult> result = restorer.runToCompletion(o);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message.toString()));
    QVERIFY(result->throwaway);
    QVERIFY(result->container.startsWith(QLatin1String("ente-db-migrate-rehearsal-")));
    QCOMPARE(result->credentials.user, QStringLiteral("pguser"));
    QCOMPARE(result->credentials.password.size(), 24);
    QCOMPARE(phases.first().first().value<Restorer::Phase>(), Restorer::Phase::StartingContainer);
    const QString calls = log();
    QVERIFY(calls.contains(QLatin1String(">>> run -d --name ") + result->container +
                           QLatin1String(" --label ente-db-migrate.throwaway=1 --network none -e POSTGRES_USER=pguser "
                                         "-e POSTGRES_DB=ente_db -e POSTGRES_PASSWORD postgres:16")));
    QVERIFY(calls.contains(QLatin1String("ENV POSTGRES_PASSWORD=") + result->credentials.password));
    QVERIFY(!calls.split(u'\n').filter(QStringLiteral(">>> ")).join(u'\n').contains(result->credentials.password));
    QVERIFY(calls.contains(QLatin1String("pg_isready -h 127.0.0.1")));
    QVERIFY(!calls.contains(QLatin1String(">>> rm "))); // kept for the caller's checks
    std::optional<Status> removed;
    restorer.removeContainer(result->container, this, [&removed](const Status &s) { removed = s; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QVERIFY(log().contains(QLatin1String(">>> rm -f -v ") + result->container));
}

void TestRestorer::throwawayIsRemovedOnFailure()
{
    Restorer restorer(docker());
    RestoreOptions o = options(pgData(QStringLiteral("restore-copy-error.sql")));
    o.container.clear();
    o.image = QStringLiteral("postgres:16");
    o.throwawayName = QStringLiteral("rehearsal-x");
    const Expected<RestoreResult> result = restorer.runToCompletion(o);
    QVERIFY(!result);
    QCOMPARE(result.error().line, 142);
    QVERIFY(log().contains(QLatin1String(">>> rm -f -v rehearsal-x")));
}

void TestRestorer::refusesWhatPsqlCannotRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << "restore_compressed";
    QTest::newRow("custom format") << QByteArray("PGDMP\x01\x0e", 7) << "restore_custom_format";
}

void TestRestorer::refusesWhatPsqlCannotRead()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    const QString file = m_dir->filePath(QStringLiteral("x.sql"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    Restorer restorer(docker());
    const Expected<RestoreResult> result = restorer.runToCompletion(options(file));
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!log().contains(QLatin1String("exec"))); // nothing was run
    Restorer again(docker()); // a job runs once
    const Expected<RestoreResult> missing = again.runToCompletion(options(m_dir->filePath(QStringLiteral("none.sql"))));
    QCOMPARE(missing.error().code, QStringLiteral("restore_file_unreadable"));
}

void TestRestorer::cancel()
{
    const QString file = m_dir->filePath(QStringLiteral("big.sql"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray line("INSERT INTO public.files VALUES (1, 2, 'three');\n");
    for (int i = 0; i < 64 * 1024 * 1024 / line.size(); ++i)
        out.write(line);
    out.close();
    Restorer restorer(docker({QStringLiteral("FAKE_RESTORE_COPY=")}));
    connect(&restorer, &Restorer::transferProgress, this, [&restorer](const TransferStatus &s) {
        if (s.bytes > 0)
            restorer.cancel();
    });
    const Expected<RestoreResult> result = restorer.runToCompletion(options(file));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("restore_cancelled"));
    QVERIFY(restorer.result().bytes < QFileInfo(file).size());
}

QTEST_GUILESS_MAIN(TestRestorer)
#include "tst_restorer.moc"
