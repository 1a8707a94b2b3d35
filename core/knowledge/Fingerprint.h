// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace voordeur::core::knowledge {

/// Which piece of discovery evidence an identification rule looks at
/// (resources/knowledge/README.md, section 6).
enum class FingerprintField {
    MdnsType,
    MdnsTxt,
    MdnsInstance,
    UpnpManufacturer,
    UpnpModelName,
    UpnpModelNumber,
    UpnpModelDescription,
    UpnpFriendlyName,
    UpnpDeviceType,
    UpnpServiceType,
    Server,
    WsdType,
    WsdScope,
    OnvifHardware,
    OnvifName,
    Hostname,
    MacVendor,
};

inline constexpr std::size_t kFingerprintFieldCount = 17;

/// The word used in the source files and the database ("mdns-txt").
std::string_view fingerprintFieldKey(FingerprintField field);
std::optional<FingerprintField> fingerprintFieldFromKey(std::string_view key);

/// One identification rule: when the evidence in `field` matches `pattern`, the device is
/// probably of this vendor / kind / model, with `weight` as the strength of that one clue.
struct FingerprintRule {
    std::string id;
    FingerprintField field = FingerprintField::MdnsType;
    std::string service;  ///< mDNS fields only: restrict to this service type; empty = any
    std::string key;      ///< mdns-txt only: the TXT key
    std::string pattern;  ///< case-insensitive glob over the whole value
    std::optional<std::string> vendorId;
    std::optional<std::string> kind;
    std::optional<std::string> model;  ///< a fixed model, unless modelFromValue
    bool modelFromValue = false;       ///< the matched value is the model
    bool firmwareFromValue = false;    ///< the matched value is the firmware version
    double weight = 0.0;               ///< 0.05 to 1.00
};

}  // namespace voordeur::core::knowledge
