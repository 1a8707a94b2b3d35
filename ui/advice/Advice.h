// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/AdviceJson.h"
#include "core/checkup/Checkup.h"
#include "core/checkup/Findings.h"
#include "core/discovery/Scan.h"
#include "core/identify/Identify.h"
#include "core/knowledge/Catalog.h"

#include <QString>

#include <memory>
#include <optional>

namespace voordeur::ui {

/// A scanned household judged: who each device is and what to do, with the knowledge it rests on.
/// Holds its own copy of the scan so that the findings' device indices stay valid.
struct Advice {
    core::discovery::ScanResult scan;
    core::checkup::Household household;  ///< household.scan points at `scan`
    std::vector<core::checkup::Finding> findings;
    core::checkup::AdviceContext context;

    Advice() = default;
    Advice(const Advice&) = delete;
    Advice& operator=(const Advice&) = delete;
};

/// What to look at besides the scan.
struct AdviceOptions {
    bool checkThisComputer = false;  ///< look for security software under an advisory on this computer
    QString correctionsPath;         ///< the household's corrections file; empty: none
    std::string today;               ///< YYYY-MM-DD; empty: today
    /// What the household said per scan host (same order; may be shorter): its corrections win over
    /// the evidence, and the findings of devices marked "not mine" are left out.
    std::vector<core::checkup::DeviceNotes> notes;
    /// This computer's security software when already known (a saved checkup, the demo); used
    /// instead of checking when set.
    std::optional<std::vector<core::system::InstalledProduct>> installedSoftware;
    /// The household's checked passwords (verdicts only), for the password findings.
    std::vector<core::passwords::CheckedPassword> passwords;
};

/// Identification and findings for a scan, synchronous (milliseconds for hundreds of devices).
/// `kevCatalogVersion` and `knowledgeDigest` are recorded in the advice for replays.
std::unique_ptr<Advice> adviseOn(core::discovery::ScanResult scan, const core::knowledge::Catalog& catalog,
    const AdviceOptions& options, const core::checkup::AdviceContext& knowledgeContext);

}  // namespace voordeur::ui
