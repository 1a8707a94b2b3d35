// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/EntryReader.h"

#include <sodium.h>

#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string>

namespace voordeur::core::passwords {

namespace {

/// One line being assembled: the label in ordinary memory, the rest guarded.
struct LineInProgress {
    std::string label;
    Secret password;
    bool afterTab = false;
    std::size_t bytes = 0;

    void reset()
    {
        label.clear();
        password.clear();
        afterTab = false;
        bytes = 0;
    }
};

}  // namespace

Result<std::vector<PasswordEntry>, Error<EntryReadCode>> readEntries(int fd)
{
    std::vector<PasswordEntry> entries;
    LineInProgress line;
    std::size_t lineNumber = 1;
    std::array<char, 512> buffer {};
    const auto wipe = [&buffer] { sodium_memzero(buffer.data(), buffer.size()); };

    const auto finishLine = [&]() -> std::optional<Error<EntryReadCode>> {
        if (line.afterTab && !line.password.empty() && line.password.reveal().back() == '\r') {
            line.password.chop(1);
        } else if (!line.afterTab && !line.label.empty() && line.label.back() == '\r') {
            line.label.pop_back();
        }
        if (!line.afterTab) {
            if (!line.label.empty()) {
                return Error<EntryReadCode> {EntryReadCode::NoTab, std::to_string(lineNumber)};
            }
        } else if (line.label.empty()) {
            return Error<EntryReadCode> {EntryReadCode::EmptyLabel, std::to_string(lineNumber)};
        } else if (entries.size() == maxEntries) {
            return Error<EntryReadCode> {EntryReadCode::TooMany, std::to_string(maxEntries)};
        } else {
            PasswordEntry entry;
            entry.label = std::move(line.label);
            entry.password = std::move(line.password);
            entries.push_back(std::move(entry));
        }
        line.reset();
        ++lineNumber;
        return std::nullopt;
    };

    while (true) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            wipe();
            return fail(EntryReadCode::ReadFailed, std::strerror(error));
        }
        if (got == 0) {
            break;
        }
        for (std::size_t i = 0; i < static_cast<std::size_t>(got); ++i) {
            const char byte = buffer[i];
            if (byte == '\n') {
                if (auto error = finishLine()) {
                    wipe();
                    return Failure<Error<EntryReadCode>> {std::move(*error)};
                }
                continue;
            }
            if (++line.bytes > maxEntryLineBytes) {
                wipe();
                return fail(EntryReadCode::TooLong, std::to_string(lineNumber));
            }
            if (line.afterTab) {
                line.password.append(byte);
            } else if (byte == '\t') {
                line.afterTab = true;
            } else {
                line.label.push_back(byte);
            }
        }
        wipe();
    }
    if (auto error = finishLine()) {
        return Failure<Error<EntryReadCode>> {std::move(*error)};
    }
    return entries;
}

EchoOff::EchoOff(int fd)
    : m_fd(fd)
{
    termios settings {};
    if (::isatty(fd) == 0 || ::tcgetattr(fd, &settings) != 0) {
        return;
    }
    m_savedLocalFlags = settings.c_lflag;
    settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    m_active = ::tcsetattr(fd, TCSAFLUSH, &settings) == 0;
}

EchoOff::~EchoOff()
{
    if (!m_active) {
        return;
    }
    termios settings {};
    if (::tcgetattr(m_fd, &settings) == 0) {
        settings.c_lflag = m_savedLocalFlags;
        ::tcsetattr(m_fd, TCSAFLUSH, &settings);
    }
}

}  // namespace voordeur::core::passwords
