// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"
#include "core/net/UniqueFd.h"

#include <deque>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace voordeur::core::discovery {

/// The opt-in service check: a TCP connect — never more, no data is sent — to a short list of
/// risky ports on hosts that discovery found, at most a few at a time and each briefly.
class ServiceCheck final : public ProtocolDriver
{
public:
    explicit ServiceCheck(std::vector<std::uint16_t> ports)
        : m_ports(std::move(ports))
    { }

    Protocol protocol() const override { return Protocol::ServiceCheck; }
    bool start(ScanContext& context) override;
    void addPollFds(std::vector<curl_waitfd>& fds) const override;
    void onEvents(int fd, short events, ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;

private:
    struct Attempt {
        net::UniqueFd fd;
        std::string address;
        std::uint16_t port = 0;
        Clock::time_point deadline;
    };

    void launch(ScanContext& context);
    void record(const Attempt& attempt, ScanContext& context);

    std::vector<std::uint16_t> m_ports;
    std::set<std::string> m_queuedHosts;
    std::deque<std::pair<std::string, std::uint16_t>> m_queue;
    std::vector<Attempt> m_running;
    Clock::time_point m_nextTick {};
};

}  // namespace voordeur::core::discovery
