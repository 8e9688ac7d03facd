// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the command line in-process, the way main() does, capturing its exit code and both streams.

#include "cli/Cli.h"
#include "cli/CommandContext.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace edm::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QString &cwd = {},
                     const QProcessEnvironment &environment = QProcessEnvironment())
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CommandContext context{QStringList{QStringLiteral("ente-db-migrate")} + args, out, err, environment, cwd};
    run.code = cli::run(context);
    out.flush();
    err.flush();
    return run;
}

} // namespace edm::test
