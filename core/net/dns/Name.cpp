// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Name.h"

#include <algorithm>
#include <optional>

namespace voordeur::core::dns {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

}  // namespace

bool equalsIgnoreAsciiCase(std::string_view a, std::string_view b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

Name Name::fromLabels(std::initializer_list<std::string_view> labels)
{
    Name name;
    name.labels.reserve(labels.size());
    for (const std::string_view label : labels) {
        name.labels.emplace_back(label);
    }
    return name;
}

Result<Name, Error<NameCode>> Name::fromString(std::string_view text)
{
    Name name;
    if (text.empty() || text == ".") {
        return name;
    }
    std::string label;
    std::size_t wire = 1;
    // Ends the label being read; the code of the problem if it is not a valid label.
    const auto finishLabel = [&]() -> std::optional<NameCode> {
        if (label.empty()) {
            return NameCode::EmptyLabel;
        }
        if (label.size() > kMaxLabelLength) {
            return NameCode::LabelTooLong;
        }
        wire += 1 + label.size();
        if (wire > kMaxNameLength) {
            return NameCode::NameTooLong;
        }
        name.labels.push_back(std::move(label));
        label.clear();
        return std::nullopt;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '.') {
            if (const auto problem = finishLabel()) {
                return fail(*problem, "at " + std::to_string(i));
            }
            ++i;
            if (i == text.size()) {
                return name;  // an absolute name: "local."
            }
            continue;
        }
        if (c != '\\') {
            label.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 >= text.size()) {
            return fail(NameCode::BadEscape, "at " + std::to_string(i));
        }
        if (i + 3 < text.size() && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3])) {
            const int value = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
            if (value > 255) {
                return fail(NameCode::BadEscape, "at " + std::to_string(i));
            }
            label.push_back(static_cast<char>(static_cast<unsigned char>(value)));
            i += 4;
            continue;
        }
        label.push_back(text[i + 1]);
        i += 2;
    }
    if (const auto problem = finishLabel()) {
        return fail(*problem, "at " + std::to_string(text.size()));
    }
    return name;
}

std::string Name::toString() const
{
    if (labels.empty()) {
        return ".";
    }
    std::string text;
    text.reserve(wireLength());
    for (const std::string& label : labels) {
        if (!text.empty()) {
            text.push_back('.');
        }
        for (const char c : label) {
            if (c == '.' || c == '\\') {
                text.push_back('\\');
            }
            text.push_back(c);
        }
    }
    return text;
}

bool Name::equalsIgnoreCase(const Name& other) const
{
    return std::equal(labels.begin(), labels.end(), other.labels.begin(), other.labels.end(),
        [](const std::string& a, const std::string& b) { return equalsIgnoreAsciiCase(a, b); });
}

bool Name::endsWithIgnoreCase(const Name& suffix) const
{
    if (suffix.labels.size() > labels.size()) {
        return false;
    }
    return std::equal(suffix.labels.rbegin(), suffix.labels.rend(), labels.rbegin(),
        [](const std::string& a, const std::string& b) { return equalsIgnoreAsciiCase(a, b); });
}

std::size_t Name::wireLength() const
{
    std::size_t length = 1;
    for (const std::string& label : labels) {
        length += 1 + label.size();
    }
    return length;
}

bool Name::isValid() const
{
    const bool labelsFit = std::all_of(labels.begin(), labels.end(),
        [](const std::string& label) { return !label.empty() && label.size() <= kMaxLabelLength; });
    return labelsFit && wireLength() <= kMaxNameLength;
}

}  // namespace voordeur::core::dns
