// SPDX-License-Identifier: EUPL-1.2
// The built-in demo household (resources/demo/household.scan.json, described device by device in
// resources/demo/README.md): a saved scan that campaign demos replay without any network traffic.
// These tests check that the file is a scan document exactly as `voordeur-cli scan --json` writes
// it, that the real knowledge base still recognises every device as intended, and that the rules
// still find what the demo is meant to show. When a knowledge change breaks one of them, the demo
// (or the knowledge) needs a look.

#include "core/checkup/Findings.h"
#include "core/discovery/ScanJson.h"
#include "core/identify/Identify.h"
#include "core/net/MacVendor.h"
#include "tests/core/RealKnowledge.h"
#include "tests/core/TestData.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace voordeur::core;
using checkup::Finding;
using checkup::FindingCode;
using checkup::KnowledgeRef;
using checkup::Severity;

namespace {

/// Where the demo household lives in the source tree (tests/data is VOORDEUR_TEST_DATA_DIR).
constexpr const char* kDemoPath = VOORDEUR_TEST_DATA_DIR "/../../resources/demo/household.scan.json";

/// The demo household, identified with the real knowledge and checked as the demo checks it:
/// with Kaspersky on this computer (the demo adds it in code, not in the scan) and a fixed day.
struct Demo {
    std::string text;
    discovery::ScanResult scan;
    checkup::Household home;
    std::vector<Finding> findings;

    /// The index of the device with this address; fails the test when there is none.
    std::size_t index(const std::string& address) const
    {
        for (std::size_t i = 0; i < scan.hosts.size(); ++i) {
            if (scan.hosts[i].addresses.front() == address) {
                return i;
            }
        }
        FAIL("the demo household has no device at " << address);
        return 0;
    }

    std::vector<const Finding*> withCode(FindingCode code) const
    {
        std::vector<const Finding*> found;
        for (const auto& finding : findings) {
            if (finding.code == code) {
                found.push_back(&finding);
            }
        }
        return found;
    }

    /// The findings of this code about this device.
    std::vector<const Finding*> about(FindingCode code, std::size_t device) const
    {
        auto found = withCode(code);
        std::erase_if(found, [&](const Finding* f) { return f->devices != std::vector<std::size_t> {device}; });
        return found;
    }
};

std::unique_ptr<Demo> loadDemo()
{
    auto demo = std::make_unique<Demo>();
    demo->text = voordeur::tests::readFile(kDemoPath);
    auto scan = discovery::scanFromJson(demo->text);
    INFO((scan ? std::string() : scan.error().detail));
    REQUIRE(scan);
    demo->scan = std::move(scan).value();
    const auto& catalog = voordeur::tests::realCatalog();
    const identify::Identifier identifier(catalog);
    demo->home.scan = &demo->scan;
    demo->home.today = "2026-11-23";
    demo->home.installedSoftware = {{"kaspersky", "Kaspersky Internet Security", "21.3", "demo"}};
    for (const auto& host : demo->scan.hosts) {
        demo->home.identities.push_back(identifier.identify(host));
    }
    demo->findings = checkup::evaluate(demo->home, catalog);
    return demo;
}

bool hasKnowledge(const Finding& finding, KnowledgeRef::Table table, const std::string& id)
{
    return std::find(finding.knowledge.begin(), finding.knowledge.end(), KnowledgeRef {table, id})
        != finding.knowledge.end();
}

constexpr const char* kRouter = "192.168.1.1";
constexpr const char* kNas = "192.168.1.10";
constexpr const char* kHueBridge = "192.168.1.12";
constexpr const char* kWindowsPc = "192.168.1.26";
constexpr const char* kEzviz = "192.168.1.41";
constexpr const char* kPhone = "192.168.1.45";
constexpr const char* kCamera = "192.168.1.64";

}  // namespace

TEST_CASE("the demo household is a scan document exactly as voordeur-cli scan --json writes it", "[checkup][demo]")
{
    const auto demo = loadDemo();
    const auto& scan = demo->scan;

    // Writing what was read gives the file again, byte for byte (the CLI ends its output with a newline).
    CHECK(discovery::scanToJson(scan) + "\n" == demo->text);

    CHECK(scan.hosts.size() >= 12);
    CHECK(scan.interfaceName == "wlp2s0");
    CHECK(scan.interfaceAddress == "192.168.1.23");
    CHECK(scan.interfacePrefix == 24);
    CHECK_FALSE(scan.cancelled);
    CHECK(scan.lastNewEvidence.count() > 0);
    CHECK(scan.lastNewEvidence < scan.duration);
    CHECK(scan.serviceCheckPorts.empty());  // a default scan, as the app runs it: no service check

    std::set<std::string> addresses;
    std::set<std::string> macs;
    for (const auto& host : scan.hosts) {
        INFO("device " << host.addresses.front());
        REQUIRE_FALSE(host.addresses.empty());
        CHECK(host.addresses.front().starts_with("192.168.1."));
        CHECK(host.addresses.front() != scan.interfaceAddress);  // this computer is not among the devices
        CHECK(addresses.insert(host.addresses.front()).second);
        REQUIRE(host.mac);
        CHECK(macs.insert(host.mac->toString()).second);
        CHECK(host.macRandomised == host.mac->locallyAdministered());
        // The recorded maker of each MAC prefix is its real IEEE registration (Debian's ieee-data,
        // compiled into Voordeur); a private address has none.
        const auto registered = net::lookupMacVendor(*host.mac);
        if (host.macRandomised) {
            CHECK_FALSE(registered);
            CHECK(host.macVendor.empty());
        } else {
            REQUIRE(registered);
            CHECK(std::string(registered->organization) == host.macVendor);
        }
        REQUIRE_FALSE(host.observations.empty());
        for (const auto& observation : host.observations) {
            CHECK(observation.at <= scan.lastNewEvidence);
            CHECK(observation.source == host.addresses.front());
        }
    }

    // The router: UPnP IGD on, a documentation address (RFC 5737) outside, both mappings to the camera.
    REQUIRE(scan.router);
    CHECK(scan.router->location == "http://192.168.1.1:5000/rootDesc.xml");
    CHECK(scan.router->externalIp.starts_with("203.0.113."));
    CHECK(scan.router->mappingListComplete);
    REQUIRE(scan.router->mappings.size() == 2);
    const auto& camera = scan.hosts[demo->index(kCamera)];
    for (const auto& mapping : scan.router->mappings) {
        CHECK(mapping.internalClient == kCamera);
        const auto detail = mapping.protocol + " " + std::to_string(mapping.externalPort) + "->"
            + std::to_string(mapping.internalPort);
        CHECK(std::any_of(camera.observations.begin(), camera.observations.end(),
            [&](const auto& o) { return o.kind == discovery::ObservationKind::PortMapping && o.detail == detail; }));
    }
}

TEST_CASE("every demo device is recognised as the maker and kind it is meant to be", "[checkup][demo]")
{
    const auto demo = loadDemo();
    struct Expected {
        const char* address;
        std::optional<std::string> vendor;
        std::optional<std::string> kind;
        std::optional<std::string> model;
    };
    const std::vector<Expected> table = {
        {kRouter, "compal", "router", std::nullopt},  // Ziggo Connectbox (Compal CH7465LG)
        {kNas, "qnap", "nas", std::nullopt},
        {kHueBridge, "signify", "light-bridge", "Philips hue bridge 2012"},  // Hue Bridge v1 (round)
        {"192.168.1.15", "sonos", "speaker", "Sonos One"},
        {"192.168.1.17", "samsung", "tv", "QE65Q60AAUXXN"},
        {"192.168.1.19", "google", "streaming-stick", "Chromecast Ultra"},
        {"192.168.1.21", "hp", "printer", "HP OfficeJet Pro 8730"},
        {kWindowsPc, std::nullopt, "computer", std::nullopt},  // WS-Discovery says computer, not whose
        {"192.168.1.31", "shelly", "plug", "Shelly Plug S"},
        {"192.168.1.34", "netatmo", "thermostat", "Netatmo Relay"},
        {"192.168.1.38", "ring", "doorbell", std::nullopt},
        {kEzviz, "ezviz", "camera", std::nullopt},
        {kCamera, "hikvision", "camera", "DS-2CD2143G0-I"},
    };
    for (const auto& expected : table) {
        INFO("device " << expected.address);
        const auto* best = demo->home.identities[demo->index(expected.address)].best();
        REQUIRE(best != nullptr);
        CHECK(best->vendorId == expected.vendor);
        CHECK(best->kind == expected.kind);
        CHECK(best->model == expected.model);
    }
    // The phone with a private Wi-Fi address announced nothing: Voordeur does not guess.
    CHECK(demo->home.identities[demo->index(kPhone)].best() == nullptr);
    CHECK(demo->scan.hosts.size() == table.size() + 1);
}

TEST_CASE("the demo household shows the findings the demo is meant to show", "[checkup][demo]")
{
    const auto demo = loadDemo();
    const auto router = demo->index(kRouter);
    const auto nas = demo->index(kNas);
    const auto hue = demo->index(kHueBridge);
    const auto ezviz = demo->index(kEzviz);
    const auto camera = demo->index(kCamera);

    REQUIRE_FALSE(demo->findings.empty());
    CHECK(demo->findings.front().code == FindingCode::PortMapped);

    SECTION("the Hikvision camera is open to the internet: urgent, twice")
    {
        const auto mapped = demo->withCode(FindingCode::PortMapped);
        REQUIRE(mapped.size() == 2);
        for (const auto* finding : mapped) {
            CHECK(finding->devices == std::vector<std::size_t> {camera});
            CHECK(finding->severity == Severity::Urgent);
        }
        CHECK(mapped[0]->parameter("external_port") == "554");
        CHECK(mapped[0]->parameter("internal_port") == "554");
        CHECK(mapped[1]->parameter("external_port") == "8080");
        CHECK(mapped[1]->parameter("internal_port") == "80");
        // Only the camera is forwarded; the service check was off, so no open-port findings.
        CHECK(demo->withCode(FindingCode::RiskyService).empty());
    }

    SECTION("the provider router has UPnP on, with the camera's two mappings")
    {
        const auto upnp = demo->withCode(FindingCode::RouterUpnpOpen);
        REQUIRE(upnp.size() == 1);
        CHECK(upnp[0]->devices == std::vector<std::size_t> {router});
        CHECK(upnp[0]->severity == Severity::Important);
        CHECK(upnp[0]->parameter("mappings") == "2");
        CHECK(upnp[0]->parameter("external_ip") == "203.0.113.47");

        const auto provider = demo->withCode(FindingCode::ProviderRouter);
        REQUIRE(provider.size() == 1);
        CHECK(provider[0]->devices == std::vector<std::size_t> {router});
        CHECK(hasKnowledge(*provider[0], KnowledgeRef::Table::Vendor, "compal"));
        const auto update = demo->about(FindingCode::HowToUpdate, router);
        REQUIRE(update.size() == 1);
        CHECK(update[0]->parameter("route") == "provider-managed");
    }

    SECTION("government advice: Hikvision by name, EZVIZ as a brand of the Hikvision group")
    {
        const auto hikvision = demo->about(FindingCode::VendorAdvisory, camera);
        CHECK(hikvision.size() == 3);
        for (const auto* finding : hikvision) {
            CHECK(finding->severity == Severity::Important);
            CHECK(finding->parameter("relation").empty());
        }
        CHECK(std::any_of(hikvision.begin(), hikvision.end(), [](const Finding* f) {
            return hasKnowledge(*f, KnowledgeRef::Table::Advisory, "us-fcc-covered-list-2022");
        }));
        CHECK(std::any_of(hikvision.begin(), hikvision.end(), [](const Finding* f) {
            return hasKnowledge(*f, KnowledgeRef::Table::Advisory, "eu-parliament-hikvision-2021");
        }));
        const auto related = demo->about(FindingCode::VendorAdvisory, ezviz);
        CHECK(related.size() == 2);
        for (const auto* finding : related) {
            CHECK(finding->parameter("relation") == "consumer brand of the Hikvision group");
            CHECK(finding->parameter("relation_confidence") == "high");
        }
        CHECK(demo->withCode(FindingCode::VendorAdvisory).size() == hikvision.size() + related.size());
    }

    SECTION("known exploited leaks: QNAP NAS (ransomware among them) and Hikvision cameras")
    {
        const auto onNas = demo->about(FindingCode::KnownExploited, nas);
        REQUIRE(onNas.size() == 1);
        CHECK(onNas[0]->severity == Severity::Important);
        CHECK(onNas[0]->parameter("fit") == "kind");
        CHECK(onNas[0]->parameter("ransomware") == "known");
        CHECK(onNas[0]->parameter("count") == std::to_string(onNas[0]->knowledge.size()));
        CHECK(onNas[0]->knowledge.size() >= 5);
        CHECK(hasKnowledge(*onNas[0], KnowledgeRef::Table::Kev, "CVE-2021-28799"));        // QNAP NAS, Qlocker
        CHECK_FALSE(hasKnowledge(*onNas[0], KnowledgeRef::Table::Kev, "CVE-2023-47565"));  // VioStor NVR: a recorder

        const auto onCamera = demo->about(FindingCode::KnownExploited, camera);
        REQUIRE(onCamera.size() == 1);
        CHECK(onCamera[0]->parameter("fit") == "kind");
        CHECK(hasKnowledge(*onCamera[0], KnowledgeRef::Table::Kev, "CVE-2021-36260"));

        // Nothing else: Chromium flaws do not fit a Chromecast, Samsung's phone flaws not a TV.
        CHECK(demo->withCode(FindingCode::KnownExploited).size() == 2);
    }

    SECTION("the Hue Bridge v1 no longer gets updates")
    {
        const auto ended = demo->withCode(FindingCode::SupportEnded);
        REQUIRE(ended.size() == 1);
        CHECK(ended[0]->devices == std::vector<std::size_t> {hue});
        CHECK(ended[0]->severity == Severity::Important);
        CHECK(ended[0]->parameter("support_end") == "2020-04-30");
        CHECK(hasKnowledge(*ended[0], KnowledgeRef::Table::ModelFamily, "hue-bridge-v1"));
        CHECK(demo->withCode(FindingCode::SupportEndingSoon).empty());
    }

    SECTION("Kaspersky on this computer")
    {
        const auto software = demo->withCode(FindingCode::SecuritySoftwareAdvisory);
        REQUIRE(software.size() == 1);
        CHECK(software[0]->thisComputer);
        CHECK(software[0]->devices.empty());
        CHECK(software[0]->severity == Severity::Important);
        CHECK(software[0]->parameter("product") == "Kaspersky Internet Security");
        CHECK(hasKnowledge(*software[0], KnowledgeRef::Table::Advisory, "nl-kaspersky-2018"));
    }

    SECTION("the camera's maker documents a factory password")
    {
        const auto credentials = demo->withCode(FindingCode::DefaultCredentials);
        REQUIRE(credentials.size() == 1);
        CHECK(credentials[0]->devices == std::vector<std::size_t> {camera});
        CHECK(credentials[0]->severity == Severity::Important);
    }

    SECTION("how to update: once for every device whose maker is recognised, never for the others")
    {
        std::size_t recognised = 0;
        for (std::size_t i = 0; i < demo->scan.hosts.size(); ++i) {
            INFO("device " << demo->scan.hosts[i].addresses.front());
            const auto* best = demo->home.identities[i].best();
            const bool hasVendor = best != nullptr && best->vendorId.has_value();
            recognised += hasVendor ? 1 : 0;
            const auto update = demo->about(FindingCode::HowToUpdate, i);
            CHECK(update.size() == (hasVendor ? 1U : 0U));
            if (hasVendor && !update.empty()) {
                CHECK(hasKnowledge(*update[0], KnowledgeRef::Table::Vendor, *best->vendorId));
            }
        }
        CHECK(recognised == 12);
        CHECK(demo->withCode(FindingCode::HowToUpdate).size() == recognised);
        // The Windows PC (kind only) and the phone (nothing known) get no finding at all.
        for (const auto* address : {kWindowsPc, kPhone}) {
            const auto device = demo->index(address);
            CHECK(std::none_of(demo->findings.begin(), demo->findings.end(), [&](const Finding& f) {
                return std::find(f.devices.begin(), f.devices.end(), device) != f.devices.end();
            }));
        }
    }
}
