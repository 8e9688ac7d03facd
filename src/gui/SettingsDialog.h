// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace edm::gui {

/// Settings → Preferences…: the docker program (empty: docker on PATH), the backup folder, museum's health URL and
/// the language, kept with AppSettings. Values are checked before they are saved: the docker program must exist and
/// be executable, the backup folder must exist, the URL must be http or https.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// What is wrong with the values entered (a sentence, translated), or an empty string.
    QString validationError() const;

    /// Checks and saves; returns false (and says why in the dialog) when a value cannot be used.
    bool save();

public Q_SLOTS:
    void accept() override;

private:
    void updateDockerHint();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace edm::gui
