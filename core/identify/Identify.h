// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Evidence.h"
#include "core/knowledge/Catalog.h"
#include "core/knowledge/Fingerprint.h"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace voordeur::core::identify {

/// Where one clue came from.
enum class ClueSource {
    Rule,              ///< an identification rule of the knowledge base matched (`ruleId`)
    MacVendor,         ///< the MAC prefix is registered to a known vendor
    UpnpManufacturer,  ///< the UPnP `manufacturer` is an alias of a known vendor
    NameMention,       ///< a brand name appears in a name the device gave itself
    VendorKinds,       ///< the vendor makes only one kind of device
    Correction,        ///< the household said so
};

/// One piece of evidence behind a candidate: what was seen and what it supports.
struct Clue {
    ClueSource source = ClueSource::Rule;
    std::string ruleId;                                                          ///< for Rule
    knowledge::FingerprintField field = knowledge::FingerprintField::MacVendor;  ///< what was looked at
    std::string value;  ///< the value seen (device text, cleaned)
    std::optional<std::string> vendorId;
    std::optional<std::string> kind;
    std::optional<std::string> model;
    std::optional<std::string> firmware;
    double weight = 0.0;

    bool operator==(const Clue&) const = default;
};

/// One answer to "what is this device?".
struct Candidate {
    std::optional<std::string> vendorId;  ///< absent: only the kind is known
    std::optional<std::string> model;
    std::optional<std::string> firmware;
    std::optional<std::string> kind;
    double confidence = 0.0;      ///< 0 to 1, for vendor (or for the kind when there is no vendor)
    double kindConfidence = 0.0;  ///< 0 to 1
    std::vector<Clue> evidence;   ///< the clues that support this answer, strongest first
};

/// What the household said a device is; each part that is set wins over the evidence.
struct Correction {
    std::optional<std::string> vendorId;
    std::optional<std::string> model;
    std::optional<std::string> kind;

    bool empty() const { return !vendorId && !model && !kind; }
    bool operator==(const Correction&) const = default;
};

/// The ranked answers for one device, best first; empty when nothing is known.
struct Identity {
    std::vector<Candidate> candidates;
    bool corrected = false;  ///< the first candidate is the household's correction

    const Candidate* best() const { return candidates.empty() ? nullptr : &candidates.front(); }
};

/// Turns the evidence of a host into ranked candidates using the knowledge base's rules.
/// Build once per catalog; identify() is const and may run on many threads.
class Identifier final
{
public:
    explicit Identifier(const knowledge::Catalog& catalog);

    Identity identify(const discovery::Host& host, const Correction* correction = nullptr) const;

    /// The clues the rules and aliases find in a host's evidence, unranked (for tests and the evidence view).
    std::vector<Clue> clues(const discovery::Host& host) const;

private:
    void match(knowledge::FingerprintField field, const std::string& value, std::vector<Clue>& out,
        const std::string& service = {}) const;
    void matchTxt(
        const std::string& service, const std::string& key, const std::string& value, std::vector<Clue>& out) const;
    /// A clue when `value` is a known alias of a vendor (a MAC registration, a UPnP manufacturer).
    void alias(ClueSource source, knowledge::FingerprintField field, const std::string& value, double weight,
        std::vector<Clue>& out) const;
    void mentions(knowledge::FingerprintField field, const std::string& text, std::vector<Clue>& out) const;

    const knowledge::Catalog& m_catalog;
    std::array<std::vector<const knowledge::FingerprintRule*>, knowledge::kFingerprintFieldCount> m_byField;
    std::map<std::string, std::vector<const knowledge::FingerprintRule*>, std::less<>> m_txtByKey;
};

/// Weights of the clues that do not come from a rule.
inline constexpr double kMacVendorWeight = 0.45;
inline constexpr double kUpnpManufacturerWeight = 0.90;
inline constexpr double kNameMentionWeight = 0.30;
inline constexpr double kSingleKindWeight = 0.50;

}  // namespace voordeur::core::identify
