// SPDX-License-Identifier: EUPL-1.2
// Reading a saved scan back: the inverse of scanToJson, hardened against hostile documents.
#include "core/discovery/ScanJson.h"
#include "core/util/Utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <exception>
#include <limits>
#include <new>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace voordeur::core::discovery {

using nlohmann::ordered_json;

namespace {

constexpr std::size_t kObservationKindCount = static_cast<std::size_t>(ObservationKind::OpenPort) + 1;
constexpr std::size_t kProtocolStateCount = static_cast<std::size_t>(ProtocolState::Unavailable) + 1;
constexpr std::int64_t kMaxInt64 = std::numeric_limits<std::int64_t>::max();

// ordered_json keeps members in document order (the TXT keys need that) but finds a key by
// walking the object, so parsing an object of k members costs k²/2 comparisons. Objects of up to
// kSmallObjectMembers cost little; beyond that the sum of k² must stay under the budget, else the
// document is parsed into nlohmann::json (sorted keys, logarithmic look-up) instead.
constexpr std::uint64_t kSmallObjectMembers = 64;
constexpr std::uint64_t kOrderedObjectBudget = std::uint64_t {1} << 24;

// Text taken from the document into an error detail, kept short.
std::string excerpt(std::string_view text)
{
    constexpr std::size_t kMax = 64;
    return toValidUtf8(text.size() > kMax ? text.substr(0, kMax) : text) + (text.size() > kMax ? "…" : "");
}

/// What the cheap scan before parsing learns of a document's arrays and objects.
struct DocumentShape {
    std::optional<std::size_t> tooDeepAt;  ///< byte offset of the bracket that went too deep
    std::uint64_t largeObjectCost = 0;     ///< sum of members² over objects with many members
};

// nlohmann's parser keeps a stack per open bracket, and its dump, copy and comparison recurse: the
// nesting is measured first, outside strings (escapes respected), without parsing anything.
DocumentShape measureShape(std::string_view json)
{
    struct Level {
        bool object = false;
        std::uint64_t members = 0;
    };
    DocumentShape shape;
    std::vector<Level> open;
    open.reserve(maxScanJsonDepth);
    const auto close = [&shape](const Level& level) {
        if (level.object && level.members > kSmallObjectMembers) {
            const std::uint64_t cost = level.members * level.members;
            shape.largeObjectCost = std::min(shape.largeObjectCost + cost, kOrderedObjectBudget + 1);
        }
    };
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (open.size() == maxScanJsonDepth) {
                shape.tooDeepAt = i;
                return shape;
            }
            open.push_back({c == '{', 0});
            break;
        case ':':
            if (!open.empty() && open.back().object) {
                ++open.back().members;
            }
            break;
        case ']':
        case '}':
            if (!open.empty()) {
                close(open.back());
                open.pop_back();
            }
            break;
        default:
            break;
        }
    }
    // A cut-off document: the parser still builds its open objects before it fails.
    for (const Level& level : open) {
        close(level);
    }
    return shape;
}

/// A JSON path as a chain of stack frames, turned into text ("devices[3].upnp[0]") only for an error.
struct JsonPath {
    const JsonPath* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool isIndex = false;

    JsonPath member(std::string_view name) const { return {this, name, 0, false}; }
    JsonPath element(std::size_t i) const { return {this, {}, i, true}; }

    std::string text() const
    {
        if (parent == nullptr) {
            return {};
        }
        std::string prefix = parent->text();
        if (isIndex) {
            return prefix + "[" + std::to_string(index) + "]";
        }
        return prefix.empty() ? excerpt(key) : prefix + "." + excerpt(key);
    }
};

template <typename Enum, std::size_t Count>
std::optional<Enum> enumFromKey(std::string_view key, std::string_view (*name)(Enum))
{
    for (std::size_t i = 0; i < Count; ++i) {
        if (name(static_cast<Enum>(i)) == key) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

/// Reads the parsed document into the scan's types. Every function returns false after keeping
/// the first error; a member that is missing leaves its default and succeeds.
template <typename Json> class Reader final
{
public:
    ScanJsonError takeError() { return std::move(m_error); }

    bool readScan(const Json& document, ScanResult& result)
    {
        const JsonPath top;
        if (!readText(document, "interface", top, result.interfaceName)
            || !readText(document, "interface_address", top, result.interfaceAddress)
            || !readInteger(document, "interface_prefix", top, 0, 128, result.interfacePrefix)
            || !readMilliseconds(document, "duration_ms", top, result.duration)
            || !readMilliseconds(document, "last_new_evidence_ms", top, result.lastNewEvidence)
            || !readFlag(document, "cancelled", top, result.cancelled)
            || !readArray(document, "devices", top, result.hosts,
                [this](const Json& item, const JsonPath& path, Host& host) { return readHost(item, path, host); })
            || !readRouter(document, top, result.router) || !readProtocols(document, top, result.protocols)) {
            return false;
        }
        const Json* ports = find(document, "service_check_ports");
        return ports == nullptr || ports->is_null()
            || readArray(document, "service_check_ports", top, result.serviceCheckPorts, portReader());
    }

    bool readHost(const Json& device, const JsonPath& path, Host& host)
    {
        if (!device.is_object()) {
            return bad(path, "not an object");
        }
        if (!readArray(device, "addresses", path, host.addresses, textReader())) {
            return false;
        }
        if (const Json* mac = find(device, "mac"); mac != nullptr && !mac->is_null()) {
            if (!mac->is_string()) {
                return bad(path.member("mac"), "not a string or null");
            }
            host.mac = net::MacAddress::parse(mac->template get_ref<const std::string&>());
            if (!host.mac) {
                return bad(path.member("mac"),
                    "'" + excerpt(mac->template get_ref<const std::string&>()) + "' is not a MAC address");
            }
        }
        host.macRandomised = host.mac && host.mac->locallyAdministered();
        return readNullableText(device, "mac_vendor", path, host.macVendor)
            && readFlag(device, "mac_randomised", path, host.macRandomised)
            && readArray(device, "hostnames", path, host.hostnames, textReader())
            && readArray(device, "mdns", path, host.mdns,
                [this](const Json& item, const JsonPath& at, MdnsService& s) { return readMdns(item, at, s); })
            && readArray(device, "upnp", path, host.upnp,
                [this](const Json& item, const JsonPath& at, UpnpDevice& u) { return readUpnp(item, at, u); })
            && readArray(device, "wsd", path, host.wsd,
                [this](const Json& item, const JsonPath& at, WsdEndpoint& w) { return readWsd(item, at, w); })
            && readArray(device, "open_ports", path, host.openPorts, portReader())
            && readArray(device, "evidence", path, host.observations,
                [this](const Json& item, const JsonPath& at, Observation& o) { return readObservation(item, at, o); });
    }

private:
    bool bad(const JsonPath& path, std::string_view what)
    {
        const std::string where = path.text();
        m_error
            = {ScanJsonCode::BadField, (where.empty() ? std::string("(top level)") : where) + ": " + std::string(what)};
        return false;
    }

    static const Json* find(const Json& object, const char* key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    bool textValue(const Json& node, const JsonPath& path, std::string& out)
    {
        if (!node.is_string()) {
            return bad(path, "not a string");
        }
        out = toValidUtf8(node.template get_ref<const std::string&>());
        return true;
    }

    template <typename Int>
    bool integerValue(const Json& node, const JsonPath& path, std::int64_t min, std::int64_t max, Int& out)
    {
        const auto outOfRange = [&](const std::string& value) {
            return bad(path, value + " is out of range " + std::to_string(min) + ".." + std::to_string(max));
        };
        if (node.is_number_unsigned()) {
            const auto value = node.template get<std::uint64_t>();
            if (value > static_cast<std::uint64_t>(max)) {
                return outOfRange(std::to_string(value));
            }
            out = static_cast<Int>(value);
            return true;
        }
        if (node.is_number_integer()) {
            const auto value = node.template get<std::int64_t>();
            if (value < min || value > max) {
                return outOfRange(std::to_string(value));
            }
            out = static_cast<Int>(value);
            return true;
        }
        return bad(path, "not an integer");
    }

    bool readText(const Json& object, const char* key, const JsonPath& path, std::string& out)
    {
        const Json* node = find(object, key);
        return node == nullptr || textValue(*node, path.member(key), out);
    }

    bool readNullableText(const Json& object, const char* key, const JsonPath& path, std::string& out)
    {
        const Json* node = find(object, key);
        return node == nullptr || node->is_null() || textValue(*node, path.member(key), out);
    }

    bool readFlag(const Json& object, const char* key, const JsonPath& path, bool& out)
    {
        const Json* node = find(object, key);
        if (node == nullptr) {
            return true;
        }
        if (!node->is_boolean()) {
            return bad(path.member(key), "not true or false");
        }
        out = node->template get<bool>();
        return true;
    }

    template <typename Int>
    bool readInteger(
        const Json& object, const char* key, const JsonPath& path, std::int64_t min, std::int64_t max, Int& out)
    {
        const Json* node = find(object, key);
        return node == nullptr || integerValue(*node, path.member(key), min, max, out);
    }

    bool readMilliseconds(const Json& object, const char* key, const JsonPath& path, std::chrono::milliseconds& out)
    {
        std::int64_t count = out.count();
        if (!readInteger(object, key, path, 0, kMaxInt64, count)) {
            return false;
        }
        out = std::chrono::milliseconds(count);
        return true;
    }

    auto textReader()
    {
        return [this](const Json& item, const JsonPath& path, std::string& out) { return textValue(item, path, out); };
    }

    auto portReader()
    {
        return [this](const Json& item, const JsonPath& path, std::uint16_t& out) {
            return integerValue(item, path, 0, 65535, out);
        };
    }

    template <typename T, typename ReadOne>
    bool readArray(const Json& object, const char* key, const JsonPath& path, std::vector<T>& out, ReadOne readOne)
    {
        const Json* node = find(object, key);
        if (node == nullptr) {
            return true;
        }
        const JsonPath here = path.member(key);
        if (!node->is_array()) {
            return bad(here, "not an array");
        }
        out.clear();
        out.reserve(node->size());
        std::size_t index = 0;
        for (const Json& item : *node) {
            T value {};
            if (!readOne(item, here.element(index), value)) {
                return false;
            }
            out.push_back(std::move(value));
            ++index;
        }
        return true;
    }

    bool readMdns(const Json& item, const JsonPath& path, MdnsService& service)
    {
        if (!item.is_object()) {
            return bad(path, "not an object");
        }
        if (!readText(item, "type", path, service.type) || !readText(item, "instance", path, service.instance)
            || !readText(item, "host", path, service.host)
            || !readInteger(item, "port", path, 0, 65535, service.port)) {
            return false;
        }
        const Json* txt = find(item, "txt");
        if (txt == nullptr) {
            return true;
        }
        const JsonPath txtPath = path.member("txt");
        if (!txt->is_object()) {
            return bad(txtPath, "not an object");
        }
        for (auto it = txt->begin(); it != txt->end(); ++it) {
            const Json& value = it.value();
            if (value.is_string()) {
                service.txt.emplace_back(
                    toValidUtf8(it.key()), toValidUtf8(value.template get_ref<const std::string&>()));
            } else if (value.is_boolean() && value.template get<bool>()) {
                service.txt.emplace_back(toValidUtf8(it.key()), std::nullopt);
            } else {
                return bad(txtPath.member(it.key()), "not a string or true");
            }
        }
        return true;
    }

    bool readUpnp(const Json& item, const JsonPath& path, UpnpDevice& device)
    {
        if (!item.is_object()) {
            return bad(path, "not an object");
        }
        const std::array<std::pair<const char*, std::string*>, 13> texts {
            {{"location", &device.location}, {"server", &device.server}, {"http_server", &device.httpServer},
                {"device_type", &device.deviceType}, {"friendly_name", &device.friendlyName},
                {"manufacturer", &device.manufacturer}, {"manufacturer_url", &device.manufacturerUrl},
                {"model_name", &device.modelName}, {"model_number", &device.modelNumber},
                {"model_description", &device.modelDescription}, {"serial_number", &device.serialNumber},
                {"presentation_url", &device.presentationUrl}, {"udn", &device.udn}}};
        for (const auto& [key, field] : texts) {
            if (!readText(item, key, path, *field)) {
                return false;
            }
        }
        return readFlag(item, "described", path, device.described)
            && readArray(item, "embedded_device_types", path, device.embeddedDeviceTypes, textReader())
            && readArray(item, "services", path, device.services,
                [this](const Json& entry, const JsonPath& at, UpnpService& service) {
                    if (!entry.is_object()) {
                        return bad(at, "not an object");
                    }
                    return readText(entry, "service_type", at, service.serviceType)
                        && readText(entry, "service_id", at, service.serviceId);
                });
    }

    bool readWsd(const Json& item, const JsonPath& path, WsdEndpoint& endpoint)
    {
        if (!item.is_object()) {
            return bad(path, "not an object");
        }
        if (!readText(item, "endpoint", path, endpoint.endpoint)
            || !readArray(item, "types", path, endpoint.types, textReader())
            || !readArray(item, "scopes", path, endpoint.scopes, textReader())
            || !readArray(item, "xaddrs", path, endpoint.xaddrs, textReader())) {
            return false;
        }
        const Json* onvif = find(item, "onvif");
        if (onvif == nullptr || onvif->is_null()) {
            return true;
        }
        const JsonPath onvifPath = path.member("onvif");
        if (!onvif->is_object()) {
            return bad(onvifPath, "not an object or null");
        }
        return readText(*onvif, "name", onvifPath, endpoint.onvifName)
            && readText(*onvif, "hardware", onvifPath, endpoint.onvifHardware)
            && readText(*onvif, "location", onvifPath, endpoint.onvifLocation);
    }

    // Protocol and kind have no sensible default: an evidence entry must name both.
    template <typename Enum, std::size_t Count>
    bool readKey(const Json& item, const char* key, const JsonPath& path, std::string_view (*name)(Enum), Enum& out)
    {
        const Json* node = find(item, key);
        if (node == nullptr) {
            return bad(path.member(key), "missing");
        }
        if (!node->is_string()) {
            return bad(path.member(key), "not a string");
        }
        const std::string& text = node->template get_ref<const std::string&>();
        const auto value = enumFromKey<Enum, Count>(text, name);
        if (!value) {
            return bad(path.member(key), "unknown value '" + excerpt(text) + "'");
        }
        out = *value;
        return true;
    }

    bool readObservation(const Json& item, const JsonPath& path, Observation& observation)
    {
        if (!item.is_object()) {
            return bad(path, "not an object");
        }
        return readKey<Protocol, kProtocolCount>(item, "protocol", path, protocolKey, observation.protocol)
            && readKey<ObservationKind, kObservationKindCount>(item, "kind", path, observationKey, observation.kind)
            && readMilliseconds(item, "at_ms", path, observation.at)
            && readText(item, "source", path, observation.source) && readText(item, "detail", path, observation.detail);
    }

    bool readRouter(const Json& document, const JsonPath& path, std::optional<RouterIgd>& router)
    {
        const Json* node = find(document, "router");
        if (node == nullptr) {
            return true;
        }
        const JsonPath routerPath = path.member("router");
        if (!node->is_object()) {
            return bad(routerPath, "not an object");
        }
        const Json* igd = find(*node, "igd");
        if (igd == nullptr || igd->is_null()) {
            return true;
        }
        const JsonPath igdPath = routerPath.member("igd");
        if (!igd->is_object()) {
            return bad(igdPath, "not an object or null");
        }
        RouterIgd value;
        if (!readText(*igd, "location", igdPath, value.location)
            || !readText(*igd, "external_ip", igdPath, value.externalIp)
            || !readFlag(*igd, "mappings_complete", igdPath, value.mappingListComplete)
            || !readArray(*igd, "mappings", igdPath, value.mappings,
                [this](const Json& item, const JsonPath& at, PortMapping& m) { return readMapping(item, at, m); })) {
            return false;
        }
        router = std::move(value);
        return true;
    }

    bool readMapping(const Json& item, const JsonPath& path, PortMapping& mapping)
    {
        if (!item.is_object()) {
            return bad(path, "not an object");
        }
        return readText(item, "protocol", path, mapping.protocol)
            && readInteger(item, "external_port", path, 0, 65535, mapping.externalPort)
            && readText(item, "internal_client", path, mapping.internalClient)
            && readInteger(item, "internal_port", path, 0, 65535, mapping.internalPort)
            && readText(item, "description", path, mapping.description)
            && readFlag(item, "enabled", path, mapping.enabled)
            && readText(item, "remote_host", path, mapping.remoteHost)
            && readInteger(
                item, "lease_seconds", path, 0, std::numeric_limits<std::uint32_t>::max(), mapping.leaseSeconds);
    }

    bool readProtocols(
        const Json& document, const JsonPath& path, std::array<ProtocolStatus, kProtocolCount>& protocols)
    {
        for (std::size_t i = 0; i < kProtocolCount; ++i) {
            protocols[i].protocol = static_cast<Protocol>(i);
        }
        const Json* node = find(document, "protocols");
        if (node == nullptr) {
            return true;
        }
        const JsonPath protocolsPath = path.member("protocols");
        if (!node->is_object()) {
            return bad(protocolsPath, "not an object");
        }
        constexpr std::int64_t kMaxCount = std::numeric_limits<int>::max();
        for (ProtocolStatus& status : protocols) {
            const std::string key(protocolKey(status.protocol));
            const Json* entry = find(*node, key.c_str());
            if (entry == nullptr) {
                continue;
            }
            const JsonPath at = protocolsPath.member(protocolKey(status.protocol));
            if (!entry->is_object()) {
                return bad(at, "not an object");
            }
            if (find(*entry, "state") != nullptr
                && !readKey<ProtocolState, kProtocolStateCount>(*entry, "state", at, protocolStateKey, status.state)) {
                return false;
            }
            if (!readInteger(*entry, "answers", at, 0, kMaxCount, status.answers)
                || !readInteger(*entry, "malformed", at, 0, kMaxCount, status.malformed)
                || !readInteger(*entry, "refused", at, 0, kMaxCount, status.refused)) {
                return false;
            }
        }
        return true;
    }

    ScanJsonError m_error {ScanJsonCode::BadField, {}};
};

ScanJsonError errorFromException(ScanJsonCode code, const std::exception& e)
{
    return {code, excerpt(std::string_view(e.what()).substr(0, 300))};
}

template <typename Json> Result<ScanResult, ScanJsonError> readDocument(const Json& document)
{
    if (!document.is_object()) {
        return fail(ScanJsonCode::WrongSchema, "the top level is not an object");
    }
    const auto schema = document.find("schema");
    if (schema == document.end()) {
        return fail(ScanJsonCode::WrongSchema, "no schema field");
    }
    if (!schema->is_string()) {
        return fail(ScanJsonCode::WrongSchema, "schema is not a string");
    }
    if (schema->template get_ref<const std::string&>() != scanJsonSchema) {
        return fail(ScanJsonCode::WrongSchema,
            "schema '" + excerpt(schema->template get_ref<const std::string&>()) + "', not '"
                + std::string(scanJsonSchema) + "'");
    }
    Reader<Json> reader;
    ScanResult result;
    if (!reader.readScan(document, result)) {
        return Failure<ScanJsonError> {reader.takeError()};
    }
    return result;
}

template <typename Json> Result<Host, ScanJsonError> readHostObject(const Json& device)
{
    try {
        Reader<Json> reader;
        Host host;
        if (!reader.readHost(device, JsonPath {}, host)) {
            return Failure<ScanJsonError> {reader.takeError()};
        }
        return host;
    } catch (const std::bad_alloc& e) {
        return Failure<ScanJsonError> {errorFromException(ScanJsonCode::TooLarge, e)};
    } catch (const std::exception& e) {
        return Failure<ScanJsonError> {errorFromException(ScanJsonCode::BadField, e)};
    }
}

}  // namespace

Result<ScanResult, ScanJsonError> scanFromJson(std::string_view json)
{
    if (json.size() > maxScanJsonBytes) {
        return fail(ScanJsonCode::TooLarge,
            std::to_string(json.size()) + " bytes, at most " + std::to_string(maxScanJsonBytes));
    }
    const DocumentShape shape = measureShape(json);
    if (shape.tooDeepAt) {
        return fail(ScanJsonCode::TooDeep,
            "nested deeper than " + std::to_string(maxScanJsonDepth) + " at byte " + std::to_string(*shape.tooDeepAt));
    }
    try {
        if (shape.largeObjectCost <= kOrderedObjectBudget) {
            return readDocument(ordered_json::parse(json.begin(), json.end()));
        }
        return readDocument(nlohmann::json::parse(json.begin(), json.end()));
    } catch (const std::bad_alloc& e) {
        return Failure<ScanJsonError> {errorFromException(ScanJsonCode::TooLarge, e)};
    } catch (const nlohmann::json::exception& e) {
        return Failure<ScanJsonError> {errorFromException(ScanJsonCode::NotJson, e)};
    } catch (const std::exception& e) {
        return Failure<ScanJsonError> {errorFromException(ScanJsonCode::BadField, e)};
    }
}

Result<Host, ScanJsonError> hostFromJson(const nlohmann::json& device)
{
    return readHostObject(device);
}

Result<Host, ScanJsonError> hostFromJson(const ordered_json& device)
{
    return readHostObject(device);
}

}  // namespace voordeur::core::discovery
