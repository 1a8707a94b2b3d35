// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::wsd {

/// What a WS-Discovery message announces; Other for Probe, Resolve, faults and the rest.
enum class WsdKind { ProbeMatches, Hello, Bye, Other };

/// Why a WS-Discovery datagram was not read.
enum class WsdCode {
    TooLarge,          ///< more than kMaxMessageBytes; detail: the size
    DoctypeRefused,    ///< the document has a DOCTYPE (a DTD): never expanded, always refused
    MalformedXml,      ///< detail: the parser's status and byte offset
    NotSoap,           ///< the document element is not a SOAP Envelope with a Body; detail: its name
    TooManyEndpoints,  ///< more than kMaxEndpoints ProbeMatch elements
    TooManyValues,     ///< a Types, Scopes or XAddrs list longer than kMaxListValues
};

using WsdError = Error<WsdCode>;

inline constexpr std::size_t kMaxMessageBytes = std::size_t {64} * 1024;
inline constexpr std::size_t kMaxEndpoints = 64;
inline constexpr std::size_t kMaxListValues = 64;

/// One target service (a device) as a ProbeMatch, Hello or Bye describes it.
struct Endpoint {
    std::string address;              ///< the EndpointReference address, usually "urn:uuid:…"
    std::vector<std::string> types;   ///< QNames as written, e.g. "dn:NetworkVideoTransmitter"
    std::vector<std::string> scopes;  ///< e.g. "onvif://www.onvif.org/name/…"
    std::vector<std::string> xaddrs;  ///< transport addresses, e.g. "http://192.168.1.64/onvif/device_service"
    std::optional<std::uint32_t> metadataVersion;
};

/// A WS-Discovery 2005/04 message (SOAP 1.2) with the endpoints it carries.
struct WsdMessage {
    WsdKind kind = WsdKind::Other;
    std::string messageId, relatesTo;
    std::vector<Endpoint> endpoints;
};

/// A Probe for the multicast group. types is a list of QNames with the prefixes dn (ONVIF network),
/// tds (ONVIF device) or wsdp (Devices Profile), e.g. "dn:NetworkVideoTransmitter"; "" probes for any.
std::string buildProbe(std::string_view messageId, std::string_view types);

/// Reads a ProbeMatches, Hello or Bye: bounded, no DTD, elements matched by local name.
Result<WsdMessage, WsdError> parseWsdMessage(std::string_view xml);

/// What an ONVIF device says of itself through its scopes, percent-decoded and valid UTF-8.
struct OnvifScopes {
    std::string name, hardware, location;             ///< the first of each
    std::vector<std::string> types, profiles, other;  ///< other: every scope not understood, as written
};

/// Sorts onvif://www.onvif.org/<key>/<value> scopes: name, hardware, location, type, Profile.
OnvifScopes parseOnvifScopes(const std::vector<std::string>& scopes);

}  // namespace voordeur::core::wsd
