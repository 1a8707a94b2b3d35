// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/WelcomePage.h"

#include "core/net/NetworkInterfaces.h"
#include "ui/gui/PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace voordeur::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    m_title = makePageTitle(content);
    m_intro = makeBodyLabel(content);
    m_doesHeading = makeSectionHeading(content);
    m_does = makeBodyLabel(content);
    m_sendsHeading = makeSectionHeading(content);
    m_sends = makeBodyLabel(content);
    m_neverHeading = makeSectionHeading(content);
    m_never = makeBodyLabel(content);
    m_beforeHeading = makeSectionHeading(content);
    m_networkLabel = new QLabel(content);
    m_network = new QComboBox(content);
    m_network->setObjectName(QStringLiteral("networkChoice"));
    m_networkLabel->setBuddy(m_network);
    const auto makeConsent = [content](const char* name, QCheckBox*& box, QLabel*& note) {
        box = new QCheckBox(content);
        box->setObjectName(QString::fromLatin1(name));
        note = makeBodyLabel(content);
        note->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8, 0, 0, 4);
    };
    makeConsent("consentScan", m_consentScan, m_consentScanNote);
    makeConsent("consentServices", m_consentServices, m_consentServicesNote);
    makeConsent("consentBreach", m_consentBreach, m_consentBreachNote);
    connect(m_consentScan, &QCheckBox::toggled, this, &WelcomePage::updateStart);

    m_start = new QPushButton(content);
    m_start->setObjectName(QStringLiteral("startCheckupButton"));
    m_start->setMinimumHeight(m_start->fontMetrics().height() * 2 + 4);
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    connect(m_start, &QPushButton::clicked, this, &WelcomePage::startRequested);

    for (QWidget* w : std::initializer_list<QWidget*> {
             m_title, m_intro, m_doesHeading, m_does, m_sendsHeading, m_sends, m_neverHeading, m_never}) {
        layout->addWidget(w);
    }
    layout->addWidget(m_beforeHeading);
    auto* networkRow = new QFormLayout;
    networkRow->addRow(m_networkLabel, m_network);
    layout->addLayout(networkRow);
    for (QWidget* w : std::initializer_list<QWidget*> {m_consentScan, m_consentScanNote, m_consentServices,
             m_consentServicesNote, m_consentBreach, m_consentBreachNote}) {
        layout->addWidget(w);
    }
    layout->addSpacing(8);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(wrapInScrollArea(content));

    retranslateUi();
    fillInterfaces();
    updateStart();
}

bool WelcomePage::scanConsent() const
{
    return m_consentScan->isChecked();
}

bool WelcomePage::serviceCheckConsent() const
{
    return m_consentServices->isChecked();
}

bool WelcomePage::breachLookupConsent() const
{
    return m_consentBreach->isChecked();
}

std::optional<std::string> WelcomePage::interfaceName() const
{
    const QString name = m_network->currentData().toString();
    return name.isEmpty() ? std::nullopt : std::optional(name.toStdString());
}

void WelcomePage::reset()
{
    for (QCheckBox* box : {m_consentScan, m_consentServices, m_consentBreach}) {
        box->setChecked(false);
    }
    fillInterfaces();
}

void WelcomePage::updateStart()
{
    m_start->setEnabled(m_consentScan->isChecked());
}

void WelcomePage::fillInterfaces()
{
    // Listing the interfaces reads the kernel's tables; nothing is sent.
    m_network->clear();
    const auto defaultName = core::net::defaultRouteInterface();
    const auto interfaces = core::net::listInterfaces();
    if (interfaces) {
        for (const auto& interface : *interfaces) {
            if (interface.loopback || !interface.up || interface.ipv4.empty()) {
                continue;
            }
            const QString name = QString::fromStdString(interface.name);
            const bool wireless = name.startsWith(QLatin1String("wl"));
            const bool wired = name.startsWith(QLatin1String("en")) || name.startsWith(QLatin1String("eth"));
            const QString what = wireless ? tr("Wi-Fi") : wired ? tr("Network cable") : tr("Network");
            const QString address = QString::fromStdString(interface.ipv4.front().addressString());
            m_network->addItem(tr("%1 (%2, address %3)").arg(what, name, address), name);
            if (defaultName && *defaultName == interface.name) {
                m_network->setCurrentIndex(m_network->count() - 1);
            }
        }
    }
    if (m_network->count() == 0) {
        m_network->addItem(tr("The network this computer uses for the internet"), QString());
    }
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Voordeur"));
    m_intro->setText(
        tr("Voordeur checks with you how safe the smart devices in your home are: your router, cameras, TV, "
           "speakers, printer and thermostat. You go through six steps and end with an action plan you can "
           "print. The checkup takes about fifteen minutes."));

    m_doesHeading->setText(tr("What the checkup does"));
    m_does->setText(QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                        .arg(tr("It finds the devices on your home network and recognises their brand and model."),
                            tr("For each device it looks up how to update it, and whether there are known "
                               "vulnerabilities or government advice about the brand."),
                            tr("It checks your passwords for strength, reuse and leaks, without ever storing "
                               "them."),
                            tr("It makes an action plan: what to do today, what is important, and tips.")));

    m_sendsHeading->setText(tr("What Voordeur sends over the network"));
    m_sends->setText(
        QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(tr("Only on your own home network, and only after you agree: the \"who is there?\" "
                    "questions that devices use themselves to find each other (mDNS, SSDP/UPnP, "
                    "WS-Discovery), and a look at which ports your router forwards to the internet."),
                tr("Only if you switch it on: a check whether risky services such as telnet are open on your "
                   "own devices. Voordeur only knocks; it never logs in."),
                tr("Only if you switch it on: for the leak check, the first 5 characters of a scrambled "
                   "summary (a hash) of each password go to Have I Been Pwned. Your password itself never "
                   "leaves your computer."),
                tr("When you update the knowledge base: the list of known exploited vulnerabilities is "
                   "downloaded from the US cybersecurity agency CISA.")));

    m_neverHeading->setText(tr("What Voordeur never does"));
    m_never->setText(QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
                         .arg(tr("No account, no cloud, no telemetry: nothing about you or your devices is sent "
                                 "to us or to anyone else."),
                             tr("Your passwords are never saved and never sent."),
                             tr("Voordeur never tries to log in to your devices and changes nothing on your "
                                "network.")));

    m_beforeHeading->setText(tr("Before you start"));
    m_networkLabel->setText(tr("&Home network:"));
    m_network->setAccessibleName(tr("Home network to search"));
    m_consentScan->setText(tr("&Search my home network for devices"));
    m_consentScanNote->setText(tr("Needed for the checkup: Voordeur asks the devices on this network who they are, "
                                  "and nothing more."));
    m_consentServices->setText(tr("Also check my devices for risky &open services"));
    m_consentServicesNote->setText(tr("Voordeur knocks on a few ports such as telnet on your own devices to see if "
                                      "they answer; it never logs in."));
    m_consentBreach->setText(tr("Check my passwords against known &leaks"));
    m_consentBreachNote->setText(tr("Only the first 5 characters of a scrambled summary of each password go to Have "
                                    "I Been Pwned; the password itself never leaves this computer."));
    m_start->setText(tr("Start the checkup"));
    m_start->setAccessibleName(tr("Start the checkup"));
}

}  // namespace voordeur::ui
