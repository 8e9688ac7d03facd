// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandContext.h"
#include "core/TerminalText.h"

namespace edm::cli {

void CommandContext::printError(const QString &message) const
{
    err << "error: " << terminalSafe(message) << Qt::endl;
}

} // namespace edm::cli
