// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/HostTable.h"

#include <catch2/catch.hpp>

using namespace voordeur::core;
using discovery::HostTable;

namespace {

net::MacAddress mac(const char* text)
{
    const auto parsed = net::MacAddress::parse(text);
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("evidence about one address lands on one host", "[discovery][merge]")
{
    HostTable table;
    const auto a = table.hostFor("10.0.0.5");
    const auto b = table.hostFor("10.0.0.5");
    CHECK(a == b);
    CHECK(table.hosts().size() == 1);
    CHECK(table.knows("10.0.0.5"));
    CHECK_FALSE(table.knows("10.0.0.6"));
}

TEST_CASE("a MAC seen on the IPv4 and the IPv6 address merges them into one device", "[discovery][merge]")
{
    HostTable table;
    const auto v4 = table.hostFor("10.0.0.5");
    table.host(v4).hostnames.push_back("camera.local");
    const auto v6 = table.hostFor("fe80::1%eth0");
    table.host(v6).openPorts.push_back(554);

    table.bindMac("10.0.0.5", mac("28:57:be:00:00:01"));
    table.bindMac("fe80::1%eth0", mac("28:57:be:00:00:01"));

    const auto hosts = table.hosts();
    REQUIRE(hosts.size() == 1);
    CHECK(hosts[0].addresses == std::vector<std::string> {"10.0.0.5", "fe80::1%eth0"});
    CHECK(hosts[0].hostnames == std::vector<std::string> {"camera.local"});
    CHECK(hosts[0].openPorts == std::vector<std::uint16_t> {554});
    CHECK(table.resolve(v6) == table.resolve(v4));
}

TEST_CASE("an mDNS host name with A and AAAA ties both addresses together", "[discovery][merge]")
{
    HostTable table;
    table.hostFor("10.0.0.7");
    table.hostFor("2001:db8::7");
    table.bindAddresses("10.0.0.7", "2001:db8::7");
    REQUIRE(table.hosts().size() == 1);
    CHECK(table.hosts()[0].addresses.size() == 2);
}

TEST_CASE("addresses with different MACs are never merged, whatever a name record claims", "[discovery][merge]")
{
    HostTable table;
    table.bindMac("10.0.0.7", mac("00:11:22:33:44:55"));
    table.bindMac("10.0.0.8", mac("00:11:22:33:44:66"));
    table.bindAddresses("10.0.0.7", "10.0.0.8");
    CHECK(table.hosts().size() == 2);
}

TEST_CASE("merging keeps every observation, in time order, and the MAC's randomised flag", "[discovery][merge]")
{
    HostTable table;
    const auto a = table.hostFor("10.0.0.9");
    table.host(a).observations.push_back({discovery::Protocol::Ssdp, discovery::ObservationKind::SsdpResponse,
        std::chrono::milliseconds(30), "10.0.0.9", "uuid:x"});
    const auto b = table.hostFor("fe80::9%eth0");
    table.host(b).observations.push_back({discovery::Protocol::Mdns, discovery::ObservationKind::MdnsRecord,
        std::chrono::milliseconds(10), "fe80::9%eth0", "_ipp._tcp Printer"});
    table.bindMac("fe80::9%eth0", mac("02:00:00:00:00:09"));  // locally administered
    table.bindMac("10.0.0.9", mac("02:00:00:00:00:09"));
    const auto hosts = table.hosts();
    REQUIRE(hosts.size() == 1);
    REQUIRE(hosts[0].observations.size() == 2);
    CHECK(hosts[0].observations[0].protocol == discovery::Protocol::Mdns);
    CHECK(hosts[0].observations[1].protocol == discovery::Protocol::Ssdp);
    CHECK(hosts[0].macRandomised);
}

TEST_CASE("hosts come out with IPv4 addresses in numeric order", "[discovery][merge]")
{
    HostTable table;
    for (const char* address : {"10.0.0.20", "10.0.0.3", "fe80::1%eth0", "10.0.0.100"}) {
        table.hostFor(address);
    }
    std::vector<std::string> first;
    for (const auto& host : table.hosts()) {
        first.push_back(host.addresses.front());
    }
    CHECK(first == std::vector<std::string> {"10.0.0.3", "10.0.0.20", "10.0.0.100", "fe80::1%eth0"});
}
