// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <string>
#include <string_view>

namespace voordeur::core::net {

/// The environment switch that scan() honours too (core/discovery/Scan.h) and the test programs
/// set unless they run in an isolated network namespace: while it is set, only loopback hosts may
/// be contacted.
inline constexpr const char* noNetworkVariable = "VOORDEUR_NO_NETWORK";

/// Whether noNetworkVariable is set in the environment.
bool networkSwitchedOff();

/// Whether `host` (as in a URL: "127.0.0.1", "[::1]") is a literal loopback address. Names,
/// "localhost" included, never are: they are resolved elsewhere.
bool isLoopbackHost(std::string_view host);

/// A service's base URL, checked: https, or plain http to a literal loopback address.
struct BaseUrl {
    bool https = true;
    std::string authority;  ///< host[:port], host as written ("[::1]" keeps its brackets)
    std::string host;
    std::string pathPrefix;  ///< without a trailing slash
    bool loopback = false;   ///< the host is a literal loopback address

    /// The full URL of `path` (which starts with '/') under this base.
    std::string urlOf(std::string_view path) const;
};

/// Reads "scheme://host[:port][/path]". Deliberately narrow: what it accepts, libcurl reads the same
/// way (no user info, no query, no fragment, no percent-escapes, plain ASCII). Refuses every scheme
/// but https, and plain http to anything but a literal loopback address; the error says why (for
/// logs).
Result<BaseUrl, std::string> parseBaseUrl(std::string_view url);

}  // namespace voordeur::core::net
