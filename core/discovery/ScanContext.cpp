// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ScanContext.h"

#include "core/net/dns/Message.h"

#include <algorithm>

namespace voordeur::core::discovery {

namespace {

// A home network has tens of devices; a flood of made-up hosts is cut off here.
constexpr std::size_t kMaxHosts = 2048;
constexpr std::size_t kMaxObservationsPerHost = 256;

}  // namespace

ScanContext::ScanContext(const ScanOptions& options, net::NetworkInterface networkInterface, ScanObserver& observer)
    : m_options(options)
    , m_interface(std::move(networkInterface))
    , m_observer(observer)
    , m_start(Clock::now())
    , m_lastNewEvidence(m_start)
    , m_buffer(dns::kMaxPacketSize + 1)
{
    for (std::size_t i = 0; i < kProtocolCount; ++i) {
        m_status.at(i).protocol = static_cast<Protocol>(i);
    }
}

std::chrono::milliseconds ScanContext::elapsed() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start);
}

bool ScanContext::roomForHosts() const
{
    return m_hosts.size() < kMaxHosts;
}

HostTable::HostId ScanContext::observe(
    const std::string& address, Protocol protocol, ObservationKind kind, const std::string& detail)
{
    const HostTable::HostId id = m_hosts.hostFor(address);
    Host& host = m_hosts.host(id);
    const bool seen = std::any_of(host.observations.begin(), host.observations.end(), [&](const Observation& o) {
        return o.protocol == protocol && o.kind == kind && o.source == address && o.detail == detail;
    });
    if (!seen && host.observations.size() < kMaxObservationsPerHost) {
        host.observations.push_back(Observation {protocol, kind, elapsed(), address, detail});
        changed(id);
    }
    return m_hosts.resolve(id);
}

void ScanContext::changed(HostTable::HostId id)
{
    m_dirty.insert(m_hosts.resolve(id));
    m_lastNewEvidence = Clock::now();
}

bool ScanContext::onLink(const std::string& address) const
{
    const auto v4 = net::parseIpv4(address);
    if (!v4) {
        return address.find(':') != std::string::npos;
    }
    return std::any_of(m_interface.ipv4.begin(), m_interface.ipv4.end(), [&](const net::Ipv4Network& net) {
        return (*v4 & net.netmask()) == (net.address & net.netmask()) && *v4 != net.address;
    });
}

ProtocolStatus& ScanContext::status(Protocol protocol)
{
    m_statusDirty.at(static_cast<std::size_t>(protocol)) = true;
    return m_status.at(static_cast<std::size_t>(protocol));
}

void ScanContext::setState(Protocol protocol, ProtocolState state, std::string detail)
{
    ProtocolStatus& s = status(protocol);
    s.state = state;
    if (!detail.empty()) {
        s.detail = std::move(detail);
    }
}

void ScanContext::setRouter(RouterIgd router)
{
    m_router = std::move(router);
    m_routerDirty = true;
    m_lastNewEvidence = Clock::now();
}

void ScanContext::flush()
{
    // Report merges first, so the observer can fold rows before it hears of changes.
    std::vector<HostTable::HostId> stillKnown;
    for (const HostTable::HostId id : m_known) {
        const HostTable::HostId live = m_hosts.resolve(id);
        if (live != id) {
            m_observer.hostMerged(id, live);
            m_dirty.insert(live);
        } else {
            stillKnown.push_back(id);
        }
    }
    m_known = std::move(stillKnown);
    for (const HostTable::HostId id : m_dirty) {
        const HostTable::HostId live = m_hosts.resolve(id);
        m_observer.hostChanged(live, m_hosts.host(live));
        if (std::find(m_known.begin(), m_known.end(), live) == m_known.end()) {
            m_known.push_back(live);
        }
    }
    m_dirty.clear();
    for (std::size_t i = 0; i < kProtocolCount; ++i) {
        if (m_statusDirty.at(i)) {
            m_observer.protocolChanged(m_status.at(i));
            m_statusDirty.at(i) = false;
        }
    }
    if (m_routerDirty && m_router) {
        m_observer.routerChanged(*m_router);
        m_routerDirty = false;
    }
}

}  // namespace voordeur::core::discovery
