// SPDX-License-Identifier: EUPL-1.2
// The readers of the identification sources: model-families.txt and fingerprints/*.txt.
#include "core/knowledge/SourceFields.h"
#include "core/util/Glob.h"

namespace voordeur::core::knowledge::source {

namespace {

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

}  // namespace

std::vector<ModelFamilyRecord> readModelFamilies(const std::filesystem::path& dir, const std::string& relative)
{
    std::vector<ModelFamilyRecord> families;
    for (const auto& paragraph : parseFile(dir, relative)) {
        const FieldReader reader(paragraph, relative,
            {"Family", "Vendor", "Name", "Models", "SupportEnd", "SupportSource", "Checked", "UpdateRoute",
                "UpdateSteps-en", "UpdateSteps-nl", "Notes"});
        ModelFamilyRecord family;
        family.line = reader.line();
        family.id = reader.id(reader.required("Family"), "a family");
        family.vendorId = reader.id(reader.required("Vendor"), "a vendor");
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

namespace {

bool isMdnsField(FingerprintField field)
{
    return field == FingerprintField::MdnsTxt || field == FingerprintField::MdnsInstance
        || field == FingerprintField::MdnsType;
}

}  // namespace

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
        rule.id = reader.id(reader.required("Rule"), "a rule");
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

}  // namespace voordeur::core::knowledge::source
