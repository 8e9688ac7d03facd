// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace edm {

/// A failure the user can act on: a stable machine-readable code, a message that says what went wrong and what to
/// do (a Text: made with trText() it is translated when shown, so the journal keeps it in no one language), and
/// where (file, 1-based line and column) when that is known.
struct Error
{
    Error() = default;
    Error(QString code_, Text message_, QString file_ = {}, int line_ = 0, int column_ = 0)
        : code(std::move(code_))
        , message(std::move(message_))
        , file(std::move(file_))
        , line(line_)
        , column(column_)
    {
    }

    QString code;
    Text message;
    QString file;
    int line = 0;
    int column = 0;

    bool isNull() const { return code.isEmpty(); }
};

/// A value or an Error. No exceptions cross a subsystem's edge; results that can fail are returned as this.
template<typename T> class Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {
    }
    Expected(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations without a value.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace edm
