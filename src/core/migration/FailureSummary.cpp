// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/FailureSummary.h"

#include "core/ErrorCodes.h"
#include "core/migration/MigrationEngine.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace edm {

namespace {

bool inHistory(const Journal &journal, const QString &state)
{
    for (const Journal::Transition &transition : journal.history()) {
        if (transition.state == state)
            return true;
    }
    return false;
}

/// Causes that running again cannot fix: the project or the choice itself is the problem, or the person said no.
bool retryCannotHelp(const QString &code)
{
    static const QStringList codes{
        ErrorCode::AlreadyTarget,    ErrorCode::NothingToResume,      ErrorCode::NothingToRollBack,
        ErrorCode::UnsupportedImage, ErrorCode::UnsupportedTarget,    ErrorCode::UnsupportedVolume,
        ErrorCode::UnsupportedEdit,  ErrorCode::NoPostgresService,    ErrorCode::AmbiguousService,
        ErrorCode::ServiceNotFound,  ErrorCode::TargetNotAboveSource, ErrorCode::Declined,
        ErrorCode::Cancelled,        ErrorCode::CorruptJournal};
    return codes.contains(code);
}

} // namespace

FailureFacts FailureFacts::from(const MigrationEngine &engine, const Error &error, std::optional<bool> containerRunning)
{
    using migration::Step;
    FailureFacts facts;
    facts.step = engine.currentStep();
    facts.error = error;
    facts.containerRunning = containerRunning;
    facts.projectDir = engine.options().projectPath;

    const std::optional<Journal> &journal = engine.journal();
    facts.journalFinished = !journal || journal->isFinished();
    if (journal) {
        facts.projectDir = journal->projectDir();
        facts.stackStopped = inHistory(*journal, migration::stepId(Step::Stop) + QStringLiteral("_done")) ||
            (facts.step == Step::Stop && error.code != ErrorCode::Declined);
        facts.upgradeStarted = inHistory(*journal, migration::stepId(Step::Upgrade));
        facts.upgradeFinished = inHistory(*journal, migration::stepId(Step::Upgrade) + QStringLiteral("_done"));
        facts.dataConverted = journal->dataTouched;
    }

    const std::optional<MigrationPlan> &plan = engine.plan();
    if (plan) {
        facts.originalImage = plan->service().image;
        facts.composeImage = facts.originalImage;
        const QList<ImageEdit> &edits = plan->steps();
        if (!edits.isEmpty()) {
            QFile file(edits.first().file);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray now = file.readAll();
                if (now != edits.first().before) {
                    facts.composeChanged = true;
                    facts.composeImage.clear(); // changed, by whom is not known until an edit matches
                    for (qsizetype i = edits.size() - 1; i >= 0; --i) {
                        if (now == edits.at(i).after) {
                            facts.composeImage = edits.at(i).image;
                            facts.finalImageSwitched = i == edits.size() - 1;
                            break;
                        }
                    }
                }
            }
        }
    }
    return facts;
}

QString FailureSummary::firstSentence(const QString &message, int maxChars)
{
    QString text = message.trimmed().section(u'\n', 0, 0).trimmed();
    // The first clause that says what happened: up to the first full stop or semicolon (what follows is where to
    // look or what to do, which the other two lines say for the summary).
    static const QRegularExpression stop(QStringLiteral("[.;] "));
    if (const QRegularExpressionMatch match = stop.match(text); match.hasMatch() && match.capturedStart() > 0) {
        text.truncate(match.capturedStart());
        text += u'.';
    }
    if (text.size() > maxChars) {
        qsizetype cut = text.lastIndexOf(u' ', maxChars - 1);
        if (cut < maxChars / 2)
            cut = maxChars - 1;
        text = text.left(cut).trimmed() + QStringLiteral("…");
    }
    return text;
}

FailureSummary FailureSummary::describe(const FailureFacts &facts)
{
    FailureSummary summary;
    const QString title = migration::stepTitle(facts.step);
    const QString cause = firstSentence(facts.error.message);
    summary.what = facts.error.code == ErrorCode::Cancelled ? trText("\"%1\" was stopped: %2").arg(title, cause)
                                                            : trText("\"%1\" failed: %2").arg(title, cause);

    QStringList state;
    if (facts.composeImage.isEmpty() && facts.composeChanged)
        state.append(trText("The compose file was changed and names an image this migration did not write."));
    else if (facts.composeImage.isEmpty())
        state.append(trText("The compose file is unchanged."));
    else if (facts.composeChanged)
        state.append(trText("The compose file names %1 (before the migration: %2).")
                         .arg(facts.composeImage, facts.originalImage));
    else
        state.append(trText("The compose file still names %1.").arg(facts.composeImage));
    if (!facts.containerRunning.has_value())
        state.append(trText("Whether the Postgres container runs is unknown: docker did not answer."));
    else if (*facts.containerRunning)
        state.append(trText("The Postgres container is running."));
    else
        state.append(trText("The Postgres container is not running."));
    if (facts.dataConverted && facts.upgradeFinished)
        state.append(trText("The data was converted to the new version."));
    else if (facts.dataConverted)
        state.append(
            trText("The data conversion began and did not finish: the old image cannot use the volume as it is."));
    else
        state.append(trText("The data is unchanged."));
    summary.state = state.join(u' ');

    const bool changed = facts.composeChanged || facts.stackStopped || facts.dataConverted;
    summary.retryResumes = !facts.journalFinished;
    if (changed) {
        summary.action = Next::RollBack;
        summary.next = facts.dataConverted
            ? trText("Roll back: the original compose file is put back, the backup restored into the volume and the "
                     "stack started as before.")
            : trText("Roll back: the original compose file is put back and the stack started as before.");
    } else if (!retryCannotHelp(facts.error.code)) {
        summary.action = Next::Retry;
        summary.next = trText("Nothing was changed. Fix the cause above, then retry \"%1\".").arg(title);
    } else {
        summary.action = Next::Close;
        summary.next = trText("Nothing was changed: close, or choose another project or target version.");
    }
    return summary;
}

QString FailureSummary::actionId(Next action)
{
    switch (action) {
    case Next::RollBack:
        return QStringLiteral("roll_back");
    case Next::Retry:
        return QStringLiteral("retry");
    case Next::Close:
        break;
    }
    return QStringLiteral("close");
}

QString FailureSummary::nextCommand(const QString &projectDir) const
{
    QString dir = projectDir;
    // A path a shell would split or expand is quoted; the command is for copying.
    if (dir.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./+:@%,=-]"))))
        dir = u'\'' + QString(dir).replace(u'\'', QLatin1String("'\\''")) + u'\'';
    switch (action) {
    case Next::RollBack:
        return QStringLiteral("ente-db-migrate rollback %1").arg(dir);
    case Next::Retry:
        return QStringLiteral("ente-db-migrate %1 %2")
            .arg(retryResumes ? QStringLiteral("resume") : QStringLiteral("migrate"), dir);
    case Next::Close:
        break;
    }
    return {};
}

QJsonObject FailureSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("what"), what},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("next"), next},
                       {QStringLiteral("action"), actionId(action)}};
}

} // namespace edm
