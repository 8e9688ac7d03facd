// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class UpgradePage;
}

namespace edm::gui {

/// Step 5: the first change to the compose file (pgautoupgrade's image) as a diff, made only on the yes; then the
/// container's log, live, and the phases the watcher recognised in it.
class UpgradePage : public EnginePage
{
    Q_OBJECT
public:
    explicit UpgradePage(QWidget *parent = nullptr);
    ~UpgradePage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;
    void handleMilestone(MigrationEngine::Step step, const QString &text) override;

protected:
    void reset() override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    void beforeYes() override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;
    void onRunFinished(const Error &error) override;

private:
    void markLastPhase(const QString &icon);

    const std::unique_ptr<Ui::UpgradePage> m_ui;
};

} // namespace edm::gui
