// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/MulticastChannel.h"

namespace voordeur::core::discovery {

std::optional<std::string> MulticastChannel::open(const MulticastGroup& group, const ScanContext& context)
{
    m_group = group;
    net::UdpSocket::Config query;
    query.interfaceIndex = context.networkInterface().index;
    query.multicastHops = group.hops;
    net::UdpSocket::Config listen = query;
    listen.port = group.port;
    listen.reusePort = true;

    std::vector<int> families = {AF_INET};
    if (context.options().ipv6) {
        families.push_back(AF_INET6);
    }
    for (const int family : families) {
        query.family = family;
        listen.family = family;
        listen.groups = {family == AF_INET ? group.groupV4 : group.groupV6};
        if (auto socket = net::UdpSocket::open(query)) {
            m_querySockets.push_back(std::move(socket).value());
        } else if (family == AF_INET) {
            return socket.error().detail;
        }
        if (auto socket = net::UdpSocket::open(listen)) {
            m_listenSockets.push_back(std::move(socket).value());
        }
    }
    return std::nullopt;
}

void MulticastChannel::addPollFds(std::vector<curl_waitfd>& fds) const
{
    for (const auto* sockets : {&m_querySockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            fds.push_back(curl_waitfd {socket.fd(), CURL_WAIT_POLLIN, 0});
        }
    }
}

void MulticastChannel::drain(int fd, ScanContext& context, Protocol protocol,
    const std::function<void(const net::Datagram&, const std::string& sender)>& handle) const
{
    for (const auto* sockets : {&m_querySockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            if (socket.fd() != fd) {
                continue;
            }
            for (int i = 0; i < 64; ++i) {
                const auto datagram = socket.receive(context.receiveBuffer());
                if (!datagram) {
                    break;
                }
                if (const auto sender = acceptDatagram(*datagram, context, protocol)) {
                    handle(*datagram, *sender);
                }
            }
        }
    }
}

void MulticastChannel::sendToGroup(
    const ScanContext& context, const std::function<std::string(int family)>& payload) const
{
    for (const net::UdpSocket& socket : m_querySockets) {
        const bool v6 = socket.family() == AF_INET6;
        const auto to = net::Endpoint::make(
            v6 ? m_group.groupV6 : m_group.groupV4, m_group.port, context.networkInterface().index);
        if (to) {
            socket.sendTo(payload(socket.family()), *to);
        }
    }
}

std::optional<std::string> acceptDatagram(const net::Datagram& datagram, ScanContext& context, Protocol protocol)
{
    if (datagram.interfaceIndex != 0 && datagram.interfaceIndex != context.networkInterface().index) {
        return std::nullopt;
    }
    std::string sender = datagram.from.address();
    if (!context.onLink(sender)) {
        return std::nullopt;
    }
    if (datagram.truncated) {
        context.countMalformed(protocol);
        return std::nullopt;
    }
    return sender;
}

std::string_view datagramText(const net::Datagram& datagram)
{
    return {reinterpret_cast<const char*>(datagram.bytes.data()), datagram.bytes.size()};  // NOLINT
}

}  // namespace voordeur::core::discovery
