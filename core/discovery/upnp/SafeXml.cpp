// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/SafeXml.h"

#include "core/discovery/upnp/TextRules.h"

namespace voordeur::core::upnp {

namespace {

// Finds a doctype node anywhere in the tree; pugixml walks it without recursion.
class DoctypeFinder final : public pugi::xml_tree_walker
{
public:
    bool for_each(pugi::xml_node& node) override
    {
        // A DOCTYPE inside an element is already a parse error; at document level it becomes a node.
        m_found = node.type() == pugi::node_doctype;
        return !m_found;
    }

    [[nodiscard]] bool found() const { return m_found; }

private:
    bool m_found = false;
};

}  // namespace

Result<std::unique_ptr<pugi::xml_document>, Error<XmlProblem>> loadHardenedXml(
    std::string_view xml, std::size_t maxBytes)
{
    if (xml.size() > maxBytes) {
        return fail(XmlProblem::TooLarge, std::to_string(xml.size()));
    }
    auto document = std::make_unique<pugi::xml_document>();
    const pugi::xml_parse_result parsed
        = document->load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_doctype);
    if (!parsed) {
        return fail(
            XmlProblem::Malformed, std::string(parsed.description()) + " at offset " + std::to_string(parsed.offset));
    }
    DoctypeFinder finder;
    document->traverse(finder);
    if (finder.found()) {
        return fail(XmlProblem::Doctype);
    }
    return document;
}

std::string_view localName(const pugi::xml_node& node)
{
    const std::string_view name = node.name();
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node childByLocalName(const pugi::xml_node& parent, std::string_view name)
{
    for (const pugi::xml_node& child : parent.children()) {
        if (child.type() == pugi::node_element && localName(child) == name) {
            return child;
        }
    }
    return {};
}

std::string childText(const pugi::xml_node& parent, std::string_view name)
{
    return elementText(childByLocalName(parent, name));
}

std::string elementText(const pugi::xml_node& node)
{
    return boundedText(trimBlanks(node.text().get()));
}

}  // namespace voordeur::core::upnp
