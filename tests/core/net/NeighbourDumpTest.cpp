// SPDX-License-Identifier: EUPL-1.2
#include "NetlinkTestBuffers.h"
#include "core/net/NeighbourTable.h"

#include <catch2/catch.hpp>

#include <sys/socket.h>

#include <algorithm>
#include <vector>

using voordeur::core::net::MacAddress;
using voordeur::core::net::Neighbour;
using voordeur::core::net::NeighbourState;
using voordeur::core::net::parseNeighbourDump;
using voordeur::tests::neighbourHeader;
using voordeur::tests::NetlinkBuffer;

namespace {

const std::vector<std::uint8_t> printerMac {0x00, 0x1e, 0xfc, 0x01, 0x02, 0x03};
const std::vector<std::uint8_t> phoneMac {0x46, 0x47, 0xcc, 0x0a, 0x0b, 0x0c};
const std::vector<std::uint8_t> printerIpv4 {192, 168, 1, 20};
const std::vector<std::uint8_t> phoneIpv6 {
    0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x44, 0x47, 0xcc, 0xff, 0xfe, 0x0a, 0x0b, 0x0c};

/// A dump of an IPv4 and an IPv6 neighbour on interface 2 as the kernel sends it.
NetlinkBuffer twoNeighbours()
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, printerIpv4)
        .attribute(NDA_LLADDR, printerMac)
        .u32Attribute(NDA_PROBES, 1);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET6, 2, NUD_STALE))
        .attribute(NDA_DST, phoneIpv6)
        .attribute(NDA_LLADDR, phoneMac);
    return buffer;
}

MacAddress macOf(const std::vector<std::uint8_t>& bytes)
{
    MacAddress mac;
    std::copy(bytes.begin(), bytes.end(), mac.bytes.begin());
    return mac;
}

std::vector<std::string> addressesOf(const std::vector<Neighbour>& neighbours)
{
    std::vector<std::string> addresses;
    for (const Neighbour& neighbour : neighbours) {
        addresses.push_back(neighbour.address);
    }
    return addresses;
}

}  // namespace

TEST_CASE("a neighbour dump yields IPv4 and IPv6 entries with their MAC, interface and state", "[net]")
{
    const auto neighbours = parseNeighbourDump(twoNeighbours().done().bytes(), std::nullopt);
    REQUIRE(neighbours.size() == 2);

    CHECK(neighbours[0].address == "192.168.1.20");
    CHECK(neighbours[0].family == AF_INET);
    CHECK(neighbours[0].mac == macOf(printerMac));
    CHECK(neighbours[0].ifindex == 2);
    CHECK(neighbours[0].state == NeighbourState::Reachable);

    CHECK(neighbours[1].address == "fe80::4447:ccff:fe0a:b0c");
    CHECK(neighbours[1].family == AF_INET6);
    CHECK(neighbours[1].mac == macOf(phoneMac));
    CHECK(neighbours[1].ifindex == 2);
    CHECK(neighbours[1].state == NeighbourState::Stale);
}

TEST_CASE("neighbour states map from the kernel's NUD values", "[net]")
{
    const std::vector<std::pair<std::uint16_t, NeighbourState>> states {{NUD_REACHABLE, NeighbourState::Reachable},
        {NUD_STALE, NeighbourState::Stale}, {NUD_DELAY, NeighbourState::Delay}, {NUD_PROBE, NeighbourState::Probe},
        {NUD_NOARP, NeighbourState::NoArp}, {NUD_PERMANENT, NeighbourState::Permanent},
        {NUD_NONE, NeighbourState::Unknown}};
    for (const auto& [nud, state] : states) {
        INFO("NUD " << nud);
        NetlinkBuffer buffer;
        buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 3, nud))
            .attribute(NDA_DST, printerIpv4)
            .attribute(NDA_LLADDR, printerMac);
        const auto neighbours = parseNeighbourDump(buffer.bytes(), std::nullopt);
        REQUIRE(neighbours.size() == 1);
        CHECK(neighbours[0].state == state);
    }
}

TEST_CASE("failed and incomplete neighbours are left out", "[net]")
{
    for (const std::uint16_t nud : {std::uint16_t {NUD_FAILED}, std::uint16_t {NUD_INCOMPLETE}}) {
        INFO("NUD " << nud);
        NetlinkBuffer buffer;
        buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 3, nud))
            .attribute(NDA_DST, printerIpv4)
            .attribute(NDA_LLADDR, printerMac);
        CHECK(parseNeighbourDump(buffer.bytes(), std::nullopt).empty());
    }
}

TEST_CASE("neighbours without a device's 6-byte hardware address are left out", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE)).attribute(NDA_DST, {10, 0, 0, 1});
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 2})
        .attribute(NDA_LLADDR, {1, 2, 3, 4, 5, 6, 7, 8});  // not Ethernet
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_NOARP))
        .attribute(NDA_DST, {10, 0, 0, 3})
        .attribute(NDA_LLADDR, {0, 0, 0, 0, 0, 0});
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE)).attribute(NDA_LLADDR, printerMac);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET6, 2, NUD_NOARP))
        .attribute(NDA_DST, {0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x16})
        .attribute(NDA_LLADDR, {0x33, 0x33, 0, 0, 0, 0x16});  // a multicast group
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 5})
        .attribute(NDA_LLADDR, printerMac);
    CHECK(addressesOf(parseNeighbourDump(buffer.bytes(), std::nullopt)) == std::vector<std::string> {"10.0.0.5"});
}

TEST_CASE("a destination whose length does not fit its family is left out", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, phoneIpv6)
        .attribute(NDA_LLADDR, printerMac);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET6, 2, NUD_REACHABLE))
        .attribute(NDA_DST, printerIpv4)
        .attribute(NDA_LLADDR, printerMac);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_BRIDGE, 2, NUD_REACHABLE))
        .attribute(NDA_DST, printerIpv4)
        .attribute(NDA_LLADDR, printerMac);
    CHECK(parseNeighbourDump(buffer.bytes(), std::nullopt).empty());
}

TEST_CASE("a neighbour dump can be limited to one interface", "[net]")
{
    NetlinkBuffer buffer = twoNeighbours();
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 5, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 9, 8, 7})
        .attribute(NDA_LLADDR, printerMac);
    const auto bytes = buffer.bytes();
    CHECK(parseNeighbourDump(bytes, std::nullopt).size() == 3);
    CHECK(addressesOf(parseNeighbourDump(bytes, 5U)) == std::vector<std::string> {"10.9.8.7"});
    CHECK(parseNeighbourDump(bytes, 2U).size() == 2);
    CHECK(parseNeighbourDump(bytes, 4U).empty());
}

TEST_CASE("parsing stops at NLMSG_DONE and skips other message types", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWROUTE, voordeur::tests::routeHeader(AF_INET, 0)).u32Attribute(RTA_OIF, 2);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 1})
        .attribute(NDA_LLADDR, printerMac);
    buffer.done();
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 2})
        .attribute(NDA_LLADDR, printerMac);
    CHECK(addressesOf(parseNeighbourDump(buffer.bytes(), std::nullopt)) == std::vector<std::string> {"10.0.0.1"});
}

TEST_CASE("a neighbour dump truncated at any offset yields only the complete entries before the cut", "[net]")
{
    NetlinkBuffer builder = twoNeighbours();
    const std::vector<std::uint8_t> full = builder.bytes();
    const std::size_t secondStart = builder.messageStarts().at(1);
    for (std::size_t length = 0; length <= full.size(); ++length) {
        INFO("truncated to " << length << " of " << full.size() << " bytes");
        // An exactly-sized copy, so the sanitizer build catches any read past the cut.
        const std::vector<std::uint8_t> truncated(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
        const auto neighbours = parseNeighbourDump(truncated, std::nullopt);
        const std::size_t expected = length == full.size() ? 2 : (length >= secondStart ? 1 : 0);
        REQUIRE(neighbours.size() == expected);
        if (expected >= 1) {
            CHECK(neighbours[0].address == "192.168.1.20");
        }
    }
}

TEST_CASE("an attribute whose length runs past its message drops that entry only", "[net]")
{
    NetlinkBuffer buffer;
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 1})
        .attribute(NDA_LLADDR, printerMac)
        .lyingAttribute(NDA_PROBES, 200, 4);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 2})
        .lyingAttribute(NDA_LLADDR, 2, 8);  // shorter than an attribute header
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 3})
        .attribute(NDA_LLADDR, printerMac);
    CHECK(addressesOf(parseNeighbourDump(buffer.bytes(), std::nullopt)) == std::vector<std::string> {"10.0.0.3"});
}

TEST_CASE("a message length that is too small or past the buffer ends the walk", "[net]")
{
    std::vector<std::uint8_t> bytes = twoNeighbours().bytes();
    SECTION("past the end")
    {
        const std::uint32_t tooLong = static_cast<std::uint32_t>(bytes.size()) + 4;
        std::memcpy(bytes.data(), &tooLong, sizeof(tooLong));
    }
    SECTION("shorter than a header")
    {
        const std::uint32_t tooShort = 8;
        std::memcpy(bytes.data(), &tooShort, sizeof(tooShort));
    }
    SECTION("zero, which would loop forever")
    {
        const std::uint32_t zero = 0;
        std::memcpy(bytes.data(), &zero, sizeof(zero));
    }
    CHECK(parseNeighbourDump(bytes, std::nullopt).empty());
}

TEST_CASE("a neighbour message too short for its fixed header is skipped", "[net]")
{
    NetlinkBuffer buffer;
    const std::uint32_t stub = 0;
    buffer.begin(RTM_NEWNEIGH, stub);
    buffer.begin(RTM_NEWNEIGH, neighbourHeader(AF_INET, 2, NUD_REACHABLE))
        .attribute(NDA_DST, {10, 0, 0, 1})
        .attribute(NDA_LLADDR, printerMac);
    CHECK(addressesOf(parseNeighbourDump(buffer.bytes(), std::nullopt)) == std::vector<std::string> {"10.0.0.1"});
}

TEST_CASE("a neighbour dump need not be aligned in memory", "[net]")
{
    const std::vector<std::uint8_t> aligned = twoNeighbours().bytes();
    std::vector<std::uint8_t> shifted(aligned.size() + 1);
    std::copy(aligned.begin(), aligned.end(), shifted.begin() + 1);
    const auto neighbours = parseNeighbourDump(std::span(shifted).subspan(1), std::nullopt);
    CHECK(addressesOf(neighbours) == std::vector<std::string> {"192.168.1.20", "fe80::4447:ccff:fe0a:b0c"});
}
