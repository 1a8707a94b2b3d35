// SPDX-License-Identifier: EUPL-1.2
// Identification of real devices: the evidence in tests/data/identify/<vendor>.json comes from
// the lab captures and from public device documentation (each case names its reference).

#include "core/discovery/ScanJson.h"
#include "core/identify/Identify.h"
#include "tests/core/RealKnowledge.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

using namespace voordeur::core;
using nlohmann::ordered_json;
using voordeur::tests::readFile;
using voordeur::tests::realCatalog;
using voordeur::tests::testDataPath;

namespace {

std::optional<std::string> optionalString(const ordered_json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null()) {
        return std::nullopt;
    }
    return found->get<std::string>();
}

std::vector<std::filesystem::path> fixtureFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(testDataPath("identify"))) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every identification fixture is recognised as expected", "[identify][fixtures]")
{
    const auto& catalog = realCatalog();
    const identify::Identifier identifier(catalog);
    const auto files = fixtureFiles();
    CHECK(files.size() >= 40);
    for (const auto& file : files) {
        const auto document = ordered_json::parse(readFile(file));
        REQUIRE(document.at("cases").is_array());
        for (const auto& fixture : document.at("cases")) {
            const auto name = fixture.at("name").get<std::string>();
            INFO(file.filename().string() << ": " << name);
            CHECK_FALSE(fixture.at("reference").get<std::string>().empty());
            const auto host = discovery::hostFromJson(fixture.at("device"));
            REQUIRE(host);
            const auto identity = identifier.identify(*host);
            const auto& expect = fixture.at("expect");
            const auto* best = identity.best();
            const auto vendor = best != nullptr ? best->vendorId : std::nullopt;
            const auto kind = best != nullptr ? best->kind : std::nullopt;
            const std::string none = "(none)";
            CHECK(vendor.value_or(none) == optionalString(expect, "vendor").value_or(none));
            CHECK(kind.value_or(none) == optionalString(expect, "kind").value_or(none));
            if (const auto model = optionalString(expect, "model")) {
                CHECK((best != nullptr ? best->model : std::nullopt).value_or(none) == *model);
            }
            if (best != nullptr) {
                CHECK(best->confidence > 0.0);
                CHECK(best->confidence <= 1.0);
                CHECK_FALSE(best->evidence.empty());
            }
        }
    }
}

TEST_CASE("every device vendor in the knowledge base has identification rules and fixtures", "[identify][fixtures]")
{
    const auto& catalog = realCatalog();
    std::set<std::string> vendorsWithRules;
    for (const auto& rule : catalog.rules()) {
        if (rule.vendorId) {
            vendorsWithRules.insert(*rule.vendorId);
        }
    }
    std::map<std::string, std::size_t> casesInFile;
    std::map<std::string, std::size_t> casesExpecting;
    for (const auto& file : fixtureFiles()) {
        const auto document = ordered_json::parse(readFile(file));
        casesInFile[file.stem().string()] = document.at("cases").size();
        for (const auto& fixture : document.at("cases")) {
            if (const auto vendor = optionalString(fixture.at("expect"), "vendor")) {
                ++casesExpecting[*vendor];
            }
        }
    }
    for (const auto& vendor : catalog.vendors()) {
        // Kaspersky makes software only: it is found on this computer, not on the network. ECOVACS robots
        // talk only to their cloud and have no IEEE registration of their own: nothing a scan sees names
        // them, so the household's correction is the only way to tell (see fingerprints/ecovacs.txt).
        if (vendor.id == "kaspersky" || vendor.id == "ecovacs") {
            continue;
        }
        INFO(vendor.id);
        CHECK(vendorsWithRules.count(vendor.id) == 1);
        CHECK(casesInFile[vendor.id] >= 2);
        CHECK(casesExpecting[vendor.id] >= 1);
    }
}
