// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Evidence.h"
#include "core/util/Result.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace voordeur::core::discovery {

/// What a scan does, and for how long.
struct ScanOptions {
    std::optional<std::string> interfaceName;  ///< default: the default route's interface
    std::chrono::milliseconds budget {3000};   ///< hard upper bound of the whole scan
    bool ipv6 = false;                         ///< also query over IPv6 (ff02::fb, ff02::c)
    bool serviceCheck = false;                 ///< opt-in TCP connect to risky ports of found hosts
    bool resolveNames = true;                  ///< reverse DNS for found addresses
    bool provokeNeighbours = true;             ///< one UDP datagram to each subnet address, so silent devices ARP
};

/// How far one protocol got.
enum class ProtocolState { Off, Waiting, Running, Done, Unavailable };

struct ProtocolStatus {
    Protocol protocol = Protocol::Mdns;
    ProtocolState state = ProtocolState::Waiting;
    int answers = 0;     ///< datagrams / replies taken in
    int malformed = 0;   ///< refused as malformed or hostile, and skipped
    int refused = 0;     ///< e.g. description URLs that failed the same-host check
    std::string detail;  ///< why it is unavailable (errno text), for logs
};

/// The outcome of a scan.
struct ScanResult {
    std::string interfaceName;
    std::string interfaceAddress;
    int interfacePrefix = 0;
    std::chrono::milliseconds duration {0};
    std::chrono::milliseconds lastNewEvidence {0};  ///< when the last new fact arrived
    bool cancelled = false;
    std::vector<Host> hosts;
    std::optional<RouterIgd> router;
    std::array<ProtocolStatus, kProtocolCount> protocols {};
    std::vector<std::uint16_t> serviceCheckPorts;  ///< the ports knocked on; empty when the check was off
};

/// Why a scan could not run at all (it ran = success, even if it found nothing).
enum class ScanCode {
    NoSuchInterface,
    InterfaceDown,
    NoIpv4Address,
    NoDefaultRoute,
    PermissionDenied,
    NetworkSwitchedOff,  ///< VOORDEUR_NO_NETWORK is set: nothing may be sent (tests, demos)
    SystemError
};

/// The environment variable that forbids every scan in this process when set (to anything).
inline constexpr const char* kNoNetworkVariable = "VOORDEUR_NO_NETWORK";

/// Receives a scan's progress on the scanning thread, as it happens.
class ScanObserver
{
public:
    virtual ~ScanObserver() = default;
    /// A host was found or learned something new. `id` stays the same for a device during a scan,
    /// except that when two hosts turn out to be one, hostMerged() tells which id lives on.
    virtual void hostChanged(std::size_t id, const Host& host) { (void)id, (void)host; }
    virtual void hostMerged(std::size_t from, std::size_t into) { (void)from, (void)into; }
    virtual void protocolChanged(const ProtocolStatus& status) { (void)status; }
    virtual void routerChanged(const RouterIgd& router) { (void)router; }
};

/// Runs every discovery protocol at once on one interface, streaming hosts to the observer.
/// Refuses (NetworkSwitchedOff) when the environment sets VOORDEUR_NO_NETWORK.
/// Returns when everything is found and quiet, when the budget is used, or within ~100 ms of
/// a stop request (then with `cancelled` set and what was found so far).
Result<ScanResult, Error<ScanCode>> scan(const ScanOptions& options, ScanObserver& observer, std::stop_token stop);

/// The ports the opt-in service check knocks on: services that should not be open on a home
/// device (telnet, FTP, RTSP, vendor SDK and remote-management ports).
const std::vector<std::uint16_t>& riskyPorts();

}  // namespace voordeur::core::discovery
