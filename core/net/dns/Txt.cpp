// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Txt.h"

#include <algorithm>
#include <string>

namespace voordeur::core::dns {

Result<std::vector<TxtEntry>, Error<ParseCode>> parseTxt(std::span<const std::uint8_t> rdata)
{
    std::vector<TxtEntry> entries;
    std::size_t pos = 0;
    while (pos < rdata.size()) {
        const std::size_t length = rdata[pos];
        ++pos;
        if (length > rdata.size() - pos) {
            return fail(ParseCode::BadRecordData,
                "TXT string of " + std::to_string(length) + " bytes at " + std::to_string(pos - 1)
                    + " runs past the record data");
        }
        const auto bytes = rdata.subspan(pos, length);
        pos += length;
        const std::string text(bytes.begin(), bytes.end());
        const std::size_t equals = text.find('=');
        if (text.empty() || equals == 0) {
            continue;
        }
        TxtEntry entry;
        entry.key = text.substr(0, equals);
        if (equals != std::string::npos) {
            entry.value = text.substr(equals + 1);
        }
        if (findTxt(entries, entry.key) == nullptr) {
            entries.push_back(std::move(entry));
        }
    }
    return entries;
}

std::optional<std::vector<std::uint8_t>> encodeTxt(const std::vector<TxtEntry>& entries)
{
    std::vector<std::uint8_t> rdata;
    for (const TxtEntry& entry : entries) {
        const std::size_t length = entry.key.size() + (entry.value ? 1 + entry.value->size() : 0);
        if (entry.key.empty() || entry.key.find('=') != std::string::npos || length > 255) {
            return std::nullopt;
        }
        rdata.push_back(static_cast<std::uint8_t>(length));
        rdata.insert(rdata.end(), entry.key.begin(), entry.key.end());
        if (entry.value) {
            rdata.push_back('=');
            rdata.insert(rdata.end(), entry.value->begin(), entry.value->end());
        }
    }
    if (rdata.empty()) {
        rdata.push_back(0);
    }
    return rdata;
}

const TxtEntry* findTxt(const std::vector<TxtEntry>& entries, std::string_view key)
{
    const auto it = std::find_if(
        entries.begin(), entries.end(), [key](const TxtEntry& entry) { return equalsIgnoreAsciiCase(entry.key, key); });
    return it == entries.end() ? nullptr : &*it;
}

}  // namespace voordeur::core::dns
