// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses the face of the one binary: no arguments (or a backup file to open) → the wizard; a subcommand, --help or
// --version → the command line, which needs no display.
#include "cli/Cli.h"
#include "gui/GuiApp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>

#include <cstdio>

namespace {

/// Whether a window can be shown: a display to talk to, or a platform plugin that needs none (offscreen, …).
bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QLatin1String(argv[i]) == QLatin1String("-platform"))
            return true; // Qt's own option chooses the platform
    }
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    return !platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland");
}

} // namespace

int main(int argc, char *argv[])
{
    if (edm::cli::wantsCommandLine(argc, argv))
        return edm::cli::main(argc, argv);
    if (!hasDisplay(argc, argv)) {
        // Qt would abort ("could not connect to display"); say what to do instead, before any QApplication exists.
        const QString program = QString::fromLocal8Bit(argc > 0 ? argv[0] : "ente-db-migrate");
        const QString message =
            QCoreApplication::translate("edm::Main",
                                        "%1: no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not "
                                        "set). The command line needs none: run \"%1 --help\" for its commands.")
                .arg(program);
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        return 2; // ExitUsage
    }
    return edm::gui::main(argc, argv);
}
