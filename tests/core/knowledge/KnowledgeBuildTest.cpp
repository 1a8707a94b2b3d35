// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeBuild.h"

#include "TempDir.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBase.h"
#include "core/knowledge/SourceData.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

using namespace voordeur::core::knowledge;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

namespace {

const std::filesystem::path kSourceDir = VOORDEUR_KNOWLEDGE_SOURCE_DIR;
const std::filesystem::path kRealCatalog = voordeur::tests::kevSnapshotPath();

KnowledgeBase buildReal(const TempDir& dir)
{
    const auto output = dir.file("knowledge.sqlite");
    const auto built = buildKnowledgeBase(kSourceDir, output);
    if (!built) {
        FAIL(describe(built.error()));
    }
    auto kb = KnowledgeBase::open(output);
    REQUIRE(kb);
    return std::move(kb).value();
}

std::int64_t count(const KnowledgeBase& kb, const std::string& sql)
{
    auto statement = kb.database().prepare(sql);
    REQUIRE(statement);
    REQUIRE(*statement->step() == Statement::Step::Row);
    return statement->columnInt64(0);
}

/// A copy of the real source folder that a test may break.
std::filesystem::path copyOfSource(const TempDir& dir)
{
    const auto copy = dir.file("knowledge");
    std::filesystem::copy(kSourceDir, copy, std::filesystem::copy_options::recursive);
    return copy;
}

/// Replaces the first `from` in the file by `to` and returns the 1-based line it was on.
std::size_t replaceIn(const std::filesystem::path& file, std::string_view from, std::string_view to)
{
    auto text = readFile(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    writeFile(file, text);
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
}

SourceError buildError(const std::filesystem::path& source, const TempDir& dir)
{
    const auto built = buildKnowledgeBase(source, dir.file("broken.sqlite"));
    REQUIRE_FALSE(built);
    CHECK_FALSE(std::filesystem::exists(dir.file("broken.sqlite")));
    return built.error();
}

}  // namespace

TEST_CASE("the real knowledge sources build into a sound database", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    CHECK(*kb.storedSchemaVersion() == KnowledgeBase::schemaVersion);
    CHECK(*kb.integrityOk());
    CHECK(count(kb, "SELECT count(*) FROM vendor") >= 40);
    CHECK(count(kb, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(count(kb, "SELECT count(*) FROM default_credential WHERE vendor_id IS NULL") >= 60);
}

TEST_CASE("every advisory has a source, a date, a jurisdiction and texts in Dutch and English", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    CHECK(count(kb, "SELECT count(*) FROM advisory") >= 6);
    CHECK(count(kb, "SELECT count(*) FROM advisory WHERE source = '' OR date = '' OR jurisdiction = ''") == 0);
    for (const auto* lang : {"en", "nl"}) {
        CHECK(count(kb,
                  std::string("SELECT count(*) FROM advisory a WHERE NOT EXISTS (SELECT 1 FROM advisory_text t WHERE "
                              "t.advisory_id = a.id AND t.lang = '")
                      + lang + "' AND t.summary <> '' AND t.mitigation <> '')")
            == 0);
    }
    CHECK(count(kb,
              "SELECT count(*) FROM advisory a WHERE NOT EXISTS (SELECT 1 FROM advisory_vendor v "
              "WHERE v.advisory_id = a.id AND v.relation IS NULL)")
        == 0);
}

TEST_CASE("every vendor has update steps in both languages and a policy row", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    for (const auto* lang : {"en", "nl"}) {
        CHECK(count(kb,
                  std::string("SELECT count(*) FROM vendor v WHERE NOT EXISTS (SELECT 1 FROM vendor_text t WHERE "
                              "t.vendor_id = v.id AND t.lang = '")
                      + lang + "' AND t.update_steps LIKE '1. %')")
            == 0);
    }
    CHECK(count(kb,
              "SELECT count(*) FROM vendor v WHERE NOT EXISTS (SELECT 1 FROM vendor_policy p "
              "WHERE p.vendor_id = v.id)")
        == 0);
    CHECK(count(kb,
              "SELECT count(*) FROM vendor v WHERE NOT EXISTS (SELECT 1 FROM vendor_kind k "
              "WHERE k.vendor_id = v.id)")
        == 0);
}

TEST_CASE("every alias in the sources resolves to its own vendor", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    const auto source = readKnowledgeSource(kSourceDir);
    REQUIRE(source);
    for (const auto& vendor : source->vendors) {
        CHECK(kb.vendorForAlias(vendor.id) == std::optional<std::string> {vendor.id});
        CHECK(kb.vendorForAlias(vendor.name) == std::optional<std::string> {vendor.id});
        for (const auto& alias : vendor.aliases) {
            INFO(vendor.file << ": " << alias.value);
            CHECK(kb.vendorForAlias(alias.value) == std::optional<std::string> {vendor.id});
        }
    }
}

TEST_CASE("the Kaspersky and Hikvision/Dahua advisories are in the knowledge base", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    CHECK(count(kb,
              "SELECT count(*) FROM advisory a JOIN advisory_vendor v ON v.advisory_id = a.id "
              "WHERE v.vendor_id = 'kaspersky' AND a.jurisdiction = 'NL' AND a.date = '2018-05-14'")
        == 1);
    CHECK(count(kb,
              "SELECT count(*) FROM advisory a WHERE a.jurisdiction = 'US' AND a.date LIKE '2022-%' "
              "AND a.authority LIKE '%FCC%' "
              "AND EXISTS (SELECT 1 FROM advisory_vendor v WHERE v.advisory_id = a.id AND v.vendor_id = "
              "'hikvision' AND v.relation IS NULL) "
              "AND EXISTS (SELECT 1 FROM advisory_vendor v WHERE v.advisory_id = a.id AND v.vendor_id = "
              "'dahua' AND v.relation IS NULL)")
        == 1);
}

TEST_CASE("KEV vendorProject names resolve to vendors after building", "[knowledge][build][kev]")
{
    TempDir dir;
    auto kb = buildReal(dir);
    CHECK(kb.vendorForAlias("D-Link") == std::optional<std::string> {"dlink"});
    CHECK(kb.vendorForAlias("QNAP") == std::optional<std::string> {"qnap"});
    CHECK(kb.vendorForAlias("Hikvision") == std::optional<std::string> {"hikvision"});

    const auto imported = importKev(kb, readFile(kRealCatalog));
    REQUIRE(imported);
    CHECK(imported->tiedToVendor > 0);
    const auto byVendor = kevCountsByVendor(kb);
    for (const auto* vendor : {"dlink", "qnap", "hikvision"}) {
        INFO(vendor);
        CHECK(std::any_of(byVendor.begin(), byVendor.end(),
            [&](const auto& entry) { return entry.first == vendor && entry.second > 0; }));
    }
}

TEST_CASE("broken knowledge sources fail with the right file and line", "[knowledge][build]")
{
    TempDir dir;
    const auto source = copyOfSource(dir);

    SECTION("a missing required field")
    {
        replaceIn(source / "vendors/hikvision.txt", "Country: CN\n", "");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::MissingField);
        CHECK(error.file == "vendors/hikvision.txt");
        CHECK(error.line == 2);
        CHECK(error.detail == "Country");
    }
    SECTION("an unknown vendor in an advisory")
    {
        const auto line = replaceIn(source / "advisories.txt", "Advisory: nl-kaspersky-2018\nVendors: kaspersky\n",
            "Advisory: nl-kaspersky-2018\nVendors: kaspersky, nosuchvendor\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::UnknownVendor);
        CHECK(error.file == "advisories.txt");
        CHECK(error.line == line);
        CHECK(error.detail == "nosuchvendor");
    }
    SECTION("a bad date")
    {
        const auto line = replaceIn(source / "advisories.txt", "Date: 2018-05-14\n", "Date: 2018-02-30\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::BadValue);
        CHECK(error.file == "advisories.txt");
        CHECK(error.line == line);
    }
    SECTION("an unknown update route")
    {
        const auto line = replaceIn(source / "vendors/avm.txt", "UpdateRoute: web-interface\n", "UpdateRoute: web\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::BadValue);
        CHECK(error.file == "vendors/avm.txt");
        CHECK(error.line == line);
    }
    SECTION("an unknown field")
    {
        const auto line = replaceIn(source / "vendors/avm.txt", "Country: DE\n", "Country: DE\nCountrie: DE\n") + 1;
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::UnknownField);
        CHECK(error.line == line);
    }
    SECTION("an alias of an unknown kind")
    {
        replaceIn(source / "vendors/avm.txt", " name: AVM\n", " brand: AVM\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::BadValue);
        CHECK(error.file == "vendors/avm.txt");
    }
    SECTION("the same kev alias under two vendors")
    {
        replaceIn(source / "vendors/dahua.txt", " kev: Dahua\n", " kev: Dahua\n kev: Hikvision\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::DuplicateAlias);
        CHECK(error.file == "vendors/hikvision.txt");
    }
    SECTION("a credential of an unknown vendor")
    {
        const auto line = replaceIn(source / "default-credentials.txt", "Vendor: hikvision\n", "Vendor: hikvisoin\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::UnknownVendor);
        CHECK(error.file == "default-credentials.txt");
        CHECK(error.line == line);
    }
    SECTION("a file name that differs from its Vendor field")
    {
        std::filesystem::rename(source / "vendors/avm.txt", source / "vendors/fritz.txt");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::WrongFileName);
        CHECK(error.file == "vendors/fritz.txt");
    }
    SECTION("a rule whose pattern does not match its example")
    {
        const auto line = replaceIn(
            source / "fingerprints/hikvision.txt", "Example: DS-2CD2143G0-I\n", "Example: DS-2DE2143G0-I\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::BadValue);
        CHECK(error.file == "fingerprints/hikvision.txt");
        CHECK(error.line == line);
    }
    SECTION("a rule for another vendor than its file")
    {
        replaceIn(source / "fingerprints/hikvision.txt", "Vendor: hikvision\n", "Vendor: dahua\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::WrongFileName);
        CHECK(error.file == "fingerprints/hikvision.txt");
    }
    SECTION("the same rule id twice")
    {
        replaceIn(source / "fingerprints/hikvision.txt", "Rule: hikvision-onvif-hardware-ds-2de\n",
            "Rule: hikvision-onvif-hardware-ds-2cd\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::DuplicateId);
        CHECK(error.detail == "hikvision-onvif-hardware-ds-2cd");
    }
    SECTION("a model family with a source but an unknown end")
    {
        const auto at = readFile(source / "model-families.txt").find("SupportEnd: 2020-04-30");
        REQUIRE(at != std::string::npos);
        replaceIn(source / "model-families.txt", "SupportEnd: 2020-04-30\n", "SupportEnd: unknown\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::BadValue);
        CHECK(error.file == "model-families.txt");
    }
    SECTION("a syntax error keeps the parser's code")
    {
        const auto line = replaceIn(source / "vendors/avm.txt", "Name: AVM\n", "Name:\tAVM\n");
        const auto error = buildError(source, dir);
        CHECK(error.code == SourceCode::Syntax);
        CHECK(error.syntax == std::optional<Deb822Code> {Deb822Code::BadWhitespace});
        CHECK(error.line == line);
    }
}

TEST_CASE("a failed build leaves the previous database as it was and no temporary file", "[knowledge][build]")
{
    TempDir dir;
    const auto source = copyOfSource(dir);
    const auto output = dir.file("knowledge.sqlite");
    REQUIRE(buildKnowledgeBase(source, output));
    const auto before = readFile(output);

    replaceIn(source / "advisories.txt", "Jurisdiction: NL\n", "Jurisdiction: NLD\n");
    REQUIRE_FALSE(buildKnowledgeBase(source, output));
    CHECK(readFile(output) == before);
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        names.insert(entry.path().filename().string());
    }
    CHECK(names == std::set<std::string> {"knowledge", "knowledge.sqlite"});
}

TEST_CASE("the identification rules and model families of the sources reach the database", "[knowledge][build]")
{
    TempDir dir;
    const auto kb = buildReal(dir);
    CHECK(count(kb, "SELECT COUNT(*) FROM fingerprint_rule") >= 200);
    CHECK(count(kb, "SELECT COUNT(DISTINCT vendor_id) FROM fingerprint_rule") >= 40);
    CHECK(count(kb, "SELECT COUNT(*) FROM fingerprint_rule WHERE vendor_id IS NULL AND kind IS NOT NULL") >= 10);
    CHECK(count(kb, "SELECT COUNT(*) FROM model_family") >= 3);
    CHECK(count(kb,
              "SELECT COUNT(*) FROM model_family f WHERE NOT EXISTS "
              "(SELECT 1 FROM model_family_pattern p WHERE p.family_id = f.id)")
        == 0);
    REQUIRE(kb.meta("source_digest"));
    CHECK(kb.meta("source_digest")->size() == 64);
    // The digest changes with any source byte, so a rebuilt program refreshes the user's copy.
    TempDir other;
    const auto source = copyOfSource(other);
    replaceIn(source / "fingerprints/hikvision.txt", "Weight: 0.95", "Weight: 0.94");
    REQUIRE(buildKnowledgeBase(source, other.file("changed.sqlite")));
    const auto changed = KnowledgeBase::open(other.file("changed.sqlite"));
    REQUIRE(changed);
    CHECK(changed->meta("source_digest") != kb.meta("source_digest"));
}
