// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace voordeur::core::discovery {

/// Reads the router's UPnP Internet Gateway Device with miniupnpc: its external address and
/// every port mapping, each tied to the LAN device it points at. Starts when SSDP finds the IGD.
class RouterReader final : public ProtocolDriver
{
public:
    RouterReader() = default;
    ~RouterReader() override;
    RouterReader(const RouterReader&) = delete;
    RouterReader& operator=(const RouterReader&) = delete;

    Protocol protocol() const override { return Protocol::Igd; }
    bool start(ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;
    void finish(ScanContext& context) override;

    /// SSDP saw an IGD whose description URL passed the same-host check.
    void consider(const std::string& descriptionUrl, const std::string& routerAddress, ScanContext& context);

private:
    struct Shared;
    void publish(ScanContext& context);

    std::shared_ptr<Shared> m_shared;
    std::string m_routerAddress;
    bool m_published = false;
};

}  // namespace voordeur::core::discovery
