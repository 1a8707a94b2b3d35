// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace voordeur::core::ssdp {

/// What an SSDP datagram is: an answer to a search, an announcement, or a search itself.
enum class SsdpKind { SearchResponse, NotifyAlive, NotifyByebye, NotifyUpdate, SearchRequest };

/// Why a datagram is not an SSDP message Voordeur will read.
enum class SsdpParseCode {
    Empty,             ///< no bytes at all
    TooLarge,          ///< detail: the size; more than kMaxDatagramBytes
    Truncated,         ///< the datagram ends inside a line; detail: the line number
    LineTooLong,       ///< detail: the line number; a line longer than kMaxLineBytes
    TooManyHeaders,    ///< more than kMaxHeaderLines header lines
    BadStartLine,      ///< neither a 200 response, a NOTIFY nor an M-SEARCH request line
    UnexpectedStatus,  ///< an HTTP response other than 200; detail: the status code
    BadHeaderLine,     ///< detail: the line number; no colon, or a name that is not an HTTP token
    BadNts,            ///< a NOTIFY whose NTS is missing or unknown; detail: the NTS value
};

using SsdpError = Error<SsdpParseCode>;

inline constexpr std::size_t kMaxDatagramBytes = std::size_t {8} * 1024;
inline constexpr std::size_t kMaxHeaderLines = 64;
inline constexpr std::size_t kMaxLineBytes = std::size_t {2} * 1024;

/// One SSDP datagram (HTTP over UDP), with the headers Voordeur uses taken out.
struct SsdpMessage {
    SsdpKind kind = SsdpKind::SearchResponse;
    std::string location;
    std::string server;
    std::string searchTarget;  ///< ST of a search or its answer, NT of a NOTIFY
    std::string usn;
    std::string nts;
    std::optional<int> maxAgeSeconds;  ///< from CACHE-CONTROL: max-age
    /// Every header in datagram order: names lower-cased, values trimmed and valid UTF-8.
    std::vector<std::pair<std::string, std::string>> headers;

    /// The value of the first header with this name (any case), or "" when there is none.
    [[nodiscard]] std::string header(std::string_view name) const;
};

/// Reads one datagram: CRLF or bare LF line ends, header names in any case, bounded in size.
Result<SsdpMessage, SsdpError> parseSsdp(std::string_view datagram);

/// An M-SEARCH request for the IPv4 (239.255.255.250) or IPv6 link-local (FF02::C) group.
/// MX is clamped to 1–5 as UPnP 1.1 asks; line breaks in the search target are dropped.
std::string buildMSearch(std::string_view searchTarget, int mxSeconds, bool ipv6);

/// The device's UDN from a USN: "uuid:abc::urn:…:device:X:1" gives "uuid:abc"; "" when there is none.
std::string udnFromUsn(std::string_view usn);

}  // namespace voordeur::core::ssdp
