// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/BreachLookup.h"

#include "core/net/http/BaseUrl.h"
#include "core/net/http/HttpClient.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <new>
#include <optional>
#include <utility>

namespace voordeur::core::passwords {

namespace {

constexpr std::size_t kSha1Bytes = 20;
constexpr std::size_t kPrefixLength = 5;
constexpr std::size_t kSuffixLength = 2 * kSha1Bytes - kPrefixLength;
constexpr std::size_t kParallelRequests = 4;
constexpr std::chrono::milliseconds kPollInterval {200};

BreachVerdict notChecked(BreachFailure reason, std::string detail = {})
{
    return {BreachStatus::NotChecked, 0, reason, std::move(detail)};
}

// libcrypto writes the digest here; wiped however the function is left.
struct DigestBuffer {
    unsigned char bytes[EVP_MAX_MD_SIZE] = {};
    DigestBuffer() = default;
    DigestBuffer(const DigestBuffer&) = delete;
    DigestBuffer& operator=(const DigestBuffer&) = delete;
    ~DigestBuffer() { OPENSSL_cleanse(bytes, sizeof(bytes)); }
};

// The SHA-1 of the password as 40 upper-case hex characters, written straight into guarded memory;
// nothing when libcrypto or libsodium fails.
std::optional<Secret> sha1Hex(const Secret& password)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    DigestBuffer digest;
    unsigned int length = 0;
    const std::string_view bytes = password.reveal();
    if (EVP_Digest(bytes.data(), bytes.size(), digest.bytes, &length, EVP_sha1(), nullptr) != 1
        || length != kSha1Bytes) {
        return std::nullopt;
    }
    try {
        Secret hex;
        for (unsigned int i = 0; i < length; ++i) {
            hex.append(kDigits[digest.bytes[i] >> 4]);
            hex.append(kDigits[digest.bytes[i] & 0x0f]);
        }
        return hex;
    } catch (const std::bad_alloc&) {
        return std::nullopt;  // guarded memory could not be had
    }
}

// The passwords whose hashes start with the same 5 characters: they share one request.
struct PrefixGroup {
    std::string prefix;  ///< the only part of any hash that leaves the machine
    std::vector<std::size_t> members;
    bool settled = false;
};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

char upper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// `line` is a range entry "SUFFIX:COUNT"; false when it is not exactly that.
bool readRangeLine(std::string_view line, std::string_view& suffix, std::uint64_t& count)
{
    if (line.size() < kSuffixLength + 2 || line[kSuffixLength] != ':') {
        return false;
    }
    suffix = line.substr(0, kSuffixLength);
    if (!std::all_of(suffix.begin(), suffix.end(), isHexDigit)) {
        return false;
    }
    const std::string_view digits = line.substr(kSuffixLength + 1);
    const char* end = digits.data() + digits.size();
    const auto [stop, error] = std::from_chars(digits.data(), end, count);
    return error == std::errc() && stop == end;
}

bool sameHex(std::string_view fromService, std::string_view ownUpper)
{
    return std::equal(fromService.begin(), fromService.end(), ownUpper.begin(), ownUpper.end(),
        [](char a, char b) { return upper(a) == b; });
}

// How often each of `suffixes` (upper case) occurs in a range answer, 0 for absent ones. When a
// suffix is listed more than once, the highest count holds. Fails with the 1-based number of the
// first line that is not a range entry, or with 0 when the answer holds no entry at all.
Result<std::vector<std::uint64_t>, std::size_t> countsInRange(
    std::string_view body, const std::vector<std::string_view>& suffixes)
{
    std::vector<std::uint64_t> counts(suffixes.size(), 0);
    std::size_t lineNumber = 0;
    std::size_t entries = 0;
    while (!body.empty()) {
        const auto newline = body.find('\n');
        std::string_view line = body.substr(0, newline);
        body.remove_prefix(newline == std::string_view::npos ? body.size() : newline + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            continue;
        }
        std::string_view suffix;
        std::uint64_t count = 0;
        if (!readRangeLine(line, suffix, count)) {
            return Failure<std::size_t> {lineNumber};
        }
        ++entries;
        for (std::size_t i = 0; i < suffixes.size(); ++i) {
            if (sameHex(suffix, suffixes[i])) {
                counts[i] = std::max(counts[i], count);
            }
        }
    }
    if (entries == 0) {
        return Failure<std::size_t> {0};
    }
    return counts;
}

BreachFailure failureFor(net::HttpCode code)
{
    switch (code) {
    case net::HttpCode::BadUrl:
        return BreachFailure::BadUrl;
    case net::HttpCode::Unreachable:
    case net::HttpCode::TransferFailed:
        return BreachFailure::Unreachable;
    case net::HttpCode::Timeout:
        return BreachFailure::Timeout;
    case net::HttpCode::TooLarge:
        return BreachFailure::TooLarge;
    case net::HttpCode::Redirect:
    case net::HttpCode::HttpStatus:
        return BreachFailure::HttpStatus;
    case net::HttpCode::TlsFailure:
        return BreachFailure::TlsFailure;
    case net::HttpCode::Cancelled:
        break;
    }
    return BreachFailure::Cancelled;
}

// The verdicts of every member of `group` from the outcome of its request.
void settle(const PrefixGroup& group, net::HttpResult result, const std::vector<std::optional<Secret>>& hashes,
    std::vector<BreachVerdict>& verdicts)
{
    const auto setAll = [&](const BreachVerdict& verdict) {
        for (const std::size_t member : group.members) {
            verdicts[member] = verdict;
        }
    };
    if (!result) {
        setAll(notChecked(failureFor(result.error().code), result.error().detail));
        return;
    }
    if (result->status != 200) {  // another 2xx is no range list either
        setAll(notChecked(BreachFailure::HttpStatus, std::to_string(result->status)));
        return;
    }
    std::vector<std::string_view> suffixes;
    suffixes.reserve(group.members.size());
    for (const std::size_t member : group.members) {
        suffixes.push_back(hashes[member]->reveal().substr(kPrefixLength));
    }
    const auto counts = countsInRange(result->body, suffixes);
    if (!counts) {
        setAll(notChecked(
            BreachFailure::Malformed, counts.error() == 0 ? "no entries" : "line " + std::to_string(counts.error())));
        return;
    }
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        const std::uint64_t count = (*counts)[i];
        verdicts[group.members[i]] = count > 0 ? BreachVerdict {BreachStatus::Found, count, BreachFailure::None, {}}
                                               : BreachVerdict {BreachStatus::NotFound, 0, BreachFailure::None, {}};
    }
}

std::vector<PrefixGroup> groupByPrefix(const std::vector<std::optional<Secret>>& hashes)
{
    std::map<std::string, std::vector<std::size_t>> byPrefix;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        if (hashes[i]) {
            byPrefix[std::string(hashes[i]->reveal().substr(0, kPrefixLength))].push_back(i);
        }
    }
    std::vector<PrefixGroup> groups;
    for (auto& [prefix, members] : byPrefix) {
        groups.push_back({prefix, std::move(members), false});
    }
    return groups;
}

bool isPrintableAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

}  // namespace

std::vector<BreachVerdict> lookUpBreaches(std::span<const Secret* const> passwords, const BreachSource& source,
    std::stop_token stop, BreachObserver* observer)
{
    std::vector<BreachVerdict> verdicts(passwords.size());
    if (passwords.empty()) {
        return verdicts;
    }
    const auto base = net::parseBaseUrl(source.baseUrl);
    if (!base) {
        std::fill(verdicts.begin(), verdicts.end(), notChecked(BreachFailure::BadUrl, base.error()));
        return verdicts;
    }
    if (!base->loopback && net::networkSwitchedOff()) {
        std::fill(
            verdicts.begin(), verdicts.end(), notChecked(BreachFailure::NetworkSwitchedOff, net::noNetworkVariable));
        return verdicts;
    }

    std::vector<std::optional<Secret>> hashes(passwords.size());
    for (std::size_t i = 0; i < passwords.size(); ++i) {
        if (passwords[i] != nullptr) {
            hashes[i] = sha1Hex(*passwords[i]);
        }
        if (!hashes[i]) {
            verdicts[i] = notChecked(BreachFailure::Unavailable);
        }
    }
    std::vector<PrefixGroup> groups = groupByPrefix(hashes);

    net::HttpRequest request;
    request.maxBytes = breachMaxRangeBytes;
    request.timeout = source.timeout;
    request.allowHttps = true;
    request.allowHttp = base->loopback;
    request.headers = {"Add-Padding: true"};
    if (!source.userAgent.empty() && isPrintableAscii(source.userAgent)) {
        request.headers.push_back("User-Agent: " + source.userAgent);  // else HttpClient's "Voordeur/<version>"
    }

    net::HttpMulti multi;
    const std::stop_callback wakeOnStop(stop, [&multi] { multi.wakeup(); });
    std::size_t started = 0;
    std::size_t done = 0;
    while (done < groups.size() && !stop.stop_requested()) {
        while (started < groups.size() && multi.active() < kParallelRequests) {
            const std::size_t index = started++;
            request.url = base->urlOf("/range/" + groups[index].prefix);
            multi.add(request, [&, index](net::HttpResult result) {
                settle(groups[index], std::move(result), hashes, verdicts);
                groups[index].settled = true;
                ++done;
                if (observer != nullptr) {
                    observer->onPrefixDone(done, groups.size());
                }
            });
        }
        multi.poll({}, kPollInterval);
    }
    for (const PrefixGroup& group : groups) {
        if (!group.settled) {
            for (const std::size_t member : group.members) {
                verdicts[member] = notChecked(BreachFailure::Cancelled);
            }
        }
    }
    return verdicts;
}

}  // namespace voordeur::core::passwords
