// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"
#include "core/identify/Identify.h"
#include "core/passwords/PasswordCheckup.h"
#include "core/passwords/ReuseFingerprint.h"
#include "core/system/SecuritySoftware.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace voordeur::core::checkup {

/// A yes/no question the household may leave open.
enum class Answer { Unknown, Yes, No };

/// When a device was last updated, as the household remembers it.
enum class LastUpdate { Unknown, WithinMonth, WithinYear, LongerAgo, Never };

/// What the household said about one device in step 3.
struct DeviceNotes {
    std::string name;                 ///< the household's own name for it; empty: none given
    identify::Correction correction;  ///< maker, model or kind the household set
    bool notMine = false;             ///< "not mine": left out of the action plan
    bool addedByHand = false;         ///< not found by the scan; its host has no evidence
    Answer autoUpdates = Answer::Unknown;
    LastUpdate lastUpdated = LastUpdate::Unknown;
    Answer factoryPasswordChanged = Answer::Unknown;

    bool operator==(const DeviceNotes&) const = default;
};

/// What the household agreed to in step 1.
struct Consents {
    bool scan = false;
    bool serviceCheck = false;
    bool breachLookup = false;

    bool operator==(const Consents&) const = default;
};

/// Everything a checkup file (.voordeur) keeps. Never a password: passwords are kept as verdicts,
/// and as Argon2id fingerprints only when the household opted in.
struct Checkup {
    std::string id;        ///< 8 characters of Crockford base32, random; part of the read-out code
    std::string created;   ///< UTC, YYYY-MM-DDTHH:MM:SSZ
    std::string modified;  ///< UTC, set on every save
    bool demo = false;     ///< the built-in demo household
    Consents consents;
    std::optional<discovery::ScanResult> scan;                ///< hosts added by hand are appended to it
    std::vector<DeviceNotes> devices;                         ///< one per scan host, same order
    std::vector<system::InstalledProduct> installedSoftware;  ///< this computer (step 1's check)
    std::vector<passwords::CheckedPassword> passwords;
    std::optional<passwords::ReuseSalt> reuseSalt;               ///< only when fingerprints are kept
    std::vector<passwords::RememberedFingerprint> fingerprints;  ///< only when the household opted in
    std::set<std::string> done;  ///< findingKey()s of the findings the household ticked as done
};

/// A new, empty checkup with a random id and `created` set to now.
Checkup newCheckup();

/// Now in UTC as YYYY-MM-DDTHH:MM:SSZ, for `created` and `modified`.
std::string checkupTimestampNow();

}  // namespace voordeur::core::checkup
