// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/DescriptionUrl.h"

#include "core/discovery/ssdp/SsdpMessage.h"
#include "tests/core/discovery/ParserTestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using voordeur::core::upnp::checkDescriptionUrl;
using voordeur::core::upnp::UrlCode;

namespace {

UrlCode refusal(std::string_view location, std::string_view sender)
{
    const auto checked = checkDescriptionUrl(location, sender);
    INFO(location << " from " << sender);
    REQUIRE_FALSE(checked);
    return checked.error().code;
}

}  // namespace

TEST_CASE("minidlna's LOCATION from the address that answered is accepted and split", "[upnp]")
{
    const auto answer
        = voordeur::core::ssdp::parseSsdp(voordeur::tests::readTestData("ssdp/minidlna-notify-alive.txt"));
    REQUIRE(answer);
    const auto url = checkDescriptionUrl(answer->location, "127.0.0.1");
    REQUIRE(url);
    CHECK(url->url == "http://127.0.0.1:8200/rootDesc.xml");
    CHECK(url->host == "127.0.0.1");
    CHECK(url->zone.empty());
    CHECK(url->port == 8200);
    CHECK(url->path == "/rootDesc.xml");
}

TEST_CASE(
    "an accepted description URL is normalized: default port, query kept, fragment and dot segments gone", "[upnp]")
{
    const auto plain = checkDescriptionUrl("HTTP://192.168.1.20", "192.168.1.20");
    REQUIRE(plain);
    CHECK(plain->url == "http://192.168.1.20/");
    CHECK(plain->port == 80);
    CHECK(plain->path == "/");

    const auto full = checkDescriptionUrl("http://192.168.1.20:49152/a/../desc.xml?v=1#top", "192.168.1.20");
    REQUIRE(full);
    CHECK(full->url == "http://192.168.1.20:49152/desc.xml?v=1");
    CHECK(full->path == "/desc.xml?v=1");
    CHECK(full->port == 49152);
    CHECK(checkDescriptionUrl("http://192.168.1.20:65535/", "192.168.1.20")->port == 65535);
}

TEST_CASE("other schemes than plain http are refused", "[upnp]")
{
    CHECK(refusal("https://192.168.1.20/desc.xml", "192.168.1.20") == UrlCode::NotHttp);
    CHECK(refusal("file:///etc/passwd", "192.168.1.20") == UrlCode::NotHttp);
    CHECK(refusal("gopher://192.168.1.20:70/_evil", "192.168.1.20") == UrlCode::NotHttp);
    CHECK(refusal("ftp://192.168.1.20/", "192.168.1.20") == UrlCode::NotHttp);
    CHECK(refusal("http:/192.168.1.20/desc.xml", "192.168.1.20") == UrlCode::BadUrl);
    CHECK(refusal("//192.168.1.20/desc.xml", "192.168.1.20") == UrlCode::BadUrl);
}

TEST_CASE("a host name or another address than the sender's is refused", "[upnp]")
{
    CHECK(refusal("http://router.local/desc.xml", "192.168.1.1") == UrlCode::NotAnAddress);
    CHECK(refusal("http://10.0.0.5.evil.example/", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://localhost:8200/", "127.0.0.1") == UrlCode::NotAnAddress);
    CHECK(refusal("http://192.168.1.21/desc.xml", "192.168.1.20") == UrlCode::HostMismatch);
    CHECK(refusal("http://127.0.0.1:8200/rootDesc.xml", "192.168.1.20") == UrlCode::HostMismatch);
    CHECK(refusal("http://169.254.169.254/latest/meta-data/", "192.168.1.20") == UrlCode::HostMismatch);
    CHECK(refusal("http://[fe80::1]/", "192.168.1.20") == UrlCode::HostMismatch);
}

TEST_CASE("other spellings of the sender's IPv4 address are refused, not normalized", "[upnp]")
{
    CHECK(refusal("http://010.0.0.5/", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://0x0a.0.0.5/", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://167772165/", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://10.5/", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://10.0.0.5./", "10.0.0.5") == UrlCode::NotAnAddress);
    CHECK(refusal("http://[10.0.0.5]/", "10.0.0.5") == UrlCode::BadUrl);
}

TEST_CASE("user info in a description URL is refused", "[upnp]")
{
    CHECK(refusal("http://a@10.0.0.5/", "10.0.0.5") == UrlCode::HasUserInfo);
    CHECK(refusal("http://a:b@10.0.0.5/", "10.0.0.5") == UrlCode::HasUserInfo);
    CHECK(refusal("http://@10.0.0.5/", "10.0.0.5") == UrlCode::HasUserInfo);
    CHECK(refusal("http://10.0.0.5@10.0.0.6/", "10.0.0.5") == UrlCode::HasUserInfo);
    CHECK(refusal("http://10.0.0.5\\@evil.example/", "10.0.0.5") == UrlCode::HasUserInfo);
}

TEST_CASE("ports outside 1 to 65535 are refused", "[upnp]")
{
    CHECK(refusal("http://10.0.0.5:0/", "10.0.0.5") == UrlCode::BadPort);
    CHECK(refusal("http://10.0.0.5:70000/", "10.0.0.5") == UrlCode::BadPort);
    CHECK(refusal("http://10.0.0.5:99999999999999999999/", "10.0.0.5") == UrlCode::BadPort);
    CHECK(refusal("http://10.0.0.5:-1/", "10.0.0.5") == UrlCode::BadPort);
}

TEST_CASE("IPv6 literals match the sender with or without a zone, and take the sender's zone", "[upnp]")
{
    const auto global = checkDescriptionUrl("http://[2001:db8::5]:8080/d.xml", "2001:db8::5");
    REQUIRE(global);
    CHECK(global->host == "2001:db8::5");
    CHECK(global->url == "http://[2001:db8::5]:8080/d.xml");

    const auto written = checkDescriptionUrl("http://[FE80::0001]:1900/d.xml", "fe80::1%lo");
    REQUIRE(written);
    CHECK(written->host == "fe80::1");
    CHECK(written->zone == "lo");
    CHECK(written->url == "http://[fe80::1%25lo]:1900/d.xml");

    const auto sameZone = checkDescriptionUrl("http://[fe80::1%25lo]:1900/d.xml", "[fe80::1%lo]");
    REQUIRE(sameZone);
    CHECK(sameZone->zone == "lo");
    CHECK(checkDescriptionUrl("http://[fe80::1%251]/", "fe80::1%lo"));  // lo is interface 1

    CHECK(refusal("http://[fe80::1%25eth7]/", "fe80::1%lo") == UrlCode::HostMismatch);
    CHECK(refusal("http://[fe80::2]/", "fe80::1%lo") == UrlCode::HostMismatch);
    CHECK(refusal("http://[fe80::1%25lo/", "fe80::1%lo") == UrlCode::BadUrl);
    CHECK_FALSE(checkDescriptionUrl("http://fe80::1/", "fe80::1"));  // IPv6 only in brackets
}

TEST_CASE("an IPv4-mapped sender is the same IPv4 address", "[upnp]")
{
    CHECK(checkDescriptionUrl("http://10.0.0.5/", "::ffff:10.0.0.5"));
    CHECK(refusal("http://10.0.0.6/", "::ffff:10.0.0.5") == UrlCode::HostMismatch);
}

TEST_CASE("a sender that is no unicast address, and URLs no one should fetch, are refused", "[upnp]")
{
    CHECK(refusal("http://10.0.0.5/", "") == UrlCode::BadSender);
    CHECK(refusal("http://10.0.0.5/", "router.local") == UrlCode::BadSender);
    CHECK(refusal("http://0.0.0.0/", "0.0.0.0") == UrlCode::BadSender);
    CHECK(refusal("http://239.255.255.250/", "239.255.255.250") == UrlCode::BadSender);
    CHECK(refusal("http://10.0.0.5/", "10.0.0.5%eth0") == UrlCode::BadSender);
    CHECK(refusal("", "10.0.0.5") == UrlCode::BadUrl);
    CHECK(refusal("http://10.0.0.5/a b", "10.0.0.5") == UrlCode::BadUrl);
    CHECK(refusal("http://10.0.0.5/\xc3\xa9", "10.0.0.5") == UrlCode::BadUrl);
    CHECK(refusal("http://10.0.0.5/" + std::string(3000, 'a'), "10.0.0.5") == UrlCode::BadUrl);
}
