// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Sqlite.h"
#include "core/passwords/PasswordCheckup.h"
#include "core/passwords/ReuseFingerprint.h"
#include "core/util/Result.h"

#include <filesystem>
#include <optional>
#include <span>
#include <vector>

namespace voordeur::core::passwords {

enum class FingerprintStoreCode {
    CannotOpen,   ///< the file could not be opened or created
    Corrupt,      ///< the file is damaged or not a database
    NewerSchema,  ///< written by a newer program; left as it is
    WriteFailed,  ///< the fingerprints could not be stored; detail holds SQLite's message
};

using FingerprintStoreError = Error<FingerprintStoreCode>;

/// What the household chose to remember so the next checkup can detect reuse ("remember to detect
/// reuse next time"): one salt and, per label, the two Argon2id fingerprints. Never a password.
/// Its own file, so forgetting is deleting it.
class FingerprintStore final
{
public:
    static constexpr std::int64_t schemaVersion = 1;

    static Result<FingerprintStore, FingerprintStoreError> open(const std::filesystem::path& path);

    /// The salt the remembered fingerprints were made with; absent when nothing is remembered.
    std::optional<ReuseSalt> salt() const;
    std::vector<RememberedFingerprint> remembered() const;

    /// Remembers these fingerprints, made with `salt`, under their labels (a label seen before is
    /// replaced). A salt different from the stored one replaces everything stored.
    Result<knowledge::Nothing, FingerprintStoreError> remember(
        const ReuseSalt& salt, std::span<const RememberedFingerprint> fingerprints);

    /// Forgets every fingerprint and the salt.
    Result<knowledge::Nothing, FingerprintStoreError> forget();

private:
    explicit FingerprintStore(knowledge::Database db)
        : m_db(std::move(db))
    { }

    knowledge::Database m_db;
};

}  // namespace voordeur::core::passwords
