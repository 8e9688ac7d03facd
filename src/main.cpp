// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses the face of the one binary: no arguments (or a backup file to open) → the wizard; a subcommand, --help or
// --version → the command line, which needs no display.
#include "cli/Cli.h"
#include "gui/GuiApp.h"

int main(int argc, char *argv[])
{
    if (edm::cli::wantsCommandLine(argc, argv))
        return edm::cli::main(argc, argv);
    return edm::gui::main(argc, argv);
}
