// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/Deb822.h"
#include "core/knowledge/Fingerprint.h"
#include "core/util/Result.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace voordeur::core::knowledge {

enum class SourceCode {
    CannotRead,      ///< a file or the vendors folder could not be read
    Syntax,          ///< the file breaks the deb822 format; `syntax` holds the parser's code
    MissingField,    ///< a required field is absent; detail names it
    UnknownField,    ///< a field the README does not define; detail names it
    BadValue,        ///< a value of the wrong type or outside its allowed values; detail names the field
    WrongFileName,   ///< vendors/<id>.txt whose name differs from its Vendor field
    DuplicateId,     ///< a vendor id, advisory id or credential pair given twice
    UnknownVendor,   ///< a reference to a vendor id that has no file in vendors/
    DuplicateAlias,  ///< the same alias under two vendors; detail holds it
    StorageFailed    ///< writing the database failed; detail holds SQLite's message
};

/// What is wrong, and where: the file (relative to the source folder) and its 1-based line.
struct SourceError {
    SourceCode code;
    std::string file;
    std::size_t line = 0;
    std::string detail;
    std::optional<Deb822Code> syntax;
};

template <typename T> using SourceResult = Result<T, SourceError>;

/// "file:line: detail" for logs and the build tool's message.
std::string describe(const SourceError& error);

enum class AliasKind { Oui, Kev, Upnp, Name };

struct VendorAlias {
    AliasKind kind;
    std::string value;
};

/// One vendors/<id>.txt. Enumerations are kept as their validated words, as the database stores them.
struct VendorRecord {
    std::string id;
    std::string name;
    std::vector<VendorAlias> aliases;
    std::string country;
    bool ispRouterBrand = false;
    std::vector<std::string> kinds;
    std::string updateRoute;  ///< automatic, app, web-interface, provider-managed or mixed
    std::string autoUpdate;   ///< yes, no or some-models
    std::string supportUrl;
    std::vector<std::string> updateStepsEn;
    std::vector<std::string> updateStepsNl;
    std::string supportPolicy;  ///< folded text, or "unknown"
    std::optional<std::string> supportPolicySource;
    std::optional<std::string> notes;
    std::string file;
    std::size_t line = 0;
};

/// A vendor an advisory applies to by relation rather than by name.
struct RelatedBrand {
    std::string vendorId;
    std::string relation;
    std::string confidence;  ///< high, medium or low
};

struct AdvisoryRecord {
    std::string id;
    std::vector<std::string> vendors;
    std::vector<RelatedBrand> relatedBrands;
    std::string authority;
    std::string jurisdiction;          ///< NL, DE, US, UK or EU
    std::string date;                  ///< YYYY-MM-DD
    std::vector<std::string> sources;  ///< one item per line; "" separates sources
    std::string summaryEn;
    std::string summaryNl;
    std::string mitigationEn;
    std::string mitigationNl;
    std::size_t line = 0;
};

struct CredentialRecord {
    std::optional<std::string> vendorId;  ///< absent for `any`
    std::optional<std::string> models;
    std::string username;
    std::string password;  ///< "" for the literal `(none)`
    std::vector<std::string> sources;
    std::optional<std::string> note;
    std::size_t line = 0;
};

/// One paragraph of model-families.txt: what the maker publishes about a family's updates.
struct ModelFamilyRecord {
    std::string id;
    std::string vendorId;
    std::string name;
    std::vector<std::string> patterns;  ///< globs over an identified model
    std::string supportEnd;             ///< YYYY-MM-DD, "ongoing" or "unknown"
    std::optional<std::string> supportSource;
    std::string checked;                     ///< YYYY-MM-DD
    std::optional<std::string> updateRoute;  ///< overrides the vendor's
    std::vector<std::string> updateStepsEn;  ///< empty: the vendor's steps apply
    std::vector<std::string> updateStepsNl;
    std::optional<std::string> notes;
    std::size_t line = 0;
};

/// One paragraph of fingerprints/<name>.txt.
struct FingerprintRecord {
    FingerprintRule rule;
    std::string example;
    std::string reference;
    std::string file;
    std::size_t line = 0;
};

/// Everything in resources/knowledge, validated.
struct KnowledgeSource {
    std::vector<VendorRecord> vendors;  ///< sorted by id
    std::vector<AdvisoryRecord> advisories;
    std::vector<CredentialRecord> credentials;
    std::vector<ModelFamilyRecord> modelFamilies;
    std::vector<FingerprintRecord> fingerprints;  ///< files sorted by name, rules in file order
    std::string digest;                           ///< SHA-256 (hex) over every file read, in order
};

/// Whether `kind` is one of the device kinds of README section 2.
bool isKnownKind(std::string_view kind);

/// The device kinds of README section 2, in that order.
const std::vector<std::string>& knownKinds();

/// Reads and validates vendors/*.txt, advisories.txt, default-credentials.txt, model-families.txt and
/// fingerprints/*.txt under `dir`
/// against resources/knowledge/README.md; the first problem found is returned.
SourceResult<KnowledgeSource> readKnowledgeSource(const std::filesystem::path& dir);

}  // namespace voordeur::core::knowledge
