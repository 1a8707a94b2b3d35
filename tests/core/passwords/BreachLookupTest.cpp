// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/BreachLookup.h"

#include "core/about/BuildInfo.h"
#include "tests/LoopbackHttpServer.h"

#include <catch2/catch.hpp>
#include <sodium.h>

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace voordeur::core::passwords;
using voordeur::tests::LoopbackHttpServer;

namespace {

using Request = LoopbackHttpServer::Request;
using Response = LoopbackHttpServer::Response;
using Clock = std::chrono::steady_clock;

std::string upperCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// The test's own SHA-1, independent of the code under test.
std::string sha1Hex(std::string_view text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    REQUIRE(EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha1(), nullptr) == 1);
    REQUIRE(length == 20);
    char hex[41];
    sodium_bin2hex(hex, sizeof(hex), digest, length);
    return upperCase(hex);
}

std::string prefixOf(std::string_view password)
{
    return sha1Hex(password).substr(0, 5);
}

std::string suffixOf(std::string_view password)
{
    return sha1Hex(password).substr(5);
}

// Entries that surely belong to no test password: the suffix is made of one repeated hex digit.
std::string fillerLines(std::size_t lines, std::string_view lineEnd = "\r\n")
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text;
    for (std::size_t i = 0; i < lines; ++i) {
        text += std::string(35, kDigits[i % 16]) + ":" + std::to_string(i * 7 % 50) + std::string(lineEnd);
    }
    return text;
}

/// The passwords as Secrets, and the span lookUpBreaches takes.
class Passwords final
{
public:
    Passwords(std::initializer_list<std::string_view> texts)
    {
        for (const std::string_view text : texts) {
            m_secrets.push_back(std::make_unique<Secret>(text));
            m_pointers.push_back(m_secrets.back().get());
        }
    }
    std::span<const Secret* const> span() const { return m_pointers; }

private:
    std::vector<std::unique_ptr<Secret>> m_secrets;
    std::vector<const Secret*> m_pointers;
};

/// Range answers by request target.
using Ranges = std::map<std::string, std::string>;

/// Serves `/range/<prefix>` from a table; 404 for anything else.
class RangeServer final
{
public:
    explicit RangeServer(Ranges bodies)
        : m_bodies(std::move(bodies))
        , m_server([this](const Request& request) { return answer(request); })
    { }

    BreachSource source() const
    {
        BreachSource source;
        source.baseUrl = m_server.baseUrl();
        source.timeout = std::chrono::seconds(5);
        return source;
    }
    std::vector<std::string> targets() const { return m_server.targets(); }
    std::vector<std::string> heads() const
    {
        const std::lock_guard lock(m_mutex);
        return m_heads;
    }

private:
    Response answer(const Request& request)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_heads.push_back(request.head);
        }
        const auto it = m_bodies.find(request.target);
        if (it == m_bodies.end()) {
            return LoopbackHttpServer::status(404, "Not Found");
        }
        return LoopbackHttpServer::ok(it->second, "text/plain");
    }

    Ranges m_bodies;
    mutable std::mutex m_mutex;
    std::vector<std::string> m_heads;
    LoopbackHttpServer m_server;
};

std::string rangePath(std::string_view password)
{
    return "/range/" + prefixOf(password);
}

BreachVerdict found(std::uint64_t count)
{
    return {BreachStatus::Found, count, BreachFailure::None, {}};
}

const BreachVerdict kNotFound {BreachStatus::NotFound, 0, BreachFailure::None, {}};

/// Records what the observer hears.
class RecordingObserver final : public BreachObserver
{
public:
    void onPrefixDone(std::size_t done, std::size_t total) override { calls.emplace_back(done, total); }
    std::vector<std::pair<std::size_t, std::size_t>> calls;
};

/// Runs `undo` when the scope ends, however it ends.
template <typename Undo> class AtScopeEnd final
{
public:
    explicit AtScopeEnd(Undo undo)
        : m_undo(std::move(undo))
    { }
    ~AtScopeEnd() { m_undo(); }
    AtScopeEnd(const AtScopeEnd&) = delete;
    AtScopeEnd& operator=(const AtScopeEnd&) = delete;

private:
    Undo m_undo;
};

// One server that answers every request with `response`; the verdict of one password through it.
struct SingleAnswer {
    BreachVerdict verdict;
    Clock::duration took;
    std::size_t requests = 0;
};

SingleAnswer lookUpAgainst(const Response& response, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    LoopbackHttpServer server([&](const Request&) { return response; });
    BreachSource source;
    source.baseUrl = server.baseUrl();
    source.timeout = timeout;
    const Passwords passwords {"password"};
    const auto started = Clock::now();
    const auto verdicts = lookUpBreaches(passwords.span(), source, {});
    const auto took = Clock::now() - started;
    REQUIRE(verdicts.size() == 1);
    return {verdicts.front(), took, server.targets().size()};
}

}  // namespace

TEST_CASE("the breach service is Have I Been Pwned's Pwned Passwords over https", "[passwords][breach]")
{
    const BreachSource source;
    CHECK(source.baseUrl == "https://api.pwnedpasswords.com");
    CHECK(source.timeout == std::chrono::seconds(5));
    CHECK(source.userAgent.empty());
    CHECK(lookUpBreaches({}, source, {}).empty());
}

TEST_CASE("a breached password is Found with its count, whatever the case of the hex and the line ends",
    "[passwords][breach]")
{
    const std::string suffix = suffixOf("password");
    std::string lineEnd;
    std::string ownSuffix;
    SECTION("upper-case hex, CRLF")
    {
        lineEnd = "\r\n";
        ownSuffix = suffix;
    }
    SECTION("lower-case hex, CRLF")
    {
        lineEnd = "\r\n";
        ownSuffix = lowerCase(suffix);
    }
    SECTION("mixed-case hex, LF")
    {
        lineEnd = "\n";
        ownSuffix = lowerCase(suffix.substr(0, 17)) + suffix.substr(17);
    }
    const std::string body
        = fillerLines(300, lineEnd) + ownSuffix + ":52256179" + lineEnd + fillerLines(500, lineEnd) + lineEnd;
    RangeServer server(Ranges {{rangePath("password"), body}});
    const Passwords passwords {"password"};
    const auto verdicts = lookUpBreaches(passwords.span(), server.source(), {});
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts.front() == found(52256179));
    CHECK(server.targets() == std::vector<std::string> {"/range/5BAA6"});
}

TEST_CASE("padding entries with count 0 do not make a password Found", "[passwords][breach]")
{
    const std::string body = fillerLines(40) + suffixOf("password") + ":0\r\n" + fillerLines(40);
    RangeServer server(Ranges {{rangePath("password"), body}, {rangePath("voordeur"), fillerLines(800)}});
    const Passwords passwords {"password", "voordeur"};
    const auto verdicts = lookUpBreaches(passwords.span(), server.source(), {});
    CHECK(verdicts == std::vector<BreachVerdict> {kNotFound, kNotFound});
}

TEST_CASE("a suffix listed twice takes its highest count", "[passwords][breach]")
{
    const std::string suffix = suffixOf("password");
    const std::string body = suffix + ":0\r\n" + fillerLines(10) + lowerCase(suffix) + ":12\r\n" + suffix + ":3";
    RangeServer server(Ranges {{rangePath("password"), body}});
    const Passwords passwords {"password"};
    CHECK(lookUpBreaches(passwords.span(), server.source(), {}) == std::vector<BreachVerdict> {found(12)});
}

TEST_CASE("only the first five hex characters of each hash leave the machine, once per distinct prefix",
    "[passwords][breach]")
{
    // "huis662" and "huis1007" share the prefix A786C; the others differ.
    REQUIRE(prefixOf("huis662") == "A786C");
    REQUIRE(prefixOf("huis1007") == "A786C");
    REQUIRE(prefixOf("") == "DA39A");
    const Ranges ranges {
        {"/range/A786C", fillerLines(100) + suffixOf("huis1007") + ":7\r\n"},
        {"/range/5BAA6", suffixOf("password") + ":52256179\r\n" + fillerLines(100)},
        {"/range/DA39A", fillerLines(20) + suffixOf("") + ":1\r\n"},
        {"/range/3A071", fillerLines(100)},
    };
    RangeServer server(ranges);
    BreachSource source = server.source();
    std::string expectedAgent = "User-Agent: Voordeur/" + std::string(voordeur::core::version());
    SECTION("with Voordeur's own User-Agent")
    { }
    SECTION("with a User-Agent of the caller's choosing")
    {
        source.userAgent = "Voordeur-test/1.0 (+https://example.org)";
        expectedAgent = "User-Agent: Voordeur-test/1.0 (+https://example.org)";
    }
    SECTION("with a User-Agent that would break the request head, Voordeur's own is sent")
    {
        source.userAgent = "evil\r\nX-Injected: 1";
    }
    const Passwords passwords {"huis662", "password", "huis1007", "", "voordeur", "password"};
    RecordingObserver observer;
    const auto verdicts = lookUpBreaches(passwords.span(), source, {}, &observer);

    CHECK(verdicts
        == std::vector<BreachVerdict> {kNotFound, found(52256179), found(7), found(1), kNotFound, found(52256179)});
    auto targets = server.targets();
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string> {"/range/3A071", "/range/5BAA6", "/range/A786C", "/range/DA39A"});
    CHECK(observer.calls == std::vector<std::pair<std::size_t, std::size_t>> {{1, 4}, {2, 4}, {3, 4}, {4, 4}});

    const auto heads = server.heads();
    REQUIRE(heads.size() == 4);
    for (const std::string& head : heads) {
        INFO(head);
        CHECK(head.starts_with("GET /range/"));
        CHECK(head.find("\r\nAdd-Padding: true\r\n") != std::string::npos);
        CHECK(head.find("\r\n" + expectedAgent + "\r\n") != std::string::npos);
        CHECK(head.find("X-Injected") == std::string::npos);
        for (const char* password : {"huis662", "huis1007", "password", "", "voordeur"}) {
            const std::string suffix = suffixOf(password);
            // Even a few characters beyond the prefix would be too many.
            CHECK(head.find(suffix.substr(0, 8)) == std::string::npos);
            CHECK(head.find(lowerCase(suffix.substr(0, 8))) == std::string::npos);
        }
        CHECK(head.find("password") == std::string::npos);
    }
}

TEST_CASE("a base URL with a path prefix gets /range/<prefix> appended", "[passwords][breach]")
{
    LoopbackHttpServer server([](const Request& request) {
        if (request.target != "/mirror/range/5BAA6") {
            return LoopbackHttpServer::status(404, "Not Found");
        }
        return LoopbackHttpServer::ok(suffixOf("password") + ":2\n", "text/plain");
    });
    BreachSource source;
    source.baseUrl = server.baseUrl() + "/mirror/";
    const Passwords passwords {"password"};
    CHECK(lookUpBreaches(passwords.span(), source, {}) == std::vector<BreachVerdict> {found(2)});
}

TEST_CASE("a damaged range answer makes every password of that prefix NotChecked/Malformed, never NotFound",
    "[passwords][breach]")
{
    const std::string own = suffixOf("password") + ":5\r\n";
    std::string body;
    std::string detail;
    SECTION("a suffix one character short")
    {
        body = fillerLines(10) + std::string(34, 'A') + ":3\r\n" + own;
        detail = "line 11";
    }
    SECTION("a suffix with a character that is not hex")
    {
        body = own + std::string(34, 'A') + "G:3\r\n";
        detail = "line 2";
    }
    SECTION("no count")
    {
        body = fillerLines(3) + std::string(35, 'A') + ":\r\n";
        detail = "line 4";
    }
    SECTION("no colon")
    {
        body = std::string(35, 'A') + "3\r\n" + own;
        detail = "line 1";
    }
    SECTION("a negative count")
    {
        body = own + std::string(35, 'A') + ":-3\r\n";
        detail = "line 2";
    }
    SECTION("a count with text after it")
    {
        body = own + std::string(35, 'A') + ":3 \r\n";
        detail = "line 2";
    }
    SECTION("a count too large for 64 bits")
    {
        body = own + std::string(35, 'A') + ":18446744073709551616\r\n";
        detail = "line 2";
    }
    SECTION("an HTML page")
    {
        body = "<html><body>Maintenance</body></html>\n";
        detail = "line 1";
    }
    SECTION("an empty answer")
    {
        body = "\r\n";
        detail = "no entries";
    }
    RangeServer server(Ranges {{rangePath("password"), body}});
    const Passwords passwords {"password", "password"};
    const auto verdicts = lookUpBreaches(passwords.span(), server.source(), {});
    const BreachVerdict malformed {BreachStatus::NotChecked, 0, BreachFailure::Malformed, detail};
    CHECK(verdicts == std::vector<BreachVerdict> {malformed, malformed});
}

TEST_CASE("an answer other than 200 is NotChecked/HttpStatus with the status as detail", "[passwords][breach]")
{
    Response response;
    std::string status;
    SECTION("500 Internal Server Error")
    {
        response = LoopbackHttpServer::status(500, "Internal Server Error");
        status = "500";
    }
    SECTION("429 Too Many Requests")
    {
        response = LoopbackHttpServer::status(429, "Too Many Requests");
        status = "429";
    }
    SECTION("a 301 redirect, which is not followed")
    {
        response = LoopbackHttpServer::status(301, "Moved Permanently");
        response.headers.emplace_back("Location", "http://127.0.0.1:9/range/5BAA6");
        status = "301";
    }
    SECTION("204 No Content, which is no range list")
    {
        response = LoopbackHttpServer::status(204, "No Content");
        response.body.clear();
        status = "204";
    }
    const auto answer = lookUpAgainst(response);
    CHECK(answer.verdict == BreachVerdict {BreachStatus::NotChecked, 0, BreachFailure::HttpStatus, status});
    CHECK(answer.requests == 1);
}

TEST_CASE("a range answer larger than any real one is NotChecked/TooLarge", "[passwords][breach]")
{
    std::string body = fillerLines(breachMaxRangeBytes / 38 + 1);
    REQUIRE(body.size() > breachMaxRangeBytes);
    Response response = LoopbackHttpServer::ok(body, "text/plain");
    SECTION("announced by its length")
    { }
    SECTION("without a length")
    {
        response.contentLength = false;
    }
    const auto answer = lookUpAgainst(response);
    CHECK(answer.verdict.status == BreachStatus::NotChecked);
    CHECK(answer.verdict.reason == BreachFailure::TooLarge);
}

TEST_CASE("a server that never answers is NotChecked/Timeout after the time limit", "[passwords][breach]")
{
    Response response;
    response.hang = true;
    const auto answer = lookUpAgainst(response, std::chrono::milliseconds(300));
    INFO("detail: " << answer.verdict.detail);
    CHECK(answer.verdict.status == BreachStatus::NotChecked);
    CHECK(answer.verdict.reason == BreachFailure::Timeout);
    CHECK(answer.took < std::chrono::seconds(2));
}

TEST_CASE("a closed loopback port is NotChecked/Unreachable", "[passwords][breach]")
{
    std::string baseUrl;
    {
        LoopbackHttpServer closed([](const Request&) { return Response {}; });
        baseUrl = closed.baseUrl();
    }  // the port is free again: connecting is refused
    BreachSource source;
    source.baseUrl = baseUrl;
    source.timeout = std::chrono::seconds(2);
    const Passwords passwords {"password"};
    const auto verdicts = lookUpBreaches(passwords.span(), source, {});
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts.front().status == BreachStatus::NotChecked);
    CHECK(verdicts.front().reason == BreachFailure::Unreachable);
}

// Takes about 5 s: the test server waits that long for a request head, which a TLS ClientHello never
// completes, then closes the connection in the middle of the handshake.
TEST_CASE("https to a server that does not speak TLS is NotChecked/TlsFailure", "[passwords][breach]")
{
    LoopbackHttpServer plain([](const Request&) { return LoopbackHttpServer::ok("", "text/plain"); });
    BreachSource source;
    source.baseUrl = "https://127.0.0.1:" + std::to_string(plain.port());
    source.timeout = std::chrono::seconds(10);
    const Passwords passwords {"password"};
    const auto verdicts = lookUpBreaches(passwords.span(), source, {});
    REQUIRE(verdicts.size() == 1);
    INFO("detail: " << verdicts.front().detail);
    CHECK(verdicts.front().status == BreachStatus::NotChecked);
    CHECK(verdicts.front().reason == BreachFailure::TlsFailure);
}

TEST_CASE("a base URL that is not https, or plain http to a loopback address, is refused", "[passwords][breach]")
{
    const Passwords passwords {"password", "voordeur"};
    for (const char* bad : {"http://192.0.2.1", "http://localhost:8080", "ftp://192.0.2.1", "api.pwnedpasswords.com",
             "https://user@192.0.2.1", "https://192.0.2.1/?x=1", ""}) {
        INFO(bad);
        BreachSource source;
        source.baseUrl = bad;
        source.timeout = std::chrono::milliseconds(1);
        const auto verdicts = lookUpBreaches(passwords.span(), source, {});
        REQUIRE(verdicts.size() == 2);
        for (const BreachVerdict& verdict : verdicts) {
            CHECK(verdict.status == BreachStatus::NotChecked);
            CHECK(verdict.reason == BreachFailure::BadUrl);
        }
    }
}

TEST_CASE("with VOORDEUR_NO_NETWORK set, a breach lookup never leaves the machine", "[passwords][breach]")
{
    const char* variable = "VOORDEUR_NO_NETWORK";
    std::optional<std::string> before;
    if (const char* value = std::getenv(variable)) {
        before = value;
    }
    setenv(variable, "1", 1);
    const AtScopeEnd restore {[&] { before ? setenv(variable, before->c_str(), 1) : unsetenv(variable); }};

    const Passwords passwords {"password"};
    const BreachVerdict switchedOff {
        BreachStatus::NotChecked, 0, BreachFailure::NetworkSwitchedOff, "VOORDEUR_NO_NETWORK"};
    BreachSource source;
    source.timeout = std::chrono::milliseconds(1);
    // TEST-NET-1 first: never routed, so a broken guard stops the test before the real service.
    source.baseUrl = "https://192.0.2.1";
    REQUIRE(lookUpBreaches(passwords.span(), source, {}) == std::vector<BreachVerdict> {switchedOff});
    source.baseUrl = std::string(breachDefaultBaseUrl);
    const auto started = Clock::now();
    CHECK(lookUpBreaches(passwords.span(), source, {}) == std::vector<BreachVerdict> {switchedOff});
    CHECK(Clock::now() - started < std::chrono::milliseconds(100));

    RangeServer loopback(Ranges {{rangePath("password"), suffixOf("password") + ":4\r\n"}});
    CHECK(lookUpBreaches(passwords.span(), loopback.source(), {}) == std::vector<BreachVerdict> {found(4)});
}

TEST_CASE("a breach lookup stops at once on a stop request, even while the server is silent", "[passwords][breach]")
{
    LoopbackHttpServer server([](const Request&) {
        Response response;
        response.hang = true;
        return response;
    });
    BreachSource source;
    source.baseUrl = server.baseUrl();
    source.timeout = std::chrono::seconds(30);
    const Passwords passwords {"password", "voordeur", "huis662"};
    const BreachVerdict cancelled {BreachStatus::NotChecked, 0, BreachFailure::Cancelled, {}};
    RecordingObserver observer;

    std::stop_source stop;
    std::jthread stopper([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.request_stop();
    });
    const auto started = Clock::now();
    const auto verdicts = lookUpBreaches(passwords.span(), source, stop.get_token(), &observer);
    const auto took = Clock::now() - started;
    CHECK(verdicts == std::vector<BreachVerdict>(3, cancelled));
    CHECK(took < std::chrono::seconds(1));
    CHECK(observer.calls.empty());
    CHECK(server.targets().size() <= 3);
}

TEST_CASE("a breach lookup stopped before it starts sends nothing", "[passwords][breach]")
{
    RangeServer server(Ranges {{rangePath("password"), suffixOf("password") + ":4\r\n"}});
    const Passwords passwords {"password", "voordeur"};
    std::stop_source stop;
    stop.request_stop();
    RecordingObserver observer;
    const auto verdicts = lookUpBreaches(passwords.span(), server.source(), stop.get_token(), &observer);
    const BreachVerdict cancelled {BreachStatus::NotChecked, 0, BreachFailure::Cancelled, {}};
    CHECK(verdicts == std::vector<BreachVerdict>(2, cancelled));
    CHECK(observer.calls.empty());
    CHECK(server.targets().empty());
}
