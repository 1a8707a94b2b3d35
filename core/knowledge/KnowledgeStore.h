// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/KnowledgeBase.h"
#include "core/util/Result.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::knowledge {

/// Something openKnowledgeStore() did to the user's copy that the user may want to know.
enum class StoreNoticeCode {
    CreatedFromShipped,    ///< there was no user copy: it was made from the shipped one
    ReplacedDamaged,       ///< the user copy was damaged: moved to `movedTo`, replaced by the shipped one
    ReplacedNewerSchema,   ///< a newer program wrote the user copy: moved to `movedTo`, replaced; detail: its version
    RefreshedFromShipped,  ///< the shipped copy is of another program version: the user copy was rebuilt from it
    KevCarriedOver,        ///< the user copy's KEV catalog was newer and kept; detail: its catalogVersion
    RefreshFailed,         ///< rebuilding from a newer shipped copy failed; the old user copy is used; detail: why
    ShippedUnavailable     ///< the shipped copy is missing or damaged; the user copy is used as it is; detail: why
};

struct StoreNotice {
    StoreNoticeCode code;
    std::string detail;                ///< technical, for logs (SQLite's message, a version)
    std::filesystem::path movedTo {};  ///< where a replaced user copy was kept (Replaced* only)
};

/// Why no knowledge base could be opened at all.
enum class StoreCode {
    ShippedMissing,   ///< the user copy must be (re)made, but there is no shipped copy; detail: its path
    ShippedDamaged,   ///< the user copy must be (re)made, but the shipped copy is unusable; detail: why
    FolderFailed,     ///< the user copy's folder could not be created; detail: the system's message
    MoveAsideFailed,  ///< a damaged user copy could not be renamed out of the way; nothing was replaced
    CopyFailed,       ///< writing the user copy failed (read-only folder, disk full); detail: why
    Busy,             ///< another program holds the user copy locked
    OpenFailed        ///< the user copy was made but could not be opened; detail: why
};

using StoreError = Error<StoreCode>;

/// The user's working copy, opened and checked, and what had to be done to get there.
struct OpenedKnowledge {
    KnowledgeBase base;
    std::vector<StoreNotice> notices;
};

/// Opens the user's working copy of the knowledge base at `userCopy`, making or repairing it from
/// the read-only copy the program ships (`shipped`), which is never written to:
///
/// - no user copy: it is made from the shipped one (CreatedFromShipped);
/// - a user copy that cannot be opened, is not a database, fails `PRAGMA quick_check` or whose
///   schema cannot be brought up to date is moved aside as `<name>.damaged-<UTC time>` (never
///   deleted) and made afresh (ReplacedDamaged); one written by a newer program is moved aside as
///   `<name>.newer-<UTC time>` (ReplacedNewerSchema);
/// - a user copy made from another shipped copy (their knowledge_meta `source_digest` differ) is
///   rebuilt from the shipped one; its KEV catalog (tables kev, kev_meta) is carried over when it
///   was released later than the shipped one's. The rebuilt file replaces the old contents in one
///   step through the SQLite backup API, so readers never see half of it (RefreshedFromShipped).
///
/// The user copy holds no user data: everything in it can be made again from the shipped copy and
/// a KEV download. A -wal file beside a copy that is moved aside moves with it.
Result<OpenedKnowledge, StoreError> openKnowledgeStore(
    const std::filesystem::path& shipped, const std::filesystem::path& userCopy);

/// A value of the knowledge_meta table of the file at `path`, read without changing the file;
/// nullopt when the file, the table or the row is missing.
std::optional<std::string> storedKnowledgeMeta(const std::filesystem::path& path, std::string_view key);

/// How much the knowledge base holds, for `voordeur-cli knowledge info` and the about box.
struct KnowledgeCounts {
    std::size_t vendors = 0;
    std::size_t aliases = 0;
    std::size_t advisories = 0;
    std::size_t defaultCredentials = 0;
    std::size_t kevEntries = 0;
    std::size_t kevTiedToVendor = 0;  ///< KEV entries whose vendorProject is a known vendor
};

KnowledgeCounts knowledgeCounts(const KnowledgeBase& kb);

}  // namespace voordeur::core::knowledge
