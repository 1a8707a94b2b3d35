// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

// The layout of the MAC-vendor table that voordeur_oui_gen compiles from ieee-data. Shared by the
// generator, the generated source and the lookup, so the three cannot drift apart.
namespace voordeur::core::net::oui {

/// Bytes of a record's name reference: a big-endian offset into the name table.
inline constexpr std::size_t nameOffsetBytes = 3;

/// The records of one registry size, sorted by prefix: each record is the prefix as a big-endian
/// number of `keyBytes` bytes, then the offset of the organisation's name.
struct OuiSection {
    int prefixBits = 0;
    std::size_t keyBytes = 0;
    std::string_view records;

    std::size_t recordBytes() const { return keyBytes + nameOffsetBytes; }
    std::size_t count() const { return records.size() / recordBytes(); }
};

/// The whole table: sections ordered from the longest prefix (36 bits) to the shortest (24 bits),
/// and the deduplicated names, each a length byte followed by that many UTF-8 bytes.
struct OuiTableData {
    std::array<OuiSection, 3> sections;
    std::string_view names;
    std::size_t entryCount = 0;
    std::size_t byteSize = 0;  ///< records and names together
};

/// The generated table (defined in the source voordeur_oui_gen writes).
const OuiTableData& ouiTableData();

/// The key width of each section, longest prefix first.
inline constexpr std::array<int, 3> sectionPrefixBits {36, 28, 24};
inline constexpr std::size_t keyBytesFor(int prefixBits)
{
    return static_cast<std::size_t>((prefixBits + 7) / 8);
}

}  // namespace voordeur::core::net::oui
