// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/DeviceDescription.h"

#include "core/discovery/upnp/SafeXml.h"
#include "core/discovery/upnp/TextRules.h"

#include <charconv>

namespace voordeur::core::upnp {

namespace {

struct Budget {
    std::size_t devices = 0;
    std::size_t services = 0;
};

int smallNumber(const std::string& text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value >= 0 && value < 1000 ? value : 0;
}

Service readService(const pugi::xml_node& node)
{
    return {
        .serviceType = childText(node, "serviceType"),
        .serviceId = childText(node, "serviceId"),
        .controlUrl = childText(node, "controlURL"),
        .eventSubUrl = childText(node, "eventSubURL"),
        .scpdUrl = childText(node, "SCPDURL"),
    };
}

Result<Device, DescriptionError> readDevice(const pugi::xml_node& node, int depth, Budget& budget)
{
    if (depth > kMaxDeviceDepth) {
        return fail(DescriptionCode::TooDeep);
    }
    if (++budget.devices > kMaxDevices) {
        return fail(DescriptionCode::TooManyDevices);
    }
    Device device {
        .deviceType = childText(node, "deviceType"),
        .friendlyName = childText(node, "friendlyName"),
        .manufacturer = childText(node, "manufacturer"),
        .manufacturerUrl = childText(node, "manufacturerURL"),
        .modelName = childText(node, "modelName"),
        .modelNumber = childText(node, "modelNumber"),
        .modelDescription = childText(node, "modelDescription"),
        .modelUrl = childText(node, "modelURL"),
        .serialNumber = childText(node, "serialNumber"),
        .udn = childText(node, "UDN"),
        .upc = childText(node, "UPC"),
        .presentationUrl = childText(node, "presentationURL"),
        .services = {},
        .embedded = {},
    };
    for (const pugi::xml_node& service : childByLocalName(node, "serviceList").children()) {
        if (service.type() != pugi::node_element || localName(service) != "service") {
            continue;
        }
        if (++budget.services > kMaxServices) {
            return fail(DescriptionCode::TooManyServices);
        }
        device.services.push_back(readService(service));
    }
    for (const pugi::xml_node& child : childByLocalName(node, "deviceList").children()) {
        if (child.type() != pugi::node_element || localName(child) != "device") {
            continue;
        }
        auto embedded = readDevice(child, depth + 1, budget);
        if (!embedded) {
            return fail(embedded.error().code, embedded.error().detail);
        }
        device.embedded.push_back(std::move(embedded).value());
    }
    return device;
}

DescriptionCode codeFor(XmlProblem problem)
{
    switch (problem) {
    case XmlProblem::TooLarge:
        return DescriptionCode::TooLarge;
    case XmlProblem::Doctype:
        return DescriptionCode::DoctypeRefused;
    case XmlProblem::Malformed:
        break;
    }
    return DescriptionCode::MalformedXml;
}

}  // namespace

Result<Description, DescriptionError> parseDescription(std::string_view xml)
{
    auto loaded = loadHardenedXml(xml, kMaxDescriptionBytes);
    if (!loaded) {
        return fail(codeFor(loaded.error().code), loaded.error().detail);
    }
    const pugi::xml_node root = (*loaded)->document_element();
    if (localName(root) != "root") {
        return fail(DescriptionCode::NotADescription, boundedText(localName(root), 64));
    }
    const pugi::xml_node deviceNode = childByLocalName(root, "device");
    if (!deviceNode) {
        return fail(DescriptionCode::NoDevice);
    }
    Budget budget;
    auto device = readDevice(deviceNode, 1, budget);
    if (!device) {
        return fail(device.error().code, device.error().detail);
    }
    const pugi::xml_node spec = childByLocalName(root, "specVersion");
    return Description {
        .specMajor = smallNumber(childText(spec, "major")),
        .specMinor = smallNumber(childText(spec, "minor")),
        .urlBase = childText(root, "URLBase"),
        .root = std::move(device).value(),
    };
}

}  // namespace voordeur::core::upnp
