// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/AdviceJson.h"

#include "core/discovery/ScanJson.h"
#include "core/identify/Identify.h"
#include "tests/core/RealKnowledge.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace voordeur::core;
using nlohmann::json;

TEST_CASE("the advice JSON adds identity and findings to every device of the scan", "[checkup][json]")
{
    const auto& catalog = voordeur::tests::realCatalog();
    const auto saved = voordeur::tests::readFile(voordeur::tests::testDataPath("scan/lab-scan.json"));
    auto scan = discovery::scanFromJson(saved);
    REQUIRE(scan);
    const identify::Identifier identifier(catalog);
    checkup::Household home;
    home.scan = &*scan;
    home.today = "2026-11-23";
    for (const auto& host : scan->hosts) {
        home.identities.push_back(identifier.identify(host));
    }
    const auto findings = checkup::evaluate(home, catalog);
    const auto text = checkup::adviceToJson(home, findings, {"2026-11-23", "abc", "2025.08.25"});

    const auto document = json::parse(text);
    CHECK(document.at("schema") == "voordeur.scan/1");
    CHECK(document.at("advice").at("today") == "2026-11-23");
    REQUIRE(document.at("devices").size() == scan->hosts.size());
    std::size_t perDevice = 0;
    for (const auto& device : document.at("devices")) {
        const auto& identity = device.at("identity");
        CHECK(identity.contains("vendor"));
        CHECK(identity.contains("kind"));
        CHECK(identity.at("confidence").get<double>() >= 0.0);
        CHECK(identity.at("corrected") == false);
        for (const auto& candidate : identity.at("candidates")) {
            CHECK_FALSE(candidate.at("evidence").empty());
        }
        perDevice += device.at("findings").size();
    }
    REQUIRE(document.at("findings").size() == findings.size());
    std::size_t referenced = 0;
    for (const auto& finding : document.at("findings")) {
        CHECK_FALSE(finding.at("code").get<std::string>().empty());
        for (const auto& device : finding.at("devices")) {
            CHECK(device.get<std::size_t>() < scan->hosts.size());
            ++referenced;
        }
    }
    CHECK(perDevice == referenced);

    const auto camera = std::find_if(document.at("devices").begin(), document.at("devices").end(),
        [](const json& device) { return device.at("addresses").at(0) == "10.77.0.50"; });
    REQUIRE(camera != document.at("devices").end());
    CHECK(camera->at("identity").at("vendor") == "hikvision");
    CHECK(camera->at("identity").at("kind") == "camera");
    CHECK(camera->at("findings").at(0).at("severity") == "urgent");

    // The document stays a scan: reading it back ignores the advice and gives the same scan.
    const auto replayed = discovery::scanFromJson(text);
    REQUIRE(replayed);
    CHECK(discovery::scanToJson(*replayed) == discovery::scanToJson(*scan));
}
