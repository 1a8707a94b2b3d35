// SPDX-License-Identifier: EUPL-1.2
#include "ui/advice/Advice.h"

#include "core/identify/Corrections.h"
#include "core/system/SecuritySoftware.h"

#include <algorithm>
#include <memory>

namespace voordeur::ui {

std::unique_ptr<Advice> adviseOn(core::discovery::ScanResult scan, const core::knowledge::Catalog& catalog,
    const AdviceOptions& options, const core::checkup::AdviceContext& knowledgeContext)
{
    auto advice = std::make_unique<Advice>();
    advice->scan = std::move(scan);
    advice->context = knowledgeContext;
    advice->context.today = options.today.empty() ? core::checkup::todayUtc() : options.today;

    std::map<core::net::MacAddress, core::identify::Correction> corrections;
    if (!options.correctionsPath.isEmpty()) {
        // Missing or damaged corrections never stop the advice: the evidence alone still counts.
        if (auto store = core::identify::CorrectionStore::open(options.correctionsPath.toStdString())) {
            corrections = store->all();
        }
    }
    const core::identify::Identifier identifier(catalog);
    auto& household = advice->household;
    household.scan = &advice->scan;
    household.today = advice->context.today;
    household.identities.reserve(advice->scan.hosts.size());
    for (std::size_t i = 0; i < advice->scan.hosts.size(); ++i) {
        const auto& host = advice->scan.hosts[i];
        const core::identify::Correction* said = nullptr;
        if (i < options.notes.size() && !options.notes[i].correction.empty()) {
            said = &options.notes[i].correction;
        } else if (const auto stored = host.mac ? corrections.find(*host.mac) : corrections.end();
                   stored != corrections.end()) {
            said = &stored->second;
        }
        household.identities.push_back(identifier.identify(host, said));
    }
    if (options.installedSoftware) {
        household.installedSoftware = *options.installedSoftware;
    } else if (options.checkThisComputer) {
        household.installedSoftware = core::system::findSecuritySoftware();
    }
    household.passwords = options.passwords;
    advice->findings = core::checkup::evaluate(household, catalog);
    // Devices the household says are not theirs get no advice.
    std::erase_if(advice->findings, [&](const core::checkup::Finding& finding) {
        return !finding.devices.empty()
            && std::all_of(finding.devices.begin(), finding.devices.end(),
                [&](std::size_t d) { return d < options.notes.size() && options.notes[d].notMine; });
    });
    return advice;
}

}  // namespace voordeur::ui
