// SPDX-License-Identifier: EUPL-1.2
#include "core/util/Glob.h"

#include <catch2/catch.hpp>

#include <string>

using voordeur::core::globMatches;

TEST_CASE("A glob matches the whole text, ignoring ASCII case", "[glob]")
{
    CHECK(globMatches("DS-2CD*", "DS-2CD2143G0-I"));
    CHECK(globMatches("ds-2cd*", "DS-2CD2143G0-I"));
    CHECK_FALSE(globMatches("DS-2CD", "DS-2CD2143G0-I"));
    CHECK(globMatches("*Sonos/*(ZP*)", "Linux UPnP/1.0 Sonos/70.3-35220 (ZPS12)"));
    CHECK(globMatches("_hue._tcp", "_HUE._TCP"));
    CHECK_FALSE(globMatches("_hue._tcp", "_hue._tcpx"));
}

TEST_CASE("Glob wildcards: star runs, question marks, empty values", "[glob]")
{
    CHECK(globMatches("*", ""));
    CHECK(globMatches("*", "anything"));
    CHECK(globMatches("**", "x"));
    CHECK_FALSE(globMatches("?", ""));
    CHECK(globMatches("?", "x"));
    CHECK(globMatches("a*b*c", "aXXbYYc"));
    CHECK(globMatches("a*b*c", "abc"));
    CHECK_FALSE(globMatches("a*b*c", "acb"));
    CHECK(globMatches("*a", "aaaa"));
    CHECK_FALSE(globMatches("", "a"));
    CHECK(globMatches("", ""));
    CHECK(globMatches("FRITZ!Box 7??0", "FRITZ!Box 7590"));
    CHECK_FALSE(globMatches("FRITZ!Box 7??0", "FRITZ!Box 759"));
    // Non-ASCII bytes compare as they are.
    CHECK(globMatches("tado° *", "tado° Bridge"));
}

TEST_CASE("A hostile glob does not take exponential time", "[glob]")
{
    const std::string text(10000, 'a');
    CHECK_FALSE(globMatches("*a*a*a*a*a*a*a*a*a*a*b", text));
}
