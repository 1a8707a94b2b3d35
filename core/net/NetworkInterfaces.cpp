// SPDX-License-Identifier: EUPL-1.2
#include "core/net/NetworkInterfaces.h"

#include "core/net/Netlink.h"
#include "core/net/UniqueFd.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <system_error>

namespace voordeur::core::net {

namespace {

struct IfAddrsDeleter {
    void operator()(ifaddrs* list) const noexcept { ::freeifaddrs(list); }
};
using IfAddrsList = std::unique_ptr<ifaddrs, IfAddrsDeleter>;

template <typename SocketAddress> SocketAddress copyAddress(const sockaddr* address)
{
    // getifaddrs() stores each address in storage sized for its family; copying avoids aliasing
    // and alignment assumptions.
    SocketAddress copy {};
    std::memcpy(&copy, address, sizeof(copy));
    return copy;
}

std::optional<MacAddress> macFromBytes(const unsigned char* bytes, std::size_t length)
{
    if (length != 6) {
        return std::nullopt;
    }
    MacAddress mac;
    std::copy_n(bytes, 6, mac.bytes.begin());
    if (mac == MacAddress {}) {
        return std::nullopt;
    }
    return mac;
}

/// The hardware address by ioctl, for systems whose getifaddrs() reports no AF_PACKET entries.
std::optional<MacAddress> macByIoctl(const std::string& name)
{
    UniqueFd socket(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!socket.valid() || name.size() >= IFNAMSIZ) {
        return std::nullopt;
    }
    ifreq request {};
    std::copy(name.begin(), name.end(), std::begin(request.ifr_name));
    if (::ioctl(socket.get(), SIOCGIFHWADDR, &request) != 0 || request.ifr_hwaddr.sa_family != ARPHRD_ETHER) {
        return std::nullopt;
    }
    std::array<unsigned char, 6> bytes {};
    std::memcpy(bytes.data(), request.ifr_hwaddr.sa_data, bytes.size());
    return macFromBytes(bytes.data(), bytes.size());
}

int prefixLengthOf(std::uint32_t netmask)
{
    return std::popcount(netmask);
}

bool isLinkLocal(const in6_addr& address)
{
    return address.s6_addr[0] == 0xfe && (address.s6_addr[1] & 0xc0) == 0x80;
}

NetworkInterface& entryFor(std::vector<NetworkInterface>& interfaces, std::string_view name)
{
    const auto found = std::find_if(
        interfaces.begin(), interfaces.end(), [name](const NetworkInterface& entry) { return entry.name == name; });
    if (found != interfaces.end()) {
        return *found;
    }
    NetworkInterface& entry = interfaces.emplace_back();
    entry.name = std::string(name);
    return entry;
}

void addAddress(NetworkInterface& entry, const ifaddrs& item)
{
    const sa_family_t family = item.ifa_addr->sa_family;
    if (family == AF_PACKET) {
        const auto link = copyAddress<sockaddr_ll>(item.ifa_addr);
        if (link.sll_ifindex > 0) {
            entry.index = static_cast<unsigned>(link.sll_ifindex);
        }
        if (link.sll_hatype == ARPHRD_ETHER) {
            entry.mac = macFromBytes(link.sll_addr, link.sll_halen);
        }
    } else if (family == AF_INET) {
        Ipv4Network network;
        network.address = ntohl(copyAddress<sockaddr_in>(item.ifa_addr).sin_addr.s_addr);
        if (item.ifa_netmask != nullptr) {
            network.prefixLength = prefixLengthOf(ntohl(copyAddress<sockaddr_in>(item.ifa_netmask).sin_addr.s_addr));
        }
        entry.ipv4.push_back(network);
    } else if (family == AF_INET6) {
        const auto address = copyAddress<sockaddr_in6>(item.ifa_addr);
        std::array<char, INET6_ADDRSTRLEN> text {};
        if (::inet_ntop(AF_INET6, &address.sin6_addr, text.data(), static_cast<socklen_t>(text.size())) != nullptr) {
            std::string textual(text.data());
            if (isLinkLocal(address.sin6_addr)) {
                textual += '%';
                textual += entry.name;
            }
            entry.ipv6.push_back(std::move(textual));
        }
    }
}

std::optional<std::string> defaultRouteFromProc()
{
    std::ifstream file("/proc/net/route");
    if (!file) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << file.rdbuf();
    return netlink::parseProcNetRoute(text.str());
}

}  // namespace

std::string Ipv4Network::addressString() const
{
    return ipv4ToString(address);
}

std::uint32_t Ipv4Network::netmask() const
{
    const int length = std::clamp(prefixLength, 0, 32);
    return length == 0 ? 0U : ~std::uint32_t {0} << static_cast<unsigned>(32 - length);
}

std::string ipv4ToString(std::uint32_t address)
{
    std::string text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        text += std::to_string((address >> static_cast<unsigned>(shift)) & 0xFFU);
        if (shift != 0) {
            text += '.';
        }
    }
    return text;
}

std::optional<std::uint32_t> parseIpv4(std::string_view text)
{
    std::uint32_t address = 0;
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    for (int part = 0; part < 4; ++part) {
        if (part != 0) {
            if (at == end || *at != '.') {
                return std::nullopt;
            }
            ++at;
        }
        unsigned value = 0;
        const auto [next, error] = std::from_chars(at, end, value);
        if (error != std::errc {} || value > 255 || next - at > 3 || (next - at > 1 && *at == '0')) {
            return std::nullopt;
        }
        address = (address << 8U) | value;
        at = next;
    }
    if (at != end) {
        return std::nullopt;
    }
    return address;
}

Result<std::vector<NetworkInterface>, NetError> listInterfaces()
{
    ifaddrs* raw = nullptr;
    if (::getifaddrs(&raw) != 0) {
        const int error = errno;
        const NetCode code = (error == EPERM || error == EACCES) ? NetCode::PermissionDenied : NetCode::SystemError;
        return fail(code, "getifaddrs: " + std::system_category().message(error));
    }
    const IfAddrsList list(raw);

    std::vector<NetworkInterface> interfaces;
    for (const ifaddrs* item = list.get(); item != nullptr; item = item->ifa_next) {
        if (item->ifa_name == nullptr) {
            continue;
        }
        // IPv4 addresses with a label ("eth0:1") belong to the interface before the colon.
        std::string_view name(item->ifa_name);
        name = name.substr(0, name.find(':'));
        NetworkInterface& entry = entryFor(interfaces, name);
        entry.up = entry.up || (item->ifa_flags & IFF_UP) != 0;
        entry.running = entry.running || (item->ifa_flags & IFF_RUNNING) != 0;
        entry.loopback = entry.loopback || (item->ifa_flags & IFF_LOOPBACK) != 0;
        entry.multicast = entry.multicast || (item->ifa_flags & IFF_MULTICAST) != 0;
        if (item->ifa_addr != nullptr) {
            addAddress(entry, *item);
        }
    }

    for (NetworkInterface& entry : interfaces) {
        if (entry.index == 0) {
            entry.index = ::if_nametoindex(entry.name.c_str());
        }
        if (!entry.mac && !entry.loopback) {
            entry.mac = macByIoctl(entry.name);
        }
    }
    std::stable_sort(interfaces.begin(), interfaces.end(),
        [](const NetworkInterface& left, const NetworkInterface& right) { return left.index < right.index; });
    return interfaces;
}

Result<std::string, NetError> defaultRouteInterface()
{
    rtmsg request {};
    request.rtm_family = AF_INET;
    request.rtm_table = RT_TABLE_MAIN;
    const auto reply = netlink::dump(
        RTM_GETROUTE, std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(&request), sizeof(request)));
    if (reply) {
        if (const auto index = netlink::parseDefaultRouteDump(*reply)) {
            std::array<char, IF_NAMESIZE> name {};
            if (::if_indextoname(*index, name.data()) == nullptr) {
                return fail(NetCode::NoSuchInterface, "interface index " + std::to_string(*index));
            }
            return std::string(name.data());
        }
    }
    if (auto name = defaultRouteFromProc()) {
        return std::move(*name);
    }
    if (!reply && reply.error().code == NetCode::PermissionDenied) {
        return Failure<NetError> {reply.error()};
    }
    return fail(NetCode::NoDefaultRoute);
}

Result<NetworkInterface, NetError> chooseInterface(const std::optional<std::string>& name)
{
    std::string wanted;
    if (name) {
        wanted = *name;
    } else {
        auto route = defaultRouteInterface();
        if (!route) {
            return Failure<NetError> {route.error()};
        }
        wanted = std::move(route).value();
    }

    auto interfaces = listInterfaces();
    if (!interfaces) {
        return Failure<NetError> {interfaces.error()};
    }
    const auto found = std::find_if(interfaces->begin(), interfaces->end(),
        [&wanted](const NetworkInterface& entry) { return entry.name == wanted; });
    if (found == interfaces->end()) {
        return fail(NetCode::NoSuchInterface, wanted);
    }
    if (!found->up) {
        return fail(NetCode::InterfaceDown, wanted);
    }
    if (found->ipv4.empty()) {
        return fail(NetCode::NoIpv4Address, wanted);
    }
    return std::move(*found);
}

}  // namespace voordeur::core::net
