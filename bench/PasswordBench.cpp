// SPDX-License-Identifier: EUPL-1.2
// voordeur-bench-passwords [ROUNDS]
//
// 1. Strength (zxcvbn-c with the household and Dutch word lists): time per password over a table of
//    passwords of every kind, short to long.
// 2. Reuse fingerprints: time per password (two Argon2id fingerprints when the password has a core)
//    at the default cost, and one fingerprint at a sweep of costs, to show why the default was chosen
//    (goal: one fingerprint costs 50–150 ms on this machine).
// Prints figures only; it never fails on them. Sends nothing anywhere.

#include "core/passwords/ReuseFingerprint.h"
#include "core/passwords/Strength.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace voordeur::core::passwords;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kPasswords {"admin", "12345", "wachtwoord", "Welkom01!", "welkom02", "qwertyuiop",
    "1qaz2wsx", "feyenoord1908", "14-05-2018", "Ziggo-5G-Thuis", "hikvision2024", "P@ssw0rd!", "aaaaaaaaaa",
    "kaNtoor-Lamp-Fiets-72!", "correct horse battery staple", "Tr0mpet-Vijver-9", "zomer2023", "Xq7#mP2$vL9@wK4!nR8&",
    "een heel lange wachtzin van vijf woorden", "Geheim123"};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    if (!sodiumReady()) {
        std::fprintf(stderr, "libsodium could not be initialised\n");
        return 1;
    }

    const StrengthChecker checker({"Ziggo-5G-Thuis", "Hikvision", "DS-2CD2143G0-I", "Sonos", "Woonkamer"});
    std::vector<double> strengthTimes;
    for (int round = 0; round < rounds * 20; ++round) {
        for (const auto& text : kPasswords) {
            const Secret password(text);
            const auto start = Clock::now();
            const Strength strength = checker.check(password);
            strengthTimes.push_back(msSince(start));
            if (strength.score < 0) {
                return 1;  // keeps the call from being optimised away
            }
        }
    }
    std::printf("strength (zxcvbn-c, %zu Dutch words + 5 household words): median %.3f ms per password, "
                "max %.3f ms (%zu runs)\n",
        dutchWords().size(), median(strengthTimes), *std::max_element(strengthTimes.begin(), strengthTimes.end()),
        strengthTimes.size());

    const ReuseSalt salt = ReuseSalt::random();
    const ReuseCost defaults;
    std::vector<double> fingerprintTimes;
    for (int round = 0; round < rounds; ++round) {
        for (const auto& text : kPasswords) {
            const Secret password(text);
            const auto start = Clock::now();
            if (!fingerprintForReuse(password, salt, defaults)) {
                std::fprintf(stderr, "Argon2id failed\n");
                return 1;
            }
            fingerprintTimes.push_back(msSince(start));
        }
    }
    std::printf("reuse fingerprints at the default cost (Argon2id, ops %llu, %zu MiB): median %.1f ms per "
                "password (exact + core), max %.1f ms (%zu runs)\n",
        defaults.opsLimit, defaults.memLimitBytes / (1024 * 1024), median(fingerprintTimes),
        *std::max_element(fingerprintTimes.begin(), fingerprintTimes.end()), fingerprintTimes.size());

    std::printf("one Argon2id fingerprint by cost (median of %d):\n", rounds * 2);
    const Secret password("Welkom01!");
    for (const unsigned long long ops : {2ULL, 3ULL, 4ULL}) {
        for (const std::size_t mib : {std::size_t {16}, std::size_t {32}, std::size_t {64}}) {
            std::vector<unsigned char> out(32);
            std::vector<double> times;
            for (int i = 0; i < rounds * 2; ++i) {
                const auto start = Clock::now();
                if (crypto_pwhash(out.data(), out.size(), password.reveal().data(), password.size(), salt.bytes.data(),
                        ops, mib * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13)
                    != 0) {
                    std::fprintf(stderr, "Argon2id failed at ops %llu, %zu MiB\n", ops, mib);
                    return 1;
                }
                times.push_back(msSince(start));
            }
            std::printf("  ops %llu, %3zu MiB: %6.1f ms%s\n", ops, mib, median(times),
                ops == defaults.opsLimit && mib * 1024 * 1024 == defaults.memLimitBytes ? "  <- default" : "");
        }
    }
    return 0;
}
