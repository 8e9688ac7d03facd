// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Text.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSharedData>

namespace edm {

namespace {

/// A read journal's Text is never deeper or wider than this (a planted file must not cost more than its size).
constexpr int MaxDepth = 8;
constexpr int MaxParts = 64;

} // namespace

class TextData : public QSharedData
{
public:
    enum class Kind
    {
        Plain,
        Translated,
        Joined
    };
    /// One arg() call: its arguments, replaced at once.
    using ArgGroup = QList<Text>;

    Kind kind = Kind::Plain;
    QString plain;
    // Translated: the context, source and disambiguation as the code wrote them (literals), or as a journal held
    // them (then kept in owned bytes).
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation; ///< null when there is none
    int n = -1;
    QList<ArgGroup> args;
    // Joined
    QList<Text> parts;
};

Text::Text()
    : d(new TextData)
{
}

Text::Text(const char *context, const char *source, const char *disambiguation, int n)
    : d(new TextData)
{
    d->kind = TextData::Kind::Translated;
    d->context = QByteArray(context);
    d->source = QByteArray(source);
    d->disambiguation = QByteArray(disambiguation);
    d->n = n;
}

Text::Text(const QString &plain)
    : d(new TextData)
{
    d->plain = plain;
}

Text::Text(const Text &other) = default;
Text::Text(Text &&other) noexcept = default;
Text &Text::operator=(const Text &other) = default;
Text &Text::operator=(Text &&other) noexcept = default;
Text::~Text() = default;

Text Text::arg(const Text &a) const
{
    return args({a});
}

Text Text::args(const QList<Text> &all) const
{
    Text result = *this;
    if (result.d->kind != TextData::Kind::Translated) {
        // A plain or joined text given arguments (rare: a message built before it was formatted): keep it as the
        // rendering of QString::arg, which it is.
        QString rendered = toString();
        for (const Text &one : all)
            rendered = rendered.arg(one.toString());
        return Text(rendered);
    }
    result.d->args.append(all);
    return result;
}

namespace {

QString applyGroup(const QString &text, const QList<Text> &group)
{
    QStringList s;
    s.reserve(group.size());
    for (const Text &one : group)
        s.append(one.toString());
    switch (s.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(s[0]);
    case 2:
        return text.arg(s[0], s[1]);
    case 3:
        return text.arg(s[0], s[1], s[2]);
    case 4:
        return text.arg(s[0], s[1], s[2], s[3]);
    case 5:
        return text.arg(s[0], s[1], s[2], s[3], s[4]);
    case 6:
        return text.arg(s[0], s[1], s[2], s[3], s[4], s[5]);
    case 7:
        return text.arg(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    case 8:
        return text.arg(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    default:
        return text.arg(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]);
    }
}

} // namespace

QString Text::toString() const
{
    return render(true);
}

QString Text::sourceString() const
{
    return render(false);
}

QString Text::render(bool translated) const
{
    switch (d->kind) {
    case TextData::Kind::Plain:
        return d->plain;
    case TextData::Kind::Joined: {
        QString out;
        for (const Text &part : d->parts)
            out += part.render(translated);
        return out;
    }
    case TextData::Kind::Translated:
        break;
    }
    QString text;
    if (translated) {
        text = QCoreApplication::translate(d->context.constData(), d->source.constData(),
                                           d->disambiguation.isNull() ? nullptr : d->disambiguation.constData(), d->n);
    } else {
        text = QString::fromUtf8(d->source);
        if (d->n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(d->n));
    }
    for (const QList<Text> &group : d->args) {
        QList<Text> shown;
        for (const Text &one : group)
            shown.append(Text(one.render(translated)));
        text = applyGroup(text, shown);
    }
    return text;
}

bool Text::isEmpty() const
{
    switch (d->kind) {
    case TextData::Kind::Plain:
        return d->plain.isEmpty();
    case TextData::Kind::Translated:
        return d->source.isEmpty();
    case TextData::Kind::Joined:
        for (const Text &part : d->parts) {
            if (!part.isEmpty())
                return false;
        }
        return true;
    }
    return true;
}

bool Text::isPlain() const
{
    return d->kind == TextData::Kind::Plain;
}

Text Text::mapPlain(const std::function<QString(const QString &)> &f) const
{
    Text result = *this;
    switch (d->kind) {
    case TextData::Kind::Plain:
        result.d->plain = f(d->plain);
        break;
    case TextData::Kind::Joined:
        for (Text &part : result.d->parts)
            part = part.mapPlain(f);
        break;
    case TextData::Kind::Translated:
        for (QList<Text> &group : result.d->args) {
            for (Text &one : group)
                one = one.mapPlain(f);
        }
        break;
    }
    return result;
}

QJsonValue Text::toJson() const
{
    switch (d->kind) {
    case TextData::Kind::Plain:
        return d->plain;
    case TextData::Kind::Joined: {
        QJsonArray parts;
        for (const Text &part : d->parts)
            parts.append(part.toJson());
        return QJsonObject{{QStringLiteral("join"), parts}};
    }
    case TextData::Kind::Translated:
        break;
    }
    QJsonObject object{{QStringLiteral("ctx"), QString::fromUtf8(d->context)},
                       {QStringLiteral("src"), QString::fromUtf8(d->source)}};
    if (!d->disambiguation.isNull())
        object.insert(QStringLiteral("dis"), QString::fromUtf8(d->disambiguation));
    if (d->n >= 0)
        object.insert(QStringLiteral("n"), d->n);
    if (!d->args.isEmpty()) {
        QJsonArray groups;
        for (const QList<Text> &group : d->args) {
            QJsonArray one;
            for (const Text &a : group)
                one.append(a.toJson());
            groups.append(one);
        }
        object.insert(QStringLiteral("args"), groups);
    }
    return object;
}

namespace {

Text fromJsonAt(const QJsonValue &json, int depth, int &budget)
{
    if (--budget < 0 || depth > MaxDepth)
        return Text();
    if (json.isString())
        return Text(json.toString());
    if (!json.isObject())
        return Text();
    const QJsonObject object = json.toObject();
    if (object.contains(QStringLiteral("join"))) {
        QList<Text> parts;
        const QJsonArray array = object.value(QStringLiteral("join")).toArray();
        for (const QJsonValue &part : array) {
            if (parts.size() >= MaxParts)
                break;
            parts.append(fromJsonAt(part, depth + 1, budget));
        }
        return joinTexts(parts, Text());
    }
    const QString context = object.value(QStringLiteral("ctx")).toString();
    const QString source = object.value(QStringLiteral("src")).toString();
    if (source.isEmpty())
        return Text();
    const QJsonValue dis = object.value(QStringLiteral("dis"));
    // The strings a journal names are owned by the Text (QByteArray); translate() only reads them.
    Text text(context.toUtf8().constData(), source.toUtf8().constData(),
              dis.isString() ? dis.toString().toUtf8().constData() : nullptr,
              object.value(QStringLiteral("n")).toInt(-1));
    const QJsonArray groups = object.value(QStringLiteral("args")).toArray();
    int count = 0;
    for (const QJsonValue &group : groups) {
        if (count >= MaxParts)
            break;
        QList<Text> one;
        for (const QJsonValue &a : group.toArray()) {
            if (count >= MaxParts)
                break;
            ++count;
            one.append(fromJsonAt(a, depth + 1, budget));
        }
        text = text.args(one);
    }
    return text;
}

} // namespace

Text Text::fromJson(const QJsonValue &json)
{
    int budget = MaxParts * MaxParts;
    return fromJsonAt(json, 0, budget);
}

Text operator+(const Text &a, const Text &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (a.isPlain() && b.isPlain())
        return Text(a.d->plain + b.d->plain);
    Text result;
    result.d->kind = TextData::Kind::Joined;
    auto add = [&result](const Text &t) {
        if (t.d->kind == TextData::Kind::Joined)
            result.d->parts.append(t.d->parts);
        else if (t.isPlain() && !result.d->parts.isEmpty() && result.d->parts.last().isPlain())
            result.d->parts.last() = Text(result.d->parts.last().d->plain + t.d->plain);
        else
            result.d->parts.append(t);
    };
    add(a);
    add(b);
    return result;
}

bool Text::sameAs(const Text &other) const
{
    return toJson() == other.toJson();
}

QStringList toStringList(const QList<Text> &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const Text &text : texts)
        out.append(text.toString());
    return out;
}

Text joinTexts(const QList<Text> &texts, const Text &separator)
{
    Text out;
    bool first = true;
    for (const Text &text : texts) {
        if (!first)
            out = out + separator;
        out = out + text;
        first = false;
    }
    return out;
}

} // namespace edm
