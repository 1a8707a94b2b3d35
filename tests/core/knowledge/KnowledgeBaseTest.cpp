// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeBase.h"

#include "TempDir.h"
#include "core/knowledge/KevImport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace voordeur::core::knowledge;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

namespace {

const std::filesystem::path kRealCatalog = voordeur::tests::kevSnapshotPath();

bool tableExists(const KnowledgeBase& kb, std::string_view name)
{
    auto statement = kb.database().prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    REQUIRE(statement);
    statement->bind(1, name);
    const auto step = statement->step();
    REQUIRE(step);
    return *step == Statement::Step::Row;
}

}  // namespace

TEST_CASE("a fresh knowledge base file gets the newest schema version with all tables", "[knowledge][migration]")
{
    TempDir dir;
    auto kb = KnowledgeBase::open(dir.file("kb.sqlite"));
    REQUIRE(kb);
    CHECK(*kb->storedSchemaVersion() == KnowledgeBase::schemaVersion);
    CHECK(KnowledgeBase::schemaVersion == 3);
    for (const auto* table : {"vendor", "vendor_alias", "kev", "kev_meta", "vendor_policy", "vendor_kind",
             "vendor_text", "advisory", "advisory_vendor", "advisory_text", "default_credential", "knowledge_meta",
             "model_family", "model_family_pattern", "model_family_text", "fingerprint_rule"}) {
        CHECK(tableExists(*kb, table));
    }
    CHECK(*kb->integrityOk());
}

TEST_CASE("the knowledge base opens with foreign keys on and WAL journaling", "[knowledge][migration]")
{
    TempDir dir;
    auto kb = KnowledgeBase::open(dir.file("kb.sqlite"));
    REQUIRE(kb);
    auto mode = kb->database().prepare("PRAGMA journal_mode");
    REQUIRE(mode);
    REQUIRE(*mode->step() == Statement::Step::Row);
    CHECK(mode->columnText(0) == "wal");

    const auto orphan = kb->database().exec("INSERT INTO vendor_alias(alias_key, vendor_id) VALUES('x', 'nobody')");
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().code == SqliteCode::Constraint);
}

TEST_CASE("opening an up-to-date knowledge base again changes nothing", "[knowledge][migration]")
{
    TempDir dir;
    const auto path = dir.file("kb.sqlite");
    {
        auto kb = KnowledgeBase::open(path);
        REQUIRE(kb);
        REQUIRE(kb->addVendor("dlink", "D-Link", "TW", false, {"D Link Corporation"}));
    }
    auto again = KnowledgeBase::open(path);
    REQUIRE(again);
    CHECK(*again->storedSchemaVersion() == KnowledgeBase::schemaVersion);
    CHECK(again->vendorForAlias("D-Link") == std::optional<std::string> {"dlink"});
    CHECK(*again->integrityOk());
}

TEST_CASE("a file written by a newer schema is refused and left unchanged", "[knowledge][migration]")
{
    TempDir dir;
    const auto path = dir.file("newer.sqlite");
    {
        auto db = Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE future(x TEXT); INSERT INTO future VALUES('keep me');"));
        REQUIRE(db->setUserVersion(99));
    }
    const auto before = readFile(path);
    REQUIRE_FALSE(before.empty());

    const auto kb = KnowledgeBase::open(path);
    REQUIRE_FALSE(kb);
    CHECK(kb.error().code == KnowledgeCode::NewerSchema);
    CHECK(kb.error().detail == "99");

    CHECK(readFile(path) == before);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("a file of garbage bytes is reported as Corrupt, not opened", "[knowledge][migration]")
{
    TempDir dir;
    const auto path = dir.file("garbage.sqlite");
    std::string garbage(64 * 1024, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 131U + 7U) & 0xffU);
    }
    writeFile(path, garbage);

    const auto kb = KnowledgeBase::open(path);
    REQUIRE_FALSE(kb);
    CHECK(kb.error().code == KnowledgeCode::Corrupt);
}

TEST_CASE("damaged pages in a copy of a filled knowledge base are detected", "[knowledge][migration]")
{
    TempDir dir;
    const auto path = dir.file("kb.sqlite");
    {
        auto kb = KnowledgeBase::open(path);
        REQUIRE(kb);
        REQUIRE(importKev(*kb, readFile(kRealCatalog)));
    }
    auto bytes = readFile(path);
    REQUIRE(bytes.size() > 256U * 1024U);
    // Keep the header page intact so the file still looks like a database; wreck the pages after it.
    for (std::size_t i = 4096; i < 4096 + 128U * 1024U; ++i) {
        bytes[i] = static_cast<char>((i * 37U) & 0xffU);
    }
    const auto copy = dir.file("damaged.sqlite");
    writeFile(copy, bytes);

    auto kb = KnowledgeBase::open(copy);
    bool detected = false;
    if (!kb) {
        detected = kb.error().code == KnowledgeCode::Corrupt;
    } else {
        const auto integrity = kb->integrityOk();
        detected = integrity ? !*integrity : integrity.error().code == KnowledgeCode::Corrupt;
    }
    CHECK(detected);
}

TEST_CASE("vendor aliases are matched regardless of case, spaces and punctuation", "[knowledge][vendor]")
{
    TempDir dir;
    auto kb = KnowledgeBase::open(dir.file("kb.sqlite"));
    REQUIRE(kb);
    REQUIRE(kb->addVendor("dlink", "D-Link", "TW", false, {"D-Link Corporation", "DLink Systems"}));
    REQUIRE(kb->addVendor("kpn", "KPN", "NL", true, {}));

    CHECK(KnowledgeBase::aliasKey("D-Link Corporation") == "dlinkcorporation");
    CHECK(kb->vendorForAlias("D-Link") == std::optional<std::string> {"dlink"});
    CHECK(kb->vendorForAlias("d link") == std::optional<std::string> {"dlink"});
    CHECK(kb->vendorForAlias("DLINK") == std::optional<std::string> {"dlink"});
    CHECK(kb->vendorForAlias("dlink systems") == std::optional<std::string> {"dlink"});
    CHECK(kb->vendorForAlias("kpn") == std::optional<std::string> {"kpn"});
    CHECK(kb->vendorForAlias("TP-Link") == std::nullopt);
    CHECK(kb->vendorForAlias("--") == std::nullopt);

    auto row = kb->database().prepare("SELECT name, country, isp_router_brand FROM vendor WHERE id = 'kpn'");
    REQUIRE(row);
    REQUIRE(*row->step() == Statement::Step::Row);
    CHECK(row->columnText(0) == "KPN");
    CHECK(row->columnText(1) == "NL");
    CHECK(row->columnInt64(2) == 1);
}
