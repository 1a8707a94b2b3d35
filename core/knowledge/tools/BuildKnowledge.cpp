// SPDX-License-Identifier: EUPL-1.2
// Build-time tool: compiles resources/knowledge into the SQLite knowledge base.
// Usage: voordeur_knowledge_build <source-dir> <output.sqlite>

#include "core/knowledge/KnowledgeBuild.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

int main(int argc, char** argv)
{
    using namespace voordeur::core::knowledge;
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <source-dir> <output.sqlite>\n", argv[0]);
        return 2;
    }
    const std::filesystem::path sourceDir = argv[1];
    const auto built = buildKnowledgeBase(sourceDir, argv[2]);
    if (!built) {
        auto error = built.error();
        if (!error.file.empty()) {
            error.file = (sourceDir / error.file).string();
        }
        std::fprintf(stderr, "%s\n", describe(error).c_str());
        return EXIT_FAILURE;
    }
    std::printf(
        "knowledge base: %zu vendors, %zu aliases, %zu advisories, %zu default credentials, %zu model families, "
        "%zu identification rules\n",
        built->vendors, built->aliases, built->advisories, built->credentials, built->modelFamilies,
        built->fingerprintRules);
    return EXIT_SUCCESS;
}
