# SPDX-License-Identifier: EUPL-1.2
# Finds every third-party dependency. A missing one stops the configure step with the
# name of the Debian package that provides it (build.sh installs them all).

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    message(FATAL_ERROR "pkg-config was not found. Install the Debian package: pkgconf")
endif()

function(voordeur_missing what package)
    message(FATAL_ERROR "${what} was not found. Install the Debian package: ${package}\n"
                        "(or run ./build.sh deps to install everything Voordeur needs)")
endfunction()

# --- core: Qt-free libraries -------------------------------------------------------
find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
    voordeur_missing("SQLite 3" libsqlite3-dev)
endif()

find_package(CURL 7.74 QUIET)
if(NOT CURL_FOUND)
    voordeur_missing("libcurl" libcurl4-openssl-dev)
endif()

# SHA-1 for the Pwned Passwords range API, which libsodium does not offer. libcurl already loads
# OpenSSL's libcrypto, so this adds no new code to the process.
find_package(OpenSSL 3 QUIET COMPONENTS Crypto)
if(NOT OpenSSL_FOUND)
    voordeur_missing("OpenSSL (libcrypto)" libssl-dev)
endif()

pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium>=1.0.18)
if(NOT SODIUM_FOUND)
    voordeur_missing("libsodium" libsodium-dev)
endif()

find_package(pugixml 1.11 QUIET)
if(NOT pugixml_FOUND)
    voordeur_missing("pugixml" libpugixml-dev)
endif()

pkg_check_modules(MINIUPNPC QUIET IMPORTED_TARGET miniupnpc>=2.2)
if(NOT MINIUPNPC_FOUND)
    voordeur_missing("miniupnpc" libminiupnpc-dev)
endif()

find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
    voordeur_missing("nlohmann-json" nlohmann-json3-dev)
endif()

find_package(Threads REQUIRED)

# zxcvbn-c ships neither a pkg-config file nor a CMake package.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY zxcvbn)
if(NOT ZXCVBN_INCLUDE_DIR OR NOT ZXCVBN_LIBRARY)
    voordeur_missing("zxcvbn-c" libzxcvbn-dev)
endif()
# zxcvbn-c cannot report its version at run time; record the packaged one for the About dialog.
set(ZXCVBN_VERSION "unknown")
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY)
    execute_process(COMMAND ${DPKG_QUERY} -W -f=\${Version} libzxcvbn-dev
                    OUTPUT_VARIABLE _zxcvbn_pkg_version ERROR_QUIET RESULT_VARIABLE _zxcvbn_rc)
    if(_zxcvbn_rc EQUAL 0 AND _zxcvbn_pkg_version MATCHES "^([0-9.]+)")
        set(ZXCVBN_VERSION "${CMAKE_MATCH_1}")
    endif()
endif()
add_library(voordeur::zxcvbn UNKNOWN IMPORTED)
set_target_properties(voordeur::zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")

# --- ui and app: Qt 6 ----------------------------------------------------------------
if(VOORDEUR_BUILD_GUI)
    find_package(Qt6 6.4 QUIET COMPONENTS Core Gui Widgets Svg PrintSupport)
    if(NOT Qt6_FOUND)
        voordeur_missing("Qt 6 (Core, Gui, Widgets, Svg, PrintSupport)" "qt6-base-dev qt6-svg-dev")
    endif()
    find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
    if(NOT Qt6LinguistTools_FOUND)
        voordeur_missing("Qt 6 Linguist tools" "qt6-tools-dev qt6-l10n-tools")
    endif()
    qt_standard_project_setup()
endif()

# --- tests ---------------------------------------------------------------------------
if(VOORDEUR_BUILD_TESTS)
    find_package(Catch2 2 QUIET)
    if(NOT Catch2_FOUND)
        voordeur_missing("Catch2 v2" catch2)
    endif()
    include(Catch)
endif()
