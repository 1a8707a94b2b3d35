// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstddef>
#include <iosfwd>
#include <span>
#include <string_view>

namespace voordeur::core::passwords {

/// A password (or anything derived from one that could be guessed offline, such as its SHA-1) in
/// memory libsodium guards: locked against swapping where the system allows, wiped when freed, never
/// copied implicitly, never converted to std::string, and printed as "***".
class Secret final
{
public:
    Secret() = default;
    /// Copies the bytes into guarded memory. The caller wipes its own copy.
    explicit Secret(std::string_view bytes);
    ~Secret();

    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;

    /// A deliberate copy, for the rare place that needs two (named so it shows in review).
    Secret duplicate() const;

    /// Adds bytes at the end; growing moves the content to a new guarded block and wipes the old.
    void append(std::string_view bytes);
    void append(char byte) { append(std::string_view(&byte, 1)); }
    /// Removes the last `count` bytes (wiping them).
    void chop(std::size_t count);
    /// Wipes and empties.
    void clear();

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    /// The bytes, valid until the Secret changes or dies. Do not keep or copy the view.
    std::string_view reveal() const { return {m_data, m_size}; }
    /// The bytes for changing in place (lower-casing a copy, say), with the same care as reveal().
    std::span<char> writable() { return {m_data, m_size}; }

    /// Compares in time that depends only on the lengths.
    bool equals(const Secret& other) const;

private:
    void reserve(std::size_t capacity);

    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/// Prints "***", whatever the secret holds: a Secret that reaches a log shows nothing.
std::ostream& operator<<(std::ostream& out, const Secret& secret);

/// Keeps this process's memory out of crash dumps and away from debuggers of the same user (Linux:
/// no core file, not dumpable). Call before the first password is read. Returns false where the
/// system does not allow it; the guarded blocks are still excluded from dumps by libsodium.
bool keepSecretsOutOfCrashDumps();

/// Calls sodium_init() once; false when libsodium cannot be used (then nothing here works).
bool sodiumReady();

}  // namespace voordeur::core::passwords
