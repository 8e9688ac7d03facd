// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/Journal.h"

#include "core/StateDir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

constexpr qint64 JournalLimit = 16 * 1024 * 1024;
constexpr qint64 OriginalLimit = 4 * 1024 * 1024;
const QString JournalName = QStringLiteral("journal.json");
const QString OriginalFolder = QStringLiteral("original/");

/// A path the journal holds for a file of the project: relative, clean, inside the project folder.
bool isProjectRelative(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QChar(0)) || path.contains(u'\\'))
        return false;
    if (QDir::cleanPath(path) != path)
        return false;
    return path != QLatin1String("..") && !path.startsWith(QLatin1String("../")) &&
        !path.startsWith(StateDir::name() + u'/') && path != StateDir::name();
}

/// A control character, which no path this app writes holds.
bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

QString Journal::directoryFor(const QString &projectDir)
{
    return StateDir::pathFor(projectDir);
}

QString Journal::pathFor(const QString &projectDir)
{
    return QDir(directoryFor(projectDir)).filePath(JournalName);
}

bool Journal::exists(const QString &projectDir)
{
    const Expected<std::optional<StateDir>> dir = StateDir::open(projectDir, false);
    // A folder that cannot be opened safely counts as there: load() says why.
    return !dir || (dir->has_value() && (*dir)->contains(JournalName));
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
    const Expected<std::optional<StateDir>> dir = StateDir::open(projectDir, false);
    if (!dir)
        return dir.error();
    if (!dir->has_value() || !(*dir)->contains(JournalName))
        return std::optional<Journal>();
    const Expected<QByteArray> bytes = (*dir)->read(JournalName, JournalLimit);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{
            QStringLiteral("corrupt_journal"),
            trText("The migration journal %1 is damaged (%2). Your compose file's original is kept in %3; "
                   "compare it with compose.yaml before deleting the folder.")
                .arg(QDir::toNativeSeparators(path), parseError.errorString(),
                     QDir::toNativeSeparators(QDir(directoryFor(projectDir)).filePath(QStringLiteral("original")))),
            path};
    }
    if (doc.object().value(QStringLiteral("schema_version")).toInt() > SchemaVersion) {
        return Error{QStringLiteral("corrupt_journal"),
                     trText("The migration journal %1 was written by a newer version of this app. Use that version to "
                            "resume or roll back.")
                         .arg(QDir::toNativeSeparators(path)),
                     path};
    }
    Journal journal = fromJson(QDir::cleanPath(projectDir), doc.object());
    if (const Status valid = journal.validate(); !valid)
        return valid.error();
    return std::optional<Journal>(std::move(journal));
}

Status Journal::validate() const
{
    const QString path = pathFor(m_projectDir);
    const auto corrupt = [&path](const QString &entry, const QString &value) {
        return Error{
            QStringLiteral("corrupt_journal"),
            trText("The migration journal %1 is not one this app wrote: its entry %2 (\"%3\") is not a file of "
                   "the project. Nothing was changed. Move the folder %4 aside and check your compose files by "
                   "hand.")
                .arg(QDir::toNativeSeparators(path), entry, value.left(200),
                     QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            path};
    };
    for (qsizetype i = 0; i < composeFiles.size(); ++i) {
        if (!isProjectRelative(composeFiles.at(i)) || hasControl(composeFiles.at(i)))
            return corrupt(QStringLiteral("compose_files[%1]").arg(i), composeFiles.at(i));
    }
    for (qsizetype i = 0; i < m_originals.size(); ++i) {
        const QString &kept = m_originals.at(i).path;
        if (!isProjectRelative(kept) || hasControl(kept) || !composeFiles.contains(kept))
            return corrupt(QStringLiteral("originals[%1].path").arg(i), kept);
    }
    if (backup) {
        // The backup is the user's to place anywhere; it must still be a plain absolute path outside this folder.
        const QString &file = backup->path;
        if (!QDir::isAbsolutePath(file) || QDir::cleanPath(file) != file || hasControl(file) ||
            QFileInfo(file).fileName().isEmpty() || file.startsWith(directoryFor(m_projectDir) + u'/')) {
            return corrupt(QStringLiteral("backup.path"), file);
        }
        for (const QString &compose : composeFiles) {
            if (QDir(m_projectDir).absoluteFilePath(compose) == file)
                return corrupt(QStringLiteral("backup.path"), file);
        }
    }
    return {};
}

Status Journal::save()
{
    updated = QDateTime::currentDateTimeUtc();
    const Expected<std::optional<StateDir>> dir = StateDir::open(m_projectDir, true);
    if (!dir)
        return dir.error();
    return (*dir)->write(JournalName, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Status Journal::remove()
{
    const Expected<std::optional<StateDir>> dir = StateDir::open(m_projectDir, false);
    if (!dir)
        return dir.error();
    return dir->has_value() ? (*dir)->clear() : Status();
}

Status Journal::keepOriginal(const QString &path, const QByteArray &bytes)
{
    const QString relative = QDir(m_projectDir).relativeFilePath(path);
    for (const OriginalFile &kept : std::as_const(m_originals)) {
        if (kept.path == relative)
            return {};
    }
    if (!isProjectRelative(relative)) {
        return Error{QStringLiteral("internal"),
                     trText("%1 is not inside the project folder %2; its original cannot be kept.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_projectDir))};
    }
    const Expected<std::optional<StateDir>> dir = StateDir::open(m_projectDir, true);
    if (!dir)
        return dir.error();
    if (const Status written = (*dir)->write(OriginalFolder + relative, bytes); !written)
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
        const QString copy = QDir(directoryFor(m_projectDir)).filePath(OriginalFolder + relative);
        const Expected<std::optional<StateDir>> dir = StateDir::open(m_projectDir, false);
        if (!dir)
            return dir.error();
        if (!dir->has_value())
            return Error{QStringLiteral("unreadable"), trText("The kept original of %1 is missing.").arg(relative),
                         copy};
        const Expected<QByteArray> read = (*dir)->read(OriginalFolder + relative, OriginalLimit);
        if (!read) {
            if (read.error().code != QLatin1String("unreadable"))
                return read.error();
            return Error{QStringLiteral("unreadable"),
                         trText("The kept original of %1 is missing (%2).").arg(relative, read.error().message), copy};
        }
        const QByteArray &bytes = *read;
        if (sha256(bytes) != kept.sha256) {
            return Error{
                QStringLiteral("corrupt_journal"),
                trText("The kept original of %1 does not match its recorded checksum; it was changed after the "
                       "migration kept it.")
                    .arg(relative),
                copy};
        }
        return bytes;
    }
    return Error{QStringLiteral("unreadable"), trText("No original of %1 was kept.").arg(relative)};
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
        {QStringLiteral("upgrade_image"), upgradeImage},
        {QStringLiteral("final_image"), finalImage},
        {QStringLiteral("data_touched"), dataTouched},
        {QStringLiteral("last_error"), lastError.toJson()},
        {QStringLiteral("last_error_code"), lastErrorCode},
        {QStringLiteral("history"), history},
        {QStringLiteral("originals"), originals},
        {QStringLiteral("report"), report},
        {QStringLiteral("source_major"), sourceMajor},
        {QStringLiteral("source_version"), sourceVersion},
        {QStringLiteral("source_size"), double(sourceSize)},
        {QStringLiteral("rehearse"), rehearse},
        {QStringLiteral("new_volume_used"), newVolumeUsed},
        {QStringLiteral("kept_volume"), keptVolume},
        {QStringLiteral("upgrade_started"), iso(upgradeStarted)},
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
    j.upgradeImage = json.value(QStringLiteral("upgrade_image")).toString();
    j.finalImage = json.value(QStringLiteral("final_image")).toString();
    j.dataTouched = json.value(QStringLiteral("data_touched")).toBool();
    j.lastError = Text::fromJson(json.value(QStringLiteral("last_error")));
    j.lastErrorCode = json.value(QStringLiteral("last_error_code")).toString();
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
    j.upgradeStarted =
        QDateTime::fromString(values.value(QStringLiteral("upgrade_started")).toString(), Qt::ISODateWithMs);
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
