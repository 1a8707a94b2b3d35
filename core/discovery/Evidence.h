// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/MacAddress.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace voordeur::core::discovery {

/// The ways Voordeur learns about a device. Every piece of evidence names one.
enum class Protocol { Mdns, Ssdp, Wsd, Neighbour, Igd, ReverseDns, ServiceCheck };

inline constexpr std::size_t kProtocolCount = 7;

/// What was seen, for the evidence chain ("recognised by …"). Parameters are in `detail`.
enum class ObservationKind {
    NeighbourEntry,   ///< the kernel's neighbour table tied an address to a MAC
    MdnsRecord,       ///< an mDNS answer named this address (host name, service)
    SsdpResponse,     ///< answered an M-SEARCH
    SsdpNotify,       ///< announced itself with NOTIFY alive
    SsdpByebye,       ///< announced leaving with NOTIFY byebye
    UpnpDescription,  ///< its UPnP device description was read
    WsdProbeMatch,    ///< answered a WS-Discovery Probe
    WsdHello,         ///< announced itself with WS-Discovery Hello
    PortMapping,      ///< the router forwards an internet port to it
    ReverseName,      ///< reverse DNS gave a name
    OpenPort,         ///< accepted a TCP connection (opt-in service check)
};

/// One observation: which protocol, when (since the scan started), from which address.
struct Observation {
    Protocol protocol;
    ObservationKind kind;
    std::chrono::milliseconds at {0};
    std::string source;  ///< the address the evidence came from
    std::string detail;  ///< e.g. the service type, the UDN, the port
};

/// A DNS-SD service instance (RFC 6763), resolved as far as the answers allowed.
struct MdnsService {
    std::string type;      ///< "_ipp._tcp"
    std::string instance;  ///< "HP LaserJet — Woonkamer" (UTF-8)
    std::string host;      ///< SRV target, "printer.local"
    std::uint16_t port = 0;
    std::vector<std::pair<std::string, std::optional<std::string>>> txt;  ///< in record order

    bool operator==(const MdnsService&) const = default;
};

/// A UPnP service of a device, from its description.
struct UpnpService {
    std::string serviceType;
    std::string serviceId;

    bool operator==(const UpnpService&) const = default;
};

/// A UPnP root device: what SSDP said, and what its description said when it could be read.
struct UpnpDevice {
    std::string location;
    std::string server;      ///< the SSDP SERVER header, e.g. "Linux/6.1 UPnP/1.0 MiniDLNA/1.3.0"
    std::string httpServer;  ///< the HTTP Server header of the description's answer (often more exact)
    std::string udn;         ///< "uuid:…"
    std::string deviceType;
    std::string friendlyName;
    std::string manufacturer;
    std::string manufacturerUrl;
    std::string modelName;
    std::string modelNumber;
    std::string modelDescription;
    std::string serialNumber;
    std::string presentationUrl;
    std::vector<UpnpService> services;  ///< of the root and its embedded devices
    std::vector<std::string> embeddedDeviceTypes;
    bool described = false;  ///< the description was fetched and parsed

    bool operator==(const UpnpDevice&) const = default;
};

/// A WS-Discovery target service (an ONVIF camera, a Windows/Samba host).
struct WsdEndpoint {
    std::string endpoint;  ///< the EndpointReference address, "urn:uuid:…"
    std::vector<std::string> types;
    std::vector<std::string> scopes;
    std::vector<std::string> xaddrs;
    /// What an ONVIF device says of itself in its scopes, percent-decoded; empty when it says nothing.
    std::string onvifName;
    std::string onvifHardware;
    std::string onvifLocation;

    bool operator==(const WsdEndpoint&) const = default;
};

/// One device on the network, with every piece of evidence about it merged.
struct Host {
    std::vector<std::string> addresses;  ///< IPv4 first, then IPv6
    std::optional<net::MacAddress> mac;
    std::string macVendor;       ///< the IEEE registration, empty if unknown
    bool macRandomised = false;  ///< locally administered ("private") MAC address
    std::vector<std::string> hostnames;
    std::vector<MdnsService> mdns;
    std::vector<UpnpDevice> upnp;
    std::vector<WsdEndpoint> wsd;
    std::vector<std::uint16_t> openPorts;
    std::vector<Observation> observations;
};

/// A port the router forwards from the internet to the home network (UPnP IGD).
struct PortMapping {
    std::string protocol;  ///< "TCP" or "UDP"
    std::uint16_t externalPort = 0;
    std::string internalClient;
    std::uint16_t internalPort = 0;
    std::string description;
    bool enabled = true;
    std::string remoteHost;  ///< empty = any
    std::uint32_t leaseSeconds = 0;

    bool operator==(const PortMapping&) const = default;
};

/// What the router's UPnP Internet Gateway Device told.
struct RouterIgd {
    std::string location;
    std::string externalIp;
    std::vector<PortMapping> mappings;
    bool mappingListComplete = false;  ///< false when reading stopped early (time, error)
};

}  // namespace voordeur::core::discovery
