// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KevDownload.h"

#include "TempDir.h"
#include "core/knowledge/KnowledgeBase.h"
#include "tests/LoopbackHttpServer.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <stop_token>
#include <string>
#include <thread>

using namespace voordeur::core::knowledge;
using voordeur::tests::LoopbackHttpServer;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;

namespace {

using Response = LoopbackHttpServer::Response;

const std::filesystem::path kRealCatalog = voordeur::tests::kevSnapshotPath();

KnowledgeBase openKb(const TempDir& dir)
{
    auto kb = KnowledgeBase::open(dir.file("kb.sqlite"));
    REQUIRE(kb);
    return std::move(kb).value();
}

KevSource sourceFor(const LoopbackHttpServer& server)
{
    KevSource source;
    source.baseUrl = server.baseUrl();
    source.timeout = std::chrono::seconds(10);
    return source;
}

// Entries per vendorProject, counted straight from the JSON, independent of the importer.
std::map<std::string, int> countsInCatalog(const std::string& text)
{
    std::map<std::string, int> counts;
    const auto document = nlohmann::json::parse(text);
    for (const auto& entry : document.at("vulnerabilities")) {
        ++counts[entry.at("vendorProject").get<std::string>()];
    }
    return counts;
}

int storedCountFor(const KnowledgeBase& kb, std::string_view vendorProject)
{
    for (const auto& [name, count] : kevCountsByVendorProject(kb)) {
        if (name == vendorProject) {
            return count;
        }
    }
    return 0;
}

/// Sets or clears an environment variable for one test and puts it back afterwards.
class ScopedEnvironment final
{
public:
    ScopedEnvironment(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        if (value != nullptr) {
            setenv(name, value, 1);
        } else {
            unsetenv(name);
        }
    }
    ~ScopedEnvironment()
    {
        if (m_old) {
            setenv(m_name, m_old->c_str(), 1);
        } else {
            unsetenv(m_name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("the KEV feed URL is CISA's published one unless a base URL is given", "[knowledge][kev]")
{
    CHECK(KevSource {}.baseUrl == "https://www.cisa.gov");
    CHECK(KevSource {}.maxBytes == maxKevCatalogBytes);
    CHECK(*kevFeedUrl(KevSource {}.baseUrl)
        == "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json");
    CHECK(*kevFeedUrl("https://mirror.example/kev/")
        == "https://mirror.example/kev/sites/default/files/feeds/known_exploited_vulnerabilities.json");
    CHECK(*kevFeedUrl("http://127.0.0.1:8080")
        == "http://127.0.0.1:8080/sites/default/files/feeds/known_exploited_vulnerabilities.json");
    CHECK(*kevFeedUrl("HTTP://[::1]:8080")
        == "http://[::1]:8080/sites/default/files/feeds/known_exploited_vulnerabilities.json");

    for (const char* bad : {"", "www.cisa.gov", "ftp://www.cisa.gov", "http://www.cisa.gov", "http://localhost:8080",
             "http://127.0.0.1.example.org", "https://user@www.cisa.gov", "http://127.0.0.1@example.org",
             "https://www.cisa.gov/?x=1", "https://www.cisa.gov/#x", "https://", "https://:443", "https://host:0",
             "https://host:65536", "https://host:", "https://host:8o", "https://[::1", "https://ho st",
             "https://www.cisa.gov%2f@evil"}) {
        INFO(bad);
        const auto url = kevFeedUrl(bad);
        REQUIRE_FALSE(url);
        CHECK(url.error().code == KevUpdateCode::BadUrl);
    }
}

TEST_CASE("only literal loopback addresses count as loopback", "[knowledge][kev]")
{
    CHECK(isLoopbackHost("127.0.0.1"));
    CHECK(isLoopbackHost("127.1.2.3"));
    CHECK(isLoopbackHost("[::1]"));
    CHECK_FALSE(isLoopbackHost("localhost"));
    CHECK_FALSE(isLoopbackHost("128.0.0.1"));
    CHECK_FALSE(isLoopbackHost("0x7f.1"));
    CHECK_FALSE(isLoopbackHost("127.0.0.1.example.org"));
    CHECK_FALSE(isLoopbackHost("[::2]"));
}

TEST_CASE("with VOORDEUR_NO_NETWORK set, a KEV download never leaves the machine", "[knowledge][kev]")
{
    const ScopedEnvironment noNetwork("VOORDEUR_NO_NETWORK", "1");
    TempDir dir;
    auto kb = openKb(dir);
    KevSource source;
    source.baseUrl = "https://192.0.2.1";  // TEST-NET-1: never routed, even if the guard failed
    source.timeout = std::chrono::milliseconds(500);
    const auto result = downloadKev(kb, source, {});
    REQUIRE_FALSE(result);
    CHECK(result.error().code == KevUpdateCode::NetworkSwitchedOff);
    CHECK(kevCount(kb) == 0);
}

TEST_CASE("the real KEV catalog downloads over loopback HTTP and imports", "[knowledge][kev]")
{
    const std::string catalog = readFile(kRealCatalog);
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request& request) {
        if (request.target != kevFeedPath) {
            return LoopbackHttpServer::status(404, "Not Found");
        }
        return LoopbackHttpServer::ok(catalog);
    });
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(kb.addVendor("hikvision", "Hikvision", "CN", false, {}));

    const auto result = downloadKev(kb, sourceFor(server), {});
    if (!result) {
        FAIL("download failed: " << static_cast<int>(result.error().code) << " " << result.error().detail);
    }
    const auto expected = countsInCatalog(catalog);
    std::size_t total = 0;
    for (const auto& [vendor, count] : expected) {
        total += static_cast<std::size_t>(count);
    }
    CHECK(result->imported == total);
    CHECK(result->catalogVersion == "2025.08.25");
    CHECK(result->tiedToVendor == static_cast<std::size_t>(expected.at("Hikvision")));
    CHECK(kevCount(kb) == total);
    for (const char* vendor :
        {"Microsoft", "Apple", "Hikvision", "Dahua", "D-Link", "Zyxel", "QNAP", "TP-Link", "NETGEAR", "Synology"}) {
        INFO(vendor);
        const auto it = expected.find(vendor);
        CHECK(storedCountFor(kb, vendor) == (it == expected.end() ? 0 : it->second));
    }
    CHECK(expected.at("Microsoft") > 100);
    CHECK(kevMeta(kb, "dateReleased") == std::optional<std::string> {"2025-08-25T17:04:19.9796Z"});
    REQUIRE(server.targets().size() == 1);
    CHECK(server.targets().front() == kevFeedPath);
}

TEST_CASE("a failed KEV download leaves the previous catalog intact", "[knowledge][kev]")
{
    const std::string catalog = readFile(kRealCatalog);
    TempDir dir;
    auto kb = openKb(dir);
    {
        LoopbackHttpServer good([&](const LoopbackHttpServer::Request&) { return LoopbackHttpServer::ok(catalog); });
        REQUIRE(downloadKev(kb, sourceFor(good), {}));
    }
    const auto countBefore = kevCount(kb);
    const auto versionBefore = kevMeta(kb, "catalogVersion");
    const auto importedAtBefore = kevMeta(kb, "importedAt");
    REQUIRE(countBefore > 1000);

    Response response;
    KevSource source;
    KevUpdateCode expected = KevUpdateCode::TransferFailed;
    std::optional<KevCode> expectedInvalid;
    SECTION("a body cut off before its announced length")
    {
        response = LoopbackHttpServer::ok(catalog);
        response.cutAfter = catalog.size() / 2;
        expected = KevUpdateCode::TransferFailed;
    }
    SECTION("a cut-off body without a length: the JSON is incomplete")
    {
        response = LoopbackHttpServer::ok(catalog.substr(0, catalog.size() / 2));
        response.contentLength = false;
        expected = KevUpdateCode::Invalid;
        expectedInvalid = KevCode::NotJson;
    }
    SECTION("404 Not Found")
    {
        response = LoopbackHttpServer::status(404, "Not Found");
        expected = KevUpdateCode::HttpStatus;
    }
    SECTION("503 Service Unavailable")
    {
        response = LoopbackHttpServer::status(503, "Service Unavailable");
        expected = KevUpdateCode::HttpStatus;
    }
    SECTION("a 301 redirect is not followed")
    {
        response = LoopbackHttpServer::status(301, "Moved Permanently");
        response.headers.emplace_back("Location", "http://127.0.0.1:9/elsewhere.json");
        expected = KevUpdateCode::Redirect;
    }
    SECTION("a body larger than allowed, without a length")
    {
        source.maxBytes = 64 * 1024;
        response = LoopbackHttpServer::ok(catalog);
        response.contentLength = false;
        expected = KevUpdateCode::TooLarge;
    }
    SECTION("an HTML page instead of JSON")
    {
        response = LoopbackHttpServer::ok("<html><body>Maintenance</body></html>", "text/html");
        expected = KevUpdateCode::Invalid;
        expectedInvalid = KevCode::NotJson;
    }
    SECTION("valid JSON that is not a catalog")
    {
        response = LoopbackHttpServer::ok(R"({"vulnerabilities": "none"})");
        expected = KevUpdateCode::Invalid;
        expectedInvalid = KevCode::BadSchema;
    }
    SECTION("an empty body")
    {
        response = LoopbackHttpServer::ok("");
        expected = KevUpdateCode::Invalid;
        expectedInvalid = KevCode::NotJson;
    }
    SECTION("a server that accepts and never answers")
    {
        response.hang = true;
        source.timeout = std::chrono::milliseconds(300);
        expected = KevUpdateCode::Timeout;
    }

    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) { return response; });
    source.baseUrl = server.baseUrl();
    const auto started = std::chrono::steady_clock::now();
    const auto result = downloadKev(kb, source, {});
    REQUIRE_FALSE(result);
    INFO("detail: " << result.error().detail);
    CHECK(result.error().code == expected);
    CHECK(result.error().invalid == expectedInvalid);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));

    CHECK(kevCount(kb) == countBefore);
    CHECK(kevMeta(kb, "catalogVersion") == versionBefore);
    CHECK(kevMeta(kb, "importedAt") == importedAtBefore);
}

// HttpClient sets CURLOPT_MAXFILESIZE, so libcurl refuses an announced oversized body itself with
// CURLE_FILESIZE_EXCEEDED, which HttpClient reports as TooLarge.
TEST_CASE("a KEV body announced larger than allowed is refused as too large", "[knowledge][kev]")
{
    const std::string catalog = readFile(kRealCatalog);
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(importKev(kb, readFile(voordeur::tests::testDataPath("kev/small.json"))));
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) { return LoopbackHttpServer::ok(catalog); });
    KevSource source = sourceFor(server);
    source.maxBytes = 64 * 1024;
    const auto result = downloadKev(kb, source, {});
    REQUIRE_FALSE(result);
    CHECK(kevCount(kb) == 3);
    INFO("detail: " << result.error().detail);
    CHECK(result.error().code == KevUpdateCode::TooLarge);
}

TEST_CASE("a KEV download stops at once on a stop request, even while the server is silent", "[knowledge][kev]")
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request&) {
        Response response;
        response.hang = true;
        return response;
    });
    TempDir dir;
    auto kb = openKb(dir);
    REQUIRE(importKev(kb, readFile(voordeur::tests::testDataPath("kev/small.json"))));

    KevSource source = sourceFor(server);
    source.timeout = std::chrono::seconds(30);
    std::stop_source stop;
    std::jthread stopper([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        stop.request_stop();
    });
    const auto started = std::chrono::steady_clock::now();
    const auto result = downloadKev(kb, source, stop.get_token());
    const auto took = std::chrono::steady_clock::now() - started;
    REQUIRE_FALSE(result);
    CHECK(result.error().code == KevUpdateCode::Cancelled);
    CHECK(took < std::chrono::seconds(2));
    CHECK(kevCount(kb) == 3);
    CHECK(kevMeta(kb, "catalogVersion") == std::optional<std::string> {"2099.01.01"});
    CHECK(server.targets().size() == 1);

    std::stop_source already;
    already.request_stop();
    const auto early = downloadKev(kb, source, already.get_token());
    REQUIRE_FALSE(early);
    CHECK(early.error().code == KevUpdateCode::Cancelled);
}

TEST_CASE("nothing listening on the port is reported as unreachable", "[knowledge][kev]")
{
    std::string baseUrl;
    {
        LoopbackHttpServer closed([](const LoopbackHttpServer::Request&) { return Response {}; });
        baseUrl = closed.baseUrl();
    }  // the port is free again: connecting is refused
    TempDir dir;
    auto kb = openKb(dir);
    KevSource source;
    source.baseUrl = baseUrl;
    source.timeout = std::chrono::seconds(2);
    const auto result = downloadKev(kb, source, {});
    REQUIRE_FALSE(result);
    CHECK(result.error().code == KevUpdateCode::Unreachable);
}
