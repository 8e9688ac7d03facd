// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/ProcessRunnerFactory.h"

#include <QMutex>
#include <QMutexLocker>

namespace edm {

namespace {

struct Installed
{
    QMutex mutex;
    std::shared_ptr<const ProcessRunnerFactory> factory;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

ProcessRunnerFactory::~ProcessRunnerFactory() = default;

ProcessRunner *ProcessRunnerFactory::create(const ProcessSpec &spec, QObject *parent) const
{
    return new ProcessRunner(spec, parent);
}

std::shared_ptr<const ProcessRunnerFactory> ProcessRunnerFactory::instance()
{
    Installed &state = installed();
    QMutexLocker lock(&state.mutex);
    if (!state.factory)
        state.factory = std::make_shared<const ProcessRunnerFactory>();
    return state.factory;
}

void ProcessRunnerFactory::setInstance(std::shared_ptr<const ProcessRunnerFactory> factory)
{
    Installed &state = installed();
    QMutexLocker lock(&state.mutex);
    state.factory = std::move(factory);
}

} // namespace edm
