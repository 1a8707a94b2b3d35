// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/FingerprintStore.h"

#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

using namespace voordeur::core;
using namespace voordeur::core::passwords;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

namespace {

RememberedFingerprint remembered(std::string label, std::string_view password, const ReuseSalt& salt)
{
    auto prints = fingerprintForReuse(Secret(password), salt, {1, 8192});
    REQUIRE(prints);
    return {std::move(label), *prints};
}

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("Remembered fingerprints and their salt survive reopening; labels are replaced", "[passwords][store]")
{
    TempDir dir;
    const auto path = dir.file("reuse-fingerprints.sqlite");
    const ReuseSalt salt = ReuseSalt::random();
    const auto router = remembered("Router", "Welkom01!", salt);
    const auto bank = remembered("Bank", "Zomer2023", salt);
    const auto routerNew = remembered("Router", "Tr0mpet-Vijver-9", salt);
    {
        auto store = FingerprintStore::open(path);
        REQUIRE(store);
        CHECK_FALSE(store->salt());
        CHECK(store->remembered().empty());
        REQUIRE(store->remember(salt, std::vector {router, bank}));
        REQUIRE(store->remember(salt, std::vector {routerNew}));
    }
    auto store = FingerprintStore::open(path);
    REQUIRE(store);
    CHECK(store->salt() == salt);
    const auto rows = store->remembered();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].label == "Bank");
    CHECK(rows[0].fingerprints == bank.fingerprints);
    CHECK(rows[1].label == "Router");
    CHECK(rows[1].fingerprints == routerNew.fingerprints);

    // Another salt makes the old fingerprints meaningless: they are replaced, not mixed.
    const ReuseSalt other = ReuseSalt::random();
    REQUIRE(store->remember(other, std::vector {remembered("Wifi", "geheim123", other)}));
    CHECK(store->salt() == other);
    REQUIRE(store->remembered().size() == 1);
    CHECK(store->remembered()[0].label == "Wifi");

    REQUIRE(store->forget());
    CHECK_FALSE(store->salt());
    CHECK(store->remembered().empty());
}

TEST_CASE("The fingerprint file holds no password, only fingerprints", "[passwords][store]")
{
    TempDir dir;
    const auto path = dir.file("reuse-fingerprints.sqlite");
    const ReuseSalt salt = ReuseSalt::random();
    {
        auto store = FingerprintStore::open(path);
        REQUIRE(store);
        REQUIRE(store->remember(salt, std::vector {remembered("Router", "Welkom01!", salt)}));
    }
    std::string bytes = fileBytes(path);
    for (const char* suffix : {"-wal", "-shm"}) {
        auto side = path;
        side += suffix;
        if (std::filesystem::exists(side)) {
            bytes += fileBytes(side);
        }
    }
    CHECK(bytes.find("Router") != std::string::npos);  // the label is there, so the scan is real
    CHECK(bytes.find("Welkom01!") == std::string::npos);
    CHECK(bytes.find("welkom") == std::string::npos);
}

TEST_CASE("A damaged or newer fingerprint file is refused, not overwritten", "[passwords][store]")
{
    TempDir dir;
    const auto path = dir.file("reuse-fingerprints.sqlite");
    SECTION("not a database")
    {
        writeFile(path, std::string(8192, 'x'));
        const auto store = FingerprintStore::open(path);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == FingerprintStoreCode::Corrupt);
        CHECK(std::filesystem::file_size(path) == 8192);
    }
    SECTION("a newer schema")
    {
        {
            REQUIRE(FingerprintStore::open(path));
        }
        auto db = knowledge::Database::open(path.string(), 0x2 /* SQLITE_OPEN_READWRITE */);
        REQUIRE(db);
        REQUIRE(db->setUserVersion(3));
        const auto store = FingerprintStore::open(path);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == FingerprintStoreCode::NewerSchema);
    }
}
