// SPDX-License-Identifier: EUPL-1.2
#include "core/about/BuildInfo.h"

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>

using voordeur::core::coreLibraries;
using voordeur::core::LibraryInfo;

namespace {

const LibraryInfo& library(const std::string& name)
{
    static const auto libraries = coreLibraries();
    const auto it = std::find_if(
        libraries.begin(), libraries.end(), [&name](const LibraryInfo& info) { return info.name == name; });
    REQUIRE(it != libraries.end());
    return *it;
}

}  // namespace

TEST_CASE("the version is the project version and the id is reverse-DNS")
{
    CHECK(voordeur::core::version() == VOORDEUR_EXPECTED_VERSION);
    CHECK(voordeur::core::applicationId() == "nl.voordeur.Voordeur");
}

TEST_CASE("every core library is listed with a run-time version and an SPDX licence")
{
    const auto libraries = coreLibraries();
    REQUIRE(libraries.size() == 6);
    for (const auto& info : libraries) {
        INFO(info.name);
        CHECK_FALSE(info.version.empty());
        CHECK(info.version != "unknown");
        CHECK(std::isdigit(static_cast<unsigned char>(info.version.front())));
        CHECK_FALSE(info.licence.empty());
    }
}

TEST_CASE("library versions are the ones loaded at run time, not the headers'")
{
    CHECK(library("SQLite").version == sqlite3_libversion());
    CHECK(library("libsodium").version == sodium_version_string());
    CHECK(library("libcurl").version.rfind(curl_version_info(CURLVERSION_NOW)->version, 0) == 0);
    CHECK(library("pugixml").version.find('.') != std::string::npos);
}
