// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/PasswordCheckup.h"

#include <algorithm>
#include <array>
#include <utility>

namespace voordeur::core::passwords {

namespace {

void report(
    PasswordCheckupObserver* observer, PasswordCheckupObserver::Stage stage, std::size_t done, std::size_t total)
{
    if (observer != nullptr) {
        observer->onProgress(stage, done, total);
    }
}

/// Passes the breach lookup's progress on as the checkup's.
class BreachProgress final : public BreachObserver
{
public:
    explicit BreachProgress(PasswordCheckupObserver* observer)
        : m_observer(observer)
    { }
    void onPrefixDone(std::size_t done, std::size_t total) override
    {
        report(m_observer, PasswordCheckupObserver::Stage::BreachLookup, done, total);
    }

private:
    PasswordCheckupObserver* m_observer;
};

void compareWithRemembered(
    const ReuseFingerprints& current, const std::vector<RememberedFingerprint>& remembered, PasswordVerdict& verdict)
{
    for (const RememberedFingerprint& earlier : remembered) {
        if (earlier.fingerprints.exact == current.exact) {
            verdict.sameAsEarlier.push_back(earlier.label);
        } else if (current.core && earlier.fingerprints.core && *current.core == *earlier.fingerprints.core) {
            verdict.nearlySameAsEarlier.push_back(earlier.label);
        }
    }
}

}  // namespace

PasswordCheckupResult checkPasswords(std::span<const PasswordEntry> entries, const PasswordCheckupOptions& options,
    std::stop_token stop, PasswordCheckupObserver* observer)
{
    using Stage = PasswordCheckupObserver::Stage;
    PasswordCheckupResult result;
    result.salt = options.salt;
    result.verdicts.resize(entries.size());

    const StrengthChecker strength(options.householdWords);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        result.verdicts[i].strength = strength.check(entries[i].password);
        if (options.catalog != nullptr) {
            result.verdicts[i].factory
                = matchFactoryDefault(entries[i].password, *options.catalog, entries[i].vendorId, entries[i].model);
            // zxcvbn does not know the factory and botnet lists: a password on them is guessed at once.
            if (result.verdicts[i].factory.match != FactoryMatch::None) {
                Strength& judged = result.verdicts[i].strength;
                judged.score = 0;
                judged.guessesLog10 = std::min(judged.guessesLog10, 2.0);
                std::erase(judged.weaknesses, Weakness::CommonWord);
                judged.weaknesses.insert(judged.weaknesses.begin(), Weakness::CommonWord);
            }
        }
        report(observer, Stage::Strength, i + 1, entries.size());
    }

    // Argon2id is the slow part (about a tenth of a second each): check for a stop between entries.
    std::vector<bool> fingerprinted(entries.size(), false);
    result.fingerprints.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (stop.stop_requested()) {
            result.cancelled = true;
            break;
        }
        auto fingerprints = fingerprintForReuse(entries[i].password, options.salt, options.cost);
        if (fingerprints) {
            result.fingerprints[i] = std::move(*fingerprints);
            fingerprinted[i] = true;
            compareWithRemembered(result.fingerprints[i], options.remembered, result.verdicts[i]);
        } else {
            result.verdicts[i].reuseError = fingerprints.error().code;
        }
        report(observer, Stage::Fingerprints, i + 1, entries.size());
    }
    // Entries without a fingerprint must not look equal to each other through their zeroed arrays.
    std::vector<ReuseFingerprints> comparable;
    std::vector<std::size_t> entryOf;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (fingerprinted[i]) {
            comparable.push_back(result.fingerprints[i]);
            entryOf.push_back(i);
        }
    }
    const ReuseGroups groups = groupReuse(comparable);
    for (std::size_t k = 0; k < comparable.size(); ++k) {
        PasswordVerdict& verdict = result.verdicts[entryOf[k]];
        for (std::size_t other : groups.sameAs[k]) {
            verdict.sameAs.push_back(entryOf[other]);
        }
        for (std::size_t other : groups.nearlySameAs[k]) {
            verdict.nearlySameAs.push_back(entryOf[other]);
        }
    }

    if (options.breachLookup && !result.cancelled) {
        std::vector<const Secret*> passwords;
        passwords.reserve(entries.size());
        for (const PasswordEntry& entry : entries) {
            passwords.push_back(&entry.password);
        }
        BreachProgress progress(observer);
        std::vector<BreachVerdict> breaches = lookUpBreaches(passwords, options.breachSource, stop, &progress);
        for (std::size_t i = 0; i < entries.size() && i < breaches.size(); ++i) {
            result.verdicts[i].breachChecked = true;
            result.verdicts[i].breach = std::move(breaches[i]);
        }
        result.cancelled = stop.stop_requested();
    }
    return result;
}

std::vector<CheckedPassword> withoutPasswords(
    std::span<const PasswordEntry> entries, const std::vector<PasswordVerdict>& verdicts)
{
    std::vector<CheckedPassword> checked;
    checked.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size() && i < verdicts.size(); ++i) {
        const PasswordEntry& entry = entries[i];
        checked.push_back({entry.label, entry.kind, entry.device, entry.vendorId, entry.model, verdicts[i]});
    }
    return checked;
}

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view key)
{
    for (const auto& [value, name] : table) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view toKey(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name;
        }
    }
    return "unknown";
}

constexpr std::array<std::pair<EntryKind, std::string_view>, 4> kEntryKinds {{
    {EntryKind::RouterAdmin, "router_admin"},
    {EntryKind::Wifi, "wifi"},
    {EntryKind::Device, "device"},
    {EntryKind::Account, "account"},
}};

constexpr std::array<std::pair<Weakness, std::string_view>, 9> kWeaknesses {{
    {Weakness::TooShort, "too_short"},
    {Weakness::CommonWord, "common_word"},
    {Weakness::CommonWordLeet, "common_word_leet"},
    {Weakness::HouseholdWord, "household_word"},
    {Weakness::KeyboardPattern, "keyboard_pattern"},
    {Weakness::Repeat, "repeat"},
    {Weakness::Sequence, "sequence"},
    {Weakness::Date, "date"},
    {Weakness::Year, "year"},
}};

constexpr std::array<std::pair<FactoryMatch, std::string_view>, 4> kFactoryMatches {{
    {FactoryMatch::None, "none"},
    {FactoryMatch::ThisModel, "this_model"},
    {FactoryMatch::ThisVendor, "this_vendor"},
    {FactoryMatch::BotnetList, "botnet_list"},
}};

constexpr std::array<std::pair<BreachStatus, std::string_view>, 3> kBreachStatuses {{
    {BreachStatus::Found, "found"},
    {BreachStatus::NotFound, "not_found"},
    {BreachStatus::NotChecked, "not_checked"},
}};

constexpr std::array<std::pair<BreachFailure, std::string_view>, 11> kBreachFailures {{
    {BreachFailure::None, "none"},
    {BreachFailure::BadUrl, "bad_url"},
    {BreachFailure::NetworkSwitchedOff, "network_switched_off"},
    {BreachFailure::Unreachable, "unreachable"},
    {BreachFailure::Timeout, "timeout"},
    {BreachFailure::TlsFailure, "tls_failure"},
    {BreachFailure::HttpStatus, "http_status"},
    {BreachFailure::Malformed, "malformed"},
    {BreachFailure::TooLarge, "too_large"},
    {BreachFailure::Cancelled, "cancelled"},
    {BreachFailure::Unavailable, "unavailable"},
}};

}  // namespace

std::string_view entryKindKey(EntryKind kind)
{
    return toKey(kEntryKinds, kind);
}

std::optional<EntryKind> entryKindFromKey(std::string_view key)
{
    return fromKey(kEntryKinds, key);
}

std::string_view weaknessKey(Weakness weakness)
{
    return toKey(kWeaknesses, weakness);
}

std::string_view factoryMatchKey(FactoryMatch match)
{
    return toKey(kFactoryMatches, match);
}

std::string_view breachStatusKey(BreachStatus status)
{
    return toKey(kBreachStatuses, status);
}

std::string_view breachFailureKey(BreachFailure failure)
{
    return toKey(kBreachFailures, failure);
}

}  // namespace voordeur::core::passwords
