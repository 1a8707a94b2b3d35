// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/SourceData.h"

#include <cstddef>
#include <filesystem>

namespace voordeur::core::knowledge {

/// What one successful build wrote.
struct KnowledgeBuildSummary {
    std::size_t vendors = 0;
    std::size_t aliases = 0;
    std::size_t advisories = 0;
    std::size_t credentials = 0;
    std::size_t modelFamilies = 0;
    std::size_t fingerprintRules = 0;
};

/// Reads resources/knowledge at `sourceDir` and writes a fresh knowledge base to `outputPath`.
/// Everything is written in one transaction to a temporary file beside `outputPath`, which is renamed
/// over it only when complete: a failed build leaves no file and never a half one.
SourceResult<KnowledgeBuildSummary> buildKnowledgeBase(
    const std::filesystem::path& sourceDir, const std::filesystem::path& outputPath);

}  // namespace voordeur::core::knowledge
