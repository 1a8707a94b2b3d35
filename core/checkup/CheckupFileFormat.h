// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal to core/checkup: what saving and loading a checkup file share — the schema, the text
// keys of the enums, and the checks both sides apply. Not part of the public API.

#include "core/checkup/CheckupFile.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace voordeur::core::checkup::fileformat {

// --- the schema ---

struct TableDefinition {
    std::string_view name;
    std::string_view sql;
};

// Each version of the file has exactly these tables; a file whose tables differ is not read.
// Enums are stored as their text keys, indices as 0-based integers, the scan as voordeur.scan/1.
constexpr std::array<TableDefinition, 12> kTables {{
    {"meta",
        "CREATE TABLE meta(id TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, "
        "demo INTEGER NOT NULL)"},
    {"consent", "CREATE TABLE consent(name TEXT PRIMARY KEY, given INTEGER NOT NULL)"},
    {"scan", "CREATE TABLE scan(json TEXT NOT NULL)"},
    {"device_note",
        "CREATE TABLE device_note(idx INTEGER PRIMARY KEY, name TEXT NOT NULL, vendor_id TEXT, model TEXT, "
        "kind TEXT, not_mine INTEGER NOT NULL, added_by_hand INTEGER NOT NULL, auto_updates TEXT NOT NULL, "
        "last_updated TEXT NOT NULL, factory_password_changed TEXT NOT NULL)"},
    {"installed_software",
        "CREATE TABLE installed_software(idx INTEGER PRIMARY KEY, vendor_id TEXT NOT NULL, product TEXT NOT NULL, "
        "version TEXT NOT NULL, evidence TEXT NOT NULL)"},
    // guesses_log10 is the shortest text that reads back to the same double (std::to_chars).
    {"password",
        "CREATE TABLE password(idx INTEGER PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL, device INTEGER, "
        "vendor_id TEXT, model TEXT, score INTEGER NOT NULL, guesses_log10 TEXT NOT NULL, "
        "breach_checked INTEGER NOT NULL, breach_status TEXT NOT NULL, breach_count INTEGER NOT NULL, "
        "breach_reason TEXT NOT NULL, breach_detail TEXT NOT NULL, factory_match TEXT NOT NULL, "
        "factory_credential INTEGER NOT NULL, reuse_error TEXT)"},
    {"password_weakness",
        "CREATE TABLE password_weakness(password INTEGER NOT NULL, position INTEGER NOT NULL, "
        "weakness TEXT NOT NULL, PRIMARY KEY(password, position))"},
    // relation: "same" (sameAs) or "near" (nearlySameAs); other: the index of the other password.
    {"password_reuse",
        "CREATE TABLE password_reuse(password INTEGER NOT NULL, relation TEXT NOT NULL, position INTEGER NOT NULL, "
        "other INTEGER NOT NULL, PRIMARY KEY(password, relation, position))"},
    {"password_reuse_earlier",
        "CREATE TABLE password_reuse_earlier(password INTEGER NOT NULL, relation TEXT NOT NULL, "
        "position INTEGER NOT NULL, label TEXT NOT NULL, PRIMARY KEY(password, relation, position))"},
    {"reuse_salt", "CREATE TABLE reuse_salt(salt TEXT NOT NULL)"},
    {"fingerprint",
        "CREATE TABLE fingerprint(idx INTEGER PRIMARY KEY, label TEXT NOT NULL, exact TEXT NOT NULL, core TEXT)"},
    {"done", "CREATE TABLE done(finding_key TEXT PRIMARY KEY)"},
}};

constexpr std::string_view kSqliteMagic {"SQLite format 3\0", 16};
constexpr std::size_t kHeaderBytes = 100;
constexpr std::string_view kSame = "same";
constexpr std::string_view kNear = "near";
constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// --- enum keys ---

template <typename Enum, std::size_t N> using KeyTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr KeyTable<Answer, 3> kAnswers {{
    {Answer::Unknown, "unknown"},
    {Answer::Yes, "yes"},
    {Answer::No, "no"},
}};

constexpr KeyTable<LastUpdate, 5> kLastUpdates {{
    {LastUpdate::Unknown, "unknown"},
    {LastUpdate::WithinMonth, "within_month"},
    {LastUpdate::WithinYear, "within_year"},
    {LastUpdate::LongerAgo, "longer_ago"},
    {LastUpdate::Never, "never"},
}};

constexpr KeyTable<passwords::ReuseCode, 2> kReuseCodes {{
    {passwords::ReuseCode::Unavailable, "unavailable"},
    {passwords::ReuseCode::OutOfMemory, "out_of_memory"},
}};

template <typename Enum, std::size_t N> std::string_view keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value) {
            return key;
        }
    }
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const KeyTable<Enum, N>& table, std::string_view key)
{
    for (const auto& [value, candidate] : table) {
        if (candidate == key) {
            return value;
        }
    }
    return std::nullopt;
}

/// The value of an enum of passwords/ whose key function is `keyFunction`; its enums have fewer
/// than 64 values, and their key functions answer "unknown" for a value they do not name.
template <typename Enum, typename KeyFunction>
std::optional<Enum> fromPasswordKey(KeyFunction keyFunction, std::string_view key)
{
    if (key == "unknown") {
        return std::nullopt;
    }
    for (int i = 0; i < 64; ++i) {
        const auto value = static_cast<Enum>(i);
        if (keyFunction(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

// --- checks shared by saving and loading ---

/// An index as SQLite's integer.
inline std::int64_t signedIndex(std::size_t index)
{
    return static_cast<std::int64_t>(index);
}

/// Eight characters of Crockford base32.
bool isCheckupId(std::string_view id);
/// Empty, or YYYY-MM-DDTHH:MM:SSZ.
bool isTimestamp(std::string_view text);
/// What makes a checkup one the file cannot hold, or nullopt.
std::optional<std::string> inconsistency(const Checkup& checkup);
/// A double as text that reads back exactly.
std::string doubleText(double value);
std::optional<double> doubleFromText(std::string_view text);

}  // namespace voordeur::core::checkup::fileformat
