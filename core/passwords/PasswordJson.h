// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/passwords/PasswordCheckup.h"

#include <nlohmann/json.hpp>
#include <span>
#include <string>

namespace voordeur::core::passwords {

/// The verdicts as a JSON array, one object per entry in order (docs/passwords-json.md). Holds
/// labels and verdicts only: no password, hash, prefix or fingerprint.
nlohmann::ordered_json checkedPasswordsJson(std::span<const CheckedPassword> checked);

}  // namespace voordeur::core::passwords
