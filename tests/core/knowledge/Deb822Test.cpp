// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Deb822.h"

#include <catch2/catch.hpp>

#include <string>

using namespace voordeur::core::knowledge;

namespace {

Deb822Error errorOf(const std::string& text)
{
    auto parsed = parseDeb822(text);
    REQUIRE_FALSE(parsed);
    return parsed.error();
}

}  // namespace

TEST_CASE("deb822 paragraphs, fields, continuation lines and comments are read", "[knowledge][deb822]")
{
    const std::string text = "# a comment at the top\n"
                             "Vendor: avm\n"
                             "Aliases:\n"
                             " name: AVM\n"
                             " .\n"
                             " oui: AVM GmbH\n"
                             "\n"
                             "# a comment before a paragraph\n"
                             "Vendor: tado\n"
                             "Name: tado°\n";
    auto parsed = parseDeb822(text);
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);
    const auto& first = parsed->at(0);
    CHECK(first.line == 2);
    REQUIRE(first.find("Vendor") != nullptr);
    CHECK(first.find("Vendor")->firstLine == "avm");
    const auto* aliases = first.find("Aliases");
    REQUIRE(aliases != nullptr);
    CHECK(aliases->line == 3);
    CHECK(aliases->firstLine.empty());
    CHECK(aliases->continuation == std::vector<std::string> {"name: AVM", "", "oui: AVM GmbH"});
    const auto& second = parsed->at(1);
    CHECK(second.line == 9);
    CHECK(second.find("Name")->firstLine == "tado°");
    CHECK(second.find("Aliases") == nullptr);
}

TEST_CASE("an empty deb822 text has no paragraphs", "[knowledge][deb822]")
{
    auto parsed = parseDeb822("");
    REQUIRE(parsed);
    CHECK(parsed->empty());
}

TEST_CASE("deb822 syntax errors carry their code and line", "[knowledge][deb822]")
{
    SECTION("a line without a colon")
    {
        const auto error = errorOf("Vendor: avm\nName AVM\n");
        CHECK(error.code == Deb822Code::MissingColon);
        CHECK(error.line == 2);
    }
    SECTION("no space after the colon")
    {
        CHECK(errorOf("Vendor:avm\n").code == Deb822Code::MissingColon);
    }
    SECTION("a field name with other characters")
    {
        const auto error = errorOf("Vendor: avm\nUpdate_Steps: x\n");
        CHECK(error.code == Deb822Code::BadFieldName);
        CHECK(error.line == 2);
    }
    SECTION("a continuation line outside a paragraph")
    {
        const auto error = errorOf("# comment\n continued\n");
        CHECK(error.code == Deb822Code::BadContinuation);
        CHECK(error.line == 2);
    }
    SECTION("a continuation line right after an empty line")
    {
        const auto error = errorOf("Vendor: avm\n\n more\n");
        CHECK(error.code == Deb822Code::BadContinuation);
        CHECK(error.line == 3);
    }
    SECTION("a field twice in one paragraph")
    {
        const auto error = errorOf("Vendor: avm\nName: AVM\nVendor: tado\n");
        CHECK(error.code == Deb822Code::DuplicateField);
        CHECK(error.line == 3);
        CHECK(error.detail == "Vendor");
    }
    SECTION("the same field in two paragraphs is fine")
    {
        CHECK(parseDeb822("Vendor: avm\n\nVendor: tado\n"));
    }
    SECTION("ill-formed UTF-8")
    {
        const auto error = errorOf("Vendor: avm\nName: A\xC0\xAF\n");
        CHECK(error.code == Deb822Code::BadUtf8);
        CHECK(error.line == 2);
    }
    SECTION("a byte order mark")
    {
        CHECK(errorOf("\xEF\xBB\xBFVendor: avm\n").code == Deb822Code::BadUtf8);
    }
    SECTION("a tab, a carriage return and a trailing space")
    {
        CHECK(errorOf("Vendor:\tavm\n").code == Deb822Code::BadWhitespace);
        CHECK(errorOf("Vendor: avm\r\n").code == Deb822Code::BadWhitespace);
        const auto error = errorOf("Vendor: avm\nName: AVM \n");
        CHECK(error.code == Deb822Code::BadWhitespace);
        CHECK(error.line == 2);
    }
    SECTION("no newline at the end")
    {
        const auto error = errorOf("Vendor: avm\nName: AVM");
        CHECK(error.code == Deb822Code::MissingFinalNewline);
        CHECK(error.line == 2);
    }
    SECTION("a comment inside a paragraph")
    {
        const auto error = errorOf("Vendor: avm\n# note\nName: AVM\n");
        CHECK(error.code == Deb822Code::CommentInParagraph);
        CHECK(error.line == 2);
    }
    SECTION("two empty lines between paragraphs")
    {
        const auto error = errorOf("Vendor: avm\n\n\nVendor: tado\n");
        CHECK(error.code == Deb822Code::ExtraEmptyLine);
        CHECK(error.line == 3);
    }
    SECTION("a text over the size cap")
    {
        const std::string large(maxDeb822Bytes + 1, '#');
        const auto error = errorOf(large);
        CHECK(error.code == Deb822Code::TooLarge);
        CHECK(error.line == 0);
    }
}
