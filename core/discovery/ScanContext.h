// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/HostTable.h"
#include "core/discovery/Scan.h"
#include "core/net/NetworkInterfaces.h"
#include "core/net/http/HttpClient.h"

#include <chrono>
#include <set>
#include <vector>

struct curl_waitfd;

namespace voordeur::core::discovery {

using Clock = std::chrono::steady_clock;

/// Everything the protocol drivers of one scan share; lives on the scanning thread only.
class ScanContext final
{
public:
    ScanContext(const ScanOptions& options, net::NetworkInterface networkInterface, ScanObserver& observer);

    const ScanOptions& options() const { return m_options; }
    const net::NetworkInterface& networkInterface() const { return m_interface; }
    HostTable& hosts() { return m_hosts; }
    net::HttpMulti& http() { return m_http; }
    std::vector<std::uint8_t>& receiveBuffer() { return m_buffer; }

    Clock::time_point start() const { return m_start; }
    std::chrono::milliseconds elapsed() const;

    /// Records that `address` was seen; returns its host. Counts as new evidence the first time
    /// this (protocol, kind, source, detail) is seen for the host.
    HostTable::HostId observe(
        const std::string& address, Protocol protocol, ObservationKind kind, const std::string& detail);

    /// Marks a host changed (to notify the observer) and the evidence as new.
    void changed(HostTable::HostId id);

    /// Whether the address belongs on the scanned interface's link: in its IPv4 subnet, or IPv6.
    bool onLink(const std::string& address) const;

    /// Whether the host table may still grow (a flood of fake hosts is cut off).
    bool roomForHosts() const;

    ProtocolStatus& status(Protocol protocol);
    void setState(Protocol protocol, ProtocolState state, std::string detail = {});
    void countAnswer(Protocol protocol) { ++status(protocol).answers; }
    void countMalformed(Protocol protocol) { ++status(protocol).malformed; }
    void countRefused(Protocol protocol) { ++status(protocol).refused; }

    void setRouter(RouterIgd router);
    const std::optional<RouterIgd>& router() const { return m_router; }

    Clock::time_point lastNewEvidence() const { return m_lastNewEvidence; }

    /// Sends the observer every change since the last flush (hosts in one batch).
    void flush();

    std::array<ProtocolStatus, kProtocolCount> statuses() const { return m_status; }

private:
    const ScanOptions& m_options;
    net::NetworkInterface m_interface;
    ScanObserver& m_observer;
    Clock::time_point m_start;
    Clock::time_point m_lastNewEvidence;
    HostTable m_hosts;
    net::HttpMulti m_http;
    std::vector<std::uint8_t> m_buffer;
    std::set<HostTable::HostId> m_dirty;
    std::vector<HostTable::HostId> m_known;  ///< ids reported, to detect merges
    std::array<ProtocolStatus, kProtocolCount> m_status {};
    std::array<bool, kProtocolCount> m_statusDirty {};
    std::optional<RouterIgd> m_router;
    bool m_routerDirty = false;
};

/// One discovery protocol as the scan loop drives it.
class ProtocolDriver
{
public:
    virtual ~ProtocolDriver() = default;

    virtual Protocol protocol() const = 0;
    /// Opens sockets and sends first queries. Returns false when the protocol cannot run here
    /// (the driver has set its status to Unavailable with a detail).
    virtual bool start(ScanContext& context) = 0;
    /// Sockets the loop should wait on (POLLIN unless the driver says otherwise).
    virtual void addPollFds(std::vector<curl_waitfd>& fds) const { (void)fds; }
    /// One of its sockets has events.
    virtual void onEvents(int fd, short events, ScanContext& context) { (void)fd, (void)events, (void)context; }
    /// Called on every loop turn: resend on schedule, pick up results of helper threads.
    virtual void onTick(ScanContext& context) = 0;
    /// When the driver next needs a tick.
    virtual Clock::time_point nextWakeup() const = 0;
    /// Its schedule is done and nothing it started is outstanding.
    virtual bool finished() const = 0;
    /// The scan ends: a last look (e.g. the neighbour table), then let go of everything.
    virtual void finish(ScanContext& context) { (void)context; }
};

}  // namespace voordeur::core::discovery
