// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <array>

namespace voordeur::ui {

/// The six numbered steps of the checkup. Their numbers never change: a helpdesk says
/// "ga naar stap 4" and both sides must land on the same page.
enum class CheckupStep { Welcome = 1, FindDevices, Devices, Passwords, ActionPlan, Report };

inline constexpr std::array kAllSteps = {CheckupStep::Welcome, CheckupStep::FindDevices, CheckupStep::Devices,
    CheckupStep::Passwords, CheckupStep::ActionPlan, CheckupStep::Report};

inline constexpr int stepNumber(CheckupStep step)
{
    return static_cast<int>(step);
}

/// The step's short title in the current language ("Apparaten zoeken").
QString stepTitle(CheckupStep step);

/// The title with its number, as the step list shows it ("2  Apparaten zoeken").
QString numberedStepTitle(CheckupStep step);

}  // namespace voordeur::ui
