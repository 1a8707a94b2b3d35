// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Fingerprint.h"

#include <array>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

constexpr std::array<std::pair<FingerprintField, std::string_view>, kFingerprintFieldCount> kFieldKeys = {{
    {FingerprintField::MdnsType, "mdns-type"},
    {FingerprintField::MdnsTxt, "mdns-txt"},
    {FingerprintField::MdnsInstance, "mdns-instance"},
    {FingerprintField::UpnpManufacturer, "upnp-manufacturer"},
    {FingerprintField::UpnpModelName, "upnp-model-name"},
    {FingerprintField::UpnpModelNumber, "upnp-model-number"},
    {FingerprintField::UpnpModelDescription, "upnp-model-description"},
    {FingerprintField::UpnpFriendlyName, "upnp-friendly-name"},
    {FingerprintField::UpnpDeviceType, "upnp-device-type"},
    {FingerprintField::UpnpServiceType, "upnp-service-type"},
    {FingerprintField::Server, "server"},
    {FingerprintField::WsdType, "wsd-type"},
    {FingerprintField::WsdScope, "wsd-scope"},
    {FingerprintField::OnvifHardware, "onvif-hardware"},
    {FingerprintField::OnvifName, "onvif-name"},
    {FingerprintField::Hostname, "hostname"},
    {FingerprintField::MacVendor, "mac-vendor"},
}};

}  // namespace

std::string_view fingerprintFieldKey(FingerprintField field)
{
    for (const auto& [value, key] : kFieldKeys) {
        if (value == field) {
            return key;
        }
    }
    return {};
}

std::optional<FingerprintField> fingerprintFieldFromKey(std::string_view key)
{
    for (const auto& [value, name] : kFieldKeys) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace voordeur::core::knowledge
