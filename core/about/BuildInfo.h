// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core {

/// One third-party library Voordeur is linked with, as the About dialog lists it.
struct LibraryInfo {
    std::string name;     ///< the project's own name, e.g. "SQLite"
    std::string version;  ///< the version found at run time where the library reports it
    std::string licence;  ///< SPDX licence identifier
};

/// Voordeur's own version, e.g. "0.1.0".
std::string_view version();

/// The reverse-DNS application id, e.g. "nl.voordeur.Voordeur".
std::string_view applicationId();

/// The libraries of the core layer with the versions actually loaded.
std::vector<LibraryInfo> coreLibraries();

}  // namespace voordeur::core
