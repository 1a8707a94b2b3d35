// SPDX-License-Identifier: EUPL-1.2
#include "core/util/Utf8.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>

using voordeur::core::isValidUtf8;
using voordeur::core::toValidUtf8;

namespace {

// U+FFFD REPLACEMENT CHARACTER, `times` times.
std::string replaced(std::size_t times = 1)
{
    std::string text;
    for (std::size_t i = 0; i < times; ++i) {
        text += "\xEF\xBF\xBD";
    }
    return text;
}

}  // namespace

TEST_CASE("well-formed multi-byte UTF-8 is valid and comes back unchanged", "[utf8]")
{
    const std::string samples[] = {
        "", "plain ASCII",
        "Printer \xE2\x80\x94 Woonkamer \xE2\x98\x95",  // em dash, hot beverage: 3 bytes each
        "caf\xC3\xA9",                                  // 2 bytes
        "\xF0\x9F\x98\x80",                             // U+1F600: 4 bytes
        "\xEF\xBF\xBF",                                 // U+FFFF
        "\xEE\x80\x80",                                 // U+E000, just after the surrogates
        "\xED\x9F\xBF",                                 // U+D7FF, just before them
        "\xF4\x8F\xBF\xBF",                             // U+10FFFF, the last code point
    };
    for (const std::string& sample : samples) {
        INFO(sample);
        CHECK(isValidUtf8(sample));
        CHECK(toValidUtf8(sample) == sample);
    }
}

TEST_CASE("overlong encodings are not valid UTF-8", "[utf8]")
{
    for (const std::string_view overlong :
        {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF"}) {
        INFO(std::string(overlong));
        CHECK_FALSE(isValidUtf8(overlong));
    }
    CHECK(toValidUtf8("a\xC0\xAF"
                      "b")
        == "a" + replaced(2) + "b");
    CHECK(toValidUtf8("\xE0\x80\xAF") == replaced(3));
}

TEST_CASE("UTF-16 surrogates encoded in UTF-8 are not valid", "[utf8]")
{
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));              // U+D800
    CHECK_FALSE(isValidUtf8("\xED\xBF\xBF"));              // U+DFFF
    CHECK_FALSE(isValidUtf8("\xED\xA0\xBD\xED\xB8\x80"));  // a CESU-8 pair
    CHECK(toValidUtf8("\xED\xA0\x80") == replaced(3));
}

TEST_CASE("code points above U+10FFFF and bytes F5 to FF are not valid", "[utf8]")
{
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(isValidUtf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("\xF8\x88\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("\xFF"));
    CHECK_FALSE(isValidUtf8("\xFE"));
    CHECK(toValidUtf8("\xF4\x90\x80\x80") == replaced(4));
}

TEST_CASE("cut-off sequences and stray continuation bytes are not valid", "[utf8]")
{
    CHECK_FALSE(isValidUtf8("\xE2\x98"));
    CHECK_FALSE(isValidUtf8("\xF0\x9F\x98"));
    CHECK_FALSE(isValidUtf8("a\xC3"));
    CHECK_FALSE(isValidUtf8("\x80"));
    CHECK_FALSE(isValidUtf8("\xC3\xA9\xA9"));
    // One U+FFFD per maximal ill-formed subpart: a cut-off sequence is one.
    CHECK(toValidUtf8("\xE2\x98") == replaced());
    CHECK(toValidUtf8("a\xF0\x9F\x98"
                      "b")
        == "a" + replaced() + "b");
    CHECK(toValidUtf8("\xF0\x9F\x98\xE2\x98\x95") == replaced() + "\xE2\x98\x95");
    CHECK(toValidUtf8("\x80\x80") == replaced(2));
}

TEST_CASE("control characters are valid UTF-8 but never survive toValidUtf8", "[utf8]")
{
    const std::string withNul("a\0b", 3);
    CHECK(isValidUtf8(withNul));
    CHECK(isValidUtf8("line\nbreak"));
    CHECK(toValidUtf8(withNul) == "a" + replaced() + "b");
    CHECK(toValidUtf8("tab\there") == "tab" + replaced() + "here");
    CHECK(toValidUtf8("two\r\nlines") == "two" + replaced(2) + "lines");
    CHECK(toValidUtf8("\x1B[31mred") == replaced() + "[31mred");  // no terminal escapes
    CHECK(toValidUtf8("del\x7F") == "del" + replaced());
    CHECK(toValidUtf8("nel\xC2\x85") == "nel" + replaced());            // U+0085, a C1 control
    CHECK(toValidUtf8("\xC2\x9F\xC2\xA0") == replaced() + "\xC2\xA0");  // U+009F replaced, U+00A0 kept
}

TEST_CASE("bidirectional overrides and isolates never survive toValidUtf8", "[utf8]")
{
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "Printer\u202Efdp.exe" as "Printerexe.pdf".
    CHECK(toValidUtf8("Printer\xE2\x80\xAE"  // NOLINT(misc-misleading-bidirectional): the very case tested
                      "fdp.exe")
        == "Printer" + replaced() + "fdp.exe");
    // NOLINTNEXTLINE(misc-misleading-bidirectional): the very case tested
    CHECK(toValidUtf8("\xE2\x80\xAA\xE2\x81\xA6\xE2\x81\xA9") == replaced(3));  // U+202A, U+2066, U+2069
    CHECK(toValidUtf8("\xE2\x80\x8F") == "\xE2\x80\x8F");  // U+200F RIGHT-TO-LEFT MARK stays: it overrides nothing
}

TEST_CASE("whatever goes in, toValidUtf8 gives valid UTF-8 without control characters", "[utf8]")
{
    std::mt19937 random(3629);
    std::uniform_int_distribution<int> byte(0, 255);
    std::size_t bad = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text(std::uniform_int_distribution<std::size_t>(0, 64)(random), '\0');
        for (char& c : text) {
            c = static_cast<char>(byte(random));
        }
        const std::string clean = toValidUtf8(text);
        const bool hasControl = std::any_of(clean.begin(), clean.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x20 || u == 0x7F;
        });
        if (!isValidUtf8(clean) || hasControl || (isValidUtf8(text) && clean.size() < text.size())) {
            ++bad;
        }
    }
    CHECK(bad == 0);
}
