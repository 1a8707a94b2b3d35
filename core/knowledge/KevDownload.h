// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBase.h"
#include "core/util/Result.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

namespace voordeur::core::knowledge {

/// Where CISA publishes the Known Exploited Vulnerabilities catalog, and the feed's path there.
inline constexpr std::string_view kevDefaultBaseUrl = "https://www.cisa.gov";
inline constexpr std::string_view kevFeedPath = "/sites/default/files/feeds/known_exploited_vulnerabilities.json";

/// Where and how to download the KEV catalog.
struct KevSource {
    /// Scheme, host, optional port and optional path prefix; kevFeedPath is appended. https only,
    /// except plain http to a literal loopback address (127.0.0.0/8, [::1]) for tests and mirrors
    /// on the same machine.
    std::string baseUrl {kevDefaultBaseUrl};
    std::chrono::milliseconds timeout {60'000};  ///< for the whole transfer
    std::size_t maxBytes = maxKevCatalogBytes;
};

enum class KevUpdateCode {
    BadUrl,              ///< baseUrl is not an https URL (or http to loopback); detail: why
    NetworkSwitchedOff,  ///< VOORDEUR_NO_NETWORK is set and the host is not a loopback address
    Unreachable,         ///< the host could not be resolved or connected to
    Timeout,             ///< no complete answer within the time limit
    TlsFailure,          ///< certificate or TLS handshake failure
    Redirect,            ///< the server answered with a redirect, which is never followed; detail: status
    HttpStatus,          ///< a status other than 2xx; detail: the status
    TooLarge,            ///< the catalog is larger than maxBytes
    TransferFailed,      ///< the connection broke off (a cut-off body) or libcurl failed otherwise
    Cancelled,           ///< stopped through the stop token
    Invalid,             ///< the download is not a valid catalog; `invalid` holds importKev's code
    StorageFailed        ///< the database refused the write
};

/// Why an update failed. The stored catalog is then exactly as it was before.
struct KevUpdateError {
    KevUpdateCode code;
    std::string detail;                   ///< technical, for logs
    std::optional<KevCode> invalid = {};  ///< importKev's code, when it refused the download
};

/// The URL the catalog is downloaded from, or BadUrl.
Result<std::string, KevUpdateError> kevFeedUrl(std::string_view baseUrl);

/// Whether `host` (as in a URL: "127.0.0.1", "[::1]") is a literal loopback address.
bool isLoopbackHost(std::string_view host);

/// Downloads the KEV catalog and imports it with importKev() (validated, one transaction; a
/// failure keeps the previous catalog). Blocks the calling thread; returns within about 200 ms of a
/// stop request. Redirects are never followed and no proxy is used.
///
/// When VOORDEUR_NO_NETWORK is set (the test programs set it unless they run in an isolated
/// network namespace), only loopback hosts are contacted, so a test can never reach the internet.
Result<KevImportSummary, KevUpdateError> downloadKev(KnowledgeBase& kb, const KevSource& source, std::stop_token stop);

}  // namespace voordeur::core::knowledge
