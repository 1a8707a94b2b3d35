// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/Scan.h"

#include "core/discovery/NameResolver.h"
#include "core/discovery/NeighbourWatcher.h"
#include "core/discovery/RouterReader.h"
#include "core/discovery/ScanContext.h"
#include "core/discovery/ServiceCheck.h"
#include "core/discovery/SsdpSearch.h"
#include "core/discovery/WsdProbe.h"
#include "core/discovery/mdns/MdnsBrowser.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

// Once every protocol is done, the scan waits this long for stragglers before it ends early.
constexpr auto kQuietPeriod = 250ms;
// Observers get at most this many batches a second.
constexpr auto kFlushInterval = 50ms;
// The loop wakes at least this often, so a stop request is seen even without a wakeup.
constexpr auto kMaxSleep = 50ms;

ScanCode toScanCode(net::NetCode code)
{
    switch (code) {
    case net::NetCode::NoSuchInterface:
        return ScanCode::NoSuchInterface;
    case net::NetCode::InterfaceDown:
        return ScanCode::InterfaceDown;
    case net::NetCode::NoIpv4Address:
        return ScanCode::NoIpv4Address;
    case net::NetCode::NoDefaultRoute:
        return ScanCode::NoDefaultRoute;
    case net::NetCode::PermissionDenied:
        return ScanCode::PermissionDenied;
    default:
        return ScanCode::SystemError;
    }
}

std::chrono::milliseconds toMs(Clock::duration d)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::max(Clock::duration::zero(), d));
}

}  // namespace

const std::vector<std::uint16_t>& riskyPorts()
{
    // Telnet (23, 2323: Mirai's targets), FTP (21), RTSP camera streams (554), Hikvision's SDK (8000),
    // Dahua's SDK (37777), XMEye/Xiongmai DVRs (34567), Android Debug Bridge (5555),
    // TR-069 remote management (7547). docs/scan-json.md lists them for users.
    static const std::vector<std::uint16_t> ports = {21, 23, 554, 2323, 5555, 7547, 8000, 34567, 37777};
    return ports;
}

Result<ScanResult, Error<ScanCode>> scan(const ScanOptions& options, ScanObserver& observer, std::stop_token stop)
{
    // A safety switch: test programs and demos set it so that nothing is ever sent by accident.
    if (std::getenv(kNoNetworkVariable) != nullptr) {
        return fail(ScanCode::NetworkSwitchedOff, kNoNetworkVariable);
    }
    auto chosen = net::chooseInterface(options.interfaceName);
    if (!chosen) {
        return fail(toScanCode(chosen.error().code), chosen.error().detail);
    }
    ScanContext context(options, std::move(chosen).value(), observer);
    const Clock::time_point deadline = context.start() + options.budget;

    // Drivers in start order: the neighbour table first, so silent devices start answering ARP.
    auto router = std::make_unique<RouterReader>();
    RouterReader& routerRef = *router;
    std::vector<std::unique_ptr<ProtocolDriver>> drivers;
    drivers.push_back(std::make_unique<NeighbourWatcher>());
    drivers.push_back(std::make_unique<mdns::MdnsBrowser>());
    drivers.push_back(std::make_unique<SsdpSearch>(routerRef));
    drivers.push_back(std::make_unique<WsdProbe>());
    drivers.push_back(std::move(router));
    if (options.resolveNames) {
        drivers.push_back(std::make_unique<NameResolver>());
    } else {
        context.setState(Protocol::ReverseDns, ProtocolState::Off);
    }
    if (options.serviceCheck) {
        drivers.push_back(std::make_unique<ServiceCheck>(riskyPorts()));
    } else {
        context.setState(Protocol::ServiceCheck, ProtocolState::Off);
    }

    const std::stop_callback wake(stop, [&context] { context.http().wakeup(); });

    std::vector<ProtocolDriver*> running;
    for (auto& driver : drivers) {
        if (driver->start(context)) {
            running.push_back(driver.get());
        }
    }
    context.flush();

    ScanResult result;
    Clock::time_point lastFlush = Clock::now();
    std::vector<curl_waitfd> fds;
    std::vector<ProtocolDriver*> owners;
    while (true) {
        const Clock::time_point now = Clock::now();
        if (stop.stop_requested()) {
            result.cancelled = true;
            break;
        }
        if (now >= deadline) {
            break;
        }
        const bool allFinished
            = std::all_of(running.begin(), running.end(), [](const ProtocolDriver* d) { return d->finished(); });
        if (allFinished && context.http().active() == 0 && now - context.lastNewEvidence() >= kQuietPeriod) {
            break;
        }

        fds.clear();
        owners.clear();
        for (ProtocolDriver* driver : running) {
            const std::size_t before = fds.size();
            driver->addPollFds(fds);
            owners.insert(owners.end(), fds.size() - before, driver);
        }
        Clock::time_point wakeAt = std::min(deadline, now + kMaxSleep);
        for (const ProtocolDriver* driver : running) {
            wakeAt = std::min(wakeAt, driver->nextWakeup());
        }
        context.http().poll(fds, toMs(wakeAt - now));

        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents != 0) {
                owners[i]->onEvents(fds[i].fd, fds[i].revents, context);
            }
        }
        for (ProtocolDriver* driver : running) {
            driver->onTick(context);
        }
        if (Clock::now() - lastFlush >= kFlushInterval) {
            context.flush();
            lastFlush = Clock::now();
        }
    }

    context.http().cancelAll();
    for (ProtocolDriver* driver : running) {
        driver->finish(context);
        if (context.status(driver->protocol()).state == ProtocolState::Running) {
            context.setState(driver->protocol(), ProtocolState::Done);
        }
    }
    context.flush();

    result.interfaceName = context.networkInterface().name;
    if (!context.networkInterface().ipv4.empty()) {
        result.interfaceAddress = context.networkInterface().ipv4.front().addressString();
        result.interfacePrefix = context.networkInterface().ipv4.front().prefixLength;
    }
    result.duration = context.elapsed();
    result.lastNewEvidence = toMs(context.lastNewEvidence() - context.start());
    result.hosts = context.hosts().hosts();
    result.router = context.router();
    result.protocols = context.statuses();
    if (options.serviceCheck) {
        result.serviceCheckPorts = riskyPorts();
    }
    return result;
}

}  // namespace voordeur::core::discovery
