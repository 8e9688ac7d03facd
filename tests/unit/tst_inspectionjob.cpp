// SPDX-License-Identifier: GPL-3.0-or-later
// InspectionJob: a dump read in a worker thread as a Job: progress, the summary and the SHA-256 of the same pass, and
// one finished() whether it read the file, could not open it, or was cancelled.
#include "core/postgres/InspectionJob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

class TestInspectionJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndHashes();
    void missingFile();
    void cancelWhileReading();
};

void TestInspectionJob::readsAndHashes()
{
    const QString path = QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql");
    InspectionJob job(path, true);
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(job.error().isNull());
    QVERIFY(job.result().has_value() && job.result()->ok());
    QCOMPARE((*job.result())->rows(), 171);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(job.sha256(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), file.size());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestInspectionJob::missingFile()
{
    InspectionJob job(QStringLiteral("/no/such/dump.sql"));
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("open_failed"));
    QVERIFY(job.sha256().isEmpty());
}

void TestInspectionJob::cancelWhileReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("big.sql"));
    QFile out(big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray line("INSERT INTO public.files VALUES (1, 2, 'three');\n");
    for (int i = 0; i < 64 * 1024 * 1024 / line.size(); ++i)
        out.write(line);
    out.close();
    InspectionJob job(big, true);
    QSignalSpy finished(&job, &Job::finished);
    connect(&job, &Job::progress, &job, [&job](qint64 done) {
        if (done > 0)
            job.cancel();
    });
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("cancelled"));
    QVERIFY(job.isCancelled());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestInspectionJob)
#include "tst_inspectionjob.moc"
