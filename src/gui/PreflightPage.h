// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class PreflightPage;
}

class QTableWidget;

namespace edm::gui {

/// Step 2: the preflight checklist (pass, warn, fail, and the fix for each failure). Nothing changes here; Next is
/// disabled while a check fails. When pgautoupgrade cannot handle a database's name, "Use dump-restore instead" asks
/// the wizard to check again with that method.
class PreflightPage : public EnginePage
{
    Q_OBJECT
public:
    explicit PreflightPage(QWidget *parent = nullptr);
    ~PreflightPage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;
    void handleCheck(const MigrationReport::Check &check) override;

    /// A checklist table's columns (also used by the Verify page).
    static void setUpCheckTable(QTableWidget *table);
    /// Adds or updates one check's row in a checklist: its detail and its fix in one short sentence; the fix's SQL or
    /// commands only while setCommandsShown(table, true) (a table never told shows them).
    static void showCheck(QTableWidget *table, const MigrationReport::Check &check);
    /// Shows or hides the commands behind the fixes of a checklist.
    static void setCommandsShown(QTableWidget *table, bool shown);
    /// Whether a checklist holds a fix with commands.
    static bool hasCommands(const QTableWidget *table);

protected:
    void reset() override;
    void onStepStarted(MigrationEngine::Step step) override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;

private:
    static void showDetail(QTableWidget *table, int row);

    const std::unique_ptr<Ui::PreflightPage> m_ui;
};

} // namespace edm::gui
