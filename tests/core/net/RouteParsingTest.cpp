// SPDX-License-Identifier: EUPL-1.2
#include "NetlinkTestBuffers.h"
#include "core/net/Netlink.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using voordeur::core::net::netlink::parseDefaultRouteDump;
using voordeur::core::net::netlink::parseProcNetRoute;
using voordeur::tests::NetlinkBuffer;
using voordeur::tests::routeHeader;

namespace {

std::string readTestData(const std::string& name)
{
    std::ifstream file(std::string(VOORDEUR_TEST_DATA_DIR) + "/net/" + name);
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the default route with the lowest metric in the main table is chosen", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 600).u32Attribute(RTA_OIF, 3);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 24)).u32Attribute(RTA_OIF, 9);  // a subnet route
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 100).u32Attribute(RTA_OIF, 2);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 700).u32Attribute(RTA_OIF, 4);
    CHECK(parseDefaultRouteDump(buffer.bytes()) == 2U);
}

TEST_CASE("a default route without a metric counts as metric 0", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 100).u32Attribute(RTA_OIF, 2);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_OIF, 5);
    CHECK(parseDefaultRouteDump(buffer.bytes()) == 5U);
}

TEST_CASE("default routes of other tables, types and families are ignored", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0, RT_TABLE_LOCAL)).u32Attribute(RTA_OIF, 7);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0, RT_TABLE_UNSPEC))
        .u32Attribute(RTA_TABLE, 1000)
        .u32Attribute(RTA_OIF, 8);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0, RT_TABLE_MAIN, RTN_UNREACHABLE)).u32Attribute(RTA_OIF, 9);
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET6, 0)).u32Attribute(RTA_OIF, 10);
    CHECK_FALSE(parseDefaultRouteDump(buffer.bytes()));

    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0, RT_TABLE_UNSPEC))
        .u32Attribute(RTA_TABLE, RT_TABLE_MAIN)
        .u32Attribute(RTA_PRIORITY, 50)
        .u32Attribute(RTA_OIF, 11);
    CHECK(parseDefaultRouteDump(buffer.bytes()) == 11U);
}

TEST_CASE("a multipath default route uses its first next hop's interface", "[net]")
{
    rtnexthop first {};
    first.rtnh_len = sizeof(rtnexthop);
    first.rtnh_ifindex = 6;
    rtnexthop second = first;
    second.rtnh_ifindex = 7;
    std::vector<std::uint8_t> hops(2 * sizeof(rtnexthop));
    std::memcpy(hops.data(), &first, sizeof(first));
    std::memcpy(hops.data() + sizeof(first), &second, sizeof(second));
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).attribute(RTA_MULTIPATH, hops);
    CHECK(parseDefaultRouteDump(buffer.bytes()) == 6U);
}

TEST_CASE("a route dump truncated at any offset never reads past the cut", "[net]")
{
    NetlinkBuffer builder;
    builder.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 600).u32Attribute(RTA_OIF, 3);
    builder.begin(RTM_NEWROUTE, routeHeader(AF_INET, 0)).u32Attribute(RTA_PRIORITY, 100).u32Attribute(RTA_OIF, 2);
    const std::vector<std::uint8_t> full = builder.bytes();
    const std::size_t secondStart = builder.messageStarts().at(1);
    for (std::size_t length = 0; length <= full.size(); ++length) {
        INFO("truncated to " << length);
        const std::vector<std::uint8_t> truncated(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
        const auto index = parseDefaultRouteDump(truncated);
        if (length == full.size()) {
            CHECK(index == 2U);
        } else if (length >= secondStart) {
            CHECK(index == 3U);
        } else {
            CHECK_FALSE(index);
        }
    }
}

TEST_CASE("/proc/net/route gives the default route with the lowest metric", "[net]")
{
    CHECK(parseProcNetRoute(readTestData("proc-net-route.txt")) == std::string("wlp2s0"));
}

TEST_CASE("/proc/net/route without a usable default route gives none", "[net]")
{
    CHECK_FALSE(parseProcNetRoute(readTestData("proc-net-route-no-default.txt")));
    CHECK_FALSE(parseProcNetRoute(""));
    CHECK_FALSE(parseProcNetRoute("Iface\tDestination\tGateway\n"));
    CHECK_FALSE(parseProcNetRoute("eth0\t00000000\tzz\n"));
}
