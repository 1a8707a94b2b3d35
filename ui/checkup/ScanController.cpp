// SPDX-License-Identifier: EUPL-1.2
#include "ui/checkup/ScanController.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace voordeur::ui {

using core::discovery::Host;
using core::discovery::ProtocolState;
using core::discovery::ProtocolStatus;
using core::discovery::RouterIgd;
using core::discovery::ScanResult;

/// Sits between the worker and the GUI thread: the worker's observer calls collect news here under a
/// lock, and at most one delivery is queued to the GUI thread at a time, at most every 100 ms.
class ScanController::Relay final : public core::discovery::ScanObserver
{
public:
    Relay(ScanController* owner, std::uint64_t generation)
        : m_owner(owner)
        , m_generation(generation)
    { }

    struct Batch {
        std::map<std::size_t, Host> hosts;
        std::map<std::size_t, std::size_t> merges;
        std::vector<ProtocolStatus> protocols;
        std::optional<RouterIgd> router;
        std::optional<ScanResult> result;
        std::optional<std::pair<core::discovery::ScanCode, std::string>> failure;
    };

    void hostChanged(std::size_t id, const Host& host) override
    {
        post([&](Batch& batch) { batch.hosts[id] = host; });
    }
    void hostMerged(std::size_t from, std::size_t into) override
    {
        post([&](Batch& batch) {
            batch.hosts.erase(from);
            batch.merges[from] = into;
        });
    }
    void protocolChanged(const ProtocolStatus& status) override
    {
        post([&](Batch& batch) {
            std::erase_if(batch.protocols, [&](const ProtocolStatus& s) { return s.protocol == status.protocol; });
            batch.protocols.push_back(status);
        });
    }
    void routerChanged(const RouterIgd& router) override
    {
        post([&](Batch& batch) { batch.router = router; });
    }
    void finish(ScanResult result)
    {
        post([&](Batch& batch) { batch.result = std::move(result); }, true);
    }
    void fail(core::discovery::ScanCode code, std::string detail)
    {
        post([&](Batch& batch) { batch.failure.emplace(code, std::move(detail)); }, true);
    }

    /// Taken on the GUI thread.
    Batch take()
    {
        const std::lock_guard lock(m_mutex);
        m_queued = false;
        m_lastDelivery = std::chrono::steady_clock::now();
        return std::exchange(m_batch, Batch {});
    }

    /// The worker waits here between replayed events; true when it should stop.
    template <typename Duration> bool sleepFor(Duration duration, const std::stop_token& stop)
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, stop, duration, [] { return false; });
        return stop.stop_requested();
    }

private:
    template <typename Change> void post(Change&& change, bool now = false)
    {
        std::chrono::milliseconds delay {0};
        {
            const std::lock_guard lock(m_mutex);
            change(m_batch);
            if (m_queued) {
                return;
            }
            m_queued = true;
            const auto since = std::chrono::steady_clock::now() - m_lastDelivery;
            if (!now && since < kInterval) {
                delay = std::chrono::duration_cast<std::chrono::milliseconds>(kInterval - since);
            }
        }
        const std::uint64_t generation = m_generation;
        QPointer<ScanController> owner(m_owner);
        QMetaObject::invokeMethod(
            m_owner,
            [owner, generation, delay] {
                if (owner.isNull()) {
                    return;
                }
                if (delay.count() > 0) {
                    QTimer::singleShot(delay, owner, [owner, generation] {
                        if (!owner.isNull()) {
                            owner->deliver(generation);
                        }
                    });
                } else {
                    owner->deliver(generation);
                }
            },
            Qt::QueuedConnection);
    }

    static constexpr std::chrono::milliseconds kInterval {100};

    ScanController* m_owner;
    std::uint64_t m_generation;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    Batch m_batch;
    bool m_queued = false;
    std::chrono::steady_clock::time_point m_lastDelivery {};
};

ScanController::ScanController(QObject* parent)
    : QObject(parent)
{ }

ScanController::~ScanController()
{
    if (m_worker) {
        m_worker->request_stop();
        m_worker->join();
    }
}

void ScanController::launch(std::function<void(Relay&, std::stop_token)> work)
{
    if (m_worker) {
        m_worker->request_stop();
        m_worker->join();
        m_worker.reset();
    }
    ++m_generation;
    m_relay = std::make_shared<Relay>(this, m_generation);
    m_running = true;
    Q_EMIT started();
    m_worker = std::make_unique<std::jthread>(
        [relay = m_relay, work = std::move(work)](std::stop_token stop) { work(*relay, std::move(stop)); });
}

void ScanController::start(const core::discovery::ScanOptions& options)
{
    launch([options](Relay& relay, std::stop_token stop) {
        auto result = core::discovery::scan(options, relay, std::move(stop));
        if (result) {
            relay.finish(std::move(result).value());
        } else {
            relay.fail(result.error().code, result.error().detail);
        }
    });
}

void ScanController::startReplay(ScanResult recorded, std::chrono::milliseconds duration)
{
    launch([recorded = std::move(recorded), duration](Relay& relay, std::stop_token stop) mutable {
        using core::discovery::Protocol;
        for (std::size_t p = 0; p < core::discovery::kProtocolCount; ++p) {
            ProtocolStatus running = recorded.protocols[p];
            running.protocol = static_cast<Protocol>(p);
            running.answers = 0;
            if (running.state != ProtocolState::Off && running.state != ProtocolState::Unavailable) {
                running.state = ProtocolState::Running;
            }
            relay.protocolChanged(running);
        }
        const auto step = recorded.hosts.empty() ? duration : duration / static_cast<int>(recorded.hosts.size() + 1);
        ScanResult found = recorded;
        found.hosts.clear();
        bool stopped = false;
        for (std::size_t i = 0; i < recorded.hosts.size() && !stopped; ++i) {
            stopped = relay.sleepFor(step, stop);
            if (!stopped) {
                relay.hostChanged(i, recorded.hosts[i]);
                found.hosts.push_back(recorded.hosts[i]);
            }
        }
        if (!stopped && recorded.router) {
            relay.routerChanged(*recorded.router);
        }
        for (std::size_t p = 0; p < core::discovery::kProtocolCount; ++p) {
            ProtocolStatus status = recorded.protocols[p];
            status.protocol = static_cast<Protocol>(p);
            relay.protocolChanged(status);
        }
        if (stopped) {
            found.cancelled = true;
            found.router.reset();
            relay.finish(std::move(found));
        } else {
            relay.finish(std::move(recorded));
        }
    });
}

void ScanController::cancel()
{
    if (m_worker) {
        m_worker->request_stop();
    }
}

void ScanController::deliver(std::uint64_t generation)
{
    if (generation != m_generation || !m_relay) {
        return;  // a report of an earlier run
    }
    Relay::Batch batch = m_relay->take();
    for (const auto& status : batch.protocols) {
        Q_EMIT protocolChanged(status);
    }
    if (!batch.merges.empty()) {
        Q_EMIT hostsMerged(batch.merges);
    }
    if (!batch.hosts.empty()) {
        Q_EMIT hostsChanged(batch.hosts);
    }
    if (batch.router) {
        Q_EMIT routerChanged(*batch.router);
    }
    if (batch.failure) {
        m_running = false;
        Q_EMIT failed(batch.failure->first, QString::fromStdString(batch.failure->second));
    } else if (batch.result) {
        m_running = false;
        Q_EMIT finished(*batch.result);
    }
}

}  // namespace voordeur::ui
