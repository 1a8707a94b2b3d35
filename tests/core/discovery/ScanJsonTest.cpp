// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ScanJson.h"

#include <catch2/catch.hpp>

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
