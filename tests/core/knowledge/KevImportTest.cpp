// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KevImport.h"

#include "TempDir.h"
#include "core/knowledge/KnowledgeBase.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace voordeur::core::knowledge;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;

namespace {

const std::filesystem::path kRealCatalog = voordeur::tests::kevSnapshotPath();
const std::filesystem::path kFixtures = voordeur::tests::testDataPath("kev");

// Facts of the snapshot dated 2025-08-25 (see its SOURCE.txt), counted in the file itself.
constexpr std::size_t kRealCount = 1404;

int countFor(const std::vector<std::pair<std::string, int>>& counts, std::string_view key)
{
    const auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& entry) { return entry.first == key; });
    return it == counts.end() ? 0 : it->second;
}

KnowledgeBase openKb(const TempDir& dir)
{
    auto kb = KnowledgeBase::open(dir.file("kb.sqlite"));
    REQUIRE(kb);
    return std::move(kb).value();
}

}  // namespace

TEST_CASE("CVE ids are CVE-, a four-digit year, and four or more digits", "[knowledge][kev]")
{
    CHECK(isCveId("CVE-2021-36260"));
    CHECK(isCveId("CVE-2099-0001"));
    CHECK(isCveId("CVE-2024-1234567"));
    CHECK_FALSE(isCveId("CVE-21-36260"));
    CHECK_FALSE(isCveId("CVE-2021-123"));
    CHECK_FALSE(isCveId("cve-2021-36260"));
    CHECK_FALSE(isCveId("CVE-2021-3626x"));
    CHECK_FALSE(isCveId("CVE-2021_36260"));
    CHECK_FALSE(isCveId(""));
}

TEST_CASE("the real KEV snapshot imports completely with its exact count", "[knowledge][kev]")
{
    TempDir dir;
    auto kb = openKb(dir);
    const auto text = readFile(kRealCatalog);
    REQUIRE_FALSE(text.empty());

    const auto summary = importKev(kb, text);
    REQUIRE(summary);
    CHECK(summary->imported == kRealCount);
    CHECK(summary->catalogVersion == "2025.08.25");
    CHECK(summary->dateReleased == "2025-08-25T17:04:19.9796Z");
    CHECK(summary->tiedToVendor == 0);
    CHECK(kevCount(kb) == kRealCount);
    CHECK(kevMeta(kb, "catalogVersion") == std::optional<std::string> {"2025.08.25"});
    CHECK(kevMeta(kb, "count") == std::optional<std::string> {"1404"});
    CHECK(kevMeta(kb, "importedAt").has_value());

    const auto counts = kevCountsByVendorProject(kb);
    CHECK(countFor(counts, "Hikvision") == 1);
    CHECK(countFor(counts, "D-Link") == 24);
    CHECK(countFor(counts, "QNAP") == 11);
    CHECK(countFor(counts, "NETGEAR") == 8);
    CHECK(countFor(counts, "Synology") == 0);
    REQUIRE_FALSE(counts.empty());
    CHECK(counts.front() == std::pair<std::string, int> {"Microsoft", 340});

    const auto hikvision = kevEntry(kb, "CVE-2021-36260");
    REQUIRE(hikvision);
    CHECK(hikvision->vendorProject == "Hikvision");
    CHECK(hikvision->product == "Security cameras web server");
    CHECK(hikvision->dateAdded == "2022-01-10");
    CHECK(hikvision->ransomware == "Unknown");
    CHECK_FALSE(hikvision->vendorId.has_value());
}

TEST_CASE("KEV entries tie to vendors known under one of their aliases", "[knowledge][kev]")
{
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(kb.addVendor("dlink", "D-Link", "TW", false, {"D-Link"}));
    REQUIRE(kb.addVendor("hikvision", "Hikvision", "CN", false, {}));
    REQUIRE(kb.addVendor("qnap", "QNAP", "TW", false, {"QNAP Systems"}));

    const auto summary = importKev(kb, readFile(kRealCatalog));
    REQUIRE(summary);
    CHECK(summary->imported == kRealCount);
    CHECK(summary->tiedToVendor == 24 + 1 + 11 + 1);

    const auto byVendor = kevCountsByVendor(kb);
    CHECK(byVendor.size() == 3);
    CHECK(countFor(byVendor, "dlink") == 24);
    CHECK(countFor(byVendor, "qnap") == 12);
    CHECK(countFor(byVendor, "hikvision") == 1);

    const auto hikvision = kevEntry(kb, "CVE-2021-36260");
    REQUIRE(hikvision);
    CHECK(hikvision->vendorId == std::optional<std::string> {"hikvision"});
}

TEST_CASE("a new import replaces the previous catalog entirely", "[knowledge][kev]")
{
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(importKev(kb, readFile(kRealCatalog)));
    const auto summary = importKev(kb, readFile(kFixtures / "small.json"));
    REQUIRE(summary);
    CHECK(summary->imported == 3);
    CHECK(kevCount(kb) == 3);
    CHECK_FALSE(kevEntry(kb, "CVE-2021-36260").has_value());
    CHECK(kevEntry(kb, "CVE-2099-10003").has_value());
    CHECK(kevMeta(kb, "catalogVersion") == std::optional<std::string> {"2099.01.01"});
}

TEST_CASE("a rejected KEV catalog leaves the previous import exactly intact", "[knowledge][kev]")
{
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(kb.addVendor("hikvision", "Hikvision", "CN", false, {}));
    const auto real = readFile(kRealCatalog);
    REQUIRE(importKev(kb, real));
    const auto sampleBefore = kevEntry(kb, "CVE-2021-36260");
    REQUIRE(sampleBefore);
    const auto importedAtBefore = kevMeta(kb, "importedAt");
    REQUIRE(kevCount(kb) == kRealCount);

    std::string bad;
    KevCode expected = KevCode::NotJson;
    SECTION("the first half of the real file")
    {
        bad = real.substr(0, real.size() / 2);
        expected = KevCode::NotJson;
    }
    SECTION("a count that differs from the number of entries")
    {
        bad = readFile(kFixtures / "wrong-count.json");
        expected = KevCode::CountMismatch;
    }
    SECTION("an entry without a cveID")
    {
        bad = readFile(kFixtures / "missing-cveid.json");
        expected = KevCode::BadSchema;
    }
    SECTION("an entry whose cveID is not a CVE id")
    {
        bad = readFile(kFixtures / "bad-cveid.json");
        expected = KevCode::BadCveId;
    }
    SECTION("an HTML page instead of JSON")
    {
        bad = readFile(kFixtures / "not-json.txt");
        expected = KevCode::NotJson;
    }
    SECTION("an empty vulnerabilities array")
    {
        bad = readFile(kFixtures / "empty.json");
        expected = KevCode::Empty;
    }
    SECTION("a JSON array instead of the catalog object")
    {
        bad = "[1, 2, 3]";
        expected = KevCode::BadSchema;
    }
    SECTION("a text beyond the size cap")
    {
        bad = std::string(maxKevCatalogBytes + 1, ' ');
        expected = KevCode::TooLarge;
    }
    SECTION("the same CVE twice")
    {
        const auto small = readFile(kFixtures / "small.json");
        bad = small;
        const auto pos = bad.find("CVE-2099-10003");
        REQUIRE(pos != std::string::npos);
        bad.replace(pos, 14, "CVE-2099-0001");
        expected = KevCode::DuplicateCve;
    }
    REQUIRE_FALSE(bad.empty());

    const auto result = importKev(kb, bad);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == expected);

    CHECK(kevCount(kb) == kRealCount);
    const auto sampleAfter = kevEntry(kb, "CVE-2021-36260");
    REQUIRE(sampleAfter);
    CHECK(sampleAfter->product == sampleBefore->product);
    CHECK(sampleAfter->shortDescription == sampleBefore->shortDescription);
    CHECK(sampleAfter->vendorId == std::optional<std::string> {"hikvision"});
    CHECK(kevMeta(kb, "catalogVersion") == std::optional<std::string> {"2025.08.25"});
    CHECK(kevMeta(kb, "importedAt") == importedAtBefore);
    CHECK_FALSE(kevEntry(kb, "CVE-2099-0001").has_value());
}
