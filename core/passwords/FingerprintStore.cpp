// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/FingerprintStore.h"

#include <iterator>
#include <string>
#include <utility>

namespace voordeur::core::passwords {

using knowledge::Nothing;
using knowledge::SqliteError;
using knowledge::Statement;
using knowledge::Transaction;

namespace {

constexpr std::string_view kMigrations[] = {
    "CREATE TABLE reuse_salt(salt TEXT NOT NULL);"
    "CREATE TABLE reuse_fingerprint("
    "    label TEXT PRIMARY KEY,"
    "    exact TEXT NOT NULL,"
    "    core TEXT,"
    "    saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    ")",
};
static_assert(std::size(kMigrations) == FingerprintStore::schemaVersion);

Failure<FingerprintStoreError> writeFailed(const SqliteError& error)
{
    return {{FingerprintStoreCode::WriteFailed, error.detail}};
}

}  // namespace

Result<FingerprintStore, FingerprintStoreError> FingerprintStore::open(const std::filesystem::path& path)
{
    auto db = knowledge::openUserFile(path.string(), kMigrations);
    if (!db) {
        const auto code = db.error().code == knowledge::UserFileCode::Corrupt ? FingerprintStoreCode::Corrupt
            : db.error().code == knowledge::UserFileCode::NewerSchema         ? FingerprintStoreCode::NewerSchema
                                                                              : FingerprintStoreCode::CannotOpen;
        return fail(code, db.error().detail);
    }
    // Forgotten fingerprints are overwritten on disk, not only unlinked from the b-tree.
    if (auto secure = db->exec("PRAGMA secure_delete = ON"); !secure) {
        return fail(FingerprintStoreCode::CannotOpen, secure.error().detail);
    }
    return FingerprintStore(std::move(db).value());
}

std::optional<ReuseSalt> FingerprintStore::salt() const
{
    auto statement = m_db.prepare("SELECT salt FROM reuse_salt LIMIT 1");
    if (!statement) {
        return std::nullopt;
    }
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return ReuseSalt::fromHex(statement->columnText(0));
}

std::vector<RememberedFingerprint> FingerprintStore::remembered() const
{
    std::vector<RememberedFingerprint> found;
    auto statement = m_db.prepare("SELECT label, exact, core FROM reuse_fingerprint ORDER BY label");
    if (!statement) {
        return found;
    }
    while (true) {
        auto step = statement->step();
        if (!step || *step != Statement::Step::Row) {
            break;
        }
        const auto exact = fingerprintFromHex(statement->columnText(1));
        if (!exact) {
            continue;  // a damaged row says nothing; skip it
        }
        RememberedFingerprint row {statement->columnText(0), {*exact, std::nullopt}};
        if (const auto core = statement->columnOptionalText(2)) {
            row.fingerprints.core = fingerprintFromHex(*core);
        }
        found.push_back(std::move(row));
    }
    return found;
}

Result<Nothing, FingerprintStoreError> FingerprintStore::remember(
    const ReuseSalt& salt, std::span<const RememberedFingerprint> fingerprints)
{
    const std::optional<ReuseSalt> stored = this->salt();
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return writeFailed(transaction.error());
    }
    if (!stored || !(*stored == salt)) {
        auto cleared = m_db.exec("DELETE FROM reuse_fingerprint; DELETE FROM reuse_salt;");
        auto insert = m_db.prepare("INSERT INTO reuse_salt(salt) VALUES(?1)");
        if (!cleared || !insert) {
            return writeFailed(!cleared ? cleared.error() : insert.error());
        }
        const std::string hex = salt.hex();
        insert->bind(1, std::string_view(hex));
        if (auto step = insert->step(); !step) {
            return writeFailed(step.error());
        }
    }
    auto upsert = m_db.prepare("INSERT INTO reuse_fingerprint(label, exact, core) VALUES(?1, ?2, ?3) "
                               "ON CONFLICT(label) DO UPDATE SET exact = ?2, core = ?3, "
                               "saved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    if (!upsert) {
        return writeFailed(upsert.error());
    }
    for (const RememberedFingerprint& row : fingerprints) {
        const std::string exact = fingerprintHex(row.fingerprints.exact);
        const std::optional<std::string> core
            = row.fingerprints.core ? std::optional(fingerprintHex(*row.fingerprints.core)) : std::nullopt;
        upsert->reset();
        upsert->bind(1, std::string_view(row.label)).bind(2, std::string_view(exact)).bind(3, core);
        if (auto step = upsert->step(); !step) {
            return writeFailed(step.error());
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return writeFailed(committed.error());
    }
    return Nothing {};
}

Result<Nothing, FingerprintStoreError> FingerprintStore::forget()
{
    if (auto cleared = m_db.exec("DELETE FROM reuse_fingerprint; DELETE FROM reuse_salt;"); !cleared) {
        return writeFailed(cleared.error());
    }
    return Nothing {};
}

}  // namespace voordeur::core::passwords
