// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandContext.h"

namespace edm::cli {

void CommandContext::printError(const QString &message) const
{
    err << "error: " << message << Qt::endl;
}

} // namespace edm::cli
