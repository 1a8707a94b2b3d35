// SPDX-License-Identifier: EUPL-1.2
#include "core/identify/Identify.h"

#include "core/util/Glob.h"
#include "core/util/Utf8.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace voordeur::core::identify {

using knowledge::FingerprintField;
using knowledge::FingerprintRule;

namespace {

const std::string kNoText;

/// How strongly other vendors' evidence pulls a candidate down: with a rival as sure as this
/// candidate, both end up at about half.
constexpr double kConflictFactor = 0.5;
constexpr std::size_t kMaxCandidates = 5;

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// "printer.local", "hp3c4a92.fritz.box" → the first label.
std::string firstLabel(const std::string& hostname)
{
    return hostname.substr(0, hostname.find('.'));
}

double noisyOr(double accumulated, double weight)
{
    return 1.0 - (1.0 - accumulated) * (1.0 - weight);
}

/// The strongest clue first; ties keep their order of discovery.
void sortByWeight(std::vector<Clue>& clues)
{
    std::stable_sort(clues.begin(), clues.end(), [](const Clue& a, const Clue& b) { return a.weight > b.weight; });
}

/// One rule counts once per host, however many services or descriptions repeat the value;
/// the same goes for each vendor seen through a MAC, a manufacturer or a mention.
std::vector<Clue> deduplicated(std::vector<Clue> clues)
{
    sortByWeight(clues);
    std::set<std::tuple<ClueSource, std::string, std::string>> seen;
    std::vector<Clue> kept;
    // An alias clue adds nothing when a rule already read the same value for the same maker.
    const auto coveredByRule = [&](const Clue& clue) {
        return clue.source != ClueSource::Rule && std::any_of(clues.begin(), clues.end(), [&](const Clue& other) {
            return other.source == ClueSource::Rule && other.field == clue.field && other.value == clue.value
                && other.vendorId == clue.vendorId;
        });
    };
    for (auto& clue : clues) {
        if (coveredByRule(clue)) {
            continue;
        }
        const auto key = clue.source == ClueSource::Rule
            ? std::tuple {clue.source, clue.ruleId, std::string()}
            : std::tuple {clue.source, clue.vendorId.value_or(std::string()), clue.kind.value_or(std::string())};
        if (seen.insert(key).second) {
            kept.push_back(std::move(clue));
        }
    }
    return kept;
}

/// The best-supported kind among the clues, with its confidence.
std::pair<std::optional<std::string>, double> bestKind(const std::vector<Clue>& clues)
{
    std::map<std::string, double> scores;
    for (const auto& clue : clues) {
        if (clue.kind) {
            auto& score = scores[*clue.kind];
            score = noisyOr(score, clue.weight);
        }
    }
    std::optional<std::string> best;
    double first = 0.0;
    double second = 0.0;
    for (const auto& [kind, score] : scores) {
        if (score > first) {
            second = first;
            first = score;
            best = kind;
        } else if (score > second) {
            second = score;
        }
    }
    return {best, first * (1.0 - kConflictFactor * second)};
}

/// The model (or firmware) of the strongest clue that names one.
std::optional<std::string> strongest(const std::vector<Clue>& clues, std::optional<std::string> Clue::*member)
{
    for (const auto& clue : clues) {
        if (clue.*member && !(clue.*member)->empty()) {
            return clue.*member;
        }
    }
    return std::nullopt;
}

}  // namespace

Identifier::Identifier(const knowledge::Catalog& catalog)
    : m_catalog(catalog)
{
    for (const auto& rule : catalog.rules()) {
        if (rule.field == FingerprintField::MdnsTxt) {
            m_txtByKey[asciiLower(rule.key)].push_back(&rule);
        } else {
            m_byField.at(static_cast<std::size_t>(rule.field)).push_back(&rule);
        }
    }
}

void Identifier::match(
    FingerprintField field, const std::string& value, std::vector<Clue>& out, const std::string& service) const
{
    for (const auto* rule : m_byField.at(static_cast<std::size_t>(field))) {
        if (!rule->service.empty() && asciiLower(rule->service) != asciiLower(service)) {
            continue;
        }
        if (!globMatches(rule->pattern, value)) {
            continue;
        }
        Clue clue;
        clue.source = ClueSource::Rule;
        clue.ruleId = rule->id;
        clue.field = field;
        clue.value = toValidUtf8(value);
        clue.vendorId = rule->vendorId;
        clue.kind = rule->kind;
        // A MAC prefix tells who made the network chip, never which model it sits in.
        if (field != FingerprintField::MacVendor) {
            clue.model = rule->modelFromValue ? std::optional(clue.value) : rule->model;
            if (rule->firmwareFromValue) {
                clue.firmware = clue.value;
            }
        }
        clue.weight = rule->weight;
        out.push_back(std::move(clue));
    }
}

void Identifier::matchTxt(
    const std::string& service, const std::string& key, const std::string& value, std::vector<Clue>& out) const
{
    const auto rules = m_txtByKey.find(asciiLower(key));
    if (rules == m_txtByKey.end()) {
        return;
    }
    for (const auto* rule : rules->second) {
        if (!rule->service.empty() && asciiLower(rule->service) != asciiLower(service)) {
            continue;
        }
        if (!globMatches(rule->pattern, value)) {
            continue;
        }
        Clue clue;
        clue.ruleId = rule->id;
        clue.field = FingerprintField::MdnsTxt;
        clue.value = toValidUtf8(key + "=" + value);
        clue.vendorId = rule->vendorId;
        clue.kind = rule->kind;
        clue.model = rule->modelFromValue ? std::optional(toValidUtf8(value)) : rule->model;
        if (rule->firmwareFromValue) {
            clue.firmware = toValidUtf8(value);
        }
        clue.weight = rule->weight;
        out.push_back(std::move(clue));
    }
}

void Identifier::mentions(FingerprintField field, const std::string& text, std::vector<Clue>& out) const
{
    // Words of ASCII letters and digits; a brand may be one word ("Sonos") or two ("TP-Link", "D-Link").
    std::vector<std::string> words;
    std::string word;
    for (const char c : text + ' ') {
        if (isAsciiAlnum(c)) {
            word.push_back(c);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (const auto& candidate : {words[i], i + 1 < words.size() ? words[i] + words[i + 1] : std::string()}) {
            if (candidate.size() < 2) {
                continue;
            }
            if (auto vendor = m_catalog.vendorForAlias(candidate)) {
                Clue clue;
                clue.source = ClueSource::NameMention;
                clue.field = field;
                clue.value = toValidUtf8(text);
                clue.vendorId = std::move(vendor);
                clue.weight = kNameMentionWeight;
                out.push_back(std::move(clue));
            }
        }
    }
}

void Identifier::alias(
    ClueSource source, FingerprintField field, const std::string& value, double weight, std::vector<Clue>& out) const
{
    if (auto vendor = m_catalog.vendorForAlias(value)) {
        Clue clue;
        clue.source = source;
        clue.field = field;
        clue.value = toValidUtf8(value);
        clue.vendorId = std::move(vendor);
        clue.weight = weight;
        out.push_back(std::move(clue));
    }
}

std::vector<Clue> Identifier::clues(const discovery::Host& host) const
{
    std::vector<Clue> found;
    if (!host.macVendor.empty() && !host.macRandomised) {
        alias(ClueSource::MacVendor, FingerprintField::MacVendor, host.macVendor, kMacVendorWeight, found);
        match(FingerprintField::MacVendor, host.macVendor, found);
    }
    for (const auto& hostname : host.hostnames) {
        match(FingerprintField::Hostname, firstLabel(hostname), found);
    }
    for (const auto& service : host.mdns) {
        match(FingerprintField::MdnsType, service.type, found);
        match(FingerprintField::MdnsInstance, service.instance, found, service.type);
        mentions(FingerprintField::MdnsInstance, service.instance, found);
        for (const auto& [key, value] : service.txt) {
            matchTxt(service.type, key, value.value_or(std::string()), found);
        }
    }
    for (const auto& device : host.upnp) {
        if (!device.manufacturer.empty()) {
            alias(ClueSource::UpnpManufacturer, FingerprintField::UpnpManufacturer, device.manufacturer,
                kUpnpManufacturerWeight, found);
            match(FingerprintField::UpnpManufacturer, device.manufacturer, found);
        }
        const std::pair<FingerprintField, const std::string*> fields[] = {
            {FingerprintField::UpnpModelName, &device.modelName},
            {FingerprintField::UpnpModelNumber, &device.modelNumber},
            {FingerprintField::UpnpModelDescription, &device.modelDescription},
            {FingerprintField::UpnpFriendlyName, &device.friendlyName},
            {FingerprintField::UpnpDeviceType, &device.deviceType},
            {FingerprintField::Server, &device.server},
            // The web server that sent the description often names itself more exactly; the same
            // text as the SSDP header is one clue, not two.
            {FingerprintField::Server, device.httpServer != device.server ? &device.httpServer : &kNoText},
        };
        for (const auto& [field, value] : fields) {
            if (!value->empty()) {
                match(field, *value, found);
            }
        }
        mentions(FingerprintField::UpnpModelName, device.modelName, found);
        mentions(FingerprintField::UpnpFriendlyName, device.friendlyName, found);
        for (const auto& type : device.embeddedDeviceTypes) {
            match(FingerprintField::UpnpDeviceType, type, found);
        }
        for (const auto& service : device.services) {
            match(FingerprintField::UpnpServiceType, service.serviceType, found);
        }
    }
    for (const auto& endpoint : host.wsd) {
        for (const auto& type : endpoint.types) {
            match(FingerprintField::WsdType, type, found);
        }
        for (const auto& scope : endpoint.scopes) {
            match(FingerprintField::WsdScope, scope, found);
        }
        if (!endpoint.onvifHardware.empty()) {
            match(FingerprintField::OnvifHardware, endpoint.onvifHardware, found);
        }
        if (!endpoint.onvifName.empty()) {
            match(FingerprintField::OnvifName, endpoint.onvifName, found);
            mentions(FingerprintField::OnvifName, endpoint.onvifName, found);
        }
    }
    return deduplicated(std::move(found));
}

Identity Identifier::identify(const discovery::Host& host, const Correction* correction) const
{
    const auto found = clues(host);
    std::map<std::string, std::vector<Clue>> byVendor;
    std::vector<Clue> generic;
    for (const auto& clue : found) {
        if (clue.vendorId) {
            byVendor[*clue.vendorId].push_back(clue);
        } else if (clue.kind) {
            generic.push_back(clue);
        }
    }
    std::map<std::string, double> support;
    for (const auto& [vendor, clues] : byVendor) {
        double score = 0.0;
        for (const auto& clue : clues) {
            score = noisyOr(score, clue.weight);
        }
        support[vendor] = score;
    }

    Identity identity;
    for (auto& [vendorId, clues] : byVendor) {
        Candidate candidate;
        candidate.vendorId = vendorId;
        candidate.confidence = support[vendorId];
        for (const auto& [other, score] : support) {
            if (other != vendorId) {
                candidate.confidence *= 1.0 - kConflictFactor * score;
            }
        }
        std::vector<Clue> evidence = clues;
        evidence.insert(evidence.end(), generic.begin(), generic.end());
        // A maker that makes one kind of device only tells the kind; otherwise the maker says nothing about it.
        if (const auto* vendor = m_catalog.vendor(vendorId); vendor != nullptr && vendor->kinds.size() == 1) {
            Clue prior;
            prior.source = ClueSource::VendorKinds;
            prior.field = FingerprintField::MacVendor;
            prior.value = vendor->name;
            prior.vendorId = vendorId;
            prior.kind = vendor->kinds.front();
            prior.weight = kSingleKindWeight;
            evidence.push_back(std::move(prior));
        }
        sortByWeight(evidence);
        std::tie(candidate.kind, candidate.kindConfidence) = bestKind(evidence);
        candidate.model = strongest(evidence, &Clue::model);
        candidate.firmware = strongest(evidence, &Clue::firmware);
        candidate.evidence = std::move(evidence);
        identity.candidates.push_back(std::move(candidate));
    }
    if (identity.candidates.empty() && !generic.empty()) {
        Candidate candidate;
        std::tie(candidate.kind, candidate.kindConfidence) = bestKind(generic);
        candidate.confidence = candidate.kindConfidence;
        candidate.evidence = generic;
        identity.candidates.push_back(std::move(candidate));
    }
    std::stable_sort(identity.candidates.begin(), identity.candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.confidence > b.confidence; });
    if (identity.candidates.size() > kMaxCandidates) {
        identity.candidates.resize(kMaxCandidates);
    }

    if (correction != nullptr && !correction->empty()) {
        // The household's word wins; what the evidence said about the same vendor stays as support.
        const auto& automatic = identity.candidates;
        const auto sameVendor = std::find_if(automatic.begin(), automatic.end(), [&](const Candidate& candidate) {
            return !correction->vendorId || candidate.vendorId == correction->vendorId;
        });
        Candidate corrected;
        if (sameVendor != automatic.end()) {
            corrected = *sameVendor;
        }
        if (correction->vendorId && corrected.vendorId != correction->vendorId) {
            corrected = Candidate {};
            corrected.vendorId = correction->vendorId;
        }
        if (correction->model) {
            corrected.model = correction->model;
            corrected.firmware.reset();
        }
        if (correction->kind) {
            corrected.kind = correction->kind;
            corrected.kindConfidence = 1.0;
        }
        corrected.confidence = 1.0;
        Clue said;
        said.source = ClueSource::Correction;
        said.vendorId = correction->vendorId;
        said.model = correction->model;
        said.kind = correction->kind;
        said.weight = 1.0;
        corrected.evidence.insert(corrected.evidence.begin(), std::move(said));
        std::vector<Candidate> ranked {std::move(corrected)};
        for (auto& candidate : identity.candidates) {
            if (candidate.vendorId != ranked.front().vendorId) {
                ranked.push_back(std::move(candidate));
            }
        }
        identity.candidates = std::move(ranked);
        identity.corrected = true;
    }
    return identity;
}

}  // namespace voordeur::core::identify
