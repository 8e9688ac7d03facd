// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace edm {

/// text made safe to print on a terminal: ANSI escape sequences (CSI, OSC, two-byte escapes) are dropped, and so is
/// every other C0 or C1 control character except line feed and tab (a carriage return, a backspace, DEL, the 8-bit
/// CSI). Every value that comes from a file, a dump or docker goes through this before a terminal sees it: a compose
/// value or a journal field cannot set the window title or clear the screen.
QString terminalSafe(const QString &text);

} // namespace edm
