// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace voordeur::core {

/// An error as a value: a module's own `enum class` code plus a technical detail for logs
/// (an errno text, a byte offset). Never display text: the UI maps the code to words.
template <typename Code> struct Error {
    Code code;
    std::string detail;
};

/// Wraps an error so Result's constructor can tell it from a value.
template <typename E> struct Failure {
    E error;
};

template <typename Code> Failure<Error<Code>> fail(Code code, std::string detail = {})
{
    return {Error<Code> {code, std::move(detail)}};
}

/// A value or an error (a small std::expected for C++20).
template <typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(T value)  // NOLINT(google-explicit-constructor): implicit, like std::expected
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Failure<E> failure)  // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const E& error() const { return std::get<1>(m_state); }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, E> m_state;
};

}  // namespace voordeur::core
