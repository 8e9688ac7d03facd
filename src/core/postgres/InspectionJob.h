// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/job/Job.h"
#include "core/postgres/DumpInspector.h"

#include <QString>

#include <memory>
#include <optional>

namespace edm {

/// DumpInspector::inspectFile() in a worker thread, so that a dump of any size is read without blocking the event
/// loop: progress (bytes read of the file's size) and the result arrive in the thread that owns the job. With a hash
/// requested the same pass computes the file's SHA-256 (to check it against the backup's sidecar). finished() carries
/// the inspection's error (null when the file was read): "cancelled", "open_failed", "read_failed". A job reads one
/// file once; cancel() stops the worker at its next chunk.
class InspectionJob : public Job
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::InspectionJob)
    Q_DISABLE_COPY(InspectionJob)

public:
    explicit InspectionJob(const QString &path, bool hash = false, QObject *parent = nullptr);
    /// Cancels a running inspection; the worker ends at its next chunk and cleans up after itself.
    ~InspectionJob() override;

    QString path() const { return m_path; }
    /// After finished(): the summary or the error.
    const std::optional<Expected<DumpSummary>> &result() const { return m_result; }
    /// After finished(), when a hash was asked for and the file was read to its end: lower-case hex.
    QString sha256() const { return m_sha256; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QString m_path;
    bool m_hash = false;
    std::optional<Expected<DumpSummary>> m_result;
    QString m_sha256;
};

} // namespace edm
