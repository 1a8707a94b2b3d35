// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeBuild.h"

#include "core/about/Version.h"
#include "core/knowledge/KnowledgeBase.h"
#include "core/knowledge/Sqlite.h"

#include <unistd.h>

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace voordeur::core::knowledge {

namespace {

Failure<SourceError> storageFailed(std::string detail)
{
    return {SourceError {SourceCode::StorageFailed, {}, 0, std::move(detail), std::nullopt}};
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string joined;
    for (const auto& line : lines) {
        if (!joined.empty()) {
            joined += '\n';
        }
        joined += line;
    }
    return joined;
}

/// Runs one prepared statement with its parameters, as text or NULL.
class Writer final
{
public:
    explicit Writer(Database& db)
        : m_db(db)
    { }

    std::optional<SourceError> run(std::string_view sql, const std::vector<std::optional<std::string>>& values)
    {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            auto prepared = m_db.prepare(sql);
            if (!prepared) {
                return storageFailed(prepared.error().detail).error;
            }
            found = m_statements.emplace(std::string(sql), std::move(prepared).value()).first;
        }
        auto& statement = found->second;
        statement.reset();
        int index = 1;
        for (const auto& value : values) {
            statement.bind(index++, value);
        }
        if (auto step = statement.step(); !step) {
            return storageFailed(std::string(sql.substr(0, sql.find('('))) + ": " + step.error().detail).error;
        }
        return std::nullopt;
    }

private:
    Database& m_db;
    std::map<std::string, Statement, std::less<>> m_statements;
};

std::optional<SourceError> writeVendors(Writer& writer, const KnowledgeSource& source, KnowledgeBuildSummary& summary)
{
    std::map<std::string, std::string> aliasOwner;
    for (const auto& vendor : source.vendors) {
        if (auto error = writer.run("INSERT INTO vendor(id, name, country, isp_router_brand) VALUES(?1, ?2, ?3, ?4)",
                {vendor.id, vendor.name, vendor.country, std::string(vendor.ispRouterBrand ? "1" : "0")})) {
            return error;
        }
        if (auto error = writer.run("INSERT INTO vendor_policy(vendor_id, update_route, auto_update, support_url, "
                                    "support_policy, support_policy_source) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                {vendor.id, vendor.updateRoute, vendor.autoUpdate, vendor.supportUrl, vendor.supportPolicy,
                    vendor.supportPolicySource})) {
            return error;
        }
        for (const auto& kind : vendor.kinds) {
            if (auto error
                = writer.run("INSERT OR IGNORE INTO vendor_kind(vendor_id, kind) VALUES(?1, ?2)", {vendor.id, kind})) {
                return error;
            }
        }
        for (const auto& [lang, steps] : {std::pair {"en", &vendor.updateStepsEn}, {"nl", &vendor.updateStepsNl}}) {
            if (auto error = writer.run("INSERT INTO vendor_text(vendor_id, lang, update_steps) VALUES(?1, ?2, ?3)",
                    {vendor.id, std::string(lang), joinLines(*steps)})) {
                return error;
            }
        }
        // Aliases are looked up by KnowledgeBase::aliasKey(); the id and the name are aliases too.
        std::vector<std::string> names {vendor.id, vendor.name};
        for (const auto& alias : vendor.aliases) {
            names.push_back(alias.value);
        }
        for (const auto& name : names) {
            const auto key = KnowledgeBase::aliasKey(name);
            if (key.empty()) {
                continue;
            }
            const auto [owner, inserted] = aliasOwner.emplace(key, vendor.id);
            if (!inserted) {
                if (owner->second != vendor.id) {
                    return SourceError {SourceCode::DuplicateAlias, vendor.file, vendor.line,
                        name + " (key " + key + ") also under " + owner->second, std::nullopt};
                }
                continue;
            }
            if (auto error
                = writer.run("INSERT INTO vendor_alias(alias_key, vendor_id) VALUES(?1, ?2)", {key, vendor.id})) {
                return error;
            }
            ++summary.aliases;
        }
        ++summary.vendors;
    }
    return std::nullopt;
}

std::optional<SourceError> writeAdvisories(
    Writer& writer, const KnowledgeSource& source, KnowledgeBuildSummary& summary)
{
    for (const auto& advisory : source.advisories) {
        if (auto error
            = writer.run("INSERT INTO advisory(id, authority, jurisdiction, date, source) VALUES(?1, ?2, ?3, ?4, ?5)",
                {advisory.id, advisory.authority, advisory.jurisdiction, advisory.date, joinLines(advisory.sources)})) {
            return error;
        }
        constexpr std::string_view insertVendor = "INSERT OR IGNORE INTO advisory_vendor(advisory_id, vendor_id, "
                                                  "relation, confidence) VALUES(?1, ?2, ?3, ?4)";
        for (const auto& vendor : advisory.vendors) {
            if (auto error = writer.run(insertVendor, {advisory.id, vendor, std::nullopt, std::nullopt})) {
                return error;
            }
        }
        for (const auto& brand : advisory.relatedBrands) {
            if (auto error
                = writer.run(insertVendor, {advisory.id, brand.vendorId, brand.relation, brand.confidence})) {
                return error;
            }
        }
        constexpr std::string_view insertText
            = "INSERT INTO advisory_text(advisory_id, lang, summary, mitigation) VALUES(?1, ?2, ?3, ?4)";
        if (auto error = writer.run(insertText, {advisory.id, "en", advisory.summaryEn, advisory.mitigationEn})) {
            return error;
        }
        if (auto error = writer.run(insertText, {advisory.id, "nl", advisory.summaryNl, advisory.mitigationNl})) {
            return error;
        }
        ++summary.advisories;
    }
    for (const auto& credential : source.credentials) {
        if (auto error = writer.run("INSERT INTO default_credential(vendor_id, models, username, password, source, "
                                    "note) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                {credential.vendorId, credential.models, credential.username, credential.password,
                    joinLines(credential.sources), credential.note})) {
            return error;
        }
        ++summary.credentials;
    }
    return std::nullopt;
}

std::optional<SourceError> writeIdentification(
    Writer& writer, const KnowledgeSource& source, KnowledgeBuildSummary& summary)
{
    for (const auto& family : source.modelFamilies) {
        if (auto error = writer.run("INSERT INTO model_family(id, vendor_id, name, support_end, support_source, "
                                    "checked, update_route) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                {family.id, family.vendorId, family.name, family.supportEnd, family.supportSource, family.checked,
                    family.updateRoute})) {
            return error;
        }
        for (const auto& pattern : family.patterns) {
            if (auto error = writer.run("INSERT OR IGNORE INTO model_family_pattern(family_id, pattern) VALUES(?1, ?2)",
                    {family.id, pattern})) {
                return error;
            }
        }
        if (!family.updateStepsEn.empty()) {
            for (const auto& [lang, steps] : {std::pair {"en", &family.updateStepsEn}, {"nl", &family.updateStepsNl}}) {
                if (auto error
                    = writer.run("INSERT INTO model_family_text(family_id, lang, update_steps) VALUES(?1, ?2, ?3)",
                        {family.id, std::string(lang), joinLines(*steps)})) {
                    return error;
                }
            }
        }
        ++summary.modelFamilies;
    }
    for (const auto& record : source.fingerprints) {
        const auto& rule = record.rule;
        char weight[8];
        std::snprintf(weight, sizeof weight, "%.2f", rule.weight);
        if (auto error = writer.run("INSERT INTO fingerprint_rule(id, field, service, txt_key, pattern, vendor_id, "
                                    "kind, model, model_from_value, firmware_from_value, weight, example, reference) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS REAL), ?12, ?13)",
                {rule.id, std::string(fingerprintFieldKey(rule.field)),
                    rule.service.empty() ? std::nullopt : std::optional(rule.service),
                    rule.key.empty() ? std::nullopt : std::optional(rule.key), rule.pattern, rule.vendorId, rule.kind,
                    rule.model, std::string(rule.modelFromValue ? "1" : "0"),
                    std::string(rule.firmwareFromValue ? "1" : "0"), std::string(weight), record.example,
                    record.reference})) {
            return error;
        }
        ++summary.fingerprintRules;
    }
    constexpr std::string_view insertMeta = "INSERT INTO knowledge_meta(key, value) VALUES(?1, ?2)";
    if (auto error = writer.run(insertMeta, {"source_digest", source.digest})) {
        return error;
    }
    return writer.run(insertMeta, {"built_with", std::string(VOORDEUR_VERSION)});
}

SourceResult<KnowledgeBuildSummary> writeDatabase(const KnowledgeSource& source, const std::filesystem::path& path)
{
    auto kb = KnowledgeBase::open(path);
    if (!kb) {
        return storageFailed(kb.error().detail);
    }
    KnowledgeBuildSummary summary;
    {
        auto transaction = Transaction::begin(kb->database());
        if (!transaction) {
            return storageFailed(transaction.error().detail);
        }
        Writer writer(kb->database());
        if (auto error = writeVendors(writer, source, summary)) {
            return Failure<SourceError> {std::move(*error)};
        }
        if (auto error = writeAdvisories(writer, source, summary)) {
            return Failure<SourceError> {std::move(*error)};
        }
        if (auto error = writeIdentification(writer, source, summary)) {
            return Failure<SourceError> {std::move(*error)};
        }
        if (auto committed = transaction->commit(); !committed) {
            return storageFailed(committed.error().detail);
        }
    }
    // The shipped file is read from a folder that may be read-only: one file, no WAL beside it.
    if (auto journal = kb->database().exec("PRAGMA journal_mode = DELETE"); !journal) {
        return storageFailed(journal.error().detail);
    }
    return summary;
}

void removeWithSidecars(const std::filesystem::path& path)
{
    std::error_code ignored;
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path.string() + suffix, ignored);
    }
}

}  // namespace

SourceResult<KnowledgeBuildSummary> buildKnowledgeBase(
    const std::filesystem::path& sourceDir, const std::filesystem::path& outputPath)
{
    auto source = readKnowledgeSource(sourceDir);
    if (!source) {
        return Failure<SourceError> {source.error()};
    }
    auto temporary = outputPath;
    temporary += ".tmp-" + std::to_string(::getpid());
    removeWithSidecars(temporary);
    auto written = writeDatabase(*source, temporary);
    if (!written) {
        removeWithSidecars(temporary);
        return written;
    }
    std::error_code error;
    std::filesystem::rename(temporary, outputPath, error);
    if (error) {
        removeWithSidecars(temporary);
        return storageFailed("rename: " + error.message());
    }
    return written;
}

}  // namespace voordeur::core::knowledge
