// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringBuilder>
#include <QStringList>

#include <functional>
#include <type_traits>

namespace edm {

class TextData;

/// A message translated when it is shown, not when it is made. The journal and the report keep a Text as its
/// source text, the context that translates it, and its arguments (codes and data), so that a migration run in
/// German reads in English when `status` runs in an English terminal, and the other way round.
///
/// Made with trText() inside a class that declares EDM_TEXT_FUNCTIONS (lupdate reads trText as tr: the build's
/// update_translations passes `-tr-function-alias tr+=trText`), with Text::plain() for words that are data (a
/// tool's output, a path, a name), and joined with +. arg() records its argument: a number is kept as its digits,
/// a Text argument is translated with the rest. toString() gives the same string QString's tr() and arg() would
/// have given at the time it is called, in the language loaded then.
class Text
{
public:
    Text();
    /// A translatable text: QCoreApplication::translate(context, source, disambiguation, n) when shown. The three
    /// strings must live as long as the program (literals), as for tr().
    Text(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    /// Words that are not translated (data).
    Text(const QString &plain); // NOLINT: implicit, as a QString argument to a message is data
#ifndef QT_NO_CAST_FROM_ASCII
    Text(const char *plain) // NOLINT: as a QString, where QString takes one (tests)
        : Text(QString::fromUtf8(plain))
    {
    }
#endif
    Text(QLatin1String plain) // NOLINT: as a QString
        : Text(QString(plain))
    {
    }
    template<typename A, typename B>
    Text(const QStringBuilder<A, B> &built) // NOLINT: implicit, as a QString
        : Text(QString(built))
    {
    }
    Text(const Text &other);
    Text(Text &&other) noexcept;
    Text &operator=(const Text &other);
    Text &operator=(Text &&other) noexcept;
    ~Text();

    static Text plain(const QString &text)
    {
        return Text(text);
    }
    /// As QCoreApplication::translate (lupdate reads it so), deferred.
    static Text translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1)
    {
        return Text(context, source, disambiguation, n);
    }

    /// As QString::arg (the same overloads): replaces the lowest-numbered %N when shown. A number is kept as its
    /// digits, formatted as QString::arg formats it.
    Text arg(const Text &a) const;
    Text arg(const QString &a, int fieldWidth = 0, QChar fill = u' ') const
    {
        return arg(pad(a, fieldWidth, fill));
    }
    Text arg(QStringView a, int fieldWidth = 0, QChar fill = u' ') const
    {
        return arg(pad(a.toString(), fieldWidth, fill));
    }
    Text arg(QLatin1String a, int fieldWidth = 0, QChar fill = u' ') const
    {
        return arg(pad(QString(a), fieldWidth, fill));
    }
    Text arg(QChar a, int fieldWidth = 0, QChar fill = u' ') const
    {
        return arg(pad(QString(a), fieldWidth, fill));
    }
    Text arg(char16_t a, int fieldWidth = 0, QChar fill = u' ') const
    {
        return arg(QChar(a), fieldWidth, fill);
    }
    /// Any integer (not a character): its digits, as QString::arg(number, fieldWidth, base, fill) writes them.
    template<typename N>
    requires(std::is_integral_v<N> && !std::is_same_v<N, bool> && !std::is_same_v<N, char> &&
             !std::is_same_v<N, char16_t>) Text arg(N a, int fieldWidth = 0, int base = 10, QChar fill = u' ')
    const
    {
        return arg(Text(QStringLiteral("%1").arg(a, fieldWidth, base, fill)));
    }
    Text arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1, QChar fill = u' ') const
    {
        return arg(Text(QStringLiteral("%1").arg(a, fieldWidth, format, precision, fill)));
    }
    /// As QString::arg(a1, a2, …): every %N at once, so an argument's own "%1" stays as it is.
    Text args(const QList<Text> &all) const;
    template<typename A, typename B, typename... Rest>
    requires(std::is_convertible_v<const A &, Text> &&std::is_convertible_v<const B &, Text> &&
             (std::is_convertible_v<const Rest &, Text> && ...)) Text arg(const A &a, const B &b, const Rest &...rest)
    const
    {
        return args(QList<Text>{Text(a), Text(b), Text(rest)...});
    }

    /// The text in the language loaded now.
    QString toString() const;
    operator QString() const
    {
        return toString();
    } // NOLINT: a Text is shown wherever a QString is
    /// The text untranslated (the source language, English).
    QString sourceString() const;

    bool isEmpty() const;
    /// Whether the shown text contains s.
    bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return toString().contains(s, cs);
    }
    bool contains(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return toString().contains(s, cs);
    }
    /// A plain text (or empty): it carries nothing to translate.
    bool isPlain() const;

    /// The same text with every plain part (data, arguments) passed through f: how secrets are kept out of the
    /// journal (the sources and contexts are ours and hold none).
    Text mapPlain(const std::function<QString(const QString &)> &f) const;

    /// The journal's form: a plain text is a JSON string; a translatable one is {"ctx", "src", "dis"?, "n"?,
    /// "args"?}; a joined one is {"join": [...]}.
    QJsonValue toJson() const;
    /// Reads toJson()'s form back; a string is a plain text. Anything else (a planted or broken journal) gives
    /// the plain text of what can be read, never more than a bounded depth and number of parts.
    static Text fromJson(const QJsonValue &json);

    Text &operator+=(const Text &more)
    {
        return *this = *this + more;
    }

    friend Text operator+(const Text &a, const Text &b);
    /// The same kept form (a Text and a QString compare as shown strings, through QString's ==).
    bool sameAs(const Text &other) const;

private:
    /// The text translated now, or as written in the source (English).
    QString render(bool translated) const;
    static Text pad(const QString &a, int fieldWidth, QChar fill)
    {
        return Text(fieldWidth == 0 ? a : QStringLiteral("%1").arg(a, fieldWidth, fill));
    }

    QSharedDataPointer<TextData> d;
};

Text operator+(const Text &a, const Text &b);
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(const T &a, const QString &b)
{
    return a + Text(b);
}
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(const QString &a, const T &b)
{
    return Text(a) + b;
}
// Exactly a Text on one side: a QString or a character on both sides keeps QString's own operators.
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(const T &a, char16_t b)
{
    return a + Text(QString(QChar(b)));
}
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(char16_t a, const T &b)
{
    return Text(QString(QChar(a))) + b;
}
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(const T &a, QChar b)
{
    return a + Text(QString(b));
}
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(const T &a, QLatin1String b)
{
    return a + Text(QString(b));
}
template<typename T>
requires std::is_same_v<T, Text>
inline Text operator+(QLatin1String a, const T &b)
{
    return Text(QString(a)) + b;
}
template<typename A, typename B> Text operator+(const QStringBuilder<A, B> &a, const Text &b)
{
    return Text(QString(a)) + b;
}
template<typename A, typename B> Text operator+(const Text &a, const QStringBuilder<A, B> &b)
{
    return a + Text(QString(b));
}

/// Two Texts are equal when they show the same (a Text and a QString compare through QString's ==).
template<typename T>
requires std::is_same_v<T, Text>
inline bool operator==(const T &a, const T &b)
{
    return a.toString() == b.toString();
}
template<typename T>
requires std::is_same_v<T, Text>
inline bool operator!=(const T &a, const T &b)
{
    return !(a == b);
}

/// Every text shown in the language loaded now.
QStringList toStringList(const QList<Text> &texts);

/// Texts joined by a separator (as QStringList::join).
Text joinTexts(const QList<Text> &texts, const Text &separator);

} // namespace edm

/// Declares trText() in a class: a Text in the class's translation context. Put it beside Q_OBJECT or
/// Q_DECLARE_TR_FUNCTIONS with the same context (for a Q_OBJECT class, its full name: edm::migration::UpgradeStep).
#define EDM_TEXT_FUNCTIONS(context)                                                                                    \
public:                                                                                                                \
    static ::edm::Text trText(const char *source, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                                  \
        return ::edm::Text(#context, source, disambiguation, n);                                                       \
    }                                                                                                                  \
                                                                                                                       \
private:
