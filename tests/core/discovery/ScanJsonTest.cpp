// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ScanJson.h"

#include "tests/core/TestData.h"

#include <catch2/catch.hpp>

#include <array>
#include <nlohmann/json.hpp>

using namespace voordeur::core;
using namespace voordeur::core::discovery;

TEST_CASE("the scan JSON document carries the documented fields", "[discovery][json]")
{
    ScanResult result;
    result.interfaceName = "eth0";
    result.interfaceAddress = "10.0.0.2";
    result.duration = std::chrono::milliseconds(1834);
    Host printer;
    printer.addresses = {"10.0.0.5"};
    printer.mac = net::MacAddress::parse("3c:52:82:00:00:05");
    printer.macVendor = "Hewlett Packard";
    printer.hostnames = {"printer.local"};
    printer.mdns.push_back({"_ipp._tcp", "HP LaserJet — Woonkamer", "printer.local", 631,
        {{"ty", "HP LaserJet MFP M234sdw"}, {"Duplex", std::nullopt}, {"note", ""}}});
    UpnpDevice upnp;
    upnp.location = "http://10.0.0.5:80/desc.xml";
    upnp.udn = "uuid:1";
    upnp.manufacturer = "HP";
    upnp.modelName = "LaserJet";
    printer.upnp.push_back(upnp);
    printer.wsd.push_back({"urn:uuid:2", {"dn:NetworkVideoTransmitter"}, {"onvif://www.onvif.org/name/X%20Y"},
        {"http://10.0.0.5/"}, "X Y", "", ""});
    printer.openPorts = {23};
    printer.observations.push_back({Protocol::Mdns, ObservationKind::MdnsRecord, std::chrono::milliseconds(12),
        "10.0.0.5", "_ipp._tcp HP LaserJet — Woonkamer"});
    result.hosts.push_back(printer);
    RouterIgd igd;
    igd.location = "http://10.0.0.1:5000/rootDesc.xml";
    igd.externalIp = "81.2.3.4";
    igd.mappings.push_back({"TCP", 8080, "10.0.0.5", 80, "camera", true, "", 0});
    result.router = igd;

    const auto document = nlohmann::json::parse(scanToJson(result));
    CHECK(document["schema"] == "voordeur.scan/1");
    CHECK(document["interface"] == "eth0");
    CHECK(document["duration_ms"] == 1834);
    const auto& device = document["devices"].at(0);
    CHECK(device["addresses"].at(0) == "10.0.0.5");
    CHECK(device["mac"] == "3c:52:82:00:00:05");
    CHECK(device["mac_vendor"] == "Hewlett Packard");
    CHECK(device["hostnames"].at(0) == "printer.local");
    const auto& service = device["mdns"].at(0);
    CHECK(service["instance"] == "HP LaserJet — Woonkamer");
    CHECK(service["port"] == 631);
    CHECK(service["txt"]["ty"] == "HP LaserJet MFP M234sdw");
    CHECK(service["txt"]["Duplex"] == true);  // a key without a value
    CHECK(service["txt"]["note"] == "");      // a key with an empty value
    CHECK(device["upnp"].at(0)["udn"] == "uuid:1");
    CHECK(device["upnp"].at(0)["model_name"] == "LaserJet");
    CHECK(device["wsd"].at(0)["scopes"].at(0) == "onvif://www.onvif.org/name/X%20Y");
    CHECK(device["wsd"].at(0)["onvif"]["name"] == "X Y");
    CHECK(device["open_ports"].at(0) == 23);
    CHECK(device["evidence"].at(0)["protocol"] == "mdns");
    CHECK(device["evidence"].at(0)["at_ms"] == 12);
    const auto& mapping = document["router"]["igd"]["mappings"].at(0);
    CHECK(mapping["protocol"] == "TCP");
    CHECK(mapping["external_port"] == 8080);
    CHECK(mapping["internal_client"] == "10.0.0.5");
    CHECK(mapping["internal_port"] == 80);
    CHECK(mapping["enabled"] == true);
}

TEST_CASE("no router gives a null IGD and invalid UTF-8 never breaks the document", "[discovery][json]")
{
    ScanResult result;
    Host host;
    host.addresses = {"10.0.0.9"};
    host.hostnames = {std::string("bad\xff\xfe name")};
    result.hosts.push_back(host);
    const auto document = nlohmann::json::parse(scanToJson(result));
    CHECK(document["router"]["igd"].is_null());
    CHECK(document["devices"].at(0)["mac"].is_null());
    CHECK(document["devices"].at(0)["hostnames"].at(0).get<std::string>().find("name") != std::string::npos);
}

// Reading a saved scan back.

namespace {

/// A scan with every field the document has set to something other than its default.
ScanResult richScan()
{
    ScanResult result;
    result.interfaceName = "wlp2s0";
    result.interfaceAddress = "192.168.178.23";
    result.interfacePrefix = 24;
    result.duration = std::chrono::milliseconds(2934);
    result.lastNewEvidence = std::chrono::milliseconds(1207);
    result.cancelled = true;

    Host printer;
    printer.addresses = {"192.168.178.30", "fe80::3e52:82ff:fe00:5%wlp2s0"};
    printer.mac = net::MacAddress::parse("3c:52:82:00:00:05");
    printer.macVendor = "Hewlett Packard";
    printer.hostnames = {"HP3C5282.local", "hp3c5282.fritz.box"};
    // TXT keys in record order, not sorted: the order must survive the round trip.
    printer.mdns.push_back({"_ipp._tcp", "HP LaserJet — Woonkamer", "HP3C5282.local", 631,
        {{"txtvers", "1"}, {"ty", "HP LaserJet MFP M234sdw"}, {"Duplex", std::nullopt}, {"note", ""},
            {"adminurl", "http://HP3C5282.local./"}}});
    printer.mdns.push_back({"_http._tcp", "HP LaserJet — Woonkamer", "HP3C5282.local", 80, {}});
    UpnpDevice upnp;
    upnp.location = "http://192.168.178.30:8080/description.xml";
    upnp.server = "Linux/3.10 UPnP/1.0 HP-Embedded/1.0";
    upnp.httpServer = "HP HTTP Server; HP LaserJet MFP M234sdw - 6GW99F";
    upnp.udn = "uuid:0ff1ce00-0000-1000-8000-3c5282000005";
    upnp.deviceType = "urn:schemas-upnp-org:device:Printer:1";
    upnp.friendlyName = "HP LaserJet MFP M234sdw";
    upnp.manufacturer = "HP";
    upnp.manufacturerUrl = "http://www.hp.com";
    upnp.modelName = "LaserJet MFP M234sdw";
    upnp.modelNumber = "M234sdw";
    upnp.modelDescription = "HP LaserJet MFP";
    upnp.serialNumber = "VNB3K12345";
    upnp.presentationUrl = "http://192.168.178.30/";
    upnp.services = {{"urn:schemas-upnp-org:service:PrintBasic:1", "urn:upnp-org:serviceId:PrintBasic"},
        {"urn:schemas-upnp-org:service:ScannerService:1", "urn:upnp-org:serviceId:Scan"}};
    upnp.embeddedDeviceTypes = {"urn:schemas-upnp-org:device:Scanner:1"};
    upnp.described = true;
    printer.upnp.push_back(upnp);
    UpnpDevice undescribed;
    undescribed.location = "http://192.168.178.30:49152/rootDesc.xml";
    undescribed.udn = "uuid:2";
    printer.upnp.push_back(undescribed);
    printer.openPorts = {21, 23};
    printer.observations = {
        {Protocol::Neighbour, ObservationKind::NeighbourEntry, std::chrono::milliseconds(3), "192.168.178.30",
            "3c:52:82:00:00:05"},
        {Protocol::Mdns, ObservationKind::MdnsRecord, std::chrono::milliseconds(11), "192.168.178.30", "_ipp._tcp"},
        {Protocol::Ssdp, ObservationKind::SsdpResponse, std::chrono::milliseconds(120), "192.168.178.30", "uuid:2"},
        {Protocol::Ssdp, ObservationKind::SsdpNotify, std::chrono::milliseconds(130), "192.168.178.30", "uuid:2"},
        {Protocol::Ssdp, ObservationKind::SsdpByebye, std::chrono::milliseconds(140), "192.168.178.30", "uuid:2"},
        {Protocol::Ssdp, ObservationKind::UpnpDescription, std::chrono::milliseconds(180), "192.168.178.30",
            "uuid:0ff1ce00-0000-1000-8000-3c5282000005"},
        {Protocol::ReverseDns, ObservationKind::ReverseName, std::chrono::milliseconds(25), "192.168.178.30",
            "hp3c5282.fritz.box"},
        {Protocol::ServiceCheck, ObservationKind::OpenPort, std::chrono::milliseconds(900), "192.168.178.30", "23"},
    };
    result.hosts.push_back(printer);

    Host camera;
    camera.addresses = {"192.168.178.50"};
    camera.mac = net::MacAddress::parse("44:47:cc:5d:7e:90");
    camera.macVendor = "Hangzhou Hikvision Digital Technology Co.,Ltd.";
    camera.wsd.push_back({"urn:uuid:4c4f8a10-1dd2-11b2-8000-4447cc5d7e90", {"tds:Device", "dn:NetworkVideoTransmitter"},
        {"onvif://www.onvif.org/name/HIKVISION%20DS-2CD2143G0-I", "onvif://www.onvif.org/hardware/DS-2CD2143G0-I",
            "onvif://www.onvif.org/location/city/hangzhou"},
        {"http://192.168.178.50/onvif/device_service"}, "HIKVISION DS-2CD2143G0-I", "DS-2CD2143G0-I", "city/hangzhou"});
    camera.wsd.push_back({"urn:uuid:5", {"wsdp:Device"}, {}, {}, "", "", ""});
    camera.observations = {
        {Protocol::Wsd, ObservationKind::WsdProbeMatch, std::chrono::milliseconds(39), "192.168.178.50",
            "urn:uuid:4c4f8a10-1dd2-11b2-8000-4447cc5d7e90"},
        {Protocol::Wsd, ObservationKind::WsdHello, std::chrono::milliseconds(41), "192.168.178.50", "urn:uuid:5"},
        {Protocol::Igd, ObservationKind::PortMapping, std::chrono::milliseconds(300), "192.168.178.1",
            "TCP 554 -> 554"},
    };
    result.hosts.push_back(camera);

    Host phone;  // a private (randomised) MAC, nothing else
    phone.addresses = {"192.168.178.77"};
    phone.mac = net::MacAddress::parse("9a:10:22:33:44:55");
    phone.macRandomised = true;
    result.hosts.push_back(phone);

    RouterIgd igd;
    igd.location = "http://192.168.178.1:49000/igddesc.xml";
    igd.externalIp = "81.2.3.4";
    igd.mappingListComplete = true;
    igd.mappings.push_back({"TCP", 554, "192.168.178.50", 554, "HIKVISION RTSP", true, "", 604796});
    igd.mappings.push_back({"UDP", 65535, "192.168.178.50", 1, "", false, "203.0.113.9", 4294967295U});
    result.router = igd;

    const ProtocolState states[] = {ProtocolState::Done, ProtocolState::Done, ProtocolState::Running,
        ProtocolState::Done, ProtocolState::Unavailable, ProtocolState::Waiting, ProtocolState::Off};
    for (std::size_t i = 0; i < kProtocolCount; ++i) {
        result.protocols[i].protocol = static_cast<Protocol>(i);
        result.protocols[i].state = states[i];
        result.protocols[i].answers = static_cast<int>(10 * i + 1);
        result.protocols[i].malformed = static_cast<int>(i);
        result.protocols[i].refused = static_cast<int>(i % 2);
    }
    result.serviceCheckPorts = {21, 23, 554, 2323, 5555, 7547, 8000, 34567, 37777};
    return result;
}

/// The JSON example of docs/scan-json.md (from the test lab).
std::string documentedExample()
{
    const std::string page = voordeur::tests::readFile(voordeur::tests::testDataPath("../../docs/scan-json.md"));
    const std::string open = "```json\n";
    const auto begin = page.find(open, page.find("## Example"));
    REQUIRE(begin != std::string::npos);
    const auto end = page.find("\n```", begin + open.size());
    REQUIRE(end != std::string::npos);
    return page.substr(begin + open.size(), end - begin - open.size());
}

/// Every member and element of `expected` is in `actual` with the same value (`actual` may have more members).
bool containsAll(const nlohmann::json& actual, const nlohmann::json& expected, const std::string& path = "")
{
    if (expected.is_object()) {
        if (!actual.is_object()) {
            UNSCOPED_INFO(path << " is not an object");
            return false;
        }
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key) || !containsAll(actual[key], value, path + "." + key)) {
                UNSCOPED_INFO("at " << path << "." << key);
                return false;
            }
        }
        return true;
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            UNSCOPED_INFO(path << " differs in size");
            return false;
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (!containsAll(actual[i], expected[i], path + "[" + std::to_string(i) + "]")) {
                return false;
            }
        }
        return true;
    }
    return actual == expected;
}

ScanJsonError readError(std::string_view json)
{
    const auto result = scanFromJson(json);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

/// A valid scan document with one device whose JSON is `device`.
std::string documentWithDevice(const std::string& device)
{
    return R"({"schema": "voordeur.scan/1", "devices": [{}, {}, {}, )" + device + "]}";
}

}  // namespace

TEST_CASE("a scan read back from its JSON writes the same text again", "[scanjson]")
{
    const ScanResult original = richScan();
    for (const int indent : {2, -1}) {
        const std::string text = scanToJson(original, indent);
        const auto read = scanFromJson(text);
        INFO((read.ok() ? std::string() : read.error().detail));
        REQUIRE(read.ok());
        CHECK(scanToJson(*read, indent) == text);
    }
    const auto read = scanFromJson(scanToJson(original));
    REQUIRE(read.ok());
    const Host& printer = read->hosts.at(0);
    CHECK(printer.mac == original.hosts[0].mac);
    CHECK(printer.mdns == original.hosts[0].mdns);
    CHECK(printer.upnp == original.hosts[0].upnp);
    CHECK(read->hosts.at(1).wsd == original.hosts[1].wsd);
    CHECK(read->hosts.at(2).macRandomised);
    REQUIRE(read->router);
    CHECK(read->router->mappings == original.router->mappings);
    CHECK(read->protocols[4].state == ProtocolState::Unavailable);
    CHECK(read->serviceCheckPorts == original.serviceCheckPorts);
}

TEST_CASE("the lab example of docs/scan-json.md reads back with every documented value", "[scanjson]")
{
    const std::string example = documentedExample();
    const auto read = scanFromJson(example);
    INFO((read.ok() ? std::string() : read.error().detail));
    REQUIRE(read.ok());
    CHECK(read->hosts.size() == 3);
    CHECK(read->hosts.at(1).mdns.at(0).instance == "HP LaserJet — Woonkamer");
    CHECK(read->router->mappings.size() == 2);

    const std::string written = scanToJson(*read);
    // The example is shortened (three of seven protocols, no "onvif" member), so what is written
    // again holds at least everything the example says, and is itself a fixed point.
    CHECK(containsAll(nlohmann::json::parse(written), nlohmann::json::parse(example)));
    const auto again = scanFromJson(written);
    REQUIRE(again.ok());
    CHECK(scanToJson(*again) == written);
}

TEST_CASE("hand-written partial device objects load with defaults", "[scanjson]")
{
    SECTION("an empty object is a device without evidence")
    {
        const auto host = hostFromJson(nlohmann::json::object());
        REQUIRE(host.ok());
        CHECK(host->addresses.empty());
        CHECK_FALSE(host->mac);
        CHECK(host->macVendor.empty());
        CHECK_FALSE(host->macRandomised);
        CHECK(host->observations.empty());
    }
    SECTION("a few fields, the rest defaults; mac_randomised follows the MAC when missing")
    {
        const auto device = nlohmann::json::parse(R"({
            "addresses": ["10.0.0.7"],
            "mac": "DA-A1-19-00-00-01",
            "mdns": [{"type": "_hap._tcp", "txt": {"md": "Eve Energy"}}],
            "upnp": [{"manufacturer": "Sonos, Inc."}],
            "wsd": [{"types": ["wsdp:Device"]}]
        })");
        const auto host = hostFromJson(device);
        INFO((host.ok() ? std::string() : host.error().detail));
        REQUIRE(host.ok());
        CHECK(host->addresses == std::vector<std::string> {"10.0.0.7"});
        CHECK(host->mac->toString() == "da:a1:19:00:00:01");
        CHECK(host->macRandomised);
        CHECK(host->mdns.at(0).port == 0);
        CHECK(host->mdns.at(0).instance.empty());
        CHECK(host->mdns.at(0).txt.at(0).second == "Eve Energy");
        CHECK(host->upnp.at(0).manufacturer == "Sonos, Inc.");
        CHECK_FALSE(host->upnp.at(0).described);
        CHECK(host->wsd.at(0).onvifName.empty());
    }
    SECTION("unknown fields, such as the identity and findings still to come, are skipped")
    {
        const auto device = nlohmann::ordered_json::parse(R"({
            "addresses": ["10.0.0.8"], "mac": null, "mac_vendor": null,
            "identity": {"vendor": "hikvision", "confidence": 0.9},
            "findings": [{"code": "DefaultPassword"}],
            "mdns": [{"type": "_ipp._tcp", "future": [1, 2, 3], "txt": {"b": "2", "a": true}}]
        })");
        const auto host = hostFromJson(device);
        REQUIRE(host.ok());
        CHECK(host->addresses.at(0) == "10.0.0.8");
        REQUIRE(host->mdns.at(0).txt.size() == 2);
        CHECK(host->mdns.at(0).txt[0].first == "b");  // ordered_json keeps the document's order
        CHECK_FALSE(host->mdns.at(0).txt[1].second);

        const std::string document = R"({"schema": "voordeur.scan/1", "findings": [{"code": "x"}],
            "devices": [{"addresses": ["10.0.0.8"], "identity": {}, "findings": []}], "future": {"a": [1]}})";
        const auto scan = scanFromJson(document);
        REQUIRE(scan.ok());
        CHECK(scan->hosts.at(0).addresses.at(0) == "10.0.0.8");
        CHECK_FALSE(scan->router);
        CHECK(scan->protocols[6].protocol == Protocol::ServiceCheck);
    }
    SECTION("strings are cleaned as device text is")
    {
        const auto host = hostFromJson(nlohmann::json::parse(R"({"hostnames": ["evil\u202Egnp.exe\u0007"]})"));
        REQUIRE(host.ok());
        CHECK(host->hostnames.at(0) == "evil\xEF\xBF\xBDgnp.exe\xEF\xBF\xBD");
    }
}

TEST_CASE("each refusal of a saved scan has its code and names the path", "[scanjson]")
{
    SECTION("too large")
    {
        const std::string huge(maxScanJsonBytes + 1, ' ');
        CHECK(readError(huge).code == ScanJsonCode::TooLarge);
    }
    SECTION("not JSON")
    {
        for (const std::string_view text : {"", "not json", "{", R"({"schema": "voordeur.scan/1",})",
                 R"({"schema": "voordeur.scan/1"} trailing)", R"({"a": 1e400})", R"(["\ud800"])"}) {
            INFO(text);
            CHECK(readError(text).code == ScanJsonCode::NotJson);
        }
    }
    SECTION("wrong schema")
    {
        for (const std::string_view text : {"[]", "42", "{}", R"({"schema": 1})", R"({"schema": "voordeur.scan/2"})",
                 R"({"schema": "Voordeur.scan/1", "devices": []})"}) {
            INFO(text);
            CHECK(readError(text).code == ScanJsonCode::WrongSchema);
        }
    }
    SECTION("bad fields, each named by its path")
    {
        const std::pair<std::string, std::string> cases[] = {
            {documentWithDevice(R"({"upnp": [{"services": {"a": 1}}]})"), "devices[3].upnp[0].services: not an array"},
            {documentWithDevice(R"({"upnp": [{"services": [{"service_id": 7}]}]})"),
                "devices[3].upnp[0].services[0].service_id: not a string"},
            {documentWithDevice(R"({"mdns": [{"port": 70000}]})"), "devices[3].mdns[0].port: 70000 is out of range"},
            {documentWithDevice(R"({"mdns": [{"port": -1}]})"), "devices[3].mdns[0].port: -1 is out of range"},
            {documentWithDevice(R"({"mdns": [{"port": 80.5}]})"), "devices[3].mdns[0].port: not an integer"},
            {documentWithDevice(R"({"mdns": [{"txt": {"a": false}}]})"), "devices[3].mdns[0].txt.a: not a string"},
            {documentWithDevice(R"({"mac": "zz:zz"})"), "devices[3].mac: 'zz:zz' is not a MAC address"},
            {documentWithDevice(R"({"mac": 5})"), "devices[3].mac: not a string or null"},
            {documentWithDevice(R"({"addresses": "10.0.0.1"})"), "devices[3].addresses: not an array"},
            {documentWithDevice(R"({"addresses": [null]})"), "devices[3].addresses[0]: not a string"},
            {documentWithDevice(R"({"mac_randomised": "yes"})"), "devices[3].mac_randomised: not true or false"},
            {documentWithDevice(R"({"open_ports": [23, 65536]})"), "devices[3].open_ports[1]: 65536 is out of range"},
            {documentWithDevice(R"({"open_ports": [18446744073709551615]})"),
                "devices[3].open_ports[0]: 18446744073709551615 is out of range"},
            {documentWithDevice(R"({"open_ports": [99999999999999999999999]})"),
                "devices[3].open_ports[0]: not an integer"},
            {documentWithDevice(R"({"wsd": [{"onvif": "x"}]})"), "devices[3].wsd[0].onvif: not an object or null"},
            {documentWithDevice(R"({"evidence": [{"protocol": "mdns", "kind": "guess"}]})"),
                "devices[3].evidence[0].kind: unknown value 'guess'"},
            {documentWithDevice(R"({"evidence": [{"kind": "mdns_record"}]})"),
                "devices[3].evidence[0].protocol: missing"},
            {documentWithDevice(R"({"evidence": [{"protocol": "mdns", "kind": "mdns_record", "at_ms": -5}]})"),
                "devices[3].evidence[0].at_ms: -5 is out of range"},
            {documentWithDevice("7"), "devices[3]: not an object"},
            {R"({"schema": "voordeur.scan/1", "devices": {}})", "devices: not an array"},
            {R"({"schema": "voordeur.scan/1", "interface_prefix": 129})", "interface_prefix: 129 is out of range"},
            {R"({"schema": "voordeur.scan/1", "duration_ms": "1s"})", "duration_ms: not an integer"},
            {R"({"schema": "voordeur.scan/1", "cancelled": 0})", "cancelled: not true or false"},
            {R"({"schema": "voordeur.scan/1", "router": {"igd": []}})", "router.igd: not an object or null"},
            {R"({"schema": "voordeur.scan/1", "router": {"igd": {"mappings": [{"lease_seconds": 4294967296}]}}})",
                "router.igd.mappings[0].lease_seconds: 4294967296 is out of range"},
            {R"({"schema": "voordeur.scan/1", "router": {"igd": {"mappings": [{"external_port": "80"}]}}})",
                "router.igd.mappings[0].external_port: not an integer"},
            {R"({"schema": "voordeur.scan/1", "protocols": {"mdns": {"state": "sleeping"}}})",
                "protocols.mdns.state: unknown value 'sleeping'"},
            {R"({"schema": "voordeur.scan/1", "protocols": {"wsd": {"answers": 2147483648}}})",
                "protocols.wsd.answers: 2147483648 is out of range"},
            {R"({"schema": "voordeur.scan/1", "service_check_ports": [true]})",
                "service_check_ports[0]: not an integer"},
        };
        for (const auto& [document, detail] : cases) {
            INFO(document);
            const ScanJsonError error = readError(document);
            CHECK(error.code == ScanJsonCode::BadField);
            CHECK(error.detail.starts_with(detail));
        }
    }
    SECTION("a device object alone names paths relative to itself")
    {
        const auto host = hostFromJson(nlohmann::json::parse(R"({"upnp": [{}, {"services": 1}]})"));
        REQUIRE_FALSE(host.ok());
        CHECK(host.error().code == ScanJsonCode::BadField);
        CHECK(host.error().detail == "upnp[1].services: not an array");
        CHECK(hostFromJson(nlohmann::json::array()).error().detail == "(top level): not an object");
    }
}

TEST_CASE("a saved scan cut off at any byte is refused or read, never a crash", "[scanjson]")
{
    const std::string text = scanToJson(richScan(), -1);
    std::size_t read = 0;
    for (std::size_t size = 0; size <= text.size(); ++size) {
        const auto result = scanFromJson(std::string_view(text).substr(0, size));
        if (result.ok()) {
            ++read;
        } else {
            CHECK(result.error().code == ScanJsonCode::NotJson);
        }
    }
    CHECK(read == 1);  // only the whole document
}

TEST_CASE("a saved scan with any byte replaced is refused or read, never a crash", "[scanjson]")
{
    ScanResult scan = richScan();
    scan.hosts.erase(scan.hosts.begin());  // a smaller document keeps this quick
    const std::string text = scanToJson(scan, -1);
    constexpr std::array<char, 6> replacements = {'"', '{', ']', '\\', '9', '\xff'};
    for (std::size_t at = 0; at < text.size(); ++at) {
        std::string mutated = text;
        mutated[at] = replacements[at % replacements.size()];
        const auto result = scanFromJson(mutated);
        if (!result.ok()) {
            CHECK_FALSE(result.error().detail.empty());
        }
    }
}

TEST_CASE("deeply nested documents are refused before parsing", "[scanjson]")
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const ScanJsonError error = readError(deep);
    CHECK(error.code == ScanJsonCode::TooDeep);
    CHECK(error.detail == "nested deeper than 64 at byte 64");
    CHECK(readError(std::string(100000, '{')).code == ScanJsonCode::TooDeep);

    // 64 levels are allowed, and brackets inside strings (also after escaped quotes) do not count.
    const std::string ok64
        = R"({"schema": "voordeur.scan/1", "x": )" + std::string(63, '[') + std::string(63, ']') + "}";
    CHECK(scanFromJson(ok64).ok());
    const std::string tooDeep65
        = R"({"schema": "voordeur.scan/1", "x": )" + std::string(64, '[') + std::string(64, ']') + "}";
    CHECK(readError(tooDeep65).code == ScanJsonCode::TooDeep);
    const std::string inStrings
        = R"({"schema": "voordeur.scan/1", "interface": ")" + std::string(1000, '[') + R"(\"\\", "x": "{{{{"})";
    const auto read = scanFromJson(inStrings);
    REQUIRE(read.ok());
    CHECK(read->interfaceName.size() == 1002);
}

TEST_CASE("ill-formed UTF-8 in a saved scan is refused as not JSON", "[scanjson]")
{
    for (const std::string_view bad : {"\xff", "\xc0\xaf", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
        const std::string document
            = R"({"schema": "voordeur.scan/1", "devices": [{"hostnames": [")" + std::string(bad) + R"("]}]})";
        CHECK(readError(document).code == ScanJsonCode::NotJson);
    }
}

TEST_CASE("huge arrays and objects with very many members load in reasonable time", "[scanjson]")
{
    std::string devices = R"({"schema": "voordeur.scan/1", "devices": [)";
    for (int i = 0; i < 20000; ++i) {
        devices += i == 0 ? "{}" : ",{}";
    }
    devices += "]}";
    const auto many = scanFromJson(devices);
    REQUIRE(many.ok());
    CHECK(many->hosts.size() == 20000);

    // ordered_json would compare each new key with every earlier one; such documents are read unordered.
    std::string txt = R"({"schema": "voordeur.scan/1", "devices": [{"mdns": [{"txt": {)";
    for (int i = 0; i < 100000; ++i) {
        txt += (i == 0 ? "\"k" : ",\"k") + std::to_string(i) + "\":\"v\"";
    }
    txt += "}}]}]}";
    const auto wide = scanFromJson(txt);
    REQUIRE(wide.ok());
    CHECK(wide->hosts.at(0).mdns.at(0).txt.size() == 100000);
}
