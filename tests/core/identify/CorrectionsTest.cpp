// SPDX-License-Identifier: EUPL-1.2
#include "core/identify/Corrections.h"

#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>

using namespace voordeur::core;
using identify::Correction;
using identify::CorrectionCode;
using identify::CorrectionStore;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

TEST_CASE("corrections are remembered per MAC address across openings", "[identify][corrections]")
{
    TempDir dir;
    const auto path = dir.file("household.sqlite");
    const auto camera = *net::MacAddress::parse("44:19:b6:00:00:01");
    const auto speaker = *net::MacAddress::parse("48:a6:b8:00:00:02");
    {
        auto store = CorrectionStore::open(path);
        REQUIRE(store);
        CHECK_FALSE(store->find(camera));
        REQUIRE(store->save(camera, {std::string("hikvision"), std::string("DS-2CD2143G0-I"), std::string("camera")}));
        REQUIRE(store->save(speaker, {std::nullopt, std::nullopt, std::string("speaker")}));
        REQUIRE(store->save(speaker, {std::string("sonos"), std::nullopt, std::string("speaker")}));
    }
    auto store = CorrectionStore::open(path);
    REQUIRE(store);
    CHECK(store->find(camera)
        == Correction {std::string("hikvision"), std::string("DS-2CD2143G0-I"), std::string("camera")});
    CHECK(store->find(speaker) == Correction {std::string("sonos"), std::nullopt, std::string("speaker")});
    CHECK(store->all().size() == 2);

    REQUIRE(store->save(camera, Correction {}));
    CHECK_FALSE(store->find(camera));
    CHECK(store->all().size() == 1);
}

TEST_CASE("a damaged or newer corrections file is refused, not overwritten", "[identify][corrections]")
{
    TempDir dir;
    const auto path = dir.file("household.sqlite");
    SECTION("not a database")
    {
        writeFile(path, std::string(8192, 'x'));
        const auto store = CorrectionStore::open(path);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == CorrectionCode::Corrupt);
        CHECK(std::filesystem::file_size(path) == 8192);
    }
    SECTION("a newer schema")
    {
        {
            REQUIRE(CorrectionStore::open(path));
        }
        auto db = knowledge::Database::open(path.string(), 0x2 /* SQLITE_OPEN_READWRITE */);
        REQUIRE(db);
        REQUIRE(db->setUserVersion(7));
        const auto store = CorrectionStore::open(path);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == CorrectionCode::NewerSchema);
    }
}
