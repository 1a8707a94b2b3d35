// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ServiceCheck.h"

#include "core/net/socket/UdpSocket.h"

#include <curl/curl.h>

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

constexpr std::size_t kConcurrency = 32;
constexpr auto kConnectTimeout = 700ms;
constexpr std::size_t kMaxHosts = 256;

}  // namespace

bool ServiceCheck::start(ScanContext& context)
{
    context.setState(Protocol::ServiceCheck, ProtocolState::Running);
    return true;
}

void ServiceCheck::addPollFds(std::vector<curl_waitfd>& fds) const
{
    for (const Attempt& attempt : m_running) {
        fds.push_back(curl_waitfd {attempt.fd.get(), CURL_WAIT_POLLOUT, 0});
    }
}

void ServiceCheck::record(const Attempt& attempt, ScanContext& context)
{
    context.countAnswer(Protocol::ServiceCheck);
    const HostTable::HostId id = context.observe(
        attempt.address, Protocol::ServiceCheck, ObservationKind::OpenPort, std::to_string(attempt.port));
    Host& host = context.hosts().host(id);
    if (addUnique(host.openPorts, attempt.port)) {
        std::sort(host.openPorts.begin(), host.openPorts.end());
        context.changed(id);
    }
}

void ServiceCheck::onEvents(int fd, short /*events*/, ScanContext& context)
{
    const auto it
        = std::find_if(m_running.begin(), m_running.end(), [fd](const Attempt& a) { return a.fd.get() == fd; });
    if (it == m_running.end()) {
        return;
    }
    int error = 0;
    socklen_t length = sizeof(error);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0) {
        record(*it, context);
    }
    m_running.erase(it);  // closes the connection at once: nothing is ever sent
}

void ServiceCheck::launch(ScanContext& context)
{
    while (m_running.size() < kConcurrency && !m_queue.empty()) {
        auto [address, port] = m_queue.front();
        m_queue.pop_front();
        const auto endpoint = net::Endpoint::make(address, port);
        if (!endpoint) {
            continue;
        }
        net::UniqueFd fd(socket(endpoint->family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (!fd) {
            context.setState(Protocol::ServiceCheck, ProtocolState::Running, "socket failed");
            continue;
        }
        const int rc = connect(fd.get(), reinterpret_cast<const sockaddr*>(&endpoint->storage),  // NOLINT
            endpoint->length);
        Attempt attempt {std::move(fd), address, port, Clock::now() + kConnectTimeout};
        if (rc == 0) {
            record(attempt, context);
        } else if (errno == EINPROGRESS) {
            m_running.push_back(std::move(attempt));
        }
    }
}

void ServiceCheck::onTick(ScanContext& context)
{
    const Clock::time_point now = Clock::now();
    std::erase_if(m_running, [now](const Attempt& a) { return now >= a.deadline; });
    if (now >= m_nextTick) {
        m_nextTick = now + 50ms;
        const std::string own = context.networkInterface().ipv4.empty()
            ? std::string()
            : context.networkInterface().ipv4.front().addressString();
        for (const HostTable::HostId id : context.hosts().liveIds()) {
            const Host& host = context.hosts().host(id);
            if (host.addresses.empty() || m_queuedHosts.size() >= kMaxHosts) {
                continue;
            }
            const std::string& address = host.addresses.front();  // IPv4 first
            if (address == own || !context.onLink(address) || !m_queuedHosts.insert(address).second) {
                continue;
            }
            for (const std::uint16_t port : m_ports) {
                m_queue.emplace_back(address, port);
            }
        }
    }
    launch(context);
}

Clock::time_point ServiceCheck::nextWakeup() const
{
    Clock::time_point next = m_nextTick;
    for (const Attempt& attempt : m_running) {
        next = std::min(next, attempt.deadline);
    }
    return next;
}

bool ServiceCheck::finished() const
{
    return m_queue.empty() && m_running.empty();
}

}  // namespace voordeur::core::discovery
