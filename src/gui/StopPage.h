// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class StopPage;
}

namespace edm::gui {

/// Step 4: how to stop the stack (compose down, or stop and keep the containers), then the command's output.
class StopPage : public EnginePage
{
    Q_OBJECT
public:
    explicit StopPage(QWidget *parent = nullptr);
    ~StopPage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;

protected:
    void reset() override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    void beforeYes() override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;

private:
    void updateQuestion();

    const std::unique_ptr<Ui::StopPage> m_ui;
};

} // namespace edm::gui
