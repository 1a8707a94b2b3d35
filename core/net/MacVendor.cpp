// SPDX-License-Identifier: EUPL-1.2
#include "core/net/MacVendor.h"

#include "core/net/oui/OuiTable.h"

#include <cstdint>

namespace voordeur::core::net {

namespace {

std::uint64_t readBigEndian(std::string_view bytes)
{
    std::uint64_t value = 0;
    for (const char byte : bytes) {
        value = (value << 8U) | static_cast<unsigned char>(byte);
    }
    return value;
}

std::optional<std::string_view> findInSection(const oui::OuiSection& section, std::uint64_t key, std::string_view names)
{
    const std::size_t recordBytes = section.recordBytes();
    std::size_t low = 0;
    std::size_t high = section.count();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const std::string_view record = section.records.substr(middle * recordBytes, recordBytes);
        const std::uint64_t candidate = readBigEndian(record.substr(0, section.keyBytes));
        if (candidate < key) {
            low = middle + 1;
        } else if (key < candidate) {
            high = middle;
        } else {
            const auto offset = static_cast<std::size_t>(readBigEndian(record.substr(section.keyBytes)));
            if (offset >= names.size()) {
                return std::nullopt;
            }
            const auto length = static_cast<unsigned char>(names[offset]);
            return names.substr(offset + 1, length);
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<MacVendorInfo> lookupMacVendor(const MacAddress& mac)
{
    if (mac.locallyAdministered()) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const std::uint8_t byte : mac.bytes) {
        value = (value << 8U) | byte;
    }
    const oui::OuiTableData& table = oui::ouiTableData();
    for (const oui::OuiSection& section : table.sections) {
        const std::uint64_t key = value >> static_cast<unsigned>(48 - section.prefixBits);
        if (const auto organization = findInSection(section, key, table.names)) {
            return MacVendorInfo {*organization, section.prefixBits};
        }
    }
    return std::nullopt;
}

std::size_t macVendorTableSize()
{
    return oui::ouiTableData().entryCount;
}

}  // namespace voordeur::core::net
