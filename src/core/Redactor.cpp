// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

#include <algorithm>

namespace edm {

namespace {

/// As a YAML double-quoted scalar writes it: backslash, quote and control characters escaped.
QString yamlDoubleQuoted(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == u'\\')
            out += QLatin1String("\\\\");
        else if (c == u'"')
            out += QLatin1String("\\\"");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/// As JSON writes it inside a string (QJsonDocument's escaping, without the quotes).
QString jsonEscaped(const QString &value)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(value)}).toJson(QJsonDocument::Compact);
    // ["..."]
    return QString::fromUtf8(doc.mid(2, doc.size() - 4));
}

/// Whether text holds needle standing alone: not inside a longer word (letters and digits around it).
bool holdsAlone(const QString &text, const QString &needle)
{
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const bool before = at > 0 && text.at(at - 1).isLetterOrNumber();
        const qsizetype end = at + needle.size();
        const bool after = end < text.size() && text.at(end).isLetterOrNumber();
        if (!before && !after)
            return true;
    }
    return false;
}

} // namespace

Text Redactor::tooShortNotice()
{
    return trText("The password is too short to mask safely; lines that would show it are left out.");
}

QStringList Redactor::writtenForms(const QString &secret)
{
    QStringList forms;
    if (secret.isEmpty())
        return forms;
    QString dollars = secret;
    dollars.replace(u'$', QLatin1String("$$"));
    for (const QString &base : {secret, dollars}) {
        QString single = base;
        single.replace(u'\'', QLatin1String("''"));
        const QString doubleQuoted = yamlDoubleQuoted(base);
        forms << base << doubleQuoted << single << jsonEscaped(base) << jsonEscaped(doubleQuoted)
              << QString::fromLatin1(QUrl::toPercentEncoding(base));
    }
    forms.removeDuplicates();
    return forms;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QStringList &list = secret.size() < MinimumLength ? m_shortSecrets : m_secrets;
    for (const QString &form : writtenForms(secret)) {
        if (!list.contains(form))
            list.append(form);
    }
    // Longest first, so that a secret containing another is masked whole.
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, mask());
    if (m_shortSecrets.isEmpty())
        return text;
    const auto shows = [this](const QString &line) {
        return std::any_of(m_shortSecrets.cbegin(), m_shortSecrets.cend(),
                           [&line](const QString &secret) { return holdsAlone(line, secret); });
    };
    if (!shows(text))
        return text;
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        if (!shows(line)) {
            kept.append(line);
        } else if (!m_noticeGiven) {
            m_noticeGiven = true;
            kept.append(tooShortNotice());
        }
    }
    return kept.join(u'\n');
}

QByteArray Redactor::redact(QByteArray bytes) const
{
    for (const QString &secret : m_secrets)
        bytes.replace(secret.toUtf8(), mask().toUtf8());
    if (m_shortSecrets.isEmpty())
        return bytes;
    return redact(QString::fromUtf8(bytes)).toUtf8();
}

QJsonValue Redactor::redact(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return redact(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redact(item));
        return array;
    }
    case QJsonValue::Object:
        return redact(value.toObject());
    default:
        return value;
    }
}

Text Redactor::redactText(const Text &text) const
{
    return text.mapPlain([this](const QString &plain) { return redact(plain); });
}

QJsonObject Redactor::redact(const QJsonObject &object) const
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(redact(it.key()), redact(it.value()));
    return out;
}

} // namespace edm
