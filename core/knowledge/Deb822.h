// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::knowledge {

enum class Deb822Code {
    TooLarge,             ///< the text is larger than maxDeb822Bytes
    BadUtf8,              ///< ill-formed UTF-8, or a byte order mark
    BadWhitespace,        ///< a tab, a carriage return or a trailing space
    MissingFinalNewline,  ///< the last line does not end with LF
    MissingColon,         ///< a line that starts a field has no `: ` after the name
    BadFieldName,         ///< a field name with characters other than ASCII letters, digits and `-`
    BadContinuation,      ///< a continuation line outside a paragraph
    DuplicateField,       ///< the same field twice in one paragraph; detail names it
    CommentInParagraph,   ///< a `#` line inside a paragraph
    ExtraEmptyLine        ///< more than one empty line between paragraphs
};

/// A syntax error with the 1-based line it was found on (0 for the whole text).
struct Deb822Error {
    Deb822Code code;
    std::size_t line = 0;
    std::string detail;
};

/// Larger source files are refused rather than parsed.
inline constexpr std::size_t maxDeb822Bytes = 4U * 1024U * 1024U;

/// One `Name: value` field with its continuation lines.
struct Deb822Field {
    std::string name;
    std::string firstLine;                  ///< the value on the field's own line, possibly empty
    std::vector<std::string> continuation;  ///< each without its leading space; a ` .` line is ""
    std::size_t line = 0;                   ///< where the field starts
};

/// One record: a run of non-empty lines.
struct Deb822Paragraph {
    std::size_t line = 0;  ///< where the first field is
    std::vector<Deb822Field> fields;

    const Deb822Field* find(std::string_view name) const;
};

/// Parses deb822-style text strictly (see resources/knowledge/README.md, section 1).
Result<std::vector<Deb822Paragraph>, Deb822Error> parseDeb822(std::string_view text);

}  // namespace voordeur::core::knowledge
