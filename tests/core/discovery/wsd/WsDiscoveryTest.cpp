// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/wsd/WsDiscovery.h"

#include "tests/core/discovery/ParserTestSupport.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <fstream>
#include <string>
#include <vector>

using voordeur::core::wsd::buildProbe;
using voordeur::core::wsd::Endpoint;
using voordeur::core::wsd::kMaxMessageBytes;
using voordeur::core::wsd::parseOnvifScopes;
using voordeur::core::wsd::parseWsdMessage;
using voordeur::core::wsd::WsdCode;
using voordeur::core::wsd::WsdKind;
using voordeur::core::wsd::WsdMessage;
using voordeur::tests::isCleanText;
using voordeur::tests::readTestData;

namespace {

using Strings = std::vector<std::string>;

constexpr std::string_view kWsddAddress = "urn:uuid:3f6f3e1c-8d2a-4c1e-9a5b-2d7c6e0f1a42";

std::string envelope(const std::string& body)
{
    return R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope")"
           R"( xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing")"
           R"( xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery">)"
           R"(<s:Header><a:MessageID>urn:uuid:m</a:MessageID></s:Header><s:Body>)"
        + body + "</s:Body></s:Envelope>";
}

std::string probeMatchWith(const std::string& scopes)
{
    return envelope("<d:ProbeMatches><d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:x</a:Address>"
                    "</a:EndpointReference><d:Scopes>"
        + scopes + "</d:Scopes></d:ProbeMatch></d:ProbeMatches>");
}

bool everyTextClean(const WsdMessage& message)
{
    bool clean = isCleanText(message.messageId) && isCleanText(message.relatesTo);
    for (const Endpoint& endpoint : message.endpoints) {
        clean = clean && isCleanText(endpoint.address);
        for (const Strings* list : {&endpoint.types, &endpoint.scopes, &endpoint.xaddrs}) {
            clean = clean && list->size() <= voordeur::core::wsd::kMaxListValues;
            for (const auto& value : *list) {
                clean = clean && isCleanText(value) && !value.empty();
            }
        }
    }
    return clean;
}

Strings realMessages()
{
    return {readTestData("wsd/wsdd-probematches.xml"), readTestData("wsd/wsdd-hello.xml"),
        readTestData("wsd/wsdd-bye.xml"), readTestData("wsd/onvif-hikvision-probematches.xml"),
        readTestData("wsd/onvif-dahua-probematches.xml")};
}

}  // namespace

TEST_CASE("wsdd's ProbeMatches answers Voordeur's probe with its endpoint, types and metadata version", "[wsd]")
{
    const auto message = parseWsdMessage(readTestData("wsd/wsdd-probematches.xml"));
    REQUIRE(message);
    CHECK(message->kind == WsdKind::ProbeMatches);
    CHECK(message->messageId.rfind("urn:uuid:", 0) == 0);
    CHECK(message->relatesTo == "urn:uuid:0a6dc791-2be6-4991-9af1-454778a1917a");
    REQUIRE(message->endpoints.size() == 1);
    const Endpoint& endpoint = message->endpoints[0];
    CHECK(endpoint.address == kWsddAddress);
    CHECK(endpoint.types == Strings {"wsdp:Device", "pub:Computer"});
    CHECK(endpoint.scopes.empty());
    CHECK(endpoint.xaddrs.empty());
    CHECK(endpoint.metadataVersion == 1U);
}

TEST_CASE("wsdd's Hello carries its transport address and its Bye only the endpoint", "[wsd]")
{
    const auto hello = parseWsdMessage(readTestData("wsd/wsdd-hello.xml"));
    REQUIRE(hello);
    CHECK(hello->kind == WsdKind::Hello);
    CHECK(hello->relatesTo.empty());
    REQUIRE(hello->endpoints.size() == 1);
    CHECK(hello->endpoints[0].address == kWsddAddress);
    CHECK(hello->endpoints[0].xaddrs == Strings {"http://192.0.2.10:5357/3f6f3e1c-8d2a-4c1e-9a5b-2d7c6e0f1a42"});

    const auto bye = parseWsdMessage(readTestData("wsd/wsdd-bye.xml"));
    REQUIRE(bye);
    CHECK(bye->kind == WsdKind::Bye);
    REQUIRE(bye->endpoints.size() == 1);
    CHECK(bye->endpoints[0].address == kWsddAddress);
    CHECK(bye->endpoints[0].types.empty());
    CHECK_FALSE(bye->endpoints[0].metadataVersion.has_value());
}

TEST_CASE("a Hikvision camera's ProbeMatch gives its model, name and both transport addresses", "[wsd]")
{
    const auto message = parseWsdMessage(readTestData("wsd/onvif-hikvision-probematches.xml"));
    REQUIRE(message);
    CHECK(message->kind == WsdKind::ProbeMatches);
    CHECK(message->relatesTo == "urn:uuid:6b2f0c8e-13a4-4d5b-9c7e-0f1e2d3c4b5a");
    REQUIRE(message->endpoints.size() == 1);
    const Endpoint& camera = message->endpoints[0];
    CHECK(camera.address == "urn:uuid:54575cd1-a5d6-4bd9-8a1e-4447cc6a1b2c");
    CHECK(camera.types == Strings {"dn:NetworkVideoTransmitter", "tds:Device"});
    CHECK(camera.xaddrs
        == Strings {
            "http://192.168.1.64/onvif/device_service", "http://[fe80::4647:ccff:fe6a:1b2c]/onvif/device_service"});
    CHECK(camera.metadataVersion == 10U);
    REQUIRE(camera.scopes.size() == 8);

    const auto onvif = parseOnvifScopes(camera.scopes);
    CHECK(onvif.name == "HIKVISION DS-2CD2143G0-I");
    CHECK(onvif.hardware == "DS-2CD2143G0-I");
    CHECK(onvif.location == "city/hangzhou");
    CHECK(onvif.types == Strings {"video_encoder"});
    CHECK(onvif.profiles == Strings {"Streaming", "G", "T"});
    CHECK(onvif.other == Strings {"onvif://www.onvif.org/MAC/44:47:cc:6a:1b:2c"});
}

TEST_CASE("a Dahua camera's ProbeMatch is read with other prefixes and scope order", "[wsd]")
{
    const auto message = parseWsdMessage(readTestData("wsd/onvif-dahua-probematches.xml"));
    REQUIRE(message);
    REQUIRE(message->endpoints.size() == 1);
    const Endpoint& camera = message->endpoints[0];
    CHECK(camera.address == "uuid:3a2e1f7c-0000-4000-8000-08eded3c4d5e");
    CHECK(camera.xaddrs == Strings {"http://192.168.1.108/onvif/device_service"});
    const auto onvif = parseOnvifScopes(camera.scopes);
    CHECK(onvif.name == "Dahua");
    CHECK(onvif.hardware == "IPC-HDW4631C-A");
    CHECK(onvif.location == "country/china");
    CHECK(onvif.types == Strings {"Network_Video_Transmitter"});
    CHECK(onvif.profiles == Strings {"Streaming", "G", "T"});
    CHECK(onvif.other == Strings {"onvif://www.onvif.org/extension/unique_identifier/1"});
}

TEST_CASE("ONVIF scopes are percent-decoded into clean text; keys match in any case, the first name wins", "[wsd]")
{
    const auto onvif = parseOnvifScopes({"onvif://www.onvif.org/name/Caf%C3%A9%20Cam",
        "ONVIF://www.onvif.org/Name/Second", "onvif://www.onvif.org/hardware/Bad%FF%0A%00x",
        "onvif://www.onvif.org/location/100%", "onvif://www.onvif.org/TYPE/ptz", "onvif://www.onvif.org/profile/S",
        "http://example.com/scope", "onvif://www.onvif.org/", "onvif://www.onvif.org/x"});
    CHECK(onvif.name == "Caf\xc3\xa9 Cam");
    CHECK(onvif.hardware == "Bad\xef\xbf\xbd \xef\xbf\xbdx");  // a line break is a space, NUL and 0xFF are U+FFFD
    CHECK(isCleanText(onvif.hardware));
    CHECK(onvif.location == "100%");
    CHECK(onvif.types == Strings {"ptz"});
    CHECK(onvif.profiles == Strings {"S"});
    CHECK(onvif.other == Strings {"http://example.com/scope", "onvif://www.onvif.org/", "onvif://www.onvif.org/x"});
}

TEST_CASE("the Probe Voordeur builds is the one wsdd answered, and asks for the given types", "[wsd]")
{
    const std::string probe = buildProbe("urn:uuid:0a6dc791-2be6-4991-9af1-454778a1917a", "dn:NetworkVideoTransmitter");
    pugi::xml_document document;
    REQUIRE(document.load_string(probe.c_str()));
    const auto envelopeNode = document.child("s:Envelope");
    CHECK(std::string(envelopeNode.attribute("xmlns:dn").value()) == "http://www.onvif.org/ver10/network/wsdl");
    CHECK(std::string(envelopeNode.attribute("xmlns:s").value()) == "http://www.w3.org/2003/05/soap-envelope");
    const auto header = envelopeNode.child("s:Header");
    CHECK(std::string(header.child_value("a:Action")) == "http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe");
    CHECK(std::string(header.child_value("a:To")) == "urn:schemas-xmlsoap-org:ws:2005:04:discovery");
    CHECK(std::string(header.child_value("a:MessageID")) == "urn:uuid:0a6dc791-2be6-4991-9af1-454778a1917a");
    CHECK(std::string(envelopeNode.child("s:Body").child("d:Probe").child_value("d:Types"))
        == "dn:NetworkVideoTransmitter");

    const auto parsed = parseWsdMessage(probe);
    REQUIRE(parsed);
    CHECK(parsed->kind == WsdKind::Other);
    CHECK(parsed->messageId == "urn:uuid:0a6dc791-2be6-4991-9af1-454778a1917a");

    // What was sent to wsdd in the capture, byte for byte.
    CHECK(buildProbe("urn:uuid:0a6dc791-2be6-4991-9af1-454778a1917a", "wsdp:Device")
        == readTestData("wsd/voordeur-probe-wsdp-device.xml"));
}

TEST_CASE("a Probe for any type has no Types element, and its text cannot break the XML", "[wsd]")
{
    pugi::xml_document any;
    REQUIRE(any.load_string(buildProbe("urn:uuid:1", "").c_str()));
    const auto probe = any.child("s:Envelope").child("s:Body").child("d:Probe");
    REQUIRE(probe);
    CHECK_FALSE(probe.child("d:Types"));

    pugi::xml_document hostile;
    REQUIRE(hostile.load_string(buildProbe("urn:uuid:<x>&\"\x01", "dn:A</d:Types><evil/>").c_str()));
    const auto header = hostile.child("s:Envelope").child("s:Header");
    CHECK(std::string(header.child_value("a:MessageID")) == "urn:uuid:<x>&\"");
    CHECK(std::string(hostile.child("s:Envelope").child("s:Body").child("d:Probe").child_value("d:Types"))
        == "dn:A</d:Types><evil/>");
}

TEST_CASE("WS-Discovery messages with a DTD are refused: no billion laughs, no external entity", "[wsd]")
{
    const auto laughs = parseWsdMessage(R"(<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">)"
                                        R"(<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>)"
        + probeMatchWith("&c;"));
    REQUIRE_FALSE(laughs);
    CHECK(laughs.error().code == WsdCode::DoctypeRefused);

    const auto external
        = parseWsdMessage(R"(<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>)" + probeMatchWith("&x;"));
    REQUIRE_FALSE(external);
    CHECK(external.error().code == WsdCode::DoctypeRefused);
    std::ifstream passwd("/etc/passwd");
    std::string firstLine;
    std::getline(passwd, firstLine);
    REQUIRE_FALSE(firstLine.empty());
    CHECK(external.error().detail.find(firstLine) == std::string::npos);
}

TEST_CASE("WS-Discovery messages beyond the bounds are refused", "[wsd]")
{
    CHECK(parseWsdMessage(probeMatchWith(std::string(kMaxMessageBytes, ' '))).error().code == WsdCode::TooLarge);

    std::string scopes;
    for (int i = 0; i < 65; ++i) {
        scopes += " onvif://www.onvif.org/type/t" + std::to_string(i);
    }
    CHECK(parseWsdMessage(probeMatchWith(scopes)).error().code == WsdCode::TooManyValues);

    std::string matches = "<d:ProbeMatches>";
    for (int i = 0; i < 65; ++i) {
        matches += "<d:ProbeMatch/>";
    }
    CHECK(parseWsdMessage(envelope(matches + "</d:ProbeMatches>")).error().code == WsdCode::TooManyEndpoints);

    std::string deep;
    for (int i = 0; i < 1000; ++i) {
        deep.insert(0, "<x>").append("</x>");
    }
    const auto nested = parseWsdMessage(envelope(deep));
    REQUIRE(nested);  // pugixml parses without recursion; the nesting is simply not looked at
    CHECK(nested->kind == WsdKind::Other);
}

TEST_CASE("invalid UTF-8 and control characters in WS-Discovery values come out clean", "[wsd]")
{
    const auto message = parseWsdMessage(probeMatchWith("onvif://www.onvif.org/name/A\xff\xfe "
                                                        "onvif://www.onvif.org/hardware/&#x1b;[2J "
        + std::string(voordeur::tests::kRightToLeftOverride) + "evil"));
    REQUIRE(message);
    REQUIRE(message->endpoints.size() == 1);
    CHECK(everyTextClean(*message));
    CHECK(message->endpoints[0].scopes.size() == 3);
    CHECK(parseOnvifScopes(message->endpoints[0].scopes).name == "A\xef\xbf\xbd\xef\xbf\xbd");
}

TEST_CASE("documents that are no SOAP envelope are refused with a code", "[wsd]")
{
    CHECK(parseWsdMessage("").error().code == WsdCode::MalformedXml);
    CHECK(parseWsdMessage("<s:Envelope>").error().code == WsdCode::MalformedXml);
    CHECK(parseWsdMessage("<root/>").error().code == WsdCode::NotSoap);
    CHECK(parseWsdMessage("<Envelope><Header/></Envelope>").error().code == WsdCode::NotSoap);
    const auto fault = parseWsdMessage(envelope("<s:Fault/>"));
    REQUIRE(fault);
    CHECK(fault->kind == WsdKind::Other);
    CHECK(fault->endpoints.empty());
}

TEST_CASE("every truncation of a real WS-Discovery message is refused", "[wsd]")
{
    for (const auto& xml : realMessages()) {
        const std::size_t end = xml.rfind("Envelope>");
        REQUIRE(end != std::string::npos);
        for (std::size_t length = 0; length < end + 9; ++length) {
            INFO(xml.substr(0, length));
            CHECK_FALSE(parseWsdMessage(std::string_view(xml).substr(0, length)));
        }
    }
}

TEST_CASE("ten thousand mutations of each real WS-Discovery message never break the parser", "[wsd]")
{
    std::uint32_t seed = 3702;
    for (const auto& xml : realMessages()) {
        voordeur::tests::Mutator mutator(xml, seed++);
        int parsed = 0;
        for (int round = 0; round < 10000; ++round) {
            const auto message = parseWsdMessage(mutator.next());
            if (message) {
                ++parsed;
                REQUIRE(everyTextClean(*message));
                REQUIRE(message->endpoints.size() <= voordeur::core::wsd::kMaxEndpoints);
                for (const auto& endpoint : message->endpoints) {
                    const auto onvif = parseOnvifScopes(endpoint.scopes);
                    REQUIRE(isCleanText(onvif.name));
                    REQUIRE(isCleanText(onvif.hardware));
                    REQUIRE(isCleanText(onvif.location));
                }
            }
        }
        CHECK(parsed > 0);
    }
}
