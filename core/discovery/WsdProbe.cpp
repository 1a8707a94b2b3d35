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
    // SOAP-over-UDP: multicast stays on the link (TTL 1).
    if (const auto problem = m_channel.open({kWsdPort, kGroupV4, kGroupV6, 1}, context)) {
        context.setState(Protocol::Wsd, ProtocolState::Unavailable, *problem);
        return false;
    }
    context.setState(Protocol::Wsd, ProtocolState::Running);
    m_nextRound = context.start();
    onTick(context);
    return true;
}

void WsdProbe::addPollFds(std::vector<curl_waitfd>& fds) const
{
    m_channel.addPollFds(fds);
}

void WsdProbe::onEvents(int fd, short /*events*/, ScanContext& context)
{
    m_channel.drain(
        fd, context, Protocol::Wsd, [this, &context](const net::Datagram& datagram, const std::string& sender) {
            handle(datagram, sender, context);
        });
}

void WsdProbe::sendProbes(ScanContext& context)
{
    for (const char* types : {"dn:NetworkVideoTransmitter", "wsdp:Device", ""}) {
        const std::string messageId = randomUrnUuid();
        m_messageIds.insert(messageId);
        const std::string probe = wsd::buildProbe(messageId, types);
        m_channel.sendToGroup(context, [&probe](int /*family*/) { return probe; });
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

void WsdProbe::handle(const net::Datagram& datagram, const std::string& sender, ScanContext& context)
{
    const auto message = wsd::parseWsdMessage(datagramText(datagram));
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
