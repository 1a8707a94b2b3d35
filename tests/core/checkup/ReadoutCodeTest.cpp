// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/ReadoutCode.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using voordeur::core::checkup::maxReadoutCount;
using voordeur::core::checkup::parseReadoutCode;
using voordeur::core::checkup::readoutCode;
using voordeur::core::checkup::readoutCodeValid;
using voordeur::core::checkup::ReadoutParts;

namespace {

// Worked out by hand from the algorithm in ReadoutCode.h (and by an independent script).
const std::vector<std::pair<ReadoutParts, std::string>> kKnown = {
    {{"K7Q2M9X4", 3, 5, 12}, "K7Q2-M9X4-3-5-12-Z"},
    {{"00000000", 0, 0, 0}, "0000-0000-0-0-0-J"},
    {{"ZZZZZZZZ", 9999, 9999, 9999}, "ZZZZ-ZZZZ-9999-9999-9999-W"},
    {{"0123ABCD", 1, 0, 7}, "0123-ABCD-1-0-7-7"},
};

std::vector<std::string> sampleCodes()
{
    std::vector<std::string> codes;
    for (const auto& [parts, code] : kKnown) {
        codes.push_back(code);
    }
    const std::vector<ReadoutParts> more = {
        {"VQ4ZN7H1", 0, 10, 100},
        {"1A2B3C4D", 12, 34, 56},
        {"XXYYZZ00", 7, 70, 707},
        {"S0S0S0S0", 1001, 10, 1},
        {"PMJ8W2DE", 19, 91, 1910},
        {"ABCDEFGH", 0, 1, 0},
    };
    for (const ReadoutParts& parts : more) {
        codes.push_back(readoutCode(parts.checkupId, parts.urgent, parts.important, parts.advice));
        // The same with the id in one group, which the helpdesk may type.
        std::string joined = codes.back();
        joined.erase(4, 1);
        codes.push_back(joined);
    }
    return codes;
}

}  // namespace

TEST_CASE("The read-out code is the id in two groups, the three counts and a check character", "[checkup][readout]")
{
    for (const auto& [parts, code] : kKnown) {
        CHECK(readoutCode(parts.checkupId, parts.urgent, parts.important, parts.advice) == code);
        CHECK(readoutCodeValid(code));
    }
}

TEST_CASE("A read-out code reads back to the id and counts it was made from", "[checkup][readout]")
{
    for (const auto& [parts, code] : kKnown) {
        const auto read = parseReadoutCode(code);
        REQUIRE(read);
        CHECK(*read == parts);
    }
    const auto code = readoutCode("k7q2m9x4", 3, 5, 12);
    CHECK(code == "K7Q2-M9X4-3-5-12-Z");
}

TEST_CASE("Counts out of range are clamped and a bad id gives no code", "[checkup][readout]")
{
    CHECK(readoutCode("K7Q2M9X4", -4, 5, 123456) == readoutCode("K7Q2M9X4", 0, 5, maxReadoutCount));
    CHECK(readoutCode("K7Q2M9X", 1, 2, 3).empty());
    CHECK(readoutCode("K7Q2M9X4A", 1, 2, 3).empty());
    CHECK(readoutCode("K7Q2M9XU", 1, 2, 3).empty());
    CHECK(readoutCode("K7Q2-M9X", 1, 2, 3).empty());
}

TEST_CASE("Parsing forgives case, spaces for dashes and Crockford's look-alikes", "[checkup][readout]")
{
    const ReadoutParts expected {"K7Q2M9X4", 3, 5, 12};
    for (const char* typed : {"K7Q2-M9X4-3-5-12-Z", "k7q2-m9x4-3-5-12-z", "K7Q2 M9X4 3 5 12 Z",
             "  K7Q2 M9X4-3 5-12 Z\n", "K7Q2M9X4-3-5-12-Z", "k7q2m9x4 3 5 12 z"}) {
        INFO(typed);
        const auto read = parseReadoutCode(typed);
        REQUIRE(read);
        CHECK(*read == expected);
    }

    const std::string withZeroAndOne = readoutCode("0I0LOO11", 1, 0, 0);
    CHECK(withZeroAndOne.substr(0, 9) == "0101-0011");
    for (const char* typed : {"O1O1-OO11", "0i0l-0o1I", "oLoI-00Li"}) {
        const std::string code = std::string(typed) + withZeroAndOne.substr(9);
        INFO(code);
        const auto read = parseReadoutCode(code);
        REQUIRE(read);
        CHECK(read->checkupId == "01010011");
    }
}

TEST_CASE("Malformed read-out codes are refused", "[checkup][readout]")
{
    for (const char* bad : {"", "K7Q2-M9X4-3-5-12", "K7Q2-M9X4-3-5-12-Z-1", "K7Q2--M9X4-3-5-12-Z",
             "K7Q2-M9X4-3--5-12-Z", "K7Q2-M9X4-03-5-12-Z", "K7Q2-M9X4-3-5-12-ZZ", "K7Q-2M9X4-3-5-12-Z",
             "K7Q2-M9X4-3-5-12 -Z", "K7Q2-M9X4-3-5-1O-Z", "K7Q2-M9X4-3-5-12-U", "K7Q2-M9X4-3-5-+12-Z",
             "K7Q2-M9X4-3-5-10000-Z", "K7Q2_M9X4-3-5-12-Z", "K7Q2-M9X4-3-5-13-Z"}) {
        INFO(bad);
        CHECK_FALSE(readoutCodeValid(bad));
    }
}

TEST_CASE("Every single-character change of a read-out code is detected", "[checkup][readout]")
{
    for (const std::string& code : sampleCodes()) {
        const auto original = parseReadoutCode(code);
        REQUIRE(original);
        for (std::size_t at = 0; at < code.size(); ++at) {
            for (int c = 0x20; c < 0x7F; ++c) {
                std::string changed = code;
                changed[at] = static_cast<char>(c);
                if (changed == code) {
                    continue;
                }
                // A change may give the same code in another spelling ('-' for ' ', 'o' for '0'),
                // never another valid code.
                const auto read = parseReadoutCode(changed);
                if (read) {
                    INFO(code << " -> " << changed);
                    CHECK(*read == *original);
                }
            }
        }
    }
}

TEST_CASE("Every adjacent transposition of a read-out code is detected", "[checkup][readout]")
{
    for (const std::string& code : sampleCodes()) {
        const auto original = parseReadoutCode(code);
        REQUIRE(original);
        int changedCodes = 0;
        for (std::size_t at = 0; at + 1 < code.size(); ++at) {
            std::string swapped = code;
            std::swap(swapped[at], swapped[at + 1]);
            if (swapped == code) {
                continue;
            }
            ++changedCodes;
            INFO(code << " -> " << swapped);
            CHECK_FALSE(readoutCodeValid(swapped));
        }
        CHECK(changedCodes > 0);
    }
}

TEST_CASE("Every code of a small id space and count range round-trips", "[checkup][readout]")
{
    for (const char* id : {"00000000", "ZZZZZZZZ", "K7Q2M9X4", "1Z2Y3X4W"}) {
        for (int urgent = 0; urgent <= 12; ++urgent) {
            for (int important = 0; important <= 12; ++important) {
                for (int advice : {0, 1, 9, 10, 99, 100, 999, 1000, 9999}) {
                    const auto code = readoutCode(id, urgent, important, advice);
                    const auto read = parseReadoutCode(code);
                    REQUIRE(read);
                    CHECK(*read == ReadoutParts {id, urgent, important, advice});
                }
            }
        }
    }
}
