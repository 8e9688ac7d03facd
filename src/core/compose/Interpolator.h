// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace edm {

/// Compose's variable interpolation: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?error}`, `${VAR?error}`, `${VAR:+alternative}`, `${VAR+alternative}`, nested in defaults.
class Interpolator
{
    Q_DECLARE_TR_FUNCTIONS(edm::Interpolator)
    EDM_TEXT_FUNCTIONS(edm::Interpolator)

public:
    using Lookup = std::function<std::optional<QString>(const QString &name)>;

    struct Result
    {
        QString value;
        QStringList variables; ///< every variable the template refers to, in order of appearance
        QStringList unset; ///< variables that were needed but not set (compose substitutes "")
        QString error; ///< non-empty when the template is invalid or a `?` variable is missing
        bool tooLong = false; ///< the error is that the value would pass MaxOutput
        bool ok() const { return error.isEmpty(); }
    };

    /// The longest value interpolation produces (in characters); a longer one is an error, not a value.
    static constexpr qsizetype MaxOutput = 1024 * 1024;

    explicit Interpolator(Lookup lookup);

    Result interpolate(const QString &text) const;

    /// The variable when the whole text is one reference (`$VAR`, `${VAR}`, `${VAR:-default}`, …),
    /// else an empty string.
    static QString soleVariable(const QString &text);

    static bool containsInterpolation(const QString &text);

private:
    bool expand(const QString &text, qsizetype &pos, QString &out, Result &result, bool stopAtBrace) const;

    Lookup m_lookup;
};

} // namespace edm
