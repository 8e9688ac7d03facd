// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

class QTimer;

namespace Ui {
class UpgradePage;
}

namespace edm::gui {

/// Step 5: the first change to the compose file (pgautoupgrade's image) as a diff, made only on the yes; then the
/// container's log, live, and the phases the watcher recognised in it; the phase reached, the time since the upgrade
/// started (ticking, read from the engine's clock) and, once the engine's UpgradeEstimate can tell, the time left.
/// Resumed while the upgrade still ran, the page shows that run: no diff and no question, its log from the start.
class UpgradePage : public EnginePage
{
    Q_OBJECT
public:
    explicit UpgradePage(QWidget *parent = nullptr);
    ~UpgradePage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;
    void handleMilestone(MigrationEngine::Step step, const QString &text) override;
    /// The engine's upgradeEstimateChanged(): the start, the phase reached, the data's size.
    void showEstimate(const UpgradeEstimate &estimate);
    /// Shows the elapsed time and the time left as of the engine's clock now (the ticker calls it every second).
    void updateTimes();

protected:
    void reset() override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    void beforeYes() override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;
    void onRunFinished(const Error &error) override;

private:
    void markLastPhase(const QString &icon);

    const std::unique_ptr<Ui::UpgradePage> m_ui;
    QTimer *m_ticker = nullptr;
    UpgradeEstimate m_estimate;
};

} // namespace edm::gui
