// SPDX-License-Identifier: EUPL-1.2
#include "ui/checkup/CheckupSession.h"

#include "core/discovery/ScanJson.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace voordeur::ui {

namespace {

/// How long the demo household takes to "find": long enough to watch devices appear, short enough
/// for a visitor at a stand.
constexpr std::chrono::milliseconds kDemoScanDuration {6000};

}  // namespace

CheckupSession::CheckupSession(QObject* parent)
    : QObject(parent)
    , m_checkup(core::checkup::newCheckup())
    , m_scanner(new ScanController(this))
{
    loadKnowledge();
    connect(m_scanner, &ScanController::hostsChanged, this, &CheckupSession::onHostsChanged);
    connect(m_scanner, &ScanController::hostsMerged, this, &CheckupSession::onHostsMerged);
    connect(m_scanner, &ScanController::routerChanged, this,
        [this](const core::discovery::RouterIgd& router) { m_liveRouter = router; });
    connect(m_scanner, &ScanController::finished, this, &CheckupSession::onFinished);
    connect(m_scanner, &ScanController::failed, this, &CheckupSession::scanFailed);
}

CheckupSession::~CheckupSession() = default;

void CheckupSession::loadKnowledge()
{
    AppKnowledge knowledge = KnowledgeFiles::open();
    m_knowledgeNotices = knowledge.notices();
    if (knowledge.isOpen()) {
        if (auto loaded = core::knowledge::Catalog::load(knowledge.base())) {
            m_catalog.emplace(std::move(loaded).value());
            return;
        }
    }
    m_knowledgeProblem
        = knowledge.errorMessage().isEmpty() ? tr("The knowledge base could not be read.") : knowledge.errorMessage();
}

std::size_t CheckupSession::liveDeviceCount() const
{
    return m_liveHosts.size();
}

void CheckupSession::startOver(bool demo)
{
    m_scanner->cancel();
    m_checkup = core::checkup::newCheckup();
    m_checkup.demo = demo;
    m_liveHosts.clear();
    m_liveRouter.reset();
    m_advice.reset();
    Q_EMIT checkupReset();
    Q_EMIT adviceChanged();
}

void CheckupSession::setConsents(const core::checkup::Consents& consents)
{
    m_checkup.consents = consents;
}

core::discovery::ScanOptions CheckupSession::scanOptions() const
{
    core::discovery::ScanOptions options;
    options.interfaceName = m_interfaceName;
    options.serviceCheck = m_checkup.consents.serviceCheck;
    return options;
}

void CheckupSession::startScan()
{
    if (!m_checkup.consents.scan) {
        Q_EMIT consentMissing();
        return;
    }
    const core::discovery::ScanOptions options = scanOptions();
    m_liveHosts.clear();
    m_liveRouter.reset();
    if (m_checkup.demo) {
        auto household = demoHousehold();
        if (!household) {
            Q_EMIT scanFailed(core::discovery::ScanCode::SystemError, QStringLiteral("demo household unreadable"));
            return;
        }
        m_scanner->startReplay(std::move(*household), kDemoScanDuration);
    } else {
        m_scanner->start(options);
    }
    Q_EMIT scanStarted();
}

void CheckupSession::cancelScan()
{
    m_scanner->cancel();
}

std::optional<core::discovery::ScanResult> CheckupSession::demoHousehold()
{
    QFile file(QStringLiteral(":/demo/household.scan.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    auto scan
        = core::discovery::scanFromJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!scan) {
        return std::nullopt;
    }
    return std::move(scan).value();
}

void CheckupSession::onHostsChanged(const std::map<std::size_t, core::discovery::Host>& hosts)
{
    for (const auto& [id, host] : hosts) {
        const auto it = std::find_if(
            m_liveHosts.begin(), m_liveHosts.end(), [id = id](const auto& entry) { return entry.first == id; });
        if (it != m_liveHosts.end()) {
            it->second = host;
        } else {
            m_liveHosts.emplace_back(id, host);
        }
    }
    core::discovery::ScanResult partial;
    partial.router = m_liveRouter;
    for (const auto& [id, host] : m_liveHosts) {
        partial.hosts.push_back(host);
    }
    refreshAdvice(std::move(partial));
    Q_EMIT liveDevicesChanged();
}

void CheckupSession::onHostsMerged(const std::map<std::size_t, std::size_t>& merges)
{
    for (const auto& [from, into] : merges) {
        std::erase_if(m_liveHosts, [from = from](const auto& entry) { return entry.first == from; });
    }
}

void CheckupSession::onFinished(const core::discovery::ScanResult& result)
{
    m_checkup.scan = result;
    m_checkup.devices.resize(result.hosts.size());
    m_liveHosts.clear();
    for (std::size_t i = 0; i < result.hosts.size(); ++i) {
        m_liveHosts.emplace_back(i, result.hosts[i]);
    }
    refreshAdvice(result);
    Q_EMIT scanFinished();
}

void CheckupSession::refreshAdvice(core::discovery::ScanResult scan)
{
    if (!m_catalog) {
        return;
    }
    AdviceOptions options;
    options.checkThisComputer = false;
    if (!m_checkup.demo) {
        options.correctionsPath
            = QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("household.sqlite"));
    }
    m_advice = adviseOn(std::move(scan), *m_catalog, options, {});
    Q_EMIT adviceChanged();
}

}  // namespace voordeur::ui
