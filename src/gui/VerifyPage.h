// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class VerifyPage;
}

namespace edm::gui {

/// Step 7: the checks of the new server (green or red) and every table's rows before and after. When the collation
/// versions changed after a reindex, the engine's question to refresh them waits here: Next refreshes, "Leave Them as
/// They Are" says no.
class VerifyPage : public EnginePage
{
    Q_OBJECT
public:
    explicit VerifyPage(QWidget *parent = nullptr);
    ~VerifyPage() override;

    void handleCheck(const MigrationReport::Check &check) override;
    bool isComplete() const override;

protected:
    void reset() override;
    void onStepStarted(MigrationEngine::Step step) override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;
    void onRunFinished(const Error &error) override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    void beforeYes() override;

private:
    void showRowCounts();
    void hideQuestion();
    void fitChecks();

    const std::unique_ptr<Ui::VerifyPage> m_ui;
};

} // namespace edm::gui
