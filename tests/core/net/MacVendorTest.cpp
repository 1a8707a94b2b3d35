// SPDX-License-Identifier: EUPL-1.2
#include "core/net/MacVendor.h"

#include <catch2/catch.hpp>

#include <string>

using voordeur::core::net::lookupMacVendor;
using voordeur::core::net::MacAddress;
using voordeur::core::net::macVendorTableSize;

namespace {

// The expected names are those registered in Debian 12's ieee-data (20220827.1).
std::string vendorOf(std::string_view mac, int expectedPrefixBits)
{
    const auto address = MacAddress::parse(mac);
    REQUIRE(address);
    const auto vendor = lookupMacVendor(*address);
    REQUIRE(vendor);
    CHECK(vendor->prefixBits == expectedPrefixBits);
    return std::string(vendor->organization);
}

}  // namespace

TEST_CASE("MA-L blocks give the registered organisation of well-known home-device makers", "[oui]")
{
    CHECK(vendorOf("44:47:cc:12:34:56", 24) == "Hangzhou Hikvision Digital Technology Co.,Ltd.");
    CHECK(vendorOf("bc:05:43:00:00:01", 24) == "AVM GmbH");
    CHECK(vendorOf("98:9b:cb:ff:ff:ff", 24) == "AVM Audiovisuelles Marketing und Computersysteme GmbH");
    CHECK(vendorOf("54:2a:1b:aa:bb:cc", 24) == "Sonos, Inc.");
    CHECK(vendorOf("24:6f:28:00:00:00", 24) == "Espressif Inc.");
    CHECK(vendorOf("00:d0:ef:01:02:03", 24) == "IGT");  // the first entry of oui.csv
}

TEST_CASE("MA-M and MA-S blocks give their own organisation", "[oui]")
{
    CHECK(vendorOf("74:1a:e0:31:22:33", 28) == "Philips Personal Health Solutions");
    CHECK(vendorOf("20:85:93:b1:22:33", 28) == "IOG Products LLC");
    CHECK(vendorOf("70:b3:d5:f2:f1:23", 36) == "TELEPLATFORMS");
    CHECK(vendorOf("70:b3:d5:71:9f:ff", 36) == "2M Technology");
}

TEST_CASE("the longest registered prefix wins over the block it was carved from", "[oui]")
{
    // 70:B3:D5 is the MA-L block the IEEE Registration Authority divides into MA-S blocks.
    CHECK(vendorOf("70:b3:d5:f2:f0:00", 36) == "TELEPLATFORMS");
    CHECK(vendorOf("70:b3:d5:f3:00:00", 36) != "TELEPLATFORMS");
    // 74:1A:E0 is an MA-L block divided into MA-M blocks.
    CHECK(vendorOf("74:1a:e0:3f:ff:ff", 28) == "Philips Personal Health Solutions");
    CHECK(vendorOf("74:1a:e0:90:00:00", 28) == "Private");
}

TEST_CASE("the older IAB registry is included as 36-bit blocks", "[oui]")
{
    CHECK(vendorOf("00:50:c2:7d:50:01", 36) == "DEUTA-WERKE GmbH");
    CHECK(vendorOf("40:d8:55:11:c0:01", 36) == "DEUTA-WERKE GmbH");
}

TEST_CASE("organisation names are unquoted and trimmed as registered", "[oui]")
{
    CHECK(vendorOf("00:1e:fc:00:00:01", 24) == "JSC \"MASSA-K\"");
    CHECK(vendorOf("00:1e:cb:00:00:01", 24) == "\"RPC \"Energoautomatika\" Ltd");
    CHECK(vendorOf("f0:41:c8:c0:00:01", 28) == "Shanghai Think-Force Electronic Technology Co. Ltd");
    CHECK(vendorOf("84:8b:cd:60:00:01", 28) == "TWTG R&D B.V.");
    CHECK(vendorOf("f4:bd:9e:00:00:01", 24) == "Cisco Systems, Inc");
    CHECK(vendorOf("00:50:c2:b1:f0:00", 36) == "Atlas Copco IAS GmbH");
    CHECK(vendorOf("74:1a:e0:70:00:00", 28) == "B\xC3\x84R Bahnsicherung AG");  // UTF-8 kept as is
}

TEST_CASE("the vendor table holds every registry of ieee-data", "[oui]")
{
    CHECK(macVendorTableSize() > 30'000);
    // 32,530 MA-L + 4,390 MA-M + 5,029 MA-S + 4,575 IAB rows, minus three duplicate MA-L rows.
    CHECK(macVendorTableSize() > 46'000);
}

TEST_CASE("locally administered and unregistered addresses have no vendor", "[oui]")
{
    // 46:47:cc is 44:47:cc (Hikvision) with the locally administered bit set.
    CHECK_FALSE(lookupMacVendor(*MacAddress::parse("46:47:cc:12:34:56")));
    CHECK_FALSE(lookupMacVendor(*MacAddress::parse("da:a1:19:00:00:01")));
    CHECK_FALSE(lookupMacVendor(*MacAddress::parse("01:00:5e:00:00:fb")));  // IPv4 multicast
    CHECK_FALSE(lookupMacVendor(*MacAddress::parse("ff:ff:ff:ff:ff:ff")));
}
