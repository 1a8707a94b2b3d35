// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"
#include "core/net/socket/UdpSocket.h"

#include <curl/curl.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace voordeur::core::discovery {

/// Where a multicast discovery protocol lives: its port, its groups and how far its packets go.
struct MulticastGroup {
    std::uint16_t port = 0;
    const char* groupV4 = nullptr;
    const char* groupV6 = nullptr;
    int hops = 1;
};

/// The sockets of a query-and-answer multicast protocol (SSDP, WS-Discovery): query sockets on
/// ephemeral ports, which receive the unicast answers, and listening sockets on the protocol's
/// port (shared with other listeners), which receive announcements. IPv6 only when asked for.
class MulticastChannel final
{
public:
    /// Opens the sockets; returns why not when even the IPv4 query socket cannot be opened.
    /// Listening is a bonus: without it (port taken without reuse) querying still works.
    std::optional<std::string> open(const MulticastGroup& group, const ScanContext& context);

    void addPollFds(std::vector<curl_waitfd>& fds) const;

    /// Reads what waits on the socket with this descriptor (at most 64 datagrams, so a flood
    /// cannot starve the other protocols) and hands each accepted one to `handle` with its sender.
    void drain(int fd, ScanContext& context, Protocol protocol,
        const std::function<void(const net::Datagram&, const std::string& sender)>& handle) const;

    /// Sends `payload(socket family)` to the group from every query socket.
    void sendToGroup(const ScanContext& context, const std::function<std::string(int family)>& payload) const;

private:
    MulticastGroup m_group;
    std::vector<net::UdpSocket> m_querySockets;
    std::vector<net::UdpSocket> m_listenSockets;
};

/// Whether a datagram belongs to this scan: it arrived on the scanned interface from an on-link
/// sender and was not cut off (a truncated one counts as malformed). Returns the sender.
std::optional<std::string> acceptDatagram(const net::Datagram& datagram, ScanContext& context, Protocol protocol);

/// The datagram's bytes as text (SSDP and SOAP are text protocols).
std::string_view datagramText(const net::Datagram& datagram);

}  // namespace voordeur::core::discovery
