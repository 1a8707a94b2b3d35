// SPDX-License-Identifier: EUPL-1.2
#include "core/net/MacAddress.h"

#include <catch2/catch.hpp>

#include <map>

using voordeur::core::net::MacAddress;

namespace {

MacAddress mac(std::string_view text)
{
    const auto parsed = MacAddress::parse(text);
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("a MAC address is printed as six lower-case colon-separated hex pairs", "[net]")
{
    const MacAddress address {{0x00, 0x1A, 0x2B, 0xC3, 0xD4, 0xEF}};
    CHECK(address.toString() == "00:1a:2b:c3:d4:ef");
    CHECK(MacAddress {}.toString() == "00:00:00:00:00:00");
}

TEST_CASE("a MAC address is parsed with colons, dashes or no separators, in any case", "[net]")
{
    const MacAddress expected {{0xAA, 0xBB, 0xCC, 0x01, 0x02, 0xFF}};
    CHECK(mac("aa:bb:cc:01:02:ff") == expected);
    CHECK(mac("AA:BB:CC:01:02:FF") == expected);
    CHECK(mac("Aa-bB-cc-01-02-Ff") == expected);
    CHECK(mac("aabbcc0102ff") == expected);
    CHECK(mac("AABBCC0102FF") == expected);
    CHECK(mac(expected.toString()) == expected);
}

TEST_CASE("malformed MAC addresses are rejected", "[net]")
{
    for (const char* text : {"", "aa:bb:cc:dd:ee", "aa:bb:cc:dd:ee:ff:00", "aa:bb:cc:dd:ee:fg", "aa:bb-cc:dd:ee:ff",
             "aa.bb.cc.dd.ee.ff", "aabb.ccdd.eeff", "a:b:c:d:e:f", "aabbccddeef", "aabbccddeeff0", " aa:bb:cc:dd:ee:ff",
             "aa:bb:cc:dd:ee:ff ", "aa::bb:cc:dd:ee:f", "+a:bb:cc:dd:ee:ff"}) {
        INFO(text);
        CHECK_FALSE(MacAddress::parse(text));
    }
}

TEST_CASE("the locally administered bit marks randomised addresses", "[net]")
{
    CHECK_FALSE(mac("00:1a:2b:3c:4d:5e").locallyAdministered());
    CHECK(mac("02:1a:2b:3c:4d:5e").locallyAdministered());
    CHECK(mac("da:a1:19:00:00:01").locallyAdministered());  // a typical private Wi-Fi address
    CHECK_FALSE(mac("fc:00:00:00:00:01").locallyAdministered());
}

TEST_CASE("the group bit marks multicast and broadcast addresses", "[net]")
{
    CHECK(mac("01:00:5e:00:00:fb").multicast());
    CHECK(mac("33:33:00:00:00:01").multicast());
    CHECK(mac("ff:ff:ff:ff:ff:ff").multicast());
    CHECK_FALSE(mac("00:1a:2b:3c:4d:5e").multicast());
    CHECK_FALSE(mac("02:00:00:00:00:01").multicast());
}

TEST_CASE("MAC addresses order by their bytes and can key a map", "[net]")
{
    CHECK(mac("00:00:00:00:00:01") < mac("00:00:00:00:00:02"));
    CHECK(mac("00:ff:ff:ff:ff:ff") < mac("01:00:00:00:00:00"));
    CHECK(mac("aa:bb:cc:dd:ee:ff") != mac("aa:bb:cc:dd:ee:fe"));
    std::map<MacAddress, int> byMac {{mac("00:00:00:00:00:02"), 2}, {mac("00:00:00:00:00:01"), 1}};
    CHECK(byMac.begin()->second == 1);
}
