// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Txt.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using voordeur::core::dns::encodeTxt;
using voordeur::core::dns::findTxt;
using voordeur::core::dns::ParseCode;
using voordeur::core::dns::parseTxt;
using voordeur::core::dns::TxtEntry;

namespace {

std::vector<std::uint8_t> txtData(const std::vector<std::string>& strings)
{
    std::vector<std::uint8_t> rdata;
    for (const std::string& text : strings) {
        rdata.push_back(static_cast<std::uint8_t>(text.size()));
        for (const char c : text) {
            rdata.push_back(static_cast<std::uint8_t>(c));
        }
    }
    return rdata;
}

}  // namespace

TEST_CASE("TXT strings become DNS-SD attributes: boolean, empty and binary values", "[dns]")
{
    const auto entries = parseTxt(txtData({"txtvers=1", "Duplex", "note=", std::string("bin=\x00\xff=\n", 8)}));
    REQUIRE(entries);
    REQUIRE(entries->size() == 4);
    CHECK((*entries)[0] == TxtEntry {"txtvers", "1"});
    CHECK((*entries)[1] == TxtEntry {"Duplex", std::nullopt});
    CHECK((*entries)[2] == TxtEntry {"note", ""});
    CHECK((*entries)[3] == TxtEntry {"bin", std::string("\x00\xff=\n", 4)});
}

TEST_CASE("empty TXT strings and strings without a key are skipped", "[dns]")
{
    const auto entries = parseTxt(txtData({"", "=orphan", "a=1", ""}));
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().key == "a");

    const auto none = parseTxt(txtData({""}));
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("the first occurrence of a TXT key wins, keys compared ignoring case", "[dns]")
{
    const auto entries = parseTxt(txtData({"path=/setup", "Path=/ignored", "PATH", "other=x"}));
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->front() == TxtEntry {"path", "/setup"});
    REQUIRE(findTxt(*entries, "PaTh") != nullptr);
    CHECK(findTxt(*entries, "PaTh")->value == "/setup");
    CHECK(findTxt(*entries, "missing") == nullptr);
}

TEST_CASE("a TXT string running past the record data is refused", "[dns]")
{
    auto rdata = txtData({"a=1", "b=2"});
    rdata.pop_back();
    const auto entries = parseTxt(rdata);
    REQUIRE_FALSE(entries);
    CHECK(entries.error().code == ParseCode::BadRecordData);
}

TEST_CASE("TXT entries encode to length-prefixed strings, none to one empty string", "[dns]")
{
    const std::vector<TxtEntry> entries {{"a", "1"}, {"flag", std::nullopt}, {"empty", ""}};
    const auto rdata = encodeTxt(entries);
    REQUIRE(rdata);
    CHECK(*rdata == txtData({"a=1", "flag", "empty="}));
    const auto back = parseTxt(*rdata);
    REQUIRE(back);
    CHECK(*back == entries);

    CHECK(encodeTxt({}) == std::vector<std::uint8_t> {0});
}

TEST_CASE("TXT entries that cannot be one DNS-SD string are not encoded", "[dns]")
{
    CHECK(encodeTxt({{"k", std::string(253, 'v')}}));  // "k=" and 253 bytes: 255, the most one string holds
    CHECK_FALSE(encodeTxt({{"k", std::string(254, 'v')}}));
    CHECK_FALSE(encodeTxt({{"", "value"}}));
    CHECK_FALSE(encodeTxt({{"a=b", "c"}}));
}
