// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KevDownload.h"

#include "core/net/http/HttpClient.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

// The same switch that scan() honours (core/discovery/Scan.h); knowledge does not look up to discovery.
constexpr const char* kNoNetworkVariable = "VOORDEUR_NO_NETWORK";

Failure<KevUpdateError> updateFailure(KevUpdateCode code, std::string detail, std::optional<KevCode> invalid = {})
{
    return {KevUpdateError {code, std::move(detail), invalid}};
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (lower(text[i]) != prefix[i]) {
            return false;
        }
    }
    return true;
}

struct BaseUrl {
    bool https = true;
    std::string authority;  ///< host[:port], host as written ("[::1]" keeps its brackets)
    std::string host;
    std::string pathPrefix;  ///< without a trailing slash
};

// A deliberately narrow reader: what it accepts, libcurl reads the same way (no user info, no
// query, no fragment, no percent-escapes in the host, plain ASCII).
Result<BaseUrl, KevUpdateError> parseBaseUrl(std::string_view url)
{
    BaseUrl parsed;
    if (startsWithNoCase(url, "https://")) {
        url.remove_prefix(8);
    } else if (startsWithNoCase(url, "http://")) {
        parsed.https = false;
        url.remove_prefix(7);
    } else {
        return updateFailure(KevUpdateCode::BadUrl, "scheme is not https or http");
    }
    for (const char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '?' || c == '#' || c == '\\' || c == '@' || c == '%') {
            return updateFailure(KevUpdateCode::BadUrl, "unexpected character in the address");
        }
    }
    const auto slash = url.find('/');
    const auto authority = url.substr(0, slash);
    parsed.pathPrefix = std::string(slash == std::string_view::npos ? std::string_view() : url.substr(slash));
    while (!parsed.pathPrefix.empty() && parsed.pathPrefix.back() == '/') {
        parsed.pathPrefix.pop_back();
    }

    std::string_view port;
    bool hasPort = false;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) {
            return updateFailure(KevUpdateCode::BadUrl, "unclosed [ in the host");
        }
        parsed.host = std::string(authority.substr(0, close + 1));
        const auto rest = authority.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') {
            return updateFailure(KevUpdateCode::BadUrl, "text after the host");
        }
        hasPort = !rest.empty();
        port = hasPort ? rest.substr(1) : rest;
    } else {
        const auto colon = authority.find(':');
        parsed.host = std::string(authority.substr(0, colon));
        hasPort = colon != std::string_view::npos;
        port = hasPort ? authority.substr(colon + 1) : std::string_view();
    }
    if (parsed.host.empty() || parsed.host == "[]") {
        return updateFailure(KevUpdateCode::BadUrl, "no host");
    }
    if (hasPort) {
        unsigned long value = 0;
        const bool digitsOnly = std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (port.empty() || port.size() > 5 || !digitsOnly) {
            return updateFailure(KevUpdateCode::BadUrl, "bad port");
        }
        for (const char c : port) {
            value = value * 10 + static_cast<unsigned long>(c - '0');
        }
        if (value == 0 || value > 65535) {
            return updateFailure(KevUpdateCode::BadUrl, "bad port");
        }
    }
    parsed.authority = std::string(authority);
    if (!parsed.https && !isLoopbackHost(parsed.host)) {
        return updateFailure(KevUpdateCode::BadUrl, "plain http is only allowed to a loopback address");
    }
    return parsed;
}

KevUpdateCode codeFor(net::HttpCode code)
{
    switch (code) {
    case net::HttpCode::BadUrl:
        return KevUpdateCode::BadUrl;
    case net::HttpCode::Unreachable:
        return KevUpdateCode::Unreachable;
    case net::HttpCode::Timeout:
        return KevUpdateCode::Timeout;
    case net::HttpCode::TooLarge:
        return KevUpdateCode::TooLarge;
    case net::HttpCode::Redirect:
        return KevUpdateCode::Redirect;
    case net::HttpCode::HttpStatus:
        return KevUpdateCode::HttpStatus;
    case net::HttpCode::TlsFailure:
        return KevUpdateCode::TlsFailure;
    case net::HttpCode::Cancelled:
        return KevUpdateCode::Cancelled;
    case net::HttpCode::TransferFailed:
        break;
    }
    return KevUpdateCode::TransferFailed;
}

KevUpdateCode codeFor(KevCode code)
{
    switch (code) {
    case KevCode::StorageFailed:
        return KevUpdateCode::StorageFailed;
    case KevCode::TooLarge:
        return KevUpdateCode::TooLarge;
    case KevCode::NotJson:
    case KevCode::BadSchema:
    case KevCode::BadCveId:
    case KevCode::CountMismatch:
    case KevCode::Empty:
    case KevCode::DuplicateCve:
        break;
    }
    return KevUpdateCode::Invalid;
}

}  // namespace

bool isLoopbackHost(std::string_view host)
{
    if (host == "[::1]" || host == "::1") {
        return true;
    }
    const std::string text(host);
    in_addr address {};
    if (inet_pton(AF_INET, text.c_str(), &address) != 1) {
        return false;  // names, "localhost" included, are resolved elsewhere: never taken as loopback
    }
    return (ntohl(address.s_addr) >> 24) == 127;
}

Result<std::string, KevUpdateError> kevFeedUrl(std::string_view baseUrl)
{
    const auto parsed = parseBaseUrl(baseUrl);
    if (!parsed) {
        return Failure<KevUpdateError> {parsed.error()};
    }
    return std::string(parsed->https ? "https://" : "http://") + parsed->authority + parsed->pathPrefix
        + std::string(kevFeedPath);
}

Result<KevImportSummary, KevUpdateError> downloadKev(KnowledgeBase& kb, const KevSource& source, std::stop_token stop)
{
    const auto parsed = parseBaseUrl(source.baseUrl);
    if (!parsed) {
        return Failure<KevUpdateError> {parsed.error()};
    }
    const bool loopback = isLoopbackHost(parsed->host);
    if (!loopback && std::getenv(kNoNetworkVariable) != nullptr) {
        return updateFailure(KevUpdateCode::NetworkSwitchedOff, kNoNetworkVariable);
    }
    if (stop.stop_requested()) {
        return updateFailure(KevUpdateCode::Cancelled, {});
    }

    net::HttpRequest request;
    request.url = std::string(parsed->https ? "https://" : "http://") + parsed->authority + parsed->pathPrefix
        + std::string(kevFeedPath);
    request.maxBytes = source.maxBytes;
    request.timeout = source.timeout;
    request.allowHttps = true;
    request.allowHttp = loopback;
    request.headers = {"Accept: application/json"};

    auto response = net::httpGet(request, stop);
    if (!response) {
        return updateFailure(codeFor(response.error().code), response.error().detail);
    }
    if (stop.stop_requested()) {
        return updateFailure(KevUpdateCode::Cancelled, {});
    }
    auto imported = importKev(kb, response->body);
    if (!imported) {
        const auto& error = imported.error();
        return updateFailure(codeFor(error.code), error.detail, error.code);
    }
    return std::move(imported).value();
}

}  // namespace voordeur::core::knowledge
