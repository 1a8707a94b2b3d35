// SPDX-License-Identifier: EUPL-1.2
#include "core/net/socket/UdpSocket.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace voordeur::core::net {

namespace {

std::string errnoText(const char* call)
{
    return std::string(call) + ": " + std::strerror(errno);
}

template <typename T> bool setOption(int fd, int level, int name, const T& value)
{
    return setsockopt(fd, level, name, &value, sizeof(value)) == 0;
}

const sockaddr* asSockaddr(const sockaddr_storage& storage)
{
    return reinterpret_cast<const sockaddr*>(&storage);  // NOLINT: the sockets API is typed this way
}

}  // namespace

std::optional<Endpoint> Endpoint::make(std::string_view address, std::uint16_t port, unsigned scopeId)
{
    Endpoint endpoint;
    std::string text(address);
    if (const auto percent = text.find('%'); percent != std::string::npos) {
        const std::string scope = text.substr(percent + 1);
        text.resize(percent);
        if (scopeId == 0) {
            scopeId = if_nametoindex(scope.c_str());
            if (scopeId == 0) {
                scopeId = static_cast<unsigned>(std::strtoul(scope.c_str(), nullptr, 10));
            }
        }
    }
    auto* v4 = reinterpret_cast<sockaddr_in*>(&endpoint.storage);  // NOLINT
    if (inet_pton(AF_INET, text.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        endpoint.length = sizeof(sockaddr_in);
        return endpoint;
    }
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&endpoint.storage);  // NOLINT
    if (inet_pton(AF_INET6, text.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        v6->sin6_scope_id = scopeId;
        endpoint.length = sizeof(sockaddr_in6);
        return endpoint;
    }
    return std::nullopt;
}

std::string Endpoint::address() const
{
    char text[INET6_ADDRSTRLEN + IF_NAMESIZE + 2] = {};
    if (family() == AF_INET) {
        const auto* v4 = reinterpret_cast<const sockaddr_in*>(&storage);  // NOLINT
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof(text));
        return text;
    }
    if (family() == AF_INET6) {
        const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&storage);  // NOLINT
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof(text));
        std::string result = text;
        if (IN6_IS_ADDR_LINKLOCAL(&v6->sin6_addr) && v6->sin6_scope_id != 0) {
            char name[IF_NAMESIZE] = {};
            result += '%';
            result += if_indextoname(v6->sin6_scope_id, name) != nullptr ? std::string(name)
                                                                         : std::to_string(v6->sin6_scope_id);
        }
        return result;
    }
    return {};
}

std::uint16_t Endpoint::port() const
{
    if (family() == AF_INET) {
        return ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);  // NOLINT
    }
    if (family() == AF_INET6) {
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);  // NOLINT
    }
    return 0;
}

Result<UdpSocket, Error<SocketCode>> UdpSocket::open(const Config& config)
{
    UniqueFd fd(socket(config.family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP));
    if (!fd) {
        return fail(errno == EACCES || errno == EPERM ? SocketCode::PermissionDenied : SocketCode::CreateFailed,
            errnoText("socket"));
    }
    const int on = 1;
    if (config.reusePort
        && (!setOption(fd.get(), SOL_SOCKET, SO_REUSEADDR, on) || !setOption(fd.get(), SOL_SOCKET, SO_REUSEPORT, on))) {
        return fail(SocketCode::OptionFailed, errnoText("SO_REUSEADDR/SO_REUSEPORT"));
    }

    if (config.family == AF_INET) {
        setOption(fd.get(), IPPROTO_IP, IP_PKTINFO, on);
        const ip_mreqn outgoing {{}, {}, static_cast<int>(config.interfaceIndex)};
        const auto ttl = static_cast<unsigned char>(config.multicastHops);
        const unsigned char loop = 0;
        if (!setOption(fd.get(), IPPROTO_IP, IP_MULTICAST_IF, outgoing)
            || !setOption(fd.get(), IPPROTO_IP, IP_MULTICAST_TTL, ttl)
            || !setOption(fd.get(), IPPROTO_IP, IP_MULTICAST_LOOP, loop)) {
            return fail(SocketCode::OptionFailed, errnoText("IP_MULTICAST_*"));
        }
        sockaddr_in bindAddress {};
        bindAddress.sin_family = AF_INET;
        bindAddress.sin_port = htons(config.port);
        bindAddress.sin_addr.s_addr = htonl(INADDR_ANY);
        if (bind(fd.get(), reinterpret_cast<const sockaddr*>(&bindAddress), sizeof(bindAddress)) != 0) {  // NOLINT
            return fail(errno == EACCES ? SocketCode::PermissionDenied : SocketCode::BindFailed, errnoText("bind"));
        }
        for (const std::string& group : config.groups) {
            ip_mreqn membership {};
            membership.imr_ifindex = static_cast<int>(config.interfaceIndex);
            if (inet_pton(AF_INET, group.c_str(), &membership.imr_multiaddr) != 1
                || !setOption(fd.get(), IPPROTO_IP, IP_ADD_MEMBERSHIP, membership)) {
                return fail(SocketCode::JoinFailed, errnoText("IP_ADD_MEMBERSHIP") + " " + group);
            }
        }
    } else {
        setOption(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, on);
        setOption(fd.get(), IPPROTO_IPV6, IPV6_RECVPKTINFO, on);
        const unsigned interfaceIndex = config.interfaceIndex;
        const int hops = config.multicastHops;
        const unsigned loop = 0;
        if (!setOption(fd.get(), IPPROTO_IPV6, IPV6_MULTICAST_IF, interfaceIndex)
            || !setOption(fd.get(), IPPROTO_IPV6, IPV6_MULTICAST_HOPS, hops)
            || !setOption(fd.get(), IPPROTO_IPV6, IPV6_MULTICAST_LOOP, loop)) {
            return fail(SocketCode::OptionFailed, errnoText("IPV6_MULTICAST_*"));
        }
        sockaddr_in6 bindAddress {};
        bindAddress.sin6_family = AF_INET6;
        bindAddress.sin6_port = htons(config.port);
        bindAddress.sin6_addr = in6addr_any;
        if (bind(fd.get(), reinterpret_cast<const sockaddr*>(&bindAddress), sizeof(bindAddress)) != 0) {  // NOLINT
            return fail(errno == EACCES ? SocketCode::PermissionDenied : SocketCode::BindFailed, errnoText("bind"));
        }
        for (const std::string& group : config.groups) {
            ipv6_mreq membership {};
            membership.ipv6mr_interface = config.interfaceIndex;
            if (inet_pton(AF_INET6, group.c_str(), &membership.ipv6mr_multiaddr) != 1
                || !setOption(fd.get(), IPPROTO_IPV6, IPV6_JOIN_GROUP, membership)) {
                return fail(SocketCode::JoinFailed, errnoText("IPV6_JOIN_GROUP") + " " + group);
            }
        }
    }
    return UdpSocket(std::move(fd), config.family);
}

std::uint16_t UdpSocket::localPort() const
{
    Endpoint local;
    local.length = sizeof(local.storage);
    if (getsockname(m_fd.get(), reinterpret_cast<sockaddr*>(&local.storage), &local.length) != 0) {  // NOLINT
        return 0;
    }
    return local.port();
}

bool UdpSocket::sendTo(std::span<const std::uint8_t> bytes, const Endpoint& to) const
{
    const ssize_t sent
        = ::sendto(m_fd.get(), bytes.data(), bytes.size(), MSG_NOSIGNAL, asSockaddr(to.storage), to.length);
    return sent == static_cast<ssize_t>(bytes.size());
}

bool UdpSocket::sendTo(std::string_view text, const Endpoint& to) const
{
    return sendTo(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), to);  // NOLINT
}

std::optional<Datagram> UdpSocket::receive(std::vector<std::uint8_t>& buffer) const
{
    Datagram datagram;
    iovec vector {buffer.data(), buffer.size()};
    alignas(cmsghdr) char control[256];
    msghdr message {};
    message.msg_name = &datagram.from.storage;
    message.msg_namelen = sizeof(datagram.from.storage);
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof(control);
    const ssize_t received = recvmsg(m_fd.get(), &message, MSG_DONTWAIT);
    if (received < 0) {
        return std::nullopt;
    }
    datagram.from.length = message.msg_namelen;
    datagram.truncated = (message.msg_flags & MSG_TRUNC) != 0;
    datagram.bytes = std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(received));
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == IPPROTO_IP && header->cmsg_type == IP_PKTINFO) {
            in_pktinfo info {};
            std::memcpy(&info, CMSG_DATA(header), sizeof(info));
            datagram.interfaceIndex = static_cast<unsigned>(info.ipi_ifindex);
        } else if (header->cmsg_level == IPPROTO_IPV6 && header->cmsg_type == IPV6_PKTINFO) {
            in6_pktinfo info {};
            std::memcpy(&info, CMSG_DATA(header), sizeof(info));
            datagram.interfaceIndex = info.ipi6_ifindex;
        }
    }
    return datagram;
}

}  // namespace voordeur::core::net
