// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/migration/steps/MigrationStep.h"

namespace edm {

/// Which major the service's data is on, read before anything starts (DataVersionPeek: the PG_VERSION file, through
/// the stopped container or a created one, never a started one). A running server needs no peek: it proves that the
/// image fits its data. Docker failures are no failure here: the major is then unknown (0) and the reason logged.
class DataVersionJob : public MigrationStep
{
    Q_OBJECT
    EDM_TEXT_FUNCTIONS(edm::DataVersionJob)

public:
    explicit DataVersionJob(MigrationRun &run, QObject *parent = nullptr);

    bool serverRunning() const { return m_running; }
    int dataMajor() const { return m_major; }
    /// The downgrade trap: a postgres image older than the data, with its fix; empty when there is none.
    std::optional<MigrationReport::Check> downgradeCheck() const;

protected:
    void doStart() override;

private:
    bool m_running = false;
    int m_major = 0;
};

} // namespace edm
