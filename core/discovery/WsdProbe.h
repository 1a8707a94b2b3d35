// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/MulticastChannel.h"
#include "core/discovery/ScanContext.h"

#include <set>
#include <string>
#include <vector>

namespace voordeur::core::discovery {

/// WS-Discovery (SOAP-over-UDP): probes for ONVIF cameras (dn:NetworkVideoTransmitter), for
/// Devices Profile hosts (wsdp:Device) and for any type, twice, and listens for Hello.
class WsdProbe final : public ProtocolDriver
{
public:
    Protocol protocol() const override { return Protocol::Wsd; }
    bool start(ScanContext& context) override;
    void addPollFds(std::vector<curl_waitfd>& fds) const override;
    void onEvents(int fd, short events, ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;

private:
    void sendProbes(ScanContext& context);
    void handle(const net::Datagram& datagram, const std::string& sender, ScanContext& context);

    MulticastChannel m_channel;
    std::set<std::string> m_messageIds;
    int m_rounds = 0;
    Clock::time_point m_nextRound {};
    Clock::time_point m_lastProbe {};
};

/// A random "urn:uuid:…" (version 4) for a WS-Discovery MessageID.
std::string randomUrnUuid();

}  // namespace voordeur::core::discovery
