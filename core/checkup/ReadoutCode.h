// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace voordeur::core::checkup {

/// The read-out code: what a household reads over the phone so the helpdesk knows it looks at the
/// same checkup. "K7Q2-M9X4-3-5-12-R" is the checkup id in two groups of four (Crockford base32),
/// the number of urgent, important and advice findings in decimal, and one check character.
///
/// The check character is a Damm check over the quasigroup x∘y = α·x ⊕ y of GF(32) (α a root of
/// the primitive polynomial x⁵ + x² + 1, so α·x is "shift left, XOR 0b100101 on overflow"):
///   r = 0; for each symbol v: r = α·r ⊕ v;   check = α·r,
/// so that running the symbols and the check together ends in 0. The symbols are the id's eight
/// characters as Crockford values (0–31), then for each count a separator symbol (10) followed by
/// its decimal digits (0–9); the dashes between the id's groups and before the check do not count.
/// The result is Σ vᵢ·αⁿ⁻ⁱ⁺¹ in GF(32): a change of one symbol changes it by a non-zero multiple of
/// a power of α, and swapping neighbours a ≠ b by (a ⊕ b)·αᵏ·(α ⊕ 1) ≠ 0, so every single
/// substitution and every adjacent transposition of the id and the counts (a digit with the
/// separator beside it included, "5-12" ↔ "51-2") is caught; so are jump transpositions and twin
/// errors. Every other single change breaks the code's shape (counts never have leading zeros).
/// The check value (0–31) is written as a Crockford character.
struct ReadoutParts {
    std::string checkupId;  ///< 8 Crockford base32 characters, upper case
    int urgent = 0;
    int important = 0;
    int advice = 0;

    bool operator==(const ReadoutParts&) const = default;
};

/// Counts above this are written as this.
inline constexpr int maxReadoutCount = 9999;

/// The code, e.g. "K7Q2-M9X4-3-5-12-R". Counts are clamped to 0…maxReadoutCount. The id may be
/// given in lower case or with Crockford's look-alikes; empty when it is not 8 base32 characters.
std::string readoutCode(std::string_view checkupId, int urgent, int important, int advice);

/// Reads a code as a person may type it: any case, a space instead of any dash, O for 0, I and L
/// for 1 in the id and the check, the id with or without its middle dash, spaces around the whole.
/// Exactly one separator between groups; counts without leading zeros. Nullopt when the shape or
/// the check character is wrong.
std::optional<ReadoutParts> parseReadoutCode(std::string_view code);

/// Whether parseReadoutCode() accepts the code.
bool readoutCodeValid(std::string_view code);

}  // namespace voordeur::core::checkup
