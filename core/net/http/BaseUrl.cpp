// SPDX-License-Identifier: EUPL-1.2
#include "core/net/http/BaseUrl.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdlib>

namespace voordeur::core::net {

namespace {

Failure<std::string> refused(const char* why)
{
    return {std::string(why)};
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

bool isPort(std::string_view port)
{
    const bool digitsOnly = std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (port.empty() || port.size() > 5 || !digitsOnly) {
        return false;
    }
    unsigned long value = 0;
    for (const char c : port) {
        value = value * 10 + static_cast<unsigned long>(c - '0');
    }
    return value != 0 && value <= 65535;
}

}  // namespace

bool networkSwitchedOff()
{
    return std::getenv(noNetworkVariable) != nullptr;
}

bool isLoopbackHost(std::string_view host)
{
    if (host == "[::1]" || host == "::1") {
        return true;
    }
    const std::string text(host);
    in_addr address {};
    if (inet_pton(AF_INET, text.c_str(), &address) != 1) {
        return false;
    }
    return (ntohl(address.s_addr) >> 24) == 127;
}

std::string BaseUrl::urlOf(std::string_view path) const
{
    return std::string(https ? "https://" : "http://") + authority + pathPrefix + std::string(path);
}

Result<BaseUrl, std::string> parseBaseUrl(std::string_view url)
{
    BaseUrl parsed;
    if (startsWithNoCase(url, "https://")) {
        url.remove_prefix(8);
    } else if (startsWithNoCase(url, "http://")) {
        parsed.https = false;
        url.remove_prefix(7);
    } else {
        return refused("scheme is not https or http");
    }
    for (const char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '?' || c == '#' || c == '\\' || c == '@' || c == '%') {
            return refused("unexpected character in the address");
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
            return refused("unclosed [ in the host");
        }
        parsed.host = std::string(authority.substr(0, close + 1));
        const auto rest = authority.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') {
            return refused("text after the host");
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
        return refused("no host");
    }
    if (hasPort && !isPort(port)) {
        return refused("bad port");
    }
    parsed.authority = std::string(authority);
    parsed.loopback = isLoopbackHost(parsed.host);
    if (!parsed.https && !parsed.loopback) {
        return refused("plain http is only allowed to a loopback address");
    }
    return parsed;
}

}  // namespace voordeur::core::net
