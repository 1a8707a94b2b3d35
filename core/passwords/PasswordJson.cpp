// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/PasswordJson.h"

#include <cmath>

namespace voordeur::core::passwords {

using nlohmann::ordered_json;

namespace {

ordered_json labelsOf(std::span<const CheckedPassword> checked, const std::vector<std::size_t>& indices)
{
    ordered_json labels = ordered_json::array();
    for (std::size_t index : indices) {
        if (index < checked.size()) {
            labels.push_back(checked[index].label);
        }
    }
    return labels;
}

ordered_json optionalJson(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

}  // namespace

ordered_json checkedPasswordsJson(std::span<const CheckedPassword> checked)
{
    ordered_json entries = ordered_json::array();
    for (const CheckedPassword& entry : checked) {
        const PasswordVerdict& verdict = entry.verdict;
        ordered_json json;
        json["label"] = entry.label;
        json["kind"] = entryKindKey(entry.kind);
        json["device"] = entry.device ? ordered_json(*entry.device) : ordered_json(nullptr);
        json["vendor"] = optionalJson(entry.vendorId);
        json["model"] = optionalJson(entry.model);

        ordered_json strength;
        strength["score"] = verdict.strength.score;
        strength["guesses_log10"] = std::round(verdict.strength.guessesLog10 * 10.0) / 10.0;
        strength["weaknesses"] = ordered_json::array();
        for (const Weakness weakness : verdict.strength.weaknesses) {
            strength["weaknesses"].push_back(weaknessKey(weakness));
        }
        json["strength"] = std::move(strength);

        json["reused_with"] = labelsOf(checked, verdict.sameAs);
        json["near_reused_with"] = labelsOf(checked, verdict.nearlySameAs);
        json["reused_with_earlier"] = verdict.sameAsEarlier;
        json["near_reused_with_earlier"] = verdict.nearlySameAsEarlier;
        json["reuse_checked"] = !verdict.reuseError.has_value();

        ordered_json breach;
        breach["status"] = verdict.breachChecked ? breachStatusKey(verdict.breach.status) : "not_asked";
        breach["count"] = verdict.breach.count;
        breach["reason"] = verdict.breach.reason == BreachFailure::None
            ? ordered_json(nullptr)
            : ordered_json(breachFailureKey(verdict.breach.reason));
        breach["detail"] = verdict.breach.detail.empty() ? ordered_json(nullptr) : ordered_json(verdict.breach.detail);
        json["breach"] = std::move(breach);

        ordered_json factory;
        factory["match"] = factoryMatchKey(verdict.factory.match);
        factory["credential"] = verdict.factory.match == FactoryMatch::None
            ? ordered_json(nullptr)
            : ordered_json(verdict.factory.credentialId);
        json["factory_default"] = std::move(factory);
        entries.push_back(std::move(json));
    }
    return entries;
}

}  // namespace voordeur::core::passwords
