// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/Strength.h"

#include "core/passwords/Secret.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using voordeur::core::passwords::dutchWords;
using voordeur::core::passwords::Secret;
using voordeur::core::passwords::Strength;
using voordeur::core::passwords::StrengthChecker;
using voordeur::core::passwords::Weakness;

namespace Catch {
template <> struct StringMaker<Weakness> {
    static std::string convert(Weakness weakness)
    {
        switch (weakness) {
        case Weakness::TooShort:
            return "TooShort";
        case Weakness::CommonWord:
            return "CommonWord";
        case Weakness::CommonWordLeet:
            return "CommonWordLeet";
        case Weakness::HouseholdWord:
            return "HouseholdWord";
        case Weakness::KeyboardPattern:
            return "KeyboardPattern";
        case Weakness::Repeat:
            return "Repeat";
        case Weakness::Sequence:
            return "Sequence";
        case Weakness::Date:
            return "Date";
        case Weakness::Year:
            return "Year";
        }
        return "Weakness(?)";
    }
};
}  // namespace Catch

namespace {

Strength check(const StrengthChecker& checker, std::string_view password)
{
    return checker.check(Secret(password));
}

bool has(const Strength& strength, Weakness weakness)
{
    return std::find(strength.weaknesses.begin(), strength.weaknesses.end(), weakness) != strength.weaknesses.end();
}

}  // namespace

TEST_CASE("zxcvbn scores a table of known passwords, Dutch ones included", "[passwords][strength]")
{
    struct Known {
        std::string_view password;
        int minScore;
        int maxScore;
        std::vector<Weakness> weaknesses;  // exactly these, in this order
    };
    const std::vector<Known> table = {
        // Dutch passwords zxcvbn's English lists miss; Voordeur's Dutch list catches them.
        {"wachtwoord", 0, 0, {Weakness::CommonWord}},
        {"welkom01", 0, 0, {Weakness::CommonWord}},
        {"geheim123", 0, 1, {Weakness::CommonWord, Weakness::Sequence}},
        // Too short counts for the whole password, so it comes before the leet word.
        {"W3lk0m!", 0, 0, {Weakness::TooShort, Weakness::CommonWordLeet}},
        // Keyboard walks and sequences zxcvbn-c knows as common passwords are named as the pattern.
        {"qwertyuiop", 0, 1, {Weakness::KeyboardPattern}},
        {"1qaz2wsx", 0, 0, {Weakness::KeyboardPattern}},
        {"ujmnhyt", 1, 2, {Weakness::KeyboardPattern, Weakness::TooShort}},
        {"aaaaaaaa", 0, 0, {Weakness::Repeat}},
        {"abcdefgh", 0, 0, {Weakness::Sequence}},
        {"12345678", 0, 0, {Weakness::Sequence}},
        {"14-05-2018", 1, 1, {Weakness::Date}},
        {"feyenoord1908", 1, 1, {Weakness::CommonWord, Weakness::Year}},
        {"voetbal123", 0, 0, {Weakness::CommonWord, Weakness::Sequence}},
        {"qwerty123", 0, 0, {Weakness::KeyboardPattern, Weakness::Sequence}},
        {"111111", 0, 0, {Weakness::Repeat, Weakness::TooShort}},
        {"p@ssw0rd", 0, 0, {Weakness::CommonWordLeet}},
        // Words whose letters merely sit next to each other on the keyboard stay words. On a tie with
        // TooShort the part's weakness comes first.
        {"were", 0, 0, {Weakness::CommonWord, Weakness::TooShort}},
        {"september", 0, 0, {Weakness::CommonWord}},
    };
    const StrengthChecker checker;
    for (const auto& known : table) {
        CAPTURE(known.password);
        const auto strength = check(checker, known.password);
        CHECK(strength.score >= known.minScore);
        CHECK(strength.score <= known.maxScore);
        CHECK(strength.weaknesses == known.weaknesses);
    }
}

TEST_CASE("A long random password or passphrase scores 4 and is not too short", "[passwords][strength]")
{
    const StrengthChecker checker;
    for (const std::string_view password : {"Ql9#vTz!e2Rk@u7Wn", "grutto Vyx9 rimpel tango 47 brokaat!"}) {
        CAPTURE(password);
        const auto strength = check(checker, password);
        CHECK(strength.score == 4);
        CHECK(strength.guessesLog10 > 10.0);
        CHECK_FALSE(has(strength, Weakness::TooShort));
    }
}

TEST_CASE("A household word in the password is named as such, and makes the password weaker", "[passwords][strength]")
{
    const StrengthChecker plain;
    const StrengthChecker household({"Hikvision"});

    const auto with = check(household, "hikvision2024");
    CHECK(with.weaknesses == std::vector<Weakness> {Weakness::HouseholdWord, Weakness::Year});
    CHECK(with.score == 0);

    const auto without = check(plain, "hikvision2024");
    CHECK_FALSE(has(without, Weakness::HouseholdWord));
    CHECK(without.guessesLog10 > with.guessesLog10 + 2.0);

    // Case and look-alike characters do not hide it.
    CHECK(has(check(household, "HIKVISION2024"), Weakness::HouseholdWord));
    CHECK(has(check(household, "H1kv1s10n!2024"), Weakness::HouseholdWord));
    CHECK_FALSE(has(check(plain, "H1kv1s10n!2024"), Weakness::HouseholdWord));
}

TEST_CASE("A network name counts as household words, whole and split at spaces, dashes and underscores",
    "[passwords][strength]")
{
    const StrengthChecker plain;
    const StrengthChecker household({"Villa-Zonnehoek_5G"});

    // "zonnehoek" is in no list: only the split makes it a household word.
    const auto part = check(household, "zonnehoek1987");
    CHECK(part.weaknesses.front() == Weakness::HouseholdWord);
    CHECK(part.score < check(plain, "zonnehoek1987").score);
    CHECK_FALSE(has(check(plain, "zonnehoek1987"), Weakness::HouseholdWord));

    // The whole name counts too.
    CHECK(check(household, "Villa-Zonnehoek_5G").weaknesses == std::vector<Weakness> {Weakness::HouseholdWord});

    // "ziggo" is on the Dutch list, so it is a common word, and a household word once it is the
    // household's provider.
    const auto ziggo = check(StrengthChecker({"Ziggo-5G-Thuis"}), "ziggo73651");
    CHECK(ziggo.weaknesses.front() == Weakness::HouseholdWord);
    CHECK(check(plain, "ziggo73651").weaknesses.front() == Weakness::CommonWord);

    // Parts shorter than three characters ("5G") are no household words.
    CHECK_FALSE(has(check(StrengthChecker({"5G"}), "5G5G5G5G-tandem"), Weakness::HouseholdWord));
}

TEST_CASE("A copy of a checker keeps working after the original is gone", "[passwords][strength]")
{
    const auto makeCopy = [] {
        const StrengthChecker original({"Hikvision"});
        StrengthChecker copy = original;
        return copy;
    };
    const StrengthChecker copy = makeCopy();
    CHECK(check(copy, "hikvision2024").weaknesses.front() == Weakness::HouseholdWord);
}

TEST_CASE("An empty password scores 0 and is too short", "[passwords][strength]")
{
    const auto strength = check(StrengthChecker(), "");
    CHECK(strength.score == 0);
    CHECK(strength.guessesLog10 == 0.0);
    CHECK(strength.weaknesses == std::vector<Weakness> {Weakness::TooShort});
}

TEST_CASE("Password length counts UTF-8 characters, not bytes", "[passwords][strength]")
{
    const StrengthChecker checker;
    // Seven characters in fourteen bytes: too short.
    CHECK(has(check(checker, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"), Weakness::TooShort));
    // Eight characters: long enough.
    CHECK_FALSE(
        has(check(checker, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"), Weakness::TooShort));
    // Seven ASCII characters and eight: the same line.
    CHECK(has(check(checker, "Xq7#pLz"), Weakness::TooShort));
    CHECK_FALSE(has(check(checker, "Xq7#pLzv"), Weakness::TooShort));
}

TEST_CASE("The Dutch word list is built in, lower case and without duplicates", "[passwords][strength]")
{
    const auto words = dutchWords();
    REQUIRE(words.size() >= 400);
    for (const std::string_view expected : {"welkom", "wachtwoord", "geheim", "feyenoord", "ziggo", "thuis"}) {
        CAPTURE(expected);
        CHECK(std::find(words.begin(), words.end(), expected) != words.end());
    }
    for (const auto word : words) {
        CAPTURE(word);
        CHECK(word.size() >= 3);
        CHECK(word.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ #\t") == std::string_view::npos);
    }
    std::vector<std::string_view> sorted(words.begin(), words.end());
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}
