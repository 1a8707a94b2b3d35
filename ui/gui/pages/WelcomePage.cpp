// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/WelcomePage.h"

#include "ui/gui/PageLayout.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    m_start = new QPushButton(content);
    m_start->setMinimumHeight(m_start->fontMetrics().height() * 2 + 4);
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    connect(m_start, &QPushButton::clicked, this, &WelcomePage::startRequested);

    for (QWidget* w : std::initializer_list<QWidget*> {
             m_title, m_intro, m_doesHeading, m_does, m_sendsHeading, m_sends, m_neverHeading, m_never}) {
        layout->addWidget(w);
    }
    layout->addSpacing(8);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(wrapInScrollArea(content));

    retranslateUi();
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

    m_start->setText(tr("Start the checkup"));
    m_start->setAccessibleName(tr("Start the checkup"));
}

}  // namespace voordeur::ui
