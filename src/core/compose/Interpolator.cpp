// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/Interpolator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace edm {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

} // namespace

Interpolator::Interpolator(Lookup lookup)
    : m_lookup(std::move(lookup))
{
}

Interpolator::Result Interpolator::interpolate(const QString &text) const
{
    Result result;
    qsizetype pos = 0;
    QString out;
    if (expand(text, pos, out, result, false) && out.size() > MaxOutput) {
        result.tooLong = true;
        result.error = Interpolator::trText("Interpolating \"%1\" gives a value longer than %2 MiB; compose values "
                                            "are never that long. Check the variables it uses (a variable that repeats "
                                            "itself doubles on every line).")
                           .arg(text.left(80))
                           .arg(MaxOutput / (1024 * 1024));
    } else if (result.error.isEmpty()) {
        result.value = out;
    }
    result.variables.removeDuplicates();
    result.unset.removeDuplicates();
    return result;
}

// Expands text from pos until its end (or, with stopAtBrace, until the '}' closing a braced default), appending to
// out. Returns false on an invalid template, with result.error set.
bool Interpolator::expand(const QString &text, qsizetype &pos, QString &out, Result &result, bool stopAtBrace) const
{
    while (pos < text.size()) {
        if (out.size() > MaxOutput) {
            result.tooLong = true;
            result.error = Interpolator::trText("Interpolating \"%1\" gives a value longer than %2 MiB; compose values "
                                                "are never that long. Check the variables it uses (a variable that "
                                                "repeats itself doubles on every line).")
                               .arg(text.left(80))
                               .arg(MaxOutput / (1024 * 1024));
            return false;
        }
        const QChar c = text.at(pos);
        if (stopAtBrace && c == u'}')
            return true;
        if (c != u'$') {
            out += c;
            ++pos;
            continue;
        }
        if (pos + 1 >= text.size()) {
            result.error =
                Interpolator::trText("Invalid interpolation format: a lone \"$\" at the end of \"%1\". Write \"$$\" "
                                     "for a literal dollar sign.")
                    .arg(text);
            return false;
        }
        const QChar next = text.at(pos + 1);
        if (next == u'$') {
            out += u'$';
            pos += 2;
            continue;
        }
        if (isNameStart(next)) {
            qsizetype end = pos + 1;
            while (end < text.size() && isNameChar(text.at(end)))
                ++end;
            const QString name = text.mid(pos + 1, end - pos - 1);
            result.variables.append(name);
            const std::optional<QString> value = m_lookup(name);
            if (value)
                out += *value;
            else
                result.unset.append(name);
            pos = end;
            continue;
        }
        if (next != u'{') {
            result.error = Interpolator::trText(
                               "Invalid interpolation format in \"%1\" at \"%2\". Write \"$$\" for a literal dollar "
                               "sign.")
                               .arg(text, text.mid(pos, 8));
            return false;
        }
        // ${NAME[op word]}
        qsizetype cursor = pos + 2;
        const qsizetype nameStart = cursor;
        if (cursor >= text.size() || !isNameStart(text.at(cursor))) {
            result.error =
                Interpolator::trText("Invalid interpolation format in \"%1\": a variable name must follow \"${\".")
                    .arg(text);
            return false;
        }
        while (cursor < text.size() && isNameChar(text.at(cursor)))
            ++cursor;
        const QString name = text.mid(nameStart, cursor - nameStart);
        result.variables.append(name);
        const std::optional<QString> value = m_lookup(name);
        if (cursor >= text.size()) {
            result.error =
                Interpolator::trText("Invalid interpolation format in \"%1\": \"${\" is never closed.").arg(text);
            return false;
        }
        if (text.at(cursor) == u'}') {
            if (value)
                out += *value;
            else
                result.unset.append(name);
            pos = cursor + 1;
            continue;
        }
        bool colon = false;
        if (text.at(cursor) == u':') {
            colon = true;
            ++cursor;
        }
        if (cursor >= text.size() || !(text.at(cursor) == u'-' || text.at(cursor) == u'?' || text.at(cursor) == u'+')) {
            result.error =
                Interpolator::trText("Invalid interpolation format in \"%1\": unexpected character after \"${%2\".")
                    .arg(text, name);
            return false;
        }
        const QChar op = text.at(cursor);
        ++cursor;
        QString word;
        if (!expand(text, cursor, word, result, true))
            return false;
        if (cursor >= text.size()) {
            result.error =
                Interpolator::trText("Invalid interpolation format in \"%1\": \"${\" is never closed.").arg(text);
            return false;
        }
        pos = cursor + 1; // past '}'
        const bool usable = value && (!colon || !value->isEmpty());
        if (op == u'-') {
            out += usable ? *value : word;
        } else if (op == u'+') {
            if (usable)
                out += word;
        } else { // '?'
            if (!usable) {
                result.error = word.isEmpty()
                    ? Interpolator::trText("Required variable %1 is missing a value.").arg(name)
                    : Interpolator::trText("Required variable %1 is missing a value: %2").arg(name, word);
                return false;
            }
            out += *value;
        }
    }
    return true;
}

QString Interpolator::soleVariable(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^\\$([_a-zA-Z][_a-zA-Z0-9]*)$"));
    static const QRegularExpression braced(QStringLiteral("^\\$\\{([_a-zA-Z][_a-zA-Z0-9]*)(?::?[-?+][^}$]*)?\\}$"));
    if (const auto m = plain.match(text); m.hasMatch())
        return m.captured(1);
    if (const auto m = braced.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

bool Interpolator::containsInterpolation(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'$')
            continue;
        if (text.at(i + 1) == u'$') {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

} // namespace edm
