// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/ScanPage.h"

#include "ui/advice/AdviceWording.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/cli/ScanCommand.h"
#include "ui/gui/CheckupStep.h"
#include "ui/gui/Icons.h"
#include "ui/gui/PageLayout.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace voordeur::ui {

using core::discovery::Protocol;
using core::discovery::ProtocolState;

namespace {

/// The protocols a household sees a row for; the service check only when it runs.
constexpr std::array kShownProtocols {Protocol::Mdns, Protocol::Ssdp, Protocol::Wsd, Protocol::Neighbour, Protocol::Igd,
    Protocol::ReverseDns, Protocol::ServiceCheck};

}  // namespace

ScanPage::ScanPage(CheckupSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    m_title = makePageTitle(content);
    m_intro = makeBodyLabel(content);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(content);
    m_start->setObjectName(QStringLiteral("startScanButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(content);
    m_cancel->setObjectName(QStringLiteral("cancelScanButton"));
    m_continue = new QPushButton(content);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_continue);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = makeBodyLabel(content);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    layout->addWidget(m_status);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const Protocol protocol : kShownProtocols) {
        ProtocolRow& row = m_rows.at(static_cast<std::size_t>(protocol));
        row.status.protocol = protocol;
        row.status.state = ProtocolState::Off;
        row.name = new QLabel(content);
        row.bar = new QProgressBar(content);
        row.bar->setTextVisible(false);
        row.bar->setMaximumHeight(row.bar->fontMetrics().height());
        row.state = new QLabel(content);
        row.name->setBuddy(row.bar);
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.bar, line, 1);
        grid->addWidget(row.state, line, 2);
        ++line;
    }
    layout->addLayout(grid);

    m_message = makeBodyLabel(content);
    m_message->setObjectName(QStringLiteral("scanMessage"));
    layout->addWidget(m_message);

    m_devicesHeading = makeSectionHeading(content);
    m_devices = new QListWidget(content);
    m_devices->setObjectName(QStringLiteral("liveDevices"));
    m_devices->setMinimumHeight(m_devices->fontMetrics().height() * 8);
    m_devicesHeading->setBuddy(m_devices);
    layout->addWidget(m_devicesHeading);
    layout->addWidget(m_devices, 1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(wrapInScrollArea(content));

    m_clock = new QTimer(this);
    m_clock->setInterval(100);
    connect(m_clock, &QTimer::timeout, this, &ScanPage::updateStatus);
    connect(m_start, &QPushButton::clicked, this, &ScanPage::start);
    connect(m_cancel, &QPushButton::clicked, &m_session, &CheckupSession::cancelScan);
    connect(m_continue, &QPushButton::clicked, this, &ScanPage::continueRequested);
    connect(&m_session, &CheckupSession::scanStarted, this, &ScanPage::onStarted);
    connect(&m_session.scanner(), &ScanController::protocolChanged, this, &ScanPage::onProtocol);
    connect(&m_session, &CheckupSession::liveDevicesChanged, this, &ScanPage::onDevicesChanged);
    connect(&m_session, &CheckupSession::scanFinished, this, &ScanPage::onFinished);
    connect(&m_session, &CheckupSession::scanFailed, this, &ScanPage::onFailed);
    connect(&m_session, &CheckupSession::consentMissing, this, [this] {
        m_message->setText(tr("<b>Voordeur only searches your network when you agree.</b> Go back to step 1 and "
                              "tick \"Search my home network for devices\"."));
    });
    connect(&m_session, &CheckupSession::checkupReset, this, [this] {
        m_phase = Phase::Idle;
        m_devices->clear();
        for (ProtocolRow& row : m_rows) {
            row.status.state = ProtocolState::Off;
            row.status.answers = 0;
            if (row.bar != nullptr) {
                showProtocol(row);
            }
        }
        setRunning(false);
        updateStatus();
    });

    setRunning(false);
    retranslateUi();
}

void ScanPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ScanPage::retranslateUi()
{
    m_title->setText(stepTitle(CheckupStep::FindDevices));
    m_intro->setText(tr("Voordeur asks the devices on your home network who they are, the way they find each other "
                        "themselves. This takes a few seconds and changes nothing on your devices. Make sure the "
                        "devices you want to check are switched on."));
    m_start->setText(m_phase == Phase::Idle ? tr("&Start searching") : tr("Search &again"));
    m_start->setAccessibleName(m_start->text().remove(QLatin1Char('&')));
    m_cancel->setText(tr("S&top"));
    m_cancel->setAccessibleName(tr("Stop searching"));
    m_continue->setText(tr("&Continue to the devices"));
    m_devicesHeading->setText(tr("Found so far"));
    m_devices->setAccessibleName(tr("Devices found so far"));
    const auto name = [this](Protocol protocol, const QString& text) {
        m_rows.at(static_cast<std::size_t>(protocol)).name->setText(text);
        m_rows.at(static_cast<std::size_t>(protocol)).bar->setAccessibleName(text);
    };
    name(Protocol::Mdns, tr("Devices that announce themselves (mDNS)"));
    name(Protocol::Ssdp, tr("Media and UPnP devices (SSDP)"));
    name(Protocol::Wsd, tr("Cameras and Windows computers (WS-Discovery)"));
    name(Protocol::Neighbour, tr("Every address on the network (neighbour table)"));
    name(Protocol::Igd, tr("Port forwards of the router (UPnP IGD)"));
    name(Protocol::ReverseDns, tr("Device names (DNS)"));
    name(Protocol::ServiceCheck, tr("Risky open services"));
    for (ProtocolRow& row : m_rows) {
        if (row.bar != nullptr) {
            showProtocol(row);
        }
    }
    onDevicesChanged();
    updateStatus();
}

void ScanPage::start()
{
    m_cancelled = false;
    m_failure.clear();
    m_session.startScan();
}

void ScanPage::onStarted()
{
    m_phase = Phase::Running;
    m_devices->clear();
    m_message->clear();
    m_elapsed.start();
    m_clock->start();
    setRunning(true);
    retranslateUi();
}

void ScanPage::onProtocol(const core::discovery::ProtocolStatus& status)
{
    ProtocolRow& row = m_rows.at(static_cast<std::size_t>(status.protocol));
    row.status = status;
    if (row.bar != nullptr) {
        showProtocol(row);
    }
}

void ScanPage::showProtocol(ProtocolRow& row)
{
    const bool shown = row.status.state != ProtocolState::Off;
    row.name->setVisible(shown);
    row.bar->setVisible(shown);
    row.state->setVisible(shown);
    switch (row.status.state) {
    case ProtocolState::Off:
    case ProtocolState::Waiting:
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
        row.state->setText(tr("waiting"));
        break;
    case ProtocolState::Running:
        row.bar->setRange(0, 0);  // busy: how long a protocol takes depends on the devices
        row.state->setText(tr("%n answer(s)", nullptr, row.status.answers));
        break;
    case ProtocolState::Done:
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        row.state->setText(tr("done, %n answer(s)", nullptr, row.status.answers));
        break;
    case ProtocolState::Unavailable:
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
        row.state->setText(tr("not available here"));
        break;
    }
    row.bar->setAccessibleDescription(row.state->text());
}

void ScanPage::onDevicesChanged()
{
    const Advice* advice = m_session.advice();
    const auto* catalog = m_session.catalog();
    m_devices->clear();
    if (advice == nullptr || catalog == nullptr) {
        return;
    }
    for (std::size_t i = 0; i < advice->scan.hosts.size(); ++i) {
        const auto& host = advice->scan.hosts[i];
        const auto* best = i < advice->household.identities.size() ? advice->household.identities[i].best() : nullptr;
        const QString address = host.addresses.empty() ? QString() : QString::fromStdString(host.addresses.front());
        QString line = AdviceWording::deviceName(*advice, i, *catalog);
        if (best != nullptr && best->kind) {
            const QString kind = AdviceWording::kindName(best->kind);
            if (!line.contains(kind, Qt::CaseInsensitive)) {
                line += QStringLiteral(" — ") + kind;
            }
        }
        if (!address.isEmpty() && !line.contains(address)) {
            line += QStringLiteral("  (%1)").arg(address);
        }
        m_devices->addItem(new QListWidgetItem(
            kindIcon(best != nullptr && best->kind ? QString::fromStdString(*best->kind) : QString()), line));
    }
    updateStatus();
}

void ScanPage::onFinished()
{
    m_clock->stop();
    m_phase = Phase::Done;
    const auto& scan = m_session.checkup().scan;
    m_cancelled = scan && scan->cancelled;
    setRunning(false);
    retranslateUi();
    if (scan && scan->hosts.empty() && !m_cancelled) {
        m_message->setText(
            tr("<b>No devices were found.</b> Things to try: check that this computer is connected to your home "
               "network (not a guest network or a mobile hotspot), switch on the devices you want to check, and "
               "search again. Some routers keep devices apart (\"client isolation\" or \"AP isolation\"): then "
               "add your devices by hand in step 3."));
    }
}

void ScanPage::onFailed(core::discovery::ScanCode code, const QString& detail)
{
    m_clock->stop();
    m_phase = Phase::Failed;
    m_failure = cli::ScanCommand::errorText({code, detail.toStdString()});
    setRunning(false);
    retranslateUi();
    m_message->setText(tr("<b>Searching did not work.</b> %1<br>Things to try: connect this computer to your home "
                          "network by cable or Wi-Fi and search again; or add your devices by hand in step 3.")
                           .arg(m_failure.toHtmlEscaped()));
}

void ScanPage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_continue->setVisible(m_phase == Phase::Done || m_phase == Phase::Failed);
}

void ScanPage::updateStatus()
{
    const QLocale locale;
    const auto seconds
        = locale.toString(static_cast<double>(m_elapsed.isValid() ? m_elapsed.elapsed() : 0) / 1000.0, 'f', 1);
    const int found = static_cast<int>(m_devices->count());
    switch (m_phase) {
    case Phase::Idle:
        m_status->setText(m_session.isDemo() ? tr("This is the demo household: nothing is sent on any network.")
                                             : tr("Press Start searching when you are ready."));
        break;
    case Phase::Running:
        m_status->setText(tr("Searching… %1 s, %n device(s) found so far.", nullptr, found).arg(seconds));
        break;
    case Phase::Done:
        m_status->setText(m_cancelled ? tr("Stopped after %1 s; %n device(s) found.", nullptr, found).arg(seconds)
                                      : tr("Done in %1 s: %n device(s) found.", nullptr, found).arg(seconds));
        break;
    case Phase::Failed:
        m_status->setText(tr("Searching did not work."));
        break;
    }
}

}  // namespace voordeur::ui
