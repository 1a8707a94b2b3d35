// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace voordeur::core {

/// Whether `text` is well-formed UTF-8 (RFC 3629, Unicode §3.9): no overlong forms, no surrogates
/// (U+D800 to U+DFFF), nothing above U+10FFFF, no cut-off sequence. Says nothing about control characters.
bool isValidUtf8(std::string_view text);

/// `text` made safe to show: well-formed UTF-8 with nothing that can disturb the line it is shown on.
/// Device-supplied text (mDNS names, TXT values, UPnP descriptions) goes through this before any UI sees it.
/// Replaced, each by one U+FFFD REPLACEMENT CHARACTER, so that tampering stays visible:
/// - every ill-formed sequence, taking maximal subparts as Unicode §3.9 and the WHATWG encoding standard do
///   ("\xE2\x82" is one U+FFFD, "\xC0\xAF" two);
/// - the C0 control characters U+0000 to U+001F (tab and line breaks included), DEL U+007F and the C1
///   controls U+0080 to U+009F;
/// - the bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069, with which a
///   name could make the text beside it read backwards.
/// Well-formed text without those characters comes back unchanged.
std::string toValidUtf8(std::string_view text);

}  // namespace voordeur::core
