// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/Checkup.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>

namespace voordeur::core::checkup {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string utcNow()
{
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const std::chrono::year_month_day day {std::chrono::floor<std::chrono::days>(now)};
    const std::chrono::hh_mm_ss time {now - std::chrono::floor<std::chrono::days>(now)};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(day.year()),
        static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()), static_cast<long>(time.hours().count()),
        static_cast<long>(time.minutes().count()), static_cast<long>(time.seconds().count()));
    return text;
}

}  // namespace

std::string checkupTimestampNow()
{
    return utcNow();
}

Checkup newCheckup()
{
    Checkup checkup;
    if (sodium_init() < 0) {
        checkup.id = "00000000";
    } else {
        for (int i = 0; i < 8; ++i) {
            checkup.id += kCrockford[randombytes_uniform(32)];
        }
    }
    checkup.created = utcNow();
    checkup.modified = checkup.created;
    return checkup;
}

}  // namespace voordeur::core::checkup
