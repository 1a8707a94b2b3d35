// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/ScanContext.h"

#include <memory>
#include <set>
#include <string>

namespace voordeur::core::discovery {

/// Reverse DNS (PTR) of every address found, through the system resolver (getnameinfo) on a few
/// worker threads. Names that arrive after the scan ended are dropped; the scan never waits for them.
class NameResolver final : public ProtocolDriver
{
public:
    NameResolver();
    ~NameResolver() override;
    NameResolver(const NameResolver&) = delete;
    NameResolver& operator=(const NameResolver&) = delete;

    Protocol protocol() const override { return Protocol::ReverseDns; }
    bool start(ScanContext& context) override;
    void onTick(ScanContext& context) override;
    Clock::time_point nextWakeup() const override;
    bool finished() const override;
    void finish(ScanContext& context) override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::set<std::string> m_asked;
    Clock::time_point m_nextTick {};
};

}  // namespace voordeur::core::discovery
