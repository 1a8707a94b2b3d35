// SPDX-License-Identifier: EUPL-1.2
#include "core/net/MacAddress.h"

namespace voordeur::core::net {

namespace {

std::optional<std::uint8_t> hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return static_cast<std::uint8_t>(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return static_cast<std::uint8_t>(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return static_cast<std::uint8_t>(c - 'A' + 10);
    }
    return std::nullopt;
}

}  // namespace

std::string MacAddress::toString() const
{
    static constexpr std::string_view digits = "0123456789abcdef";
    std::string text;
    text.reserve(17);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i != 0) {
            text += ':';
        }
        text += digits[bytes[i] >> 4U];
        text += digits[bytes[i] & 0x0FU];
    }
    return text;
}

std::optional<MacAddress> MacAddress::parse(std::string_view text)
{
    std::size_t stride = 0;
    char separator = '\0';
    if (text.size() == 12) {
        stride = 2;
    } else if (text.size() == 17 && (text[2] == ':' || text[2] == '-')) {
        stride = 3;
        separator = text[2];
    } else {
        return std::nullopt;
    }

    MacAddress mac;
    for (std::size_t i = 0; i < mac.bytes.size(); ++i) {
        const std::size_t at = i * stride;
        if (separator != '\0' && i != 0 && text[at - 1] != separator) {
            return std::nullopt;
        }
        const auto high = hexDigit(text[at]);
        const auto low = hexDigit(text[at + 1]);
        if (!high || !low) {
            return std::nullopt;
        }
        mac.bytes[i] = static_cast<std::uint8_t>((*high << 4U) | *low);
    }
    return mac;
}

}  // namespace voordeur::core::net
