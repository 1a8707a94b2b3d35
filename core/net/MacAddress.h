// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace voordeur::core::net {

/// A 48-bit Ethernet (EUI-48) hardware address.
struct MacAddress {
    std::array<std::uint8_t, 6> bytes {};

    /// Lower-case, colon-separated: "aa:bb:cc:dd:ee:ff".
    std::string toString() const;

    /// Accepts six two-digit hex groups separated by ':' or '-' (one kind throughout) or twelve hex
    /// digits without separators, in any case.
    static std::optional<MacAddress> parse(std::string_view text);

    /// The U/L bit: set in randomised ("private") addresses, which say nothing about the vendor.
    bool locallyAdministered() const { return (bytes[0] & 0x02U) != 0; }
    /// The I/G bit: a group (multicast or broadcast) address, never a device's own.
    bool multicast() const { return (bytes[0] & 0x01U) != 0; }

    auto operator<=>(const MacAddress&) const = default;
};

}  // namespace voordeur::core::net
