// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::upnp {

/// Why a UPnP device description was not read.
enum class DescriptionCode {
    TooLarge,         ///< more than kMaxDescriptionBytes; detail: the size
    DoctypeRefused,   ///< the document has a DOCTYPE (a DTD): never expanded, always refused
    MalformedXml,     ///< detail: the parser's status and byte offset
    NotADescription,  ///< the document element is not <root>; detail: its name
    NoDevice,         ///< <root> has no <device>
    TooDeep,          ///< embedded devices nested deeper than kMaxDeviceDepth
    TooManyDevices,   ///< more than kMaxDevices devices, the root included
    TooManyServices,  ///< more than kMaxServices services in all
};

using DescriptionError = Error<DescriptionCode>;

inline constexpr std::size_t kMaxDescriptionBytes = std::size_t {256} * 1024;
inline constexpr int kMaxDeviceDepth = 8;  ///< the root device is at depth 1
inline constexpr std::size_t kMaxDevices = 64;
inline constexpr std::size_t kMaxServices = 256;

/// One <service> of a device. URLs are as written: relative to URLBase or the description URL.
struct Service {
    std::string serviceType, serviceId, controlUrl, eventSubUrl, scpdUrl;
};

/// One <device>: what it says it is, its services and its embedded devices.
struct Device {
    std::string deviceType, friendlyName, manufacturer, manufacturerUrl, modelName, modelNumber, modelDescription,
        modelUrl, serialNumber, udn, upc, presentationUrl;
    std::vector<Service> services;
    std::vector<Device> embedded;
};

/// A UPnP device description document (UDA 1.0–2.0). Every text is valid UTF-8 of at most 1 KiB.
struct Description {
    int specMajor = 0, specMinor = 0;
    std::string urlBase;
    Device root;
};

/// Reads a description fetched from a device: bounded in size, depth and counts, no DTD,
/// elements matched by local name whatever their namespace prefix.
Result<Description, DescriptionError> parseDescription(std::string_view xml);

}  // namespace voordeur::core::upnp
