// SPDX-License-Identifier: EUPL-1.2
// voordeur_oui_gen: compiles the IEEE MAC address registries of Debian's ieee-data package
// (oui.csv, mam.csv, oui36.csv, iab.csv) into one C++ source holding the lookup table that
// core/net/MacVendor.cpp reads. Runs at build time only; never installed.
//
//   voordeur_oui_gen OUTPUT.cpp REGISTRY.csv...
#include "core/net/oui/OuiTable.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

using voordeur::core::net::oui::keyBytesFor;
using voordeur::core::net::oui::nameOffsetBytes;
using voordeur::core::net::oui::sectionPrefixBits;

/// A malformed input: reported with its file and line, and the build stops.
class InputError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One registered block as read from a registry file.
struct Assignment {
    int prefixBits = 0;
    std::uint64_t prefix = 0;
    std::string organization;
};

/// Reads RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
class CsvReader final
{
public:
    explicit CsvReader(std::string_view text)
        : m_text(text)
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_text.remove_prefix(3);
        }
    }

    /// The line the last record returned by next() started on.
    std::size_t recordLine() const { return m_recordLine; }

    bool next(std::vector<std::string>& fields)
    {
        fields.clear();
        if (m_position >= m_text.size()) {
            return false;
        }
        m_recordLine = m_line;
        std::string field;
        bool quoted = false;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position++];
            if (quoted) {
                if (c == '"' && m_position < m_text.size() && m_text[m_position] == '"') {
                    field += '"';
                    ++m_position;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    m_line += c == '\n' ? 1 : 0;
                    field += c;
                }
            } else if (c == '"' && field.empty()) {
                quoted = true;
            } else if (c == ',') {
                fields.push_back(std::move(field));
                field.clear();
            } else if (c == '\n') {
                ++m_line;
                fields.push_back(std::move(field));
                return true;
            } else if (c != '\r' || (m_position < m_text.size() && m_text[m_position] != '\n')) {
                field += c;
            }
        }
        if (quoted) {
            throw InputError("unterminated quoted field");
        }
        fields.push_back(std::move(field));
        return true;
    }

private:
    std::string_view m_text;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 1;
};

std::string trimmed(std::string_view text)
{
    constexpr std::string_view whitespace = " \t\r\n\v\f";
    const std::size_t first = text.find_first_not_of(whitespace);
    if (first == std::string_view::npos) {
        return {};
    }
    const std::size_t last = text.find_last_not_of(whitespace);
    return std::string(text.substr(first, last - first + 1));
}

int prefixBitsOf(std::string_view registry)
{
    if (registry == "MA-L") {
        return 24;
    }
    if (registry == "MA-M") {
        return 28;
    }
    if (registry == "MA-S" || registry == "IAB") {
        return 36;
    }
    throw InputError("unknown registry \"" + std::string(registry) + "\"");
}

std::uint64_t parsePrefix(std::string_view hex, int prefixBits)
{
    if (hex.size() != static_cast<std::size_t>(prefixBits / 4)) {
        throw InputError(
            "assignment \"" + std::string(hex) + "\" does not have " + std::to_string(prefixBits / 4) + " hex digits");
    }
    std::uint64_t value = 0;
    for (const char c : hex) {
        unsigned digit = 0;
        if (c >= '0' && c <= '9') {
            digit = static_cast<unsigned>(c - '0');
        } else if (c >= 'A' && c <= 'F') {
            digit = static_cast<unsigned>(c - 'A' + 10);
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else {
            throw InputError("assignment \"" + std::string(hex) + "\" is not hexadecimal");
        }
        value = (value << 4U) | digit;
    }
    return value;
}

std::string readFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw InputError("cannot open " + path);
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

void readRegistry(const std::string& path, std::vector<Assignment>& assignments)
{
    const std::string text = readFile(path);
    CsvReader reader(text);
    try {
        std::vector<std::string> fields;
        if (!reader.next(fields) || fields.empty() || fields[0] != "Registry") {
            throw InputError("no \"Registry,Assignment,Organization Name,...\" header");
        }
        while (reader.next(fields)) {
            if (fields.size() == 1 && trimmed(fields[0]).empty()) {
                continue;  // a blank line
            }
            if (fields.size() < 3) {
                throw InputError("fewer than three fields");
            }
            Assignment assignment;
            assignment.prefixBits = prefixBitsOf(fields[0]);
            assignment.prefix = parsePrefix(trimmed(fields[1]), assignment.prefixBits);
            assignment.organization = trimmed(fields[2]);
            if (!assignment.organization.empty()) {
                assignments.push_back(std::move(assignment));
            }
        }
    } catch (const InputError& error) {
        throw InputError(path + ":" + std::to_string(reader.recordLine()) + ": " + error.what());
    }
}

/// Cuts a name to what a length byte can describe, at a UTF-8 character boundary.
std::string_view storableName(std::string_view name)
{
    if (name.size() <= 255) {
        return name;
    }
    std::size_t length = 255;
    while (length > 0 && (static_cast<unsigned char>(name[length]) & 0xC0U) == 0x80U) {
        --length;
    }
    return name.substr(0, length);
}

void appendBigEndian(std::string& out, std::uint64_t value, std::size_t bytes)
{
    for (std::size_t i = bytes; i > 0; --i) {
        out += static_cast<char>((value >> (8U * (i - 1))) & 0xFFU);
    }
}

struct Table {
    std::vector<std::string> sectionRecords;  // longest prefix first
    std::string names;
    std::size_t entryCount = 0;
};

Table buildTable(std::vector<Assignment> assignments)
{
    Table table;
    std::unordered_map<std::string, std::size_t> nameOffsets;
    for (const int prefixBits : sectionPrefixBits) {
        std::vector<Assignment> section;
        std::copy_if(assignments.begin(), assignments.end(), std::back_inserter(section),
            [prefixBits](const Assignment& assignment) { return assignment.prefixBits == prefixBits; });
        // The registries list a handful of blocks twice; the first listing wins, reproducibly.
        std::stable_sort(section.begin(), section.end(),
            [](const Assignment& left, const Assignment& right) { return left.prefix < right.prefix; });
        section.erase(std::unique(section.begin(), section.end(),
                          [](const Assignment& left, const Assignment& right) { return left.prefix == right.prefix; }),
            section.end());

        std::string records;
        const std::size_t keyBytes = keyBytesFor(prefixBits);
        for (const Assignment& assignment : section) {
            const std::string_view name = storableName(assignment.organization);
            auto [entry, inserted] = nameOffsets.try_emplace(std::string(name), table.names.size());
            if (inserted) {
                table.names += static_cast<char>(name.size());
                table.names += name;
            }
            if (entry->second >= (std::size_t {1} << (8U * nameOffsetBytes))) {
                throw InputError("the name table outgrew " + std::to_string(nameOffsetBytes) + "-byte offsets");
            }
            appendBigEndian(records, assignment.prefix, keyBytes);
            appendBigEndian(records, entry->second, nameOffsetBytes);
        }
        table.entryCount += section.size();
        table.sectionRecords.push_back(std::move(records));
    }
    return table;
}

/// The bytes as adjacent string literals of about 100 characters: printable ASCII as is, all
/// else as three-digit octal escapes, which cannot run into a following digit.
void writeLiteral(std::ostream& out, std::string_view bytes)
{
    std::string line = "    \"";
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x20 && value < 0x7F && byte != '"' && byte != '\\' && byte != '?') {
            line += byte;
        } else {
            line += '\\';
            line += static_cast<char>('0' + ((value >> 6U) & 7U));
            line += static_cast<char>('0' + ((value >> 3U) & 7U));
            line += static_cast<char>('0' + (value & 7U));
        }
        if (line.size() >= 100) {
            out << line << "\"\n";
            line = "    \"";
        }
    }
    out << line << "\";\n";
}

void writeSource(const std::string& path, const Table& table, const std::vector<std::string>& inputs)
{
    std::string blob;
    std::vector<std::size_t> sectionOffsets;
    for (const std::string& records : table.sectionRecords) {
        sectionOffsets.push_back(blob.size());
        blob += records;
    }
    const std::size_t namesOffset = blob.size();
    blob += table.names;

    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << "// SPDX-License-Identifier: EUPL-1.2\n"
            << "// Generated by voordeur_oui_gen from";
        for (const std::string& input : inputs) {
            out << ' ' << std::filesystem::path(input).filename().string();
        }
        out << " (ieee-data): do not edit.\n"
            << "// " << table.entryCount << " registered blocks, " << blob.size() << " bytes.\n"
            << "#include \"core/net/oui/OuiTable.h\"\n\n"
            << "namespace voordeur::core::net::oui {\n\n"
            << "namespace {\n\n"
            << "constexpr char blobBytes[] =\n";
        writeLiteral(out, blob);
        out << "\nconstexpr std::string_view blob(blobBytes, sizeof(blobBytes) - 1);\n\n"
            << "}  // namespace\n\n"
            << "const OuiTableData& ouiTableData()\n{\n"
            << "    static constexpr OuiTableData data{{{\n";
        for (std::size_t i = 0; i < table.sectionRecords.size(); ++i) {
            out << "        OuiSection{" << sectionPrefixBits.at(i) << ", " << keyBytesFor(sectionPrefixBits.at(i))
                << ", blob.substr(" << sectionOffsets[i] << ", " << table.sectionRecords[i].size() << ")},\n";
        }
        out << "    }},\n"
            << "        blob.substr(" << namesOffset << ", " << table.names.size() << "),\n"
            << "        " << table.entryCount << ",\n"
            << "        " << blob.size() << "};\n"
            << "    return data;\n}\n\n"
            << "}  // namespace voordeur::core::net::oui\n";
        if (!out.flush()) {
            throw InputError("cannot write " + temporary);
        }
    }
    std::filesystem::rename(temporary, path);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.size() < 2) {
        std::cerr << "usage: voordeur_oui_gen OUTPUT.cpp REGISTRY.csv...\n";
        return 2;
    }
    const std::vector<std::string> inputs(arguments.begin() + 1, arguments.end());
    try {
        std::vector<Assignment> assignments;
        for (const std::string& input : inputs) {
            readRegistry(input, assignments);
        }
        if (assignments.empty()) {
            throw InputError("the registries hold no assignments");
        }
        writeSource(arguments[0], buildTable(std::move(assignments)), inputs);
    } catch (const std::exception& error) {
        std::cerr << "voordeur_oui_gen: error: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
