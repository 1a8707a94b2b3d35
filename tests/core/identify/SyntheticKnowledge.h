// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A small knowledge base written by the test itself, so each rule's effect can be asserted exactly.

#include "core/knowledge/Catalog.h"
#include "core/knowledge/KnowledgeBase.h"
#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>

#include <string>

namespace voordeur::tests {

class SyntheticKnowledge final
{
public:
    SyntheticKnowledge()
    {
        auto kb = core::knowledge::KnowledgeBase::open(m_dir.file("synthetic.sqlite"));
        REQUIRE(kb);
        m_kb.emplace(std::move(kb).value());
    }

    void vendor(const std::string& id, const std::string& name, std::vector<std::string> kinds,
        std::vector<std::string> aliases = {}, bool ispRouterBrand = false)
    {
        REQUIRE(m_kb->addVendor(id, name, std::string("NL"), ispRouterBrand, aliases));
        exec("INSERT INTO vendor_policy(vendor_id, update_route, auto_update, support_url, support_policy) VALUES('"
            + id + "', 'app', 'yes', 'https://example.org/" + id + "', 'unknown')");
        for (const auto& kind : kinds) {
            exec("INSERT INTO vendor_kind(vendor_id, kind) VALUES('" + id + "', '" + kind + "')");
        }
    }

    /// model: "" none, "=" from the value, else a fixed model.
    void rule(const std::string& id, const std::string& field, const std::string& pattern, const std::string& vendor,
        const std::string& kind, const std::string& model, double weight, const std::string& key = {},
        const std::string& service = {})
    {
        const auto text
            = [](const std::string& value) { return value.empty() ? std::string("NULL") : "'" + value + "'"; };
        exec("INSERT INTO fingerprint_rule(id, field, service, txt_key, pattern, vendor_id, kind, model, "
             "model_from_value, weight, example, reference) VALUES('"
            + id + "', '" + field + "', " + text(service) + ", " + text(key) + ", '" + pattern + "', " + text(vendor)
            + ", " + text(kind) + ", " + (model == "=" ? std::string("NULL") : text(model)) + ", "
            + (model == "=" ? "1" : "0") + ", " + std::to_string(weight) + ", 'x', 'https://example.org')");
    }

    void exec(const std::string& sql) { REQUIRE(m_kb->database().exec(sql)); }

    core::knowledge::KnowledgeBase& kb() { return *m_kb; }

    core::knowledge::Catalog catalog() const
    {
        auto catalog = core::knowledge::Catalog::load(*m_kb);
        REQUIRE(catalog);
        return std::move(catalog).value();
    }

private:
    TempDir m_dir;
    std::optional<core::knowledge::KnowledgeBase> m_kb;
};

}  // namespace voordeur::tests
