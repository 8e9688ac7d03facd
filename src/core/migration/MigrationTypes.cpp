// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationTypes.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace edm::migration {

namespace {

struct StepName
{
    Step step;
    const char *id; ///< in the journal and the report
    const char *title;
};

constexpr StepName StepNames[] = {
    {Step::Plan, "plan", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Plan")},
    {Step::Preflight, "preflight", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Preflight checks")},
    {Step::Backup, "backup", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Backup")},
    {Step::Rehearse, "rehearse", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Rehearsal")},
    {Step::Stop, "stop", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Stop the stack")},
    {Step::Upgrade, "upgrade", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Upgrade")},
    {Step::Finish, "finish", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Switch to the new image")},
    {Step::Verify, "verify", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Verify")},
    {Step::Done, "done", QT_TRANSLATE_NOOP("edm::MigrationEngine", "Done")},
};

const StepName *nameOf(Step step)
{
    const auto *entry = std::find_if(std::cbegin(StepNames), std::cend(StepNames),
                                     [step](const StepName &name) { return name.step == step; });
    return entry == std::cend(StepNames) ? nullptr : entry;
}

} // namespace

QString stepId(Step step)
{
    const StepName *entry = nameOf(step);
    return entry ? QString::fromLatin1(entry->id) : QString();
}

QString stepTitle(Step step)
{
    return stepTitleText(step).toString();
}

Text stepTitleText(Step step)
{
    const StepName *entry = nameOf(step);
    return !entry ? Text() : Text::translate("edm::MigrationEngine", entry->title);
}

QString methodId(Method method)
{
    return method == Method::DumpRestore ? QStringLiteral("dump-restore") : QStringLiteral("pgautoupgrade");
}

std::optional<Method> methodFromId(const QString &id)
{
    for (Method method : {Method::PgAutoUpgrade, Method::DumpRestore}) {
        if (methodId(method) == id)
            return method;
    }
    return std::nullopt;
}

} // namespace edm::migration
