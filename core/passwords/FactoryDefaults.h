// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Catalog.h"
#include "core/passwords/Secret.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace voordeur::core::passwords {

/// How a password matches the knowledge base's list of factory passwords.
enum class FactoryMatch {
    None,
    ThisModel,   ///< the maker's documented factory password for this model
    ThisVendor,  ///< a factory password the maker documents for some of its models
    BotnetList,  ///< one of the passwords the Mirai botnet tries on every device
};

struct FactoryDefault {
    FactoryMatch match = FactoryMatch::None;
    std::int64_t credentialId = 0;  ///< the knowledge row, for the source; 0 with None

    bool operator==(const FactoryDefault&) const = default;
};

/// Whether the password is a factory or botnet-list password. `vendorId` and `model` are what the
/// device was identified as (absent when unknown); the botnet list applies to any device. The most
/// specific match wins.
FactoryDefault matchFactoryDefault(const Secret& password, const knowledge::Catalog& catalog,
    const std::optional<std::string>& vendorId, const std::optional<std::string>& model);

}  // namespace voordeur::core::passwords
