// SPDX-License-Identifier: EUPL-1.2
#include "core/util/Result.h"

#include <catch2/catch.hpp>

#include <memory>

using voordeur::core::Error;
using voordeur::core::fail;
using voordeur::core::Result;

namespace {

enum class ParseCode { Truncated, TooLong };

Result<int, Error<ParseCode>> parseDigit(char c)
{
    if (c == '\0') {
        return fail(ParseCode::Truncated, "at offset 0");
    }
    return c - '0';
}

}  // namespace

TEST_CASE("a Result holds either a value or an error code with a detail")
{
    const auto good = parseDigit('7');
    REQUIRE(good.ok());
    CHECK(*good == 7);

    const auto bad = parseDigit('\0');
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ParseCode::Truncated);
    CHECK(bad.error().detail == "at offset 0");
}

TEST_CASE("a Result can carry move-only values")
{
    Result<std::unique_ptr<int>, Error<ParseCode>> result = std::make_unique<int>(3);
    REQUIRE(result);
    std::unique_ptr<int> taken = std::move(result).value();
    CHECK(*taken == 3);
}
