// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/PasswordCheckup.h"

#include "tests/core/RealKnowledge.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stop_token>
#include <string>
#include <vector>

using namespace voordeur::core::passwords;
using voordeur::tests::realCatalog;

namespace {

PasswordEntry entry(std::string label, EntryKind kind, std::string_view password,
    std::optional<std::string> vendor = std::nullopt, std::optional<std::string> model = std::nullopt)
{
    PasswordEntry made;
    made.label = std::move(label);
    made.kind = kind;
    made.vendorId = std::move(vendor);
    made.model = std::move(model);
    made.password = Secret(password);
    return made;
}

std::vector<PasswordEntry> household()
{
    std::vector<PasswordEntry> entries;
    entries.push_back(entry("Router", EntryKind::RouterAdmin, "admin", "asus", "RT-N10U"));
    entries.push_back(entry("Wifi", EntryKind::Wifi, "Welkom01!"));
    entries.push_back(entry("Camera tuin", EntryKind::Device, "welkom02", "hikvision", "DS-2CD2143G0-I"));
    entries.push_back(entry("Mail", EntryKind::Account, "Welkom01!"));
    entries.push_back(entry("NAS", EntryKind::Device, "kaNtoor-Lamp-Fiets-72!", "synology"));
    return entries;
}

PasswordCheckupOptions cheapOptions()
{
    PasswordCheckupOptions options;
    options.cost = {1, 8192};
    options.catalog = &realCatalog();
    options.householdWords = {"Ziggo-5G-Thuis"};
    return options;
}

struct Progress final : PasswordCheckupObserver {
    std::vector<std::pair<Stage, std::size_t>> calls;
    std::stop_source* stopAfterFirstFingerprint = nullptr;
    void onProgress(Stage stage, std::size_t done, std::size_t total) override
    {
        calls.emplace_back(stage, done);
        CHECK(done <= total);
        if (stage == Stage::Fingerprints && stopAfterFirstFingerprint != nullptr) {
            stopAfterFirstFingerprint->request_stop();
        }
    }
};

}  // namespace

TEST_CASE("A household's passwords get strength, reuse and factory verdicts", "[passwords][checkup]")
{
    const auto entries = household();
    Progress progress;
    const PasswordCheckupResult result = checkPasswords(entries, cheapOptions(), {}, &progress);
    REQUIRE(result.verdicts.size() == entries.size());
    REQUIRE_FALSE(result.cancelled);
    const auto& v = result.verdicts;

    CHECK(v[0].factory.match == FactoryMatch::ThisModel);
    CHECK(v[0].strength.score == 0);
    REQUIRE_FALSE(v[0].strength.weaknesses.empty());
    CHECK(v[0].strength.weaknesses.front() == Weakness::CommonWord);
    CHECK(v[1].sameAs == std::vector<std::size_t> {3});
    CHECK(v[3].sameAs == std::vector<std::size_t> {1});
    CHECK(v[1].nearlySameAs == std::vector<std::size_t> {2});
    CHECK(v[2].nearlySameAs == std::vector<std::size_t> {1, 3});
    CHECK(v[4].sameAs.empty());
    CHECK(v[4].nearlySameAs.empty());
    CHECK(v[4].strength.score >= 3);
    CHECK(v[4].factory.match == FactoryMatch::None);
    // Without consent the breach service is not asked.
    for (const PasswordVerdict& verdict : v) {
        CHECK_FALSE(verdict.breachChecked);
        CHECK(verdict.breach.status == BreachStatus::NotChecked);
    }
    // Progress: every entry in both stages, in order.
    const auto count = [&](PasswordCheckupObserver::Stage stage) {
        return std::count_if(progress.calls.begin(), progress.calls.end(), [&](auto& c) { return c.first == stage; });
    };
    CHECK(count(PasswordCheckupObserver::Stage::Strength) == 5);
    CHECK(count(PasswordCheckupObserver::Stage::Fingerprints) == 5);
    CHECK(count(PasswordCheckupObserver::Stage::BreachLookup) == 0);
}

TEST_CASE("A botnet-list password counts as guessed at once, whatever zxcvbn thinks of it", "[passwords][checkup]")
{
    std::vector<PasswordEntry> entries;
    entries.push_back(entry("Camera", EntryKind::Device, "xc3511"));
    const StrengthChecker plain;
    REQUIRE(plain.check(entries[0].password).score > 0);  // zxcvbn alone does not know the Mirai list
    const auto result = checkPasswords(entries, cheapOptions(), {});
    CHECK(result.verdicts[0].factory.match == FactoryMatch::BotnetList);
    CHECK(result.verdicts[0].strength.score == 0);
    CHECK(result.verdicts[0].strength.weaknesses.front() == Weakness::CommonWord);
}

TEST_CASE("Remembered fingerprints from an earlier checkup reveal reuse across checkups", "[passwords][checkup]")
{
    auto options = cheapOptions();
    std::vector<PasswordEntry> earlier;
    earlier.push_back(entry("Oude router", EntryKind::RouterAdmin, "Welkom01!"));
    earlier.push_back(entry("Bank", EntryKind::Account, "Zomer2023"));
    const auto first = checkPasswords(earlier, options, {});
    options.remembered = {{"Oude router", first.fingerprints[0]}, {"Bank", first.fingerprints[1]}};
    options.salt = first.salt;

    const auto second = checkPasswords(household(), options, {});
    CHECK(second.verdicts[1].sameAsEarlier == std::vector<std::string> {"Oude router"});
    CHECK(second.verdicts[2].nearlySameAsEarlier == std::vector<std::string> {"Oude router"});
    CHECK(second.verdicts[4].sameAsEarlier.empty());

    // Under a fresh salt the remembered fingerprints say nothing.
    options.salt = ReuseSalt::random();
    const auto unsalted = checkPasswords(household(), options, {});
    CHECK(unsalted.verdicts[1].sameAsEarlier.empty());
}

TEST_CASE("A stop request ends the password checkup between fingerprints", "[passwords][checkup]")
{
    auto options = cheapOptions();
    options.breachLookup = true;  // must not be reached
    std::stop_source stop;
    Progress progress;
    progress.stopAfterFirstFingerprint = &stop;
    const auto result = checkPasswords(household(), options, stop.get_token(), &progress);
    CHECK(result.cancelled);
    for (const PasswordVerdict& verdict : result.verdicts) {
        CHECK_FALSE(verdict.breachChecked);
    }
    // An unfinished entry is never listed as reused with another unfinished one.
    CHECK(result.verdicts[3].sameAs.empty());
}

TEST_CASE("Verdict codes have stable names for JSON", "[passwords][checkup]")
{
    CHECK(entryKindKey(EntryKind::RouterAdmin) == "router_admin");
    CHECK(entryKindFromKey("wifi") == EntryKind::Wifi);
    CHECK_FALSE(entryKindFromKey("Wifi").has_value());
    CHECK(weaknessKey(Weakness::KeyboardPattern) == "keyboard_pattern");
    CHECK(factoryMatchKey(FactoryMatch::BotnetList) == "botnet_list");
    CHECK(breachStatusKey(BreachStatus::NotChecked) == "not_checked");
    CHECK(breachFailureKey(BreachFailure::NetworkSwitchedOff) == "network_switched_off");
}
