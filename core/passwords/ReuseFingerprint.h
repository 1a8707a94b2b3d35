// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/passwords/Secret.h"
#include "core/util/Result.h"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::passwords {

/// The random salt of one checkup; every fingerprint of that checkup uses it, so equal passwords
/// give equal fingerprints within the checkup and unrelated ones across households.
struct ReuseSalt {
    std::array<unsigned char, 16> bytes {};

    static ReuseSalt random();
    std::string hex() const;
    static std::optional<ReuseSalt> fromHex(std::string_view hex);
    bool operator==(const ReuseSalt&) const = default;
};

/// Argon2id cost of one fingerprint: libsodium's "interactive" setting, about 100 ms on the
/// project's machine (bench/PasswordBench.cpp, docs/PERFORMANCE.md). Guessing from stored fingerprints
/// is slow, and a household of twenty passwords is still done in a few seconds.
struct ReuseCost {
    unsigned long long opsLimit = 2;
    std::size_t memLimitBytes = 64 * 1024 * 1024;
};

using Fingerprint = std::array<unsigned char, 32>;

/// The two Argon2id fingerprints of a password: of the password as typed, and of its core (see
/// reuseCore()); `core` is absent when the core is too short to say anything.
struct ReuseFingerprints {
    Fingerprint exact {};
    std::optional<Fingerprint> core;

    bool operator==(const ReuseFingerprints&) const = default;
};

enum class ReuseCode {
    Unavailable,  ///< libsodium could not be initialised
    OutOfMemory,  ///< Argon2id could not get its memory
};

using ReuseResult = Result<ReuseFingerprints, Error<ReuseCode>>;

/// The part of a password that stays when people "change" it: lower-cased (ASCII letters), with
/// leading and trailing digits, symbols and spaces removed. "Welkom01!" and "welkom02" share the
/// core "welkom". A core shorter than four bytes is no evidence of reuse and gives an empty Secret.
Secret reuseCore(const Secret& password);

/// Fingerprints a password with Argon2id and the checkup's salt.
ReuseResult fingerprintForReuse(const Secret& password, const ReuseSalt& salt, const ReuseCost& cost = {});

/// Hex of a fingerprint, for the opt-in store of fingerprints.
std::string fingerprintHex(const Fingerprint& fingerprint);
std::optional<Fingerprint> fingerprintFromHex(std::string_view hex);

/// For each password (by index), which others are the same and which are the same in their core
/// only. Equal passwords are never also listed as near-equal.
struct ReuseGroups {
    std::vector<std::vector<std::size_t>> sameAs;
    std::vector<std::vector<std::size_t>> nearlySameAs;
};

ReuseGroups groupReuse(std::span<const ReuseFingerprints> fingerprints);

}  // namespace voordeur::core::passwords
