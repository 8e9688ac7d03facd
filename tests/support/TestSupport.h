// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests share: running a program to its end, reading and writing a file, seeding a project on the real
// docker rig (tests/rig) and asking its Postgres. Header only; every test target has tests/support on its include
// path (tests/CMakeLists.txt).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace edm::test {

/// A file of the fake docker engine's data (tests/data/engine/; the folder itself without a name).
inline QString engineData(const QString &name = {})
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/engine/") + name;
}

/// A finished program: its exit code (-1 when it crashed, did not start or was killed at the time limit) and output.
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

/// Runs program to its end (stdin closed) in cwd (empty: this process's folder); killed after timeoutMs.
inline Run run(const QString &program, const QStringList &args, const QString &cwd = {}, int timeoutMs = 600000)
{
    QProcess process;
    if (!cwd.isEmpty())
        process.setWorkingDirectory(cwd);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// The file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes bytes as the whole file; false when that failed.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The output's lines, each trimmed, empty ones left out.
inline QStringList lines(const QByteArray &out)
{
    QStringList list = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : list)
        line = line.trimmed();
    list.removeAll(QString());
    return list;
}

/// Why the e2e tier cannot run here (DOCKER_HOST unset, or the rig's engine does not answer); empty when it can.
inline QString rigProblem()
{
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST")) {
        return QStringLiteral("DOCKER_HOST is not set: run through ./scripts/test, which brings up tests/rig and "
                              "exports its environment (eval \"$(tests/rig/rig env)\").");
    }
    const Run info = run(QStringLiteral("docker"),
                         {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")});
    if (info.code != 0)
        return QStringLiteral("the rig's docker engine does not answer: ") + QString::fromUtf8(info.err);
    return {};
}

inline const QString rigScript = QStringLiteral(EDM_SOURCE_DIR "/tests/rig/rig");
inline const QString appBinary = QStringLiteral(EDM_BINARY_DIR "/src/ente-db-migrate");

/// `rig seed OPTIONS DIR` (options such as --image postgres:15, --small; see tests/rig/README.md), else as seedRig.
inline QMap<QString, qint64> seedRigWith(const QString &dir, const QStringList &options, QByteArray *error = nullptr,
                                         int timeoutMs = 900000)
{
    const Run seeded = run(rigScript, QStringList{QStringLiteral("seed")} + options + QStringList{dir}, {}, timeoutMs);
    QMap<QString, qint64> counts;
    if (seeded.code != 0) {
        if (error)
            *error = seeded.err;
        return counts;
    }
    for (const QByteArray &line : readAll(dir + QStringLiteral("/.rig-rowcounts")).split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            counts.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toLongLong());
    }
    return counts;
}

/// `rig seed DIR`: an Ente-like postgres:12 compose project in dir, running, with its rows. Returns the row counts
/// (table → rows) the rig recorded, empty when seeding failed (then *error, when given, holds the rig's stderr).
inline QMap<QString, qint64> seedRig(const QString &dir, QByteArray *error = nullptr, int timeoutMs = 900000)
{
    return seedRigWith(dir, {}, error, timeoutMs);
}

/// `rig seed --small OPTIONS DIR`; its row counts (table → rows), empty (with the rig's stderr as a warning) when
/// seeding failed.
inline QMap<QString, qint64> seedSmall(const QString &dir, const QStringList &options)
{
    QByteArray error;
    const QMap<QString, qint64> counts = seedRigWith(dir, QStringList{QStringLiteral("--small")} + options, &error);
    if (counts.isEmpty())
        qWarning("rig seed failed: %s", error.constData());
    return counts;
}

/// The compose project's name of a seeded folder (the folder's name: the tests use lower-case letters and digits).
inline QString projectName(const QString &dir)
{
    return QFileInfo(dir).fileName();
}

/// One query through psql in the container, as the seeded user on database; the trimmed answer.
inline QString sqlIn(const QString &container, const QString &database, const QString &query)
{
    const Run r = run(QStringLiteral("docker"),
                      {QStringLiteral("exec"), container, QStringLiteral("psql"), QStringLiteral("-X"),
                       QStringLiteral("-At"), QStringLiteral("-U"), QStringLiteral("pguser"), QStringLiteral("-d"),
                       database, QStringLiteral("-c"), query});
    return QString::fromUtf8(r.out).trimmed();
}

/// One query on the seeded database (ente_db).
inline QString sql(const QString &container, const QString &query)
{
    return sqlIn(container, QStringLiteral("ente_db"), query);
}

/// The name of the compose project's first running container, or an empty string.
inline QString runningContainer(const QString &project)
{
    const Run r = run(QStringLiteral("docker"),
                      {QStringLiteral("ps"), QStringLiteral("--filter"),
                       QStringLiteral("label=com.docker.compose.project=") + project, QStringLiteral("--format"),
                       QStringLiteral("{{.Names}}")});
    return lines(r.out).value(0);
}

/// Waits until the compose project's Postgres answers, then checks its major version and every table's row count
/// (table → rows, as seedRig gave them).
inline void checkData(const QString &project, int major, const QMap<QString, qint64> &expected)
{
    QString container;
    QTRY_VERIFY_WITH_TIMEOUT(!(container = runningContainer(project)).isEmpty(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(sql(container, QStringLiteral("show server_version_num")).left(2), QString::number(major),
                              120000);
    QVERIFY(expected.size() >= 10);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(sql(container, QStringLiteral("select count(*) from public.\"%1\"").arg(it.key())).toLongLong(),
                 it.value());
    }
}

} // namespace edm::test
