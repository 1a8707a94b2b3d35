// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The real knowledge base, built once per test process from resources/knowledge, with the real
// KEV snapshot imported: identification and checkup tests run against what ships.

#include "core/knowledge/Catalog.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBuild.h"
#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>

#include <memory>

namespace voordeur::tests {

struct RealKnowledge {
    TempDir dir;
    std::optional<core::knowledge::KnowledgeBase> kb;
    std::optional<core::knowledge::Catalog> catalog;
};

inline const RealKnowledge& realKnowledge()
{
    static const std::unique_ptr<RealKnowledge> real = [] {
        auto made = std::make_unique<RealKnowledge>();
        const auto path = made->dir.file("knowledge.sqlite");
        const auto built = core::knowledge::buildKnowledgeBase(VOORDEUR_KNOWLEDGE_SOURCE_DIR, path);
        if (!built) {
            FAIL("resources/knowledge does not build: " << core::knowledge::describe(built.error()));
        }
        auto kb = core::knowledge::KnowledgeBase::open(path);
        REQUIRE(kb);
        made->kb.emplace(std::move(kb).value());
        const auto imported = core::knowledge::importKev(*made->kb, readFile(kevSnapshotPath()));
        REQUIRE(imported);
        auto catalog = core::knowledge::Catalog::load(*made->kb);
        REQUIRE(catalog);
        made->catalog.emplace(std::move(catalog).value());
        return made;
    }();
    return *real;
}

inline const core::knowledge::Catalog& realCatalog()
{
    return *realKnowledge().catalog;
}

}  // namespace voordeur::tests
