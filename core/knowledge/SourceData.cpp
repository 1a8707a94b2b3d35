// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/SourceData.h"

#include "core/util/Glob.h"

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

// Thrown only inside this file and caught in readKnowledgeSource(), so that deeply nested
// validation can stop at the first problem; callers only ever see a SourceError value.
struct Invalid {
    SourceError error;
};

[[noreturn]] void invalid(SourceCode code, const std::string& file, std::size_t line, std::string detail)
{
    throw Invalid {SourceError {code, file, line, std::move(detail), std::nullopt}};
}

constexpr std::array<std::string_view, 23> kKinds = {"camera", "recorder", "tv", "speaker", "streaming-stick",
    "printer", "router", "access-point", "nas", "thermostat", "light-bridge", "doorbell", "plug", "robot-vacuum",
    "game-console", "computer", "phone", "appliance", "media-server", "lamp", "hub", "smart-display", "tablet"};
constexpr std::array<std::string_view, 5> kUpdateRoutes
    = {"automatic", "app", "web-interface", "provider-managed", "mixed"};
constexpr std::array<std::string_view, 3> kAutoUpdates = {"yes", "no", "some-models"};
constexpr std::array<std::string_view, 5> kJurisdictions = {"NL", "DE", "US", "UK", "EU"};
constexpr std::array<std::string_view, 3> kConfidences = {"high", "medium", "low"};

template <std::size_t N> bool oneOf(const std::array<std::string_view, N>& allowed, std::string_view value)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || isDigit(c);
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
bool isId(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.back() == '-' || text.find("--") != std::string_view::npos) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) { return isLowerAlnum(c) || c == '-'; });
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool isDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (!isDigit(text[i])) {
            return false;
        }
    }
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    const int maxDay = kDays.at(static_cast<std::size_t>(month - 1)) + (month == 2 && isLeapYear(year) ? 1 : 0);
    return day <= maxDay;
}

bool isUrl(std::string_view text)
{
    const auto rest = text.starts_with("https://") ? text.substr(8)
        : text.starts_with("http://")              ? text.substr(7)
                                                   : std::string_view {};
    return !rest.empty() && rest.find(' ') == std::string_view::npos && rest.front() != '/';
}

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(' ');
    return std::string(text.substr(first, last - first + 1));
}

/// Splits on commas at the top level (outside parentheses) and trims each part.
std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

/// Reads the typed fields of one paragraph of one file.
class FieldReader final
{
public:
    FieldReader(const Deb822Paragraph& paragraph, std::string file, std::vector<std::string_view> known)
        : m_paragraph(paragraph)
        , m_file(std::move(file))
    {
        for (const auto& field : m_paragraph.fields) {
            if (std::find(known.begin(), known.end(), field.name) == known.end()) {
                invalid(SourceCode::UnknownField, m_file, field.line, field.name);
            }
        }
    }

    const std::string& file() const { return m_file; }
    std::size_t line() const { return m_paragraph.line; }

    const Deb822Field* optional(std::string_view name) const { return m_paragraph.find(name); }

    const Deb822Field& required(std::string_view name) const
    {
        const auto* field = m_paragraph.find(name);
        if (field == nullptr) {
            invalid(SourceCode::MissingField, m_file, m_paragraph.line, std::string(name));
        }
        return *field;
    }

    [[noreturn]] void bad(const Deb822Field& field, const std::string& why) const
    {
        invalid(SourceCode::BadValue, m_file, field.line, field.name + ": " + why);
    }

    std::string line(const Deb822Field& field) const
    {
        if (!field.continuation.empty()) {
            bad(field, "must fit on one line");
        }
        if (field.firstLine.empty()) {
            bad(field, "empty");
        }
        return field.firstLine;
    }

    std::string word(const Deb822Field& field) const
    {
        auto value = line(field);
        if (value.find(' ') != std::string::npos) {
            bad(field, "must be one word");
        }
        return value;
    }

    /// Folded text: lines joined with single spaces, ` .` starting a new paragraph.
    std::string text(const Deb822Field& field) const
    {
        std::string value = field.firstLine;
        bool paragraphStart = value.empty();
        for (const auto& continuation : field.continuation) {
            if (continuation.empty()) {
                value += "\n\n";
                paragraphStart = true;
                continue;
            }
            if (!paragraphStart) {
                value += ' ';
            }
            value += continuation;
            paragraphStart = false;
        }
        if (trim(value).empty()) {
            bad(field, "empty");
        }
        return value;
    }

    /// A `lines` field: the first line must be empty unless `firstLineAllowed`.
    std::vector<std::string> lines(const Deb822Field& field, bool firstLineAllowed = false) const
    {
        std::vector<std::string> items;
        if (!field.firstLine.empty()) {
            if (!firstLineAllowed) {
                bad(field, "the first line must be empty");
            }
            items.push_back(field.firstLine);
        }
        items.insert(items.end(), field.continuation.begin(), field.continuation.end());
        if (items.empty()) {
            bad(field, "no lines");
        }
        return items;
    }

    std::vector<std::string> list(const Deb822Field& field) const
    {
        auto items = splitList(line(field));
        for (const auto& item : items) {
            if (item.empty() || item.find(' ') != std::string::npos) {
                bad(field, "not a comma-separated list of words");
            }
        }
        return items;
    }

    std::string url(const Deb822Field& field) const
    {
        auto value = line(field);
        if (!isUrl(value)) {
            bad(field, "not an http(s) URL");
        }
        return value;
    }

    std::string date(const Deb822Field& field) const
    {
        auto value = line(field);
        if (!isDate(value)) {
            bad(field, "not a YYYY-MM-DD date");
        }
        return value;
    }

    bool yesno(const Deb822Field& field) const
    {
        const auto value = word(field);
        if (value != "yes" && value != "no") {
            bad(field, "must be yes or no");
        }
        return value == "yes";
    }

    std::optional<std::string> optionalText(std::string_view name) const
    {
        const auto* field = optional(name);
        return field == nullptr ? std::nullopt : std::optional<std::string>(text(*field));
    }

    /// A Source field: items per line, at least one of them a URL.
    std::vector<std::string> sources(const Deb822Field& field) const
    {
        auto items = lines(field, true);
        if (std::none_of(items.begin(), items.end(), [](const std::string& item) {
                return item.find("https://") != std::string::npos || item.find("http://") != std::string::npos;
            })) {
            bad(field, "no URL");
        }
        return items;
    }

private:
    const Deb822Paragraph& m_paragraph;
    std::string m_file;
};

std::vector<Deb822Paragraph> parseFile(const std::filesystem::path& dir, const std::string& relative)
{
    const auto path = dir / relative;
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        invalid(SourceCode::CannotRead, relative, 0, error.message());
    }
    if (size > maxDeb822Bytes) {
        throw Invalid {SourceError {SourceCode::Syntax, relative, 0, std::to_string(size), Deb822Code::TooLarge}};
    }
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        invalid(SourceCode::CannotRead, relative, 0, "read failed");
    }
    auto parsed = parseDeb822(text);
    if (!parsed) {
        const auto& syntax = parsed.error();
        throw Invalid {SourceError {SourceCode::Syntax, relative, syntax.line, syntax.detail, syntax.code}};
    }
    return std::move(parsed).value();
}

std::vector<std::string> steps(const FieldReader& reader, std::string_view name)
{
    const auto& field = reader.required(name);
    auto items = reader.lines(field);
    if (items.size() < 3 || items.size() > 6) {
        reader.bad(field, "needs 3 to 6 steps");
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto prefix = std::to_string(i + 1) + ". ";
        if (!items[i].starts_with(prefix) || items[i].size() == prefix.size()) {
            reader.bad(field, "step " + std::to_string(i + 1) + " is not numbered " + prefix);
        }
    }
    return items;
}

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
    vendor.id = reader.word(idField);
    if (!isId(vendor.id)) {
        reader.bad(idField, "not a vendor id");
    }
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
        const auto& idField = reader.required("Advisory");
        advisory.id = reader.word(idField);
        if (!isId(advisory.id)) {
            reader.bad(idField, "not an advisory id");
        }
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
        if (auto id = reader.word(vendor); id != "any") {
            if (!isId(id)) {
                reader.bad(vendor, "not a vendor id");
            }
            credential.vendorId = std::move(id);
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

/// `0.05` to `1.00`, exactly two decimals.
double weight(const FieldReader& reader, const Deb822Field& field)
{
    const auto value = reader.word(field);
    if (value.size() != 4 || value[1] != '.' || !isDigit(value[0]) || !isDigit(value[2]) || !isDigit(value[3])) {
        reader.bad(field, "not a weight like 0.80");
    }
    const int hundredths = (value[0] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
    if (hundredths < 5 || hundredths > 100) {
        reader.bad(field, "outside 0.05 to 1.00");
    }
    return hundredths / 100.0;
}

std::vector<ModelFamilyRecord> readModelFamilies(const std::filesystem::path& dir, const std::string& relative)
{
    std::vector<ModelFamilyRecord> families;
    for (const auto& paragraph : parseFile(dir, relative)) {
        const FieldReader reader(paragraph, relative,
            {"Family", "Vendor", "Name", "Models", "SupportEnd", "SupportSource", "Checked", "UpdateRoute",
                "UpdateSteps-en", "UpdateSteps-nl", "Notes"});
        ModelFamilyRecord family;
        family.line = reader.line();
        const auto& idField = reader.required("Family");
        family.id = reader.word(idField);
        if (!isId(family.id)) {
            reader.bad(idField, "not a family id");
        }
        const auto& vendor = reader.required("Vendor");
        family.vendorId = reader.word(vendor);
        if (!isId(family.vendorId)) {
            reader.bad(vendor, "not a vendor id");
        }
        family.name = reader.line(reader.required("Name"));
        family.patterns = reader.lines(reader.required("Models"));
        const auto& end = reader.required("SupportEnd");
        family.supportEnd = reader.word(end);
        if (family.supportEnd != "ongoing" && family.supportEnd != "unknown" && !isDate(family.supportEnd)) {
            reader.bad(end, "not a date, ongoing or unknown");
        }
        const auto& source = reader.required("SupportSource");
        if (reader.word(source) == "none") {
            if (family.supportEnd != "unknown") {
                reader.bad(source, "none, but SupportEnd is not unknown");
            }
        } else {
            family.supportSource = reader.url(source);
            if (family.supportEnd == "unknown") {
                reader.bad(source, "must be none when SupportEnd is unknown");
            }
        }
        family.checked = reader.date(reader.required("Checked"));
        if (const auto* route = reader.optional("UpdateRoute"); route != nullptr) {
            family.updateRoute = reader.word(*route);
            if (!oneOf(kUpdateRoutes, *family.updateRoute)) {
                reader.bad(*route, "unknown value " + *family.updateRoute);
            }
        }
        const bool hasEn = reader.optional("UpdateSteps-en") != nullptr;
        const bool hasNl = reader.optional("UpdateSteps-nl") != nullptr;
        if (hasEn != hasNl) {
            invalid(SourceCode::MissingField, relative, family.line, hasEn ? "UpdateSteps-nl" : "UpdateSteps-en");
        }
        if (hasEn) {
            family.updateStepsEn = steps(reader, "UpdateSteps-en");
            family.updateStepsNl = steps(reader, "UpdateSteps-nl");
            if (family.updateStepsEn.size() != family.updateStepsNl.size()) {
                reader.bad(reader.required("UpdateSteps-nl"), "a different number of steps than UpdateSteps-en");
            }
        }
        family.notes = reader.optionalText("Notes");
        families.push_back(std::move(family));
    }
    return families;
}

bool isMdnsField(FingerprintField field)
{
    return field == FingerprintField::MdnsTxt || field == FingerprintField::MdnsInstance
        || field == FingerprintField::MdnsType;
}

/// The rules of one fingerprints/<stem>.txt; `stem` is a vendor id or "generic".
std::vector<FingerprintRecord> readFingerprints(
    const std::filesystem::path& dir, const std::string& relative, const std::string& stem)
{
    std::vector<FingerprintRecord> rules;
    for (const auto& paragraph : parseFile(dir, relative)) {
        const FieldReader reader(paragraph, relative,
            {"Rule", "Field", "Service", "Key", "Pattern", "Vendor", "Kind", "Model", "Firmware", "Weight", "Example",
                "Reference"});
        FingerprintRecord record;
        record.file = relative;
        record.line = reader.line();
        auto& rule = record.rule;
        const auto& idField = reader.required("Rule");
        rule.id = reader.word(idField);
        if (!isId(rule.id)) {
            reader.bad(idField, "not a rule id");
        }
        const auto& fieldField = reader.required("Field");
        const auto field = fingerprintFieldFromKey(reader.word(fieldField));
        if (!field) {
            reader.bad(fieldField, "unknown field " + fieldField.firstLine);
        }
        rule.field = *field;
        if (const auto* service = reader.optional("Service"); service != nullptr) {
            if (rule.field == FingerprintField::MdnsType || !isMdnsField(rule.field)) {
                reader.bad(*service, "only for mdns-txt and mdns-instance");
            }
            rule.service = reader.word(*service);
        }
        if (const auto* key = reader.optional("Key"); key != nullptr) {
            if (rule.field != FingerprintField::MdnsTxt) {
                reader.bad(*key, "only for mdns-txt");
            }
            rule.key = reader.word(*key);
        } else if (rule.field == FingerprintField::MdnsTxt) {
            invalid(SourceCode::MissingField, relative, record.line, "Key");
        }
        rule.pattern = reader.line(reader.required("Pattern"));
        if (const auto* vendor = reader.optional("Vendor"); vendor != nullptr) {
            rule.vendorId = reader.word(*vendor);
        }
        const std::string expectedVendor = stem == "generic" ? std::string() : stem;
        if (rule.vendorId.value_or(std::string()) != expectedVendor) {
            invalid(SourceCode::WrongFileName, relative, record.line,
                rule.id + ": rules in " + stem + ".txt must name "
                    + (stem == "generic" ? "no vendor" : "Vendor: " + stem));
        }
        if (const auto* kind = reader.optional("Kind"); kind != nullptr) {
            rule.kind = reader.word(*kind);
            if (!oneOf(kKinds, *rule.kind)) {
                reader.bad(*kind, "unknown kind " + *rule.kind);
            }
        }
        if (const auto* model = reader.optional("Model"); model != nullptr) {
            auto value = reader.line(*model);
            if (value == "=") {
                rule.modelFromValue = true;
            } else {
                rule.model = std::move(value);
            }
            if (!rule.vendorId) {
                reader.bad(*model, "a model needs a vendor");
            }
        }
        if (const auto* firmware = reader.optional("Firmware"); firmware != nullptr) {
            if (reader.word(*firmware) != "=") {
                reader.bad(*firmware, "the only allowed value is =");
            }
            rule.firmwareFromValue = true;
        }
        if (!rule.vendorId && !rule.kind && !rule.modelFromValue && !rule.model) {
            invalid(SourceCode::MissingField, relative, record.line, "Vendor, Kind or Model");
        }
        rule.weight = weight(reader, reader.required("Weight"));
        const auto& example = reader.required("Example");
        record.example = reader.line(example);
        if (!globMatches(rule.pattern, record.example)) {
            reader.bad(example, "Pattern does not match it");
        }
        record.reference = reader.line(reader.required("Reference"));
        if (!isUrl(record.reference) && !record.reference.starts_with("lab capture: ")) {
            reader.bad(reader.required("Reference"), "neither a URL nor `lab capture: <file>`");
        }
        rules.push_back(std::move(record));
    }
    return rules;
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
