// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/BackupSidecar.h"
#include "core/ErrorCodes.h"

#include "core/postgres/DumpInspector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace edm {

namespace {

const QString FormatName = QStringLiteral("ente-db-migrate-backup");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

qint64 BackupSidecar::Database::rows() const
{
    qint64 sum = 0;
    for (const Table &table : tables)
        sum += table.rows;
    return sum;
}

QString BackupSidecar::pathFor(const QString &backupPath)
{
    return backupPath + QStringLiteral(".json");
}

void BackupSidecar::takeSummary(const DumpSummary &summary)
{
    complete = summary.verdict() == DumpSummary::Verdict::Complete;
    lines = summary.lines;
    rows = summary.rows();
    problems.clear();
    for (const DumpProblem &problem : summary.problems)
        problems.append(problem.message);
    if (dumpVersion.isEmpty())
        dumpVersion = summary.dumpToolVersion;
    for (const DumpDatabase &dumped : summary.databases) {
        if (dumped.name.isEmpty())
            continue;
        Database *target = nullptr;
        for (Database &db : databases) {
            if (db.name == dumped.name)
                target = &db;
        }
        if (!target) {
            databases.append(Database{});
            target = &databases.last();
            target->name = dumped.name;
            target->encoding = dumped.encoding;
            target->collate = dumped.collate;
            target->ctype = dumped.ctype;
            target->localeProvider = dumped.localeProvider;
        }
        target->tables.clear();
        for (const DumpTable &table : dumped.tables)
            target->tables.append({table.schema, table.table, table.rows});
    }
}

QJsonObject BackupSidecar::toJson() const
{
    QJsonArray dbs;
    for (const Database &db : databases) {
        QJsonArray tables;
        for (const Table &table : db.tables) {
            tables.append(QJsonObject{{QStringLiteral("schema"), textOrNull(table.schema)},
                                      {QStringLiteral("table"), table.table},
                                      {QStringLiteral("rows"), table.rows}});
        }
        dbs.append(QJsonObject{{QStringLiteral("name"), db.name},
                               {QStringLiteral("size_bytes"), db.sizeBytes},
                               {QStringLiteral("encoding"), textOrNull(db.encoding)},
                               {QStringLiteral("collate"), textOrNull(db.collate)},
                               {QStringLiteral("ctype"), textOrNull(db.ctype)},
                               {QStringLiteral("locale_provider"), textOrNull(db.localeProvider)},
                               {QStringLiteral("rows"), db.rows()},
                               {QStringLiteral("tables"), tables}});
    }
    return {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("name"), appName}, {QStringLiteral("version"), appVersion}}},
        {QStringLiteral("file"), file},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("started"), isoTime(started)},
        {QStringLiteral("finished"), isoTime(finished)},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("version"), textOrNull(serverVersion)},
                     {QStringLiteral("version_num"), serverVersionNum},
                     {QStringLiteral("major"), serverMajor},
                     {QStringLiteral("version_text"), textOrNull(serverVersionText)}}},
        {QStringLiteral("dump_tool"),
         QJsonObject{{QStringLiteral("program"), textOrNull(dumpProgram)},
                     {QStringLiteral("version"), textOrNull(dumpVersion)}}},
        {QStringLiteral("compose"),
         QJsonObject{{QStringLiteral("file"), textOrNull(composeFile)},
                     {QStringLiteral("service"), textOrNull(service)},
                     {QStringLiteral("project"), textOrNull(project)},
                     {QStringLiteral("container"), textOrNull(container)}}},
        {QStringLiteral("databases"), dbs},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("complete"), complete},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}},
    };
}

Expected<BackupSidecar> BackupSidecar::fromJson(const QJsonObject &object)
{
    if (object.value(QLatin1String("format")).toString() != FormatName) {
        return Error(ErrorCode::SidecarForeign,
                     trText("This JSON file is not a backup description written by Ente DB Migration."));
    }
    const int version = object.value(QLatin1String("format_version")).toInt();
    if (version < 1 || version > FormatVersion) {
        return Error(ErrorCode::SidecarVersion,
                     trText("This backup description has format version %1; this release reads version %2. Use a newer "
                            "release of the app.")
                         .arg(version)
                         .arg(FormatVersion));
    }
    BackupSidecar s;
    const QJsonObject app = object.value(QLatin1String("app")).toObject();
    s.appName = app.value(QLatin1String("name")).toString();
    s.appVersion = app.value(QLatin1String("version")).toString();
    s.file = object.value(QLatin1String("file")).toString();
    s.bytes = qint64(object.value(QLatin1String("bytes")).toDouble());
    s.sha256 = object.value(QLatin1String("sha256")).toString();
    s.started = QDateTime::fromString(object.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    s.finished = QDateTime::fromString(object.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs);
    const QJsonObject server = object.value(QLatin1String("server")).toObject();
    s.serverVersion = server.value(QLatin1String("version")).toString();
    s.serverVersionNum = server.value(QLatin1String("version_num")).toInt();
    s.serverMajor = server.value(QLatin1String("major")).toInt();
    s.serverVersionText = server.value(QLatin1String("version_text")).toString();
    const QJsonObject tool = object.value(QLatin1String("dump_tool")).toObject();
    s.dumpProgram = tool.value(QLatin1String("program")).toString();
    s.dumpVersion = tool.value(QLatin1String("version")).toString();
    const QJsonObject compose = object.value(QLatin1String("compose")).toObject();
    s.composeFile = compose.value(QLatin1String("file")).toString();
    s.service = compose.value(QLatin1String("service")).toString();
    s.project = compose.value(QLatin1String("project")).toString();
    s.container = compose.value(QLatin1String("container")).toString();
    for (const QJsonValue &value : object.value(QLatin1String("databases")).toArray()) {
        const QJsonObject o = value.toObject();
        Database db;
        db.name = o.value(QLatin1String("name")).toString();
        db.sizeBytes = qint64(o.value(QLatin1String("size_bytes")).toDouble());
        db.encoding = o.value(QLatin1String("encoding")).toString();
        db.collate = o.value(QLatin1String("collate")).toString();
        db.ctype = o.value(QLatin1String("ctype")).toString();
        db.localeProvider = o.value(QLatin1String("locale_provider")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("tables")).toArray()) {
            const QJsonObject to = t.toObject();
            db.tables.append({to.value(QLatin1String("schema")).toString(), to.value(QLatin1String("table")).toString(),
                              qint64(to.value(QLatin1String("rows")).toDouble())});
        }
        s.databases.append(db);
    }
    const QJsonObject verification = object.value(QLatin1String("verification")).toObject();
    s.complete = verification.value(QLatin1String("complete")).toBool();
    s.lines = qint64(verification.value(QLatin1String("lines")).toDouble());
    s.rows = qint64(verification.value(QLatin1String("rows")).toDouble());
    for (const QJsonValue &p : verification.value(QLatin1String("problems")).toArray())
        s.problems.append(p.toString());
    return s;
}

Status BackupSidecar::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::SidecarWriteFailed,
                     trText("The backup description %1 cannot be written: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit()) {
        return Error(ErrorCode::SidecarWriteFailed,
                     trText("The backup description %1 cannot be written: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Expected<BackupSidecar> BackupSidecar::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::SidecarUnreadable,
                     trText("The backup description %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorCode::SidecarInvalid,
                     trText("The backup description %1 is not valid JSON (%2).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString()));
    }
    return fromJson(document.object());
}

} // namespace edm
