// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/ReuseFingerprint.h"

#include <sodium.h>

namespace voordeur::core::passwords {

namespace {

constexpr std::size_t kMinimumCoreBytes = 4;

bool isAsciiLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Bytes that people put around a password to "change" it: ASCII digits, symbols and spaces.
/// Letters and every byte of a multi-byte UTF-8 character stay.
bool isDecoration(unsigned char c)
{
    return c < 0x80 && !isAsciiLetter(c);
}

std::optional<Fingerprint> argon2id(
    std::string_view bytes, const ReuseSalt& salt, const ReuseCost& cost, bool& outOfMemory)
{
    Fingerprint out {};
    if (crypto_pwhash(out.data(), out.size(), bytes.data(), bytes.size(), salt.bytes.data(), cost.opsLimit,
            cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        outOfMemory = true;
        return std::nullopt;
    }
    return out;
}

}  // namespace

ReuseSalt ReuseSalt::random()
{
    ReuseSalt salt;
    if (sodiumReady()) {
        randombytes_buf(salt.bytes.data(), salt.bytes.size());
    }
    return salt;
}

std::string ReuseSalt::hex() const
{
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
    out.pop_back();
    return out;
}

namespace {

template <std::size_t N> std::optional<std::array<unsigned char, N>> arrayFromHex(std::string_view hex)
{
    std::array<unsigned char, N> out {};
    std::size_t length = 0;
    const char* end = nullptr;
    if (hex.size() != N * 2
        || sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &length, &end) != 0 || length != N
        || end != hex.data() + hex.size()) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

std::optional<ReuseSalt> ReuseSalt::fromHex(std::string_view hex)
{
    auto bytes = arrayFromHex<16>(hex);
    if (!bytes) {
        return std::nullopt;
    }
    return ReuseSalt {*bytes};
}

Secret reuseCore(const Secret& password)
{
    const std::string_view bytes = password.reveal();
    std::size_t begin = 0;
    std::size_t end = bytes.size();
    while (begin < end && isDecoration(static_cast<unsigned char>(bytes[begin]))) {
        ++begin;
    }
    while (end > begin && isDecoration(static_cast<unsigned char>(bytes[end - 1]))) {
        --end;
    }
    Secret core;
    if (end - begin < kMinimumCoreBytes) {
        return core;
    }
    core.append(bytes.substr(begin, end - begin));
    // Lower-case in place, inside the guarded block.
    for (char& byte : core.writable()) {
        if (byte >= 'A' && byte <= 'Z') {
            byte = static_cast<char>(byte - 'A' + 'a');
        }
    }
    return core;
}

ReuseResult fingerprintForReuse(const Secret& password, const ReuseSalt& salt, const ReuseCost& cost)
{
    if (!sodiumReady()) {
        return fail(ReuseCode::Unavailable);
    }
    bool outOfMemory = false;
    auto exact = argon2id(password.reveal(), salt, cost, outOfMemory);
    if (!exact) {
        return fail(ReuseCode::OutOfMemory);
    }
    ReuseFingerprints result {*exact, std::nullopt};
    const Secret core = reuseCore(password);
    if (!core.empty()) {
        // A distinct context byte, so a password that is its own core ("welkom") does not give two
        // equal fingerprints that would reveal it has no decoration.
        Secret tagged("core:");
        tagged.append(core.reveal());
        result.core = argon2id(tagged.reveal(), salt, cost, outOfMemory);
        if (!result.core) {
            return fail(ReuseCode::OutOfMemory);
        }
    }
    return result;
}

std::string fingerprintHex(const Fingerprint& fingerprint)
{
    std::string out(fingerprint.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), fingerprint.data(), fingerprint.size());
    out.pop_back();
    return out;
}

std::optional<Fingerprint> fingerprintFromHex(std::string_view hex)
{
    return arrayFromHex<32>(hex);
}

ReuseGroups groupReuse(std::span<const ReuseFingerprints> fingerprints)
{
    ReuseGroups groups;
    groups.sameAs.resize(fingerprints.size());
    groups.nearlySameAs.resize(fingerprints.size());
    for (std::size_t i = 0; i < fingerprints.size(); ++i) {
        for (std::size_t j = 0; j < fingerprints.size(); ++j) {
            if (i == j) {
                continue;
            }
            if (fingerprints[i].exact == fingerprints[j].exact) {
                groups.sameAs[i].push_back(j);
            } else if (fingerprints[i].core && fingerprints[j].core && *fingerprints[i].core == *fingerprints[j].core) {
                groups.nearlySameAs[i].push_back(j);
            }
        }
    }
    return groups;
}

}  // namespace voordeur::core::passwords
