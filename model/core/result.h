#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sagstjek {

// What went wrong, for the user: what happened and, where known, what to do about it.
struct Error {
    enum class Kind {
        InvalidInput, // the user's input was refused; nothing was changed (CLI exit 2)
        Database,     // the database or a file could not be used (CLI exit 3)
        NotFound,     // a case, item or template does not exist (CLI exit 2)
        Refused,      // the action is not allowed (CLI exit 2)
        Conflict,     // someone changed it after the user read it; nothing was changed (CLI exit 2)
    };
    Kind kind = Kind::Database;
    QString message;
};

// A value or an error. Small on purpose: the data layer reports, it never shows dialogs.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Ok {};
using Status = Result<Ok>;

inline Error invalidInput(QString message)
{
    return {Error::Kind::InvalidInput, std::move(message)};
}
inline Error databaseError(QString message)
{
    return {Error::Kind::Database, std::move(message)};
}
inline Error notFound(QString message)
{
    return {Error::Kind::NotFound, std::move(message)};
}
inline Error refused(QString message)
{
    return {Error::Kind::Refused, std::move(message)};
}
inline Error conflict(QString message)
{
    return {Error::Kind::Conflict, std::move(message)};
}

} // namespace sagstjek
