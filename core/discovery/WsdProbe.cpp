// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/WsdProbe.h"

#include "core/discovery/wsd/WsDiscovery.h"

#include <curl/curl.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

constexpr std::uint16_t kWsdPort = 3702;
constexpr const char* kGroupV4 = "239.255.255.250";
constexpr const char* kGroupV6 = "ff02::c";
constexpr int kRounds = 2;
constexpr auto kRoundGap = 250ms;
// Targets answer after a random delay of up to APP_MAX_DELAY (500 ms).
constexpr auto kAnswerWindow = 650ms;

}  // namespace

std::string randomUrnUuid()
{
    std::array<unsigned char, 16> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0FU) | 0x40U);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3FU) | 0x80U);  // RFC 4122 variant
    char text[64] = {};
    std::snprintf(text, sizeof(text), "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
        bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
    return text;
}

bool WsdProbe::start(ScanContext& context)
{
    if (sodium_init() < 0) {
        context.setState(Protocol::Wsd, ProtocolState::Unavailable, "sodium_init");
        return false;
    }
    net::UdpSocket::Config probe;
    probe.interfaceIndex = context.networkInterface().index;
    probe.multicastHops = 1;  // SOAP-over-UDP: multicast stays on the link
    net::UdpSocket::Config listen = probe;
    listen.port = kWsdPort;
    listen.reusePort = true;
    std::vector<int> families = {AF_INET};
    if (context.options().ipv6) {
        families.push_back(AF_INET6);
    }
    for (const int family : families) {
        probe.family = family;
        listen.family = family;
        listen.groups = {family == AF_INET ? kGroupV4 : kGroupV6};
        if (auto socket = net::UdpSocket::open(probe)) {
            m_probeSockets.push_back(std::move(socket).value());
        } else if (family == AF_INET) {
            context.setState(Protocol::Wsd, ProtocolState::Unavailable, socket.error().detail);
            return false;
        }
        if (auto socket = net::UdpSocket::open(listen)) {
            m_listenSockets.push_back(std::move(socket).value());
        }
    }
    context.setState(Protocol::Wsd, ProtocolState::Running);
    m_nextRound = context.start();
    onTick(context);
    return true;
}

void WsdProbe::addPollFds(std::vector<curl_waitfd>& fds) const
{
    for (const auto* sockets : {&m_probeSockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            fds.push_back(curl_waitfd {socket.fd(), CURL_WAIT_POLLIN, 0});
        }
    }
}

void WsdProbe::onEvents(int fd, short /*events*/, ScanContext& context)
{
    for (const auto* sockets : {&m_probeSockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            if (socket.fd() != fd) {
                continue;
            }
            for (int i = 0; i < 64; ++i) {
                const auto datagram = socket.receive(context.receiveBuffer());
                if (!datagram) {
                    break;
                }
                handle(*datagram, context);
            }
        }
    }
}

void WsdProbe::sendProbes(ScanContext& context)
{
    for (const char* types : {"dn:NetworkVideoTransmitter", "wsdp:Device", ""}) {
        const std::string messageId = randomUrnUuid();
        m_messageIds.insert(messageId);
        const std::string probe = wsd::buildProbe(messageId, types);
        for (const net::UdpSocket& socket : m_probeSockets) {
            const auto to = net::Endpoint::make(
                socket.family() == AF_INET6 ? kGroupV6 : kGroupV4, kWsdPort, context.networkInterface().index);
            if (to) {
                socket.sendTo(probe, *to);
            }
        }
    }
    m_lastProbe = Clock::now();
}

void WsdProbe::onTick(ScanContext& context)
{
    if (m_rounds < kRounds && Clock::now() >= m_nextRound) {
        sendProbes(context);
        ++m_rounds;
        m_nextRound = Clock::now() + kRoundGap;
    }
}

Clock::time_point WsdProbe::nextWakeup() const
{
    return m_rounds < kRounds ? m_nextRound : Clock::time_point::max();
}

bool WsdProbe::finished() const
{
    return m_rounds >= kRounds && Clock::now() >= m_lastProbe + kAnswerWindow;
}

void WsdProbe::handle(const net::Datagram& datagram, ScanContext& context)
{
    if (datagram.interfaceIndex != 0 && datagram.interfaceIndex != context.networkInterface().index) {
        return;
    }
    const std::string sender = datagram.from.address();
    if (!context.onLink(sender)) {
        return;
    }
    if (datagram.truncated) {
        context.countMalformed(Protocol::Wsd);
        return;
    }
    const std::string_view text(reinterpret_cast<const char*>(datagram.bytes.data()),  // NOLINT
        datagram.bytes.size());
    const auto message = wsd::parseWsdMessage(text);
    if (!message) {
        context.countMalformed(Protocol::Wsd);
        return;
    }
    if (message->kind != wsd::WsdKind::ProbeMatches && message->kind != wsd::WsdKind::Hello) {
        return;  // probes of others, Bye, faults
    }
    context.countAnswer(Protocol::Wsd);
    if (message->endpoints.empty() || (!context.hosts().knows(sender) && !context.roomForHosts())) {
        return;
    }
    const ObservationKind kind
        = message->kind == wsd::WsdKind::Hello ? ObservationKind::WsdHello : ObservationKind::WsdProbeMatch;
    for (const wsd::Endpoint& endpoint : message->endpoints) {
        const HostTable::HostId id = context.observe(sender, Protocol::Wsd, kind, endpoint.address);
        Host& host = context.hosts().host(id);
        const wsd::OnvifScopes onvif = wsd::parseOnvifScopes(endpoint.scopes);
        WsdEndpoint seen {endpoint.address, endpoint.types, endpoint.scopes, endpoint.xaddrs, onvif.name,
            onvif.hardware, onvif.location};
        const auto existing = std::find_if(
            host.wsd.begin(), host.wsd.end(), [&](const WsdEndpoint& e) { return e.endpoint == seen.endpoint; });
        if (existing == host.wsd.end()) {
            host.wsd.push_back(std::move(seen));
            context.changed(id);
        } else if (*existing != seen) {
            *existing = std::move(seen);
            context.changed(id);
        }
    }
}

}  // namespace voordeur::core::discovery
