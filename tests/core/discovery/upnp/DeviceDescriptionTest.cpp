// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/DeviceDescription.h"

#include "core/discovery/upnp/TextRules.h"
#include "tests/core/discovery/ParserTestSupport.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <string>

using voordeur::core::upnp::Description;
using voordeur::core::upnp::DescriptionCode;
using voordeur::core::upnp::Device;
using voordeur::core::upnp::kMaxDescriptionBytes;
using voordeur::core::upnp::kMaxTextBytes;
using voordeur::core::upnp::parseDescription;
using voordeur::tests::isCleanText;
using voordeur::tests::readTestData;

namespace {

std::string describing(const std::string& deviceContent)
{
    return R"(<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0">)"
           R"(<specVersion><major>1</major><minor>1</minor></specVersion><device>)"
        + deviceContent + "</device></root>";
}

// Devices nested `depth` deep in total, the root device counting as 1.
std::string nestedDevices(int depth)
{
    std::string inner = "<deviceType>leaf</deviceType>";
    for (int level = 1; level < depth; ++level) {
        inner = "<deviceType>level</deviceType><deviceList><device>" + inner + "</device></deviceList>";
    }
    return describing(inner);
}

std::string embeddedDevices(int count)
{
    std::string list = "<deviceList>";
    for (int i = 0; i < count; ++i) {
        list += "<device><UDN>uuid:" + std::to_string(i) + "</UDN></device>";
    }
    return describing(list + "</deviceList>");
}

void forEachDevice(const Device& device, const std::function<void(const Device&)>& visit)
{
    visit(device);
    for (const auto& embedded : device.embedded) {
        forEachDevice(embedded, visit);
    }
}

bool everyTextClean(const Description& description)
{
    bool clean = isCleanText(description.urlBase);
    forEachDevice(description.root, [&clean](const Device& d) {
        for (const auto* text :
            {&d.deviceType, &d.friendlyName, &d.manufacturer, &d.manufacturerUrl, &d.modelName, &d.modelNumber,
                &d.modelDescription, &d.modelUrl, &d.serialNumber, &d.udn, &d.upc, &d.presentationUrl}) {
            clean = clean && isCleanText(*text) && text->size() <= kMaxTextBytes;
        }
        for (const auto& s : d.services) {
            for (const auto* text : {&s.serviceType, &s.serviceId, &s.controlUrl, &s.eventSubUrl, &s.scpdUrl}) {
                clean = clean && isCleanText(*text) && text->size() <= kMaxTextBytes;
            }
        }
    });
    return clean;
}

std::string passwdFirstLine()
{
    std::ifstream passwd("/etc/passwd");
    std::string line;
    std::getline(passwd, line);
    return line;
}

}  // namespace

TEST_CASE("minidlna's description gives its device, model, UDN and three services", "[upnp]")
{
    const auto description = parseDescription(readTestData("upnp/minidlna-rootDesc.xml"));
    REQUIRE(description);
    CHECK(description->specMajor == 1);
    CHECK(description->specMinor == 0);
    CHECK(description->urlBase.empty());
    const Device& device = description->root;
    CHECK(device.deviceType == "urn:schemas-upnp-org:device:MediaServer:1");
    CHECK(device.friendlyName == "Voordeur Lab Media");
    CHECK(device.manufacturer == "Justin Maggard");
    CHECK(device.manufacturerUrl == "http://www.netgear.com/");
    CHECK(device.modelName == "Windows Media Connect compatible (MiniDLNA)");
    CHECK(device.modelNumber == "1");
    CHECK(device.modelDescription == "MiniDLNA on Linux");
    CHECK(device.modelUrl == "http://www.netgear.com");
    CHECK(device.serialNumber == "12345678");
    CHECK(device.udn == "uuid:4d696e69-444c-164e-9d41-554e4b4e4f57");
    CHECK(device.upc.empty());
    CHECK(device.presentationUrl == "/");
    CHECK(device.embedded.empty());
    REQUIRE(device.services.size() == 3);
    CHECK(device.services[0].serviceType == "urn:schemas-upnp-org:service:ContentDirectory:1");
    CHECK(device.services[0].serviceId == "urn:upnp-org:serviceId:ContentDirectory");
    CHECK(device.services[0].controlUrl == "/ctl/ContentDir");
    CHECK(device.services[0].eventSubUrl == "/evt/ContentDir");
    CHECK(device.services[0].scpdUrl == "/ContentDir.xml");
    CHECK(device.services[2].serviceType == "urn:microsoft.com:service:X_MS_MediaReceiverRegistrar:1");
}

TEST_CASE("elements are matched by local name whatever their namespace prefix", "[upnp]")
{
    const auto description
        = parseDescription(R"(<u:root xmlns:u="urn:schemas-upnp-org:device-1-0">)"
                           R"(<u:specVersion><u:major>2</u:major><u:minor>0</u:minor></u:specVersion>)"
                           R"(<u:device><u:friendlyName> Router </u:friendlyName>)"
                           R"(<x:UDN xmlns:x="urn:other">uuid:r</x:UDN></u:device></u:root>)");
    REQUIRE(description);
    CHECK(description->specMajor == 2);
    CHECK(description->root.friendlyName == "Router");
    CHECK(description->root.udn == "uuid:r");
}

TEST_CASE("URLBase, embedded devices and their services are read as a router describes them", "[upnp]")
{
    const auto description = parseDescription(R"(<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0">
  <specVersion><major>1</major><minor>0</minor></specVersion>
  <URLBase>http://192.168.1.1:5000</URLBase>
  <device>
    <deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
    <modelDescription>A router
      on two lines</modelDescription>
    <UPC>012345678905</UPC>
    <deviceList><device>
      <deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>
      <deviceList><device>
        <deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>
        <serviceList><service>
          <serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>
          <controlURL><![CDATA[/ctl/IPConn]]></controlURL>
        </service></serviceList>
      </device></deviceList>
    </device></deviceList>
  </device>
</root>)");
    REQUIRE(description);
    CHECK(description->urlBase == "http://192.168.1.1:5000");
    CHECK(description->root.upc == "012345678905");
    CHECK(description->root.modelDescription == "A router       on two lines");
    REQUIRE(description->root.embedded.size() == 1);
    REQUIRE(description->root.embedded[0].embedded.size() == 1);
    const Device& connection = description->root.embedded[0].embedded[0];
    CHECK(connection.deviceType == "urn:schemas-upnp-org:device:WANConnectionDevice:1");
    REQUIRE(connection.services.size() == 1);
    CHECK(connection.services[0].serviceType == "urn:schemas-upnp-org:service:WANIPConnection:1");
    CHECK(connection.services[0].controlUrl == "/ctl/IPConn");
}

TEST_CASE("a description with a DTD is refused: no billion laughs, no external entity", "[upnp]")
{
    const std::string bomb = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
                             R"(<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)"
                             R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">)"
                             R"(<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>)"
        + describing("<friendlyName>&lol9;</friendlyName>");
    const auto laughs = parseDescription(bomb);
    REQUIRE_FALSE(laughs);
    CHECK(laughs.error().code == DescriptionCode::DoctypeRefused);

    const std::string xxe = R"(<?xml version="1.0"?><!DOCTYPE root [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"
        + describing("<friendlyName>&xxe;</friendlyName>");
    const auto external = parseDescription(xxe);
    REQUIRE_FALSE(external);
    CHECK(external.error().code == DescriptionCode::DoctypeRefused);
    const std::string passwd = passwdFirstLine();
    REQUIRE_FALSE(passwd.empty());
    CHECK(external.error().detail.find(passwd) == std::string::npos);

    const auto systemOnly = parseDescription(R"(<!DOCTYPE root SYSTEM "file:///etc/passwd">)" + describing(""));
    REQUIRE_FALSE(systemOnly);
    CHECK(systemOnly.error().code == DescriptionCode::DoctypeRefused);

    // Without a DTD an entity reference stays undeclared: never the file's content.
    const auto undeclared = parseDescription(describing("<friendlyName>&xxe;</friendlyName>"));
    if (undeclared) {
        CHECK(undeclared->root.friendlyName.find(passwd) == std::string::npos);
        CHECK(undeclared->root.friendlyName.find("root:") == std::string::npos);
    }
}

TEST_CASE("descriptions beyond the size, depth and count bounds are refused", "[upnp]")
{
    const std::string padding = "<!--" + std::string(std::size_t {300} * 1024, 'x') + "-->";
    const auto large = parseDescription(describing(padding));
    REQUIRE_FALSE(large);
    CHECK(large.error().code == DescriptionCode::TooLarge);
    CHECK(parseDescription(describing(std::string(kMaxDescriptionBytes - 300, ' '))));

    CHECK(parseDescription(nestedDevices(8)));
    CHECK(parseDescription(nestedDevices(9)).error().code == DescriptionCode::TooDeep);
    CHECK(parseDescription(nestedDevices(1000)).error().code == DescriptionCode::TooDeep);

    const auto sixtyFour = parseDescription(embeddedDevices(63));
    REQUIRE(sixtyFour);
    CHECK(sixtyFour->root.embedded.size() == 63);
    CHECK(parseDescription(embeddedDevices(64)).error().code == DescriptionCode::TooManyDevices);
    CHECK(parseDescription(embeddedDevices(100)).error().code == DescriptionCode::TooManyDevices);

    std::string services = "<serviceList>";
    for (int i = 0; i < 257; ++i) {
        services += "<service><serviceId>s" + std::to_string(i) + "</serviceId></service>";
    }
    CHECK(parseDescription(describing(services + "</serviceList>")).error().code == DescriptionCode::TooManyServices);
}

TEST_CASE("deep nesting of other elements is parsed without recursion and ignored", "[upnp]")
{
    std::string deep;
    for (int i = 0; i < 1000; ++i) {
        deep += "<x>";
    }
    for (int i = 0; i < 1000; ++i) {
        deep += "</x>";
    }
    const auto description = parseDescription(describing("<friendlyName>ok</friendlyName>" + deep));
    REQUIRE(description);
    CHECK(description->root.friendlyName == "ok");
}

TEST_CASE("invalid UTF-8, control characters and overlong values come out clean and capped", "[upnp]")
{
    const std::string multiByte(2000, 'a');
    const auto description = parseDescription(describing("<friendlyName>Cam\xff\xfe\x01 &#x1b;[2J&#x7f;</friendlyName>"
                                                         "<modelName>a\xc3</modelName>"
                                                         "<manufacturer>"
        + std::string(1023, 'm')
        + "\xc3\xa9</manufacturer>"
          "<serialNumber>"
        + multiByte + "</serialNumber>"));
    REQUIRE(description);
    const Device& device = description->root;
    CHECK(everyTextClean(*description));
    CHECK(device.friendlyName.rfind("Cam\xef\xbf\xbd", 0) == 0);
    CHECK(device.friendlyName.find("[2J") != std::string::npos);
    CHECK(device.modelName == "a\xef\xbf\xbd");
    CHECK(device.manufacturer == std::string(1023, 'm'));  // é would cross 1024 bytes: cut before it
    CHECK(device.serialNumber == std::string(kMaxTextBytes, 'a'));
}

TEST_CASE("documents that are no device description are refused with a code", "[upnp]")
{
    CHECK(parseDescription("").error().code == DescriptionCode::MalformedXml);
    CHECK(parseDescription("<root><device>").error().code == DescriptionCode::MalformedXml);
    CHECK(parseDescription(std::string_view("\x00\x01\x02garbage", 10)).error().code == DescriptionCode::MalformedXml);
    CHECK(parseDescription("<html><body>Router</body></html>").error().code == DescriptionCode::NotADescription);
    CHECK(parseDescription("<root xmlns=\"urn:schemas-upnp-org:device-1-0\"/>").error().code
        == DescriptionCode::NoDevice);
}

TEST_CASE("every truncation of minidlna's description is refused", "[upnp]")
{
    const std::string xml = readTestData("upnp/minidlna-rootDesc.xml");
    const std::size_t end = xml.rfind("</root>");
    REQUIRE(end != std::string::npos);
    for (std::size_t length = 0; length < end + 7; ++length) {
        INFO(length);
        CHECK_FALSE(parseDescription(std::string_view(xml).substr(0, length)));
    }
}

TEST_CASE("ten thousand mutations of minidlna's description never break the parser", "[upnp]")
{
    voordeur::tests::Mutator mutator(readTestData("upnp/minidlna-rootDesc.xml"), 8200);
    int parsed = 0;
    for (int round = 0; round < 10000; ++round) {
        const auto description = parseDescription(mutator.next());
        if (description) {
            ++parsed;
            REQUIRE(everyTextClean(*description));
        }
    }
    CHECK(parsed > 0);  // the loop reaches the code past the XML parser too
}
