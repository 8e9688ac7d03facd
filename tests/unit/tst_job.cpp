// SPDX-License-Identifier: GPL-3.0-or-later
// Job: finished() exactly once whatever happens (success, failure, cancel before or during the work, a child process
// that is cancelled or crashes, a second emitResult), child jobs forwarded and cancelled, auto-delete, and nothing
// emitted after the end. Real child processes (sleep, sh) through a real ProcessRunner.
#include "core/docker/ProcessRunner.h"
#include "core/job/Job.h"

#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace edm;

namespace {

/// A job whose work is a function the test gives it.
class TestJob : public Job
{
public:
    explicit TestJob(std::function<void(TestJob *)> body = {}, QObject *parent = nullptr)
        : Job(parent)
        , m_body(std::move(body))
    {
    }

    using Job::currentProcess;
    using Job::emitProgress;
    using Job::emitResult;
    using Job::log;
    using Job::run;
    using Job::runJob;

    int starts = 0;
    int cancels = 0;

    /// Runs runner as the child process and ends with its result.
    void runAndEnd(ProcessRunner *runner)
    {
        run(runner, [this](const ProcessResult &result) { emitResult(result.ok() ? Error() : result.error); });
    }

protected:
    void doStart() override
    {
        ++starts;
        if (m_body)
            m_body(this);
    }
    void doCancel() override
    {
        ++cancels;
        Job::doCancel();
    }

private:
    std::function<void(TestJob *)> m_body;
};

ProcessRunner *process(const QString &program, const QStringList &arguments)
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = arguments;
    spec.terminateGraceMs = 1000;
    return new ProcessRunner(spec);
}

} // namespace

class TestJobBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void success();
    void failure();
    void cancelBeforeTheEventLoopRan();
    void cancelWhileAChildProcessRuns();
    void childProcessCrashes();
    void emitResultTwice();
    void startTwiceAndCancelAfterTheEnd();
    void nothingAfterFinished();
    void runJobForwardsAndCancels();
    void runJobChildFailureEndsTheParent();
    void autoDelete();
    void destroyedJobStopsItsChildProcess();
};

void TestJobBase::initTestCase()
{
    qRegisterMetaType<edm::Error>();
}

void TestJobBase::success()
{
    TestJob job([](TestJob *j) { j->emitResult(); });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    // Asynchronous: nothing before the event loop runs.
    QCOMPARE(finished.size(), 0);
    QVERIFY(job.isRunning());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<Error>().isNull());
    QVERIFY(job.isFinished());
    QVERIFY(!job.isRunning());
    QVERIFY(job.error().isNull());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.starts, 1);
}

void TestJobBase::failure()
{
    TestJob job([](TestJob *j) { j->emitResult(Error(QStringLiteral("broken"), QStringLiteral("It broke."))); });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Error>().code, QStringLiteral("broken"));
    QCOMPARE(job.error().message.toString(), QStringLiteral("It broke."));
    QVERIFY(!job.isCancelled());
}

void TestJobBase::cancelBeforeTheEventLoopRan()
{
    TestJob job([](TestJob *j) { j->emitResult(); });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("cancelled"));
    QVERIFY(job.isCancelled());
    QVERIFY(job.isFinished());
    // The queued start finds the job ended and does not run its work.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(job.starts, 0);
    QCOMPARE(finished.size(), 1);
}

void TestJobBase::cancelWhileAChildProcessRuns()
{
    QPointer<ProcessRunner> runner = process(QStringLiteral("sleep"), {QStringLiteral("30")});
    TestJob job([runner](TestJob *j) { j->runAndEnd(runner); });
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy started(runner.data(), &ProcessRunner::started);
    job.start();
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(job.currentProcess(), runner.data());
    job.cancel();
    QCOMPARE(job.cancels, 1);
    job.cancel(); // a second request changes nothing
    QCOMPARE(job.cancels, 1);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("process_cancelled"));
    QVERIFY(job.isCancelled());
    QVERIFY(!job.currentProcess());
    // The runner is deleted once it has ended.
    QTRY_VERIFY(runner.isNull());
    QCOMPARE(finished.size(), 1);
}

void TestJobBase::childProcessCrashes()
{
    TestJob job([](TestJob *j) {
        j->runAndEnd(process(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")}));
    });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("process_crashed"));
    QVERIFY(!job.error().message.isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestJobBase::emitResultTwice()
{
    TestJob job([](TestJob *j) {
        j->emitResult(Error(QStringLiteral("first"), QStringLiteral("first")));
        j->emitResult(Error(QStringLiteral("second"), QStringLiteral("second")));
        j->emitResult();
    });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.error().code, QStringLiteral("first"));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestJobBase::startTwiceAndCancelAfterTheEnd()
{
    TestJob job([](TestJob *j) { j->emitResult(); });
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    job.start(); // a job runs once
    job.cancel(); // over: nothing to cancel
    QCoreApplication::processEvents();
    QCOMPARE(job.starts, 1);
    QCOMPARE(job.cancels, 0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(job.error().isNull());
    QVERIFY(!job.isCancelled());
}

void TestJobBase::nothingAfterFinished()
{
    TestJob job([](TestJob *j) {
        j->emitProgress(1, 2, QStringLiteral("half"));
        j->log(QStringLiteral("before"));
        j->emitResult();
        j->emitProgress(2, 2);
        j->log(QStringLiteral("after"));
    });
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy lines(&job, &Job::logLine);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(0).toLongLong(), 1);
    QCOMPARE(progress.first().at(1).toLongLong(), 2);
    QCOMPARE(progress.first().at(2).toString(), QStringLiteral("half"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().first().toString(), QStringLiteral("before"));
}

void TestJobBase::runJobForwardsAndCancels()
{
    QPointer<ProcessRunner> runner =
        process(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo child output; exec sleep 30")});
    QPointer<TestJob> child = new TestJob([runner](TestJob *j) {
        j->emitProgress(5, 10, QStringLiteral("halfway"));
        j->runAndEnd(runner);
    });
    QSignalSpy childFinished(child.data(), &Job::finished);
    std::optional<Error> seen;
    TestJob parent([child, &seen](TestJob *j) {
        j->runJob(child, [j, &seen](const Error &error) {
            seen = error;
            j->emitResult(error);
        });
    });
    QSignalSpy progress(&parent, &Job::progress);
    QSignalSpy lines(&parent, &Job::logLine);
    QSignalSpy finished(&parent, &Job::finished);
    parent.start();
    QTRY_COMPARE(lines.size(), 1);
    QCOMPARE(lines.first().first().toString(), QStringLiteral("child output"));
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(0).toLongLong(), 5);
    QCOMPARE(progress.first().at(1).toLongLong(), 10);
    QCOMPARE(progress.first().at(2).toString(), QStringLiteral("halfway"));
    QVERIFY(child->isRunning());
    QVERIFY(!runner.isNull() && runner->isRunning());

    parent.cancel();
    QCOMPARE(child->cancels, 1); // cancelling the parent cancels the child, and so its process
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(childFinished.size(), 1);
    QVERIFY(seen.has_value());
    QCOMPARE(seen->code, QStringLiteral("process_cancelled"));
    QCOMPARE(parent.error().code, QStringLiteral("process_cancelled"));
    // The child and its runner are deleted afterwards.
    QTRY_VERIFY(child.isNull());
    QTRY_VERIFY(runner.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestJobBase::runJobChildFailureEndsTheParent()
{
    auto *child = new TestJob([](TestJob *j) {
        j->runAndEnd(process(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")}));
    });
    TestJob parent([child](TestJob *j) { j->runJob(child, [j](const Error &error) { j->emitResult(error); }); });
    QSignalSpy finished(&parent, &Job::finished);
    parent.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(parent.error().code, QStringLiteral("process_crashed"));
    QVERIFY(!parent.isCancelled());
}

void TestJobBase::autoDelete()
{
    QPointer<TestJob> job = new TestJob([](TestJob *j) { j->emitResult(); });
    job->setAutoDelete(true);
    QSignalSpy finished(job.data(), &Job::finished);
    job->start();
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finished.size(), 1);

    // Also when cancelled before it ran.
    QPointer<TestJob> cancelled = new TestJob([](TestJob *j) { j->emitResult(); });
    cancelled->setAutoDelete(true);
    cancelled->start();
    cancelled->cancel();
    QTRY_VERIFY(cancelled.isNull());

    // A slot that deletes the job on finished() itself does not meet a second deletion.
    QPointer<TestJob> deleted = new TestJob([](TestJob *j) { j->emitResult(); });
    deleted->setAutoDelete(true);
    connect(deleted.data(), &Job::finished, this, [&deleted] { delete deleted.data(); });
    deleted->start();
    QTRY_VERIFY(deleted.isNull());
    QCoreApplication::processEvents();
}

void TestJobBase::destroyedJobStopsItsChildProcess()
{
    QPointer<ProcessRunner> runner = process(QStringLiteral("sleep"), {QStringLiteral("30")});
    QSignalSpy started(runner.data(), &ProcessRunner::started);
    auto *job = new TestJob([runner](TestJob *j) { j->runAndEnd(runner); });
    job->start();
    QTRY_COMPARE(started.size(), 1);
    const qint64 pid = runner->findChild<QProcess *>() ? runner->findChild<QProcess *>()->processId() : 0;
    delete job;
    // The runner belonged to the job: it went with it, and killed its child.
    QVERIFY(runner.isNull());
    QVERIFY(pid > 0);
    QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
}

QTEST_GUILESS_MAIN(TestJobBase)
#include "tst_job.moc"
