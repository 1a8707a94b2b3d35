// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Catalog.h"
#include "core/passwords/BreachLookup.h"
#include "core/passwords/FactoryDefaults.h"
#include "core/passwords/ReuseFingerprint.h"
#include "core/passwords/Secret.h"
#include "core/passwords/Strength.h"

#include <cstddef>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::passwords {

/// What a password protects.
enum class EntryKind {
    RouterAdmin,  ///< the router's web interface
    Wifi,         ///< the wireless network
    Device,       ///< a device's own login or app account
    Account,      ///< another account the household names (e-mail, bank, …)
};

/// One password of the household, with what it belongs to. Only `password` is secret.
struct PasswordEntry {
    std::string label;  ///< the household's name for it: "Router", "Wifi", "Camera tuin"
    EntryKind kind = EntryKind::Device;
    std::optional<std::size_t> device;  ///< index of the scanned device it belongs to
    std::optional<std::string> vendorId;
    std::optional<std::string> model;
    Secret password;
};

/// A fingerprint kept from an earlier checkup, when the household chose to remember them.
struct RememberedFingerprint {
    std::string label;
    ReuseFingerprints fingerprints;
};

/// The verdicts on one password. Holds nothing from which the password could be read back.
struct PasswordVerdict {
    /// zxcvbn's verdict; a factory or botnet-list password is scored 0 with CommonWord first.
    Strength strength;
    std::vector<std::size_t> sameAs;         ///< entries with the same password
    std::vector<std::size_t> nearlySameAs;   ///< entries that differ only in case, digits or symbols around it
    std::vector<std::string> sameAsEarlier;  ///< labels of remembered passwords it equals
    std::vector<std::string> nearlySameAsEarlier;
    bool breachChecked = false;  ///< false when the lookup was not asked for (no consent, --offline)
    BreachVerdict breach;
    FactoryDefault factory;
    std::optional<ReuseCode> reuseError;  ///< set when the fingerprint could not be made
};

struct PasswordCheckupOptions {
    /// The household said yes to sending 5 characters of each password's SHA-1 to the breach service.
    bool breachLookup = false;
    BreachSource breachSource;
    /// The checkup's salt; a remembered set brings its own salt (`remembered` must match it).
    ReuseSalt salt = ReuseSalt::random();
    ReuseCost cost;
    std::vector<RememberedFingerprint> remembered;
    /// Words of this household that count against a password (network name, device names, …).
    std::vector<std::string> householdWords;
    const knowledge::Catalog* catalog = nullptr;  ///< for factory passwords; may be null
};

/// How far the checkup is, for a progress bar.
class PasswordCheckupObserver
{
public:
    enum class Stage { Strength, Fingerprints, BreachLookup };
    virtual ~PasswordCheckupObserver() = default;
    virtual void onProgress(Stage stage, std::size_t done, std::size_t total) = 0;
};

/// What the checkup gives back: the verdicts (one per entry, in order) and the fingerprints of this
/// run, which the caller stores only when the household opted in to remembering them.
struct PasswordCheckupResult {
    std::vector<PasswordVerdict> verdicts;
    std::vector<ReuseFingerprints> fingerprints;
    ReuseSalt salt;
    bool cancelled = false;
};

/// An entry with its verdict and without its password: what findings, reports and saved checkups
/// hold.
struct CheckedPassword {
    std::string label;
    EntryKind kind = EntryKind::Device;
    std::optional<std::size_t> device;
    std::optional<std::string> vendorId;
    std::optional<std::string> model;
    PasswordVerdict verdict;
};

/// Pairs each entry's description with its verdict, leaving the passwords behind.
std::vector<CheckedPassword> withoutPasswords(
    std::span<const PasswordEntry> entries, const std::vector<PasswordVerdict>& verdicts);

/// Judges every password: strength, reuse (now and against remembered fingerprints), factory
/// passwords and, with consent, the breach lookup. Blocks; stops early through the token.
PasswordCheckupResult checkPasswords(std::span<const PasswordEntry> entries, const PasswordCheckupOptions& options,
    std::stop_token stop, PasswordCheckupObserver* observer = nullptr);

/// Stable names for JSON and logs: "router_admin", "common_word", "botnet_list", "timeout".
std::string_view entryKindKey(EntryKind kind);
std::optional<EntryKind> entryKindFromKey(std::string_view key);
std::string_view weaknessKey(Weakness weakness);
std::string_view factoryMatchKey(FactoryMatch match);
std::string_view breachStatusKey(BreachStatus status);
std::string_view breachFailureKey(BreachFailure failure);

}  // namespace voordeur::core::passwords
