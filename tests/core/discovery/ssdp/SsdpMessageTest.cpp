// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ssdp/SsdpMessage.h"

#include "tests/core/discovery/ParserTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <random>
#include <set>
#include <string>
#include <vector>

using voordeur::core::ssdp::buildMSearch;
using voordeur::core::ssdp::kMaxDatagramBytes;
using voordeur::core::ssdp::parseSsdp;
using voordeur::core::ssdp::SsdpKind;
using voordeur::core::ssdp::SsdpParseCode;
using voordeur::core::ssdp::udnFromUsn;
using voordeur::tests::isCleanText;
using voordeur::tests::readTestData;

namespace {

constexpr std::string_view kMinidlnaUdn = "uuid:4d696e69-444c-164e-9d41-554e4b4e4f57";

// The capture holds each answer verbatim, one after the other; each ends with an empty line.
std::vector<std::string> minidlnaAnswers()
{
    const std::string all = readTestData("ssdp/minidlna-msearch-response.txt");
    std::vector<std::string> answers;
    std::size_t start = 0;
    for (auto end = all.find("\r\n\r\n"); end != std::string::npos; end = all.find("\r\n\r\n", start)) {
        answers.push_back(all.substr(start, end + 4 - start));
        start = end + 4;
    }
    REQUIRE(start == all.size());
    return answers;
}

std::vector<std::string> realDatagrams()
{
    auto datagrams = minidlnaAnswers();
    datagrams.push_back(readTestData("ssdp/minidlna-notify-alive.txt"));
    datagrams.push_back(readTestData("ssdp/minidlna-notify-byebye.txt"));
    datagrams.push_back(readTestData("ssdp/voordeur-msearch-request.txt"));
    return datagrams;
}

std::string withBareLf(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c != '\r') {
            out += c;
        }
    }
    return out;
}

std::string responseWithHeaders(std::size_t count)
{
    std::string datagram = "HTTP/1.1 200 OK\r\n";
    for (std::size_t i = 0; i < count; ++i) {
        datagram += "x:" + std::to_string(i % 10) + "\r\n";  // short, so 1000 of them stay under 8 KiB
    }
    return datagram + "\r\n";
}

}  // namespace

TEST_CASE("minidlna's answers to an M-SEARCH give location, server, search target, USN and max-age", "[ssdp]")
{
    const auto answers = minidlnaAnswers();
    REQUIRE(answers.size() == 6);
    std::set<std::string> targets;
    for (const auto& answer : answers) {
        const auto message = parseSsdp(answer);
        REQUIRE(message);
        CHECK(message->kind == SsdpKind::SearchResponse);
        CHECK(message->location == "http://127.0.0.1:8200/rootDesc.xml");
        CHECK(message->server == "Debian DLNADOC/1.50 UPnP/1.0 MiniDLNA/1.3.0");
        CHECK(message->maxAgeSeconds == 130);
        CHECK(udnFromUsn(message->usn) == kMinidlnaUdn);
        CHECK(message->nts.empty());
        CHECK(message->headers.size() == 8);
        CHECK(message->headers.front().first == "cache-control");
        CHECK(message->header("Content-Length") == "0");
        CHECK(message->header("ext").empty());
        targets.insert(message->searchTarget);
    }
    CHECK(targets
        == std::set<std::string> {"upnp:rootdevice", std::string(kMinidlnaUdn),
            "urn:schemas-upnp-org:device:MediaServer:1", "urn:schemas-upnp-org:service:ContentDirectory:1",
            "urn:schemas-upnp-org:service:ConnectionManager:1",
            "urn:microsoft.com:service:X_MS_MediaReceiverRegistrar:1"});
}

TEST_CASE("minidlna's NOTIFY alive and byebye are told apart by NTS, with NT as the search target", "[ssdp]")
{
    const auto alive = parseSsdp(readTestData("ssdp/minidlna-notify-alive.txt"));
    REQUIRE(alive);
    CHECK(alive->kind == SsdpKind::NotifyAlive);
    CHECK(alive->nts == "ssdp:alive");
    CHECK(alive->searchTarget == "upnp:rootdevice");
    CHECK(alive->location == "http://127.0.0.1:8200/rootDesc.xml");
    CHECK(alive->maxAgeSeconds == 130);
    CHECK(alive->usn == std::string(kMinidlnaUdn) + "::upnp:rootdevice");

    const auto byebye = parseSsdp(readTestData("ssdp/minidlna-notify-byebye.txt"));
    REQUIRE(byebye);
    CHECK(byebye->kind == SsdpKind::NotifyByebye);
    CHECK(byebye->searchTarget == "upnp:rootdevice");
    CHECK(byebye->location.empty());
    CHECK_FALSE(byebye->maxAgeSeconds.has_value());

    const auto update = parseSsdp("NOTIFY * HTTP/1.1\r\nNT: upnp:rootdevice\r\nNTS: ssdp:update\r\n\r\n");
    REQUIRE(update);
    CHECK(update->kind == SsdpKind::NotifyUpdate);
}

TEST_CASE("header names match in any case, values are trimmed, and max-age is found among other directives", "[ssdp]")
{
    const auto message = parseSsdp("HTTP/1.1 200 OK\r\n"
                                   "Location:   http://192.168.1.1:5000/rootDesc.xml \t\r\n"
                                   "cAcHe-CoNtRoL: no-cache=\"Ext\", MAX-AGE = 1800\r\n"
                                   "St:upnp:rootdevice\r\n"
                                   "usn : uuid:abc::upnp:rootdevice\r\n"
                                   "\r\n");
    REQUIRE(message);
    CHECK(message->location == "http://192.168.1.1:5000/rootDesc.xml");
    CHECK(message->maxAgeSeconds == 1800);
    CHECK(message->searchTarget == "upnp:rootdevice");
    CHECK(message->usn == "uuid:abc::upnp:rootdevice");
    CHECK(message->header("LOCATION") == message->location);
    CHECK(message->headers[1].first == "cache-control");
}

TEST_CASE("a max-age that is not a number within range is left unknown", "[ssdp]")
{
    for (const char* cacheControl : {"max-age=", "max-age=abc", "max-age=-5", "max-age=99999999999", "no-cache"}) {
        INFO(cacheControl);
        const auto message = parseSsdp(std::string("HTTP/1.1 200 OK\r\nCACHE-CONTROL: ") + cacheControl + "\r\n\r\n");
        REQUIRE(message);
        CHECK_FALSE(message->maxAgeSeconds.has_value());
    }
}

TEST_CASE("bare LF line ends read the same as CRLF", "[ssdp]")
{
    for (const auto& datagram : realDatagrams()) {
        const auto crlf = parseSsdp(datagram);
        const auto lf = parseSsdp(withBareLf(datagram));
        REQUIRE(crlf);
        REQUIRE(lf);
        CHECK(lf->kind == crlf->kind);
        CHECK(lf->headers == crlf->headers);
    }
}

TEST_CASE("a header block without its closing empty line is still read", "[ssdp]")
{
    const auto message = parseSsdp("HTTP/1.1 200 OK\r\nST: upnp:rootdevice\r\n");
    REQUIRE(message);
    CHECK(message->searchTarget == "upnp:rootdevice");
}

TEST_CASE("the M-SEARCH Voordeur builds is the one minidlna answered, and reads back as a search request", "[ssdp]")
{
    const std::string request = buildMSearch("upnp:rootdevice", 1, false);
    const std::string captured = readTestData("ssdp/voordeur-msearch-request.txt");
    // Byte for byte, except the version in USER-AGENT, which moves with the project.
    CHECK(request.substr(0, request.find("USER-AGENT")) == captured.substr(0, captured.find("USER-AGENT")));

    const auto message = parseSsdp(request);
    REQUIRE(message);
    CHECK(message->kind == SsdpKind::SearchRequest);
    CHECK(message->header("host") == "239.255.255.250:1900");
    CHECK(message->header("man") == "\"ssdp:discover\"");
    CHECK(message->header("mx") == "1");
    CHECK(message->searchTarget == "upnp:rootdevice");
    CHECK(message->header("user-agent").rfind("Linux/6 UPnP/1.1 Voordeur/", 0) == 0);
    CHECK(request.size() >= 4);
    CHECK(request.substr(request.size() - 4) == "\r\n\r\n");
}

TEST_CASE("an IPv6 M-SEARCH goes to FF02::C, MX stays within 1 to 5, and the target cannot add headers", "[ssdp]")
{
    CHECK(parseSsdp(buildMSearch("ssdp:all", 3, true))->header("host") == "[FF02::C]:1900");
    CHECK(parseSsdp(buildMSearch("ssdp:all", 0, false))->header("mx") == "1");
    CHECK(parseSsdp(buildMSearch("ssdp:all", 120, false))->header("mx") == "5");
    CHECK(parseSsdp(buildMSearch("", 2, false))->searchTarget == "ssdp:all");

    const auto injected = parseSsdp(buildMSearch("upnp:rootdevice\r\nX-Evil: 1\r\n", 2, false));
    REQUIRE(injected);
    CHECK(injected->headers.size() == 5);
    CHECK(injected->header("x-evil").empty());
    CHECK(injected->searchTarget == "upnp:rootdeviceX-Evil: 1");
}

TEST_CASE("the UDN is the uuid part of a USN", "[ssdp]")
{
    CHECK(udnFromUsn("uuid:abc::urn:schemas-upnp-org:device:X:1") == "uuid:abc");
    CHECK(udnFromUsn("uuid:abc::upnp:rootdevice") == "uuid:abc");
    CHECK(udnFromUsn("uuid:abc") == "uuid:abc");
    CHECK(udnFromUsn("  UUID:Abc::x ") == "UUID:Abc");
    CHECK(udnFromUsn("urn:schemas-upnp-org:device:X:1").empty());
    CHECK(udnFromUsn("uuid:").empty());
    CHECK(udnFromUsn("").empty());
}

TEST_CASE(
    "a real datagram cut inside a line is refused; cut at a line end it keeps the headers before the cut", "[ssdp]")
{
    for (const auto& datagram : realDatagrams()) {
        const auto full = parseSsdp(datagram);
        REQUIRE(full);
        for (std::size_t length = 0; length < datagram.size(); ++length) {
            const std::string_view prefix = std::string_view(datagram).substr(0, length);
            INFO(std::string(prefix));
            const auto cut = parseSsdp(prefix);
            if (length == 0 || prefix.back() != '\n') {
                CHECK_FALSE(cut);
            } else if (cut) {
                const auto complete = static_cast<std::ptrdiff_t>(std::count(prefix.begin(), prefix.end(), '\n') - 1);
                CHECK(cut->headers
                    == std::vector<std::pair<std::string, std::string>>(
                        full->headers.begin(), full->headers.begin() + complete));
            } else {
                CHECK(cut.error().code == SsdpParseCode::BadNts);  // a NOTIFY cut before its NTS line
            }
        }
    }
}

TEST_CASE("SSDP datagrams beyond the bounds are refused with their own codes", "[ssdp]")
{
    CHECK(parseSsdp(responseWithHeaders(64)));
    CHECK(parseSsdp(responseWithHeaders(65)).error().code == SsdpParseCode::TooManyHeaders);
    REQUIRE(responseWithHeaders(1000).size() < kMaxDatagramBytes);
    CHECK(parseSsdp(responseWithHeaders(1000)).error().code == SsdpParseCode::TooManyHeaders);

    const std::string tenKiBLine
        = "HTTP/1.1 200 OK\r\nSERVER: " + std::string(std::size_t {10} * 1024, 'a') + "\r\n\r\n";
    CHECK(parseSsdp(tenKiBLine).error().code == SsdpParseCode::TooLarge);
    const std::string longLine = "HTTP/1.1 200 OK\r\nSERVER: " + std::string(std::size_t {3} * 1024, 'a') + "\r\n\r\n";
    CHECK(parseSsdp(longLine).error().code == SsdpParseCode::LineTooLong);
    CHECK(parseSsdp(std::string(kMaxDatagramBytes + 1, '\n')).error().code == SsdpParseCode::TooLarge);
}

TEST_CASE("malformed SSDP datagrams are refused with a code", "[ssdp]")
{
    CHECK(parseSsdp("").error().code == SsdpParseCode::Empty);
    CHECK(parseSsdp("HTTP/1.1 200 OK LOCATION: http://10.0.0.1/ ST: upnp:rootdevice").error().code
        == SsdpParseCode::Truncated);
    CHECK(parseSsdp("HTTP/1.1 404 Not Found\r\n\r\n").error().code == SsdpParseCode::UnexpectedStatus);
    CHECK(parseSsdp("GET / HTTP/1.1\r\n\r\n").error().code == SsdpParseCode::BadStartLine);
    CHECK(parseSsdp("NOTIFY / HTTP/1.1\r\n\r\n").error().code == SsdpParseCode::BadStartLine);
    CHECK(parseSsdp("M-SEARCH * HTTP/2\r\n\r\n").error().code == SsdpParseCode::BadStartLine);
    CHECK(parseSsdp("NOTIFY * HTTP/1.1\r\nNT: upnp:rootdevice\r\n\r\n").error().code == SsdpParseCode::BadNts);
    CHECK(parseSsdp("NOTIFY * HTTP/1.1\r\nNTS: ssdp:hello\r\n\r\n").error().code == SsdpParseCode::BadNts);
    CHECK(parseSsdp("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n").error().code == SsdpParseCode::BadHeaderLine);
    CHECK(parseSsdp("HTTP/1.1 200 OK\r\nbad name: x\r\n\r\n").error().code == SsdpParseCode::BadHeaderLine);
    CHECK(parseSsdp("HTTP/1.1 200 OK\r\n: no name\r\n\r\n").error().code == SsdpParseCode::BadHeaderLine);
    CHECK(parseSsdp("HTTP/1.1 200 OK\r\nST: a\r\n folded\r\n\r\n").error().code == SsdpParseCode::BadHeaderLine);
}

TEST_CASE("binary garbage is never taken for an SSDP message", "[ssdp]")
{
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> length(1, 1500);
    for (int round = 0; round < 2000; ++round) {
        std::string garbage(length(random), '\0');
        for (char& c : garbage) {
            c = static_cast<char>(byte(random));
        }
        CHECK_FALSE(parseSsdp(garbage));
    }
}

TEST_CASE("header values with invalid UTF-8 or control characters come out clean", "[ssdp]")
{
    const auto message
        = parseSsdp("HTTP/1.1 200 OK\r\nSERVER: Evil\xff\xfe OS\x01\x1b[31m/1\x7f\r\n"
                    "X-NAME: caf\xc3\xa9 \xe2\x80\xae\r\n\r\n");  // NOLINT(misc-misleading-bidirectional)
    REQUIRE(message);
    CHECK(isCleanText(message->server));
    CHECK(message->server.find("Evil") == 0);
    CHECK(message->server.find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD marks what was replaced
    CHECK(isCleanText(message->header("x-name")));
    CHECK(message->header("x-name").rfind("caf\xc3\xa9", 0) == 0);
}

TEST_CASE("ten thousand mutations of each real datagram never break the SSDP parser", "[ssdp]")
{
    std::uint32_t seed = 1900;
    for (const auto& datagram : realDatagrams()) {
        voordeur::tests::Mutator mutator(datagram, seed++);
        for (int round = 0; round < 10000; ++round) {
            const std::string mutated = mutator.next();
            const auto message = parseSsdp(mutated);
            if (!message) {
                continue;
            }
            REQUIRE(message->headers.size() <= voordeur::core::ssdp::kMaxHeaderLines);
            for (const auto& [name, value] : message->headers) {
                REQUIRE(isCleanText(name));
                REQUIRE(isCleanText(value));
            }
            REQUIRE(isCleanText(udnFromUsn(message->usn)));
        }
    }
}
