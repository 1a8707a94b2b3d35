// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/UniqueFd.h"
#include "core/util/Result.h"

#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::net {

/// An IPv4 or IPv6 address with a port (and, for link-local IPv6, a scope).
struct Endpoint {
    sockaddr_storage storage {};
    socklen_t length = 0;

    static std::optional<Endpoint> make(std::string_view address, std::uint16_t port, unsigned scopeId = 0);
    int family() const { return storage.ss_family; }
    /// The address as text; link-local IPv6 keeps its "%scope" suffix.
    std::string address() const;
    std::uint16_t port() const;
};

enum class SocketCode { CreateFailed, OptionFailed, BindFailed, JoinFailed, PermissionDenied };

/// One received datagram.
struct Datagram {
    std::span<const std::uint8_t> bytes;  ///< valid until the next receive on the same buffer
    Endpoint from;
    unsigned interfaceIndex = 0;  ///< the interface it arrived on (0 if unknown)
    bool truncated = false;       ///< larger than the buffer: the rest was dropped
};

/// A non-blocking UDP socket for multicast discovery on one interface.
class UdpSocket final
{
public:
    struct Config {
        int family = AF_INET;
        std::uint16_t port = 0;           ///< 0 = an ephemeral port
        bool reusePort = false;           ///< share a well-known port with other listeners (avahi, …)
        unsigned interfaceIndex = 0;      ///< outgoing multicast interface, and the one joined on
        std::vector<std::string> groups;  ///< multicast groups to join on that interface
        int multicastHops = 1;            ///< TTL / hop limit of multicast sent
    };

    static Result<UdpSocket, Error<SocketCode>> open(const Config& config);

    int fd() const { return m_fd.get(); }
    int family() const { return m_family; }
    std::uint16_t localPort() const;

    /// Sends one datagram; false when the kernel refused it (the caller counts, never throws).
    bool sendTo(std::span<const std::uint8_t> bytes, const Endpoint& to) const;
    bool sendTo(std::string_view text, const Endpoint& to) const;

    /// Reads one waiting datagram into `buffer`, or nothing when none is waiting.
    std::optional<Datagram> receive(std::vector<std::uint8_t>& buffer) const;

private:
    UdpSocket(UniqueFd fd, int family)
        : m_fd(std::move(fd))
        , m_family(family)
    { }

    UniqueFd m_fd;
    int m_family = AF_INET;
};

}  // namespace voordeur::core::net
