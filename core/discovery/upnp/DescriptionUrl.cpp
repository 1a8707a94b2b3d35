// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/DescriptionUrl.h"

#include "core/discovery/upnp/TextRules.h"

#include <curl/curl.h>

#include <arpa/inet.h>
#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <optional>

namespace voordeur::core::upnp {

namespace {

// RAII for libcurl's URL handle and the strings it hands out.
struct CurlUrlCleanup {
    void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};
using CurlUrl = std::unique_ptr<CURLU, CurlUrlCleanup>;

struct CurlFree {
    void operator()(char* text) const { curl_free(text); }
};

std::optional<std::string> urlPart(CURLU* handle, CURLUPart part)
{
    char* raw = nullptr;
    const CURLUcode code = curl_url_get(handle, part, &raw, 0);
    const std::unique_ptr<char, CurlFree> owned(raw);
    if (code != CURLUE_OK || owned == nullptr) {
        return std::nullopt;
    }
    return std::string(owned.get());
}

/// An IP address in network byte order; IPv4-mapped IPv6 addresses count as IPv4.
struct IpAddress {
    int family = AF_UNSPEC;
    std::array<unsigned char, 16> bytes {};
    std::string zone;

    [[nodiscard]] bool sameAddress(const IpAddress& other) const
    {
        return family == other.family && bytes == other.bytes;
    }
};

bool isZoneText(std::string_view zone)
{
    return !zone.empty() && zone.size() <= 64 && std::all_of(zone.begin(), zone.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
}

// A plain dotted quad ("192.168.1.20"), or IPv6 text with an optional "%zone". inet_pton refuses
// the other IPv4 spellings ("010.0.0.1", "0x7f.1", "2130706433") that URL parsers accept.
std::optional<IpAddress> parseIp(std::string_view text)
{
    if (text.size() > 128) {
        return std::nullopt;
    }
    IpAddress address;
    const std::string plain(text.substr(0, text.find('%')));
    if (inet_pton(AF_INET, plain.c_str(), address.bytes.data()) == 1) {
        address.family = AF_INET;
        return text.find('%') == std::string_view::npos ? std::optional(address) : std::nullopt;
    }
    if (inet_pton(AF_INET6, plain.c_str(), address.bytes.data()) != 1) {
        return std::nullopt;
    }
    address.family = AF_INET6;
    if (const auto percent = text.find('%'); percent != std::string_view::npos) {
        address.zone = std::string(text.substr(percent + 1));
        if (!isZoneText(address.zone)) {
            return std::nullopt;
        }
    }
    constexpr std::array<unsigned char, 12> mappedPrefix {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(mappedPrefix.begin(), mappedPrefix.end(), address.bytes.begin())) {
        std::copy_n(address.bytes.begin() + 12, 4, address.bytes.begin());
        std::fill(address.bytes.begin() + 4, address.bytes.end(), 0);
        address.family = AF_INET;
        address.zone.clear();
    }
    return address;
}

bool isUsableSender(const IpAddress& address)
{
    const auto& b = address.bytes;
    if (address.family == AF_INET) {
        const bool unspecified = b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0;
        const bool broadcast = b[0] == 255 && b[1] == 255 && b[2] == 255 && b[3] == 255;
        return !unspecified && !broadcast && (b[0] & 0xF0U) != 0xE0U;
    }
    const bool unspecified = std::all_of(b.begin(), b.end(), [](unsigned char byte) { return byte == 0; });
    return !unspecified && b[0] != 0xFF;
}

// The interface index a zone names, numerically ("2") or by name ("eth0"); 0 when unknown.
unsigned int zoneIndex(const std::string& zone)
{
    unsigned int index = 0;
    const auto [end, error] = std::from_chars(zone.data(), zone.data() + zone.size(), index);
    if (error == std::errc() && end == zone.data() + zone.size()) {
        return index;
    }
    return if_nametoindex(zone.c_str());
}

bool sameZone(const std::string& a, const std::string& b)
{
    if (a.empty() || b.empty() || a == b) {
        return true;
    }
    const unsigned int index = zoneIndex(a);
    return index != 0 && index == zoneIndex(b);
}

bool isPlainAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7f;
    });
}

/// The host and port of "http://host:port/…" exactly as written, before any parser normalizes them.
struct RawAuthority {
    std::string_view host;  ///< without brackets, with any "%zone"
    std::string_view port;
    bool userInfo = false;
    bool bracketed = false;
};

std::optional<RawAuthority> rawAuthority(std::string_view afterScheme)
{
    const std::string_view authority = afterScheme.substr(0, afterScheme.find_first_of("/?#"));
    RawAuthority raw;
    raw.userInfo = authority.find('@') != std::string_view::npos;
    std::string_view rest = authority;
    if (!rest.empty() && rest.front() == '[') {
        const auto close = rest.find(']');
        if (close == std::string_view::npos) {
            return std::nullopt;
        }
        raw.bracketed = true;
        raw.host = rest.substr(1, close - 1);
        rest.remove_prefix(close + 1);
    } else {
        raw.host = rest.substr(0, rest.find(':'));
        rest.remove_prefix(raw.host.size());
    }
    if (!rest.empty()) {
        if (rest.front() != ':') {
            return std::nullopt;
        }
        raw.port = rest.substr(1);
    }
    return raw;
}

// RFC 6874 writes the zone of a URL's IPv6 literal as "%25zone"; libcurl also takes a bare "%zone".
std::string withoutEncodedZone(std::string_view host)
{
    const auto percent = host.find('%');
    if (percent == std::string_view::npos) {
        return std::string(host);
    }
    std::string_view zone = host.substr(percent + 1);
    if (zone.size() > 2 && zone.substr(0, 2) == "25") {
        zone.remove_prefix(2);
    }
    return std::string(host.substr(0, percent)) + "%" + std::string(zone);
}

}  // namespace

Result<DescriptionUrl, UrlError> checkDescriptionUrl(std::string_view location, std::string_view senderAddress)
{
    location = trimBlanks(location);
    if (location.empty() || location.size() > kMaxUrlBytes || !isPlainAscii(location)) {
        return fail(UrlCode::BadUrl);
    }

    senderAddress = trimBlanks(senderAddress);
    if (senderAddress.size() >= 2 && senderAddress.front() == '[' && senderAddress.back() == ']') {
        senderAddress = senderAddress.substr(1, senderAddress.size() - 2);
    }
    const auto sender = parseIp(senderAddress);
    if (!sender || !isUsableSender(*sender)) {
        return fail(UrlCode::BadSender);
    }

    const CurlUrl handle(curl_url());
    if (handle == nullptr) {
        return fail(UrlCode::BadUrl, "curl_url");
    }
    const std::string locationText(location);
    const CURLUcode parsed = curl_url_set(handle.get(), CURLUPART_URL, locationText.c_str(), CURLU_NON_SUPPORT_SCHEME);
    if (parsed == CURLUE_BAD_PORT_NUMBER) {
        return fail(UrlCode::BadPort);
    }
    if (parsed != CURLUE_OK) {
        return fail(UrlCode::BadUrl, curl_url_strerror(parsed));
    }
    const auto scheme = urlPart(handle.get(), CURLUPART_SCHEME);
    if (!scheme || *scheme != "http") {
        return fail(UrlCode::NotHttp, boundedText(scheme.value_or(""), 32));
    }

    // libcurl forgives "http:/host" and rewrites numeric hosts ("010.0.0.1" becomes 8.0.0.1):
    // the text as written must agree with what libcurl parsed.
    constexpr std::string_view httpPrefix = "http://";
    if (!startsWithIgnoringCase(location, httpPrefix)) {
        return fail(UrlCode::BadUrl);
    }
    const auto raw = rawAuthority(location.substr(httpPrefix.size()));
    if (!raw) {
        return fail(UrlCode::BadUrl);
    }
    if (raw->userInfo || urlPart(handle.get(), CURLUPART_USER) || urlPart(handle.get(), CURLUPART_PASSWORD)
        || urlPart(handle.get(), CURLUPART_OPTIONS)) {
        return fail(UrlCode::HasUserInfo);
    }
    const auto writtenHost = parseIp(raw->bracketed ? withoutEncodedZone(raw->host) : std::string(raw->host));
    if (!writtenHost || (writtenHost->family == AF_INET6 && !raw->bracketed)) {
        return fail(UrlCode::NotAnAddress, boundedText(raw->host, 64));
    }
    auto curlHost = urlPart(handle.get(), CURLUPART_HOST).value_or("");
    if (curlHost.size() >= 2 && curlHost.front() == '[' && curlHost.back() == ']') {
        curlHost = curlHost.substr(1, curlHost.size() - 2);
    }
    const auto parsedHost = parseIp(curlHost);
    if (!parsedHost || !parsedHost->sameAddress(*writtenHost)) {
        return fail(UrlCode::BadUrl);
    }
    if (!std::all_of(raw->port.begin(), raw->port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return fail(UrlCode::BadPort);
    }
    unsigned int port = 80;
    if (const auto portText = urlPart(handle.get(), CURLUPART_PORT)) {
        const auto [end, error] = std::from_chars(portText->data(), portText->data() + portText->size(), port);
        if (error != std::errc() || end != portText->data() + portText->size()) {
            return fail(UrlCode::BadPort);
        }
    }
    if (port == 0 || port > 65535) {
        return fail(UrlCode::BadPort, std::to_string(port));
    }

    const std::string urlZone = urlPart(handle.get(), CURLUPART_ZONEID).value_or("");
    if (!writtenHost->sameAddress(*sender) || !sameZone(urlZone, sender->zone)) {
        return fail(UrlCode::HostMismatch);
    }

    // Only the zone the answer came in on is trusted; a fragment is never sent.
    const std::string zone = writtenHost->family == AF_INET6 ? sender->zone : std::string();
    if (curl_url_set(handle.get(), CURLUPART_ZONEID, zone.empty() ? nullptr : zone.c_str(), 0) != CURLUE_OK
        || curl_url_set(handle.get(), CURLUPART_FRAGMENT, nullptr, 0) != CURLUE_OK) {
        return fail(UrlCode::BadUrl);
    }
    const auto normalized = urlPart(handle.get(), CURLUPART_URL);
    if (!normalized) {
        return fail(UrlCode::BadUrl);
    }
    std::string path = urlPart(handle.get(), CURLUPART_PATH).value_or("/");
    if (const auto query = urlPart(handle.get(), CURLUPART_QUERY)) {
        path += "?" + *query;
    }
    return DescriptionUrl {
        .url = *normalized,
        .host = curlHost,
        .zone = zone,
        .port = static_cast<std::uint16_t>(port),
        .path = path,
    };
}

}  // namespace voordeur::core::upnp
