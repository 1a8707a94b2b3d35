// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace voordeur::core::discovery {

/// Reads the kernel's neighbour table (IP → MAC) a few times during the scan, after making
/// every subnet address resolve so silent devices appear too, and names MAC vendors.
class NeighbourWatcher final : public ProtocolDriver
{
public:
    NeighbourWatcher() = default;
    ~NeighbourWatcher() override;
    NeighbourWatcher(const NeighbourWatcher&) = delete;
    NeighbourWatcher& operator=(const NeighbourWatcher&) = delete;

    Protocol protocol() const override { return Protocol::Neighbour; }
    bool start(ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override { return m_nextRead; }
    bool finished() const override;
    void finish(ScanContext& context) override;

private:
    void readTable(ScanContext& context);

    std::jthread m_provoker;
    std::shared_ptr<std::atomic<bool>> m_provokeDone = std::make_shared<std::atomic<bool>>(false);
    Clock::time_point m_nextRead;
    int m_reads = 0;
    std::optional<Clock::time_point> m_provokeSeenAt;
    bool m_readAfterProvoke = false;
};

}  // namespace voordeur::core::discovery
