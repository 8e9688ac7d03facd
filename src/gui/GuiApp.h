// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace edm::gui {

/// The wizard's main(): creates the QApplication, loads translations and settings, shows the wizard.
int main(int argc, char *argv[]);

} // namespace edm::gui
