// SPDX-License-Identifier: EUPL-1.2
// The password rules of the checkup: weak, reused, nearly reused, breached and factory passwords.
#include "core/checkup/Findings.h"

#include <algorithm>
#include <set>
#include <string>

namespace voordeur::core::checkup {

namespace {

using passwords::CheckedPassword;
using passwords::EntryKind;
using passwords::FactoryMatch;
using Table = KnowledgeRef::Table;

/// The router and the Wi-Fi guard the whole household: their weaknesses weigh one step more.
bool guardsHousehold(const CheckedPassword& entry)
{
    return entry.kind == EntryKind::RouterAdmin || entry.kind == EntryKind::Wifi;
}

Severity oneStepUp(Severity severity)
{
    return severity == Severity::Advice ? Severity::Important : Severity::Urgent;
}

class PasswordRules final
{
public:
    explicit PasswordRules(std::span<const CheckedPassword> checked)
        : m_checked(checked)
    { }

    std::vector<Finding> run()
    {
        for (std::size_t i = 0; i < m_checked.size(); ++i) {
            factory(i);
            breached(i);
            weak(i);
        }
        reuseGroups(FindingCode::ReusedPassword, &passwords::PasswordVerdict::sameAs,
            &passwords::PasswordVerdict::sameAsEarlier);
        reuseGroups(FindingCode::NearReusedPassword, &passwords::PasswordVerdict::nearlySameAs,
            &passwords::PasswordVerdict::nearlySameAsEarlier);
        return std::move(m_findings);
    }

private:
    Finding& add(FindingCode code, Severity severity, const std::vector<std::size_t>& entries)
    {
        Finding finding;
        finding.code = code;
        finding.severity = severity;
        finding.passwords = entries;
        for (std::size_t index : entries) {
            const CheckedPassword& entry = m_checked[index];
            if (entry.device
                && std::find(finding.devices.begin(), finding.devices.end(), *entry.device) == finding.devices.end()) {
                finding.devices.push_back(*entry.device);
            }
            if (entry.vendorId) {
                const KnowledgeRef vendor {Table::Vendor, *entry.vendorId};
                if (std::find(finding.knowledge.begin(), finding.knowledge.end(), vendor) == finding.knowledge.end()) {
                    finding.knowledge.push_back(vendor);
                }
            }
        }
        return m_findings.emplace_back(std::move(finding));
    }

    void factory(std::size_t index)
    {
        const auto& verdict = m_checked[index].verdict.factory;
        if (verdict.match == FactoryMatch::None) {
            return;
        }
        auto& finding = add(FindingCode::FactoryPassword, Severity::Urgent, {index});
        finding.parameters.emplace_back("match", std::string(passwords::factoryMatchKey(verdict.match)));
        finding.knowledge.insert(
            finding.knowledge.begin(), KnowledgeRef {Table::DefaultCredential, std::to_string(verdict.credentialId)});
    }

    void breached(std::size_t index)
    {
        const auto& verdict = m_checked[index].verdict;
        if (!verdict.breachChecked || verdict.breach.status != passwords::BreachStatus::Found) {
            return;
        }
        auto& finding = add(FindingCode::BreachedPassword, Severity::Urgent, {index});
        finding.parameters.emplace_back("count", std::to_string(verdict.breach.count));
    }

    void weak(std::size_t index)
    {
        const auto& entry = m_checked[index];
        const auto& strength = entry.verdict.strength;
        if (strength.score > 2) {
            return;
        }
        Severity severity = strength.score <= 1 ? Severity::Important : Severity::Advice;
        if (guardsHousehold(entry)) {
            severity = oneStepUp(severity);
        }
        auto& finding = add(FindingCode::WeakPassword, severity, {index});
        finding.parameters.emplace_back("score", std::to_string(strength.score));
        std::string weaknesses;
        for (const auto weakness : strength.weaknesses) {
            weaknesses += (weaknesses.empty() ? "" : ",") + std::string(passwords::weaknessKey(weakness));
        }
        finding.parameters.emplace_back("weaknesses", weaknesses);
    }

    /// The entries linked to `start` through equal or nearly equal passwords, sorted.
    std::vector<std::size_t> component(std::size_t start, bool throughNear) const
    {
        std::vector<std::size_t> members {start};
        for (std::size_t k = 0; k < members.size(); ++k) {
            const auto& verdict = m_checked[members[k]].verdict;
            for (const auto* links : {&verdict.sameAs, throughNear ? &verdict.nearlySameAs : nullptr}) {
                for (std::size_t other : links != nullptr ? *links : std::vector<std::size_t> {}) {
                    if (other < m_checked.size() && std::find(members.begin(), members.end(), other) == members.end()) {
                        members.push_back(other);
                    }
                }
            }
        }
        std::sort(members.begin(), members.end());
        return members;
    }

    /// One finding per group of entries that share a password (or, for near reuse, whose passwords
    /// share a core: the whole group, equal ones included), and one per entry that matches a password
    /// remembered from an earlier checkup.
    void reuseGroups(FindingCode code, std::vector<std::size_t> passwords::PasswordVerdict::*now,
        std::vector<std::string> passwords::PasswordVerdict::*earlier)
    {
        const bool near = code == FindingCode::NearReusedPassword;
        std::set<std::size_t> grouped;
        for (std::size_t i = 0; i < m_checked.size(); ++i) {
            const auto& verdict = m_checked[i].verdict;
            if (!(verdict.*now).empty() && grouped.count(i) == 0) {
                const auto group = component(i, near);
                grouped.insert(group.begin(), group.end());
                const bool guards = std::any_of(
                    group.begin(), group.end(), [&](std::size_t k) { return guardsHousehold(m_checked[k]); });
                auto& finding = add(code, guards ? Severity::Urgent : Severity::Important, group);
                finding.parameters.emplace_back("count", std::to_string(group.size()));
            }
            if (!(verdict.*earlier).empty()) {
                auto& finding = add(code, Severity::Important, {i});
                std::string labels;
                for (const auto& label : verdict.*earlier) {
                    labels += (labels.empty() ? "" : "\n") + label;
                }
                finding.parameters.emplace_back("earlier", labels);
            }
        }
    }

    std::span<const CheckedPassword> m_checked;
    std::vector<Finding> m_findings;
};

}  // namespace

std::vector<Finding> passwordFindings(std::span<const passwords::CheckedPassword> checked)
{
    return PasswordRules(checked).run();
}

}  // namespace voordeur::core::checkup
