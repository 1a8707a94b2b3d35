// SPDX-License-Identifier: EUPL-1.2
#include "core/net/NetworkInterfaces.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using voordeur::core::net::chooseInterface;
using voordeur::core::net::listInterfaces;
using voordeur::core::net::NetCode;
using voordeur::core::net::NetworkInterface;

// Reading interfaces sends nothing, so these run in whatever network namespace the tests run in.

TEST_CASE("the loopback interface is listed as lo with 127.0.0.1/8", "[net]")
{
    const auto interfaces = listInterfaces();
    REQUIRE(interfaces);
    const auto lo = std::find_if(
        interfaces->begin(), interfaces->end(), [](const NetworkInterface& entry) { return entry.name == "lo"; });
    REQUIRE(lo != interfaces->end());
    CHECK(lo->loopback);
    CHECK(lo->up);
    CHECK(lo->index > 0);
    CHECK_FALSE(lo->mac);
    REQUIRE_FALSE(lo->ipv4.empty());
    CHECK(lo->ipv4.front().addressString() == "127.0.0.1");
    CHECK(lo->ipv4.front().prefixLength == 8);
}

TEST_CASE("interfaces are listed once each, ordered by index", "[net]")
{
    const auto interfaces = listInterfaces();
    REQUIRE(interfaces);
    std::set<std::string> names;
    for (const NetworkInterface& entry : *interfaces) {
        INFO(entry.name);
        CHECK(entry.index > 0);
        CHECK(entry.name.find(':') == std::string::npos);
        CHECK(names.insert(entry.name).second);
        for (const std::string& address : entry.ipv6) {
            if (address.rfind("fe80:", 0) == 0) {
                CHECK(address.substr(address.find('%')) == "%" + entry.name);
            }
        }
    }
    CHECK(std::is_sorted(interfaces->begin(), interfaces->end(),
        [](const NetworkInterface& left, const NetworkInterface& right) { return left.index < right.index; }));
}

TEST_CASE("an interface can be chosen by name if it exists, is up and has IPv4", "[net]")
{
    const auto lo = chooseInterface(std::string("lo"));
    REQUIRE(lo);
    CHECK(lo->name == "lo");

    const auto missing = chooseInterface(std::string("vd-no-such-if"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == NetCode::NoSuchInterface);
    CHECK(missing.error().detail == "vd-no-such-if");
}
