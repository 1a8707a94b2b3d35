// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"
#include "core/net/dns/Message.h"
#include "core/net/socket/UdpSocket.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace voordeur::core::discovery::mdns {

/// DNS-SD over mDNS (RFC 6762/6763): enumerates service types, browses each, resolves every
/// instance's SRV, TXT and addresses, and keeps whatever other hosts' traffic announces.
///
/// It listens on port 5353 with SO_REUSEADDR/SO_REUSEPORT, as avahi-daemon does, so both can run
/// at once and both see every multicast answer. The first query asks for unicast answers (QU);
/// since with a local avahi such a unicast answer may reach avahi's socket instead of ours, every
/// later query asks for multicast answers, which every listener receives.
class MdnsBrowser final : public ProtocolDriver
{
public:
    Protocol protocol() const override { return Protocol::Mdns; }
    bool start(ScanContext& context) override;
    void addPollFds(std::vector<curl_waitfd>& fds) const override;
    void onEvents(int fd, short events, ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;

private:
    struct Instance {
        dns::Name name;
        dns::Name type;
        std::optional<dns::SrvData> srv;
        std::optional<std::vector<dns::TxtEntry>> txt;
        std::string sender;
        int asked = 0;
        Clock::time_point lastAsked {};
    };
    struct HostRecord {
        dns::Name name;
        std::vector<std::string> addresses;
        int asked = 0;
        Clock::time_point lastAsked {};
    };

    void sendRound(ScanContext& context, bool unicastResponse);
    void sendQuestions(ScanContext& context, std::vector<dns::Question> questions,
        const std::vector<dns::ResourceRecord>& knownAnswers);
    void sendFollowUps(ScanContext& context);
    void handle(const net::Datagram& datagram, ScanContext& context);
    void absorb(const dns::ResourceRecord& record, const std::string& sender, std::set<std::string>& touchedInstances,
        std::set<std::string>& touchedHosts);
    void publishInstance(const Instance& instance, ScanContext& context);
    void publishHost(const HostRecord& host, ScanContext& context);
    static std::vector<std::string> usableAddresses(const HostRecord& record, const ScanContext& context);
    bool outstanding() const;

    std::vector<net::UdpSocket> m_sockets;
    std::uint16_t m_nextId = 0;
    std::size_t m_round = 0;
    Clock::time_point m_start {};
    Clock::time_point m_nextTick {};
    std::map<std::string, dns::Name> m_types;  ///< key: lower-cased name
    std::set<std::string> m_typesToBrowse;
    std::map<std::string, Instance> m_instances;
    std::map<std::string, HostRecord> m_hostRecords;
    std::vector<dns::ResourceRecord> m_knownPointers;  ///< for known-answer suppression
};

}  // namespace voordeur::core::discovery::mdns
