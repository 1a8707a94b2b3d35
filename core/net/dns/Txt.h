// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/dns/Message.h"
#include "core/util/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace voordeur::core::dns {

/// Reads TXT record data as DNS-SD attributes (RFC 6763 §6): empty strings and strings without a key
/// ("=value") are skipped, and only the first occurrence of a key counts (keys compared ignoring ASCII case).
/// Fails with BadRecordData when a string runs past the end of the data.
Result<std::vector<TxtEntry>, Error<ParseCode>> parseTxt(std::span<const std::uint8_t> rdata);

/// TXT record data for the entries; a single empty string when there are none (RFC 6763 §6.1). Nothing when
/// an entry does not fit in one 255-byte string or has an empty key or a key holding '='.
std::optional<std::vector<std::uint8_t>> encodeTxt(const std::vector<TxtEntry>& entries);

/// The entry with this key (ignoring ASCII case), or nullptr.
const TxtEntry* findTxt(const std::vector<TxtEntry>& entries, std::string_view key);

}  // namespace voordeur::core::dns
