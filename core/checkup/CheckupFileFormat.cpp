// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/CheckupFileFormat.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace voordeur::core::checkup::fileformat {

bool isCheckupId(std::string_view id)
{
    return id.size() == 8 && id.find_first_not_of(kCrockford) == std::string_view::npos;
}

/// Empty, or YYYY-MM-DDTHH:MM:SSZ.
bool isTimestamp(std::string_view text)
{
    if (text.empty()) {
        return true;
    }
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != shape.size()) {
        return false;
    }
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool ok = shape[i] == 'd' ? (text[i] >= '0' && text[i] <= '9') : text[i] == shape[i];
        if (!ok) {
            return false;
        }
    }
    return true;
}

/// What makes a checkup one the file cannot hold, or nullopt.
std::optional<std::string> inconsistency(const Checkup& checkup)
{
    if (!isCheckupId(checkup.id)) {
        return "id is not 8 Crockford base32 characters";
    }
    if (!isTimestamp(checkup.created) || !isTimestamp(checkup.modified)) {
        return "created or modified is not YYYY-MM-DDTHH:MM:SSZ";
    }
    const std::size_t hosts = checkup.scan ? checkup.scan->hosts.size() : 0;
    if (checkup.devices.size() != hosts) {
        return std::to_string(checkup.devices.size()) + " device notes for " + std::to_string(hosts) + " scan hosts";
    }
    const std::size_t count = checkup.passwords.size();
    for (std::size_t i = 0; i < count; ++i) {
        const passwords::CheckedPassword& entry = checkup.passwords[i];
        const std::string where = "password " + std::to_string(i) + ": ";
        if (entry.device && *entry.device >= hosts) {
            return where + "device index out of range";
        }
        const passwords::PasswordVerdict& verdict = entry.verdict;
        for (const auto* others : {&verdict.sameAs, &verdict.nearlySameAs}) {
            for (const std::size_t other : *others) {
                if (other >= count) {
                    return where + "reused-with index out of range";
                }
            }
        }
        if (verdict.strength.score < 0 || verdict.strength.score > 4) {
            return where + "score out of range";
        }
        if (!std::isfinite(verdict.strength.guessesLog10)) {
            return where + "guesses_log10 is not finite";
        }
        if (verdict.breach.count > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return where + "breach count out of range";
        }
    }
    if (!checkup.fingerprints.empty() && !checkup.reuseSalt) {
        return "fingerprints without a salt";
    }
    return std::nullopt;
}

std::string doubleText(double value)
{
    std::array<char, 64> buffer {};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc {} ? std::string(buffer.data(), end) : std::string("0");
}

std::optional<double> doubleFromText(std::string_view text)
{
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace voordeur::core::checkup::fileformat
