// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeStore.h"

#include "TempDir.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBuild.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace voordeur::core::knowledge;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

namespace {

const std::filesystem::path kSourceDir = VOORDEUR_KNOWLEDGE_SOURCE_DIR;
const std::filesystem::path kRealCatalog = voordeur::tests::kevSnapshotPath();
const std::filesystem::path kSmallCatalog = voordeur::tests::testDataPath("kev/small.json");

/// A shipped copy as the build makes it, in its own folder.
std::filesystem::path buildShipped(const TempDir& dir)
{
    std::filesystem::create_directories(dir.file("share"));
    const auto path = dir.file("share") / "knowledge.sqlite";
    const auto built = buildKnowledgeBase(kSourceDir, path);
    if (!built) {
        FAIL(describe(built.error()));
    }
    return path;
}

/// Changes a shipped copy as a build of another program version would, and keeps it one file.
void editShipped(const std::filesystem::path& shipped, const std::string& sql)
{
    auto db = Database::open(shipped.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE IF NOT EXISTS knowledge_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);" + sql));
}

void setDigest(const std::filesystem::path& shipped, const std::string& digest)
{
    editShipped(
        shipped, "INSERT OR REPLACE INTO knowledge_meta(key, value) VALUES('source_digest', '" + digest + "');");
}

OpenedKnowledge openStore(const std::filesystem::path& shipped, const std::filesystem::path& userCopy)
{
    auto opened = openKnowledgeStore(shipped, userCopy);
    if (!opened) {
        FAIL("openKnowledgeStore: " << static_cast<int>(opened.error().code) << " " << opened.error().detail);
    }
    return std::move(opened).value();
}

std::vector<StoreNoticeCode> codesOf(const std::vector<StoreNotice>& notices)
{
    std::vector<StoreNoticeCode> codes;
    for (const auto& notice : notices) {
        codes.push_back(notice.code);
    }
    return codes;
}

std::int64_t count(const KnowledgeBase& kb, const std::string& sql)
{
    auto statement = kb.database().prepare(sql);
    REQUIRE(statement);
    REQUIRE(*statement->step() == Statement::Step::Row);
    return statement->columnInt64(0);
}

std::size_t shippedVendors(const std::filesystem::path& shipped)
{
    auto db = Database::open(shipped.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db);
    auto statement = db->prepare("SELECT COUNT(*) FROM vendor");
    REQUIRE(statement);
    REQUIRE(*statement->step() == Statement::Step::Row);
    return static_cast<std::size_t>(statement->columnInt64(0));
}

/// Names in a folder that start with `prefix`.
std::vector<std::string> namesStartingWith(const std::filesystem::path& folder, const std::string& prefix)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const auto name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0) {
            names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// A user copy made by the store with the real KEV catalog in it, closed again (no -wal left).
void makeUserCopyWithKev(const std::filesystem::path& shipped, const std::filesystem::path& userCopy)
{
    auto opened = openStore(shipped, userCopy);
    REQUIRE(importKev(opened.base, readFile(kRealCatalog)));
}

}  // namespace

TEST_CASE("on first start the user copy is made from the shipped one", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto shippedBytes = readFile(shipped);
    const auto userCopy = dir.file("data") / "voordeur" / "knowledge.sqlite";

    {
        auto opened = openStore(shipped, userCopy);
        CHECK(codesOf(opened.notices) == std::vector {StoreNoticeCode::CreatedFromShipped});
        CHECK(*opened.base.storedSchemaVersion() == KnowledgeBase::schemaVersion);
        CHECK(*opened.base.integrityOk());
        const auto counts = knowledgeCounts(opened.base);
        CHECK(counts.vendors == shippedVendors(shipped));
        CHECK(counts.vendors >= 40);
        CHECK(counts.aliases > counts.vendors);
        CHECK(counts.advisories >= 6);
        CHECK(counts.defaultCredentials > 0);
        CHECK(counts.kevEntries == 0);
        CHECK(opened.base.vendorForAlias("D-Link") == std::optional<std::string> {"dlink"});
        CHECK(storedKnowledgeMeta(shipped, "source_digest") == storedKnowledgeMeta(userCopy, "source_digest"));

        auto mode = opened.base.database().prepare("PRAGMA journal_mode");
        REQUIRE(mode);
        REQUIRE(*mode->step() == Statement::Step::Row);
        CHECK(mode->columnText(0) == "wal");
    }
    CHECK(readFile(shipped) == shippedBytes);
    CHECK(namesStartingWith(dir.file("data") / "voordeur", "knowledge.sqlite.").empty());

    // The second start finds its copy and has nothing to say.
    auto again = openStore(shipped, userCopy);
    CHECK(again.notices.empty());
    CHECK(readFile(shipped) == shippedBytes);
}

TEST_CASE("a damaged user copy is moved aside, never deleted, and made again", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto userCopy = dir.file("knowledge.sqlite");
    makeUserCopyWithKev(shipped, userCopy);
    auto bytes = readFile(userCopy);
    REQUIRE(bytes.size() > 512U * 1024U);

    SECTION("garbage bytes")
    {
        bytes.assign(64 * 1024, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>((i * 131U + 7U) & 0xffU);
        }
    }
    SECTION("a text file")
    {
        bytes = "This is not a database.\n";
    }
    SECTION("an empty file")
    {
        bytes.clear();
    }
    SECTION("a file cut off half-way")
    {
        bytes.resize(bytes.size() / 2);
    }
    SECTION("zeroed pages after an intact header page")
    {
        std::fill(bytes.begin() + 4096, bytes.begin() + 4096 + 64 * 4096, '\0');
    }
    SECTION("a zeroed header page")
    {
        std::fill(bytes.begin(), bytes.begin() + 4096, '\0');
    }
    writeFile(userCopy, bytes);

    auto opened = openStore(shipped, userCopy);
    REQUIRE(codesOf(opened.notices) == std::vector {StoreNoticeCode::ReplacedDamaged});
    const auto& notice = opened.notices.front();
    CHECK_FALSE(notice.detail.empty());
    CHECK(notice.movedTo.parent_path() == userCopy.parent_path());
    CHECK(notice.movedTo.filename().string().rfind("knowledge.sqlite.damaged-", 0) == 0);
    REQUIRE(std::filesystem::exists(notice.movedTo));
    CHECK(readFile(notice.movedTo) == bytes);
    // Nothing was left of the old copy's -wal (it had none) or -shm, beside either name.
    for (const auto* sidecar : {"-wal", "-shm"}) {
        CHECK_FALSE(std::filesystem::exists(notice.movedTo.string() + sidecar));
    }

    CHECK(*opened.base.integrityOk());
    CHECK(knowledgeCounts(opened.base).vendors == shippedVendors(shipped));
    CHECK(kevCount(opened.base) == 0);
}

TEST_CASE("damaged user copies moved aside in the same second keep distinct names", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto userCopy = dir.file("knowledge.sqlite");
    writeFile(userCopy, "first");
    {
        const auto first = openStore(shipped, userCopy);
        REQUIRE(codesOf(first.notices) == std::vector {StoreNoticeCode::ReplacedDamaged});
    }
    writeFile(userCopy, "second");
    auto second = openStore(shipped, userCopy);
    REQUIRE(codesOf(second.notices) == std::vector {StoreNoticeCode::ReplacedDamaged});
    const auto aside = namesStartingWith(dir.path(), "knowledge.sqlite.damaged-");
    REQUIRE(aside.size() == 2);
    std::vector<std::string> contents;
    for (const auto& name : aside) {
        contents.push_back(readFile(dir.file(name)));
    }
    std::sort(contents.begin(), contents.end());
    CHECK(contents == std::vector<std::string> {"first", "second"});
}

TEST_CASE("a user copy written by a newer program is moved aside and made again", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto userCopy = dir.file("knowledge.sqlite");
    makeUserCopyWithKev(shipped, userCopy);
    {
        auto db = Database::open(userCopy.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db);
        REQUIRE(db->setUserVersion(KnowledgeBase::schemaVersion + 1));
    }
    const auto bytes = readFile(userCopy);

    auto opened = openStore(shipped, userCopy);
    REQUIRE(codesOf(opened.notices) == std::vector {StoreNoticeCode::ReplacedNewerSchema});
    CHECK(opened.notices.front().detail == std::to_string(KnowledgeBase::schemaVersion + 1));
    const auto movedTo = opened.notices.front().movedTo;
    CHECK(movedTo.filename().string().rfind("knowledge.sqlite.newer-", 0) == 0);
    CHECK(readFile(movedTo) == bytes);
    CHECK(*opened.base.storedSchemaVersion() == KnowledgeBase::schemaVersion);
    CHECK(knowledgeCounts(opened.base).vendors == shippedVendors(shipped));
}

TEST_CASE("a new shipped copy refreshes the user copy and keeps its newer KEV catalog", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    setDigest(shipped, "digest-of-version-1");
    const auto userCopy = dir.file("knowledge.sqlite");
    makeUserCopyWithKev(shipped, userCopy);
    std::optional<std::string> importedAt;
    std::int64_t microsoftEntries = 0;
    std::int64_t dlinkEntries = 0;
    {
        auto before = openStore(shipped, userCopy);
        CHECK(before.notices.empty());
        importedAt = kevMeta(before.base, "importedAt");
        for (const auto& [vendor, entries] : kevCountsByVendorProject(before.base)) {
            if (vendor == "Microsoft") {
                microsoftEntries = entries;
            }
        }
        CHECK(
            count(before.base, "SELECT COUNT(*) FROM kev WHERE vendor_project = 'Microsoft' AND vendor_id IS NOT NULL")
            == 0);
        dlinkEntries = count(before.base, "SELECT COUNT(*) FROM kev WHERE vendor_id = 'dlink'");
    }
    REQUIRE(importedAt);
    REQUIRE(microsoftEntries > 100);
    REQUIRE(dlinkEntries >= 24);

    // The next program version ships a knowledge base with one more vendor.
    editShipped(shipped,
        "INSERT INTO vendor(id, name, country, isp_router_brand) VALUES('microsoft', 'Microsoft', 'US', 0);"
        "INSERT INTO vendor_alias(alias_key, vendor_id) VALUES('microsoft', 'microsoft');");
    setDigest(shipped, "digest-of-version-2");

    SECTION("opened by itself")
    {
        auto opened = openStore(shipped, userCopy);
        REQUIRE(codesOf(opened.notices)
            == std::vector {StoreNoticeCode::RefreshedFromShipped, StoreNoticeCode::KevCarriedOver});
        CHECK(opened.notices.back().detail == "2025.08.25");
        CHECK(*opened.base.integrityOk());
        CHECK(opened.base.vendorForAlias("Microsoft") == std::optional<std::string> {"microsoft"});
        CHECK(kevCount(opened.base) == 1404);
        CHECK(kevMeta(opened.base, "catalogVersion") == std::optional<std::string> {"2025.08.25"});
        CHECK(kevMeta(opened.base, "importedAt") == importedAt);
        // Entries are tied to vendors again with the new aliases.
        CHECK(count(opened.base, "SELECT COUNT(*) FROM kev WHERE vendor_id = 'microsoft'") == microsoftEntries);
        CHECK(count(opened.base, "SELECT COUNT(*) FROM kev WHERE vendor_id = 'dlink'") == dlinkEntries);
    }
    SECTION("from a shipped copy with another page size")
    {
        editShipped(shipped, "PRAGMA page_size = 8192; VACUUM;");
        auto opened = openStore(shipped, userCopy);
        REQUIRE(codesOf(opened.notices)
            == std::vector {StoreNoticeCode::RefreshedFromShipped, StoreNoticeCode::KevCarriedOver});
        CHECK(*opened.base.integrityOk());
        CHECK(opened.base.vendorForAlias("Microsoft") == std::optional<std::string> {"microsoft"});
        CHECK(kevCount(opened.base) == 1404);
    }
    SECTION("while another connection has the user copy open")
    {
        auto other = KnowledgeBase::open(userCopy);
        REQUIRE(other);
        auto opened = openStore(shipped, userCopy);
        REQUIRE(codesOf(opened.notices)
            == std::vector {StoreNoticeCode::RefreshedFromShipped, StoreNoticeCode::KevCarriedOver});
        // The other connection sees the new contents, not a file renamed under it.
        CHECK(other->vendorForAlias("Microsoft") == std::optional<std::string> {"microsoft"});
        CHECK(kevCount(*other) == 1404);
    }
    CHECK(storedKnowledgeMeta(userCopy, "source_digest") == std::optional<std::string> {"digest-of-version-2"});
    // No temporary file is left behind.
    for (const auto& name : namesStartingWith(dir.path(), "knowledge.sqlite")) {
        CHECK((name == "knowledge.sqlite" || name == "knowledge.sqlite-wal" || name == "knowledge.sqlite-shm"));
    }

    auto third = openStore(shipped, userCopy);
    CHECK(third.notices.empty());
    CHECK(kevCount(third.base) == 1404);
}

TEST_CASE("a refresh keeps the shipped KEV catalog when it is the newer one", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    setDigest(shipped, "v1");
    const auto userCopy = dir.file("knowledge.sqlite");
    makeUserCopyWithKev(shipped, userCopy);  // released 2025-08-25
    {
        auto kb = KnowledgeBase::open(dir.file("share") / "knowledge.sqlite");
        REQUIRE(kb);
        REQUIRE(importKev(*kb, readFile(kSmallCatalog)));  // released 2099-01-01
        REQUIRE(kb->database().exec("PRAGMA journal_mode = DELETE"));
    }
    setDigest(shipped, "v2");

    auto opened = openStore(shipped, userCopy);
    CHECK(codesOf(opened.notices) == std::vector {StoreNoticeCode::RefreshedFromShipped});
    CHECK(kevCount(opened.base) == 3);
    CHECK(kevMeta(opened.base, "catalogVersion") == std::optional<std::string> {"2099.01.01"});
}

TEST_CASE("a user copy from the same shipped copy is used as it is", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    setDigest(shipped, "same");
    const auto userCopy = dir.file("knowledge.sqlite");
    makeUserCopyWithKev(shipped, userCopy);
    auto opened = openStore(shipped, userCopy);
    CHECK(opened.notices.empty());
    CHECK(kevCount(opened.base) == 1404);
}

TEST_CASE("without a usable shipped copy the user copy is kept, or a clear error given", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto userCopy = dir.file("knowledge.sqlite");
    const auto missing = dir.file("nowhere") / "knowledge.sqlite";

    SECTION("no user copy and no shipped copy: nothing is created")
    {
        const auto opened = openKnowledgeStore(missing, userCopy);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == StoreCode::ShippedMissing);
        CHECK(opened.error().detail.find("nowhere") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(userCopy));
    }
    SECTION("a sound user copy is used and the missing shipped copy reported")
    {
        makeUserCopyWithKev(shipped, userCopy);
        auto opened = openStore(missing, userCopy);
        CHECK(codesOf(opened.notices) == std::vector {StoreNoticeCode::ShippedUnavailable});
        CHECK(kevCount(opened.base) == 1404);
    }
    SECTION("a damaged user copy stays where it is when there is nothing to replace it with")
    {
        writeFile(userCopy, "garbage");
        const auto opened = openKnowledgeStore(missing, userCopy);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == StoreCode::ShippedMissing);
        CHECK(readFile(userCopy) == "garbage");
        CHECK(namesStartingWith(dir.path(), "knowledge.sqlite.").empty());
    }
    SECTION("a damaged shipped copy")
    {
        const auto damaged = dir.file("damaged-shipped.sqlite");
        writeFile(damaged, std::string(8192, 'x'));
        const auto opened = openKnowledgeStore(damaged, userCopy);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == StoreCode::ShippedDamaged);
        CHECK_FALSE(std::filesystem::exists(userCopy));
    }
    SECTION("an empty shipped copy")
    {
        const auto empty = dir.file("empty-shipped.sqlite");
        writeFile(empty, "");
        const auto opened = openKnowledgeStore(empty, userCopy);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == StoreCode::ShippedDamaged);
    }
}

TEST_CASE("SQLite files left without their database are moved aside before a new copy is made", "[knowledge][store]")
{
    TempDir dir;
    const auto shipped = buildShipped(dir);
    const auto userCopy = dir.file("knowledge.sqlite");
    writeFile(dir.file("knowledge.sqlite-wal"), std::string(4096, 'w'));
    auto opened = openStore(shipped, userCopy);
    CHECK(codesOf(opened.notices) == std::vector {StoreNoticeCode::CreatedFromShipped});
    CHECK(*opened.base.integrityOk());
    const auto aside = namesStartingWith(dir.path(), "knowledge.sqlite.orphaned-");
    REQUIRE(aside.size() == 1);
    CHECK(readFile(dir.file(aside.front())) == std::string(4096, 'w'));
}

TEST_CASE("a missing knowledge_meta row reads as unknown", "[knowledge][store]")
{
    TempDir dir;
    CHECK_FALSE(storedKnowledgeMeta(dir.file("missing.sqlite"), "source_digest"));
    const auto path = dir.file("plain.sqlite");
    {
        auto db = Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE t(x)"));
    }
    CHECK_FALSE(storedKnowledgeMeta(path, "source_digest"));
    setDigest(path, "abc");
    CHECK(storedKnowledgeMeta(path, "source_digest") == std::optional<std::string> {"abc"});
    CHECK_FALSE(storedKnowledgeMeta(path, "built_with"));
}
