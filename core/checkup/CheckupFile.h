// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/Checkup.h"
#include "core/knowledge/Sqlite.h"
#include "core/util/Result.h"

#include <cstdint>
#include <filesystem>

namespace voordeur::core::checkup {

/// The schema version of a checkup file (its PRAGMA user_version). A file of a higher version is
/// refused, not changed.
inline constexpr int checkupFileVersion = 1;

/// PRAGMA application_id of a checkup file: "VOOR".
inline constexpr std::int32_t checkupApplicationId = 0x564F4F52;

/// Larger files are refused before SQLite opens them; a real checkup is well under 1 MiB.
inline constexpr std::uintmax_t maxCheckupFileBytes = std::uintmax_t {64} * 1024 * 1024;

/// Why a checkup file could not be read or written. The detail is technical (a path, an errno or
/// SQLite text, which table or row was wrong), for logs.
enum class CheckupFileCode {
    CannotOpen,    ///< missing, unreadable, or not a regular file
    NotACheckup,   ///< not an SQLite file, another program's SQLite file, or larger than maxCheckupFileBytes
    Corrupt,       ///< a checkup file that is damaged or holds values no checkup has
    NewerVersion,  ///< written by a newer Voordeur (detail: its version)
    ReadOnly,      ///< the folder or file may not be written
    DiskFull,      ///< no space left (or over quota)
    WriteFailed,   ///< any other failure to save, or a checkup that is not consistent (detail says which)
};

using CheckupFileError = Error<CheckupFileCode>;

/// Reads a `.voordeur` file. Opens it read-only and never writes to it; checks it (size, header,
/// PRAGMA quick_check, the exact table definitions) and every value read (enum keys, indices, the
/// scan through scanFromJson, one device note per scan host). Never throws.
Result<Checkup, CheckupFileError> loadCheckup(const std::filesystem::path& path);

/// Writes the checkup to `path` atomically: into a new file `<name>.saving-<random>` in the same
/// folder (mode 0600), in one transaction, then fsync, rename over `path` and fsync of the folder.
/// On failure the temporary file is removed and an existing file at `path` stays as it was.
/// Refuses (WriteFailed) a checkup loadCheckup would refuse: a bad id, device notes that do not
/// match the scan's hosts, indices out of range, fingerprints without a salt. Never throws.
/// Sets nothing: the caller sets `modified` before saving.
Result<knowledge::Nothing, CheckupFileError> saveCheckup(const Checkup& checkup, const std::filesystem::path& path);

}  // namespace voordeur::core::checkup
