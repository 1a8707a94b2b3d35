// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/identify/Identify.h"
#include "core/knowledge/Sqlite.h"
#include "core/net/MacAddress.h"
#include "core/util/Result.h"

#include <filesystem>
#include <map>
#include <optional>

namespace voordeur::core::identify {

enum class CorrectionCode {
    CannotOpen,   ///< the file could not be opened or created
    Corrupt,      ///< the file is damaged or not a database
    NewerSchema,  ///< written by a newer program; left as it is
    WriteFailed,  ///< the change could not be stored; detail holds SQLite's message
};

using CorrectionError = Error<CorrectionCode>;

/// The household's corrections ("this is a Sonos One speaker"), remembered per MAC address in the
/// household's own file, never in the knowledge base (which updates replace).
class CorrectionStore final
{
public:
    static constexpr std::int64_t schemaVersion = 1;

    static Result<CorrectionStore, CorrectionError> open(const std::filesystem::path& path);

    std::optional<Correction> find(const net::MacAddress& mac) const;
    std::map<net::MacAddress, Correction> all() const;

    /// Stores the correction for the MAC; an empty correction removes it.
    Result<knowledge::Nothing, CorrectionError> save(const net::MacAddress& mac, const Correction& correction);

private:
    explicit CorrectionStore(knowledge::Database db)
        : m_db(std::move(db))
    { }

    knowledge::Database m_db;
};

}  // namespace voordeur::core::identify
