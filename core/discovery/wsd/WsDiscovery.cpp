// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/wsd/WsDiscovery.h"

#include "core/discovery/upnp/SafeXml.h"
#include "core/discovery/upnp/TextRules.h"

#include <algorithm>
#include <charconv>

namespace voordeur::core::wsd {

namespace {

using upnp::boundedText;
using upnp::childByLocalName;
using upnp::childText;
using upnp::localName;
using upnp::startsWithIgnoringCase;

// Text for an XML element or attribute: markup escaped, characters XML 1.0 forbids dropped.
std::string xmlEscaped(std::string_view text)
{
    std::string escaped;
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&apos;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
                escaped += c;
            }
        }
    }
    return escaped;
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A whitespace-separated list (xs:list) such as Types, Scopes or XAddrs.
Result<std::vector<std::string>, WsdError> listOf(const pugi::xml_node& node)
{
    std::vector<std::string> values;
    const std::string_view text = node.text().get();
    std::size_t position = 0;
    while (position < text.size()) {
        while (position < text.size() && isXmlSpace(text[position])) {
            ++position;
        }
        const std::size_t start = position;
        while (position < text.size() && !isXmlSpace(text[position])) {
            ++position;
        }
        if (position == start) {
            break;
        }
        if (values.size() == kMaxListValues) {
            return fail(WsdCode::TooManyValues, std::string(localName(node)));
        }
        values.push_back(boundedText(text.substr(start, position - start)));
    }
    return values;
}

std::optional<std::uint32_t> metadataVersion(const std::string& text)
{
    std::uint32_t version = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return version;
}

Result<Endpoint, WsdError> readEndpoint(const pugi::xml_node& node)
{
    Endpoint endpoint;
    endpoint.address = childText(childByLocalName(node, "EndpointReference"), "Address");
    for (const auto& [name, target] : {std::pair {"Types", &endpoint.types}, std::pair {"Scopes", &endpoint.scopes},
             std::pair {"XAddrs", &endpoint.xaddrs}}) {
        auto values = listOf(childByLocalName(node, name));
        if (!values) {
            return fail(values.error().code, values.error().detail);
        }
        *target = std::move(values).value();
    }
    endpoint.metadataVersion = metadataVersion(childText(node, "MetadataVersion"));
    return endpoint;
}

WsdCode codeFor(upnp::XmlProblem problem)
{
    switch (problem) {
    case upnp::XmlProblem::TooLarge:
        return WsdCode::TooLarge;
    case upnp::XmlProblem::Doctype:
        return WsdCode::DoctypeRefused;
    case upnp::XmlProblem::Malformed:
        break;
    }
    return WsdCode::MalformedXml;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// "%20" becomes a space; a '%' without two hex digits stays as it is.
std::string percentDecoded(std::string_view text)
{
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            decoded += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

}  // namespace

std::string buildProbe(std::string_view messageId, std::string_view types)
{
    std::string probe
        = R"(<?xml version="1.0" encoding="UTF-8"?>)"
          R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope")"
          R"( xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing")"
          R"( xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery")"
          R"( xmlns:dn="http://www.onvif.org/ver10/network/wsdl")"
          R"( xmlns:tds="http://www.onvif.org/ver10/device/wsdl")"
          R"( xmlns:wsdp="http://schemas.xmlsoap.org/ws/2006/02/devprof">)"
          R"(<s:Header>)"
          R"(<a:Action s:mustUnderstand="1">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>)";
    probe += "<a:MessageID>" + xmlEscaped(messageId) + "</a:MessageID>";
    probe
        += R"(<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>)"
           R"(<a:To s:mustUnderstand="1">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>)"
           R"(</s:Header><s:Body><d:Probe>)";
    const std::string_view trimmedTypes = upnp::trimBlanks(types);
    if (!trimmedTypes.empty()) {
        probe += "<d:Types>" + xmlEscaped(trimmedTypes) + "</d:Types>";
    }
    probe += "</d:Probe></s:Body></s:Envelope>";
    return probe;
}

Result<WsdMessage, WsdError> parseWsdMessage(std::string_view xml)
{
    auto loaded = upnp::loadHardenedXml(xml, kMaxMessageBytes);
    if (!loaded) {
        return fail(codeFor(loaded.error().code), loaded.error().detail);
    }
    const pugi::xml_node envelope = (*loaded)->document_element();
    const pugi::xml_node body = childByLocalName(envelope, "Body");
    if (localName(envelope) != "Envelope" || !body) {
        return fail(WsdCode::NotSoap, boundedText(localName(envelope), 64));
    }
    const pugi::xml_node header = childByLocalName(envelope, "Header");
    WsdMessage message;
    message.messageId = childText(header, "MessageID");
    message.relatesTo = childText(header, "RelatesTo");

    const pugi::xml_node content
        = body.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
    const std::string_view name = localName(content);
    if (name == "ProbeMatches") {
        message.kind = WsdKind::ProbeMatches;
        for (const pugi::xml_node& match : content.children()) {
            if (match.type() != pugi::node_element || localName(match) != "ProbeMatch") {
                continue;
            }
            if (message.endpoints.size() == kMaxEndpoints) {
                return fail(WsdCode::TooManyEndpoints);
            }
            auto endpoint = readEndpoint(match);
            if (!endpoint) {
                return fail(endpoint.error().code, endpoint.error().detail);
            }
            message.endpoints.push_back(std::move(endpoint).value());
        }
    } else if (name == "Hello" || name == "Bye") {
        message.kind = name == "Hello" ? WsdKind::Hello : WsdKind::Bye;
        auto endpoint = readEndpoint(content);
        if (!endpoint) {
            return fail(endpoint.error().code, endpoint.error().detail);
        }
        message.endpoints.push_back(std::move(endpoint).value());
    }
    return message;
}

OnvifScopes parseOnvifScopes(const std::vector<std::string>& scopes)
{
    constexpr std::string_view onvifPrefix = "onvif://www.onvif.org/";
    OnvifScopes result;
    for (const std::string& scope : scopes) {
        const std::string_view path = std::string_view(scope).substr(std::min(onvifPrefix.size(), scope.size()));
        const auto slash = path.find('/');
        if (!startsWithIgnoringCase(scope, onvifPrefix) || slash == std::string_view::npos || slash == 0) {
            result.other.push_back(boundedText(scope));
            continue;
        }
        const std::string key = upnp::asciiLowered(path.substr(0, slash));
        std::string value = boundedText(percentDecoded(path.substr(slash + 1)));
        if (key == "name" || key == "hardware" || key == "location") {
            std::string& field = key == "name" ? result.name : key == "hardware" ? result.hardware : result.location;
            if (field.empty()) {
                field = std::move(value);
            }
        } else if (key == "type") {
            result.types.push_back(std::move(value));
        } else if (key == "profile") {
            result.profiles.push_back(std::move(value));
        } else {
            result.other.push_back(boundedText(scope));
        }
    }
    return result;
}

}  // namespace voordeur::core::wsd
