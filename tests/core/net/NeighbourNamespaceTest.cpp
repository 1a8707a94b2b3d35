// SPDX-License-Identifier: EUPL-1.2
// Reads the real kernel tables of the lab that neighbour-namespace-check.sh builds; hidden from
// normal runs. Run that script, not these tests directly. Nothing here sends a packet.
#include "core/net/NeighbourTable.h"
#include "core/net/Netlink.h"
#include "core/net/NetworkInterfaces.h"

#include <catch2/catch.hpp>

#include <sys/socket.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace voordeur::core::net;

namespace {

// Must match neighbour-namespace-check.sh.
constexpr const char* labInterface = "vd-lab0";        // 198.51.100.1/24, default route metric 100
constexpr const char* otherInterface = "vd-lab2";      // 203.0.113.1/24, default route metric 500
constexpr const char* downInterface = "vd-lab4";       // down
constexpr const char* noAddressInterface = "vd-lab5";  // up, no IPv4

NetworkInterface labInterfaceNamed(const std::string& name)
{
    const auto interfaces = listInterfaces();
    REQUIRE(interfaces);
    const auto found = std::find_if(
        interfaces->begin(), interfaces->end(), [&name](const NetworkInterface& entry) { return entry.name == name; });
    INFO("interface " << name << " (run tests/core/net/neighbour-namespace-check.sh)");
    REQUIRE(found != interfaces->end());
    return *found;
}

const Neighbour* find(const std::vector<Neighbour>& neighbours, const std::string& address)
{
    const auto found = std::find_if(
        neighbours.begin(), neighbours.end(), [&address](const Neighbour& entry) { return entry.address == address; });
    return found == neighbours.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("the lab interfaces are listed with their MAC, flags and addresses", "[.netns][net-lab]")
{
    const NetworkInterface lab = labInterfaceNamed(labInterface);
    REQUIRE(lab.mac);
    CHECK(lab.mac->toString() == "02:00:5e:10:00:01");
    CHECK(lab.up);
    CHECK(lab.running);
    CHECK(lab.multicast);
    CHECK_FALSE(lab.loopback);
    REQUIRE(lab.ipv4.size() == 1);
    CHECK(lab.ipv4[0].addressString() == "198.51.100.1");
    CHECK(lab.ipv4[0].prefixLength == 24);
    CHECK(std::count(lab.ipv6.begin(), lab.ipv6.end(), std::string("fe80::5eff:fe10:1%vd-lab0")) == 1);
    CHECK(std::count(lab.ipv6.begin(), lab.ipv6.end(), std::string("2001:db8::1")) == 1);
    CHECK_FALSE(labInterfaceNamed(downInterface).up);
}

TEST_CASE("permanent IPv4 and IPv6 neighbours are read back from the kernel table", "[.netns][net-lab]")
{
    const unsigned index = labInterfaceNamed(labInterface).index;
    const auto neighbours = readNeighbours();
    REQUIRE(neighbours);

    const Neighbour* ipv4 = find(*neighbours, "198.51.100.99");
    REQUIRE(ipv4 != nullptr);
    CHECK(ipv4->family == AF_INET);
    CHECK(ipv4->mac.toString() == "02:00:5e:10:00:99");
    CHECK(ipv4->ifindex == index);
    CHECK(ipv4->state == NeighbourState::Permanent);

    const Neighbour* ipv6 = find(*neighbours, "2001:db8::99");
    REQUIRE(ipv6 != nullptr);
    CHECK(ipv6->family == AF_INET6);
    CHECK(ipv6->mac.toString() == "02:00:5e:10:00:66");
    CHECK(ipv6->state == NeighbourState::Permanent);

    const Neighbour* stale = find(*neighbours, "198.51.100.98");
    REQUIRE(stale != nullptr);
    CHECK(stale->state == NeighbourState::Stale);
}

TEST_CASE("the neighbour table is read for one interface only when asked", "[.netns][net-lab]")
{
    const unsigned other = labInterfaceNamed(otherInterface).index;
    const auto neighbours = readNeighbours(other);
    REQUIRE(neighbours);
    REQUIRE_FALSE(neighbours->empty());
    CHECK(find(*neighbours, "203.0.113.99") != nullptr);
    CHECK(find(*neighbours, "198.51.100.99") == nullptr);
    CHECK(std::all_of(
        neighbours->begin(), neighbours->end(), [other](const Neighbour& n) { return n.ifindex == other; }));
}

TEST_CASE("the default route with the lowest metric is read over rtnetlink and from /proc", "[.netns][net-lab]")
{
    const auto route = defaultRouteInterface();
    REQUIRE(route);
    CHECK(*route == labInterface);

    std::ifstream file("/proc/net/route");
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    CHECK(netlink::parseProcNetRoute(text.str()) == std::string(labInterface));
}

TEST_CASE("without a name the default route's interface is chosen; it must be up and have IPv4", "[.netns][net-lab]")
{
    const auto chosen = chooseInterface(std::nullopt);
    REQUIRE(chosen);
    CHECK(chosen->name == labInterface);
    REQUIRE(chosen->mac);
    CHECK(chosen->mac->toString() == "02:00:5e:10:00:01");

    const auto down = chooseInterface(std::string(downInterface));
    REQUIRE_FALSE(down);
    CHECK(down.error().code == NetCode::InterfaceDown);

    const auto noAddress = chooseInterface(std::string(noAddressInterface));
    REQUIRE_FALSE(noAddress);
    CHECK(noAddress.error().code == NetCode::NoIpv4Address);
}
