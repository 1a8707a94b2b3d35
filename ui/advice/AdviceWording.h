// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/Findings.h"
#include "core/identify/Identify.h"
#include "core/knowledge/Catalog.h"
#include "ui/advice/Advice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace voordeur::ui {

/// Advice in words: the names of kinds, severities and findings, in the current language. Texts
/// from the knowledge base (advisories, update steps) are taken in the matching language.
class AdviceWording final
{
    Q_DECLARE_TR_FUNCTIONS(AdviceWording)

public:
    /// A finding as a household reads it: one line, and the explanation below it.
    struct Text {
        QString title;
        QString detail;
    };

    /// The language of the knowledge texts that goes with the current translation.
    static core::knowledge::Language contentLanguage();

    static QString kindName(const std::optional<std::string>& kind);
    static QString severityName(core::checkup::Severity severity);
    static QString updateRouteName(const std::string& route);
    static QString fieldName(core::knowledge::FingerprintField field);

    /// "Hikvision DS-2CD2143G0-I", "Sonos (speaker)", or the device's own name or address.
    static QString deviceName(const Advice& advice, std::size_t index, const core::knowledge::Catalog& catalog);
    /// "recognised by" one clue: "UPnP manufacturer “AVM Berlin”".
    static QString clueText(const core::identify::Clue& clue);
    static Text finding(
        const core::checkup::Finding& finding, const Advice& advice, const core::knowledge::Catalog& catalog);

    /// The whole advice as text for a terminal or a helpdesk note: devices, then the action plan.
    static QString report(const Advice& advice, const core::knowledge::Catalog& catalog);
};

}  // namespace voordeur::ui
