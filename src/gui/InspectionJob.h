#pragma once

#include "core/Result.h"
#include "core/postgres/DumpInspector.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace edm::gui {

/// DumpInspector::inspectFile() in a worker thread, so that a dump of any size is read without blocking the event
/// loop: progress and the result arrive as signals in the thread that owns the job. With a hash requested the same
/// pass computes the file's SHA-256 (to check it against the backup's sidecar).
class InspectionJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(InspectionJob)

public:
    explicit InspectionJob(QObject *parent = nullptr);
    /// Cancels a running inspection; the worker ends at its next chunk and cleans up after itself.
    ~InspectionJob() override;

    /// Starts reading path. A job runs one inspection at a time: a running one is cancelled first.
    void start(const QString &path, bool hash);
    void cancel();
    bool isRunning() const { return m_running; }

    QString path() const { return m_path; }
    /// After finished(): the summary or the error ("cancelled", "open_failed", "read_failed").
    const std::optional<Expected<DumpSummary>> &result() const { return m_result; }
    /// After finished(), when a hash was asked for and the file was read to its end: lower-case hex.
    QString sha256() const { return m_sha256; }

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 totalBytes);
    void finished();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QString m_path;
    bool m_running = false;
    std::optional<Expected<DumpSummary>> m_result;
    QString m_sha256;
};

} // namespace edm::gui
