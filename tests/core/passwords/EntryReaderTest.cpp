// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/EntryReader.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>
#include <thread>

using namespace voordeur::core::passwords;

namespace {

/// Feeds `input` through a pipe, as standard input would, from another thread (so large inputs do
/// not block on the pipe's buffer).
voordeur::core::Result<std::vector<PasswordEntry>, voordeur::core::Error<EntryReadCode>> readFrom(
    const std::string& input)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::thread writer([&] {
        std::size_t written = 0;
        while (written < input.size()) {
            const ssize_t n = ::write(fds[1], input.data() + written, input.size() - written);
            if (n <= 0) {
                break;
            }
            written += static_cast<std::size_t>(n);
        }
        ::close(fds[1]);
    });
    auto result = readEntries(fds[0]);
    writer.join();
    ::close(fds[0]);
    return result;
}

}  // namespace

TEST_CASE("Labelled passwords are read line by line, with CRLF, blank lines and no final newline", "[passwords][input]")
{
    const auto read = readFrom("Router\tadmin\r\n\nWifi\tWelkom01!\nCamera tuin\tpass\tword with tab\nMail\t");
    REQUIRE(read.ok());
    const auto& entries = *read;
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].label == "Router");
    CHECK(entries[0].password.reveal() == "admin");
    CHECK(entries[1].label == "Wifi");
    CHECK(entries[1].password.reveal() == "Welkom01!");
    CHECK(entries[2].label == "Camera tuin");
    CHECK(entries[2].password.reveal() == "pass\tword with tab");
    CHECK(entries[3].label == "Mail");
    CHECK(entries[3].password.empty());
}

TEST_CASE("Input errors name the line, never its content", "[passwords][input]")
{
    SECTION("a line without a TAB")
    {
        const auto read = readFrom("Router\tadmin\ngeheim-wachtwoord\n");
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == EntryReadCode::NoTab);
        CHECK(read.error().detail == "2");
    }
    SECTION("a TAB without a label")
    {
        const auto read = readFrom("\tgeheim\n");
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == EntryReadCode::EmptyLabel);
        CHECK(read.error().detail == "1");
    }
    SECTION("a line that never ends")
    {
        const auto read = readFrom("Router\t" + std::string(maxEntryLineBytes + 10, 'x'));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == EntryReadCode::TooLong);
    }
    SECTION("too many lines")
    {
        std::string input;
        for (std::size_t i = 0; i <= maxEntries; ++i) {
            input += "entry " + std::to_string(i) + "\tx\n";
        }
        const auto read = readFrom(input);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == EntryReadCode::TooMany);
    }
}

TEST_CASE("Echo is left alone when standard input is not a terminal", "[passwords][input]")
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    {
        const EchoOff echo(fds[0]);
        CHECK_FALSE(echo.active());
    }
    ::close(fds[0]);
    ::close(fds[1]);
}
