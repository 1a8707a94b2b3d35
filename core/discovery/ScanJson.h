// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"
#include "core/util/Result.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace voordeur::core::discovery {

/// The name of the document's schema; a change of meaning gets a new name (docs/scan-json.md).
inline constexpr std::string_view scanJsonSchema = "voordeur.scan/1";

/// The scan as one JSON document, schema "voordeur.scan/1" (docs/scan-json.md).
std::string scanToJson(const ScanResult& result, int indent = 2);

/// Why a saved scan could not be read back. The detail names the JSON path and what was wrong
/// ("devices[3].upnp[0].services: not an array"), or the parser's message for NotJson.
enum class ScanJsonCode {
    TooLarge,     ///< more than maxScanJsonBytes (or more than memory allows)
    NotJson,      ///< not JSON, cut off, ill-formed UTF-8, a number no double can hold
    TooDeep,      ///< arrays and objects nested deeper than maxScanJsonDepth
    WrongSchema,  ///< not an object with "schema": "voordeur.scan/1"
    BadField      ///< a known field of the wrong type or out of range, an unknown state or kind
};

using ScanJsonError = Error<ScanJsonCode>;

/// Larger documents are refused before parsing (a real scan is well under 1 MiB).
inline constexpr std::size_t maxScanJsonBytes = std::size_t {64} * 1024 * 1024;
/// Deeper nesting is refused before parsing; a scan document nests seven levels at most.
inline constexpr std::size_t maxScanJsonDepth = 64;

/// Reads a document written by scanToJson back, schema "voordeur.scan/1" exactly. Missing fields
/// get their defaults, unknown fields are skipped, strings are cleaned as device text is
/// (toValidUtf8). Never throws.
Result<ScanResult, ScanJsonError> scanFromJson(std::string_view json);

/// Reads one device object of the "devices" array (fixtures hold such objects alone). Missing
/// fields get their defaults (a missing `mac_randomised` follows the MAC's U/L bit); the paths in
/// errors are relative to the device. Never throws. The ordered_json overload keeps the TXT keys
/// in document order; nlohmann::json sorts object keys.
Result<Host, ScanJsonError> hostFromJson(const nlohmann::json& device);
Result<Host, ScanJsonError> hostFromJson(const nlohmann::ordered_json& device);

/// Names used in the JSON document for protocols, states and observation kinds.
std::string_view protocolKey(Protocol protocol);
std::string_view protocolStateKey(ProtocolState state);
std::string_view observationKey(ObservationKind kind);

}  // namespace voordeur::core::discovery
