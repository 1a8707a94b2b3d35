// SPDX-License-Identifier: EUPL-1.2
#include "core/about/BuildInfo.h"

#include "core/about/Version.h"

#include <curl/curl.h>
#include <miniupnpc/miniupnpc.h>
#include <pugixml.hpp>
#include <sodium.h>
#include <sqlite3.h>

namespace voordeur::core {

namespace {

std::string pugixmlVersion()
{
    // PUGIXML_VERSION is major * 1000 + minor * 10 (1.13 -> 1130).
    constexpr int v = PUGIXML_VERSION;
    return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

}  // namespace

std::string_view version()
{
    return VOORDEUR_VERSION;
}

std::string_view applicationId()
{
    return VOORDEUR_APP_ID;
}

std::vector<LibraryInfo> coreLibraries()
{
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    std::string curlVersion = curl != nullptr && curl->version != nullptr ? curl->version : LIBCURL_VERSION;
    if (curl != nullptr && curl->ssl_version != nullptr) {
        curlVersion += " (";
        curlVersion += curl->ssl_version;
        curlVersion += ")";
    }
    return {
        {"SQLite", sqlite3_libversion(), "blessing"},
        {"libcurl", curlVersion, "curl"},
        {"libsodium", sodium_version_string(), "ISC"},
        {"pugixml", pugixmlVersion(), "MIT"},
        {"miniupnpc", MINIUPNPC_VERSION, "BSD-3-Clause"},
        // zxcvbn-c reports no version of its own: the packaged version is recorded at configure time.
        {"zxcvbn-c", VOORDEUR_ZXCVBN_VERSION, "MIT"},
    };
}

}  // namespace voordeur::core
