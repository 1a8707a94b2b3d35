// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Fingerprint.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBase.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::knowledge {

/// The two languages every household text in the knowledge base is written in.
enum class Language { En, Nl };

/// A text in both languages, as stored; the UI picks one.
struct BilingualText {
    std::string en;
    std::string nl;

    const std::string& in(Language language) const { return language == Language::Nl ? nl : en; }
};

struct VendorInfo {
    std::string id;
    std::string name;
    std::string country;
    bool ispRouterBrand = false;
    std::vector<std::string> kinds;
    std::string updateRoute;  ///< automatic, app, web-interface, provider-managed or mixed
    std::string autoUpdate;   ///< yes, no or some-models
    std::string supportUrl;
    std::string supportPolicy;  ///< English reviewer text, or "unknown"
    std::optional<std::string> supportPolicySource;
    BilingualText updateSteps;  ///< numbered steps, one per line
};

struct ModelFamilyInfo {
    std::string id;
    std::string vendorId;
    std::string name;
    std::vector<std::string> patterns;
    std::string supportEnd;  ///< YYYY-MM-DD, "ongoing" or "unknown"
    std::optional<std::string> supportSource;
    std::string checked;
    std::optional<std::string> updateRoute;    ///< overrides the vendor's
    std::optional<BilingualText> updateSteps;  ///< overrides the vendor's
};

struct AdvisoryInfo {
    /// A vendor the advisory is about, directly (no relation) or as a related brand.
    struct AppliesTo {
        std::string vendorId;
        std::optional<std::string> relation;
        std::optional<std::string> confidence;  ///< high, medium or low; absent when named directly
    };
    std::string id;
    std::string authority;
    std::string jurisdiction;
    std::string date;
    std::string source;  ///< lines as in the source file
    BilingualText summary;
    BilingualText mitigation;
    std::vector<AppliesTo> appliesTo;
};

struct CredentialInfo {
    std::int64_t id = 0;
    std::optional<std::string> vendorId;  ///< absent: tried against all kinds of devices (Mirai)
    std::optional<std::string> models;
    std::string username;
    std::string password;
};

/// Everything identification and the checkup read from the knowledge base, loaded once into memory
/// so that a household of hundreds of devices is judged without a query per device.
class Catalog final
{
public:
    static KnowledgeResult<Catalog> load(const KnowledgeBase& kb);

    const std::vector<VendorInfo>& vendors() const { return m_vendors; }
    const VendorInfo* vendor(std::string_view id) const;
    /// As KnowledgeBase::vendorForAlias, without a query.
    std::optional<std::string> vendorForAlias(std::string_view alias) const;

    const std::vector<FingerprintRule>& rules() const { return m_rules; }

    const std::vector<ModelFamilyInfo>& modelFamilies() const { return m_families; }
    /// The family of this vendor whose patterns match the model, if any.
    const ModelFamilyInfo* familyFor(std::string_view vendorId, std::string_view model) const;
    const ModelFamilyInfo* family(std::string_view id) const;

    const std::vector<AdvisoryInfo>& advisories() const { return m_advisories; }
    const AdvisoryInfo* advisory(std::string_view id) const;
    /// Advisories that name the vendor or list it as a related brand.
    std::vector<const AdvisoryInfo*> advisoriesFor(std::string_view vendorId) const;

    /// KEV entries tied to the vendor, newest first.
    std::vector<const KevEntry*> kevFor(std::string_view vendorId) const;
    const KevEntry* kev(std::string_view cveId) const;
    std::size_t kevTotal() const { return m_kev.size(); }

    /// Documented default credentials of the vendor (`models` says which models, in words);
    /// vendor-less pairs (the Mirai list) are not included.
    std::vector<const CredentialInfo*> credentialsFor(std::string_view vendorId) const;
    const std::vector<CredentialInfo>& credentials() const { return m_credentials; }

private:
    std::vector<VendorInfo> m_vendors;
    std::map<std::string, std::size_t, std::less<>> m_vendorIndex;
    std::map<std::string, std::string, std::less<>> m_aliases;
    std::vector<FingerprintRule> m_rules;
    std::vector<ModelFamilyInfo> m_families;
    std::vector<AdvisoryInfo> m_advisories;
    std::vector<KevEntry> m_kev;
    std::map<std::string, std::vector<std::size_t>, std::less<>> m_kevByVendor;
    std::vector<CredentialInfo> m_credentials;
};

}  // namespace voordeur::core::knowledge
