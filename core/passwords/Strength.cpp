// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/Strength.h"

#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>

namespace voordeur::core::passwords {

namespace {

constexpr std::string_view kDutchWords[] = {
#include "core/passwords/DutchWords.inc"
};

/// Household words shorter than this are ignored, and matched parts shorter than this are too small to
/// name a weakness after (zxcvbn-c reports single characters as leet "words").
constexpr std::size_t kMinWordLength = 3;
constexpr std::size_t kMinPasswordLength = 8;

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Counts UTF-8 code points: every byte that does not continue a sequence starts one.
std::size_t codePoints(std::string_view bytes)
{
    return static_cast<std::size_t>(std::count_if(
        bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// zxcvbn-c's own leet table: the letters each typed character may stand for.
struct Leet {
    char typed;
    std::string_view letters;
};
constexpr std::array<Leet, 20> kLeet = {{{'!', "i"}, {'$', "s"}, {'%', "x"}, {'(', "c"}, {'+', "t"}, {'0', "o"},
    {'1', "il"}, {'2', "z"}, {'3', "e"}, {'4', "a"}, {'5', "s"}, {'6', "g"}, {'7', "lt"}, {'8', "b"}, {'9', "g"},
    {'<', "c"}, {'@', "a"}, {'[', "c"}, {'{', "c"}, {'|', "il"}}};

/// Whether a typed character stands for a (lower-case) letter, ignoring case and undoing leet.
bool standsFor(char typed, char letter)
{
    if (lower(typed) == letter) {
        return true;
    }
    const auto* leet = std::find_if(kLeet.begin(), kLeet.end(), [typed](const Leet& l) { return l.typed == typed; });
    return leet != kLeet.end() && leet->letters.find(letter) != std::string_view::npos;
}

/// Whether `part` (a view into guarded memory, not copied) contains `word` as `standsFor` reads it.
bool containsWord(std::string_view part, std::string_view word)
{
    if (word.empty() || word.size() > part.size()) {
        return false;
    }
    for (std::size_t start = 0; start + word.size() <= part.size(); ++start) {
        std::size_t i = 0;
        while (i < word.size() && standsFor(part[start + i], word[i])) {
            ++i;
        }
        if (i == word.size()) {
            return true;
        }
    }
    return false;
}

/// Whether `part` is `word`, ignoring case only.
bool isWord(std::string_view part, std::string_view word)
{
    return part.size() == word.size()
        && std::equal(
            part.begin(), part.end(), word.begin(), [](char typed, char letter) { return lower(typed) == letter; });
}

/// Whether every character of `part` lies in a run of at least three in which each step between
/// neighbours goes the same way. `step` gives the way from one character to the next, or 0 when the
/// two do not follow each other.
template <typename Step> bool coveredByStraightRuns(std::string_view part, Step step)
{
    if (part.size() < 4) {
        return false;
    }
    std::size_t runStart = 0;
    int runStep = 0;
    std::size_t coveredEnd = 0;  // characters before this lie in a long enough run
    const auto closeRun = [&](std::size_t end) {
        if (end - runStart < 3) {
            return true;
        }
        if (runStart > coveredEnd) {
            return false;  // a gap no run covers
        }
        coveredEnd = end;
        return true;
    };
    for (std::size_t i = 1; i < part.size(); ++i) {
        const int s = step(part[i - 1], part[i]);
        if (s != 0 && (runStep == 0 || s == runStep)) {
            runStep = s;
            continue;
        }
        if (!closeRun(i)) {
            return false;
        }
        // A turn starts the next run on the key where it turns; a jump starts it after.
        runStart = s != 0 ? i - 1 : i;
        runStep = s;
    }
    return closeRun(part.size()) && coveredEnd == part.size();
}

/// abcd, 1234, 4321: +1 or -1 between neighbouring digits or letters.
int sequenceStep(char from, char to)
{
    const char a = lower(from);
    const char b = lower(to);
    const bool digits = a >= '0' && a <= '9' && b >= '0' && b <= '9';
    const bool letters = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
    if ((digits || letters) && (b - a == 1 || b - a == -1)) {
        return b - a;
    }
    return 0;
}

/// The way from one key to a neighbouring key on a (US/UK/NL) QWERTY keyboard, 0 when not neighbours.
/// Each row sits half a key to the right of the one above it.
int keyboardStep(char from, char to)
{
    static constexpr std::array<std::string_view, 4> kRows
        = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"};
    const auto find = [](char key, int& row, int& column) {
        for (std::size_t r = 0; r < kRows.size(); ++r) {
            const auto c = kRows[r].find(lower(key));
            if (c != std::string_view::npos) {
                row = static_cast<int>(r);
                column = static_cast<int>(c);
                return true;
            }
        }
        return false;
    };
    int fromRow = 0;
    int fromColumn = 0;
    int toRow = 0;
    int toColumn = 0;
    if (!find(from, fromRow, fromColumn) || !find(to, toRow, toColumn)) {
        return 0;
    }
    const int down = toRow - fromRow;
    const int right = toColumn - fromColumn;
    const bool neighbours = (down == 0 && (right == 1 || right == -1)) || (down == 1 && (right == 0 || right == -1))
        || (down == -1 && (right == 0 || right == 1));
    return neighbours ? (down + 2) * 8 + (right + 2) : 0;
}

bool isOneCharacterRepeated(std::string_view part)
{
    return part.size() >= kMinWordLength && part.find_first_not_of(part.front()) == std::string_view::npos;
}

/// zxcvbn-c ranks its own list of common passwords above its pattern matchers, so "qwertyuiop",
/// "1qaz2wsx", "12345678" and "111111" come back as dictionary words. The pattern is the better advice.
Weakness dictionaryWeakness(std::string_view part)
{
    // Before the keyboard: 1234 is a walk along the number row too, but a sequence is the plainer name.
    if (coveredByStraightRuns(part, sequenceStep)) {
        return Weakness::Sequence;
    }
    if (coveredByStraightRuns(part, keyboardStep)) {
        return Weakness::KeyboardPattern;
    }
    if (isOneCharacterRepeated(part)) {
        return Weakness::Repeat;
    }
    return Weakness::CommonWord;
}

struct FreeMatches {
    void operator()(ZxcMatch_t* matches) const { ZxcvbnFreeInfo(matches); }
};
using MatchList = std::unique_ptr<ZxcMatch_t, FreeMatches>;

/// zxcvbn's scale, from the original zxcvbn: each step is about a hundred times as many guesses.
int scoreFor(double guesses)
{
    constexpr double kDelta = 5;
    if (guesses < 1e3 + kDelta) {
        return 0;
    }
    if (guesses < 1e6 + kDelta) {
        return 1;
    }
    if (guesses < 1e8 + kDelta) {
        return 2;
    }
    if (guesses < 1e10 + kDelta) {
        return 3;
    }
    return 4;
}

/// Adds up, per weakness, how many characters it covers, keeping the order they were first seen in.
class WeaknessTally final
{
public:
    void add(Weakness weakness, std::size_t characters)
    {
        auto found = std::find_if(
            m_entries.begin(), m_entries.end(), [weakness](const Entry& e) { return e.weakness == weakness; });
        if (found == m_entries.end()) {
            m_entries.push_back({weakness, characters});
        } else {
            found->characters += characters;
        }
    }

    std::vector<Weakness> mostCoveringFirst()
    {
        std::stable_sort(m_entries.begin(), m_entries.end(),
            [](const Entry& a, const Entry& b) { return a.characters > b.characters; });
        std::vector<Weakness> result;
        result.reserve(m_entries.size());
        for (const auto& entry : m_entries) {
            result.push_back(entry.weakness);
        }
        return result;
    }

private:
    struct Entry {
        Weakness weakness;
        std::size_t characters;
    };
    std::vector<Entry> m_entries;
};

}  // namespace

struct StrengthChecker::Dictionary {
    std::vector<std::string> household;  ///< lower-cased, each once
    /// Household words first (zxcvbn ranks a word by its place), then the Dutch list; ends with nullptr.
    std::vector<const char*> zxcvbnWords;
};

StrengthChecker::StrengthChecker(std::vector<std::string> householdWords)
{
    auto dictionary = std::make_shared<Dictionary>();
    auto& household = dictionary->household;
    const auto addWord = [&household](std::string_view word) {
        if (codePoints(word) < kMinWordLength) {
            return;
        }
        std::string lowered(word);
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), lower);
        if (std::find(household.begin(), household.end(), lowered) == household.end()) {
            household.push_back(std::move(lowered));
        }
    };
    for (const auto& word : householdWords) {
        addWord(word);
        // "Ziggo-5G-Thuis" also gives "ziggo" and "thuis": people type the parts of a network name.
        std::size_t start = 0;
        while (start < word.size()) {
            const auto end = std::min(word.find_first_of(" -_", start), word.size());
            if (start > 0 || end < word.size()) {
                addWord(std::string_view(word).substr(start, end - start));
            }
            start = end + 1;
        }
    }

    // `household` no longer changes, so the pointers into it stay valid.
    dictionary->zxcvbnWords.reserve(household.size() + std::size(kDutchWords) + 1);
    for (const auto& word : household) {
        dictionary->zxcvbnWords.push_back(word.c_str());
    }
    for (const auto word : kDutchWords) {
        dictionary->zxcvbnWords.push_back(word.data());  // string literals end in NUL
    }
    dictionary->zxcvbnWords.push_back(nullptr);
    m_dictionary = std::move(dictionary);
}

Strength StrengthChecker::check(const Secret& password) const
{
    // zxcvbn wants a C string; the NUL goes on a guarded copy, never on a std::string.
    Secret withNul = password.duplicate();
    withNul.append('\0');
    const std::string_view bytes = password.reveal();

    ZxcMatch_t* rawMatches = nullptr;
    // zxcvbn-c declares the word array without const but only reads it.
    const double entropyBits
        = ZxcvbnMatch(withNul.reveal().data(), const_cast<const char**>(m_dictionary->zxcvbnWords.data()), &rawMatches);
    const MatchList matches(rawMatches);

    Strength strength;
    strength.guessesLog10 = entropyBits * std::log10(2.0);
    strength.score = scoreFor(std::exp2(entropyBits));

    const auto isHousehold = [this](std::string_view part) {
        return std::any_of(m_dictionary->household.begin(), m_dictionary->household.end(),
            [part](const std::string& word) { return containsWord(part, word); });
    };

    const auto isDutchWord = [](std::string_view part) {
        return std::any_of(std::begin(kDutchWords), std::end(kDutchWords),
            [part](std::string_view word) { return isWord(part, word); });
    };

    WeaknessTally tally;
    for (const ZxcMatch_t* match = matches.get(); match != nullptr; match = match->Next) {
        // Begin and Length count bytes; a part always lies inside the password, but do not trust it blindly.
        const auto begin = std::min(static_cast<std::size_t>(std::max(match->Begin, 0)), bytes.size());
        const auto length = std::min(static_cast<std::size_t>(std::max(match->Length, 0)), bytes.size() - begin);
        const std::string_view part = bytes.substr(begin, length);
        const std::size_t characters = codePoints(part);
        if (characters < kMinWordLength) {
            continue;
        }
        const auto type = static_cast<int>(match->Type) & ~static_cast<int>(MULTIPLE_MATCH);
        switch (type) {
        case DICTIONARY_MATCH:
            tally.add(isHousehold(part) ? Weakness::HouseholdWord : dictionaryWeakness(part), characters);
            break;
        // The user dictionary holds the Dutch list too, so a user word is a household word only when
        // it is (or contains) one.
        case USER_MATCH:
            tally.add(isHousehold(part) ? Weakness::HouseholdWord : Weakness::CommonWord, characters);
            break;
        case DICT_LEET_MATCH:
            tally.add(isHousehold(part) ? Weakness::HouseholdWord : Weakness::CommonWordLeet, characters);
            break;
        // zxcvbn-c also reports a listed word with digits in it ("welkom01") as leet; it is not.
        case USER_LEET_MATCH:
            tally.add(isHousehold(part) ? Weakness::HouseholdWord
                    : isDutchWord(part) ? Weakness::CommonWord
                                        : Weakness::CommonWordLeet,
                characters);
            break;
        case SPATIAL_MATCH:
            tally.add(Weakness::KeyboardPattern, characters);
            break;
        case REPEATS_MATCH:
            tally.add(Weakness::Repeat, characters);
            break;
        case SEQUENCE_MATCH:
            tally.add(Weakness::Sequence, characters);
            break;
        // zxcvbn-c finds a bare year as its four-character date format "yyyy" (all other formats are longer).
        case DATE_MATCH:
            tally.add(characters == 4 ? Weakness::Year : Weakness::Date, characters);
            break;
        case YEAR_MATCH:
            tally.add(Weakness::Year, characters);
            break;
        default:  // brute force, the unexamined tail of a long password: no pattern to name
            break;
        }
    }

    const std::size_t length = codePoints(bytes);
    if (length < kMinPasswordLength) {
        tally.add(Weakness::TooShort, length);
    }
    strength.weaknesses = tally.mostCoveringFirst();
    return strength;
}

std::span<const std::string_view> dutchWords()
{
    return kDutchWords;
}

}  // namespace voordeur::core::passwords
