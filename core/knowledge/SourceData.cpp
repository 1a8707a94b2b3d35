// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/SourceData.h"

#include "core/knowledge/SourceFields.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

using namespace source;

VendorAlias alias(const FieldReader& reader, const Deb822Field& field, const std::string& item)
{
    const auto separator = item.find(": ");
    if (separator == std::string::npos || separator + 2 == item.size()) {
        reader.bad(field, "alias is not `kind: value`: " + item);
    }
    const auto kind = std::string_view(item).substr(0, separator);
    auto value = item.substr(separator + 2);
    if (kind == "oui") {
        return {AliasKind::Oui, std::move(value)};
    }
    if (kind == "kev") {
        return {AliasKind::Kev, std::move(value)};
    }
    if (kind == "upnp") {
        return {AliasKind::Upnp, std::move(value)};
    }
    if (kind == "name") {
        return {AliasKind::Name, std::move(value)};
    }
    reader.bad(field, "unknown alias kind: " + std::string(kind));
}

VendorRecord readVendor(const std::filesystem::path& dir, const std::string& relative, const std::string& stem)
{
    const auto paragraphs = parseFile(dir, relative);
    if (paragraphs.size() != 1) {
        invalid(SourceCode::BadValue, relative, paragraphs.empty() ? 1 : paragraphs[1].line,
            "a vendor file holds exactly one paragraph");
    }
    const FieldReader reader(paragraphs.front(), relative,
        {"Vendor", "Name", "Aliases", "Country", "IspRouterBrand", "Kinds", "UpdateRoute", "AutoUpdate", "SupportUrl",
            "UpdateSteps-en", "UpdateSteps-nl", "SupportPolicy", "SupportPolicySource", "Notes"});

    VendorRecord vendor;
    vendor.file = relative;
    vendor.line = reader.line();
    const auto& idField = reader.required("Vendor");
    vendor.id = reader.id(idField, "a vendor");
    if (vendor.id != stem) {
        invalid(SourceCode::WrongFileName, relative, idField.line, vendor.id);
    }
    vendor.name = reader.line(reader.required("Name"));
    const auto& aliases = reader.required("Aliases");
    for (const auto& item : reader.lines(aliases)) {
        vendor.aliases.push_back(alias(reader, aliases, item));
    }
    const auto& country = reader.required("Country");
    vendor.country = reader.word(country);
    if (vendor.country.size() != 2
        || !std::all_of(vendor.country.begin(), vendor.country.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        reader.bad(country, "not an upper-case ISO 3166-1 alpha-2 code");
    }
    vendor.ispRouterBrand = reader.yesno(reader.required("IspRouterBrand"));
    const auto& kinds = reader.required("Kinds");
    vendor.kinds = reader.list(kinds);
    for (const auto& kind : vendor.kinds) {
        if (!oneOf(kKinds, kind)) {
            reader.bad(kinds, "unknown kind " + kind);
        }
    }
    const auto& route = reader.required("UpdateRoute");
    vendor.updateRoute = reader.word(route);
    if (!oneOf(kUpdateRoutes, vendor.updateRoute)) {
        reader.bad(route, "unknown value " + vendor.updateRoute);
    }
    const auto& autoUpdate = reader.required("AutoUpdate");
    vendor.autoUpdate = reader.word(autoUpdate);
    if (!oneOf(kAutoUpdates, vendor.autoUpdate)) {
        reader.bad(autoUpdate, "unknown value " + vendor.autoUpdate);
    }
    vendor.supportUrl = reader.url(reader.required("SupportUrl"));
    vendor.updateStepsEn = steps(reader, "UpdateSteps-en");
    vendor.updateStepsNl = steps(reader, "UpdateSteps-nl");
    if (vendor.updateStepsEn.size() != vendor.updateStepsNl.size()) {
        reader.bad(reader.required("UpdateSteps-nl"), "a different number of steps than UpdateSteps-en");
    }
    vendor.supportPolicy = reader.text(reader.required("SupportPolicy"));
    const auto& policySource = reader.required("SupportPolicySource");
    if (reader.word(policySource) == "none") {
        if (vendor.supportPolicy != "unknown") {
            reader.bad(policySource, "none, but SupportPolicy is not unknown");
        }
    } else {
        vendor.supportPolicySource = reader.url(policySource);
        if (vendor.supportPolicy == "unknown") {
            reader.bad(policySource, "must be none when SupportPolicy is unknown");
        }
    }
    vendor.notes = reader.optionalText("Notes");
    return vendor;
}

RelatedBrand relatedBrand(const FieldReader& reader, const Deb822Field& field, const std::string& entry)
{
    // `id (relation, confidence)`; the relation may itself contain commas.
    const auto open = entry.find(" (");
    const auto comma = entry.rfind(", ");
    if (open == std::string::npos || !entry.ends_with(')') || comma == std::string::npos || comma < open) {
        reader.bad(field, "not `id (relation, confidence)`: " + entry);
    }
    RelatedBrand brand {entry.substr(0, open), trim(entry.substr(open + 2, comma - open - 2)),
        entry.substr(comma + 2, entry.size() - comma - 3)};
    if (!isId(brand.vendorId) || brand.relation.empty() || !oneOf(kConfidences, brand.confidence)) {
        reader.bad(field, "not `id (relation, high|medium|low)`: " + entry);
    }
    return brand;
}

std::vector<AdvisoryRecord> readAdvisories(const std::filesystem::path& dir, const std::string& relative)
{
    std::vector<AdvisoryRecord> advisories;
    for (const auto& paragraph : parseFile(dir, relative)) {
        const FieldReader reader(paragraph, relative,
            {"Advisory", "Vendors", "RelatedBrands", "Authority", "Jurisdiction", "Date", "Source", "Summary-en",
                "Summary-nl", "Mitigation-en", "Mitigation-nl"});
        AdvisoryRecord advisory;
        advisory.line = reader.line();
        advisory.id = reader.id(reader.required("Advisory"), "an advisory");
        const auto& vendors = reader.required("Vendors");
        advisory.vendors = reader.list(vendors);
        if (const auto* related = reader.optional("RelatedBrands"); related != nullptr) {
            for (const auto& entry : splitList(reader.text(*related))) {
                advisory.relatedBrands.push_back(relatedBrand(reader, *related, entry));
            }
        }
        advisory.authority = reader.line(reader.required("Authority"));
        const auto& jurisdiction = reader.required("Jurisdiction");
        advisory.jurisdiction = reader.word(jurisdiction);
        if (!oneOf(kJurisdictions, advisory.jurisdiction)) {
            reader.bad(jurisdiction, "unknown jurisdiction " + advisory.jurisdiction);
        }
        advisory.date = reader.date(reader.required("Date"));
        advisory.sources = reader.sources(reader.required("Source"));
        advisory.summaryEn = reader.text(reader.required("Summary-en"));
        advisory.summaryNl = reader.text(reader.required("Summary-nl"));
        advisory.mitigationEn = reader.text(reader.required("Mitigation-en"));
        advisory.mitigationNl = reader.text(reader.required("Mitigation-nl"));
        advisories.push_back(std::move(advisory));
    }
    return advisories;
}

std::vector<CredentialRecord> readCredentials(const std::filesystem::path& dir, const std::string& relative)
{
    std::vector<CredentialRecord> credentials;
    for (const auto& paragraph : parseFile(dir, relative)) {
        const FieldReader reader(paragraph, relative, {"Vendor", "Models", "Username", "Password", "Source", "Note"});
        CredentialRecord credential;
        credential.line = reader.line();
        const auto& vendor = reader.required("Vendor");
        if (reader.word(vendor) != "any") {
            credential.vendorId = reader.id(vendor, "a vendor");
        }
        if (const auto* models = reader.optional("Models"); models != nullptr) {
            credential.models = reader.line(*models);
        }
        credential.username = reader.line(reader.required("Username"));
        credential.password = reader.line(reader.required("Password"));
        if (credential.password == "(none)") {
            credential.password.clear();
        }
        credential.sources = reader.sources(reader.required("Source"));
        credential.note = reader.optionalText("Note");
        credentials.push_back(std::move(credential));
    }
    return credentials;
}

std::vector<std::filesystem::path> txtFiles(const std::filesystem::path& dir, const std::string& folder)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(dir / folder, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".txt") {
            files.push_back(it->path());
        }
    }
    if (error) {
        invalid(SourceCode::CannotRead, folder, 0, error.message());
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// SHA-256 over the relative names and contents of the files, in the order given.
std::string digestOf(const std::filesystem::path& dir, const std::vector<std::string>& relativeFiles)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    for (const auto& relative : relativeFiles) {
        std::ifstream in(dir / relative, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string header = relative + '\n' + std::to_string(text.size()) + '\n';
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(header.data()), header.size());
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> hash {};
    crypto_hash_sha256_final(&state, hash.data());
    std::string hex;
    for (const auto byte : hash) {
        std::array<char, 3> pair {};
        std::snprintf(pair.data(), pair.size(), "%02x", byte);
        hex += pair.data();
    }
    return hex;
}

void checkReferences(const KnowledgeSource& source, const std::string& advisoriesFile,
    const std::string& credentialsFile, const std::string& familiesFile)
{
    std::set<std::string> vendorIds;
    std::map<std::pair<AliasKind, std::string>, std::string> aliasOwner;
    for (const auto& vendor : source.vendors) {
        vendorIds.insert(vendor.id);
        for (const auto& alias : vendor.aliases) {
            if (alias.kind == AliasKind::Name) {
                continue;
            }
            const auto [it, inserted] = aliasOwner.emplace(std::pair {alias.kind, alias.value}, vendor.id);
            if (!inserted && it->second != vendor.id) {
                invalid(
                    SourceCode::DuplicateAlias, vendor.file, vendor.line, alias.value + " also under " + it->second);
            }
        }
    }
    std::set<std::string> advisoryIds;
    for (const auto& advisory : source.advisories) {
        if (!advisoryIds.insert(advisory.id).second) {
            invalid(SourceCode::DuplicateId, advisoriesFile, advisory.line, advisory.id);
        }
        for (const auto& vendor : advisory.vendors) {
            if (vendorIds.count(vendor) == 0) {
                invalid(SourceCode::UnknownVendor, advisoriesFile, advisory.line, vendor);
            }
        }
        for (const auto& brand : advisory.relatedBrands) {
            if (vendorIds.count(brand.vendorId) == 0) {
                invalid(SourceCode::UnknownVendor, advisoriesFile, advisory.line, brand.vendorId);
            }
        }
    }
    std::set<std::tuple<std::string, std::string, std::string>> pairs;
    for (const auto& credential : source.credentials) {
        if (credential.vendorId && vendorIds.count(*credential.vendorId) == 0) {
            invalid(SourceCode::UnknownVendor, credentialsFile, credential.line, *credential.vendorId);
        }
        if (!pairs.emplace(credential.vendorId.value_or("any"), credential.username, credential.password).second) {
            invalid(SourceCode::DuplicateId, credentialsFile, credential.line,
                credential.username + "/" + credential.password);
        }
    }
    std::set<std::string> familyIds;
    for (const auto& family : source.modelFamilies) {
        if (!familyIds.insert(family.id).second) {
            invalid(SourceCode::DuplicateId, familiesFile, family.line, family.id);
        }
        if (vendorIds.count(family.vendorId) == 0) {
            invalid(SourceCode::UnknownVendor, familiesFile, family.line, family.vendorId);
        }
    }
    std::set<std::string> ruleIds;
    for (const auto& record : source.fingerprints) {
        if (!ruleIds.insert(record.rule.id).second) {
            invalid(SourceCode::DuplicateId, record.file, record.line, record.rule.id);
        }
        if (record.rule.vendorId && vendorIds.count(*record.rule.vendorId) == 0) {
            invalid(SourceCode::UnknownVendor, record.file, record.line, *record.rule.vendorId);
        }
    }
}

}  // namespace

std::string describe(const SourceError& error)
{
    return error.file + ":" + std::to_string(error.line) + ": " + error.detail;
}

SourceResult<KnowledgeSource> readKnowledgeSource(const std::filesystem::path& dir)
{
    const std::string advisoriesFile = "advisories.txt";
    const std::string credentialsFile = "default-credentials.txt";
    const std::string familiesFile = "model-families.txt";
    try {
        KnowledgeSource source;
        std::vector<std::string> read;
        for (const auto& path : txtFiles(dir, "vendors")) {
            read.push_back("vendors/" + path.filename().string());
            source.vendors.push_back(readVendor(dir, read.back(), path.stem().string()));
        }
        source.advisories = readAdvisories(dir, advisoriesFile);
        source.credentials = readCredentials(dir, credentialsFile);
        source.modelFamilies = readModelFamilies(dir, familiesFile);
        read.insert(read.end(), {advisoriesFile, credentialsFile, familiesFile});
        for (const auto& path : txtFiles(dir, "fingerprints")) {
            read.push_back("fingerprints/" + path.filename().string());
            auto rules = readFingerprints(dir, read.back(), path.stem().string());
            std::move(rules.begin(), rules.end(), std::back_inserter(source.fingerprints));
        }
        checkReferences(source, advisoriesFile, credentialsFile, familiesFile);
        source.digest = digestOf(dir, read);
        return source;
    } catch (Invalid& failure) {
        return Failure<SourceError> {std::move(failure.error)};
    }
}

bool isKnownKind(std::string_view kind)
{
    return oneOf(kKinds, kind);
}

const std::vector<std::string>& knownKinds()
{
    static const std::vector<std::string> kinds(kKinds.begin(), kKinds.end());
    return kinds;
}

}  // namespace voordeur::core::knowledge
