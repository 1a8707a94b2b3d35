// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/CheckupFile.h"
#include "core/checkup/CheckupFileFormat.h"
#include "core/discovery/ScanJson.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <fstream>
#include <limits>
#include <random>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>

namespace voordeur::core::checkup {

using knowledge::Database;
using knowledge::Nothing;
using knowledge::SqliteCode;
using knowledge::SqliteError;
using knowledge::SqliteResult;
using knowledge::Statement;
using knowledge::Transaction;
using namespace fileformat;

namespace {

using CheckupResult = Result<Checkup, CheckupFileError>;

// --- loading ---

Failure<CheckupFileError> corrupt(std::string detail)
{
    return fail(CheckupFileCode::Corrupt, std::move(detail));
}

Failure<CheckupFileError> readFailure(const SqliteError& error)
{
    const bool cannotOpen = error.code == SqliteCode::CannotOpen || error.code == SqliteCode::Busy;
    return fail(cannotOpen ? CheckupFileCode::CannotOpen : CheckupFileCode::Corrupt, error.detail);
}

std::uint32_t bigEndian32(std::string_view bytes, std::size_t offset)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
    }
    return value;
}

/// Looks at the file before SQLite does: size, SQLite's header, application_id, version, journal mode.
Result<Nothing, CheckupFileError> checkHeader(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return fail(CheckupFileCode::CannotOpen, path.string() + ": " + (ec ? ec.message() : "no such file"));
    }
    if (!std::filesystem::is_regular_file(status)) {
        return fail(CheckupFileCode::CannotOpen, path.string() + ": not a regular file");
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return fail(CheckupFileCode::CannotOpen, path.string() + ": " + ec.message());
    }
    if (size > maxCheckupFileBytes) {
        return fail(CheckupFileCode::NotACheckup, path.string() + ": " + std::to_string(size) + " bytes, too large");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(CheckupFileCode::CannotOpen, path.string() + ": " + std::strerror(errno));
    }
    std::string header(kHeaderBytes, '\0');
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (in.gcount() != static_cast<std::streamsize>(kHeaderBytes) || !header.starts_with(kSqliteMagic)) {
        return fail(CheckupFileCode::NotACheckup, path.string() + ": not an SQLite database");
    }
    const std::uint32_t applicationId = bigEndian32(header, 68);
    if (applicationId != static_cast<std::uint32_t>(checkupApplicationId)) {
        return fail(CheckupFileCode::NotACheckup, path.string() + ": application_id " + std::to_string(applicationId));
    }
    const auto version = static_cast<std::int32_t>(bigEndian32(header, 60));
    if (version > checkupFileVersion) {
        return fail(CheckupFileCode::NewerVersion, std::to_string(version));
    }
    if (version < 1) {
        return corrupt("schema version " + std::to_string(version));
    }
    // Bytes 18 and 19: 1 for a rollback journal. A WAL file would need -shm and -wal files beside it.
    if (header[18] != 1 || header[19] != 1) {
        return corrupt("not in rollback-journal mode");
    }
    return Nothing {};
}

/// A read-only connection that trusts nothing in the file's schema.
Result<Database, CheckupFileError> openForReading(const std::filesystem::path& path)
{
    auto db = Database::open(path.string(), SQLITE_OPEN_READONLY);
    if (!db) {
        return readFailure(db.error());
    }
    sqlite3* handle = db->handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, static_cast<int>(maxCheckupFileBytes));
    if (auto set = db->exec("PRAGMA query_only = ON; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0"); !set) {
        return readFailure(set.error());
    }
    return std::move(db).value();
}

Result<Nothing, CheckupFileError> checkDatabase(const Database& db)
{
    const auto version = db.userVersion();
    if (!version) {
        return readFailure(version.error());
    }
    if (*version > checkupFileVersion) {
        return fail(CheckupFileCode::NewerVersion, std::to_string(*version));
    }
    auto check = db.prepare("PRAGMA quick_check");
    if (!check) {
        return readFailure(check.error());
    }
    bool any = false;
    for (;;) {
        const auto step = check->step();
        if (!step) {
            return readFailure(step.error());
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        any = true;
        if (auto line = check->columnText(0); line != "ok") {
            return corrupt("quick_check: " + line);
        }
    }
    if (!any) {
        return corrupt("quick_check returned nothing");
    }

    auto schema = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!schema) {
        return readFailure(schema.error());
    }
    for (const TableDefinition& table : kTables) {
        schema->bind(1, table.name);
        const auto step = schema->step();
        if (!step) {
            return readFailure(step.error());
        }
        if (*step == Statement::Step::Done) {
            return fail(CheckupFileCode::NotACheckup, "no table " + std::string(table.name));
        }
        const bool same = schema->columnText(0) == table.sql;
        schema->reset();
        if (!same) {
            return corrupt("table " + std::string(table.name) + " is not as Voordeur writes it");
        }
    }
    return Nothing {};
}

/// Runs a query and hands each row to `row`, which returns an error text or nullopt.
template <typename Row> Result<Nothing, CheckupFileError> forEachRow(const Database& db, std::string_view sql, Row row)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return readFailure(statement.error());
    }
    for (;;) {
        const auto step = statement->step();
        if (!step) {
            return readFailure(step.error());
        }
        if (*step == Statement::Step::Done) {
            return Nothing {};
        }
        if (std::optional<std::string> problem = row(*statement)) {
            return corrupt(std::move(*problem));
        }
    }
}

std::optional<bool> flagValue(const Statement& statement, int column)
{
    if (statement.columnIsNull(column)) {
        return std::nullopt;
    }
    const std::int64_t value = statement.columnInt64(column);
    if (value != 0 && value != 1) {
        return std::nullopt;
    }
    return value == 1;
}

/// A 0-based index below `limit`.
std::optional<std::size_t> indexValue(const Statement& statement, int column, std::size_t limit)
{
    if (statement.columnIsNull(column)) {
        return std::nullopt;
    }
    const std::int64_t value = statement.columnInt64(column);
    if (value < 0 || static_cast<std::uint64_t>(value) >= limit) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(value);
}

std::string unknownKey(std::string_view table, std::string_view column, std::string_view key)
{
    // The key is cut short and kept printable: the detail goes to logs.
    std::string shown;
    for (const char c : key.substr(0, 40)) {
        shown += (c >= 0x20 && c < 0x7F) ? c : '?';
    }
    return std::string(table) + "." + std::string(column) + ": unknown key \"" + shown + "\"";
}

Result<Nothing, CheckupFileError> readMeta(const Database& db, Checkup& checkup)
{
    int rows = 0;
    auto read = forEachRow(
        db, "SELECT id, created, modified, demo FROM meta", [&](const Statement& row) -> std::optional<std::string> {
            if (++rows > 1) {
                return "meta: more than one row";
            }
            checkup.id = row.columnText(0);
            checkup.created = row.columnText(1);
            checkup.modified = row.columnText(2);
            const auto demo = flagValue(row, 3);
            if (!demo) {
                return "meta.demo: not 0 or 1";
            }
            checkup.demo = *demo;
            return std::nullopt;
        });
    if (read && rows == 0) {
        return corrupt("meta: no row");
    }
    if (!read) {
        return read;
    }

    std::array<bool, 3> seen {};
    read = forEachRow(db, "SELECT name, given FROM consent", [&](const Statement& row) -> std::optional<std::string> {
        const std::string name = row.columnText(0);
        const auto given = flagValue(row, 1);
        if (!given) {
            return "consent.given: not 0 or 1";
        }
        std::size_t which = 0;
        if (name == "scan") {
            checkup.consents.scan = *given;
        } else if (name == "service_check") {
            checkup.consents.serviceCheck = *given;
            which = 1;
        } else if (name == "breach_lookup") {
            checkup.consents.breachLookup = *given;
            which = 2;
        } else {
            return unknownKey("consent", "name", name);
        }
        seen[which] = true;
        return std::nullopt;
    });
    if (read && !(seen[0] && seen[1] && seen[2])) {
        return corrupt("consent: a consent is missing");
    }
    return read;
}

Result<Nothing, CheckupFileError> readScanAndDevices(const Database& db, Checkup& checkup)
{
    int rows = 0;
    auto read = forEachRow(db, "SELECT json FROM scan", [&](const Statement& row) -> std::optional<std::string> {
        if (++rows > 1) {
            return "scan: more than one row";
        }
        auto scan = discovery::scanFromJson(row.columnText(0));
        if (!scan) {
            return "scan: " + scan.error().detail;
        }
        checkup.scan = std::move(scan).value();
        return std::nullopt;
    });
    if (!read) {
        return read;
    }

    const std::size_t hosts = checkup.scan ? checkup.scan->hosts.size() : 0;
    return forEachRow(db,
        "SELECT idx, name, vendor_id, model, kind, not_mine, added_by_hand, auto_updates, last_updated, "
        "factory_password_changed FROM device_note ORDER BY idx",
        [&](const Statement& row) -> std::optional<std::string> {
            const auto index = indexValue(row, 0, hosts);
            if (!index || *index != checkup.devices.size()) {
                return "device_note.idx: not the next scan host";
            }
            DeviceNotes notes;
            notes.name = row.columnText(1);
            notes.correction = {row.columnOptionalText(2), row.columnOptionalText(3), row.columnOptionalText(4)};
            const auto notMine = flagValue(row, 5);
            const auto byHand = flagValue(row, 6);
            if (!notMine || !byHand) {
                return "device_note: a flag is not 0 or 1";
            }
            notes.notMine = *notMine;
            notes.addedByHand = *byHand;
            const std::string autoUpdates = row.columnText(7);
            const std::string lastUpdated = row.columnText(8);
            const std::string factoryChanged = row.columnText(9);
            const auto autoAnswer = fromKey(kAnswers, autoUpdates);
            const auto last = fromKey(kLastUpdates, lastUpdated);
            const auto factoryAnswer = fromKey(kAnswers, factoryChanged);
            if (!autoAnswer) {
                return unknownKey("device_note", "auto_updates", autoUpdates);
            }
            if (!last) {
                return unknownKey("device_note", "last_updated", lastUpdated);
            }
            if (!factoryAnswer) {
                return unknownKey("device_note", "factory_password_changed", factoryChanged);
            }
            notes.autoUpdates = *autoAnswer;
            notes.lastUpdated = *last;
            notes.factoryPasswordChanged = *factoryAnswer;
            checkup.devices.push_back(std::move(notes));
            return std::nullopt;
        });
}

Result<Nothing, CheckupFileError> readSoftware(const Database& db, Checkup& checkup)
{
    return forEachRow(db, "SELECT idx, vendor_id, product, version, evidence FROM installed_software ORDER BY idx",
        [&](const Statement& row) -> std::optional<std::string> {
            if (row.columnInt64(0) != signedIndex(checkup.installedSoftware.size())) {
                return "installed_software.idx: not the next index";
            }
            checkup.installedSoftware.push_back(
                {row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4)});
            return std::nullopt;
        });
}

std::optional<std::string> readPasswordRow(const Statement& row, std::size_t hosts, Checkup& checkup)
{
    if (row.columnInt64(0) != signedIndex(checkup.passwords.size())) {
        return "password.idx: not the next index";
    }
    passwords::CheckedPassword entry;
    entry.label = row.columnText(1);
    const std::string kind = row.columnText(2);
    const auto entryKind = passwords::entryKindFromKey(kind);
    if (!entryKind) {
        return unknownKey("password", "kind", kind);
    }
    entry.kind = *entryKind;
    if (!row.columnIsNull(3)) {
        entry.device = indexValue(row, 3, hosts);
        if (!entry.device) {
            return "password.device: not a scan host";
        }
    }
    entry.vendorId = row.columnOptionalText(4);
    entry.model = row.columnOptionalText(5);

    passwords::PasswordVerdict& verdict = entry.verdict;
    const std::int64_t score = row.columnInt64(6);
    if (score < 0 || score > 4) {
        return "password.score: out of range";
    }
    verdict.strength.score = static_cast<int>(score);
    const auto guesses = doubleFromText(row.columnText(7));
    if (!guesses) {
        return "password.guesses_log10: not a number";
    }
    verdict.strength.guessesLog10 = *guesses;
    const auto breachChecked = flagValue(row, 8);
    if (!breachChecked) {
        return "password.breach_checked: not 0 or 1";
    }
    verdict.breachChecked = *breachChecked;
    const std::string status = row.columnText(9);
    const auto breachStatus = fromPasswordKey<passwords::BreachStatus>(passwords::breachStatusKey, status);
    if (!breachStatus) {
        return unknownKey("password", "breach_status", status);
    }
    verdict.breach.status = *breachStatus;
    const std::int64_t count = row.columnInt64(10);
    if (count < 0) {
        return "password.breach_count: negative";
    }
    verdict.breach.count = static_cast<std::uint64_t>(count);
    const std::string reason = row.columnText(11);
    const auto breachReason = fromPasswordKey<passwords::BreachFailure>(passwords::breachFailureKey, reason);
    if (!breachReason) {
        return unknownKey("password", "breach_reason", reason);
    }
    verdict.breach.reason = *breachReason;
    verdict.breach.detail = row.columnText(12);
    const std::string match = row.columnText(13);
    const auto factoryMatch = fromPasswordKey<passwords::FactoryMatch>(passwords::factoryMatchKey, match);
    if (!factoryMatch) {
        return unknownKey("password", "factory_match", match);
    }
    verdict.factory.match = *factoryMatch;
    verdict.factory.credentialId = row.columnInt64(14);
    if (!row.columnIsNull(15)) {
        const std::string reuseError = row.columnText(15);
        verdict.reuseError = fromKey(kReuseCodes, reuseError);
        if (!verdict.reuseError) {
            return unknownKey("password", "reuse_error", reuseError);
        }
    }
    checkup.passwords.push_back(std::move(entry));
    return std::nullopt;
}

Result<Nothing, CheckupFileError> readPasswords(const Database& db, Checkup& checkup)
{
    const std::size_t hosts = checkup.scan ? checkup.scan->hosts.size() : 0;
    auto read = forEachRow(db,
        "SELECT idx, label, kind, device, vendor_id, model, score, guesses_log10, breach_checked, breach_status, "
        "breach_count, breach_reason, breach_detail, factory_match, factory_credential, reuse_error "
        "FROM password ORDER BY idx",
        [&](const Statement& row) { return readPasswordRow(row, hosts, checkup); });
    if (!read) {
        return read;
    }
    const std::size_t count = checkup.passwords.size();
    read = forEachRow(db, "SELECT password, weakness FROM password_weakness ORDER BY password, position",
        [&](const Statement& row) -> std::optional<std::string> {
            const auto owner = indexValue(row, 0, count);
            if (!owner) {
                return "password_weakness.password: not a password";
            }
            const std::string key = row.columnText(1);
            const auto weakness = fromPasswordKey<passwords::Weakness>(passwords::weaknessKey, key);
            if (!weakness) {
                return unknownKey("password_weakness", "weakness", key);
            }
            checkup.passwords[*owner].verdict.strength.weaknesses.push_back(*weakness);
            return std::nullopt;
        });
    if (!read) {
        return read;
    }
    read = forEachRow(db, "SELECT password, relation, other FROM password_reuse ORDER BY password, relation, position",
        [&](const Statement& row) -> std::optional<std::string> {
            const auto owner = indexValue(row, 0, count);
            const auto other = indexValue(row, 2, count);
            if (!owner || !other) {
                return "password_reuse: not a password";
            }
            const std::string relation = row.columnText(1);
            passwords::PasswordVerdict& verdict = checkup.passwords[*owner].verdict;
            if (relation == kSame) {
                verdict.sameAs.push_back(*other);
            } else if (relation == kNear) {
                verdict.nearlySameAs.push_back(*other);
            } else {
                return unknownKey("password_reuse", "relation", relation);
            }
            return std::nullopt;
        });
    if (!read) {
        return read;
    }
    return forEachRow(db,
        "SELECT password, relation, label FROM password_reuse_earlier ORDER BY password, relation, position",
        [&](const Statement& row) -> std::optional<std::string> {
            const auto owner = indexValue(row, 0, count);
            if (!owner) {
                return "password_reuse_earlier.password: not a password";
            }
            const std::string relation = row.columnText(1);
            passwords::PasswordVerdict& verdict = checkup.passwords[*owner].verdict;
            if (relation == kSame) {
                verdict.sameAsEarlier.push_back(row.columnText(2));
            } else if (relation == kNear) {
                verdict.nearlySameAsEarlier.push_back(row.columnText(2));
            } else {
                return unknownKey("password_reuse_earlier", "relation", relation);
            }
            return std::nullopt;
        });
}

Result<Nothing, CheckupFileError> readReuseAndDone(const Database& db, Checkup& checkup)
{
    int rows = 0;
    auto read = forEachRow(db, "SELECT salt FROM reuse_salt", [&](const Statement& row) -> std::optional<std::string> {
        if (++rows > 1) {
            return "reuse_salt: more than one row";
        }
        checkup.reuseSalt = passwords::ReuseSalt::fromHex(row.columnText(0));
        if (!checkup.reuseSalt) {
            return "reuse_salt.salt: not 32 hex digits";
        }
        return std::nullopt;
    });
    if (!read) {
        return read;
    }
    read = forEachRow(db, "SELECT idx, label, exact, core FROM fingerprint ORDER BY idx",
        [&](const Statement& row) -> std::optional<std::string> {
            if (row.columnInt64(0) != signedIndex(checkup.fingerprints.size())) {
                return "fingerprint.idx: not the next index";
            }
            passwords::RememberedFingerprint fingerprint;
            fingerprint.label = row.columnText(1);
            const auto exact = passwords::fingerprintFromHex(row.columnText(2));
            if (!exact) {
                return "fingerprint.exact: not a fingerprint";
            }
            fingerprint.fingerprints.exact = *exact;
            if (!row.columnIsNull(3)) {
                fingerprint.fingerprints.core = passwords::fingerprintFromHex(row.columnText(3));
                if (!fingerprint.fingerprints.core) {
                    return "fingerprint.core: not a fingerprint";
                }
            }
            checkup.fingerprints.push_back(std::move(fingerprint));
            return std::nullopt;
        });
    if (!read) {
        return read;
    }
    return forEachRow(db, "SELECT finding_key FROM done", [&](const Statement& row) -> std::optional<std::string> {
        checkup.done.insert(row.columnText(0));
        return std::nullopt;
    });
}

CheckupResult load(const std::filesystem::path& given)
{
    std::error_code ec;
    // Absolute, so SQLite never reads the name as a "file:" URI.
    const std::filesystem::path path = std::filesystem::absolute(given, ec);
    if (ec) {
        return fail(CheckupFileCode::CannotOpen, given.string() + ": " + ec.message());
    }
    if (auto header = checkHeader(path); !header) {
        return Failure<CheckupFileError> {header.error()};
    }
    auto db = openForReading(path);
    if (!db) {
        return Failure<CheckupFileError> {db.error()};
    }
    if (auto checked = checkDatabase(*db); !checked) {
        return Failure<CheckupFileError> {checked.error()};
    }

    Checkup checkup;
    auto read = readMeta(*db, checkup);
    if (read) {
        read = readScanAndDevices(*db, checkup);
    }
    if (read) {
        read = readSoftware(*db, checkup);
    }
    if (read) {
        read = readPasswords(*db, checkup);
    }
    if (read) {
        read = readReuseAndDone(*db, checkup);
    }
    if (!read) {
        return Failure<CheckupFileError> {read.error()};
    }
    if (const auto problem = inconsistency(checkup)) {
        return corrupt(*problem);
    }
    return checkup;
}

}  // namespace

Result<Checkup, CheckupFileError> loadCheckup(const std::filesystem::path& path)
{
    try {
        return load(path);
    } catch (const std::exception& error) {
        // Out of memory on a hostile file, most likely; the file is not read.
        return fail(CheckupFileCode::Corrupt, error.what());
    }
}

}  // namespace voordeur::core::checkup
