#pragma once

#include <QString>

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace relais::core {

// What kind of failure an Error is. The CLI maps these to its exit codes
// (see ExitCode in src/app) and the GUI picks its wording and icon from them.
enum class ErrorCode {
    Usage,                // the request itself is malformed (bad arguments)
    AuthenticationFailed, // wrong user name, password or recovery key
    InputRejected,        // bad input or a broken rule; nothing was changed
    CaseloadCapReached,   // the case manager already has the programme's cap of active cases
    NotFound,             // a file or record that should exist does not
    Damaged,              // damaged or foreign database or slots file
    TooNew,               // written by a newer Relais
    PermissionDenied,     // the acting user's role does not allow it
    InUse,                // the database is open on another computer
    Io,                   // the operating system refused a read or write
    Internal,             // a bug or an impossible state
};

// An error crossing a layer boundary: a message a social worker understands and,
// separately, a technical detail for the logs. Neither may hold client content.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString userMessage;
    std::string detail;
};

inline Error makeError(ErrorCode code, QString userMessage, std::string detail = {})
{
    return Error{code, std::move(userMessage), std::move(detail)};
}

// Either a value or an Error; the small expected-style type every service returns.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace relais::core
