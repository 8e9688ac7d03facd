#include "gui/InspectionJob.h"

#include "core/postgres/Sha256.h"

#include <QThread>

namespace edm::gui {

/// What the worker thread and the job share. The worker only touches it until it has stored its result; the job
/// reads the result once the thread has finished.
struct InspectionJob::Shared
{
    DumpInspector inspector;
    Sha256 hash;
    std::optional<Expected<DumpSummary>> result;
    QString sha256;
};

InspectionJob::InspectionJob(QObject *parent)
    : QObject(parent)
{
}

InspectionJob::~InspectionJob()
{
    cancel();
}

void InspectionJob::start(const QString &path, bool hash)
{
    cancel();
    m_path = path;
    m_result.reset();
    m_sha256.clear();
    m_running = true;

    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    connect(&shared->inspector, &DumpInspector::progress, this, &InspectionJob::progress, Qt::QueuedConnection);
    QThread *thread = QThread::create([shared, path, hash] {
        shared->result.emplace(shared->inspector.inspectFile(path, hash ? &shared->hash : nullptr));
        if (hash && shared->result->ok())
            shared->sha256 = shared->hash.hexResult();
    });
    thread->setObjectName(QStringLiteral("dump-inspection"));
    connect(thread, &QThread::finished, this, [this, shared] {
        if (m_shared != shared)
            return; // an inspection that was cancelled and replaced
        m_shared.reset();
        m_running = false;
        m_result = shared->result;
        m_sha256 = shared->sha256;
        Q_EMIT finished();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void InspectionJob::cancel()
{
    if (!m_shared)
        return;
    m_shared->inspector.cancel();
    m_shared->inspector.disconnect(this);
    m_shared.reset();
    m_running = false;
}

} // namespace edm::gui
