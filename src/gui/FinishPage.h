// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class FinishPage;
}

namespace edm::gui {

/// Step 6: the second change (the plain target image) as a diff, made only on the yes; then the output of starting
/// the whole stack.
class FinishPage : public EnginePage
{
    Q_OBJECT
public:
    explicit FinishPage(QWidget *parent = nullptr);
    ~FinishPage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;

protected:
    void reset() override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    void beforeYes() override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;

private:
    const std::unique_ptr<Ui::FinishPage> m_ui;
};

} // namespace edm::gui
