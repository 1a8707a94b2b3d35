// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/FactoryDefaults.h"

#include "tests/core/RealKnowledge.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace voordeur::core::passwords;
using voordeur::tests::realCatalog;

namespace {

FactoryMatch matchOf(std::string_view password, std::optional<std::string> vendor, std::optional<std::string> model)
{
    const FactoryDefault found = matchFactoryDefault(Secret(password), realCatalog(), vendor, model);
    if (found.match == FactoryMatch::None) {
        CHECK(found.credentialId == 0);
    } else {
        CHECK(found.credentialId > 0);
    }
    return found.match;
}

}  // namespace

TEST_CASE("A maker's factory password is recognised for the model it is documented for", "[passwords][factory]")
{
    CHECK(matchOf("admin", "asus", "RT-N10U") == FactoryMatch::ThisModel);
    CHECK(matchOf("password", "netgear", "D7800") == FactoryMatch::ThisModel);
    // The same password on another model of that maker: a factory password of the maker.
    CHECK(matchOf("admin", "asus", "RT-AX58U") == FactoryMatch::ThisVendor);
    CHECK(matchOf("admin", "asus", std::nullopt) == FactoryMatch::ThisVendor);
    CHECK(matchOf("12345", "hikvision", "DS-2CD2143G0-I") == FactoryMatch::ThisVendor);
}

TEST_CASE("A password from the Mirai botnet's list is recognised on any device", "[passwords][factory]")
{
    CHECK(matchOf("xc3511", std::nullopt, std::nullopt) == FactoryMatch::BotnetList);
    CHECK(matchOf("vizxv", "signify", "BSB002") == FactoryMatch::BotnetList);
    // The maker's own documented default wins over the botnet list.
    CHECK(matchOf("12345", "hikvision", std::nullopt) == FactoryMatch::ThisVendor);
    CHECK(matchOf("12345", "sonos", std::nullopt) == FactoryMatch::BotnetList);
    // Mirai also tries an empty password.
    CHECK(matchOf("", std::nullopt, std::nullopt) == FactoryMatch::BotnetList);
}

TEST_CASE("Passwords that only resemble a factory password are not flagged", "[passwords][factory]")
{
    CHECK(matchOf("Tr0mpet-Vijver-9", "tplink", "Archer C6") == FactoryMatch::None);
    CHECK(matchOf("Admin", "asus", "RT-N10U") == FactoryMatch::None);  // case matters
    CHECK(matchOf("admin ", "asus", "RT-N10U") == FactoryMatch::None);
    CHECK(matchOf("xc351", std::nullopt, std::nullopt) == FactoryMatch::None);
}
