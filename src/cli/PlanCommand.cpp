// ente-db-migrate plan [PATH] [--service NAME] [--target N] [--json]: what the migration would change; writes nothing.
#include "cli/Cli.h"

#include "core/compose/MigrationPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace edm::cli {

struct PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(edm::cli::PlanCommand)
};

int runPlan(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        PlanCommand::tr("Shows what migrating the Postgres service of a compose project would change: "
                        "the detected service and the diff of each image change. Changes nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 PlanCommand::tr("The project folder or compose file (default: the current "
                                                 "folder)."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           PlanCommand::tr("The Postgres service, when there are several."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), PlanCommand::tr("The Postgres major version to move to: 15, 16 (default) or 17."),
        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        PlanCommand::tr("Print the plan (or the error) as JSON."));
    parser.addOptions({serviceOption, targetOption, jsonOption});
    if (!parser.parse(context.arguments)) {
        context.printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    const auto fail = [&](const Error &error) {
        context.printError(error.message);
        if (json)
            context.out << QJsonDocument(MigrationPlan::errorJson(error)).toJson(QJsonDocument::Indented);
        return ExitUsage;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail({QStringLiteral("usage"), PlanCommand::tr("plan takes one PATH, got %1.").arg(positional.size())});

    MigrationPlan::Options options;
    options.service = parser.value(serviceOption);
    const Expected<int> target = MigrationPlan::parseTarget(parser.value(targetOption));
    if (!target)
        return fail(target.error());
    options.target = *target;
    const QString path = QDir(context.workingDirectory.isEmpty() ? QDir::currentPath() : context.workingDirectory)
                             .absoluteFilePath(positional.value(0, QStringLiteral(".")));
    const Expected<MigrationPlan> plan = MigrationPlan::create(QDir::cleanPath(path), options, context.environment);
    if (!plan)
        return fail(plan.error());

    if (json) {
        context.out << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const PostgresService &service = plan->service();
    QTextStream &out = context.out;
    const auto row = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(12) << value << '\n';
    };
    row(PlanCommand::tr("Project:"), QDir::toNativeSeparators(plan->projectDir()));
    row(PlanCommand::tr("File:"), plan->composeFile());
    row(PlanCommand::tr("Service:"), service.name);
    row(PlanCommand::tr("Image:"), PlanCommand::tr("%1 (line %2)").arg(service.image).arg(service.source.line));
    row(PlanCommand::tr("Postgres:"),
        service.ref.majorText().isEmpty() ? PlanCommand::tr("unknown (the running server decides)")
                                          : service.ref.majorText());
    if (service.volume) {
        const VolumeMount &v = *service.volume;
        const QString source =
            v.type == VolumeMount::Type::Bind ? QDir::toNativeSeparators(v.resolvedSource) : v.source;
        row(PlanCommand::tr("Volume:"), PlanCommand::tr("%1 (%2) on %3").arg(source, v.typeName(), v.target));
    } else {
        row(PlanCommand::tr("Volume:"), PlanCommand::tr("none"));
    }
    row(PlanCommand::tr("User:"),
        PlanCommand::tr("%1, database %2, password %3")
            .arg(service.credentials.user, service.credentials.database,
                 service.credentials.passwordSet() ? PlanCommand::tr("set (hidden)") : PlanCommand::tr("not set")));
    switch (plan->status()) {
    case MigrationPlan::Status::NeedsMigration:
        row(PlanCommand::tr("Status:"), PlanCommand::tr("needs migration to Postgres %1").arg(plan->target()));
        break;
    case MigrationPlan::Status::InProgress:
        row(PlanCommand::tr("Status:"), PlanCommand::tr("upgrade in progress (pgautoupgrade); one step left"));
        break;
    case MigrationPlan::Status::AlreadyTarget:
        row(PlanCommand::tr("Status:"), PlanCommand::tr("already on Postgres %1; nothing to do").arg(plan->target()));
        break;
    }
    row(PlanCommand::tr("Target:"), MigrationPlan::targetDescription(plan->target()));
    int number = 0;
    for (const ImageEdit &step : plan->steps()) {
        out << '\n'
            << PlanCommand::tr("Step %1: image → %2 (%3)").arg(++number).arg(step.image, step.relativePath) << '\n';
        out << QString::fromUtf8(step.diff);
    }
    if (!plan->warnings().isEmpty()) {
        out << '\n' << PlanCommand::tr("Warnings:") << '\n';
        for (const QString &warning : plan->warnings())
            out << "  - " << warning << '\n';
    }
    out << '\n' << PlanCommand::tr("Nothing was changed.") << '\n';
    return ExitOk;
}

} // namespace edm::cli
