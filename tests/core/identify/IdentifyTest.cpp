// SPDX-License-Identifier: EUPL-1.2
#include "core/identify/Identify.h"

#include "SyntheticKnowledge.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace voordeur::core;
using identify::ClueSource;
using identify::Correction;
using identify::Identifier;
using voordeur::tests::SyntheticKnowledge;

namespace {

/// Sonos, Hikvision, Google and TP Vision, with rules of each kind of field.
void household(SyntheticKnowledge& knowledge)
{
    knowledge.vendor("sonos", "Sonos", {"speaker"}, {"Sonos, Inc."});
    knowledge.vendor(
        "hikvision", "Hikvision", {"camera", "recorder"}, {"Hangzhou Hikvision Digital Technology Co.,Ltd."});
    knowledge.vendor("google", "Google", {"streaming-stick", "speaker", "smart-display"}, {"Google, Inc."});
    knowledge.vendor("tpvision", "TP Vision", {"tv"}, {"Philips TV", "TP Vision Belgium NV"});
    knowledge.rule("sonos-server", "server", "*Sonos/*", "sonos", "speaker", "", 0.90);
    knowledge.rule("sonos-model", "upnp-model-name", "Sonos *", "sonos", "speaker", "=", 0.90);
    knowledge.rule("hik-onvif", "onvif-hardware", "DS-2CD*", "hikvision", "camera", "=", 0.95);
    knowledge.rule("cast-type", "mdns-type", "_googlecast._tcp", "google", "streaming-stick", "", 0.50);
    knowledge.rule(
        "cast-md", "mdns-txt", "Chromecast*", "google", "streaming-stick", "=", 0.90, "md", "_googlecast._tcp");
    knowledge.rule("generic-ipp", "mdns-type", "_ipp._tcp", "", "printer", "", 0.50);
    knowledge.rule("generic-espressif", "mac-vendor", "Espressif*", "", "plug", "", 0.20);
    knowledge.rule(
        "generic-renderer", "upnp-device-type", "urn:schemas-upnp-org:device:MediaRenderer:*", "", "tv", "", 0.30);
}

discovery::Host macOnly(const std::string& vendor)
{
    discovery::Host host;
    host.addresses = {"192.168.1.10"};
    host.mac = net::MacAddress::parse("44:19:b6:00:00:01");
    host.macVendor = vendor;
    return host;
}

bool hasClue(const identify::Candidate& candidate, ClueSource source, const std::string& ruleId = {})
{
    return std::any_of(candidate.evidence.begin(), candidate.evidence.end(),
        [&](const identify::Clue& clue) { return clue.source == source && (ruleId.empty() || clue.ruleId == ruleId); });
}

}  // namespace

TEST_CASE("a MAC vendor alone names the maker, weakly, and never a model", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    const Identifier identifier(catalog);

    const auto identity = identifier.identify(macOnly("Hangzhou Hikvision Digital Technology Co.,Ltd."));
    REQUIRE(identity.best() != nullptr);
    const auto& best = *identity.best();
    CHECK(best.vendorId == "hikvision");
    CHECK_FALSE(best.model);
    CHECK(best.confidence == Approx(identify::kMacVendorWeight));
    CHECK_FALSE(best.kind);  // Hikvision makes cameras and recorders: the MAC cannot tell which
    CHECK(hasClue(best, ClueSource::MacVendor));

    // A maker of one kind of device tells the kind too.
    const auto speaker = identifier.identify(macOnly("Sonos, Inc."));
    REQUIRE(speaker.best() != nullptr);
    CHECK(speaker.best()->kind == "speaker");
    CHECK(speaker.best()->kindConfidence == Approx(identify::kSingleKindWeight));
    CHECK(hasClue(*speaker.best(), ClueSource::VendorKinds));
}

TEST_CASE("a randomised MAC says nothing about the maker", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    auto host = macOnly("Sonos, Inc.");
    host.macRandomised = true;
    CHECK(Identifier(catalog).identify(host).candidates.empty());
}

TEST_CASE("an ONVIF hardware scope gives maker, model and kind with its rule as evidence", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    auto host = macOnly("Hangzhou Hikvision Digital Technology Co.,Ltd.");
    discovery::WsdEndpoint endpoint;
    endpoint.onvifHardware = "DS-2CD2143G0-I";
    host.wsd.push_back(endpoint);

    const auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    const auto& best = *identity.best();
    CHECK(best.vendorId == "hikvision");
    CHECK(best.model == "DS-2CD2143G0-I");
    CHECK(best.kind == "camera");
    // Two independent clues: 1 - (1 - 0.95)(1 - 0.45).
    CHECK(best.confidence == Approx(1.0 - 0.05 * 0.55));
    REQUIRE_FALSE(best.evidence.empty());
    CHECK(best.evidence.front().ruleId == "hik-onvif");
    CHECK(best.evidence.front().value == "DS-2CD2143G0-I");
}

TEST_CASE("conflicting evidence lowers confidence and ranks the better-supported maker first", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    const Identifier identifier(catalog);

    // A Philips TV with Chromecast built in: the TV maker's description, Google's cast service.
    discovery::Host tv;
    tv.addresses = {"192.168.1.20"};
    discovery::UpnpDevice description;
    description.manufacturer = "Philips TV";
    description.deviceType = "urn:schemas-upnp-org:device:MediaRenderer:1";
    tv.upnp.push_back(description);
    const auto alone = identifier.identify(tv);
    REQUIRE(alone.best() != nullptr);
    CHECK(alone.best()->vendorId == "tpvision");

    discovery::MdnsService cast;
    cast.type = "_googlecast._tcp";
    cast.instance = "Philips-TV-abc";
    tv.mdns.push_back(cast);
    const auto both = identifier.identify(tv);
    REQUIRE(both.candidates.size() == 2);
    CHECK(both.candidates[0].vendorId == "tpvision");
    CHECK(both.candidates[0].kind == "tv");
    CHECK(both.candidates[1].vendorId == "google");
    CHECK(both.candidates[0].confidence < alone.best()->confidence);
    CHECK(both.candidates[1].confidence < both.candidates[0].confidence);
}

TEST_CASE("TXT rules match only their key and service, and can read the model", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    const Identifier identifier(catalog);

    discovery::Host host;
    discovery::MdnsService cast;
    cast.type = "_googlecast._tcp";
    cast.txt = {{"fn", std::string("Woonkamer")}, {"MD", std::string("Chromecast Ultra")}};
    host.mdns.push_back(cast);
    auto identity = identifier.identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->vendorId == "google");
    CHECK(identity.best()->model == "Chromecast Ultra");

    // The same key under another service type is not evidence for the rule.
    host.mdns.front().type = "_other._tcp";
    identity = identifier.identify(host);
    CHECK(identity.candidates.empty());
}

TEST_CASE("a generic service gives the kind without a maker", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::Host host;
    discovery::MdnsService ipp;
    ipp.type = "_ipp._tcp";
    host.mdns.push_back(ipp);
    const auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.candidates.size() == 1);
    CHECK_FALSE(identity.best()->vendorId);
    CHECK(identity.best()->kind == "printer");
    CHECK(identity.best()->kindConfidence == Approx(0.5));
}

TEST_CASE("a rule counts once however often its value repeats", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::Host host;
    for (int i = 0; i < 3; ++i) {
        discovery::UpnpDevice device;
        device.server = "Linux UPnP/1.0 Sonos/70.3-35220 (ZPS12)";
        host.upnp.push_back(device);
    }
    const auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->confidence == Approx(0.90));
}

TEST_CASE("a server rule also reads the HTTP Server header of the description, once when both agree", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::Host host;
    discovery::UpnpDevice device;
    device.server = "Linux/3.14 UPnP/1.0 IpBridge/1.0";
    device.httpServer = "Linux UPnP/1.0 Sonos/70.3-35220 (ZPS12)";
    host.upnp.push_back(device);
    auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->vendorId == "sonos");
    CHECK(hasClue(*identity.best(), ClueSource::Rule, "sonos-server"));

    host.upnp.front().server = host.upnp.front().httpServer;
    identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->confidence == Approx(0.90));
}

TEST_CASE("a brand named in a device name is weak evidence", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::Host host;
    discovery::MdnsService service;
    service.type = "_http._tcp";
    service.instance = "Sonos Keuken";
    host.mdns.push_back(service);
    const auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->vendorId == "sonos");
    CHECK(identity.best()->confidence == Approx(identify::kNameMentionWeight));
    CHECK(hasClue(*identity.best(), ClueSource::NameMention));
}

TEST_CASE("the household's correction wins and keeps supporting evidence", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    const Identifier identifier(catalog);
    auto host = macOnly("Hangzhou Hikvision Digital Technology Co.,Ltd.");

    SECTION("another maker altogether")
    {
        const Correction correction {std::string("sonos"), std::string("Sonos Era 100"), std::string("speaker")};
        const auto identity = identifier.identify(host, &correction);
        CHECK(identity.corrected);
        REQUIRE(identity.candidates.size() == 2);
        CHECK(identity.best()->vendorId == "sonos");
        CHECK(identity.best()->model == "Sonos Era 100");
        CHECK(identity.best()->kind == "speaker");
        CHECK(identity.best()->confidence == 1.0);
        CHECK(identity.best()->evidence.front().source == ClueSource::Correction);
        CHECK(identity.candidates[1].vendorId == "hikvision");
    }
    SECTION("only the kind")
    {
        const Correction correction {std::nullopt, std::nullopt, std::string("recorder")};
        const auto identity = identifier.identify(host, &correction);
        CHECK(identity.corrected);
        REQUIRE(identity.candidates.size() == 1);
        CHECK(identity.best()->vendorId == "hikvision");
        CHECK(identity.best()->kind == "recorder");
        CHECK(identity.best()->kindConfidence == 1.0);
        CHECK(hasClue(*identity.best(), ClueSource::MacVendor));
    }
    SECTION("an empty correction changes nothing")
    {
        const Correction correction;
        const auto identity = identifier.identify(host, &correction);
        CHECK_FALSE(identity.corrected);
        CHECK(identity.best()->confidence == Approx(identify::kMacVendorWeight));
    }
}

TEST_CASE("hostile device text is matched safely and cleaned in the evidence", "[identify]")
{
    SyntheticKnowledge knowledge;
    household(knowledge);
    const auto catalog = knowledge.catalog();
    discovery::Host host;
    discovery::UpnpDevice device;
    device.modelName = "Sonos \xff\x1b[31m" + std::string(100000, '*');
    device.friendlyName = std::string(100000, 'a') + "\xc0";
    host.upnp.push_back(device);
    const auto identity = Identifier(catalog).identify(host);
    REQUIRE(identity.best() != nullptr);
    CHECK(identity.best()->vendorId == "sonos");
    for (const auto& clue : identity.best()->evidence) {
        CHECK(clue.value.find('\x1b') == std::string::npos);
        CHECK(clue.value.find('\xff') == std::string::npos);
    }
}
