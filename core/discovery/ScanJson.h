// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"

#include <string>
#include <string_view>

namespace voordeur::core::discovery {

/// The scan as one JSON document, schema "voordeur.scan/1" (docs/scan-json.md).
std::string scanToJson(const ScanResult& result, int indent = 2);

/// Names used in the JSON document for protocols, states and observation kinds.
std::string_view protocolKey(Protocol protocol);
std::string_view protocolStateKey(ProtocolState state);
std::string_view observationKey(ObservationKind kind);

}  // namespace voordeur::core::discovery
