// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/ReadoutCode.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace voordeur::core::checkup {

namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kIdLength = 8;
constexpr std::size_t kMaxCountDigits = 4;  // maxReadoutCount has four
constexpr unsigned kSeparatorSymbol = 10;

/// The Crockford value of a character, with lower case and the look-alikes O, I and L.
std::optional<unsigned> crockfordValue(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
    }
    if (c == 'O') {
        c = '0';
    } else if (c == 'I' || c == 'L') {
        c = '1';
    }
    const auto at = kCrockford.find(c);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    return static_cast<unsigned>(at);
}

/// α·x in GF(32) with the primitive polynomial x⁵ + x² + 1.
unsigned timesAlpha(unsigned x)
{
    x <<= 1;
    if ((x & 0x20U) != 0) {
        x ^= 0x25U;
    }
    return x;
}

std::string decimal(int count)
{
    return std::to_string(std::clamp(count, 0, maxReadoutCount));
}

/// The check value of the canonical id (8 values) and the counts' decimal text.
unsigned checkValue(const std::array<unsigned, kIdLength>& id, const std::array<std::string, 3>& counts)
{
    unsigned r = 0;
    for (const unsigned value : id) {
        r = timesAlpha(r) ^ value;
    }
    for (const std::string& count : counts) {
        r = timesAlpha(r) ^ kSeparatorSymbol;
        for (const char digit : count) {
            r = timesAlpha(r) ^ static_cast<unsigned>(digit - '0');
        }
    }
    return timesAlpha(r);
}

bool isSeparator(char c)
{
    return c == '-' || c == ' ';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// A count: 1 to 4 decimal digits, no leading zero.
std::optional<int> countValue(std::string_view text)
{
    if (text.empty() || text.size() > kMaxCountDigits || (text.size() > 1 && text.front() == '0')) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::string readoutCode(std::string_view checkupId, int urgent, int important, int advice)
{
    if (checkupId.size() != kIdLength) {
        return {};
    }
    std::array<unsigned, kIdLength> id {};
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto value = crockfordValue(checkupId[i]);
        if (!value) {
            return {};
        }
        id[i] = *value;
    }
    const std::array<std::string, 3> counts = {decimal(urgent), decimal(important), decimal(advice)};

    std::string code;
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (i == 4) {
            code += '-';
        }
        code += kCrockford[id[i]];
    }
    for (const std::string& count : counts) {
        code += '-';
        code += count;
    }
    code += '-';
    code += kCrockford[checkValue(id, counts)];
    return code;
}

std::optional<ReadoutParts> parseReadoutCode(std::string_view code)
{
    while (!code.empty() && isSpace(code.front())) {
        code.remove_prefix(1);
    }
    while (!code.empty() && isSpace(code.back())) {
        code.remove_suffix(1);
    }
    if (code.size() > 64) {
        return std::nullopt;
    }
    // Exactly one separator between groups: an empty group is an error, not a typing habit.
    std::vector<std::string_view> groups;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= code.size(); ++i) {
        if (i == code.size() || isSeparator(code[i])) {
            groups.push_back(code.substr(start, i - start));
            start = i + 1;
        }
    }
    std::string idText;
    std::size_t next = 0;
    if (groups.size() == 6 && groups[0].size() == 4 && groups[1].size() == 4) {
        idText = std::string(groups[0]) + std::string(groups[1]);
        next = 2;
    } else if (groups.size() == 5 && groups[0].size() == kIdLength) {
        idText = std::string(groups[0]);
        next = 1;
    } else {
        return std::nullopt;
    }

    std::array<unsigned, kIdLength> id {};
    ReadoutParts parts;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto value = crockfordValue(idText[i]);
        if (!value) {
            return std::nullopt;
        }
        id[i] = *value;
        parts.checkupId += kCrockford[*value];
    }
    std::array<std::string, 3> counts;
    std::array<int*, 3> targets = {&parts.urgent, &parts.important, &parts.advice};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const auto value = countValue(groups[next + i]);
        if (!value) {
            return std::nullopt;
        }
        *targets[i] = *value;
        counts[i] = std::string(groups[next + i]);
    }
    const std::string_view checkText = groups[next + 3];
    if (checkText.size() != 1) {
        return std::nullopt;
    }
    const auto check = crockfordValue(checkText.front());
    if (!check || *check != checkValue(id, counts)) {
        return std::nullopt;
    }
    return parts;
}

bool readoutCodeValid(std::string_view code)
{
    return parseReadoutCode(code).has_value();
}

}  // namespace voordeur::core::checkup
