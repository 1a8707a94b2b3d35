// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/MacAddress.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace voordeur::core::net {

/// The organisation an IEEE MAC address block is registered to.
struct MacVendorInfo {
    std::string_view organization;  ///< as registered, trimmed; static storage
    int prefixBits = 0;             ///< 24 (MA-L), 28 (MA-M) or 36 (MA-S, IAB)
};

/// The registered organisation of the longest matching block (MA-S/IAB, then MA-M, then MA-L).
/// Locally administered (randomised) addresses have no vendor and give nullopt.
std::optional<MacVendorInfo> lookupMacVendor(const MacAddress& mac);

/// The number of registered blocks in the compiled-in table.
std::size_t macVendorTableSize();

}  // namespace voordeur::core::net
