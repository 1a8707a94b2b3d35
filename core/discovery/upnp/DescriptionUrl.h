// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace voordeur::core::upnp {

/// Why Voordeur will not fetch a LOCATION an SSDP message named.
enum class UrlCode {
    BadUrl,        ///< not a URL libcurl and Voordeur read the same way (or spaces, non-ASCII, too long)
    NotHttp,       ///< another scheme (https, file, gopher, …); detail: the scheme
    HasUserInfo,   ///< user name or password in the URL
    NotAnAddress,  ///< the host is a name, or an address not written as a plain dotted quad or [IPv6]
    BadPort,       ///< port 0 or above 65535
    HostMismatch,  ///< a different address (or IPv6 zone) than the one that sent the SSDP message
    BadSender,     ///< the sender address itself is not a unicast IP address
};

using UrlError = Error<UrlCode>;

inline constexpr std::size_t kMaxUrlBytes = 2048;

/// A description URL that passed the guard: plain HTTP to exactly the device that answered.
struct DescriptionUrl {
    std::string url;   ///< normalized, with the sender's IPv6 zone: "http://[fe80::1%25eth0]:8200/d.xml"
    std::string host;  ///< the address without brackets or zone: "192.168.1.20", "fe80::1"
    std::string zone;  ///< the IPv6 zone (interface) the answer came in on; "" when none
    std::uint16_t port = 80;
    std::string path;  ///< path and query: "/rootDesc.xml"
};

/// The SSRF guard: accepts only http:// whose host is literally senderAddress (IPv4 dotted quad,
/// or IPv6 with an optional %zone, bracketed or not), port 1–65535, no user info. Parsed with libcurl.
Result<DescriptionUrl, UrlError> checkDescriptionUrl(std::string_view location, std::string_view senderAddress);

}  // namespace voordeur::core::upnp
