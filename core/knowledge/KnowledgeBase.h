// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Sqlite.h"
#include "core/util/Result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::knowledge {

enum class KnowledgeCode {
    CannotOpen,       ///< the file could not be opened or created
    Corrupt,          ///< the file is damaged or not a database
    NewerSchema,      ///< written by a newer program; detail holds the version found
    MigrationFailed,  ///< a schema migration could not be applied; nothing was changed
    Busy,             ///< another process holds the database
    ReadOnly,         ///< the file or its folder cannot be written
    Full,             ///< the disk is full
    Constraint,       ///< the data broke a rule of the schema (duplicate id, unknown vendor)
    Other             ///< any other SQLite failure; detail holds its message
};

using KnowledgeError = Error<KnowledgeCode>;
template <typename T> using KnowledgeResult = Result<T, KnowledgeError>;

/// Translates a storage error into the knowledge base's own code.
KnowledgeError knowledgeErrorFrom(const SqliteError& error);

/// The knowledge base: one SQLite file whose schema is brought up to date on open.
class KnowledgeBase final
{
public:
    /// The newest schema version this program knows.
    static constexpr std::int64_t schemaVersion = 3;

    /// Opens or creates the file with foreign keys on and WAL journaling, then migrates it.
    /// A file written by a newer schema is refused before anything in it is changed.
    static KnowledgeResult<KnowledgeBase> open(const std::filesystem::path& path);

    /// PRAGMA quick_check: true when it reports "ok", false when it reports damage.
    KnowledgeResult<bool> integrityOk() const;

    /// The schema version stored in the file.
    KnowledgeResult<std::int64_t> storedSchemaVersion() const;

    /// Adds or replaces a vendor and its aliases (the vendor's own name is always an alias).
    KnowledgeResult<Nothing> addVendor(std::string_view id, std::string_view name,
        const std::optional<std::string>& country, bool ispRouterBrand, const std::vector<std::string>& aliases);

    /// The vendor id for a name as written anywhere ("D-Link", "d link", "DLINK"), if known.
    std::optional<std::string> vendorForAlias(std::string_view alias) const;

    /// A value of knowledge_meta: "source_digest" (SHA-256 of the source files the shipped copy was
    /// built from) or "built_with" (the program version that built it).
    std::optional<std::string> meta(std::string_view key) const;

    /// The key aliases are stored under: lower-case ASCII letters and digits only.
    static std::string aliasKey(std::string_view alias);

    Database& database() { return m_db; }
    const Database& database() const { return m_db; }

private:
    explicit KnowledgeBase(Database db)
        : m_db(std::move(db))
    { }

    Database m_db;
};

}  // namespace voordeur::core::knowledge
