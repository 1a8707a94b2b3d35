// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/Findings.h"

#include "core/discovery/ScanJson.h"
#include "core/identify/Identify.h"
#include "tests/core/RealKnowledge.h"
#include "tests/core/identify/SyntheticKnowledge.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace voordeur::core;
using checkup::Finding;
using checkup::FindingCode;
using checkup::KevFit;
using checkup::Severity;
using voordeur::tests::SyntheticKnowledge;

namespace {

void household(SyntheticKnowledge& knowledge)
{
    knowledge.vendor("hikvision", "Hikvision", {"camera", "recorder"});
    knowledge.vendor("ezviz", "EZVIZ", {"camera"});
    knowledge.vendor("dlink", "D-Link", {"router", "camera"});
    knowledge.vendor("kpnbox", "Arcadyan", {"router"}, {}, true);
    knowledge.vendor("signify", "Signify", {"light-bridge"});
    knowledge.vendor("kaspersky", "Kaspersky", {"computer"});
    knowledge.exec("INSERT INTO advisory(id, authority, jurisdiction, date, source) VALUES"
                   "('us-fcc-2022', 'FCC', 'US', '2022-11-25', 'https://example.org/fcc'),"
                   "('nl-kaspersky-2018', 'Rijksoverheid', 'NL', '2018-05-14', 'https://example.org/nl')");
    knowledge.exec("INSERT INTO advisory_text(advisory_id, lang, summary, mitigation) VALUES"
                   "('us-fcc-2022', 'en', 's', 'm'), ('us-fcc-2022', 'nl', 's', 'm'),"
                   "('nl-kaspersky-2018', 'en', 's', 'm'), ('nl-kaspersky-2018', 'nl', 's', 'm')");
    knowledge.exec("INSERT INTO advisory_vendor(advisory_id, vendor_id, relation, confidence) VALUES"
                   "('us-fcc-2022', 'hikvision', NULL, NULL),"
                   "('us-fcc-2022', 'ezviz', 'consumer brand of the Hikvision group', 'high'),"
                   "('nl-kaspersky-2018', 'kaspersky', NULL, NULL)");
    knowledge.exec(
        "INSERT INTO kev(cve_id, vendor_project, product, vendor_id, date_added, ransomware) VALUES"
        "('CVE-2019-17621', 'D-Link', 'DIR-859 Router', 'dlink', '2023-06-29', 'Unknown'),"
        "('CVE-2020-25078', 'D-Link', 'DCS-2530L and DCS-2670L Devices', 'dlink', '2022-05-23', 'Unknown'),"
        "('CVE-2015-2051', 'D-Link', 'Multiple Routers', 'dlink', '2022-02-10', 'Known'),"
        "('CVE-2021-36260', 'Hikvision', 'Security cameras web server', 'hikvision', '2022-01-10', 'Unknown')");
    knowledge.exec("INSERT INTO model_family(id, vendor_id, name, support_end, support_source, checked) VALUES"
                   "('hue-bridge-v1', 'signify', 'Hue Bridge v1', '2020-04-30', 'https://example.org/hue', "
                   "'2026-11-23'),"
                   "('dir-x', 'dlink', 'DIR-X', '2027-06-30', 'https://example.org/dlink', '2026-11-23'),"
                   "('dir-8', 'dlink', 'DIR-8', 'ongoing', 'https://example.org/dlink', '2026-11-23')");
    knowledge.exec("INSERT INTO model_family_pattern(family_id, pattern) VALUES"
                   "('hue-bridge-v1', 'BSB001'), ('dir-x', 'DIR-X*'), ('dir-8', 'DIR-8*')");
    knowledge.exec("INSERT INTO default_credential(vendor_id, models, username, password, source) VALUES"
                   "('hikvision', 'older firmware', 'admin', '12345', 'https://example.org/hik')");
}

/// A host known by address, with the identity given directly.
struct Device {
    std::string address;
    std::optional<std::string> vendor;
    std::optional<std::string> kind;
    std::optional<std::string> model;
    std::vector<std::uint16_t> openPorts = {};
};

checkup::Household makeHousehold(discovery::ScanResult& scan, const std::vector<Device>& devices)
{
    checkup::Household household;
    for (const auto& device : devices) {
        discovery::Host host;
        host.addresses = {device.address};
        host.openPorts = device.openPorts;
        scan.hosts.push_back(host);
        identify::Identity identity;
        if (device.vendor || device.kind) {
            identify::Candidate candidate;
            candidate.vendorId = device.vendor;
            candidate.kind = device.kind;
            candidate.model = device.model;
            candidate.confidence = 0.9;
            identity.candidates.push_back(candidate);
        }
        household.identities.push_back(identity);
    }
    household.scan = &scan;
    household.today = "2026-11-23";
    return household;
}

std::vector<const Finding*> withCode(const std::vector<Finding>& findings, FindingCode code)
{
    std::vector<const Finding*> found;
    for (const auto& finding : findings) {
        if (finding.code == code) {
            found.push_back(&finding);
        }
    }
    return found;
}

}  // namespace

TEST_CASE("KEV entries fit a device by model, by kind, or vendor-wide", "[checkup][kev]")
{
    const std::optional<std::string> router = "router";
    const std::optional<std::string> camera = "camera";
    CHECK(checkup::kevFit("DIR-859 Router", router, std::string("DIR-859 A3")) == KevFit::Model);
    CHECK(checkup::kevFit("DIR-859 Router", router, std::string("DIR-842")) == KevFit::None);
    CHECK(checkup::kevFit("DIR-859 Router", router, std::nullopt) == KevFit::None);
    CHECK(checkup::kevFit("Multiple Routers", router, std::nullopt) == KevFit::Kind);
    CHECK(checkup::kevFit("Multiple Routers", camera, std::nullopt) == KevFit::None);
    CHECK(checkup::kevFit("DCS-2530L and DCS-2670L Devices", camera, std::string("DCS-2670L")) == KevFit::Model);
    CHECK(checkup::kevFit("Security cameras web server", camera, std::nullopt) == KevFit::Kind);
    CHECK(checkup::kevFit("Archer AX21", router, std::string("Archer AX21 (AX1800)")) == KevFit::Model);
    CHECK(checkup::kevFit("Multiple NAS Devices", std::string("nas"), std::nullopt) == KevFit::Kind);
    CHECK(checkup::kevFit("Multiple Products", std::string("streaming-stick"), std::nullopt) == KevFit::VendorWide);
    CHECK(checkup::kevFit("Chromium V8", std::string("streaming-stick"), std::nullopt) == KevFit::None);
    CHECK(checkup::kevFit("iOS, iPadOS, and macOS", std::string("phone"), std::nullopt) == KevFit::Kind);
    CHECK(checkup::kevFit("iOS, iPadOS, and macOS", std::string("streaming-stick"), std::nullopt) == KevFit::None);
}

TEST_CASE("advisories apply to the maker and, with their confidence, to related brands", "[checkup]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::ScanResult scan;
    const auto home = makeHousehold(scan,
        {{"192.168.1.10", "hikvision", "camera", "DS-2CD2143G0-I"}, {"192.168.1.11", "ezviz", "camera", std::nullopt},
            {"192.168.1.12", "signify", "light-bridge", std::nullopt}});
    const auto findings = checkup::evaluate(home, catalog);
    const auto advisories = withCode(findings, FindingCode::VendorAdvisory);
    REQUIRE(advisories.size() == 2);
    CHECK(advisories[0]->devices == std::vector<std::size_t> {0});
    CHECK(advisories[0]->severity == Severity::Important);
    CHECK(advisories[0]->knowledge.front().id == "us-fcc-2022");
    CHECK(advisories[0]->parameter("relation").empty());
    CHECK(advisories[1]->devices == std::vector<std::size_t> {1});
    CHECK(advisories[1]->parameter("relation") == "consumer brand of the Hikvision group");
    CHECK(advisories[1]->parameter("relation_confidence") == "high");
}

TEST_CASE("known exploited vulnerabilities are graded by how well they fit", "[checkup][kev]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::ScanResult scan;
    const auto home = makeHousehold(scan,
        {{"192.168.1.1", "dlink", "router", "DIR-859"}, {"192.168.1.2", "dlink", "router", "DIR-842"},
            {"192.168.1.3", "dlink", "camera", "DCS-5020L"}, {"192.168.1.4", "hikvision", "camera", std::nullopt}});
    const auto all = checkup::evaluate(home, catalog);
    const auto findings = withCode(all, FindingCode::KnownExploited);
    REQUIRE(findings.size() == 3);
    // Sorted by severity: the model match first.
    CHECK(findings[0]->devices == std::vector<std::size_t> {0});
    CHECK(findings[0]->severity == Severity::Urgent);
    CHECK(findings[0]->parameter("fit") == "model");
    CHECK(findings[0]->parameter("count") == "2");  // DIR-859 and "Multiple Routers"
    CHECK(findings[0]->parameter("ransomware") == "known");
    CHECK(findings[1]->devices == std::vector<std::size_t> {1});
    CHECK(findings[1]->severity == Severity::Important);
    CHECK(findings[1]->parameter("fit") == "kind");
    CHECK(findings[1]->knowledge
        == std::vector<checkup::KnowledgeRef> {{checkup::KnowledgeRef::Table::Kev, "CVE-2015-2051"}});
    CHECK(findings[2]->devices == std::vector<std::size_t> {3});
    // The D-Link camera of another model: neither the DCS-2530L/2670L entry nor the router entries fit.
}

TEST_CASE("support periods: ended, ending within a year, ongoing", "[checkup]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::ScanResult scan;
    const auto home = makeHousehold(scan,
        {{"192.168.1.5", "signify", "light-bridge", "BSB001"}, {"192.168.1.6", "dlink", "router", "DIR-X1560"},
            {"192.168.1.7", "dlink", "router", "DIR-842"}, {"192.168.1.8", "signify", "light-bridge", "BSB002"}});
    const auto findings = checkup::evaluate(home, catalog);
    const auto ended = withCode(findings, FindingCode::SupportEnded);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0]->devices == std::vector<std::size_t> {0});
    CHECK(ended[0]->parameter("support_end") == "2020-04-30");
    CHECK(ended[0]->severity == Severity::Important);
    const auto soon = withCode(findings, FindingCode::SupportEndingSoon);
    REQUIRE(soon.size() == 1);
    CHECK(soon[0]->devices == std::vector<std::size_t> {1});
    CHECK(soon[0]->severity == Severity::Advice);
}

TEST_CASE("port mappings, the router's UPnP and open risky services", "[checkup]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::ScanResult scan;
    scan.router = discovery::RouterIgd {};
    scan.router->location = "http://192.168.1.1:5000/rootDesc.xml";
    scan.router->mappings = {{"TCP", 8080, "192.168.1.10", 80, "HIKVISION HTTP", true, "", 0},
        {"UDP", 3074, "192.168.1.20", 3074, "Xbox", true, "", 0},
        {"TCP", 9999, "192.168.1.10", 9999, "switched off", false, "", 0}};
    const auto home = makeHousehold(scan,
        {{"192.168.1.1", "kpnbox", "router", std::nullopt},
            {"192.168.1.10", "hikvision", "camera", std::nullopt, {23, 80}},
            {"192.168.1.20", std::nullopt, std::nullopt, std::nullopt}});
    const auto findings = checkup::evaluate(home, catalog);

    const auto upnp = withCode(findings, FindingCode::RouterUpnpOpen);
    REQUIRE(upnp.size() == 1);
    CHECK(upnp[0]->devices == std::vector<std::size_t> {0});
    CHECK(upnp[0]->severity == Severity::Important);
    CHECK(upnp[0]->parameter("mappings") == "3");

    const auto mapped = withCode(findings, FindingCode::PortMapped);
    REQUIRE(mapped.size() == 2);
    CHECK(mapped[0]->devices == std::vector<std::size_t> {1});
    CHECK(mapped[0]->severity == Severity::Urgent);  // a camera open to the internet
    CHECK(mapped[0]->parameter("external_port") == "8080");
    CHECK(mapped[0]->parameter("internal_port") == "80");
    CHECK(mapped[1]->devices == std::vector<std::size_t> {2});
    CHECK(mapped[1]->severity == Severity::Important);

    const auto risky = withCode(findings, FindingCode::RiskyService);
    REQUIRE(risky.size() == 1);  // port 80 is not on the list
    CHECK(risky[0]->parameter("service") == "telnet");
    CHECK(risky[0]->severity == Severity::Urgent);

    const auto provider = withCode(findings, FindingCode::ProviderRouter);
    REQUIRE(provider.size() == 1);
    CHECK(provider[0]->devices == std::vector<std::size_t> {0});
    const auto update = withCode(findings, FindingCode::HowToUpdate);
    REQUIRE(update.size() == 2);  // the unknown device has no route
    CHECK(update[0]->parameter("route") == "provider-managed");

    CHECK(std::is_sorted(
        findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; }));
}

TEST_CASE("default credentials and this computer's security software", "[checkup]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::ScanResult scan;
    auto home = makeHousehold(scan, {{"192.168.1.10", "hikvision", "camera", std::nullopt}});
    home.installedSoftware.push_back({"kaspersky", "kesl", "12.1.0.1297", "/var/lib/dpkg/status: kesl"});
    const auto findings = checkup::evaluate(home, catalog);

    const auto credentials = withCode(findings, FindingCode::DefaultCredentials);
    REQUIRE(credentials.size() == 1);
    CHECK(credentials[0]->severity == Severity::Important);
    CHECK(credentials[0]->parameter("count") == "1");

    const auto software = withCode(findings, FindingCode::SecuritySoftwareAdvisory);
    REQUIRE(software.size() == 1);
    CHECK(software[0]->thisComputer);
    CHECK(software[0]->devices.empty());
    CHECK(software[0]->parameter("product") == "kesl");
    CHECK(std::count(software[0]->knowledge.begin(), software[0]->knowledge.end(),
              checkup::KnowledgeRef {checkup::KnowledgeRef::Table::Advisory, "nl-kaspersky-2018"})
        == 1);
}

TEST_CASE("the lab household, replayed from its saved scan, gets the findings a person would expect", "[checkup][lab]")
{
    const auto& catalog = voordeur::tests::realCatalog();
    auto scan = discovery::scanFromJson(voordeur::tests::readFile(voordeur::tests::testDataPath("scan/lab-scan.json")));
    REQUIRE(scan);
    const identify::Identifier identifier(catalog);
    checkup::Household home;
    home.scan = &*scan;
    home.today = "2026-11-23";
    for (const auto& host : scan->hosts) {
        home.identities.push_back(identifier.identify(host));
    }
    const auto vendorOf = [&](const std::string& address) {
        for (std::size_t i = 0; i < scan->hosts.size(); ++i) {
            if (scan->hosts[i].addresses.front() == address) {
                const auto* best = home.identities[i].best();
                return best != nullptr ? best->vendorId.value_or("(none)") + "/" + best->kind.value_or("(none)")
                                       : std::string("(nothing)");
            }
        }
        return std::string("(no such host)");
    };
    CHECK(vendorOf("10.77.0.1") == "avm/router");
    CHECK(vendorOf("10.77.0.20") == "hp/printer");
    CHECK(vendorOf("10.77.0.30") == "sonos/speaker");
    CHECK(vendorOf("10.77.0.40") == "synology/nas");
    CHECK(vendorOf("10.77.0.50") == "hikvision/camera");
    CHECK(vendorOf("10.77.0.60") == "(none)/plug");

    const auto findings = checkup::evaluate(home, catalog);
    REQUIRE_FALSE(findings.empty());
    CHECK(findings.front().severity == Severity::Urgent);
    CHECK(withCode(findings, FindingCode::PortMapped).size() == 2);
    CHECK(withCode(findings, FindingCode::RouterUpnpOpen).size() == 1);
    CHECK(withCode(findings, FindingCode::VendorAdvisory).size() >= 1);  // the Hikvision camera
    CHECK(withCode(findings, FindingCode::HowToUpdate).size() == 5);     // every recognised maker
}
