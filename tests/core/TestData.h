// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Where the core tests find their data, and one way to read it.

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::tests {

/// A file under tests/data.
inline std::filesystem::path testDataPath(std::string_view relativePath)
{
    return std::filesystem::path(VOORDEUR_TEST_DATA_DIR) / relativePath;
}

/// The real CISA KEV snapshot, in ../shared beside the repository (as on every developer
/// machine and in CI).
inline std::filesystem::path kevSnapshotPath()
{
    return std::filesystem::path(VOORDEUR_SHARED_DIR) / "data/kev/known_exploited_vulnerabilities.json";
}

/// The whole file, exactly as stored; a missing file fails the test with its path.
inline std::string readFile(const std::filesystem::path& path)
{
    INFO("test data file: " << path.string());
    REQUIRE(std::filesystem::is_regular_file(path));
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The whole file as bytes (captured packets).
inline std::vector<std::uint8_t> readBytes(const std::filesystem::path& path)
{
    const std::string text = readFile(path);
    return {text.begin(), text.end()};
}

}  // namespace voordeur::tests
