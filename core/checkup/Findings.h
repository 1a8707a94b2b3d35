// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"
#include "core/identify/Identify.h"
#include "core/knowledge/Catalog.h"
#include "core/passwords/PasswordCheckup.h"
#include "core/system/SecuritySoftware.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace voordeur::core::checkup {

/// How soon a household should act.
enum class Severity { Urgent, Important, Advice };

/// What a finding is about. The UI words each code; the code never carries display text.
enum class FindingCode {
    VendorAdvisory,            ///< a government advisory names the device's maker (or its parent)
    KnownExploited,            ///< CISA lists exploited vulnerabilities for this maker's product
    SupportEnded,              ///< the maker no longer updates this model family
    SupportEndingSoon,         ///< the maker stops updating this family within a year
    PortMapped,                ///< the router forwards a port from the internet to the device
    RouterUpnpOpen,            ///< the router lets devices open ports themselves (UPnP IGD)
    RiskyService,              ///< a risky service (telnet, …) accepted a connection
    DefaultCredentials,        ///< the maker documents a factory password for this device
    HowToUpdate,               ///< how this device gets its updates
    ProviderRouter,            ///< the router comes from the internet provider, who updates it
    SecuritySoftwareAdvisory,  ///< this computer runs security software under a government advisory
    WeakPassword,              ///< a password is easy to guess (zxcvbn score 0–2)
    ReusedPassword,            ///< the same password protects several entries
    NearReusedPassword,        ///< passwords that differ only in case or the digits and symbols around them
    BreachedPassword,          ///< the password is in the Pwned Passwords breach corpus
    FactoryPassword,           ///< the password is a factory password or one botnets try
};

inline constexpr std::size_t kFindingCodeCount = 16;

/// A row of the knowledge base a finding rests on, for the texts and the sources.
struct KnowledgeRef {
    enum class Table { Vendor, ModelFamily, Advisory, Kev, DefaultCredential };
    Table table = Table::Vendor;
    std::string id;

    bool operator==(const KnowledgeRef&) const = default;
};

struct Finding {
    FindingCode code = FindingCode::HowToUpdate;
    Severity severity = Severity::Advice;
    std::vector<std::size_t> devices;  ///< indices into the scan's hosts; empty for the household or this computer
    /// Indices into the household's checked passwords, for password findings.
    std::vector<std::size_t> passwords;
    bool thisComputer = false;                                    ///< about the computer Voordeur runs on
    std::vector<std::pair<std::string, std::string>> parameters;  ///< e.g. {"external_port", "8080"}
    std::vector<KnowledgeRef> knowledge;

    /// The value of a parameter, empty when absent.
    std::string parameter(std::string_view name) const;
};

/// Everything the rules look at: the scan, what each host is, and this computer's security software.
struct Household {
    const discovery::ScanResult* scan = nullptr;
    std::vector<identify::Identity> identities;  ///< one per scan host, same order
    std::vector<system::InstalledProduct> installedSoftware;
    std::string today;                                  ///< YYYY-MM-DD, for support periods
    std::vector<passwords::CheckedPassword> passwords;  ///< verdicts only, never a password
};

/// How closely a KEV entry fits a device.
enum class KevFit {
    None,
    VendorWide,  ///< the entry covers "multiple products" of the maker
    Kind,        ///< the product names this kind of device (router, camera, NAS, …) and no other model
    Model        ///< the product names this device's model
};

/// Whether the KEV entry's product text concerns a device of this kind and model.
KevFit kevFit(
    std::string_view product, const std::optional<std::string>& kind, const std::optional<std::string>& model);

/// The findings of a household, most severe first; within a severity in order of the devices.
/// Without a scan only the password findings are made.
std::vector<Finding> evaluate(const Household& household, const knowledge::Catalog& catalog);

/// The findings about the household's passwords (part of evaluate()).
std::vector<Finding> passwordFindings(std::span<const passwords::CheckedPassword> checked);

/// A key that names a finding across runs of the rules on the same household (code, devices,
/// passwords and the first knowledge row), for the "done" ticks a checkup file keeps.
std::string findingKey(const Finding& finding);

/// Stable names for JSON and logs: "vendor_advisory", "urgent".
std::string_view findingCodeKey(FindingCode code);
std::string_view severityKey(Severity severity);
std::string_view knowledgeTableKey(KnowledgeRef::Table table);

/// Today as YYYY-MM-DD (UTC).
std::string todayUtc();

}  // namespace voordeur::core::checkup
