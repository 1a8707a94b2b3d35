// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/MacAddress.h"
#include "core/net/NetError.h"
#include "core/net/NetworkInterfaces.h"
#include "core/util/Result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace voordeur::core::net {

/// The kernel's NUD state of a neighbour entry.
enum class NeighbourState { Incomplete, Reachable, Stale, Delay, Probe, Failed, NoArp, Permanent, Unknown };

/// One entry of the kernel neighbour table (ARP for IPv4, NDP for IPv6) with a hardware address.
struct Neighbour {
    std::string address;  ///< textual IP address, without a scope (see ifindex)
    int family = 0;       ///< AF_INET or AF_INET6
    MacAddress mac;
    unsigned ifindex = 0;
    NeighbourState state = NeighbourState::Unknown;
};

/// The neighbour entries (IPv4 and IPv6) that carry a 6-byte hardware address, optionally of one
/// interface only, read with an rtnetlink RTM_GETNEIGH dump. Failed and incomplete entries are
/// left out, and so are all-zero and multicast hardware addresses (the kernel's entries for
/// multicast groups), which belong to no device. Sends nothing on the network.
Result<std::vector<Neighbour>, NetError> readNeighbours(std::optional<unsigned> ifindex = {});

/// The neighbour entries in the netlink messages of an RTM_GETNEIGH dump. Pure and bounds-checked:
/// a truncated or malformed message and everything after it is ignored.
std::vector<Neighbour> parseNeighbourDump(std::span<const std::uint8_t> buffer, std::optional<unsigned> ifindex);

/// The addresses worth resolving on a subnet: every host address of `network`, narrowed to the
/// /`maxPrefixWidening` block around `ownAddress` when the subnet is larger, without the subnet's
/// network and broadcast address and without `ownAddress`. Ascending.
std::vector<std::uint32_t> addressesToResolve(
    const Ipv4Network& network, std::uint32_t ownAddress, int maxPrefixWidening = 22);

/// Makes the kernel resolve (ARP) every address of addressesToResolve() on each IPv4 subnet of
/// `networkInterface`, so that silent devices enter the neighbour table: sends one UDP datagram to
/// the discard port of each address, paced evenly across `spread`. Needs no privileges. Returns
/// within a few milliseconds once `stop` is requested.
void provokeAddressResolution(const NetworkInterface& networkInterface, std::stop_token stop,
    std::chrono::milliseconds spread = std::chrono::milliseconds(300));

}  // namespace voordeur::core::net
