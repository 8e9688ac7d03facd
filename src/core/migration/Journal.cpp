// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace edm {

namespace {

/// 1: engine values in an untyped "extra" object; 2: the same values as top-level fields.
constexpr int SchemaVersion = 2;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("unwritable"),
                     Journal::tr("Cannot write %1: %2. The migration needs to write its journal beside the compose "
                                 "file; check the folder's permissions and free space.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QStringLiteral("unwritable"),
                     Journal::tr("Cannot write %1: %2. Free some space and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    }
    return {};
}

} // namespace

QString Journal::directoryFor(const QString &projectDir)
{
    return QDir(projectDir).filePath(QStringLiteral(".ente-db-migrate"));
}

QString Journal::pathFor(const QString &projectDir)
{
    return QDir(directoryFor(projectDir)).filePath(QStringLiteral("journal.json"));
}

bool Journal::exists(const QString &projectDir)
{
    return QFileInfo::exists(pathFor(projectDir));
}

Journal Journal::create(const QString &projectDir)
{
    Journal journal;
    journal.m_projectDir = QDir::cleanPath(projectDir);
    journal.created = QDateTime::currentDateTimeUtc();
    return journal;
}

Expected<std::optional<Journal>> Journal::load(const QString &projectDir)
{
    const QString path = pathFor(projectDir);
    QFile file(path);
    if (!file.exists())
        return std::optional<Journal>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QStringLiteral("unreadable"),
            tr("Cannot read the migration journal %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            path};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{
            QStringLiteral("corrupt_journal"),
            tr("The migration journal %1 is damaged (%2). Your compose file's original is kept in %3; "
               "compare it with compose.yaml before deleting the folder.")
                .arg(QDir::toNativeSeparators(path), parseError.errorString(),
                     QDir::toNativeSeparators(QDir(directoryFor(projectDir)).filePath(QStringLiteral("original")))),
            path};
    }
    if (doc.object().value(QStringLiteral("schema_version")).toInt() > SchemaVersion) {
        return Error{QStringLiteral("corrupt_journal"),
                     tr("The migration journal %1 was written by a newer version of this app. Use that version to "
                        "resume or roll back.")
                         .arg(QDir::toNativeSeparators(path)),
                     path};
    }
    return std::optional<Journal>(fromJson(QDir::cleanPath(projectDir), doc.object()));
}

Status Journal::save()
{
    updated = QDateTime::currentDateTimeUtc();
    return writeAtomically(pathFor(m_projectDir), QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Status Journal::remove()
{
    if (!QDir(directoryFor(m_projectDir)).removeRecursively()) {
        return Error{QStringLiteral("unwritable"),
                     tr("Cannot delete %1.").arg(QDir::toNativeSeparators(directoryFor(m_projectDir)))};
    }
    return {};
}

Status Journal::keepOriginal(const QString &path, const QByteArray &bytes)
{
    const QString relative = QDir(m_projectDir).relativeFilePath(path);
    for (const OriginalFile &kept : std::as_const(m_originals)) {
        if (kept.path == relative)
            return {};
    }
    const QString copy = QDir(directoryFor(m_projectDir)).filePath(QStringLiteral("original/") + relative);
    if (const Status written = writeAtomically(copy, bytes); !written)
        return written;
    m_originals.append({relative, sha256(bytes)});
    return save();
}

Expected<QByteArray> Journal::original(const QString &path) const
{
    const QString relative = QDir(m_projectDir).relativeFilePath(QDir(m_projectDir).absoluteFilePath(path));
    for (const OriginalFile &kept : m_originals) {
        if (kept.path != relative)
            continue;
        const QString copy = QDir(directoryFor(m_projectDir)).filePath(QStringLiteral("original/") + relative);
        QFile file(copy);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("unreadable"),
                         tr("The kept original of %1 is missing (%2).").arg(relative, file.errorString()), copy};
        }
        const QByteArray bytes = file.readAll();
        if (sha256(bytes) != kept.sha256) {
            return Error{QStringLiteral("corrupt_journal"),
                         tr("The kept original of %1 does not match its recorded checksum; it was changed after the "
                            "migration kept it.")
                             .arg(relative),
                         copy};
        }
        return bytes;
    }
    return Error{QStringLiteral("unreadable"), tr("No original of %1 was kept.").arg(relative)};
}

Status Journal::transition(const QString &state)
{
    m_state = state;
    m_history.append({state, QDateTime::currentDateTimeUtc()});
    return save();
}

QJsonObject Journal::toJson() const
{
    QJsonArray history;
    for (const Transition &t : m_history)
        history.append(QJsonObject{{QStringLiteral("state"), t.state}, {QStringLiteral("at"), iso(t.at)}});
    QJsonArray originals;
    for (const OriginalFile &o : m_originals)
        originals.append(QJsonObject{{QStringLiteral("path"), o.path}, {QStringLiteral("sha256"), o.sha256}});
    QJsonArray expected;
    for (const ExpectedRows &e : expectedRows) {
        expected.append(QJsonObject{{QStringLiteral("database"), e.database},
                                    {QStringLiteral("schema"), e.schema},
                                    {QStringLiteral("table"), e.table},
                                    {QStringLiteral("rows"), double(e.rows)}});
    }
    QJsonObject json{
        {QStringLiteral("schema_version"), SchemaVersion},
        {QStringLiteral("state"), m_state},
        {QStringLiteral("service"), service},
        {QStringLiteral("method"), method},
        {QStringLiteral("target"), target},
        {QStringLiteral("compose_files"), QJsonArray::fromStringList(composeFiles)},
        {QStringLiteral("volume"), volume},
        {QStringLiteral("new_volume"), newVolume},
        {QStringLiteral("data_touched"), dataTouched},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("history"), history},
        {QStringLiteral("originals"), originals},
        {QStringLiteral("report"), report},
        {QStringLiteral("source_major"), sourceMajor},
        {QStringLiteral("source_version"), sourceVersion},
        {QStringLiteral("source_size"), double(sourceSize)},
        {QStringLiteral("rehearse"), rehearse},
        {QStringLiteral("new_volume_used"), newVolumeUsed},
        {QStringLiteral("kept_volume"), keptVolume},
        {QStringLiteral("expected_rows"), expected},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("created"), iso(created)},
        {QStringLiteral("updated"), iso(updated)},
    };
    if (backup) {
        json.insert(QStringLiteral("backup"),
                    QJsonObject{{QStringLiteral("path"), backup->path},
                                {QStringLiteral("sha256"), backup->sha256},
                                {QStringLiteral("bytes"), double(backup->bytes)}});
    }
    return json;
}

Journal Journal::fromJson(const QString &projectDir, const QJsonObject &json)
{
    Journal j;
    j.m_projectDir = projectDir;
    j.m_state = json.value(QStringLiteral("state")).toString();
    j.service = json.value(QStringLiteral("service")).toString();
    j.method = json.value(QStringLiteral("method")).toString();
    j.target = json.value(QStringLiteral("target")).toInt(16);
    for (const QJsonValue &v : json.value(QStringLiteral("compose_files")).toArray())
        j.composeFiles.append(v.toString());
    j.volume = json.value(QStringLiteral("volume")).toString();
    j.newVolume = json.value(QStringLiteral("new_volume")).toString();
    j.dataTouched = json.value(QStringLiteral("data_touched")).toBool();
    j.lastError = json.value(QStringLiteral("last_error")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("history")).toArray()) {
        const QJsonObject o = v.toObject();
        j.m_history.append({o.value(QStringLiteral("state")).toString(),
                            QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("originals")).toArray()) {
        const QJsonObject o = v.toObject();
        j.m_originals.append(
            {o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("sha256")).toString()});
    }
    if (const QJsonObject b = json.value(QStringLiteral("backup")).toObject(); !b.isEmpty()) {
        j.backup = BackupInfo{b.value(QStringLiteral("path")).toString(), b.value(QStringLiteral("sha256")).toString(),
                              qint64(b.value(QStringLiteral("bytes")).toDouble())};
    }
    j.report = json.value(QStringLiteral("report")).toObject();
    // Version 1 kept the engine's values in "extra", under the names version 2 uses at the top level.
    const QJsonObject values = json.value(QStringLiteral("schema_version")).toInt(1) < 2
        ? json.value(QStringLiteral("extra")).toObject()
        : json;
    j.sourceMajor = values.value(QStringLiteral("source_major")).toInt();
    j.sourceVersion = values.value(QStringLiteral("source_version")).toString();
    j.sourceSize = qint64(values.value(QStringLiteral("source_size")).toDouble());
    j.rehearse = values.value(QStringLiteral("rehearse")).toBool();
    j.newVolumeUsed = values.value(QStringLiteral("new_volume_used")).toBool();
    j.keptVolume = values.value(QStringLiteral("kept_volume")).toString();
    for (const QJsonValue &v : values.value(QStringLiteral("expected_rows")).toArray()) {
        const QJsonObject o = v.toObject();
        j.expectedRows.append(
            {o.value(QStringLiteral("database")).toString(), o.value(QStringLiteral("schema")).toString(),
             o.value(QStringLiteral("table")).toString(), qint64(o.value(QStringLiteral("rows")).toDouble())});
    }
    for (const QJsonValue &v : values.value(QStringLiteral("roles")).toArray())
        j.roles.append(v.toString());
    j.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    j.updated = QDateTime::fromString(json.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    return j;
}

} // namespace edm
