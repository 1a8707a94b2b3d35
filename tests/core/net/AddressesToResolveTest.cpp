// SPDX-License-Identifier: EUPL-1.2
#include "core/net/NeighbourTable.h"

#include <catch2/catch.hpp>

#include <algorithm>

using voordeur::core::net::addressesToResolve;
using voordeur::core::net::Ipv4Network;
using voordeur::core::net::ipv4ToString;
using voordeur::core::net::parseIpv4;

namespace {

std::uint32_t ip(std::string_view text)
{
    const auto address = parseIpv4(text);
    REQUIRE(address);
    return *address;
}

Ipv4Network network(std::string_view address, int prefixLength)
{
    return Ipv4Network {ip(address), prefixLength};
}

bool contains(const std::vector<std::uint32_t>& addresses, std::string_view address)
{
    return std::binary_search(addresses.begin(), addresses.end(), ip(address));
}

std::vector<std::string> texts(const std::vector<std::uint32_t>& addresses)
{
    std::vector<std::string> result;
    std::transform(addresses.begin(), addresses.end(), std::back_inserter(result), ipv4ToString);
    return result;
}

}  // namespace

TEST_CASE("a /24 yields its 253 other hosts, without network, broadcast and own address", "[net]")
{
    const auto addresses = addressesToResolve(network("192.168.1.10", 24), ip("192.168.1.10"));
    CHECK(addresses.size() == 253);
    CHECK(std::is_sorted(addresses.begin(), addresses.end()));
    CHECK(addresses.front() == ip("192.168.1.1"));
    CHECK(addresses.back() == ip("192.168.1.254"));
    CHECK_FALSE(contains(addresses, "192.168.1.0"));
    CHECK_FALSE(contains(addresses, "192.168.1.10"));
    CHECK_FALSE(contains(addresses, "192.168.1.255"));
    CHECK(contains(addresses, "192.168.1.9"));
    CHECK(contains(addresses, "192.168.1.11"));
}

TEST_CASE("a /22 yields all 1021 other hosts across its four /24s", "[net]")
{
    const auto addresses = addressesToResolve(network("10.1.6.77", 22), ip("10.1.6.77"));
    CHECK(addresses.size() == 1021);
    CHECK(addresses.front() == ip("10.1.4.1"));
    CHECK(addresses.back() == ip("10.1.7.254"));
    CHECK(contains(addresses, "10.1.5.255"));  // an ordinary host inside a /22
    CHECK(contains(addresses, "10.1.6.0"));
}

TEST_CASE("a /16 is narrowed to the /22 around the own address", "[net]")
{
    const auto addresses = addressesToResolve(network("172.16.9.50", 16), ip("172.16.9.50"));
    // 172.16.8.0-172.16.11.255 are all hosts of the /16, so only the own address drops out.
    CHECK(addresses.size() == 1023);
    CHECK(addresses.front() == ip("172.16.8.0"));
    CHECK(addresses.back() == ip("172.16.11.255"));
    CHECK_FALSE(contains(addresses, "172.16.9.50"));
    CHECK_FALSE(contains(addresses, "172.16.7.255"));
    CHECK_FALSE(contains(addresses, "172.16.12.0"));
}

TEST_CASE("a narrowed block at the edge of its subnet still leaves out the network address", "[net]")
{
    const auto low = addressesToResolve(network("10.0.0.7", 16), ip("10.0.0.7"));
    CHECK(low.size() == 1022);
    CHECK(low.front() == ip("10.0.0.1"));
    const auto high = addressesToResolve(network("10.0.255.1", 16), ip("10.0.255.1"));
    CHECK(high.size() == 1022);
    CHECK(high.back() == ip("10.0.255.254"));
}

TEST_CASE("the widest prefix to enumerate can be chosen", "[net]")
{
    CHECK(addressesToResolve(network("192.168.1.10", 16), ip("192.168.1.10"), 24).size() == 255);
    CHECK(addressesToResolve(network("192.168.1.10", 24), ip("192.168.1.10"), 16).size() == 253);
}

TEST_CASE("a /30 yields its one other host", "[net]")
{
    CHECK(
        texts(addressesToResolve(network("192.0.2.5", 30), ip("192.0.2.5"))) == std::vector<std::string> {"192.0.2.6"});
}

TEST_CASE("a /31 point-to-point link yields the peer", "[net]")
{
    CHECK(
        texts(addressesToResolve(network("192.0.2.4", 31), ip("192.0.2.4"))) == std::vector<std::string> {"192.0.2.5"});
    CHECK(
        texts(addressesToResolve(network("192.0.2.5", 31), ip("192.0.2.5"))) == std::vector<std::string> {"192.0.2.4"});
}

TEST_CASE("a /32 and impossible prefixes yield nothing", "[net]")
{
    CHECK(addressesToResolve(network("192.0.2.5", 32), ip("192.0.2.5")).empty());
    CHECK(addressesToResolve(network("192.0.2.5", 33), ip("192.0.2.5")).empty());
    CHECK(addressesToResolve(network("192.0.2.5", -1), ip("192.0.2.5")).empty());
}

TEST_CASE("an own address outside the subnet is no reason to look elsewhere", "[net]")
{
    const auto addresses = addressesToResolve(network("10.0.5.1", 16), ip("192.168.1.1"));
    CHECK(addresses.size() == 1024);
    CHECK(addresses.front() == ip("10.0.4.0"));
}

TEST_CASE("IPv4 addresses print and parse as dotted quads in host byte order", "[net]")
{
    CHECK(ipv4ToString(0xC0A8010AU) == "192.168.1.10");
    CHECK(ipv4ToString(0) == "0.0.0.0");
    CHECK(ipv4ToString(0xFFFFFFFFU) == "255.255.255.255");
    CHECK(parseIpv4("192.168.1.10") == 0xC0A8010AU);
    CHECK(Ipv4Network {0xC0A8010AU, 24}.addressString() == "192.168.1.10");
    CHECK(Ipv4Network {0xC0A8010AU, 24}.netmask() == 0xFFFFFF00U);
    CHECK(Ipv4Network {0xC0A8010AU, 0}.netmask() == 0U);
    CHECK(Ipv4Network {0xC0A8010AU, 32}.netmask() == 0xFFFFFFFFU);
    for (const char* bad :
        {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "01.2.3.4", "1.2.3.4 ", "a.b.c.d", "1..2.3"}) {
        INFO(bad);
        CHECK_FALSE(parseIpv4(bad));
    }
}
