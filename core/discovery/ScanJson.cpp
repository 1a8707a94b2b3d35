// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/ScanJson.h"

#include <nlohmann/json.hpp>

namespace voordeur::core::discovery {

using nlohmann::ordered_json;

std::string_view protocolKey(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Mdns:
        return "mdns";
    case Protocol::Ssdp:
        return "ssdp";
    case Protocol::Wsd:
        return "wsd";
    case Protocol::Neighbour:
        return "neighbour";
    case Protocol::Igd:
        return "igd";
    case Protocol::ReverseDns:
        return "reverse_dns";
    case Protocol::ServiceCheck:
        return "service_check";
    }
    return "unknown";
}

std::string_view protocolStateKey(ProtocolState state)
{
    switch (state) {
    case ProtocolState::Off:
        return "off";
    case ProtocolState::Waiting:
        return "waiting";
    case ProtocolState::Running:
        return "running";
    case ProtocolState::Done:
        return "done";
    case ProtocolState::Unavailable:
        return "unavailable";
    }
    return "unknown";
}

std::string_view observationKey(ObservationKind kind)
{
    switch (kind) {
    case ObservationKind::NeighbourEntry:
        return "neighbour_entry";
    case ObservationKind::MdnsRecord:
        return "mdns_record";
    case ObservationKind::SsdpResponse:
        return "ssdp_response";
    case ObservationKind::SsdpNotify:
        return "ssdp_notify";
    case ObservationKind::SsdpByebye:
        return "ssdp_byebye";
    case ObservationKind::UpnpDescription:
        return "upnp_description";
    case ObservationKind::WsdProbeMatch:
        return "wsd_probe_match";
    case ObservationKind::WsdHello:
        return "wsd_hello";
    case ObservationKind::PortMapping:
        return "port_mapping";
    case ObservationKind::ReverseName:
        return "reverse_name";
    case ObservationKind::OpenPort:
        return "open_port";
    }
    return "unknown";
}

namespace {

ordered_json deviceJson(const Host& host)
{
    ordered_json device;
    device["addresses"] = host.addresses;
    device["mac"] = host.mac ? ordered_json(host.mac->toString()) : ordered_json(nullptr);
    device["mac_vendor"] = host.macVendor.empty() ? ordered_json(nullptr) : ordered_json(host.macVendor);
    device["mac_randomised"] = host.macRandomised;
    device["hostnames"] = host.hostnames;

    ordered_json mdns = ordered_json::array();
    for (const MdnsService& service : host.mdns) {
        ordered_json txt = ordered_json::object();
        for (const auto& [key, value] : service.txt) {
            txt[key] = value ? ordered_json(*value) : ordered_json(true);
        }
        mdns.push_back({{"type", service.type}, {"instance", service.instance}, {"host", service.host},
            {"port", service.port}, {"txt", txt}});
    }
    device["mdns"] = mdns;

    ordered_json upnp = ordered_json::array();
    for (const UpnpDevice& u : host.upnp) {
        ordered_json services = ordered_json::array();
        for (const UpnpService& s : u.services) {
            services.push_back({{"service_type", s.serviceType}, {"service_id", s.serviceId}});
        }
        upnp.push_back({{"location", u.location}, {"server", u.server}, {"http_server", u.httpServer},
            {"device_type", u.deviceType}, {"friendly_name", u.friendlyName}, {"manufacturer", u.manufacturer},
            {"manufacturer_url", u.manufacturerUrl}, {"model_name", u.modelName}, {"model_number", u.modelNumber},
            {"model_description", u.modelDescription}, {"serial_number", u.serialNumber},
            {"presentation_url", u.presentationUrl}, {"udn", u.udn}, {"described", u.described},
            {"embedded_device_types", u.embeddedDeviceTypes}, {"services", services}});
    }
    device["upnp"] = upnp;

    ordered_json wsd = ordered_json::array();
    for (const WsdEndpoint& w : host.wsd) {
        ordered_json onvif = nullptr;
        if (!w.onvifName.empty() || !w.onvifHardware.empty() || !w.onvifLocation.empty()) {
            onvif = {{"name", w.onvifName}, {"hardware", w.onvifHardware}, {"location", w.onvifLocation}};
        }
        wsd.push_back({{"endpoint", w.endpoint}, {"types", w.types}, {"scopes", w.scopes}, {"xaddrs", w.xaddrs},
            {"onvif", onvif}});
    }
    device["wsd"] = wsd;
    device["open_ports"] = host.openPorts;

    ordered_json evidence = ordered_json::array();
    for (const Observation& o : host.observations) {
        evidence.push_back({{"protocol", protocolKey(o.protocol)}, {"kind", observationKey(o.kind)},
            {"at_ms", o.at.count()}, {"source", o.source}, {"detail", o.detail}});
    }
    device["evidence"] = evidence;
    return device;
}

}  // namespace

std::string scanToJson(const ScanResult& result, int indent)
{
    ordered_json document;
    document["schema"] = scanJsonSchema;
    document["interface"] = result.interfaceName;
    document["interface_address"] = result.interfaceAddress;
    document["interface_prefix"] = result.interfacePrefix;
    document["duration_ms"] = result.duration.count();
    document["last_new_evidence_ms"] = result.lastNewEvidence.count();
    document["cancelled"] = result.cancelled;

    ordered_json devices = ordered_json::array();
    for (const Host& host : result.hosts) {
        devices.push_back(deviceJson(host));
    }
    document["devices"] = devices;

    if (result.router) {
        ordered_json mappings = ordered_json::array();
        for (const PortMapping& m : result.router->mappings) {
            mappings.push_back(
                {{"protocol", m.protocol}, {"external_port", m.externalPort}, {"internal_client", m.internalClient},
                    {"internal_port", m.internalPort}, {"description", m.description}, {"enabled", m.enabled},
                    {"remote_host", m.remoteHost}, {"lease_seconds", m.leaseSeconds}});
        }
        document["router"] = {{"igd",
            {{"location", result.router->location}, {"external_ip", result.router->externalIp},
                {"mappings_complete", result.router->mappingListComplete}, {"mappings", mappings}}}};
    } else {
        document["router"] = {{"igd", nullptr}};
    }

    ordered_json protocols = ordered_json::object();
    for (const ProtocolStatus& status : result.protocols) {
        protocols[std::string(protocolKey(status.protocol))] = {{"state", protocolStateKey(status.state)},
            {"answers", status.answers}, {"malformed", status.malformed}, {"refused", status.refused}};
    }
    document["protocols"] = protocols;
    document["service_check_ports"]
        = result.serviceCheckPorts.empty() ? ordered_json(nullptr) : ordered_json(result.serviceCheckPorts);
    // Device-supplied text is already valid UTF-8; replace rather than throw should anything slip through.
    return document.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace voordeur::core::discovery
