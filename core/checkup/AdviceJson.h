// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/Findings.h"

#include <string>

namespace voordeur::core::checkup {

/// Which knowledge the advice was made with, so that a replayed scan can be compared.
struct AdviceContext {
    std::string today;            ///< YYYY-MM-DD the support periods were judged on
    std::string knowledgeDigest;  ///< knowledge_meta source_digest
    std::string kevCatalogVersion;
};

/// The scan JSON (schema voordeur.scan/1) with the `identity` and `findings` sections per device and
/// the household's own findings added (docs/scan-json.md).
std::string adviceToJson(
    const Household& household, const std::vector<Finding>& findings, const AdviceContext& context, int indent = 2);

/// The `voordeur-cli passwords check --json` document (schema voordeur.passwords/1): each entry's
/// verdicts and the password findings. Labels and verdicts only, never a password.
std::string passwordCheckupToJson(const std::vector<passwords::CheckedPassword>& checked,
    const std::vector<Finding>& findings, bool breachLookupAsked, int indent = 2);

}  // namespace voordeur::core::checkup
