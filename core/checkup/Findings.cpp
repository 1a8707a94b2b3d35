// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/Findings.h"

#include "core/util/Glob.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>

namespace voordeur::core::checkup {

namespace {

using knowledge::Catalog;
using Table = KnowledgeRef::Table;

/// Ports whose exposure to the internet, or whose being open at all, is a known attack route.
struct RiskyPort {
    std::uint16_t port;
    std::string_view service;
    Severity whenOpen;
};

constexpr std::array<RiskyPort, 12> kRiskyPorts = {{
    {21, "ftp", Severity::Important},
    {23, "telnet", Severity::Urgent},
    {2323, "telnet", Severity::Urgent},
    {445, "smb", Severity::Important},
    {554, "rtsp", Severity::Important},
    {3389, "rdp", Severity::Important},
    {5555, "adb", Severity::Urgent},
    {7547, "tr069", Severity::Important},
    {8000, "hikvision-sdk", Severity::Important},
    {34567, "xmeye", Severity::Urgent},
    {37777, "dahua-sdk", Severity::Important},
    {5900, "vnc", Severity::Important},
}};

const RiskyPort* riskyPort(std::uint16_t port)
{
    const auto found = std::find_if(
        kRiskyPorts.begin(), kRiskyPorts.end(), [&](const RiskyPort& risky) { return risky.port == port; });
    return found == kRiskyPorts.end() ? nullptr : &*found;
}

/// Kinds whose exposure or factory password gives a stranger eyes, ears or files inside the home.
bool isSensitiveKind(const std::optional<std::string>& kind)
{
    static const std::set<std::string, std::less<>> sensitive
        = {"camera", "recorder", "doorbell", "nas", "router", "access-point"};
    return kind && sensitive.count(*kind) != 0;
}

/// Lower-case words of ASCII letters and digits, each padded with spaces: " dir 859 router ".
std::string wordText(std::string_view text)
{
    std::string words = " ";
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum) {
            words.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        } else if (words.back() != ' ') {
            words.push_back(' ');
        }
    }
    if (words.back() != ' ') {
        words.push_back(' ');
    }
    return words;
}

bool containsWords(const std::string& words, std::string_view phrase)
{
    return words.find(" " + std::string(phrase) + " ") != std::string::npos;
}

/// The words by which KEV product names refer to a kind of device.
struct KindWords {
    std::string_view kind;
    std::array<std::string_view, 6> phrases;
};

constexpr std::array<KindWords, 9> kKindWords = {{
    {"router", {"router", "routers", "gateway", "cpe", "dsl", "modem"}},
    {"access-point", {"access point", "wap", "ap", "wireless bridge", "", ""}},
    {"camera", {"camera", "cameras", "ip camera", "security cameras", "", ""}},
    {"recorder", {"nvr", "dvr", "recorder", "viostor", "", ""}},
    {"nas", {"nas", "network attached storage", "storage", "qts", "photo station", ""}},
    {"printer", {"printer", "printers", "", "", "", ""}},
    {"phone", {"mobile devices", "ios", "android", "", "", ""}},
    {"tv", {"tv", "smart tv", "webos", "tizen", "", ""}},
    {"computer", {"macos", "windows", "os x", "", "", ""}},
}};

/// The kinds the product text names.
std::set<std::string_view> kindsNamed(const std::string& words)
{
    std::set<std::string_view> kinds;
    for (const auto& entry : kKindWords) {
        for (const auto phrase : entry.phrases) {
            if (!phrase.empty() && containsWords(words, phrase)) {
                kinds.insert(entry.kind);
            }
        }
    }
    return kinds;
}

/// Words that look like model numbers: letters and digits mixed ("dir", "859" are joined back
/// from "DIR-859" by the caller), at least three characters.
std::vector<std::string> modelTokens(std::string_view text)
{
    std::vector<std::string> tokens;
    std::string token;
    const auto flush = [&] {
        const bool hasDigit = std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool hasLetter = std::any_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (token.size() >= 3 && hasDigit && hasLetter) {
            tokens.push_back(token);
        }
        token.clear();
    };
    for (const char c : text) {
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            token.push_back(lower);
        } else if (c != '-') {  // "DIR-859" is one model token: "dir859"
            flush();
        }
    }
    flush();
    return tokens;
}

void addParameter(Finding& finding, std::string name, std::string value)
{
    finding.parameters.emplace_back(std::move(name), std::move(value));
}

/// The first IPv4 address of the device with this address, by index.
std::optional<std::size_t> hostWithAddress(const discovery::ScanResult& scan, std::string_view address)
{
    for (std::size_t i = 0; i < scan.hosts.size(); ++i) {
        const auto& addresses = scan.hosts[i].addresses;
        if (std::find(addresses.begin(), addresses.end(), address) != addresses.end()) {
            return i;
        }
    }
    return std::nullopt;
}

/// "http://10.77.0.1:5000/rootDesc.xml" → "10.77.0.1".
std::string urlHost(std::string_view url)
{
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos) {
        return {};
    }
    auto rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find('/'));
    if (rest.starts_with('[')) {
        return std::string(rest.substr(1, rest.find(']') - 1));
    }
    return std::string(rest.substr(0, rest.find(':')));
}

/// Days from 1970-01-01 for a YYYY-MM-DD date (civil calendar), or nullopt when malformed.
std::optional<long> dayNumber(std::string_view date)
{
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (date.size() != 10 || std::sscanf(std::string(date).c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd {
        std::chrono::year {year}, std::chrono::month {month}, std::chrono::day {day}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days {ymd}.time_since_epoch().count();
}

class Rules final
{
public:
    Rules(const Household& household, const Catalog& catalog)
        : m_household(household)
        , m_scan(household.scan != nullptr ? *household.scan : m_noScan)
        , m_catalog(catalog)
    { }

    std::vector<Finding> run()
    {
        if (m_household.scan != nullptr) {
            for (std::size_t i = 0; i < m_household.scan->hosts.size(); ++i) {
                device(i);
            }
            router();
        }
        thisComputer();
        for (Finding& finding : passwordFindings(m_household.passwords)) {
            m_findings.push_back(std::move(finding));
        }
        std::stable_sort(m_findings.begin(), m_findings.end(),
            [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
        return std::move(m_findings);
    }

private:
    Finding& add(FindingCode code, Severity severity, std::optional<std::size_t> device)
    {
        Finding finding;
        finding.code = code;
        finding.severity = severity;
        if (device) {
            finding.devices.push_back(*device);
        }
        return m_findings.emplace_back(std::move(finding));
    }

    const identify::Candidate* identity(std::size_t index) const
    {
        return index < m_household.identities.size() ? m_household.identities[index].best() : nullptr;
    }

    void device(std::size_t index)
    {
        const auto& host = m_scan.hosts[index];
        const auto* best = identity(index);
        for (const auto port : host.openPorts) {
            if (const auto* risky = riskyPort(port)) {
                auto& finding = add(FindingCode::RiskyService, risky->whenOpen, index);
                addParameter(finding, "port", std::to_string(port));
                addParameter(finding, "service", std::string(risky->service));
            }
        }
        if (best == nullptr || !best->vendorId) {
            return;
        }
        const auto& vendorId = *best->vendorId;
        const auto* vendor = m_catalog.vendor(vendorId);
        if (vendor == nullptr) {
            return;
        }
        for (const auto* advisory : m_catalog.advisoriesFor(vendorId)) {
            auto& finding = add(FindingCode::VendorAdvisory, Severity::Important, index);
            finding.knowledge.push_back({Table::Advisory, advisory->id});
            for (const auto& applies : advisory->appliesTo) {
                if (applies.vendorId == vendorId && applies.relation) {
                    addParameter(finding, "relation", *applies.relation);
                    addParameter(finding, "relation_confidence", applies.confidence.value_or("low"));
                }
            }
        }
        knownExploited(index, vendorId, *best);
        const auto* family = best->model ? m_catalog.familyFor(vendorId, *best->model) : nullptr;
        if (family != nullptr) {
            support(index, *family);
        }
        const auto credentials = m_catalog.credentialsFor(vendorId);
        if (!credentials.empty()) {
            auto& finding = add(FindingCode::DefaultCredentials,
                isSensitiveKind(best->kind) ? Severity::Important : Severity::Advice, index);
            addParameter(finding, "count", std::to_string(credentials.size()));
            for (const auto* credential : credentials) {
                finding.knowledge.push_back({Table::DefaultCredential, std::to_string(credential->id)});
            }
        }
        const bool routerKind = best->kind && (*best->kind == "router" || *best->kind == "access-point");
        if (vendor->ispRouterBrand && routerKind) {
            auto& finding = add(FindingCode::ProviderRouter, Severity::Advice, index);
            finding.knowledge.push_back({Table::Vendor, vendorId});
        }
        auto& update = add(FindingCode::HowToUpdate, Severity::Advice, index);
        const auto route = family != nullptr && family->updateRoute ? *family->updateRoute
            : vendor->ispRouterBrand && routerKind                  ? std::string("provider-managed")
                                                                    : vendor->updateRoute;
        addParameter(update, "route", route);
        addParameter(update, "auto_update", vendor->autoUpdate);
        update.knowledge.push_back({Table::Vendor, vendorId});
        if (family != nullptr && family->updateSteps) {
            update.knowledge.push_back({Table::ModelFamily, family->id});
        }
    }

    void knownExploited(std::size_t index, const std::string& vendorId, const identify::Candidate& best)
    {
        KevFit strongest = KevFit::None;
        Finding finding;
        bool ransomware = false;
        for (const auto* entry : m_catalog.kevFor(vendorId)) {
            const auto fit = kevFit(entry->product, best.kind, best.model);
            if (fit == KevFit::None) {
                continue;
            }
            strongest = std::max(strongest, fit);
            finding.knowledge.push_back({Table::Kev, entry->cveId});
            ransomware = ransomware || entry->ransomware == "Known";
        }
        if (strongest == KevFit::None) {
            return;
        }
        finding.code = FindingCode::KnownExploited;
        finding.severity = strongest == KevFit::Model ? Severity::Urgent
            : strongest == KevFit::Kind               ? Severity::Important
                                                      : Severity::Advice;
        finding.devices.push_back(index);
        addParameter(finding, "fit",
            strongest == KevFit::Model      ? "model"
                : strongest == KevFit::Kind ? "kind"
                                            : "vendor");
        addParameter(finding, "count", std::to_string(finding.knowledge.size()));
        addParameter(finding, "ransomware", ransomware ? "known" : "unknown");
        m_findings.push_back(std::move(finding));
    }

    void support(std::size_t index, const knowledge::ModelFamilyInfo& family)
    {
        const auto end = dayNumber(family.supportEnd);
        const auto today = dayNumber(m_household.today);
        if (!end || !today) {
            return;  // "ongoing" or "unknown": nothing to warn about
        }
        constexpr long kSoonDays = 365;
        const auto code = *end < *today  ? std::optional(FindingCode::SupportEnded)
            : *end - *today <= kSoonDays ? std::optional(FindingCode::SupportEndingSoon)
                                         : std::nullopt;
        if (!code) {
            return;
        }
        auto& finding = add(*code, *code == FindingCode::SupportEnded ? Severity::Important : Severity::Advice, index);
        addParameter(finding, "support_end", family.supportEnd);
        addParameter(finding, "family", family.name);
        finding.knowledge.push_back({Table::ModelFamily, family.id});
    }

    void router()
    {
        if (!m_scan.router) {
            return;
        }
        const auto& igd = *m_scan.router;
        const auto routerIndex = hostWithAddress(m_scan, urlHost(igd.location));
        auto& open = add(
            FindingCode::RouterUpnpOpen, igd.mappings.empty() ? Severity::Advice : Severity::Important, routerIndex);
        addParameter(open, "mappings", std::to_string(igd.mappings.size()));
        if (!igd.externalIp.empty()) {
            addParameter(open, "external_ip", igd.externalIp);
        }
        for (const auto& mapping : igd.mappings) {
            if (!mapping.enabled) {
                continue;
            }
            const auto device = hostWithAddress(m_scan, mapping.internalClient);
            const auto* best = device ? identity(*device) : nullptr;
            const bool sensitive = (best != nullptr && isSensitiveKind(best->kind))
                || riskyPort(mapping.internalPort) != nullptr || riskyPort(mapping.externalPort) != nullptr;
            auto& finding = add(FindingCode::PortMapped, sensitive ? Severity::Urgent : Severity::Important, device);
            addParameter(finding, "protocol", mapping.protocol);
            addParameter(finding, "external_port", std::to_string(mapping.externalPort));
            addParameter(finding, "internal_client", mapping.internalClient);
            addParameter(finding, "internal_port", std::to_string(mapping.internalPort));
            addParameter(finding, "description", mapping.description);
        }
    }

    void thisComputer()
    {
        for (const auto& product : m_household.installedSoftware) {
            const auto advisories = m_catalog.advisoriesFor(product.vendorId);
            if (advisories.empty()) {
                continue;
            }
            auto& finding = add(FindingCode::SecuritySoftwareAdvisory, Severity::Important, std::nullopt);
            finding.thisComputer = true;
            addParameter(finding, "product", product.product);
            if (!product.version.empty()) {
                addParameter(finding, "version", product.version);
            }
            addParameter(finding, "evidence", product.evidence);
            finding.knowledge.push_back({Table::Vendor, product.vendorId});
            for (const auto* advisory : advisories) {
                finding.knowledge.push_back({Table::Advisory, advisory->id});
            }
        }
    }

    const Household& m_household;
    const discovery::ScanResult m_noScan;
    const discovery::ScanResult& m_scan;
    const Catalog& m_catalog;
    std::vector<Finding> m_findings;
};

}  // namespace

std::string Finding::parameter(std::string_view name) const
{
    for (const auto& [key, value] : parameters) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

KevFit kevFit(std::string_view product, const std::optional<std::string>& kind, const std::optional<std::string>& model)
{
    const auto words = wordText(product);
    const auto productModels = modelTokens(product);
    if (model && !productModels.empty()) {
        const auto deviceModels = modelTokens(*model);
        for (const auto& token : productModels) {
            if (std::find(deviceModels.begin(), deviceModels.end(), token) != deviceModels.end()) {
                return KevFit::Model;
            }
        }
    }
    if (!productModels.empty()) {
        return KevFit::None;  // about other models of the maker
    }
    const auto named = kindsNamed(words);
    if (!named.empty()) {
        return kind && named.count(*kind) != 0 ? KevFit::Kind : KevFit::None;
    }
    if (containsWords(words, "multiple products") || containsWords(words, "multiple devices")) {
        return KevFit::VendorWide;
    }
    return KevFit::None;
}

std::vector<Finding> evaluate(const Household& household, const knowledge::Catalog& catalog)
{
    return Rules(household, catalog).run();
}

std::string findingKey(const Finding& finding)
{
    std::string key(findingCodeKey(finding.code));
    const auto list = [&key](char tag, const std::vector<std::size_t>& items) {
        key += ':';
        key += tag;
        for (std::size_t i = 0; i < items.size(); ++i) {
            key += (i == 0 ? "" : ",") + std::to_string(items[i]);
        }
    };
    list('d', finding.devices);
    list('p', finding.passwords);
    if (finding.thisComputer) {
        key += ":this-computer";
    }
    if (!finding.knowledge.empty()) {
        key += ':' + std::string(knowledgeTableKey(finding.knowledge.front().table)) + '='
            + finding.knowledge.front().id;
    }
    return key;
}

std::string_view findingCodeKey(FindingCode code)
{
    switch (code) {
    case FindingCode::VendorAdvisory:
        return "vendor_advisory";
    case FindingCode::KnownExploited:
        return "known_exploited";
    case FindingCode::SupportEnded:
        return "support_ended";
    case FindingCode::SupportEndingSoon:
        return "support_ending_soon";
    case FindingCode::PortMapped:
        return "port_mapped";
    case FindingCode::RouterUpnpOpen:
        return "router_upnp_open";
    case FindingCode::RiskyService:
        return "risky_service";
    case FindingCode::DefaultCredentials:
        return "default_credentials";
    case FindingCode::HowToUpdate:
        return "how_to_update";
    case FindingCode::ProviderRouter:
        return "provider_router";
    case FindingCode::SecuritySoftwareAdvisory:
        return "security_software_advisory";
    case FindingCode::WeakPassword:
        return "weak_password";
    case FindingCode::ReusedPassword:
        return "reused_password";
    case FindingCode::NearReusedPassword:
        return "near_reused_password";
    case FindingCode::BreachedPassword:
        return "breached_password";
    case FindingCode::FactoryPassword:
        return "factory_password";
    }
    return "unknown";
}

std::string_view severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return "urgent";
    case Severity::Important:
        return "important";
    case Severity::Advice:
        return "advice";
    }
    return "advice";
}

std::string_view knowledgeTableKey(KnowledgeRef::Table table)
{
    switch (table) {
    case Table::Vendor:
        return "vendor";
    case Table::ModelFamily:
        return "model_family";
    case Table::Advisory:
        return "advisory";
    case Table::Kev:
        return "kev";
    case Table::DefaultCredential:
        return "default_credential";
    }
    return "vendor";
}

std::string todayUtc()
{
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd {now};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
        static_cast<unsigned>(ymd.day()));
    return text;
}

}  // namespace voordeur::core::checkup
