// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Deb822.h"

#include "core/util/Utf8.h"

#include <utility>

namespace voordeur::core::knowledge {

namespace {

Failure<Deb822Error> syntaxError(Deb822Code code, std::size_t line, std::string detail = {})
{
    return {Deb822Error {code, line, std::move(detail)}};
}

bool isFieldNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

const Deb822Field* Deb822Paragraph::find(std::string_view name) const
{
    for (const auto& field : fields) {
        if (field.name == name) {
            return &field;
        }
    }
    return nullptr;
}

Result<std::vector<Deb822Paragraph>, Deb822Error> parseDeb822(std::string_view text)
{
    if (text.size() > maxDeb822Bytes) {
        return syntaxError(Deb822Code::TooLarge, 0, std::to_string(text.size()));
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        return syntaxError(Deb822Code::BadUtf8, 1, "byte order mark");
    }
    if (!text.empty() && !text.ends_with('\n')) {
        std::size_t lines = 1;
        for (const char c : text) {
            lines += c == '\n' ? 1U : 0U;
        }
        return syntaxError(Deb822Code::MissingFinalNewline, lines);
    }

    std::vector<Deb822Paragraph> paragraphs;
    bool inParagraph = false;
    bool previousEmpty = false;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        const auto line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;

        // A multi-byte sequence never contains LF, so checking line by line finds the line of a bad byte.
        if (!isValidUtf8(line)) {
            return syntaxError(Deb822Code::BadUtf8, lineNumber);
        }
        if (line.find_first_of("\t\r") != std::string_view::npos) {
            return syntaxError(Deb822Code::BadWhitespace, lineNumber, "tab or carriage return");
        }
        if (line.ends_with(' ')) {
            return syntaxError(Deb822Code::BadWhitespace, lineNumber, "trailing space");
        }

        if (line.empty()) {
            if (previousEmpty) {
                return syntaxError(Deb822Code::ExtraEmptyLine, lineNumber);
            }
            previousEmpty = true;
            inParagraph = false;
            continue;
        }
        previousEmpty = false;
        if (line.front() == '#') {
            if (inParagraph) {
                return syntaxError(Deb822Code::CommentInParagraph, lineNumber);
            }
            continue;
        }
        if (line.front() == ' ') {
            if (!inParagraph) {
                return syntaxError(Deb822Code::BadContinuation, lineNumber);
            }
            auto value = std::string(line.substr(1));
            if (value == ".") {
                value.clear();
            }
            paragraphs.back().fields.back().continuation.push_back(std::move(value));
            continue;
        }

        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            return syntaxError(Deb822Code::MissingColon, lineNumber);
        }
        const auto name = line.substr(0, colon);
        for (const char c : name) {
            if (!isFieldNameChar(c)) {
                return syntaxError(Deb822Code::BadFieldName, lineNumber, std::string(name));
            }
        }
        const auto rest = line.substr(colon + 1);
        if (!rest.empty() && rest.front() != ' ') {
            return syntaxError(Deb822Code::MissingColon, lineNumber, "no space after the colon");
        }
        if (!inParagraph) {
            paragraphs.push_back(Deb822Paragraph {lineNumber, {}});
            inParagraph = true;
        }
        auto& paragraph = paragraphs.back();
        if (paragraph.find(name) != nullptr) {
            return syntaxError(Deb822Code::DuplicateField, lineNumber, std::string(name));
        }
        paragraph.fields.push_back(
            Deb822Field {std::string(name), std::string(rest.empty() ? rest : rest.substr(1)), {}, lineNumber});
    }
    return paragraphs;
}

}  // namespace voordeur::core::knowledge
