// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/passwords/Secret.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::passwords {

/// Have I Been Pwned's Pwned Passwords service (k-anonymity range API).
inline constexpr std::string_view breachDefaultBaseUrl = "https://api.pwnedpasswords.com";

/// A range answer larger than this is refused (TooLarge): real ones, padding included, are ~40 KiB.
inline constexpr std::size_t breachMaxRangeBytes = 1024 * 1024;

/// Where and how to ask.
struct BreachSource {
    /// Scheme, host, optional port and path prefix; "/range/<5 hex>" is appended. https only,
    /// except plain http to a literal loopback address for tests.
    std::string baseUrl {breachDefaultBaseUrl};
    std::chrono::milliseconds timeout {5000};  ///< per request
    /// Empty, or anything but printable ASCII: "Voordeur/<version>".
    std::string userAgent;
};

enum class BreachStatus {
    Found,      ///< the password is in the breach corpus `count` times
    NotFound,   ///< the service answered and the password is not in it
    NotChecked  ///< no usable answer; `reason` says why. Never read this as "safe".
};

enum class BreachFailure {
    None,
    BadUrl,              ///< baseUrl is not https (or http to loopback)
    NetworkSwitchedOff,  ///< VOORDEUR_NO_NETWORK is set and the host is not a loopback address
    Unreachable,         ///< no connection (offline, name not resolved, refused) or it broke off
    Timeout,             ///< no complete answer within the time limit
    TlsFailure,          ///< certificate or TLS handshake failure
    HttpStatus,          ///< an answer other than 200 (redirects are not followed); detail: the status
    Malformed,           ///< the answer is not a range list; detail: "line N" or "no entries"
    TooLarge,            ///< the answer is larger than any real range list
    Cancelled,           ///< stopped through the stop token
    Unavailable,         ///< SHA-1 could not be computed (libcrypto or guarded memory failed, or a null entry)
};

/// The verdict for one password. Carries no part of the password or of its hash.
struct BreachVerdict {
    BreachStatus status = BreachStatus::NotChecked;
    std::uint64_t count = 0;  ///< times seen, when Found
    BreachFailure reason = BreachFailure::None;
    std::string detail;  ///< technical, for logs: an HTTP status or libcurl's text, never a hash

    bool operator==(const BreachVerdict&) const = default;
};

/// Told how far the lookup is.
class BreachObserver
{
public:
    virtual ~BreachObserver() = default;
    virtual void onPrefixDone(std::size_t done, std::size_t total) = 0;
};

/// Looks every password up: SHA-1 in guarded memory, only the first 5 hex characters sent, one
/// request per distinct prefix with "Add-Padding: true", TLS verified, no proxy, a few requests at a
/// time. Blocks; returns within about 200 ms of a stop request, and verdicts not finished by then are
/// NotChecked/Cancelled. The observer hears of every prefix that got an outcome, on this thread.
/// One verdict per password, in order.
///
/// A range answer is read strictly, so that a damaged one never yields NotFound: each line must be
/// 35 hex digits (either case), ':' and a decimal count, ending in LF or CRLF; empty lines are
/// skipped. One line that is anything else, or an answer without a single entry, makes the whole
/// answer Malformed for every password of that prefix. Padding entries (count 0) count as absent;
/// a suffix listed more than once takes its highest count.
///
/// When VOORDEUR_NO_NETWORK is set and the host is not a loopback address, nothing is sent.
std::vector<BreachVerdict> lookUpBreaches(std::span<const Secret* const> passwords, const BreachSource& source,
    std::stop_token stop, BreachObserver* observer = nullptr);

}  // namespace voordeur::core::passwords
