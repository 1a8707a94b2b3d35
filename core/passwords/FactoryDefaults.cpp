// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/FactoryDefaults.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace voordeur::core::passwords {

namespace {

bool samePassword(const Secret& password, const std::string& factory)
{
    return password.size() == factory.size()
        && (factory.empty() || sodium_memcmp(password.reveal().data(), factory.data(), factory.size()) == 0);
}

bool containsIgnoringCase(std::string_view text, std::string_view part)
{
    const auto it = std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != text.end();
}

/// Whether the pair is documented for this model: for all the maker's models, or naming it.
bool coversModel(const knowledge::CredentialInfo& credential, const std::optional<std::string>& model)
{
    if (!credential.models) {
        return true;
    }
    return model && model->size() >= 3 && containsIgnoringCase(*credential.models, *model);
}

}  // namespace

FactoryDefault matchFactoryDefault(const Secret& password, const knowledge::Catalog& catalog,
    const std::optional<std::string>& vendorId, const std::optional<std::string>& model)
{
    FactoryDefault best;
    if (vendorId) {
        for (const knowledge::CredentialInfo* credential : catalog.credentialsFor(*vendorId)) {
            if (!samePassword(password, credential->password)) {
                continue;
            }
            if (coversModel(*credential, model)) {
                return {FactoryMatch::ThisModel, credential->id};
            }
            if (best.match == FactoryMatch::None) {
                best = {FactoryMatch::ThisVendor, credential->id};
            }
        }
    }
    if (best.match != FactoryMatch::None) {
        return best;
    }
    for (const knowledge::CredentialInfo& credential : catalog.credentials()) {
        if (!credential.vendorId && samePassword(password, credential.password)) {
            return {FactoryMatch::BotnetList, credential.id};
        }
    }
    return best;
}

}  // namespace voordeur::core::passwords
