// SPDX-License-Identifier: EUPL-1.2
#include "core/identify/Corrections.h"

#include <sqlite3.h>

#include <iterator>
#include <utility>

namespace voordeur::core::identify {

using knowledge::Database;
using knowledge::Nothing;
using knowledge::SqliteCode;
using knowledge::SqliteError;
using knowledge::Statement;

namespace {

CorrectionError from(const SqliteError& error, CorrectionCode fallback)
{
    return {error.code == SqliteCode::Corrupt ? CorrectionCode::Corrupt : fallback, error.detail};
}

constexpr std::string_view kMigrations[] = {
    "CREATE TABLE device_correction("
    "    mac TEXT PRIMARY KEY,"
    "    vendor_id TEXT,"
    "    model TEXT,"
    "    kind TEXT,"
    "    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    ")",
};
static_assert(std::size(kMigrations) == CorrectionStore::schemaVersion);

}  // namespace

Result<CorrectionStore, CorrectionError> CorrectionStore::open(const std::filesystem::path& path)
{
    auto db = knowledge::openUserFile(path.string(), kMigrations);
    if (!db) {
        const auto code = db.error().code == knowledge::UserFileCode::Corrupt ? CorrectionCode::Corrupt
            : db.error().code == knowledge::UserFileCode::NewerSchema         ? CorrectionCode::NewerSchema
                                                                              : CorrectionCode::CannotOpen;
        return fail(code, db.error().detail);
    }
    return CorrectionStore(std::move(db).value());
}

std::optional<Correction> CorrectionStore::find(const net::MacAddress& mac) const
{
    auto statement = m_db.prepare("SELECT vendor_id, model, kind FROM device_correction WHERE mac = ?1");
    if (!statement) {
        return std::nullopt;
    }
    statement->bind(1, std::string_view(mac.toString()));
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return Correction {
        statement->columnOptionalText(0), statement->columnOptionalText(1), statement->columnOptionalText(2)};
}

std::map<net::MacAddress, Correction> CorrectionStore::all() const
{
    std::map<net::MacAddress, Correction> corrections;
    auto statement = m_db.prepare("SELECT mac, vendor_id, model, kind FROM device_correction");
    if (!statement) {
        return corrections;
    }
    while (true) {
        auto step = statement->step();
        if (!step || *step != Statement::Step::Row) {
            break;
        }
        if (const auto mac = net::MacAddress::parse(statement->columnText(0))) {
            corrections.emplace(*mac,
                Correction {statement->columnOptionalText(1), statement->columnOptionalText(2),
                    statement->columnOptionalText(3)});
        }
    }
    return corrections;
}

Result<Nothing, CorrectionError> CorrectionStore::save(const net::MacAddress& mac, const Correction& correction)
{
    auto statement = correction.empty()
        ? m_db.prepare("DELETE FROM device_correction WHERE mac = ?1")
        : m_db.prepare("INSERT INTO device_correction(mac, vendor_id, model, kind) VALUES(?1, ?2, ?3, ?4) "
                       "ON CONFLICT(mac) DO UPDATE SET vendor_id = ?2, model = ?3, kind = ?4, "
                       "changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    if (!statement) {
        return Failure<CorrectionError> {from(statement.error(), CorrectionCode::WriteFailed)};
    }
    const auto key = mac.toString();
    statement->bind(1, std::string_view(key));
    if (!correction.empty()) {
        statement->bind(2, correction.vendorId).bind(3, correction.model).bind(4, correction.kind);
    }
    if (auto step = statement->step(); !step) {
        return Failure<CorrectionError> {from(step.error(), CorrectionCode::WriteFailed)};
    }
    return Nothing {};
}

}  // namespace voordeur::core::identify
