// SPDX-License-Identifier: EUPL-1.2
#include "ui/advice/Advice.h"

#include "core/identify/Corrections.h"
#include "core/system/SecuritySoftware.h"

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
    for (const auto& host : advice->scan.hosts) {
        const auto correction = host.mac ? corrections.find(*host.mac) : corrections.end();
        household.identities.push_back(
            identifier.identify(host, correction != corrections.end() ? &correction->second : nullptr));
    }
    if (options.checkThisComputer) {
        household.installedSoftware = core::system::findSecuritySoftware();
    }
    advice->findings = core::checkup::evaluate(household, catalog);
    return advice;
}

}  // namespace voordeur::ui
