// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <pugixml.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

// Hardened XML reading shared by the UPnP description and WS-Discovery parsers.
namespace voordeur::core::upnp {

/// Why XML from the network was not read.
enum class XmlProblem {
    TooLarge,  ///< detail: the size in bytes
    Doctype,   ///< a DOCTYPE or entity declaration: refused before anything is expanded
    Malformed  ///< detail: pugixml's status and the byte offset
};

/// Parses XML of at most maxBytes; refuses every document type declaration.
/// pugixml expands no entities beyond the five predefined ones and character references.
Result<std::unique_ptr<pugi::xml_document>, Error<XmlProblem>> loadHardenedXml(
    std::string_view xml, std::size_t maxBytes);

/// The element's name without its namespace prefix ("s:Envelope" gives "Envelope").
std::string_view localName(const pugi::xml_node& node);

/// The first child element with this local name, whatever its prefix; empty when there is none.
pugi::xml_node childByLocalName(const pugi::xml_node& parent, std::string_view name);

/// The trimmed, bounded, valid UTF-8 text of the first such child element; "" when there is none.
std::string childText(const pugi::xml_node& parent, std::string_view name);

/// The trimmed, bounded, valid UTF-8 text of an element.
std::string elementText(const pugi::xml_node& node);

}  // namespace voordeur::core::upnp
