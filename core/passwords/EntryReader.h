// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/passwords/PasswordCheckup.h"
#include "core/util/Result.h"

#include <cstddef>
#include <vector>

namespace voordeur::core::passwords {

enum class EntryReadCode {
    ReadFailed,  ///< the input could not be read; detail: errno text
    NoTab,       ///< a line has no TAB between label and password; detail: the line number
    EmptyLabel,  ///< a line has a TAB but no label; detail: the line number
    TooLong,     ///< a line is longer than maxEntryLineBytes; detail: the line number
    TooMany,     ///< more than maxEntries lines
};

inline constexpr std::size_t maxEntryLineBytes = 4096;
inline constexpr std::size_t maxEntries = 1000;

/// Reads "label<TAB>password" lines from a file descriptor (standard input) until its end. The
/// password goes byte by byte into guarded memory and the read buffer is wiped, so it never exists in
/// ordinary memory. Blank lines and a final line without newline are fine; "\r\n" line ends too.
/// Errors name the line, never its content.
Result<std::vector<PasswordEntry>, Error<EntryReadCode>> readEntries(int fd);

/// Turns off echo on a terminal for as long as it lives (a no-op when the descriptor is not a
/// terminal), and turns it back on.
class EchoOff final
{
public:
    explicit EchoOff(int fd);
    ~EchoOff();
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool active() const { return m_active; }

private:
    int m_fd;
    bool m_active = false;
    unsigned int m_savedLocalFlags = 0;
};

}  // namespace voordeur::core::passwords
