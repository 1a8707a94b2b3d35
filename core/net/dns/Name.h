// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::dns {

/// Longest label and longest name in wire form (length bytes and the final zero included), RFC 1035 §2.3.4.
inline constexpr std::size_t kMaxLabelLength = 63;
inline constexpr std::size_t kMaxNameLength = 255;

/// Why a name in presentation form could not be read.
enum class NameCode {
    EmptyLabel,    ///< two dots in a row, or a leading dot
    LabelTooLong,  ///< a label of more than 63 bytes
    NameTooLong,   ///< more than 255 bytes in wire form
    BadEscape,     ///< a backslash at the end, or \DDD above 255
};

/// A domain name as a list of raw labels: bytes as received, so a label may hold UTF-8 text, spaces or dots
/// ("Living.Room Printer"). An empty list is the root.
struct Name {
    std::vector<std::string> labels;

    /// Builds a name from labels given in code, e.g. fromLabels({"_ipp", "_tcp", "local"}).
    static Name fromLabels(std::initializer_list<std::string_view> labels);

    /// Reads the presentation form written by toString(): labels joined by '.', with "\." and "\\" inside a
    /// label (RFC 6763 §4.3) and RFC 1035's "\DDD" decimal escapes. A final '.' is allowed; "" and "." are the
    /// root.
    static Result<Name, Error<NameCode>> fromString(std::string_view text);

    /// The presentation form: labels joined by '.', each '.' and '\' inside a label escaped with a backslash;
    /// other bytes as they are (sanitise with toValidUtf8 before showing). The root is ".".
    std::string toString() const;

    /// Compares as DNS does: ASCII letters case-insensitively, every other byte exactly.
    bool equalsIgnoreCase(const Name& other) const;

    /// Whether the last labels of this name are `suffix` (compared as equalsIgnoreCase does), e.g. whether
    /// "Printer._ipp._tcp.local" lies under "_tcp.local". Every name ends with the root.
    bool endsWithIgnoreCase(const Name& suffix) const;

    /// The size in wire form without compression: one length byte per label, the labels, the final zero.
    std::size_t wireLength() const;

    /// Whether the name can be sent: every label 1 to 63 bytes and at most 255 bytes in wire form.
    bool isValid() const;

    bool operator==(const Name&) const = default;
};

/// Compares two labels or TXT keys as DNS does: ASCII letters case-insensitively, every other byte exactly.
bool equalsIgnoreAsciiCase(std::string_view a, std::string_view b);

}  // namespace voordeur::core::dns
