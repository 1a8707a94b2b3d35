// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/UpcomingStepPage.h"

#include "ui/gui/PageLayout.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace voordeur::ui {

UpcomingStepPage::UpcomingStepPage(CheckupStep step, QWidget* parent)
    : QWidget(parent)
    , m_step(step)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_title = makePageTitle(content);
    m_purpose = makeBodyLabel(content);
    m_status = makeBodyLabel(content);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(wrapInScrollArea(content));
    retranslateUi();
}

void UpcomingStepPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString UpcomingStepPage::purpose() const
{
    switch (m_step) {
    case CheckupStep::FindDevices:
        return tr("In this step Voordeur looks for the devices on your home network, such as your router, "
                  "cameras, TV and speakers. You see them appear one by one while it searches.");
    case CheckupStep::Devices:
        return tr("Here you see every device that was found, with its brand and model and how Voordeur "
                  "recognised it. You can correct what is wrong and add devices it could not see.");
    case CheckupStep::Passwords:
        return tr("Here you check the passwords of your router, Wi-Fi and devices: are they strong, do you "
                  "use the same one twice, and have they leaked? Nothing you type here is saved.");
    case CheckupStep::ActionPlan:
        return tr("Your action plan: what to do today, what is important and what is a good tip, with "
                  "the steps for each device.");
    case CheckupStep::Report:
        return tr("Save your checkup, print the action plan or save it as a PDF, and set reminders to check "
                  "for updates again.");
    case CheckupStep::Welcome:
        break;
    }
    return {};
}

void UpcomingStepPage::retranslateUi()
{
    m_title->setText(stepTitle(m_step));
    m_purpose->setText(purpose());
    m_status->setText(tr("This step is not available yet in this version of Voordeur."));
}

}  // namespace voordeur::ui
