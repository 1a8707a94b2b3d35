# SPDX-License-Identifier: EUPL-1.2
# "cpack -G DEB" in a build directory makes an installable Debian package.

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/voordeur)

set(CPACK_PACKAGE_NAME "voordeur")
set(CPACK_PACKAGE_VENDOR "The Voordeur developers")
set(CPACK_PACKAGE_CONTACT "The Voordeur developers <info@voordeur.nl>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Home-device security checkup")
set(CPACK_PACKAGE_DESCRIPTION
    "Voordeur finds the smart devices on a home network, explains how to keep each one up to date, "
    "checks passwords for strength, reuse and leaks, and makes a printable action plan. "
    "Dutch and English.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Voordeur")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Runtime libraries are found by dpkg-shlibdeps (from dpkg-dev); the SVG icon engine is a
# plugin that nothing links, so its package is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
