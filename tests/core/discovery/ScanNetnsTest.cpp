// SPDX-License-Identifier: EUPL-1.2
// These tests run a real scan, so they send multicast: they are hidden ("[.netns]") and run only
// through tests/core/run-in-netns.sh, inside a network namespace of their own with loopback only.
#include "core/discovery/Scan.h"

#include <catch2/catch.hpp>

#include <net/if.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <thread>

using namespace voordeur::core::discovery;
using Clock = std::chrono::steady_clock;

namespace {

// Refuses to run in the machine's own network namespace: these tests send packets. The wrapper
// script records the namespace it started in; ours must differ and hold nothing but loopback.
void requireIsolatedNamespace()
{
    const char* host = std::getenv("VOORDEUR_HOST_NETNS");
    REQUIRE(host != nullptr);
    char own[64] = {};
    REQUIRE(readlink("/proc/self/ns/net", own, sizeof(own) - 1) > 0);
    REQUIRE(std::string(own) != std::string(host));
    struct if_nameindex* names = if_nameindex();
    REQUIRE(names != nullptr);
    std::vector<std::string> interfaces;
    for (const struct if_nameindex* n = names; n->if_index != 0; ++n) {
        interfaces.emplace_back(n->if_name);
    }
    if_freenameindex(names);
    REQUIRE(interfaces == std::vector<std::string> {"lo"});
    REQUIRE(std::getenv(kNoNetworkVariable) == nullptr);
}

ScanOptions loopbackOptions()
{
    ScanOptions options;
    options.interfaceName = "lo";
    options.resolveNames = false;
    return options;
}

}  // namespace

TEST_CASE("a scan stops within 100 ms of a cancel and says it was cancelled", "[.netns][scan]")
{
    requireIsolatedNamespace();
    ScanOptions options = loopbackOptions();
    options.budget = std::chrono::seconds(10);
    ScanObserver observer;
    std::stop_source stop;
    Clock::time_point requested;
    std::jthread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        requested = Clock::now();
        stop.request_stop();
    });
    const auto result = scan(options, observer, stop.get_token());
    const auto returned = Clock::now();
    canceller.join();
    REQUIRE(result);
    CHECK(result->cancelled);
    CHECK(returned - requested < std::chrono::milliseconds(100));
}

TEST_CASE("a scan never runs past its time budget", "[.netns][scan]")
{
    requireIsolatedNamespace();
    ScanOptions options = loopbackOptions();
    options.budget = std::chrono::milliseconds(600);  // shorter than the protocols' own schedule
    ScanObserver observer;
    const auto start = Clock::now();
    const auto result = scan(options, observer, {});
    const auto took = Clock::now() - start;
    REQUIRE(result);
    CHECK_FALSE(result->cancelled);
    CHECK(took < std::chrono::milliseconds(600 + 100));
    CHECK(result->duration <= std::chrono::milliseconds(600 + 50));
}

TEST_CASE("a scan that finds nothing ends early once every protocol is done", "[.netns][scan]")
{
    requireIsolatedNamespace();
    ScanOptions options = loopbackOptions();
    options.budget = std::chrono::seconds(3);
    ScanObserver observer;
    const auto result = scan(options, observer, {});
    REQUIRE(result);
    CHECK(result->hosts.empty());
    CHECK(result->duration < std::chrono::milliseconds(2500));
    for (const ProtocolStatus& status : result->protocols) {
        INFO(static_cast<int>(status.protocol));
        CHECK(status.state != ProtocolState::Running);
    }
}

TEST_CASE("an unknown interface is an error, not an empty scan", "[.netns][scan]")
{
    requireIsolatedNamespace();
    ScanOptions options;
    options.interfaceName = "nosuch0";
    ScanObserver observer;
    const auto result = scan(options, observer, {});
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ScanCode::NoSuchInterface);
}

TEST_CASE("scan refuses to run while network use is switched off", "[discovery][scan]")
{
    const bool wasSet = std::getenv(kNoNetworkVariable) != nullptr;
    setenv(kNoNetworkVariable, "1", 1);
    ScanObserver observer;
    const auto result = scan(ScanOptions {}, observer, {});
    if (!wasSet) {
        unsetenv(kNoNetworkVariable);
    }
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ScanCode::NetworkSwitchedOff);
}
