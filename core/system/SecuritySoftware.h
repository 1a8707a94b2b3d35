// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::system {

/// A security product installed on this computer, and what shows it.
struct InstalledProduct {
    std::string vendorId;  ///< the knowledge base's vendor id: "kaspersky"
    std::string product;   ///< as installed: a package, folder or app bundle name, or Windows' display name
    std::string version;   ///< when known
    std::string evidence;  ///< the path or package record that shows it

    bool operator==(const InstalledProduct&) const = default;
};

/// The security software on this computer that Voordeur has advice about: for now the products of
/// Kaspersky, which government advisories warn against. Looks under `root` in the Debian package
/// database (var/lib/dpkg/status), the install folders opt/kaspersky, var/opt/kaspersky and
/// etc/opt/kaspersky (also rpm installs) and the macOS places (Applications/Kaspersky*.app,
/// Library/Application Support/Kaspersky Lab). On Windows, when `root` is "/", also asks Windows
/// Security Center (WMI ROOT\SecurityCenter2, AntiVirusProduct) and the uninstall keys of the registry.
/// A missing or unreadable source is skipped, a malformed package record too; never throws.
/// One entry per vendor and product, sorted; a package record wins over a folder of the same name.
std::vector<InstalledProduct> findSecuritySoftware(const std::filesystem::path& root = "/");

/// CFBundleShortVersionString of an Info.plist in XML form; nullopt for a binary plist or none.
std::optional<std::string> bundleShortVersion(std::string_view infoPlist);

}  // namespace voordeur::core::system
