// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/ReuseFingerprint.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace voordeur::core::passwords;

namespace {

// The cheapest Argon2id libsodium allows, so the tests stay fast; the real cost is benchmarked.
constexpr ReuseCost kCheap {1, 8192};

ReuseFingerprints fingerprintOf(std::string_view password, const ReuseSalt& salt)
{
    auto result = fingerprintForReuse(Secret(password), salt, kCheap);
    REQUIRE(result.ok());
    return *result;
}

}  // namespace

TEST_CASE("The core of a password drops case and the digits and symbols around it", "[passwords][reuse]")
{
    CHECK(reuseCore(Secret("Welkom01!")).reveal() == "welkom");
    CHECK(reuseCore(Secret("welkom02")).reveal() == "welkom");
    CHECK(reuseCore(Secret("!!2024Zomer.")).reveal() == "zomer");
    CHECK(reuseCore(Secret("Ab12Cd34")).reveal() == "ab12cd");    // digits inside stay
    CHECK(reuseCore(Secret("Één-keer")).reveal() == "Één-keer");  // non-ASCII letters stay as typed
    CHECK(reuseCore(Secret("12345678")).empty());                 // nothing left
    CHECK(reuseCore(Secret("ab1234")).empty());                   // too short a core to mean anything
}

TEST_CASE("Fingerprints are equal for equal passwords under one salt and differ across salts", "[passwords][reuse]")
{
    const ReuseSalt salt = ReuseSalt::random();
    const ReuseSalt other = ReuseSalt::random();
    REQUIRE_FALSE(salt == other);

    const auto a = fingerprintOf("Welkom01!", salt);
    CHECK(a == fingerprintOf("Welkom01!", salt));
    CHECK_FALSE(a.exact == fingerprintOf("Welkom01!", other).exact);
    const auto near = fingerprintOf("welkom02", salt);
    CHECK_FALSE(a.exact == near.exact);
    REQUIRE(a.core);
    REQUIRE(near.core);
    CHECK(*a.core == *near.core);
    // A password that is its own core still has two different fingerprints.
    const auto bare = fingerprintOf("welkom", salt);
    REQUIRE(bare.core);
    CHECK_FALSE(bare.exact == *bare.core);
    CHECK(*bare.core == *a.core);
    CHECK_FALSE(fingerprintOf("12345678", salt).core.has_value());
}

TEST_CASE("Reuse groups list same and nearly-same passwords across a household", "[passwords][reuse]")
{
    const ReuseSalt salt = ReuseSalt::random();
    const std::vector<std::string> household {
        "Welkom01!",         // 0 router
        "Welkom01!",         // 1 wifi: same as router
        "welkom02",          // 2 camera: near both
        "Tr0mpet-Vijver-9",  // 3 e-mail: unique
        "WELKOM",            // 4 plug: near 0, 1, 2
        "12345678",          // 5 no core
        "87654321",          // 6 no core: never near 5
    };
    std::vector<ReuseFingerprints> prints;
    for (const std::string& password : household) {
        prints.push_back(fingerprintOf(password, salt));
    }
    const ReuseGroups groups = groupReuse(prints);
    using List = std::vector<std::size_t>;
    CHECK(groups.sameAs[0] == List {1});
    CHECK(groups.sameAs[1] == List {0});
    CHECK(groups.nearlySameAs[0] == List {2, 4});
    CHECK(groups.nearlySameAs[2] == List {0, 1, 4});
    CHECK(groups.nearlySameAs[4] == List {0, 1, 2});
    CHECK(groups.sameAs[3].empty());
    CHECK(groups.nearlySameAs[3].empty());
    CHECK(groups.sameAs[5].empty());
    CHECK(groups.nearlySameAs[5].empty());
    CHECK(groups.nearlySameAs[6].empty());
}

TEST_CASE("Salts and fingerprints survive a round trip through hex and refuse bad hex", "[passwords][reuse]")
{
    const ReuseSalt salt = ReuseSalt::random();
    CHECK(salt.hex().size() == 32);
    CHECK(ReuseSalt::fromHex(salt.hex()) == salt);
    CHECK_FALSE(ReuseSalt::fromHex("00ff").has_value());
    CHECK_FALSE(ReuseSalt::fromHex(std::string(32, 'g')).has_value());
    const auto print = fingerprintOf("geheim", salt);
    CHECK(fingerprintFromHex(fingerprintHex(print.exact)) == print.exact);
    CHECK_FALSE(fingerprintFromHex(fingerprintHex(print.exact).substr(2)).has_value());
}

TEST_CASE("The default Argon2id cost gives a fingerprint", "[passwords][reuse]")
{
    const auto result = fingerprintForReuse(Secret("Welkom01!"), ReuseSalt::random());
    REQUIRE(result.ok());
    CHECK(result->core.has_value());
}
