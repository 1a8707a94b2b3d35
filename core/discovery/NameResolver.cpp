// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/NameResolver.h"

#include "core/net/socket/UdpSocket.h"
#include "core/util/Utf8.h"

#include <netdb.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

constexpr int kWorkers = 4;
constexpr std::size_t kMaxLookups = 512;
// A lookup running longer than this no longer holds the scan up.
constexpr auto kPatience = 1000ms;

std::string lowerCase(std::string text)
{
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return text;
}

}  // namespace

// Shared with the workers, which may outlive the scan while the resolver is slow.
struct NameResolver::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::string> queue;
    std::vector<std::pair<std::string, std::string>> results;  ///< address, name
    int busy = 0;
    Clock::time_point lastStarted {};
    bool closed = false;
};

NameResolver::NameResolver()
    : m_shared(std::make_shared<Shared>())
{ }

NameResolver::~NameResolver()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->closed = true;
    m_shared->queue.clear();
    m_shared->wake.notify_all();
}

bool NameResolver::start(ScanContext& context)
{
    for (int i = 0; i < kWorkers; ++i) {
        std::thread([shared = m_shared] {
            while (true) {
                std::string address;
                {
                    std::unique_lock lock(shared->mutex);
                    shared->wake.wait(lock, [&] { return shared->closed || !shared->queue.empty(); });
                    if (shared->closed) {
                        return;
                    }
                    address = std::move(shared->queue.front());
                    shared->queue.pop_front();
                    ++shared->busy;
                    shared->lastStarted = Clock::now();
                }
                std::string name;
                if (const auto endpoint = net::Endpoint::make(address, 0)) {
                    char host[NI_MAXHOST] = {};
                    if (getnameinfo(reinterpret_cast<const sockaddr*>(&endpoint->storage),  // NOLINT
                            endpoint->length, host, sizeof(host), nullptr, 0, NI_NAMEREQD)
                        == 0) {
                        name = host;
                    }
                }
                const std::lock_guard lock(shared->mutex);
                --shared->busy;
                if (!name.empty()) {
                    shared->results.emplace_back(address, name);
                }
            }
        }).detach();
    }
    context.setState(Protocol::ReverseDns, ProtocolState::Running);
    return true;
}

void NameResolver::onTick(ScanContext& context)
{
    const Clock::time_point now = Clock::now();
    if (now < m_nextTick) {
        return;
    }
    m_nextTick = now + 20ms;
    std::vector<std::string> fresh;
    for (const HostTable::HostId id : context.hosts().liveIds()) {
        for (const std::string& address : context.hosts().host(id).addresses) {
            // Link-local IPv6 has no reverse zone.
            if (address.starts_with("fe80:") || m_asked.size() >= kMaxLookups || !m_asked.insert(address).second) {
                continue;
            }
            fresh.push_back(address);
        }
    }
    std::vector<std::pair<std::string, std::string>> results;
    {
        const std::lock_guard lock(m_shared->mutex);
        for (std::string& address : fresh) {
            m_shared->queue.push_back(std::move(address));
        }
        m_shared->wake.notify_all();
        results.swap(m_shared->results);
    }
    for (const auto& [address, name] : results) {
        context.countAnswer(Protocol::ReverseDns);
        const std::string clean = lowerCase(toValidUtf8(name));
        const HostTable::HostId id
            = context.observe(address, Protocol::ReverseDns, ObservationKind::ReverseName, clean);
        if (addUnique(context.hosts().host(id).hostnames, clean)) {
            context.changed(id);
        }
    }
}

Clock::time_point NameResolver::nextWakeup() const
{
    return m_nextTick;
}

bool NameResolver::finished() const
{
    const std::lock_guard lock(m_shared->mutex);
    const bool waiting = !m_shared->queue.empty() || !m_shared->results.empty();
    const bool slowOnly = m_shared->busy == 0 || Clock::now() - m_shared->lastStarted > kPatience;
    return !waiting && slowOnly;
}

void NameResolver::finish(ScanContext& context)
{
    onTick(context);
    const std::lock_guard lock(m_shared->mutex);
    m_shared->closed = true;
    m_shared->queue.clear();
    m_shared->wake.notify_all();
}

}  // namespace voordeur::core::discovery
