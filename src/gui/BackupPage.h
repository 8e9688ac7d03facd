// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/EnginePage.h"

#include <memory>

namespace Ui {
class BackupPage;
}

namespace edm::gui {

/// Step 3: the backup file (chosen here, before the yes), pg_dumpall's live progress (bytes, percent, rate, ETA),
/// then the verification, the SHA-256 and the size.
class BackupPage : public EnginePage
{
    Q_OBJECT
public:
    explicit BackupPage(QWidget *parent = nullptr);
    ~BackupPage() override;

    void handleLog(MigrationEngine::Step step, const QString &line) override;
    void handleProgress(MigrationEngine::Step step, qint64 done, qint64 total, const QString &text) override;

protected:
    void reset() override;
    void showConfirmation(const MigrationEngine::Confirmation &confirmation) override;
    bool mayConfirm() override;
    void beforeYes() override;
    void onStepStarted(MigrationEngine::Step step) override;
    void onStepFinished(MigrationEngine::Step step, bool ok) override;
    void onRunFinished(const Error &error) override;

private:
    void browse();
    void showResult();
    QString chosenFile() const;

    const std::unique_ptr<Ui::BackupPage> m_ui;
    bool m_replace = false; ///< the person agreed to replace the chosen file
};

} // namespace edm::gui
