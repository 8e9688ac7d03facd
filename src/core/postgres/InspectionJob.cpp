// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/InspectionJob.h"

#include "core/postgres/Sha256.h"

#include <QThread>

namespace edm {

/// What the worker thread and the job share. The worker only touches it until it has stored its result; the job
/// reads the result once the thread has finished.
struct InspectionJob::Shared
{
    DumpInspector inspector;
    Sha256 hash;
    std::optional<Expected<DumpSummary>> result;
    QString sha256;
};

InspectionJob::InspectionJob(const QString &path, bool hash, QObject *parent)
    : Job(parent)
    , m_path(path)
    , m_hash(hash)
{
}

InspectionJob::~InspectionJob()
{
    if (m_shared) {
        m_shared->inspector.cancel();
        m_shared->inspector.disconnect(this);
    }
}

void InspectionJob::doStart()
{
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    connect(
        &shared->inspector, &DumpInspector::progress, this,
        [this](qint64 done, qint64 total) { emitProgress(done, total); }, Qt::QueuedConnection);
    QThread *thread = QThread::create([shared, path = m_path, hash = m_hash] {
        shared->result.emplace(shared->inspector.inspectFile(path, hash ? &shared->hash : nullptr));
        if (hash && shared->result->ok())
            shared->sha256 = shared->hash.hexResult();
    });
    thread->setObjectName(QStringLiteral("dump-inspection"));
    connect(thread, &QThread::finished, this, [this, shared] {
        m_shared.reset();
        m_result = shared->result;
        m_sha256 = shared->sha256;
        Error error = m_result && !m_result->ok() ? m_result->error() : Error();
        if (error.isNull() && isCancelled()) // the worker had read the whole file when cancel() came
            error = cancelledError(trText("The inspection of %1 was cancelled.").arg(m_path));
        emitResult(error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void InspectionJob::doCancel()
{
    if (m_shared)
        m_shared->inspector.cancel(); // the worker returns "cancelled" at its next chunk
    else
        Job::doCancel();
}

} // namespace edm
