// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/MulticastChannel.h"
#include "core/discovery/ScanContext.h"

#include <map>
#include <string>
#include <vector>

namespace voordeur::core::discovery {

class RouterReader;

/// SSDP/UPnP: M-SEARCH for every device and every root device (MX=1, sent twice), listens for
/// NOTIFY, and reads each root device's description once (per UDN) — only from the address that
/// answered, over plain HTTP, never following redirects.
class SsdpSearch final : public ProtocolDriver
{
public:
    explicit SsdpSearch(RouterReader& router)
        : m_router(router)
    { }

    Protocol protocol() const override { return Protocol::Ssdp; }
    bool start(ScanContext& context) override;
    void addPollFds(std::vector<curl_waitfd>& fds) const override;
    void onEvents(int fd, short events, ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;

private:
    struct RootDevice {
        std::string address;
        bool fetchStarted = false;
    };

    void sendSearches(ScanContext& context);
    void handle(const net::Datagram& datagram, const std::string& sender, ScanContext& context);
    void fetchDescription(const std::string& key, const std::string& location, ScanContext& context);

    RouterReader& m_router;
    MulticastChannel m_channel;
    int m_rounds = 0;
    Clock::time_point m_nextRound {};
    Clock::time_point m_lastSearch {};
    int m_pendingFetches = 0;
    std::map<std::string, RootDevice> m_devices;  ///< by UDN (or location when there is none)
};

}  // namespace voordeur::core::discovery
