// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KevImport.h"

#include <array>
#include <cstdint>
#include <ctime>
#include <exception>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

namespace voordeur::core::knowledge {

using nlohmann::json;

namespace {

using KevResult = Result<KevImportSummary, KevError>;

struct ParsedCatalog {
    std::string catalogVersion;
    std::string dateReleased;
    std::vector<KevEntry> entries;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Fields every entry must carry as strings; the rest (dueDate, notes, cwes) are not stored.
constexpr std::array<const char*, 8> kRequiredEntryFields = {"cveID", "vendorProject", "product", "vulnerabilityName",
    "dateAdded", "shortDescription", "requiredAction", "knownRansomwareCampaignUse"};

Result<ParsedCatalog, KevError> parseCatalog(std::string_view text)
{
    if (text.size() > maxKevCatalogBytes) {
        return fail(KevCode::TooLarge, std::to_string(text.size()));
    }
    json document;
    try {
        document = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {
        return fail(KevCode::NotJson, e.what());
    }
    if (!document.is_object()) {
        return fail(KevCode::BadSchema, "top level is not an object");
    }
    for (const char* key : {"catalogVersion", "dateReleased"}) {
        const auto it = document.find(key);
        if (it == document.end() || !it->is_string()) {
            return fail(KevCode::BadSchema, key);
        }
    }
    const auto count = document.find("count");
    if (count == document.end() || !count->is_number_integer()) {
        return fail(KevCode::BadSchema, "count");
    }
    const auto vulnerabilities = document.find("vulnerabilities");
    if (vulnerabilities == document.end() || !vulnerabilities->is_array()) {
        return fail(KevCode::BadSchema, "vulnerabilities");
    }
    if (vulnerabilities->empty()) {
        return fail(KevCode::Empty);
    }
    const auto declared = count->get<std::int64_t>();
    if (declared < 0 || static_cast<std::uint64_t>(declared) != vulnerabilities->size()) {
        return fail(KevCode::CountMismatch,
            "count " + std::to_string(declared) + ", entries " + std::to_string(vulnerabilities->size()));
    }

    ParsedCatalog catalog;
    catalog.catalogVersion = document.at("catalogVersion").get<std::string>();
    catalog.dateReleased = document.at("dateReleased").get<std::string>();
    catalog.entries.reserve(vulnerabilities->size());
    std::unordered_map<std::string, std::size_t> seen;
    std::size_t index = 0;
    for (const auto& item : *vulnerabilities) {
        if (!item.is_object()) {
            return fail(KevCode::BadSchema, "vulnerabilities[" + std::to_string(index) + "]");
        }
        for (const char* key : kRequiredEntryFields) {
            const auto it = item.find(key);
            if (it == item.end() || !it->is_string()) {
                return fail(KevCode::BadSchema, "vulnerabilities[" + std::to_string(index) + "]." + key);
            }
        }
        KevEntry entry;
        entry.cveId = item.at("cveID").get<std::string>();
        if (!isCveId(entry.cveId)) {
            return fail(KevCode::BadCveId, entry.cveId);
        }
        if (!seen.emplace(entry.cveId, index).second) {
            return fail(KevCode::DuplicateCve, entry.cveId);
        }
        entry.vendorProject = item.at("vendorProject").get<std::string>();
        entry.product = item.at("product").get<std::string>();
        entry.name = item.at("vulnerabilityName").get<std::string>();
        entry.dateAdded = item.at("dateAdded").get<std::string>();
        entry.shortDescription = item.at("shortDescription").get<std::string>();
        entry.requiredAction = item.at("requiredAction").get<std::string>();
        entry.ransomware = item.at("knownRansomwareCampaignUse").get<std::string>();
        catalog.entries.push_back(std::move(entry));
        ++index;
    }
    return catalog;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm parts {};
    gmtime_r(&now, &parts);
    std::array<char, 32> buffer {};
    const auto size = std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(buffer.data(), size);
}

KevResult storageFailure(const SqliteError& error)
{
    return fail(KevCode::StorageFailed, error.detail);
}

KevResult store(KnowledgeBase& kb, ParsedCatalog& catalog)
{
    Database& db = kb.database();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return storageFailure(transaction.error());
    }
    if (auto cleared = db.exec("DELETE FROM kev; DELETE FROM kev_meta;"); !cleared) {
        return storageFailure(cleared.error());
    }

    KevImportSummary summary;
    summary.catalogVersion = catalog.catalogVersion;
    summary.dateReleased = catalog.dateReleased;

    auto insert = db.prepare("INSERT INTO kev(cve_id, vendor_project, product, vendor_id, name, date_added, "
                             "short_description, required_action, ransomware) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) {
        return storageFailure(insert.error());
    }
    std::unordered_map<std::string, std::optional<std::string>> vendorOf;
    for (auto& entry : catalog.entries) {
        auto known = vendorOf.find(entry.vendorProject);
        if (known == vendorOf.end()) {
            known = vendorOf.emplace(entry.vendorProject, kb.vendorForAlias(entry.vendorProject)).first;
        }
        entry.vendorId = known->second;
        if (entry.vendorId) {
            ++summary.tiedToVendor;
        }
        insert->reset();
        insert->bind(1, std::string_view(entry.cveId))
            .bind(2, std::string_view(entry.vendorProject))
            .bind(3, std::string_view(entry.product))
            .bind(4, entry.vendorId)
            .bind(5, std::string_view(entry.name))
            .bind(6, std::string_view(entry.dateAdded))
            .bind(7, std::string_view(entry.shortDescription))
            .bind(8, std::string_view(entry.requiredAction))
            .bind(9, std::string_view(entry.ransomware));
        if (auto step = insert->step(); !step) {
            return storageFailure(step.error());
        }
        ++summary.imported;
    }

    auto meta = db.prepare("INSERT INTO kev_meta(key, value) VALUES(?1, ?2)");
    if (!meta) {
        return storageFailure(meta.error());
    }
    const std::array<std::pair<const char*, std::string>, 4> values = {{
        {"catalogVersion", catalog.catalogVersion},
        {"dateReleased", catalog.dateReleased},
        {"count", std::to_string(summary.imported)},
        {"importedAt", utcNow()},
    }};
    for (const auto& [key, value] : values) {
        meta->reset();
        meta->bind(1, std::string_view(key)).bind(2, std::string_view(value));
        if (auto step = meta->step(); !step) {
            return storageFailure(step.error());
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return storageFailure(committed.error());
    }
    return summary;
}

std::vector<std::pair<std::string, int>> countsBy(const KnowledgeBase& kb, std::string_view sql)
{
    std::vector<std::pair<std::string, int>> counts;
    auto statement = kb.database().prepare(sql);
    if (!statement) {
        return counts;
    }
    for (;;) {
        auto step = statement->step();
        if (!step || *step != Statement::Step::Row) {
            break;
        }
        counts.emplace_back(statement->columnText(0), static_cast<int>(statement->columnInt64(1)));
    }
    return counts;
}

}  // namespace

bool isCveId(std::string_view text)
{
    constexpr std::string_view prefix = "CVE-";
    if (text.size() < prefix.size() + 4 + 1 + 4 || text.substr(0, prefix.size()) != prefix) {
        return false;
    }
    const auto year = text.substr(prefix.size(), 4);
    const auto sequence = text.substr(prefix.size() + 5);
    if (text[prefix.size() + 4] != '-') {
        return false;
    }
    for (const char c : year) {
        if (!isDigit(c)) {
            return false;
        }
    }
    for (const char c : sequence) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

Result<KevImportSummary, KevError> importKev(KnowledgeBase& kb, std::string_view text)
{
    // nlohmann-json and the standard library may still throw (bad_alloc); nothing may escape.
    try {
        auto parsed = parseCatalog(text);
        if (!parsed) {
            return Failure<KevError> {parsed.error()};
        }
        return store(kb, *parsed);
    } catch (const std::exception& e) {
        return fail(KevCode::StorageFailed, e.what());
    }
}

std::size_t kevCount(const KnowledgeBase& kb)
{
    auto statement = kb.database().prepare("SELECT COUNT(*) FROM kev");
    if (!statement) {
        return 0;
    }
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return 0;
    }
    return static_cast<std::size_t>(statement->columnInt64(0));
}

std::optional<KevEntry> kevEntry(const KnowledgeBase& kb, std::string_view cveId)
{
    auto statement = kb.database().prepare("SELECT cve_id, vendor_project, product, vendor_id, name, date_added, "
                                           "short_description, required_action, ransomware FROM kev WHERE cve_id = ?1");
    if (!statement) {
        return std::nullopt;
    }
    statement->bind(1, cveId);
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    KevEntry entry;
    entry.cveId = statement->columnText(0);
    entry.vendorProject = statement->columnText(1);
    entry.product = statement->columnText(2);
    entry.vendorId = statement->columnOptionalText(3);
    entry.name = statement->columnText(4);
    entry.dateAdded = statement->columnText(5);
    entry.shortDescription = statement->columnText(6);
    entry.requiredAction = statement->columnText(7);
    entry.ransomware = statement->columnText(8);
    return entry;
}

std::optional<std::string> kevMeta(const KnowledgeBase& kb, std::string_view key)
{
    auto statement = kb.database().prepare("SELECT value FROM kev_meta WHERE key = ?1");
    if (!statement) {
        return std::nullopt;
    }
    statement->bind(1, key);
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return statement->columnOptionalText(0);
}

std::vector<std::pair<std::string, int>> kevCountsByVendorProject(const KnowledgeBase& kb)
{
    return countsBy(kb,
        "SELECT vendor_project, COUNT(*) AS n FROM kev GROUP BY vendor_project "
        "ORDER BY n DESC, vendor_project");
}

std::vector<std::pair<std::string, int>> kevCountsByVendor(const KnowledgeBase& kb)
{
    return countsBy(kb,
        "SELECT vendor_id, COUNT(*) AS n FROM kev WHERE vendor_id IS NOT NULL GROUP BY vendor_id "
        "ORDER BY n DESC, vendor_id");
}

}  // namespace voordeur::core::knowledge
