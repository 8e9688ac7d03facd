// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/ProcessRunner.h"

#include <memory>

class QObject;

namespace edm {

/// Creates the ProcessRunners that core services use, so that a test can substitute its own (a runner that replays
/// recorded output, or one that records what would have run). Services take a factory; when given none they use
/// ProcessRunnerFactory::instance(), which a test may replace for the whole process with setInstance().
class ProcessRunnerFactory
{
public:
    ProcessRunnerFactory() = default;
    virtual ~ProcessRunnerFactory();
    Q_DISABLE_COPY(ProcessRunnerFactory)

    /// A runner for spec, owned by parent, not started.
    virtual ProcessRunner *create(const ProcessSpec &spec, QObject *parent) const;

    /// The factory in use: the one installed with setInstance(), else one creating plain ProcessRunners.
    static std::shared_ptr<const ProcessRunnerFactory> instance();
    /// Installs factory for the whole process; nullptr restores the default.
    static void setInstance(std::shared_ptr<const ProcessRunnerFactory> factory);
};

} // namespace edm
