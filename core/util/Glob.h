// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace voordeur::core {

/// Whether the whole of `text` matches `pattern`, ignoring ASCII case: `*` matches any run of
/// characters (also none), `?` exactly one byte, everything else itself. The knowledge base's
/// identification rules and model families use these patterns (resources/knowledge/README.md).
/// Linear in practice: one backtracking point, as in the classic wildcard algorithm.
bool globMatches(std::string_view pattern, std::string_view text);

/// ASCII lower-case copy; other bytes unchanged.
std::string asciiLower(std::string_view text);

}  // namespace voordeur::core
