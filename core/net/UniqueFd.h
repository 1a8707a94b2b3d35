// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace voordeur::core::net {

/// Owns one POSIX file descriptor (a socket, a file) and closes it exactly once.
class UniqueFd final
{
public:
    UniqueFd() noexcept = default;
    explicit UniqueFd(int fd) noexcept
        : m_fd(fd)
    { }
    ~UniqueFd() { reset(); }

    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&& other) noexcept
        : m_fd(other.release())
    { }
    UniqueFd& operator=(UniqueFd&& other) noexcept
    {
        if (this != &other) {
            reset(other.release());
        }
        return *this;
    }

    int get() const noexcept { return m_fd; }
    bool valid() const noexcept { return m_fd >= 0; }
    explicit operator bool() const noexcept { return valid(); }

    /// Gives up ownership without closing; returns the descriptor (or -1).
    int release() noexcept
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

    /// Closes the current descriptor, if any, and takes ownership of `fd`.
    void reset(int fd = -1) noexcept;

private:
    int m_fd = -1;
};

}  // namespace voordeur::core::net
