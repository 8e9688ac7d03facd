// SPDX-License-Identifier: GPL-3.0-or-later
// ente-db-migrate plan [PATH] [--service NAME] [--target N] [--json]: what the migration would change; writes nothing.
#include "cli/Cli.h"
#include "cli/Command.h"
#include "core/TerminalText.h"

#include "core/compose/MigrationPlan.h"

#include <QDir>
#include <QJsonDocument>

namespace edm::cli {

class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::PlanCommand)

public:
    PlanCommand()
    {
        setDescription(tr("Shows what migrating the Postgres service of a compose project would change: "
                          "the detected service and the diff of each image change. Changes nothing."));
        addPathArgument();
        addServiceOption();
        addOption(m_targetOption);
        addOption(m_upgradeImageOption);
        addOption(m_finalImageOption);
        addJsonOption(tr("Print the plan (or the error) as JSON."));
    }

protected:
    int run() override;

private:
    const QCommandLineOption m_targetOption{QStringLiteral("target"),
                                            tr("The Postgres major version to move to: 15, 16 (default), 17 or 18."),
                                            QStringLiteral("N"), QStringLiteral("16")};
    const QCommandLineOption m_upgradeImageOption{
        QStringLiteral("upgrade-image"),
        tr("The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:<target>-trixie, or "
           "<target>-alpine for an Alpine stack)."),
        QStringLiteral("IMAGE")};
    const QCommandLineOption m_finalImageOption{
        QStringLiteral("final-image"),
        tr("The postgres image to run afterwards (default: postgres:<target> in the current image's registry and "
           "flavour)."),
        QStringLiteral("IMAGE")};
};

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

int PlanCommand::run()
{
    // Every error of plan is an unusable project or argument: exit code 2.
    const auto failed = [this](const Error &error) { return fail(error, ExitUsage); };
    const QStringList positional = positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("plan takes one PATH, got %1.").arg(positional.size()));

    MigrationPlan::Options options;
    options.service = service();
    const Expected<int> target = MigrationPlan::parseTarget(value(m_targetOption));
    if (!target)
        return failed(target.error());
    options.target = *target;
    options.upgradeImage = value(m_upgradeImageOption).trimmed();
    options.finalImage = value(m_finalImageOption).trimmed();
    const Expected<MigrationPlan> plan = MigrationPlan::create(projectPath(), options, context().environment);
    if (!plan)
        return failed(plan.error());

    if (json()) {
        out() << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const PostgresService &service = plan->service();
    QTextStream &out = this->out();
    const auto row = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(12) << terminalSafe(value) << '\n';
    };
    row(tr("Project:"), QDir::toNativeSeparators(plan->projectDir()));
    row(tr("File:"), plan->composeFile());
    row(tr("Service:"), service.name);
    row(tr("Image:"), tr("%1 (line %2)").arg(service.image).arg(service.source.line));
    row(tr("Postgres:"),
        service.ref.majorText().isEmpty() ? tr("unknown (the running server decides)") : service.ref.majorText());
    if (service.volume) {
        const VolumeMount &v = *service.volume;
        const QString source =
            v.type == VolumeMount::Type::Bind ? QDir::toNativeSeparators(v.resolvedSource) : v.source;
        row(tr("Volume:"), tr("%1 (%2) on %3").arg(source, v.typeName(), v.target));
    } else {
        row(tr("Volume:"), tr("none"));
    }
    row(tr("User:"),
        tr("%1, database %2, password %3")
            .arg(service.credentials.user, service.credentials.database,
                 service.credentials.passwordSet() ? tr("set (hidden)") : tr("not set")));
    switch (plan->status()) {
    case MigrationPlan::Status::NeedsMigration:
        row(tr("Status:"), tr("needs migration to Postgres %1").arg(plan->target()));
        break;
    case MigrationPlan::Status::InProgress:
        row(tr("Status:"), tr("upgrade in progress (pgautoupgrade); one step left"));
        break;
    case MigrationPlan::Status::AlreadyTarget:
        row(tr("Status:"), tr("already on Postgres %1; nothing to do").arg(plan->target()));
        break;
    }
    row(tr("Target:"), MigrationPlan::targetDescription(plan->target()));
    int number = 0;
    for (const ImageEdit &step : plan->steps()) {
        out << '\n'
            << terminalSafe(tr("Step %1: image → %2 (%3)").arg(++number).arg(step.image, step.relativePath)) << '\n';
        out << terminalSafe(QString::fromUtf8(step.diff));
    }
    if (!plan->warnings().isEmpty()) {
        out << '\n' << tr("Warnings:") << '\n';
        for (const Text &warning : plan->warnings())
            out << "  - " << terminalSafe(warning) << '\n';
    }
    out << '\n' << tr("Nothing was changed.") << '\n';
    return ExitOk;
}

} // namespace edm::cli
