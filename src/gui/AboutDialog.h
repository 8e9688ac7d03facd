// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace edm::gui {

/// Help → About Ente DB Migration: the app's name and version, the versions of Qt (built with and running) and
/// yaml-cpp, the licence and the project's website.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// "Qt 6.4.2 (built with 6.4.2)".
    static QString qtVersionText();
    static QString yamlCppVersion();
    /// The licence's name as rich text, linked to licenceUrl(): "Licensed under the GNU General Public License,
    /// version 3 or later".
    static QString licenceText();
    /// The GNU project's page of the GPL version 3.
    static QString licenceUrl();

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace edm::gui
