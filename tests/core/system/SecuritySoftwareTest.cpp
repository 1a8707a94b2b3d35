// SPDX-License-Identifier: EUPL-1.2
#include "core/system/SecuritySoftware.h"

#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace voordeur::core::system;
using voordeur::tests::TempDir;
using voordeur::tests::writeFile;

namespace {

/// A fake root with `relativePath` written (folders made as needed).
void put(const TempDir& root, const std::string& relativePath, const std::string& bytes)
{
    const std::filesystem::path path = root.path() / relativePath;
    std::filesystem::create_directories(path.parent_path());
    writeFile(path, bytes);
}

void folder(const TempDir& root, const std::string& relativePath)
{
    std::filesystem::create_directories(root.path() / relativePath);
}

// Paragraphs as dpkg writes them, around the ones each test adds.
const std::string kOtherPackages = R"(Package: bash
Essential: yes
Status: install ok installed
Priority: required
Section: shells
Installed-Size: 7164
Maintainer: Matthias Klose <doko@debian.org>
Architecture: amd64
Version: 5.2.15-2+b7
Description: GNU Bourne Again SHell
 Bash is an sh-compatible command language interpreter that executes
 commands read from the standard input or from a file.
 .
 Bash also incorporates useful features from the Korn and C shells.

Package: kesla
Status: install ok installed
Version: 1.0

Package: kasperskyos-starterkit
Status: install ok installed
Version: 1.0.0.0

)";

std::string keslParagraph(const std::string& status)
{
    return "Package: kesl\nStatus: " + status
        + "\nPriority: optional\nSection: misc\nMaintainer: AO Kaspersky Lab <support@kaspersky.com>\n"
          "Architecture: amd64\nVersion: 12.1.0-1297\nDescription: Kaspersky Endpoint Security for Linux\n"
          " Kaspersky Endpoint Security for Linux\n";
}

}  // namespace

TEST_CASE("an installed Kaspersky package in the dpkg database is found with its version", "[system]")
{
    const TempDir root;
    put(root, "var/lib/dpkg/status", kOtherPackages + keslParagraph("install ok installed"));
    const auto found = findSecuritySoftware(root.path());
    REQUIRE(found.size() == 1);
    CHECK(found[0].vendorId == "kaspersky");
    CHECK(found[0].product == "kesl");
    CHECK(found[0].version == "12.1.0-1297");
    CHECK(found[0].evidence.find("var/lib/dpkg/status") != std::string::npos);
    CHECK(found[0].evidence.find("Package: kesl") != std::string::npos);
}

TEST_CASE("the documented Kaspersky package names match, look-alikes do not", "[system]")
{
    const TempDir root;
    std::string status = kOtherPackages;
    for (const char* name : {"kesl-gui", "klnagent", "klnagent64", "kess", "kav4fs", "kaspersky-free", "libkesl",
             "kesl-tools-unofficial"}) {
        status += std::string("Package: ") + name + "\nStatus: hold ok installed\nVersion: 1\n\n";
    }
    put(root, "var/lib/dpkg/status", status);
    std::vector<std::string> products;
    for (const InstalledProduct& product : findSecuritySoftware(root.path())) {
        CHECK(product.vendorId == "kaspersky");
        products.push_back(product.product);
    }
    CHECK(products
        == std::vector<std::string> {"kaspersky-free", "kav4fs", "kesl-gui", "kess", "klnagent", "klnagent64"});
}

TEST_CASE("a removed package with its configuration files left is not installed", "[system]")
{
    const TempDir root;
    put(root, "var/lib/dpkg/status", kOtherPackages + keslParagraph("deinstall ok config-files"));
    // What such a removal leaves behind is no installation either.
    folder(root, "etc/opt/kaspersky/kesl");
    folder(root, "var/opt/kaspersky/kesl");
    CHECK(findSecuritySoftware(root.path()).empty());

    put(root, "var/lib/dpkg/status", kOtherPackages + keslParagraph("purge ok not-installed"));
    CHECK(findSecuritySoftware(root.path()).empty());
}

TEST_CASE("Kaspersky's install folders show products installed without dpkg", "[system]")
{
    const TempDir root;
    folder(root, "opt/kaspersky/kesl/bin");
    folder(root, "var/opt/kaspersky/kesl");
    folder(root, "opt/kaspersky/klnagent64");
    put(root, "opt/kaspersky/README", "a file, not a product");
    const auto found = findSecuritySoftware(root.path());
    REQUIRE(found.size() == 2);
    CHECK(found[0].product == "kesl");  // once, though two folders show it
    CHECK(found[0].version.empty());
    CHECK(found[0].evidence == (root.path() / "opt/kaspersky/kesl").string());
    CHECK(found[1].product == "klnagent64");

    // A package record of the same product wins: it knows the version.
    put(root, "var/lib/dpkg/status", keslParagraph("install ok installed"));
    const auto withPackage = findSecuritySoftware(root.path());
    REQUIRE(withPackage.size() == 2);
    CHECK(withPackage[0].version == "12.1.0-1297");
}

TEST_CASE("an empty root has no security software", "[system]")
{
    const TempDir root;
    CHECK(findSecuritySoftware(root.path()).empty());
    CHECK(findSecuritySoftware(root.path() / "does-not-exist").empty());
}

TEST_CASE("garbage and unreadable dpkg databases are skipped, malformed paragraphs too", "[system]")
{
    const TempDir root;
    SECTION("binary garbage")
    {
        std::string garbage;
        for (int i = 0; i < 70000; ++i) {
            garbage += static_cast<char>((i * 7919) % 256);
        }
        put(root, "var/lib/dpkg/status", garbage);
        CHECK(findSecuritySoftware(root.path()).empty());
    }
    SECTION("the status file is a folder")
    {
        folder(root, "var/lib/dpkg/status");
        CHECK(findSecuritySoftware(root.path()).empty());
    }
    SECTION("malformed paragraphs are skipped, the well-formed ones still read")
    {
        const std::string status = " a continuation of nothing\nPackage: kesl\nStatus: install ok installed\n\n"
                                   "Package: kesl-gui\nno colon on this line\nStatus: install ok installed\n\n"
                                   "Package: klnagent\nStatus: install ok installed\nStatus: install ok installed\n\n"
                                   "Package: kess\nStatus: install ok\n\n"
                                   "Status: install ok installed\n\n"
                                   ": no field name\n\n"
                                   "Package: kav4fs\r\nStatus: install ok installed\r\nVersion: 8.0.4-312\r\n";
        put(root, "var/lib/dpkg/status", status);
        const auto found = findSecuritySoftware(root.path());
        REQUIRE(found.size() == 1);
        CHECK(found[0].product == "kav4fs");
        CHECK(found[0].version == "8.0.4-312");
    }
}

TEST_CASE("macOS app bundles and support folders show Kaspersky, with the bundle's version", "[system]")
{
    const TempDir root;
    put(root, "Applications/Kaspersky Internet Security.app/Contents/Info.plist",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
        "\t<key>CFBundleName</key>\n\t<string>Kaspersky Internet Security</string>\n"
        "\t<key>CFBundleShortVersionString</key>\n\t<string>21.3.10.391</string>\n</dict>\n</plist>\n");
    put(root, "Applications/Kaspersky VPN.app/Contents/Info.plist", "bplist00\x01\x02");
    folder(root, "Applications/Safari.app");
    folder(root, "Library/Application Support/Kaspersky Lab");
    const auto found = findSecuritySoftware(root.path());
    REQUIRE(found.size() == 2);  // the support folder adds nothing once a bundle showed the vendor
    CHECK(found[0].product == "Kaspersky Internet Security");
    CHECK(found[0].version == "21.3.10.391");
    CHECK(found[1].product == "Kaspersky VPN");
    CHECK(found[1].version.empty());

    const TempDir leftover;
    folder(leftover, "Library/Application Support/Kaspersky Lab");
    const auto support = findSecuritySoftware(leftover.path());
    REQUIRE(support.size() == 1);
    CHECK(support[0].product == "Kaspersky Lab");
}

TEST_CASE("the bundle version is read from XML property lists only", "[system]")
{
    CHECK(bundleShortVersion("<key>CFBundleShortVersionString</key><string>1.2</string>") == "1.2");
    CHECK(bundleShortVersion("<key>CFBundleShortVersionString</key>\n  <string> 30.1 </string>") == "30.1");
    CHECK_FALSE(bundleShortVersion("bplist00<key>CFBundleShortVersionString</key><string>1.2</string>"));
    CHECK_FALSE(bundleShortVersion("<key>CFBundleVersion</key><string>1.2</string>"));
    CHECK_FALSE(bundleShortVersion("<key>CFBundleShortVersionString</key><integer>1</integer>"));
    CHECK_FALSE(bundleShortVersion("<key>CFBundleShortVersionString</key><string>1.2"));
    CHECK_FALSE(bundleShortVersion("<key>CFBundleShortVersionString</key><string>a&amp;b</string>"));
    CHECK_FALSE(bundleShortVersion(""));
}

TEST_CASE("this computer has no Kaspersky software, and looking does not crash", "[system]")
{
    const auto found = findSecuritySoftware();
    CHECK(
        std::none_of(found.begin(), found.end(), [](const InstalledProduct& p) { return p.vendorId == "kaspersky"; }));
}
