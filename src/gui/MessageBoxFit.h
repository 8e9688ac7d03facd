// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMessageBox;

namespace edm::gui {

/// Every QMessageBox the app shows goes through fit() once its title, text and buttons are set: QMessageBox sizes
/// itself from its text alone (and to a third of a small screen), so a title longer than the text was cut
/// ("Stop the m…Migration"). fit() gives the box a minimum width from the title's font metrics, capped by the screen.
class MessageBoxFit
{
public:
    /// The width the box needs for its title: the title's advance in a bold font plus room for the window's buttons.
    static int titleWidth(const QMessageBox *box);
    /// Makes the box at least titleWidth() wide (and its text no narrower than its first words need).
    static void fit(QMessageBox *box);
};

} // namespace edm::gui
