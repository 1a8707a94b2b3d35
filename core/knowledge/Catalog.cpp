// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Catalog.h"

#include "core/util/Glob.h"

#include <algorithm>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

/// Runs `sql` and calls `row` for every result row; the first failure is returned.
template <typename Row> KnowledgeResult<Nothing> forEachRow(const KnowledgeBase& kb, std::string_view sql, Row row)
{
    auto statement = kb.database().prepare(sql);
    if (!statement) {
        return Failure<KnowledgeError> {knowledgeErrorFrom(statement.error())};
    }
    while (true) {
        auto step = statement->step();
        if (!step) {
            return Failure<KnowledgeError> {knowledgeErrorFrom(step.error())};
        }
        if (*step == Statement::Step::Done) {
            return Nothing {};
        }
        row(*statement);
    }
}

/// The element whose `id` is `id`, or nullptr; works on const and non-const vectors alike.
template <typename Items> auto withId(Items& items, std::string_view id) -> decltype(&items.front())
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

std::optional<std::string> optionalText(const Statement& statement, int column)
{
    return statement.columnOptionalText(column);
}

}  // namespace

KnowledgeResult<Catalog> Catalog::load(const KnowledgeBase& kb)
{
    Catalog catalog;
    auto loaded = forEachRow(kb,
        "SELECT v.id, v.name, COALESCE(v.country, ''), v.isp_router_brand, p.update_route, p.auto_update, "
        "p.support_url, p.support_policy, p.support_policy_source, "
        "(SELECT update_steps FROM vendor_text WHERE vendor_id = v.id AND lang = 'en'), "
        "(SELECT update_steps FROM vendor_text WHERE vendor_id = v.id AND lang = 'nl') "
        "FROM vendor v LEFT JOIN vendor_policy p ON p.vendor_id = v.id ORDER BY v.id",
        [&](const Statement& row) {
            VendorInfo vendor;
            vendor.id = row.columnText(0);
            vendor.name = row.columnText(1);
            vendor.country = row.columnText(2);
            vendor.ispRouterBrand = row.columnInt64(3) != 0;
            vendor.updateRoute = row.columnText(4);
            vendor.autoUpdate = row.columnText(5);
            vendor.supportUrl = row.columnText(6);
            vendor.supportPolicy = row.columnIsNull(7) ? std::string("unknown") : row.columnText(7);
            vendor.supportPolicySource = optionalText(row, 8);
            vendor.updateSteps = {row.columnText(9), row.columnText(10)};
            catalog.m_vendorIndex.emplace(vendor.id, catalog.m_vendors.size());
            catalog.m_vendors.push_back(std::move(vendor));
        });
    if (loaded) {
        loaded = forEachRow(
            kb, "SELECT vendor_id, kind FROM vendor_kind ORDER BY vendor_id, rowid", [&](const Statement& row) {
                if (auto found = catalog.m_vendorIndex.find(row.columnText(0)); found != catalog.m_vendorIndex.end()) {
                    catalog.m_vendors[found->second].kinds.push_back(row.columnText(1));
                }
            });
    }
    if (loaded) {
        loaded = forEachRow(kb, "SELECT alias_key, vendor_id FROM vendor_alias",
            [&](const Statement& row) { catalog.m_aliases.emplace(row.columnText(0), row.columnText(1)); });
    }
    if (loaded) {
        loaded = forEachRow(kb,
            "SELECT id, field, COALESCE(service, ''), COALESCE(txt_key, ''), pattern, vendor_id, kind, model, "
            "model_from_value, firmware_from_value, weight FROM fingerprint_rule ORDER BY id",
            [&](const Statement& row) {
                const auto field = fingerprintFieldFromKey(row.columnText(1));
                if (!field) {
                    return;  // written by a newer builder: a field this program cannot match
                }
                FingerprintRule rule;
                rule.id = row.columnText(0);
                rule.field = *field;
                rule.service = row.columnText(2);
                rule.key = row.columnText(3);
                rule.pattern = row.columnText(4);
                rule.vendorId = optionalText(row, 5);
                rule.kind = optionalText(row, 6);
                rule.model = optionalText(row, 7);
                rule.modelFromValue = row.columnInt64(8) != 0;
                rule.firmwareFromValue = row.columnInt64(9) != 0;
                rule.weight = std::clamp(row.columnDouble(10), 0.0, 1.0);
                catalog.m_rules.push_back(std::move(rule));
            });
    }
    if (loaded) {
        loaded = forEachRow(kb,
            "SELECT f.id, f.vendor_id, f.name, f.support_end, f.support_source, f.checked, f.update_route, "
            "(SELECT update_steps FROM model_family_text WHERE family_id = f.id AND lang = 'en'), "
            "(SELECT update_steps FROM model_family_text WHERE family_id = f.id AND lang = 'nl') "
            "FROM model_family f ORDER BY f.id",
            [&](const Statement& row) {
                ModelFamilyInfo family;
                family.id = row.columnText(0);
                family.vendorId = row.columnText(1);
                family.name = row.columnText(2);
                family.supportEnd = row.columnText(3);
                family.supportSource = optionalText(row, 4);
                family.checked = row.columnText(5);
                family.updateRoute = optionalText(row, 6);
                if (!row.columnIsNull(7) && !row.columnIsNull(8)) {
                    family.updateSteps = BilingualText {row.columnText(7), row.columnText(8)};
                }
                catalog.m_families.push_back(std::move(family));
            });
    }
    if (loaded) {
        loaded = forEachRow(kb, "SELECT family_id, pattern FROM model_family_pattern ORDER BY family_id, rowid",
            [&](const Statement& row) {
                if (auto* family = withId(catalog.m_families, row.columnText(0))) {
                    family->patterns.push_back(row.columnText(1));
                }
            });
    }
    if (loaded) {
        loaded = forEachRow(kb,
            "SELECT a.id, a.authority, a.jurisdiction, a.date, a.source, en.summary, en.mitigation, nl.summary, "
            "nl.mitigation FROM advisory a JOIN advisory_text en ON en.advisory_id = a.id AND en.lang = 'en' "
            "JOIN advisory_text nl ON nl.advisory_id = a.id AND nl.lang = 'nl' ORDER BY a.date DESC, a.id",
            [&](const Statement& row) {
                AdvisoryInfo advisory;
                advisory.id = row.columnText(0);
                advisory.authority = row.columnText(1);
                advisory.jurisdiction = row.columnText(2);
                advisory.date = row.columnText(3);
                advisory.source = row.columnText(4);
                advisory.summary = {row.columnText(5), row.columnText(7)};
                advisory.mitigation = {row.columnText(6), row.columnText(8)};
                catalog.m_advisories.push_back(std::move(advisory));
            });
    }
    if (loaded) {
        loaded = forEachRow(kb,
            "SELECT advisory_id, vendor_id, relation, confidence FROM advisory_vendor ORDER BY advisory_id, rowid",
            [&](const Statement& row) {
                if (auto* advisory = withId(catalog.m_advisories, row.columnText(0))) {
                    advisory->appliesTo.push_back({row.columnText(1), optionalText(row, 2), optionalText(row, 3)});
                }
            });
    }
    if (loaded) {
        loaded = forEachRow(kb,
            "SELECT cve_id, vendor_project, product, vendor_id, COALESCE(name, ''), COALESCE(date_added, ''), "
            "COALESCE(short_description, ''), COALESCE(required_action, ''), COALESCE(ransomware, '') FROM kev "
            "ORDER BY date_added DESC, cve_id DESC",
            [&](const Statement& row) {
                KevEntry entry;
                entry.cveId = row.columnText(0);
                entry.vendorProject = row.columnText(1);
                entry.product = row.columnText(2);
                entry.vendorId = optionalText(row, 3);
                entry.name = row.columnText(4);
                entry.dateAdded = row.columnText(5);
                entry.shortDescription = row.columnText(6);
                entry.requiredAction = row.columnText(7);
                entry.ransomware = row.columnText(8);
                if (entry.vendorId) {
                    catalog.m_kevByVendor[*entry.vendorId].push_back(catalog.m_kev.size());
                }
                catalog.m_kev.push_back(std::move(entry));
            });
    }
    if (loaded) {
        loaded = forEachRow(kb, "SELECT id, vendor_id, models, username, password FROM default_credential ORDER BY id",
            [&](const Statement& row) {
                catalog.m_credentials.push_back({row.columnInt64(0), optionalText(row, 1), optionalText(row, 2),
                    row.columnText(3), row.columnText(4)});
            });
    }
    if (!loaded) {
        return Failure<KnowledgeError> {loaded.error()};
    }
    return catalog;
}

const VendorInfo* Catalog::vendor(std::string_view id) const
{
    const auto found = m_vendorIndex.find(id);
    return found == m_vendorIndex.end() ? nullptr : &m_vendors[found->second];
}

std::optional<std::string> Catalog::vendorForAlias(std::string_view alias) const
{
    const auto key = KnowledgeBase::aliasKey(alias);
    if (key.empty()) {
        return std::nullopt;
    }
    const auto found = m_aliases.find(key);
    return found == m_aliases.end() ? std::nullopt : std::optional(found->second);
}

const ModelFamilyInfo* Catalog::familyFor(std::string_view vendorId, std::string_view model) const
{
    if (model.empty()) {
        return nullptr;
    }
    for (const auto& family : m_families) {
        if (family.vendorId != vendorId) {
            continue;
        }
        for (const auto& pattern : family.patterns) {
            if (globMatches(pattern, model)) {
                return &family;
            }
        }
    }
    return nullptr;
}

const ModelFamilyInfo* Catalog::family(std::string_view id) const
{
    return withId(m_families, id);
}

const AdvisoryInfo* Catalog::advisory(std::string_view id) const
{
    return withId(m_advisories, id);
}

std::vector<const AdvisoryInfo*> Catalog::advisoriesFor(std::string_view vendorId) const
{
    std::vector<const AdvisoryInfo*> found;
    for (const auto& advisory : m_advisories) {
        if (std::any_of(advisory.appliesTo.begin(), advisory.appliesTo.end(),
                [&](const auto& applies) { return applies.vendorId == vendorId; })) {
            found.push_back(&advisory);
        }
    }
    return found;
}

std::vector<const KevEntry*> Catalog::kevFor(std::string_view vendorId) const
{
    std::vector<const KevEntry*> found;
    if (const auto entries = m_kevByVendor.find(vendorId); entries != m_kevByVendor.end()) {
        for (const auto index : entries->second) {
            found.push_back(&m_kev[index]);
        }
    }
    return found;
}

const KevEntry* Catalog::kev(std::string_view cveId) const
{
    const auto found
        = std::find_if(m_kev.begin(), m_kev.end(), [&](const auto& entry) { return entry.cveId == cveId; });
    return found == m_kev.end() ? nullptr : &*found;
}

std::vector<const CredentialInfo*> Catalog::credentialsFor(std::string_view vendorId) const
{
    std::vector<const CredentialInfo*> found;
    for (const auto& credential : m_credentials) {
        if (credential.vendorId && *credential.vendorId == vendorId) {
            found.push_back(&credential);
        }
    }
    return found;
}

}  // namespace voordeur::core::knowledge
