// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Fixtures and a fixed-seed mutator for the tests of the SSDP, UPnP and WS-Discovery parsers.

#include "core/util/Utf8.h"
#include "tests/core/TestData.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace voordeur::tests {

/// The bytes of a file under tests/data, exactly as stored.
inline std::string readTestData(const std::string& relativePath)
{
    return readFile(testDataPath(relativePath));
}

/// What every text the parsers hand out must be: valid UTF-8 without control characters.
inline bool isCleanText(std::string_view text)
{
    return core::isValidUtf8(text) && std::none_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
}

/// U+202E, with which a name can make the text beside it read backwards.
inline constexpr std::string_view kRightToLeftOverride = "\xe2\x80\xae";  // NOLINT(misc-misleading-bidirectional)

/// Derives damaged copies of a real message: bit flips, odd bytes, markup tokens, cuts and repeats.
/// The seed is fixed by each test, so a failure can be replayed.
class Mutator final
{
public:
    Mutator(std::string original, std::uint32_t seed)
        : m_original(std::move(original))
        , m_random(seed)
    { }

    std::string next()
    {
        std::string text = m_original;
        const std::size_t edits = pick(1, 4);
        for (std::size_t i = 0; i < edits; ++i) {
            edit(text);
        }
        return text;
    }

private:
    std::size_t pick(std::size_t low, std::size_t high)
    {
        return std::uniform_int_distribution<std::size_t>(low, high)(m_random);
    }

    std::size_t position(const std::string& text) { return text.empty() ? 0 : pick(0, text.size() - 1); }

    void edit(std::string& text)
    {
        static constexpr std::array<std::string_view, 24> tokens {"<", ">", "&", "\"", "'", std::string_view("\0", 1),
            "\xff", "\xc3", kRightToLeftOverride, "\r\n", "\n", ":", "]]>", "<![CDATA[", "%", "%25", "@", "[", "]",
            "::", "</device>", "<deviceList><device>", "&amp;", "&#1;"};
        switch (pick(0, 6)) {
        case 0:
            if (!text.empty()) {
                char& byte = text[position(text)];
                byte = static_cast<char>(static_cast<unsigned char>(byte) ^ (1U << pick(0, 7)));
            }
            break;
        case 1:
            if (!text.empty()) {
                text[position(text)] = static_cast<char>(pick(0, 255));
            }
            break;
        case 2:
            text.insert(position(text), tokens[pick(0, tokens.size() - 1)]);
            break;
        case 3:
            if (!text.empty()) {
                const std::size_t at = position(text);
                text.erase(at, pick(1, 32));
            }
            break;
        case 4:
            if (!text.empty()) {
                const std::size_t at = position(text);
                text.insert(position(text), text.substr(at, pick(1, 64)));
            }
            break;
        case 5:
            text.resize(position(text));
            break;
        default:
            if (text.size() >= 2) {
                std::swap(text[position(text)], text[position(text)]);
            }
            break;
        }
    }

    std::string m_original;
    std::mt19937 m_random;
};

}  // namespace voordeur::tests
