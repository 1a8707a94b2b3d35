// SPDX-License-Identifier: EUPL-1.2
#include "core/util/Utf8.h"

#include <cstddef>
#include <cstdint>

namespace voordeur::core {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// One step through UTF-8: a code point and its length, or the length of a maximal ill-formed subpart.
struct Decoded {
    char32_t codePoint;
    std::size_t length;
    bool valid;
};

std::uint8_t byteAt(std::string_view text, std::size_t pos)
{
    return static_cast<std::uint8_t>(text[pos]);
}

// Follows Unicode Table 3-7 (well-formed byte sequences): the lead byte decides the length and the range
// allowed for the second byte, which is what excludes overlongs, surrogates and values above U+10FFFF.
Decoded decode(std::string_view text, std::size_t pos)
{
    const std::uint8_t lead = byteAt(text, pos);
    if (lead < 0x80) {
        return {lead, 1, true};
    }
    std::size_t length = 0;
    std::uint8_t low = 0x80;
    std::uint8_t high = 0xBF;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1FU;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0FU;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07U;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {0, 1, false};
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= text.size()) {
            return {0, i, false};
        }
        const std::uint8_t next = byteAt(text, pos + i);
        if (next < low || next > high) {
            return {0, i, false};
        }
        codePoint = (codePoint << 6U) | (next & 0x3FU);
        low = 0x80;
        high = 0xBF;
    }
    return {codePoint, length, true};
}

bool mustNotBeShown(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

bool isValidUtf8(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const Decoded step = decode(text, pos);
        if (!step.valid) {
            return false;
        }
        pos += step.length;
    }
    return true;
}

std::string toValidUtf8(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Decoded step = decode(text, pos);
        if (step.valid && !mustNotBeShown(step.codePoint)) {
            result.append(text.substr(pos, step.length));
        } else {
            result.append(kReplacement);
        }
        pos += step.length;
    }
    return result;
}

}  // namespace voordeur::core
