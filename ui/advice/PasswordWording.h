// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/Findings.h"
#include "core/passwords/PasswordCheckup.h"
#include "ui/advice/AdviceWording.h"

#include <QCoreApplication>
#include <QString>

#include <span>

namespace voordeur::ui {

/// The password checkup in words: strength, weaknesses, leaks, factory passwords and the password
/// findings, in the current language.
class PasswordWording final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordWording)

public:
    static QString scoreName(int score);
    static QString weaknessText(core::passwords::Weakness weakness);
    static QString breachText(const core::passwords::PasswordVerdict& verdict);
    static QString breachFailureText(core::passwords::BreachFailure failure);
    static QString factoryText(core::passwords::FactoryMatch match);
    /// "Router, Wifi and Mail".
    static QString labels(
        std::span<const core::passwords::CheckedPassword> checked, const std::vector<std::size_t>& which);

    /// One of the password findings (weak, reused, nearly reused, breached, factory).
    static AdviceWording::Text finding(
        const core::checkup::Finding& finding, std::span<const core::passwords::CheckedPassword> checked);

    /// The verdicts per label and the password findings, for a terminal.
    static QString report(
        std::span<const core::passwords::CheckedPassword> checked, const std::vector<core::checkup::Finding>& findings);
};

}  // namespace voordeur::ui
