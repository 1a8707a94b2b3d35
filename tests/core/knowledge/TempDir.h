// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace voordeur::tests {

/// A fresh folder under the system temporary directory, removed with everything in it.
class TempDir final
{
public:
    TempDir()
    {
        static std::atomic<int> counter {0};
        m_path = std::filesystem::temp_directory_path()
            / ("voordeur-knowledge-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::filesystem::path file(const std::string& name) const { return m_path / name; }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// The whole file; a missing fixture fails the test with its path (the KEV snapshot lives in
/// ../shared beside the repository, as on every developer machine and in CI).
inline std::string readFile(const std::filesystem::path& path)
{
    INFO("test data file: " << path.string());
    REQUIRE(std::filesystem::is_regular_file(path));
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace voordeur::tests
