// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/NeighbourWatcher.h"

#include "core/net/MacVendor.h"
#include "core/net/NeighbourTable.h"

#include <sys/socket.h>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

// Reads during the scan; the last one comes from finish().
constexpr std::array kReadTimes = {150ms, 450ms, 900ms, 1600ms};

}  // namespace

NeighbourWatcher::~NeighbourWatcher()
{
    if (m_provoker.joinable()) {
        m_provoker.request_stop();
    }
}

bool NeighbourWatcher::start(ScanContext& context)
{
    m_nextRead = context.start() + kReadTimes.front();
    context.setState(Protocol::Neighbour, ProtocolState::Running);
    if (context.options().provokeNeighbours) {
        const net::NetworkInterface networkInterface = context.networkInterface();
        m_provoker = std::jthread([networkInterface, done = m_provokeDone](std::stop_token stop) {
            net::provokeAddressResolution(networkInterface, stop, 300ms);
            done->store(true);
        });
    } else {
        m_provokeDone->store(true);
    }
    readTable(context);
    return true;
}

void NeighbourWatcher::readTable(ScanContext& context)
{
    auto neighbours = net::readNeighbours(context.networkInterface().index);
    if (!neighbours) {
        context.setState(Protocol::Neighbour, ProtocolState::Unavailable, neighbours.error().detail);
        return;
    }
    for (const net::Neighbour& neighbour : *neighbours) {
        if (neighbour.mac.multicast() || (neighbour.family == AF_INET && !context.onLink(neighbour.address))) {
            continue;
        }
        if (!context.hosts().knows(neighbour.address) && !context.roomForHosts()) {
            continue;
        }
        context.countAnswer(Protocol::Neighbour);
        const HostTable::HostId id = context.observe(
            neighbour.address, Protocol::Neighbour, ObservationKind::NeighbourEntry, neighbour.mac.toString());
        const bool hadMac = context.hosts().host(id).mac.has_value();
        const HostTable::HostId live = context.hosts().bindMac(neighbour.address, neighbour.mac);
        Host& host = context.hosts().host(live);
        if (host.macVendor.empty() && host.mac) {
            if (const auto vendor = net::lookupMacVendor(*host.mac)) {
                host.macVendor = std::string(vendor->organization);
            }
        }
        if (!hadMac) {
            context.changed(live);
        }
    }
}

void NeighbourWatcher::onTick(ScanContext& context)
{
    const Clock::time_point now = Clock::now();
    if (m_provokeDone->load() && !m_provokeSeenAt) {
        // ARP answers arrive within milliseconds of the last datagram: read once more soon after.
        m_provokeSeenAt = now;
        m_nextRead = std::min(m_nextRead, now + 100ms);
    }
    if (now < m_nextRead) {
        return;
    }
    readTable(context);
    ++m_reads;
    if (m_provokeSeenAt && now >= *m_provokeSeenAt + 100ms) {
        m_readAfterProvoke = true;
    }
    if (static_cast<std::size_t>(m_reads) < kReadTimes.size()) {
        m_nextRead = context.start() + kReadTimes.at(static_cast<std::size_t>(m_reads));
    } else {
        m_nextRead = now + 500ms;
    }
    if (m_provokeSeenAt && !m_readAfterProvoke) {
        m_nextRead = std::min(m_nextRead, *m_provokeSeenAt + 100ms);
    }
}

bool NeighbourWatcher::finished() const
{
    return m_provokeDone->load() && m_readAfterProvoke && m_reads >= 2;
}

void NeighbourWatcher::finish(ScanContext& context)
{
    if (m_provoker.joinable()) {
        m_provoker.request_stop();
        m_provoker.join();  // returns within milliseconds of the stop request
    }
    readTable(context);
}

}  // namespace voordeur::core::discovery
