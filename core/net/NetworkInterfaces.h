// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/MacAddress.h"
#include "core/net/NetError.h"
#include "core/util/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::net {

/// An IPv4 address of an interface with the prefix length of its subnet, e.g. 192.168.1.10/24.
struct Ipv4Network {
    std::uint32_t address = 0;  ///< host byte order
    int prefixLength = 0;

    /// Dotted quad of `address`, without the prefix: "192.168.1.10".
    std::string addressString() const;
    /// The subnet's netmask in host byte order (0 for /0); prefixes outside 0..32 are clamped.
    std::uint32_t netmask() const;
};

/// One network interface with its flags, hardware address and IP addresses.
struct NetworkInterface {
    std::string name;
    unsigned index = 0;
    std::optional<MacAddress> mac;  ///< only for Ethernet-like interfaces with a non-zero address
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool multicast = false;
    std::vector<Ipv4Network> ipv4;
    std::vector<std::string> ipv6;  ///< textual; link-local ones carry "%<interface name>"
};

/// Dotted quad of an IPv4 address given in host byte order.
std::string ipv4ToString(std::uint32_t address);
/// Parses a dotted quad into host byte order.
std::optional<std::uint32_t> parseIpv4(std::string_view text);

/// Every interface of this network namespace, ordered by index. Sends nothing.
Result<std::vector<NetworkInterface>, NetError> listInterfaces();

/// The name of the interface of the IPv4 default route with the lowest metric (main table),
/// read over rtnetlink with /proc/net/route as fallback. Sends nothing.
Result<std::string, NetError> defaultRouteInterface();

/// The interface to scan: the named one, or the default route's. It must be up and have IPv4.
Result<NetworkInterface, NetError> chooseInterface(const std::optional<std::string>& name);

}  // namespace voordeur::core::net
