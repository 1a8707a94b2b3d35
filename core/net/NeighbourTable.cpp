// SPDX-License-Identifier: EUPL-1.2
#include "core/net/NeighbourTable.h"

#include "core/net/Netlink.h"
#include "core/net/UniqueFd.h"

#include <arpa/inet.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace voordeur::core::net {

namespace {

NeighbourState stateOf(std::uint16_t state)
{
    // The kernel reports exactly one NUD state; check the settled ones first all the same.
    if ((state & NUD_PERMANENT) != 0) {
        return NeighbourState::Permanent;
    }
    if ((state & NUD_NOARP) != 0) {
        return NeighbourState::NoArp;
    }
    if ((state & NUD_REACHABLE) != 0) {
        return NeighbourState::Reachable;
    }
    if ((state & NUD_STALE) != 0) {
        return NeighbourState::Stale;
    }
    if ((state & NUD_DELAY) != 0) {
        return NeighbourState::Delay;
    }
    if ((state & NUD_PROBE) != 0) {
        return NeighbourState::Probe;
    }
    if ((state & NUD_FAILED) != 0) {
        return NeighbourState::Failed;
    }
    if ((state & NUD_INCOMPLETE) != 0) {
        return NeighbourState::Incomplete;
    }
    return NeighbourState::Unknown;
}

std::optional<std::string> addressText(int family, std::span<const std::uint8_t> bytes)
{
    const std::size_t expected = family == AF_INET ? 4 : 16;
    if (bytes.size() != expected) {
        return std::nullopt;
    }
    std::array<std::uint8_t, 16> address {};
    std::copy(bytes.begin(), bytes.end(), address.begin());
    std::array<char, INET6_ADDRSTRLEN> text {};
    if (::inet_ntop(family, address.data(), text.data(), static_cast<socklen_t>(text.size())) == nullptr) {
        return std::nullopt;
    }
    return std::string(text.data());
}

std::optional<Neighbour> parseNeighbour(std::span<const std::uint8_t> payload, std::optional<unsigned> ifindex)
{
    constexpr std::size_t fixedLength = netlink::align4(sizeof(ndmsg));
    if (payload.size() < fixedLength) {
        return std::nullopt;
    }
    ndmsg entry {};
    std::memcpy(&entry, payload.data(), sizeof(entry));
    if ((entry.ndm_family != AF_INET && entry.ndm_family != AF_INET6) || entry.ndm_ifindex <= 0) {
        return std::nullopt;
    }
    const auto index = static_cast<unsigned>(entry.ndm_ifindex);
    if ((ifindex && index != *ifindex) || (entry.ndm_state & (NUD_FAILED | NUD_INCOMPLETE)) != 0) {
        return std::nullopt;
    }
    const auto attributes = netlink::splitAttributes(payload.subspan(fixedLength));
    if (!attributes) {
        return std::nullopt;
    }

    std::optional<std::string> address;
    std::optional<MacAddress> mac;
    for (const netlink::Attribute& attribute : *attributes) {
        if (attribute.type == NDA_DST) {
            address = addressText(entry.ndm_family, attribute.payload);
        } else if (attribute.type == NDA_LLADDR && attribute.payload.size() == 6) {
            mac.emplace();
            std::copy(attribute.payload.begin(), attribute.payload.end(), mac->bytes.begin());
        }
    }
    // All-zero and group addresses (NOARP entries of some links, of multicast groups) name no device.
    if (!address || !mac || *mac == MacAddress {} || mac->multicast()) {
        return std::nullopt;
    }
    return Neighbour {std::move(*address), entry.ndm_family, *mac, index, stateOf(entry.ndm_state)};
}

std::uint32_t maskOf(int prefixLength)
{
    return prefixLength <= 0 ? 0U : ~std::uint32_t {0} << static_cast<unsigned>(32 - std::min(prefixLength, 32));
}

}  // namespace

std::vector<Neighbour> parseNeighbourDump(std::span<const std::uint8_t> buffer, std::optional<unsigned> ifindex)
{
    std::vector<Neighbour> neighbours;
    for (const netlink::Message& message : netlink::splitMessages(buffer)) {
        if (message.type == NLMSG_DONE || message.type == NLMSG_ERROR) {
            break;
        }
        if (message.type != RTM_NEWNEIGH) {
            continue;
        }
        if (auto neighbour = parseNeighbour(message.payload, ifindex)) {
            neighbours.push_back(std::move(*neighbour));
        }
    }
    return neighbours;
}

Result<std::vector<Neighbour>, NetError> readNeighbours(std::optional<unsigned> ifindex)
{
    ndmsg request {};
    request.ndm_family = AF_UNSPEC;
    const auto reply = netlink::dump(
        RTM_GETNEIGH, std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(&request), sizeof(request)));
    if (!reply) {
        return Failure<NetError> {reply.error()};
    }
    return parseNeighbourDump(*reply, ifindex);
}

std::vector<std::uint32_t> addressesToResolve(
    const Ipv4Network& network, std::uint32_t ownAddress, int maxPrefixWidening)
{
    const int prefix = network.prefixLength;
    if (prefix < 0 || prefix >= 32) {
        return {};
    }
    const std::uint32_t mask = maskOf(prefix);
    const std::uint32_t subnet = network.address & mask;
    const std::uint32_t broadcast = subnet | ~mask;
    // Narrow a large subnet to the block around our own address: that is where home devices are.
    const std::uint32_t anchor = (ownAddress & mask) == subnet ? ownAddress : network.address;
    const int blockPrefix = std::max(prefix, std::clamp(maxPrefixWidening, 0, 32));
    const std::uint32_t blockStart = anchor & maskOf(blockPrefix);
    const std::uint64_t blockSize = std::uint64_t {1} << static_cast<unsigned>(32 - blockPrefix);
    // A /31 is a point-to-point link (RFC 3021): both addresses are hosts.
    const bool hasNetworkAndBroadcast = prefix < 31;

    std::vector<std::uint32_t> addresses;
    addresses.reserve(static_cast<std::size_t>(blockSize));
    for (std::uint64_t i = 0; i < blockSize; ++i) {
        const auto address = static_cast<std::uint32_t>(blockStart + i);
        if (address == ownAddress || (hasNetworkAndBroadcast && (address == subnet || address == broadcast))) {
            continue;
        }
        addresses.push_back(address);
    }
    return addresses;
}

void provokeAddressResolution(
    const NetworkInterface& networkInterface, std::stop_token stop, std::chrono::milliseconds spread)
{
    std::vector<std::uint32_t> targets;
    for (const Ipv4Network& network : networkInterface.ipv4) {
        const auto addresses = addressesToResolve(network, network.address);
        targets.insert(targets.end(), addresses.begin(), addresses.end());
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    std::erase_if(targets, [&networkInterface](std::uint32_t address) {
        return std::any_of(networkInterface.ipv4.begin(), networkInterface.ipv4.end(),
            [address](const Ipv4Network& own) { return own.address == address; });
    });
    if (targets.empty() || stop.stop_requested() || networkInterface.index == 0) {
        return;
    }

    UniqueFd socket(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!socket.valid()) {
        return;
    }
    // Keep every datagram on the chosen interface whatever the routing table says. IP_UNICAST_IF
    // needs no privileges; it takes the index in network byte order.
    const std::uint32_t index = htonl(networkInterface.index);
    if (::setsockopt(socket.get(), IPPROTO_IP, IP_UNICAST_IF, &index, sizeof(index)) != 0) {
        return;
    }

    std::mutex mutex;
    std::condition_variable_any wakeUp;
    const auto start = std::chrono::steady_clock::now();
    const auto count = static_cast<std::chrono::milliseconds::rep>(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto due = start
            + std::chrono::duration_cast<std::chrono::steady_clock::duration>(spread)
                * static_cast<std::chrono::milliseconds::rep>(i) / count;
        if (due > std::chrono::steady_clock::now()) {
            std::unique_lock lock(mutex);
            wakeUp.wait_until(lock, stop, due, [] { return false; });
        }
        if (stop.stop_requested()) {
            return;
        }
        sockaddr_in destination {};
        destination.sin_family = AF_INET;
        destination.sin_port = htons(9);  // discard
        destination.sin_addr.s_addr = htonl(targets[i]);
        // An empty datagram is enough to make the kernel resolve the address. Errors (an
        // unreachable host, a full neighbour queue) only mean that this address stays silent.
        static_cast<void>(::sendto(socket.get(), nullptr, 0, MSG_DONTWAIT,
            reinterpret_cast<const sockaddr*>(&destination), sizeof(destination)));
    }
}

}  // namespace voordeur::core::net
