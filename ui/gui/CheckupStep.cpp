// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/CheckupStep.h"

#include <QCoreApplication>

namespace voordeur::ui {

QString stepTitle(CheckupStep step)
{
    switch (step) {
    case CheckupStep::Welcome:
        return QCoreApplication::translate("CheckupStep", "Welcome");
    case CheckupStep::FindDevices:
        return QCoreApplication::translate("CheckupStep", "Find devices");
    case CheckupStep::Devices:
        return QCoreApplication::translate("CheckupStep", "Devices");
    case CheckupStep::Passwords:
        return QCoreApplication::translate("CheckupStep", "Passwords");
    case CheckupStep::ActionPlan:
        return QCoreApplication::translate("CheckupStep", "Action plan");
    case CheckupStep::Report:
        return QCoreApplication::translate("CheckupStep", "Report");
    }
    return {};
}

QString numberedStepTitle(CheckupStep step)
{
    //: A step in the side list: %1 is its number, %2 its title.
    return QCoreApplication::translate("CheckupStep", "%1  %2").arg(stepNumber(step)).arg(stepTitle(step));
}

}  // namespace voordeur::ui
