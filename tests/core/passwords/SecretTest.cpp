// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/Secret.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <type_traits>

using voordeur::core::passwords::Secret;

TEST_CASE("A secret cannot be copied or turned into a string by accident", "[passwords][secret]")
{
    STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<Secret>);
    STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<Secret>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Secret, std::string>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Secret, std::string_view>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<std::string, Secret>);
    STATIC_REQUIRE(std::is_nothrow_move_constructible_v<Secret>);
}

TEST_CASE("A secret prints as three stars whatever it holds", "[passwords][secret]")
{
    const Secret secret("Welkom01!");
    std::ostringstream out;
    out << "password=" << secret;
    CHECK(out.str() == "password=***");
    std::ostringstream empty;
    empty << Secret();
    CHECK(empty.str() == "***");
}

TEST_CASE("A secret grows by appending, shrinks by chopping and moves without copying", "[passwords][secret]")
{
    Secret secret;
    CHECK(secret.empty());
    for (const char c : std::string_view("a long passphrase typed one character at a time, longer than 64 bytes!!")) {
        secret.append(c);
    }
    CHECK(secret.size() == 71);
    CHECK(secret.reveal().substr(0, 6) == "a long");
    secret.chop(2);
    CHECK(secret.reveal().back() == 's');
    secret.chop(1000);
    CHECK(secret.empty());

    Secret first("geheim");
    const char* block = first.reveal().data();
    Secret moved(std::move(first));
    CHECK(moved.reveal() == "geheim");
    CHECK(moved.reveal().data() == block);
    CHECK(first.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified

    Secret assigned;
    assigned = std::move(moved);
    CHECK(assigned.reveal() == "geheim");
    const Secret copy = assigned.duplicate();
    CHECK(copy.reveal() == "geheim");
    CHECK(copy.reveal().data() != assigned.reveal().data());
}

TEST_CASE("Secrets compare by content, including embedded zero bytes", "[passwords][secret]")
{
    using namespace std::string_view_literals;
    CHECK(Secret("abc").equals(Secret("abc")));
    CHECK_FALSE(Secret("abc").equals(Secret("abd")));
    CHECK_FALSE(Secret("abc").equals(Secret("abcd")));
    CHECK(Secret().equals(Secret("")));
    CHECK(Secret("a\0b"sv).size() == 3);
    CHECK_FALSE(Secret("a\0b"sv).equals(Secret("a\0c"sv)));
}

TEST_CASE("Clearing a secret wipes the bytes it held", "[passwords][secret]")
{
    Secret secret("wachtwoord");
    const char* block = secret.reveal().data();
    secret.clear();
    CHECK(secret.empty());
    // The block stays allocated (capacity is kept), so reading its old bytes is defined.
    CHECK(std::string_view(block, 10) == std::string_view("\0\0\0\0\0\0\0\0\0\0", 10));
}

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>

TEST_CASE("The process can keep its secrets out of crash dumps", "[passwords][secret]")
{
    REQUIRE(voordeur::core::passwords::keepSecretsOutOfCrashDumps());
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    rlimit core {};
    REQUIRE(::getrlimit(RLIMIT_CORE, &core) == 0);
    CHECK(core.rlim_cur == 0);
}
#endif
