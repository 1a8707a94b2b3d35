// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/AdviceJson.h"

#include "core/discovery/ScanJson.h"
#include "core/passwords/PasswordJson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace voordeur::core::checkup {

namespace {

using identify::Candidate;
using identify::Clue;
using identify::ClueSource;
using nlohmann::ordered_json;

/// Confidences with two decimals: enough to rank, stable to compare.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

ordered_json optionalString(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

std::string_view clueSourceKey(ClueSource source)
{
    switch (source) {
    case ClueSource::Rule:
        return "rule";
    case ClueSource::MacVendor:
        return "mac_vendor";
    case ClueSource::UpnpManufacturer:
        return "upnp_manufacturer";
    case ClueSource::NameMention:
        return "name_mention";
    case ClueSource::VendorKinds:
        return "vendor_kinds";
    case ClueSource::Correction:
        return "correction";
    }
    return "rule";
}

ordered_json clueJson(const Clue& clue)
{
    ordered_json json;
    json["source"] = clueSourceKey(clue.source);
    json["rule"] = clue.ruleId.empty() ? ordered_json(nullptr) : ordered_json(clue.ruleId);
    json["field"] = clue.source == ClueSource::Correction || clue.source == ClueSource::VendorKinds
        ? ordered_json(nullptr)
        : ordered_json(knowledge::fingerprintFieldKey(clue.field));
    json["value"] = clue.value;
    json["vendor"] = optionalString(clue.vendorId);
    json["kind"] = optionalString(clue.kind);
    json["model"] = optionalString(clue.model);
    json["firmware"] = optionalString(clue.firmware);
    json["weight"] = rounded(clue.weight);
    return json;
}

ordered_json candidateJson(const Candidate& candidate, bool withEvidence)
{
    ordered_json json;
    json["vendor"] = optionalString(candidate.vendorId);
    json["model"] = optionalString(candidate.model);
    json["firmware"] = optionalString(candidate.firmware);
    json["kind"] = optionalString(candidate.kind);
    json["confidence"] = rounded(candidate.confidence);
    json["kind_confidence"] = rounded(candidate.kindConfidence);
    if (withEvidence) {
        json["evidence"] = ordered_json::array();
        for (const auto& clue : candidate.evidence) {
            json["evidence"].push_back(clueJson(clue));
        }
    }
    return json;
}

ordered_json identityJson(const identify::Identity& identity)
{
    ordered_json json;
    const auto* best = identity.best();
    json["vendor"] = best != nullptr ? optionalString(best->vendorId) : ordered_json(nullptr);
    json["model"] = best != nullptr ? optionalString(best->model) : ordered_json(nullptr);
    json["firmware"] = best != nullptr ? optionalString(best->firmware) : ordered_json(nullptr);
    json["kind"] = best != nullptr ? optionalString(best->kind) : ordered_json(nullptr);
    json["confidence"] = best != nullptr ? rounded(best->confidence) : 0.0;
    json["kind_confidence"] = best != nullptr ? rounded(best->kindConfidence) : 0.0;
    json["corrected"] = identity.corrected;
    json["candidates"] = ordered_json::array();
    for (const auto& candidate : identity.candidates) {
        json["candidates"].push_back(candidateJson(candidate, true));
    }
    return json;
}

ordered_json findingJson(const Finding& finding, bool withDevices)
{
    ordered_json json;
    json["code"] = findingCodeKey(finding.code);
    json["severity"] = severityKey(finding.severity);
    if (withDevices) {
        json["devices"] = finding.devices;
        json["this_computer"] = finding.thisComputer;
        json["passwords"] = finding.passwords;
    }
    json["parameters"] = ordered_json::object();
    for (const auto& [name, value] : finding.parameters) {
        json["parameters"][name] = value;
    }
    json["knowledge"] = ordered_json::array();
    for (const auto& ref : finding.knowledge) {
        json["knowledge"].push_back({{"table", knowledgeTableKey(ref.table)}, {"id", ref.id}});
    }
    return json;
}

}  // namespace

std::string adviceToJson(
    const Household& household, const std::vector<Finding>& findings, const AdviceContext& context, int indent)
{
    if (household.scan == nullptr) {
        return "{}";
    }
    auto document = ordered_json::parse(discovery::scanToJson(*household.scan, -1));
    auto& devices = document["devices"];
    for (std::size_t i = 0; i < devices.size(); ++i) {
        devices[i]["identity"] = i < household.identities.size() ? identityJson(household.identities[i])
                                                                 : identityJson(identify::Identity {});
        devices[i]["findings"] = ordered_json::array();
    }
    if (!household.passwords.empty()) {
        document["passwords"] = passwords::checkedPasswordsJson(household.passwords);
    }
    document["findings"] = ordered_json::array();
    for (const auto& finding : findings) {
        document["findings"].push_back(findingJson(finding, true));
        for (const auto device : finding.devices) {
            if (device < devices.size()) {
                devices[device]["findings"].push_back(findingJson(finding, false));
            }
        }
    }
    document["advice"] = {{"today", context.today}, {"knowledge_digest", context.knowledgeDigest},
        {"kev_catalog_version", context.kevCatalogVersion}};
    return document.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string passwordCheckupToJson(const std::vector<passwords::CheckedPassword>& checked,
    const std::vector<Finding>& findings, bool breachLookupAsked, int indent)
{
    ordered_json document;
    document["schema"] = "voordeur.passwords/1";
    document["breach_lookup"] = breachLookupAsked ? "asked" : "skipped";
    document["entries"] = passwords::checkedPasswordsJson(checked);
    document["findings"] = ordered_json::array();
    for (const auto& finding : findings) {
        document["findings"].push_back(findingJson(finding, true));
    }
    return document.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace voordeur::core::checkup
