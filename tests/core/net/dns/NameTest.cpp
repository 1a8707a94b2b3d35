// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Name.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using voordeur::core::dns::Name;
using voordeur::core::dns::NameCode;

TEST_CASE("a name's presentation form escapes dots and backslashes inside labels", "[dns]")
{
    CHECK(Name::fromLabels({"_ipp", "_tcp", "local"}).toString() == "_ipp._tcp.local");
    CHECK(Name::fromLabels({"Living.Room Printer", "_ipp", "_tcp", "local"}).toString()
        == "Living\\.Room Printer._ipp._tcp.local");
    CHECK(Name::fromLabels({"back\\slash", "local"}).toString() == "back\\\\slash.local");
    CHECK(Name {}.toString() == ".");
}

TEST_CASE("a name read from its presentation form is the name that was written", "[dns]")
{
    const std::vector<Name> names {
        Name::fromLabels({"Living.Room Printer", "_ipp", "_tcp", "local"}),
        Name::fromLabels({"Printer \xE2\x80\x94 Woonkamer \xE2\x98\x95", "_ipp", "_tcp", "local"}),
        Name::fromLabels({"a\\.b\\", "local"}),
        Name::fromLabels({"voordeur-lab [02:76:64:00:00:0a]", "_workstation", "_tcp", "local"}),
        Name {},
    };
    for (const Name& name : names) {
        INFO(name.toString());
        const auto read = Name::fromString(name.toString());
        REQUIRE(read);
        CHECK(*read == name);
    }
}

TEST_CASE("presentation names may end in a dot and use RFC 1035 decimal escapes", "[dns]")
{
    const auto absolute = Name::fromString("voordeur-lab.local.");
    REQUIRE(absolute);
    CHECK(*absolute == Name::fromLabels({"voordeur-lab", "local"}));

    const auto escaped = Name::fromString("a\\046b\\032c.local");
    REQUIRE(escaped);
    CHECK(*escaped == Name::fromLabels({"a.b c", "local"}));

    const auto root = Name::fromString(".");
    REQUIRE(root);
    CHECK(root->labels.empty());
}

TEST_CASE("malformed presentation names are refused with a code", "[dns]")
{
    const auto code = [](const std::string& text) {
        const auto name = Name::fromString(text);
        REQUIRE_FALSE(name);
        return name.error().code;
    };
    CHECK(code("a..local") == NameCode::EmptyLabel);
    CHECK(code(".local") == NameCode::EmptyLabel);
    CHECK(code(std::string(64, 'x') + ".local") == NameCode::LabelTooLong);
    CHECK(code(std::string(63, 'x') + "." + std::string(63, 'x') + "." + std::string(63, 'x') + "."
              + std::string(63, 'x') + ".local")
        == NameCode::NameTooLong);
    CHECK(code("trailing\\") == NameCode::BadEscape);
    CHECK(code("a\\256.local") == NameCode::BadEscape);
}

TEST_CASE("names compare ignoring ASCII case, every other byte exactly", "[dns]")
{
    const Name lower = Name::fromLabels({"_ipp", "_tcp", "local"});
    CHECK(Name::fromLabels({"_IPP", "_Tcp", "LOCAL"}).equalsIgnoreCase(lower));
    CHECK_FALSE(Name::fromLabels({"_ipp", "_tcp"}).equalsIgnoreCase(lower));
    CHECK_FALSE(Name::fromLabels({"_ipps", "_tcp", "local"}).equalsIgnoreCase(lower));
    // "\xC3\x89" is É, "\xC3\xA9" é: DNS folds only ASCII.
    CHECK_FALSE(Name::fromLabels({"\xC3\x89"}).equalsIgnoreCase(Name::fromLabels({"\xC3\xA9"})));
    CHECK(
        Name::fromLabels({"Printer", "_IPP", "_tcp", "Local"}).endsWithIgnoreCase(Name::fromLabels({"_tcp", "local"})));
    CHECK_FALSE(Name::fromLabels({"_tcp", "local"}).endsWithIgnoreCase(lower));
    CHECK(lower.endsWithIgnoreCase(Name {}));
}

TEST_CASE("a name can be sent only with labels of 1 to 63 bytes and 255 bytes in all", "[dns]")
{
    CHECK(Name::fromLabels({"_ipp", "_tcp", "local"}).isValid());
    CHECK(Name::fromLabels({"_ipp", "_tcp", "local"}).wireLength() == 17);
    CHECK(Name {}.isValid());
    CHECK(Name::fromLabels({std::string(63, 'x')}).isValid());
    CHECK_FALSE(Name::fromLabels({std::string(64, 'x')}).isValid());
    CHECK_FALSE(Name::fromLabels({"a", "", "local"}).isValid());

    Name longest;
    longest.labels = {std::string(63, 'a'), std::string(63, 'b'), std::string(63, 'c'), std::string(61, 'd')};
    CHECK(longest.wireLength() == 255);
    CHECK(longest.isValid());
    longest.labels.back().push_back('d');
    CHECK_FALSE(longest.isValid());
}

TEST_CASE("any valid name survives toString and fromString, whatever bytes its labels hold", "[dns]")
{
    std::mt19937 random(4343);
    const auto below = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    // Mostly the bytes that need care: dots, backslashes, digits after a backslash.
    const std::string tricky = ".\\0123456789 ";
    std::size_t wrong = 0;
    for (int round = 0; round < 2000; ++round) {
        Name name;
        const int labels = below(5);
        for (int i = 0; i < labels; ++i) {
            std::string label(static_cast<std::size_t>(1 + below(20)), '\0');
            for (char& c : label) {
                c = below(2) == 0 ? tricky[static_cast<std::size_t>(below(static_cast<int>(tricky.size())))]
                                  : static_cast<char>(below(256));
            }
            name.labels.push_back(label);
        }
        const auto back = Name::fromString(name.toString());
        if (!back || !(*back == name)) {
            ++wrong;
        }
    }
    CHECK(wrong == 0);
}
