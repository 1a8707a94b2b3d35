// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/KnowledgeBase.h"
#include "core/util/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace voordeur::core::knowledge {

enum class KevCode {
    TooLarge,       ///< the text is larger than maxKevCatalogBytes
    NotJson,        ///< not JSON, or JSON cut off; detail holds the parser's message
    BadSchema,      ///< a required field is missing or of the wrong type; detail names it
    BadCveId,       ///< a cveID that is not CVE-YYYY-NNNN...; detail holds it
    CountMismatch,  ///< `count` differs from the number of entries; detail holds both
    Empty,          ///< a catalog without a single entry
    DuplicateCve,   ///< the same cveID twice; detail holds it
    StorageFailed   ///< the database refused the write; detail holds SQLite's message
};

using KevError = Error<KevCode>;

/// Larger catalogs are refused rather than parsed (the real one is about 1.3 MiB).
inline constexpr std::size_t maxKevCatalogBytes = 32U * 1024U * 1024U;

/// What one successful KEV import stored.
struct KevImportSummary {
    std::size_t imported = 0;
    std::string catalogVersion;
    std::string dateReleased;
    std::size_t tiedToVendor = 0;  ///< entries whose vendorProject is an alias of a known vendor
};

/// One stored entry of the Known Exploited Vulnerabilities catalog.
struct KevEntry {
    std::string cveId;
    std::string vendorProject;
    std::string product;
    std::optional<std::string> vendorId;
    std::string name;
    std::string dateAdded;
    std::string shortDescription;
    std::string requiredAction;
    std::string ransomware;  ///< knownRansomwareCampaignUse: "Known" or "Unknown"
};

/// Validates the CISA KEV catalog JSON and replaces the stored catalog with it in one
/// transaction: on any failure the previous catalog stays exactly as it was.
Result<KevImportSummary, KevError> importKev(KnowledgeBase& kb, std::string_view json);

/// Number of stored KEV entries.
std::size_t kevCount(const KnowledgeBase& kb);

/// One stored entry by CVE id.
std::optional<KevEntry> kevEntry(const KnowledgeBase& kb, std::string_view cveId);

/// A value of kev_meta: "catalogVersion", "dateReleased", "count" or "importedAt".
std::optional<std::string> kevMeta(const KnowledgeBase& kb, std::string_view key);

/// Entries per vendorProject as written in the catalog, most first (ties by name).
std::vector<std::pair<std::string, int>> kevCountsByVendorProject(const KnowledgeBase& kb);

/// Entries per known vendor id, most first (ties by id); entries without a vendor are left out.
std::vector<std::pair<std::string, int>> kevCountsByVendor(const KnowledgeBase& kb);

/// Whether text is a CVE id: "CVE-", four digits, "-", four or more digits.
bool isCveId(std::string_view text);

}  // namespace voordeur::core::knowledge
