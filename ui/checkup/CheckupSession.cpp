// SPDX-License-Identifier: EUPL-1.2
#include "ui/checkup/CheckupSession.h"

#include "core/checkup/CheckupFile.h"
#include "core/checkup/ReadoutCode.h"
#include "core/discovery/ScanJson.h"
#include "core/identify/Corrections.h"
#include "core/system/SecuritySoftware.h"
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
    m_readOnly = false;
    m_filePath.clear();
    if (demo) {
        // The demo's "this computer" has Kaspersky installed, to show the advisory finding.
        m_checkup.installedSoftware = {{"kaspersky", "Kaspersky Internet Security", "21.3", "demo"}};
    }
    m_liveHosts.clear();
    m_liveRouter.reset();
    m_advice.reset();
    Q_EMIT checkupReset();
    Q_EMIT adviceChanged();
    Q_EMIT fileChanged();
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
    if (m_readOnly) {
        return;
    }
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
    // Devices added by hand stay: they follow the scan's hosts.
    std::vector<core::discovery::Host> byHand;
    std::vector<core::checkup::DeviceNotes> byHandNotes;
    for (std::size_t i = 0; i < m_checkup.devices.size(); ++i) {
        if (m_checkup.devices[i].addedByHand && m_checkup.scan && i < m_checkup.scan->hosts.size()) {
            byHand.push_back(m_checkup.scan->hosts[i]);
            byHandNotes.push_back(m_checkup.devices[i]);
        }
    }
    m_checkup.scan = result;
    m_checkup.devices.assign(result.hosts.size(), {});
    for (std::size_t i = 0; i < byHand.size(); ++i) {
        m_checkup.scan->hosts.push_back(byHand[i]);
        m_checkup.devices.push_back(byHandNotes[i]);
    }
    if (!m_checkup.demo) {
        m_checkup.installedSoftware = core::system::findSecuritySoftware();
    }
    m_liveHosts.clear();
    for (std::size_t i = 0; i < result.hosts.size(); ++i) {
        m_liveHosts.emplace_back(i, result.hosts[i]);
    }
    refreshAdvice();
    Q_EMIT scanFinished();
}

namespace {

QString fileErrorText(const core::checkup::CheckupFileError& error, const QString& path)
{
    using core::checkup::CheckupFileCode;
    switch (error.code) {
    case CheckupFileCode::CannotOpen:
        return CheckupSession::tr("The file %1 cannot be opened.").arg(path);
    case CheckupFileCode::NotACheckup:
        return CheckupSession::tr("The file %1 is not a Voordeur checkup.").arg(path);
    case CheckupFileCode::Corrupt:
        return CheckupSession::tr("The checkup file %1 is damaged and cannot be read. It was left as it is.").arg(path);
    case CheckupFileCode::NewerVersion:
        return CheckupSession::tr("The checkup file %1 was made by a newer version of Voordeur. Update Voordeur to "
                                  "open it; the file was left as it is.")
            .arg(path);
    case CheckupFileCode::ReadOnly:
        return CheckupSession::tr("Voordeur may not write to %1. Choose another folder.").arg(path);
    case CheckupFileCode::DiskFull:
        return CheckupSession::tr("The disk is full: %1 could not be saved. Your earlier file is unchanged.").arg(path);
    case CheckupFileCode::WriteFailed:
        break;
    }
    return CheckupSession::tr("The checkup could not be saved to %1 (%2). Your earlier file is unchanged.")
        .arg(path, QString::fromStdString(error.detail));
}

}  // namespace

QString CheckupSession::saveTo(const QString& path)
{
    if (m_readOnly) {
        return tr("This checkup is open for viewing only.");
    }
    core::checkup::Checkup toSave = m_checkup;
    toSave.modified = core::checkup::checkupTimestampNow();
    const auto saved = core::checkup::saveCheckup(toSave, path.toStdString());
    if (!saved) {
        return fileErrorText(saved.error(), path);
    }
    m_checkup.modified = toSave.modified;
    m_filePath = path;
    Q_EMIT fileChanged();
    return {};
}

QString CheckupSession::openFrom(const QString& path, bool readOnly)
{
    auto loaded = core::checkup::loadCheckup(path.toStdString());
    if (!loaded) {
        return fileErrorText(loaded.error(), path);
    }
    m_scanner->cancel();
    m_checkup = std::move(loaded).value();
    m_readOnly = readOnly;
    m_filePath = path;
    m_liveHosts.clear();
    m_liveRouter.reset();
    m_advice.reset();
    if (m_checkup.scan) {
        for (std::size_t i = 0; i < m_checkup.scan->hosts.size(); ++i) {
            m_liveHosts.emplace_back(i, m_checkup.scan->hosts[i]);
        }
    }
    Q_EMIT checkupReset();
    refreshAdvice();
    Q_EMIT adviceChanged();
    Q_EMIT fileChanged();
    return {};
}

QString CheckupSession::readoutCode() const
{
    int counts[3] = {0, 0, 0};
    if (m_advice) {
        for (const auto& finding : m_advice->findings) {
            ++counts[static_cast<int>(finding.severity)];
        }
    }
    return QString::fromStdString(core::checkup::readoutCode(m_checkup.id, counts[0], counts[1], counts[2]));
}

void CheckupSession::setDeviceNotes(std::size_t index, const core::checkup::DeviceNotes& notes)
{
    if (m_readOnly || !m_checkup.scan || index >= m_checkup.devices.size()) {
        return;
    }
    const bool correctionChanged = !(m_checkup.devices[index].correction == notes.correction);
    m_checkup.devices[index] = notes;
    const auto& host = m_checkup.scan->hosts[index];
    if (correctionChanged && !m_checkup.demo && host.mac) {
        const QString path
            = QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("household.sqlite"));
        if (auto store = core::identify::CorrectionStore::open(path.toStdString())) {
            (void)store->save(*host.mac, notes.correction);
        }
    }
    refreshAdvice();
    Q_EMIT deviceNotesChanged(index);
}

std::size_t CheckupSession::addDeviceByHand(const core::checkup::DeviceNotes& notes)
{
    if (m_readOnly) {
        return m_checkup.devices.size();
    }
    if (!m_checkup.scan) {
        m_checkup.scan.emplace();
    }
    m_checkup.scan->hosts.emplace_back();
    m_checkup.devices.push_back(notes);
    m_checkup.devices.back().addedByHand = true;
    const std::size_t index = m_checkup.devices.size() - 1;
    refreshAdvice();
    Q_EMIT deviceNotesChanged(index);
    return index;
}

void CheckupSession::setPasswords(std::vector<core::passwords::CheckedPassword> passwords)
{
    if (m_readOnly) {
        return;
    }
    m_checkup.passwords = std::move(passwords);
    refreshAdvice();
}

void CheckupSession::setDone(const std::string& findingKey, bool done)
{
    if (m_readOnly || done == isDone(findingKey)) {
        return;
    }
    if (done) {
        m_checkup.done.insert(findingKey);
    } else {
        m_checkup.done.erase(findingKey);
    }
    Q_EMIT doneChanged(QString::fromStdString(findingKey), done);
}

void CheckupSession::refreshAdvice()
{
    if (m_checkup.scan) {
        refreshAdvice(*m_checkup.scan);
    }
}

void CheckupSession::refreshAdvice(core::discovery::ScanResult scan)
{
    if (!m_catalog) {
        return;
    }
    AdviceOptions options;
    options.checkThisComputer = false;
    options.installedSoftware = m_checkup.installedSoftware;
    options.passwords = m_checkup.passwords;
    if (scan.hosts.size() == m_checkup.devices.size()) {
        options.notes = m_checkup.devices;  // notes belong to the finished scan, not a partial one
    }
    if (!m_checkup.demo) {
        options.correctionsPath
            = QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("household.sqlite"));
    }
    m_advice = adviseOn(std::move(scan), *m_catalog, options, {});
    Q_EMIT adviceChanged();
}

}  // namespace voordeur::ui
