// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeStore.h"

#include "core/knowledge/KevImport.h"
#include "core/knowledge/Sqlite.h"

#include <sqlite3.h>

#include <unistd.h>

#include <array>
#include <ctime>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

// How long to wait for another process (the GUI and voordeur-cli may run at once) to let go.
constexpr int kBusyTimeoutMs = 3000;
constexpr int kBusyPollMs = 50;

// SQLite's own files beside a database; they belong to it and move with it.
constexpr std::array<const char*, 3> kSidecars = {"-wal", "-shm", "-journal"};

constexpr std::string_view kDigestKey = "source_digest";

std::filesystem::path withSuffix(const std::filesystem::path& path, std::string_view suffix)
{
    auto result = path;
    result += std::string(suffix);
    return result;
}

bool isPresent(const std::filesystem::path& path)
{
    std::error_code ignored;
    return std::filesystem::exists(std::filesystem::symlink_status(path, ignored));
}

void removeWithSidecars(const std::filesystem::path& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    for (const char* sidecar : kSidecars) {
        std::filesystem::remove(withSuffix(path, sidecar), ignored);
    }
}

/// Removes a temporary database and its sidecars when it goes out of scope.
class TemporaryFile final
{
public:
    explicit TemporaryFile(std::filesystem::path path)
        : m_path(std::move(path))
    {
        removeWithSidecars(m_path);
    }
    ~TemporaryFile() { removeWithSidecars(m_path); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::filesystem::path temporaryBeside(const std::filesystem::path& path, std::string_view purpose)
{
    return withSuffix(path, "." + std::string(purpose) + "-" + std::to_string(::getpid()));
}

// A UTC time that sorts and is safe in a file name: 20250825T170419Z.
std::string utcStamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm parts {};
    gmtime_r(&now, &parts);
    std::array<char, 32> buffer {};
    const auto size = std::strftime(buffer.data(), buffer.size(), "%Y%m%dT%H%M%SZ", &parts);
    return std::string(buffer.data(), size);
}

SqliteResult<Database> openFile(const std::filesystem::path& path, int flags)
{
    auto db = Database::open(path.string(), flags);
    if (db) {
        sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);
    }
    return db;
}

std::optional<std::string> metaValue(const Database& db, std::string_view key)
{
    auto statement = db.prepare("SELECT value FROM knowledge_meta WHERE key = ?1");
    if (!statement) {
        return std::nullopt;  // a file from before knowledge_meta existed
    }
    statement->bind(1, key);
    const auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return statement->columnOptionalText(0);
}

/// PRAGMA quick_check: nullopt when it reports "ok", else the first problem it names.
SqliteResult<std::optional<std::string>> quickCheck(const Database& db)
{
    auto statement = db.prepare("PRAGMA quick_check");
    if (!statement) {
        return Failure<SqliteError> {statement.error()};
    }
    std::optional<std::string> problem;
    bool any = false;
    for (;;) {
        const auto step = statement->step();
        if (!step) {
            return Failure<SqliteError> {step.error()};
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        any = true;
        auto line = statement->columnText(0);
        if (line != "ok" && !problem) {
            problem = std::move(line);
        }
    }
    if (!any) {
        return std::optional<std::string> {"quick_check returned nothing"};
    }
    return problem;
}

/// Copies every page of `from` into `to` with the online backup API, in one write transaction
/// on `to`: other connections to `to` see either all of the old or all of the new contents.
SqliteResult<Nothing> copyDatabase(const Database& from, Database& to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (backup == nullptr) {
        return Failure<SqliteError> {to.lastError()};
    }
    int rc = SQLITE_OK;
    int waited = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_DONE) {
            break;
        }
        // The destination's busy handler has already waited; the source's lock is waited for here.
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < kBusyTimeoutMs) {
            sqlite3_sleep(kBusyPollMs);
            waited += kBusyPollMs;
            continue;
        }
        break;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        return Failure<SqliteError> {to.lastError()};
    }
    return Nothing {};
}

StoreError storeError(StoreCode code, const std::filesystem::path& path, const std::string& detail)
{
    return StoreError {code, path.string() + ": " + detail};
}

// --- the shipped copy ---

Result<Database, StoreError> openShipped(const std::filesystem::path& path)
{
    if (!isPresent(path)) {
        return fail(StoreCode::ShippedMissing, path.string());
    }
    // Read-only: the shipped copy usually sits in a folder nobody may write to.
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db) {
        return Failure<StoreError> {storeError(StoreCode::ShippedDamaged, path, db.error().detail)};
    }
    const auto version = db->userVersion();
    if (!version) {
        return Failure<StoreError> {storeError(StoreCode::ShippedDamaged, path, version.error().detail)};
    }
    if (*version < 1 || *version > KnowledgeBase::schemaVersion) {
        return Failure<StoreError> {
            storeError(StoreCode::ShippedDamaged, path, "schema version " + std::to_string(*version))};
    }
    const auto checked = quickCheck(*db);
    if (!checked) {
        return Failure<StoreError> {storeError(StoreCode::ShippedDamaged, path, checked.error().detail)};
    }
    if (*checked) {
        return Failure<StoreError> {storeError(StoreCode::ShippedDamaged, path, **checked)};
    }
    return std::move(db).value();
}

// --- the user copy ---

/// What a look at the user copy found, without changing it.
struct Health {
    enum class State { Good, Damaged, Newer, Busy };
    State state = State::Good;
    std::string detail;
    std::optional<std::string> digest;
};

Health damaged(std::string detail)
{
    return Health {Health::State::Damaged, std::move(detail), std::nullopt};
}

Health examine(const std::filesystem::path& path)
{
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db) {
        if (db.error().code == SqliteCode::Busy) {
            return Health {Health::State::Busy, db.error().detail, std::nullopt};
        }
        return damaged(db.error().detail);
    }
    const auto version = db->userVersion();
    if (!version) {
        if (version.error().code == SqliteCode::Busy) {
            return Health {Health::State::Busy, version.error().detail, std::nullopt};
        }
        return damaged(version.error().detail);
    }
    if (*version > KnowledgeBase::schemaVersion || *version < 0) {
        return Health {Health::State::Newer, std::to_string(*version), std::nullopt};
    }
    if (*version == 0) {
        // An empty file (or one emptied by truncation) holds none of the shipped knowledge.
        return damaged("empty database");
    }
    const auto checked = quickCheck(*db);
    if (!checked) {
        if (checked.error().code == SqliteCode::Busy) {
            return Health {Health::State::Busy, checked.error().detail, std::nullopt};
        }
        return damaged(checked.error().detail);
    }
    if (*checked) {
        return damaged(**checked);
    }
    return Health {Health::State::Good, {}, metaValue(*db, kDigestKey)};
}

/// A free name `<path>.<tag>-<UTC time>[-N]` for a file moved aside.
std::filesystem::path asideName(const std::filesystem::path& path, std::string_view tag)
{
    const auto base = withSuffix(path, "." + std::string(tag) + "-" + utcStamp());
    auto candidate = base;
    for (int n = 2; isPresent(candidate) || isPresent(withSuffix(candidate, "-wal")); ++n) {
        candidate = withSuffix(base, "-" + std::to_string(n));
    }
    return candidate;
}

/// Renames the user copy and its sidecars out of the way; never deletes them.
Result<std::filesystem::path, StoreError> moveAside(const std::filesystem::path& path, std::string_view tag)
{
    const auto target = asideName(path, tag);
    std::error_code error;
    if (isPresent(path)) {
        std::filesystem::rename(path, target, error);
        if (error) {
            return Failure<StoreError> {storeError(StoreCode::MoveAsideFailed, path, error.message())};
        }
    }
    // A -wal left beside a new file would be replayed into it: it must go along. The -shm is an
    // index SQLite rebuilds from the -wal, and an empty sidecar (as a read-only look at the file
    // leaves behind) holds nothing: those are removed instead.
    for (const char* sidecar : kSidecars) {
        const auto from = withSuffix(path, sidecar);
        std::error_code sizeError;
        const auto size = std::filesystem::file_size(from, sizeError);
        if (std::string_view(sidecar) == "-shm" || (!sizeError && size == 0)) {
            std::filesystem::remove(from, error);
            error.clear();
            continue;
        }
        if (isPresent(from)) {
            std::filesystem::rename(from, withSuffix(target, sidecar), error);
            if (error) {
                return Failure<StoreError> {storeError(StoreCode::MoveAsideFailed, from, error.message())};
            }
        }
    }
    return target;
}

/// Makes the user copy from the shipped one: written beside it under a temporary name and put in
/// place only when complete, so there is never half a copy under the real name.
Result<Nothing, StoreError> createFromShipped(const Database& shipped, const std::filesystem::path& userCopy)
{
    std::error_code error;
    if (userCopy.has_parent_path()) {
        std::filesystem::create_directories(userCopy.parent_path(), error);
        if (error) {
            return Failure<StoreError> {storeError(StoreCode::FolderFailed, userCopy.parent_path(), error.message())};
        }
    }
    if (!isPresent(userCopy)) {
        // Sidecars without their database (the file was deleted by hand) would be replayed into the new one.
        bool orphans = false;
        for (const char* sidecar : kSidecars) {
            orphans = orphans || isPresent(withSuffix(userCopy, sidecar));
        }
        if (orphans) {
            if (auto moved = moveAside(userCopy, "orphaned"); !moved) {
                return Failure<StoreError> {moved.error()};
            }
        }
    }

    const TemporaryFile temporary(temporaryBeside(userCopy, "new"));
    {
        auto db = openFile(temporary.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!db) {
            return Failure<StoreError> {storeError(StoreCode::CopyFailed, userCopy, db.error().detail)};
        }
        if (auto copied = copyDatabase(shipped, *db); !copied) {
            return Failure<StoreError> {storeError(StoreCode::CopyFailed, userCopy, copied.error().detail)};
        }
    }
    // A hard link never replaces a file: when another process made the copy first, keep theirs
    // (it may already have it open, with its -wal beside it).
    std::filesystem::create_hard_link(temporary.path(), userCopy, error);
    if (error && error != std::errc::file_exists) {
        error.clear();
        std::filesystem::rename(temporary.path(), userCopy, error);  // a file system without hard links
        if (error) {
            return Failure<StoreError> {storeError(StoreCode::CopyFailed, userCopy, error.message())};
        }
    }
    return Nothing {};
}

SqliteResult<std::int64_t> pageSize(const Database& db)
{
    auto statement = db.prepare("PRAGMA page_size");
    if (!statement) {
        return Failure<SqliteError> {statement.error()};
    }
    const auto step = statement->step();
    if (!step) {
        return Failure<SqliteError> {step.error()};
    }
    return statement->columnInt64(0);
}

/// Replaces the KEV catalog of `to` by the one in `from`, in one transaction. vendor_id is looked
/// up again, since the new vendor aliases may tie more entries to known vendors.
SqliteResult<Nothing> carryOverKev(const KnowledgeBase& from, KnowledgeBase& to)
{
    Database& db = to.database();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Failure<SqliteError> {transaction.error()};
    }
    if (auto cleared = db.exec("DELETE FROM kev; DELETE FROM kev_meta;"); !cleared) {
        return cleared;
    }
    auto read = from.database().prepare("SELECT cve_id, vendor_project, product, name, date_added, "
                                        "short_description, required_action, ransomware FROM kev");
    auto insert = db.prepare("INSERT INTO kev(cve_id, vendor_project, product, vendor_id, name, date_added, "
                             "short_description, required_action, ransomware) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!read || !insert) {
        return Failure<SqliteError> {!read ? read.error() : insert.error()};
    }
    std::unordered_map<std::string, std::optional<std::string>> vendorOf;
    for (;;) {
        const auto step = read->step();
        if (!step) {
            return Failure<SqliteError> {step.error()};
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const auto vendorProject = read->columnText(1);
        auto known = vendorOf.find(vendorProject);
        if (known == vendorOf.end()) {
            known = vendorOf.emplace(vendorProject, to.vendorForAlias(vendorProject)).first;
        }
        insert->reset();
        insert->bind(1, std::string_view(read->columnText(0)))
            .bind(2, std::string_view(vendorProject))
            .bind(3, std::string_view(read->columnText(2)))
            .bind(4, known->second)
            .bind(5, read->columnOptionalText(3))
            .bind(6, read->columnOptionalText(4))
            .bind(7, read->columnOptionalText(5))
            .bind(8, read->columnOptionalText(6))
            .bind(9, read->columnOptionalText(7));
        if (auto inserted = insert->step(); !inserted) {
            return Failure<SqliteError> {inserted.error()};
        }
    }

    auto readMeta = from.database().prepare("SELECT key, value FROM kev_meta");
    auto insertMeta = db.prepare("INSERT INTO kev_meta(key, value) VALUES(?1, ?2)");
    if (!readMeta || !insertMeta) {
        return Failure<SqliteError> {!readMeta ? readMeta.error() : insertMeta.error()};
    }
    for (;;) {
        const auto step = readMeta->step();
        if (!step) {
            return Failure<SqliteError> {step.error()};
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        insertMeta->reset();
        insertMeta->bind(1, std::string_view(readMeta->columnText(0))).bind(2, readMeta->columnOptionalText(1));
        if (auto inserted = insertMeta->step(); !inserted) {
            return Failure<SqliteError> {inserted.error()};
        }
    }
    return transaction->commit();
}

/// Rebuilds the user copy from the shipped one, keeping a newer KEV catalog. The new contents are
/// made complete in a temporary file and then copied into the user copy in one backup step.
/// Returns why it failed; the user copy is then unchanged.
std::optional<std::string> refreshFromShipped(
    const Database& shipped, const std::filesystem::path& userCopy, std::vector<StoreNotice>& notices)
{
    // Opening brings the old copy to this program's schema, so its KEV tables have today's columns.
    auto old = KnowledgeBase::open(userCopy);
    if (!old) {
        return old.error().detail;
    }
    sqlite3_busy_timeout(old->database().handle(), kBusyTimeoutMs);

    const TemporaryFile temporary(temporaryBeside(userCopy, "refresh"));
    {
        auto db = openFile(temporary.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!db) {
            return db.error().detail;
        }
        if (auto copied = copyDatabase(shipped, *db); !copied) {
            return copied.error().detail;
        }
    }
    auto fresh = KnowledgeBase::open(temporary.path());  // migrates a shipped copy of an older schema
    if (!fresh) {
        return fresh.error().detail;
    }

    const auto oldReleased = kevMeta(*old, "dateReleased");
    const auto shippedReleased = kevMeta(*fresh, "dateReleased");
    // ISO 8601 times of one format compare as text.
    const bool keepOldKev = oldReleased && kevCount(*old) > 0 && (!shippedReleased || *oldReleased > *shippedReleased);
    if (keepOldKev) {
        if (auto carried = carryOverKev(*old, *fresh); !carried) {
            return carried.error().detail;
        }
    }

    // The user copy is in WAL mode, where a backup cannot change its page size: match it first.
    const auto oldPageSize = pageSize(old->database());
    const auto freshPageSize = pageSize(fresh->database());
    if (!oldPageSize || !freshPageSize) {
        return (!oldPageSize ? oldPageSize.error() : freshPageSize.error()).detail;
    }
    if (*oldPageSize != *freshPageSize) {
        auto resized = fresh->database().exec(
            "PRAGMA journal_mode = DELETE; PRAGMA page_size = " + std::to_string(*oldPageSize) + "; VACUUM;");
        if (!resized) {
            return resized.error().detail;
        }
    }
    if (auto copied = copyDatabase(fresh->database(), old->database()); !copied) {
        return copied.error().detail;
    }
    notices.push_back({StoreNoticeCode::RefreshedFromShipped, {}, {}});
    if (keepOldKev) {
        notices.push_back({StoreNoticeCode::KevCarriedOver, kevMeta(*old, "catalogVersion").value_or(""), {}});
    }
    return std::nullopt;
}

Result<OpenedKnowledge, StoreError> opened(
    KnowledgeResult<KnowledgeBase> base, std::vector<StoreNotice> notices, const std::filesystem::path& userCopy)
{
    if (!base) {
        const auto code = base.error().code == KnowledgeCode::Busy ? StoreCode::Busy : StoreCode::OpenFailed;
        return Failure<StoreError> {storeError(code, userCopy, base.error().detail)};
    }
    return OpenedKnowledge {std::move(base).value(), std::move(notices)};
}

}  // namespace

Result<OpenedKnowledge, StoreError> openKnowledgeStore(
    const std::filesystem::path& shipped, const std::filesystem::path& userCopy)
{
    std::vector<StoreNotice> notices;
    auto source = openShipped(shipped);
    const bool hadUserCopy = isPresent(userCopy);

    if (hadUserCopy) {
        Health health = examine(userCopy);
        if (health.state == Health::State::Busy) {
            return Failure<StoreError> {storeError(StoreCode::Busy, userCopy, health.detail)};
        }
        if (health.state == Health::State::Good) {
            if (!source) {
                notices.push_back({StoreNoticeCode::ShippedUnavailable, source.error().detail, {}});
            } else if (const auto shippedDigest = metaValue(*source, kDigestKey);
                       shippedDigest && health.digest != shippedDigest) {
                if (auto failure = refreshFromShipped(*source, userCopy, notices)) {
                    notices.push_back({StoreNoticeCode::RefreshFailed, *failure, {}});
                }
            }
            auto base = KnowledgeBase::open(userCopy);
            const auto code = base ? KnowledgeCode::Other : base.error().code;
            if (base || code == KnowledgeCode::Busy || code == KnowledgeCode::Full) {
                return opened(std::move(base), std::move(notices), userCopy);
            }
            // It looked sound but cannot be used (a migration failed, a read-only file): replace it.
            health = damaged(base.error().detail);
        }
        if (!source) {
            return Failure<StoreError> {source.error()};  // nothing to replace it with: leave it where it is
        }
        const bool newer = health.state == Health::State::Newer;
        auto moved = moveAside(userCopy, newer ? "newer" : "damaged");
        if (!moved) {
            return Failure<StoreError> {moved.error()};
        }
        notices.push_back(
            {newer ? StoreNoticeCode::ReplacedNewerSchema : StoreNoticeCode::ReplacedDamaged, health.detail, *moved});
    }

    if (!source) {
        return Failure<StoreError> {source.error()};
    }
    if (auto created = createFromShipped(*source, userCopy); !created) {
        return Failure<StoreError> {created.error()};
    }
    if (!hadUserCopy) {
        notices.push_back({StoreNoticeCode::CreatedFromShipped, {}, {}});
    }
    return opened(KnowledgeBase::open(userCopy), std::move(notices), userCopy);
}

std::optional<std::string> storedKnowledgeMeta(const std::filesystem::path& path, std::string_view key)
{
    if (!isPresent(path)) {
        return std::nullopt;
    }
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db) {
        return std::nullopt;
    }
    return metaValue(*db, key);
}

KnowledgeCounts knowledgeCounts(const KnowledgeBase& kb)
{
    const auto count = [&kb](std::string_view sql) -> std::size_t {
        auto statement = kb.database().prepare(sql);
        if (!statement) {
            return 0;
        }
        const auto step = statement->step();
        if (!step || *step != Statement::Step::Row) {
            return 0;
        }
        return static_cast<std::size_t>(statement->columnInt64(0));
    };
    KnowledgeCounts counts;
    counts.vendors = count("SELECT COUNT(*) FROM vendor");
    counts.aliases = count("SELECT COUNT(*) FROM vendor_alias");
    counts.advisories = count("SELECT COUNT(*) FROM advisory");
    counts.defaultCredentials = count("SELECT COUNT(*) FROM default_credential");
    counts.kevEntries = count("SELECT COUNT(*) FROM kev");
    counts.kevTiedToVendor = count("SELECT COUNT(*) FROM kev WHERE vendor_id IS NOT NULL");
    return counts;
}

}  // namespace voordeur::core::knowledge
