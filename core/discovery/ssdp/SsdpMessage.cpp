// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ssdp/SsdpMessage.h"

#include "core/about/BuildInfo.h"
#include "core/discovery/upnp/TextRules.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace voordeur::core::ssdp {

namespace {

using upnp::asciiLowered;
using upnp::equalsIgnoringCase;
using upnp::startsWithIgnoringCase;
using upnp::trimBlanks;

bool isTokenChar(char c)
{
    constexpr std::string_view punctuation = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || punctuation.find(c) != std::string_view::npos;
}

bool isToken(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

std::vector<std::string_view> splitOnSpaces(std::string_view line)
{
    std::vector<std::string_view> words;
    while (!line.empty()) {
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string_view::npos) {
            break;
        }
        line.remove_prefix(start);
        const auto end = std::min(line.find_first_of(" \t"), line.size());
        words.push_back(line.substr(0, end));
        line.remove_prefix(end);
    }
    return words;
}

bool isHttp1Version(std::string_view word)
{
    return word == "HTTP/1.1" || word == "HTTP/1.0";
}

struct StartLine {
    bool notify = false;
    SsdpKind kind = SsdpKind::SearchResponse;
};

Result<StartLine, SsdpError> readStartLine(std::string_view line)
{
    const auto words = splitOnSpaces(line);
    if (words.size() >= 2 && isHttp1Version(words[0])) {
        if (words[1] != "200") {
            return fail(SsdpParseCode::UnexpectedStatus, std::string(words[1].substr(0, 16)));
        }
        return StartLine {false, SsdpKind::SearchResponse};
    }
    if (words.size() == 3 && words[1] == "*" && isHttp1Version(words[2])) {
        if (equalsIgnoringCase(words[0], "NOTIFY")) {
            return StartLine {true, SsdpKind::NotifyAlive};
        }
        if (equalsIgnoringCase(words[0], "M-SEARCH")) {
            return StartLine {false, SsdpKind::SearchRequest};
        }
    }
    return fail(SsdpParseCode::BadStartLine);
}

// "max-age=1800", also "no-cache=\"Ext\", max-age = 1800" as some devices send it.
std::optional<int> maxAgeFrom(std::string_view cacheControl)
{
    while (!cacheControl.empty()) {
        const auto comma = std::min(cacheControl.find(','), cacheControl.size());
        const std::string_view directive = cacheControl.substr(0, comma);
        cacheControl.remove_prefix(std::min(comma + 1, cacheControl.size()));
        const auto equals = directive.find('=');
        if (equals == std::string_view::npos
            || !equalsIgnoringCase(trimBlanks(directive.substr(0, equals)), "max-age")) {
            continue;
        }
        std::string_view digits = trimBlanks(directive.substr(equals + 1));
        if (digits.size() >= 2 && digits.front() == '"' && digits.back() == '"') {
            digits = digits.substr(1, digits.size() - 2);
        }
        int seconds = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), seconds);
        if (error != std::errc() || end != digits.data() + digits.size() || seconds < 0) {
            return std::nullopt;
        }
        return seconds;
    }
    return std::nullopt;
}

std::optional<SsdpKind> notifyKind(std::string_view nts)
{
    if (equalsIgnoringCase(nts, "ssdp:alive")) {
        return SsdpKind::NotifyAlive;
    }
    if (equalsIgnoringCase(nts, "ssdp:byebye")) {
        return SsdpKind::NotifyByebye;
    }
    if (equalsIgnoringCase(nts, "ssdp:update")) {
        return SsdpKind::NotifyUpdate;
    }
    return std::nullopt;
}

// Keeps only what may stand on one header line: no CR, LF or other control characters.
std::string oneLine(std::string_view text)
{
    std::string line;
    std::copy_if(text.begin(), text.end(), std::back_inserter(line),
        [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f; });
    return line;
}

}  // namespace

std::string SsdpMessage::header(std::string_view name) const
{
    const auto it = std::find_if(
        headers.begin(), headers.end(), [name](const auto& header) { return equalsIgnoringCase(header.first, name); });
    return it == headers.end() ? std::string() : it->second;
}

Result<SsdpMessage, SsdpError> parseSsdp(std::string_view datagram)
{
    if (datagram.empty()) {
        return fail(SsdpParseCode::Empty);
    }
    if (datagram.size() > kMaxDatagramBytes) {
        return fail(SsdpParseCode::TooLarge, std::to_string(datagram.size()));
    }

    SsdpMessage message;
    bool notify = false;
    std::size_t lineNumber = 0;
    std::string_view rest = datagram;
    while (!rest.empty()) {
        ++lineNumber;
        const auto newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        if (line.size() > kMaxLineBytes) {
            return fail(SsdpParseCode::LineTooLong, std::to_string(lineNumber));
        }
        if (newline == std::string_view::npos) {
            // A header block may lack its closing empty line, but not end inside a line.
            return fail(SsdpParseCode::Truncated, std::to_string(lineNumber));
        }
        rest.remove_prefix(newline + 1);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }

        if (lineNumber == 1) {
            const auto start = readStartLine(line);
            if (!start) {
                return fail(start.error().code, start.error().detail);
            }
            notify = start->notify;
            message.kind = start->kind;
            continue;
        }
        if (line.empty()) {
            break;  // the end of the headers; SSDP has no body worth reading
        }
        if (message.headers.size() == kMaxHeaderLines) {
            return fail(SsdpParseCode::TooManyHeaders);
        }
        const auto colon = line.find(':');
        const std::string_view name
            = colon == std::string_view::npos ? std::string_view() : trimBlanks(line.substr(0, colon));
        if (!isToken(name) || line.front() == ' ' || line.front() == '\t') {
            return fail(SsdpParseCode::BadHeaderLine, std::to_string(lineNumber));
        }
        message.headers.emplace_back(
            asciiLowered(name), upnp::boundedText(trimBlanks(line.substr(colon + 1)), kMaxLineBytes));
    }

    message.location = message.header("location");
    message.server = message.header("server");
    message.usn = message.header("usn");
    message.nts = message.header("nts");
    message.maxAgeSeconds = maxAgeFrom(message.header("cache-control"));
    if (notify) {
        const auto kind = notifyKind(message.nts);
        if (!kind) {
            return fail(SsdpParseCode::BadNts, message.nts.substr(0, 64));
        }
        message.kind = *kind;
        message.searchTarget = message.header("nt");
    } else {
        message.searchTarget = message.header("st");
    }
    return message;
}

std::string buildMSearch(std::string_view searchTarget, int mxSeconds, bool ipv6)
{
    std::string target = oneLine(trimBlanks(searchTarget));
    if (target.empty()) {
        target = "ssdp:all";
    }
    const int mx = std::clamp(mxSeconds, 1, 5);
    std::string request = "M-SEARCH * HTTP/1.1\r\n";
    request += ipv6 ? "HOST: [FF02::C]:1900\r\n" : "HOST: 239.255.255.250:1900\r\n";
    request += "MAN: \"ssdp:discover\"\r\n";
    request += "MX: " + std::to_string(mx) + "\r\n";
    request += "ST: " + target + "\r\n";
    request += "USER-AGENT: Linux/6 UPnP/1.1 Voordeur/" + std::string(core::version()) + "\r\n";
    request += "\r\n";
    return request;
}

std::string udnFromUsn(std::string_view usn)
{
    usn = trimBlanks(usn);
    const std::string_view udn = usn.substr(0, usn.find("::"));
    if (!startsWithIgnoringCase(udn, "uuid:") || udn.size() == 5) {
        return {};
    }
    return upnp::boundedText(udn);
}

}  // namespace voordeur::core::ssdp
