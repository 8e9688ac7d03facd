// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationReport.h"

#include <QJsonArray>

namespace edm {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString MigrationReport::checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Pass:
        return QStringLiteral("pass");
    case CheckResult::Warn:
        return QStringLiteral("warn");
    case CheckResult::Fail:
        return QStringLiteral("fail");
    case CheckResult::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString MigrationReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::RolledBack:
        return QStringLiteral("rolled_back");
    case Outcome::InProgress:
        return QStringLiteral("in_progress");
    }
    return {};
}

QString MigrationReport::outcomeText() const
{
    switch (outcome) {
    case Outcome::Succeeded:
        return trText("The migration succeeded.");
    case Outcome::Failed:
        return trText("The migration failed.");
    case Outcome::RolledBack:
        return trText("The migration was rolled back; the original compose file and data are in place.");
    case Outcome::InProgress:
        return trText("The migration has not finished.");
    }
    return {};
}

bool MigrationReport::allRowsMatch() const
{
    for (const RowCount &row : rowCounts) {
        if (!row.matches())
            return false;
    }
    return !rowCounts.isEmpty();
}

qint64 MigrationReport::downtimeMs() const
{
    const Step *stop = nullptr;
    const Step *finish = nullptr;
    for (const Step &step : steps) {
        if (step.outcome != QLatin1String("done"))
            continue;
        if (step.id == QLatin1String("stop"))
            stop = &step;
        else if (step.id == QLatin1String("finish"))
            finish = &step;
    }
    if (!stop || !finish || !stop->started.isValid() || !finish->finished.isValid())
        return -1;
    return qMax(qint64(0), stop->started.addMSecs(stop->waitedMs).msecsTo(finish->finished));
}

QJsonObject MigrationReport::toJson(TextForm form) const
{
    // A shown text is a string (null when empty, where the schema allows null); a kept one is Text's own form.
    const auto text = [form](const Text &t) -> QJsonValue {
        return form == TextForm::Kept ? t.toJson() : QJsonValue(t.toString());
    };
    const auto textOrNull = [&text](const Text &t) -> QJsonValue {
        return t.isEmpty() ? QJsonValue(QJsonValue::Null) : text(t);
    };
    QJsonArray warningArray;
    for (const Text &warning : warnings)
        warningArray.append(text(warning));
    QJsonArray stepArray;
    for (const Step &step : steps) {
        stepArray.append(
            QJsonObject{{QStringLiteral("id"), step.id},
                        {QStringLiteral("title"), text(step.title)},
                        {QStringLiteral("started"), orNull(iso(step.started))},
                        {QStringLiteral("finished"), orNull(iso(step.finished))},
                        {QStringLiteral("duration_ms"),
                         step.durationMs() < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(step.durationMs()))},
                        {QStringLiteral("waited_ms"), double(step.waitedMs)},
                        {QStringLiteral("outcome"), step.outcome},
                        {QStringLiteral("note"), textOrNull(step.note)}});
    }
    QJsonArray diffArray;
    for (const Diff &diff : diffs) {
        diffArray.append(QJsonObject{{QStringLiteral("title"), text(diff.title)},
                                     {QStringLiteral("file"), diff.file},
                                     {QStringLiteral("diff"), QString::fromUtf8(diff.diff)}});
    }
    QJsonArray checkArray;
    for (const Check &check : checks) {
        checkArray.append(QJsonObject{{QStringLiteral("id"), check.id},
                                      {QStringLiteral("title"), text(check.title)},
                                      {QStringLiteral("result"), checkResultName(check.result)},
                                      {QStringLiteral("detail"), textOrNull(check.detail)},
                                      {QStringLiteral("fix"), textOrNull(check.fix)},
                                      {QStringLiteral("commands"), orNull(check.commands)}});
    }
    QJsonArray rowArray;
    for (const RowCount &row : rowCounts) {
        rowArray.append(QJsonObject{{QStringLiteral("database"), row.database},
                                    {QStringLiteral("schema"), row.schema},
                                    {QStringLiteral("table"), row.table},
                                    {QStringLiteral("backup_rows"), double(row.expected)},
                                    {QStringLiteral("server_rows"),
                                     row.actual < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(row.actual))},
                                    {QStringLiteral("match"), row.matches()}});
    }
    QJsonValue backupValue(QJsonValue::Null);
    if (backup) {
        backupValue = QJsonObject{{QStringLiteral("path"), backup->path},
                                  {QStringLiteral("bytes"), double(backup->bytes)},
                                  {QStringLiteral("sha256"), backup->sha256},
                                  {QStringLiteral("finished"), orNull(iso(backup->finished))},
                                  {QStringLiteral("verified"), backup->verified}};
    }
    return {
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("created"), iso(created)},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("project"),
         QJsonObject{{QStringLiteral("dir"), projectDir},
                     {QStringLiteral("compose_file"), composeFile},
                     {QStringLiteral("service"), service}}},
        {QStringLiteral("method"), method},
        {QStringLiteral("target_major"), targetMajor},
        {QStringLiteral("before"),
         QJsonObject{{QStringLiteral("server_version"), orNull(versionBefore)},
                     {QStringLiteral("image"), imageBefore}}},
        {QStringLiteral("after"),
         QJsonObject{{QStringLiteral("server_version"), orNull(versionAfter)}, {QStringLiteral("image"), imageAfter}}},
        {QStringLiteral("keep_image_note"), textOrNull(keepImageNote)},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("diffs"), diffArray},
        {QStringLiteral("backup"), backupValue},
        {QStringLiteral("checks"), checkArray},
        {QStringLiteral("row_counts"), rowArray},
        {QStringLiteral("warnings"), warningArray},
        {QStringLiteral("log_excerpt"), QJsonArray::fromStringList(logExcerpt)},
        {QStringLiteral("collation_refreshed"), QJsonArray::fromStringList(collationRefreshed)},
    };
}

MigrationReport MigrationReport::fromJson(const QJsonObject &json)
{
    MigrationReport report;
    report.appVersion = json.value(QStringLiteral("app_version")).toString();
    report.created = fromIso(json.value(QStringLiteral("created")));
    const QString outcome = json.value(QStringLiteral("outcome")).toString();
    for (Outcome o : {Outcome::Succeeded, Outcome::Failed, Outcome::RolledBack, Outcome::InProgress}) {
        if (outcomeName(o) == outcome)
            report.outcome = o;
    }
    const QJsonObject project = json.value(QStringLiteral("project")).toObject();
    report.projectDir = project.value(QStringLiteral("dir")).toString();
    report.composeFile = project.value(QStringLiteral("compose_file")).toString();
    report.service = project.value(QStringLiteral("service")).toString();
    report.method = json.value(QStringLiteral("method")).toString();
    report.targetMajor = json.value(QStringLiteral("target_major")).toInt(16);
    const QJsonObject before = json.value(QStringLiteral("before")).toObject();
    const QJsonObject after = json.value(QStringLiteral("after")).toObject();
    report.versionBefore = before.value(QStringLiteral("server_version")).toString();
    report.imageBefore = before.value(QStringLiteral("image")).toString();
    report.versionAfter = after.value(QStringLiteral("server_version")).toString();
    report.imageAfter = after.value(QStringLiteral("image")).toString();
    report.keepImageNote = Text::fromJson(json.value(QStringLiteral("keep_image_note")));
    for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        report.steps.append({o.value(QStringLiteral("id")).toString(), Text::fromJson(o.value(QStringLiteral("title"))),
                             fromIso(o.value(QStringLiteral("started"))), fromIso(o.value(QStringLiteral("finished"))),
                             o.value(QStringLiteral("outcome")).toString(),
                             Text::fromJson(o.value(QStringLiteral("note"))),
                             qint64(o.value(QStringLiteral("waited_ms")).toDouble())});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("diffs")).toArray()) {
        const QJsonObject o = v.toObject();
        report.diffs.append({Text::fromJson(o.value(QStringLiteral("title"))),
                             o.value(QStringLiteral("file")).toString(),
                             o.value(QStringLiteral("diff")).toString().toUtf8()});
    }
    if (const QJsonObject b = json.value(QStringLiteral("backup")).toObject(); !b.isEmpty()) {
        report.backup =
            Backup{b.value(QStringLiteral("path")).toString(), qint64(b.value(QStringLiteral("bytes")).toDouble()),
                   b.value(QStringLiteral("sha256")).toString(), fromIso(b.value(QStringLiteral("finished"))),
                   b.value(QStringLiteral("verified")).toBool()};
    }
    for (const QJsonValue &v : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = v.toObject();
        Check check{o.value(QStringLiteral("id")).toString(),
                    Text::fromJson(o.value(QStringLiteral("title"))),
                    CheckResult::Pass,
                    Text::fromJson(o.value(QStringLiteral("detail"))),
                    Text::fromJson(o.value(QStringLiteral("fix"))),
                    o.value(QStringLiteral("commands")).toString()};
        const QString result = o.value(QStringLiteral("result")).toString();
        for (CheckResult r : {CheckResult::Pass, CheckResult::Warn, CheckResult::Fail, CheckResult::Skipped}) {
            if (checkResultName(r) == result)
                check.result = r;
        }
        report.checks.append(check);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("row_counts")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue actual = o.value(QStringLiteral("server_rows"));
        report.rowCounts.append(
            {o.value(QStringLiteral("database")).toString(), o.value(QStringLiteral("schema")).toString(),
             o.value(QStringLiteral("table")).toString(), qint64(o.value(QStringLiteral("backup_rows")).toDouble()),
             actual.isNull() ? -1 : qint64(actual.toDouble())});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("warnings")).toArray())
        report.warnings.append(Text::fromJson(v));
    for (const QJsonValue &v : json.value(QStringLiteral("log_excerpt")).toArray())
        report.logExcerpt.append(v.toString());
    for (const QJsonValue &v : json.value(QStringLiteral("collation_refreshed")).toArray())
        report.collationRefreshed.append(v.toString());
    return report;
}

} // namespace edm
