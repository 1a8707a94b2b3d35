// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal to the readers of resources/knowledge (SourceData.cpp, SourceIdentification.cpp): the typed
// field reader and the value checks of README section 1. Not part of the core's interface.

#include "core/knowledge/Deb822.h"
#include "core/knowledge/SourceData.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace voordeur::core::knowledge::source {

// Thrown only inside the source readers and caught in readKnowledgeSource(), so that deeply nested
// validation can stop at the first problem; callers only ever see a SourceError value.
struct Invalid {
    SourceError error;
};

[[noreturn]] inline void invalid(SourceCode code, const std::string& file, std::size_t line, std::string detail)
{
    throw Invalid {SourceError {code, file, line, std::move(detail), std::nullopt}};
}

constexpr std::array<std::string_view, 23> kKinds = {"camera", "recorder", "tv", "speaker", "streaming-stick",
    "printer", "router", "access-point", "nas", "thermostat", "light-bridge", "doorbell", "plug", "robot-vacuum",
    "game-console", "computer", "phone", "appliance", "media-server", "lamp", "hub", "smart-display", "tablet"};
constexpr std::array<std::string_view, 5> kUpdateRoutes
    = {"automatic", "app", "web-interface", "provider-managed", "mixed"};
constexpr std::array<std::string_view, 3> kAutoUpdates = {"yes", "no", "some-models"};
constexpr std::array<std::string_view, 5> kJurisdictions = {"NL", "DE", "US", "UK", "EU"};
constexpr std::array<std::string_view, 3> kConfidences = {"high", "medium", "low"};

template <std::size_t N> bool oneOf(const std::array<std::string_view, N>& allowed, std::string_view value)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || isDigit(c);
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
inline bool isId(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.back() == '-' || text.find("--") != std::string_view::npos) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) { return isLowerAlnum(c) || c == '-'; });
}

inline bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

inline bool isDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (!isDigit(text[i])) {
            return false;
        }
    }
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    const int maxDay = kDays.at(static_cast<std::size_t>(month - 1)) + (month == 2 && isLeapYear(year) ? 1 : 0);
    return day <= maxDay;
}

inline bool isUrl(std::string_view text)
{
    const auto rest = text.starts_with("https://") ? text.substr(8)
        : text.starts_with("http://")              ? text.substr(7)
                                                   : std::string_view {};
    return !rest.empty() && rest.find(' ') == std::string_view::npos && rest.front() != '/';
}

inline std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(' ');
    return std::string(text.substr(first, last - first + 1));
}

/// Splits on commas at the top level (outside parentheses) and trims each part.
inline std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

/// Reads the typed fields of one paragraph of one file.
class FieldReader final
{
public:
    FieldReader(const Deb822Paragraph& paragraph, std::string file, std::vector<std::string_view> known)
        : m_paragraph(paragraph)
        , m_file(std::move(file))
    {
        for (const auto& field : m_paragraph.fields) {
            if (std::find(known.begin(), known.end(), field.name) == known.end()) {
                invalid(SourceCode::UnknownField, m_file, field.line, field.name);
            }
        }
    }

    const std::string& file() const { return m_file; }
    std::size_t line() const { return m_paragraph.line; }

    const Deb822Field* optional(std::string_view name) const { return m_paragraph.find(name); }

    const Deb822Field& required(std::string_view name) const
    {
        const auto* field = m_paragraph.find(name);
        if (field == nullptr) {
            invalid(SourceCode::MissingField, m_file, m_paragraph.line, std::string(name));
        }
        return *field;
    }

    [[noreturn]] void bad(const Deb822Field& field, const std::string& why) const
    {
        invalid(SourceCode::BadValue, m_file, field.line, field.name + ": " + why);
    }

    std::string line(const Deb822Field& field) const
    {
        if (!field.continuation.empty()) {
            bad(field, "must fit on one line");
        }
        if (field.firstLine.empty()) {
            bad(field, "empty");
        }
        return field.firstLine;
    }

    std::string word(const Deb822Field& field) const
    {
        auto value = line(field);
        if (value.find(' ') != std::string::npos) {
            bad(field, "must be one word");
        }
        return value;
    }

    /// Folded text: lines joined with single spaces, ` .` starting a new paragraph.
    std::string text(const Deb822Field& field) const
    {
        std::string value = field.firstLine;
        bool paragraphStart = value.empty();
        for (const auto& continuation : field.continuation) {
            if (continuation.empty()) {
                value += "\n\n";
                paragraphStart = true;
                continue;
            }
            if (!paragraphStart) {
                value += ' ';
            }
            value += continuation;
            paragraphStart = false;
        }
        if (trim(value).empty()) {
            bad(field, "empty");
        }
        return value;
    }

    /// A `lines` field: the first line must be empty unless `firstLineAllowed`.
    std::vector<std::string> lines(const Deb822Field& field, bool firstLineAllowed = false) const
    {
        std::vector<std::string> items;
        if (!field.firstLine.empty()) {
            if (!firstLineAllowed) {
                bad(field, "the first line must be empty");
            }
            items.push_back(field.firstLine);
        }
        items.insert(items.end(), field.continuation.begin(), field.continuation.end());
        if (items.empty()) {
            bad(field, "no lines");
        }
        return items;
    }

    /// A `word` that must be an id, `^[a-z0-9]+(-[a-z0-9]+)*$`; `what` names it in the error ("a vendor").
    std::string id(const Deb822Field& field, const std::string& what) const
    {
        auto value = word(field);
        if (!isId(value)) {
            bad(field, "not " + what + " id");
        }
        return value;
    }

    std::vector<std::string> list(const Deb822Field& field) const
    {
        auto items = splitList(line(field));
        for (const auto& item : items) {
            if (item.empty() || item.find(' ') != std::string::npos) {
                bad(field, "not a comma-separated list of words");
            }
        }
        return items;
    }

    std::string url(const Deb822Field& field) const
    {
        auto value = line(field);
        if (!isUrl(value)) {
            bad(field, "not an http(s) URL");
        }
        return value;
    }

    std::string date(const Deb822Field& field) const
    {
        auto value = line(field);
        if (!isDate(value)) {
            bad(field, "not a YYYY-MM-DD date");
        }
        return value;
    }

    bool yesno(const Deb822Field& field) const
    {
        const auto value = word(field);
        if (value != "yes" && value != "no") {
            bad(field, "must be yes or no");
        }
        return value == "yes";
    }

    std::optional<std::string> optionalText(std::string_view name) const
    {
        const auto* field = optional(name);
        return field == nullptr ? std::nullopt : std::optional<std::string>(text(*field));
    }

    /// A Source field: items per line, at least one of them a URL.
    std::vector<std::string> sources(const Deb822Field& field) const
    {
        auto items = lines(field, true);
        if (std::none_of(items.begin(), items.end(), [](const std::string& item) {
                return item.find("https://") != std::string::npos || item.find("http://") != std::string::npos;
            })) {
            bad(field, "no URL");
        }
        return items;
    }

private:
    const Deb822Paragraph& m_paragraph;
    std::string m_file;
};

inline std::vector<Deb822Paragraph> parseFile(const std::filesystem::path& dir, const std::string& relative)
{
    const auto path = dir / relative;
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        invalid(SourceCode::CannotRead, relative, 0, error.message());
    }
    if (size > maxDeb822Bytes) {
        throw Invalid {SourceError {SourceCode::Syntax, relative, 0, std::to_string(size), Deb822Code::TooLarge}};
    }
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        invalid(SourceCode::CannotRead, relative, 0, "read failed");
    }
    auto parsed = parseDeb822(text);
    if (!parsed) {
        const auto& syntax = parsed.error();
        throw Invalid {SourceError {SourceCode::Syntax, relative, syntax.line, syntax.detail, syntax.code}};
    }
    return std::move(parsed).value();
}

inline std::vector<std::string> steps(const FieldReader& reader, std::string_view name)
{
    const auto& field = reader.required(name);
    auto items = reader.lines(field);
    if (items.size() < 3 || items.size() > 6) {
        reader.bad(field, "needs 3 to 6 steps");
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto prefix = std::to_string(i + 1) + ". ";
        if (!items[i].starts_with(prefix) || items[i].size() == prefix.size()) {
            reader.bad(field, "step " + std::to_string(i + 1) + " is not numbered " + prefix);
        }
    }
    return items;
}

/// model-families.txt (README section 5).
std::vector<ModelFamilyRecord> readModelFamilies(const std::filesystem::path& dir, const std::string& relative);

/// One fingerprints/<stem>.txt (README section 6); `stem` is a vendor id or "generic".
std::vector<FingerprintRecord> readFingerprints(
    const std::filesystem::path& dir, const std::string& relative, const std::string& stem);

}  // namespace voordeur::core::knowledge::source
