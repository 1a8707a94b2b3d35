// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/passwords/Secret.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::passwords {

/// What makes a password easy to guess, as zxcvbn finds it in a part of the password.
enum class Weakness {
    TooShort,         ///< fewer than 8 characters
    CommonWord,       ///< a word or password from zxcvbn's lists or Voordeur's Dutch list
    CommonWordLeet,   ///< the same with look-alike substitutions (w3lk0m)
    HouseholdWord,    ///< a word of this household: a device's maker or model, the network name, …
    KeyboardPattern,  ///< qwerty, 1qaz2wsx, asdf
    Repeat,           ///< aaaa, abcabc
    Sequence,         ///< abcd, 1234, 9876
    Date,             ///< 14-05-2018, 140518
    Year,             ///< 1987, 2024
};

/// zxcvbn's verdict on one password.
struct Strength {
    int score = 0;              ///< 0 (guessed at once) … 4 (very hard to guess), zxcvbn's scale
    double guessesLog10 = 0.0;  ///< log10 of the estimated number of guesses
    /// Each weakness once, the one covering most of the password first. TooShort counts as covering
    /// the whole password; on a tie the weakness of a part comes first.
    std::vector<Weakness> weaknesses;

    bool operator==(const Strength&) const = default;
};

/// Estimates strength with zxcvbn-c. Household words and Voordeur's list of common Dutch words and
/// passwords (resources/passwords/) count against a password as dictionary words do.
class StrengthChecker final
{
public:
    /// `householdWords`: words that are not secret but belong to this household (the network name,
    /// the makers and models of its devices, names the user typed elsewhere). Short words (fewer
    /// than 3 characters) are ignored; case does not matter.
    explicit StrengthChecker(std::vector<std::string> householdWords = {});

    /// The password stays in guarded memory: zxcvbn reads a guarded copy, and the parts it matched
    /// are compared with the household words in place.
    Strength check(const Secret& password) const;

private:
    struct Dictionary;
    /// The household words and the word array zxcvbn reads, built once; copies share it.
    std::shared_ptr<const Dictionary> m_dictionary;
};

/// Voordeur's built-in list of common Dutch words and passwords (lower case, built into the
/// program from resources/passwords/).
std::span<const std::string_view> dutchWords();

}  // namespace voordeur::core::passwords
