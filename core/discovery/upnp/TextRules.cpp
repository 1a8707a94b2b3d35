// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/upnp/TextRules.h"

#include "core/util/Utf8.h"

#include <algorithm>

namespace voordeur::core::upnp {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// The largest cut <= maxBytes that does not split a UTF-8 sequence (for valid UTF-8; at most
// three steps back, so invalid input cannot make it walk far).
std::size_t boundaryAtOrBefore(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes) {
        return text.size();
    }
    std::size_t cut = maxBytes;
    for (int step = 0; step < 3 && cut > 0 && isContinuationByte(text[cut]); ++step) {
        --cut;
    }
    return cut;
}

}  // namespace

std::string asciiLowered(std::string_view text)
{
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), asciiLower);
    return lowered;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

std::string_view trimBlanks(std::string_view text)
{
    while (!text.empty() && isBlank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isBlank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::string boundedText(std::string_view raw, std::size_t maxBytes)
{
    // Layout whitespace (a description's line breaks) is a space, not a control character to flag.
    std::string spaced(raw.substr(0, boundaryAtOrBefore(raw, maxBytes)));
    std::replace_if(spaced.begin(), spaced.end(), isBlank, ' ');
    std::string valid = toValidUtf8(spaced);
    // Replacement characters can make the text longer than the raw bytes were.
    valid.resize(boundaryAtOrBefore(valid, maxBytes));
    return valid;
}

}  // namespace voordeur::core::upnp
