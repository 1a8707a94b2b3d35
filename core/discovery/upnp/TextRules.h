// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Small text rules shared by the SSDP, UPnP and WS-Discovery parsers.
namespace voordeur::core::upnp {

/// The most bytes Voordeur keeps of one text value taken from the network.
inline constexpr std::size_t kMaxTextBytes = 1024;

std::string asciiLowered(std::string_view text);
bool equalsIgnoringCase(std::string_view a, std::string_view b);
bool startsWithIgnoringCase(std::string_view text, std::string_view prefix);

/// Without leading and trailing spaces, tabs, CRs and LFs.
std::string_view trimBlanks(std::string_view text);

/// At most maxBytes of valid UTF-8 (core::toValidUtf8), cut on a character boundary; tabs and
/// line breaks become spaces, other control characters U+FFFD.
std::string boundedText(std::string_view raw, std::size_t maxBytes = kMaxTextBytes);

}  // namespace voordeur::core::upnp
