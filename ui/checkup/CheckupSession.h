// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/checkup/ScanController.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

#ifndef Q_MOC_RUN
#include "core/checkup/Checkup.h"
#include "core/knowledge/Catalog.h"
#include "ui/advice/Advice.h"
#endif

namespace voordeur::ui {

/// The checkup in progress, owned by the GUI thread: what was found, what the household said, and
/// the advice made from it. Pages read it and ask it to change; it tells them through signals.
/// Scans run through its ScanController; a demo checkup replays the built-in demo household and
/// sends nothing on any network.
class CheckupSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckupSession)

public:
    explicit CheckupSession(QObject* parent = nullptr);
    ~CheckupSession() override;

    const core::checkup::Checkup& checkup() const { return m_checkup; }
    bool isDemo() const { return m_checkup.demo; }
    bool isScanning() const { return m_scanner->isRunning(); }

    /// The knowledge base, loaded once; null when it could not be read (`knowledgeProblem` says why).
    const core::knowledge::Catalog* catalog() const { return m_catalog ? &*m_catalog : nullptr; }
    const QString& knowledgeProblem() const { return m_knowledgeProblem; }
    const QStringList& knowledgeNotices() const { return m_knowledgeNotices; }

    /// The advice on what is known now: during a scan, on the devices found so far. Null before
    /// anything was found or without knowledge.
    const Advice* advice() const { return m_advice.get(); }
    /// The devices found so far in the running (or last) scan, in the order they were found.
    std::size_t liveDeviceCount() const;

    ScanController& scanner() { return *m_scanner; }

    /// Throws the checkup away and starts a new one (a demo one when asked).
    void startOver(bool demo);
    /// What the household agreed to in step 1, and on which network to search.
    void setConsents(const core::checkup::Consents& consents);
    void setInterfaceName(const std::optional<std::string>& name) { m_interfaceName = name; }
    core::discovery::ScanOptions scanOptions() const;

    /// Starts finding devices with scanOptions(): a real scan (only with the household's consent),
    /// or for a demo checkup the replay of the demo household.
    void startScan();
    void cancelScan();

    /// Saves the checkup as a .voordeur file (atomically; never a password). Returns why it failed,
    /// in words, or an empty string.
    QString saveTo(const QString& path);
    /// Opens a saved checkup; `readOnly` is the helpdesk's "meekijkmodus": nothing can be changed or
    /// saved. A damaged or newer file is never changed; returns why it could not be opened, in words,
    /// or an empty string.
    QString openFrom(const QString& path, bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The file the checkup was last saved to or opened from; empty when none.
    const QString& filePath() const { return m_filePath; }
    /// The short code the household reads to the helpdesk: checkup id, counts per severity, check.
    QString readoutCode() const;

    /// Step 3: what the household says about device `index` (scan order). A correction of a device
    /// with a MAC address is also remembered for later checkups (not in the demo).
    void setDeviceNotes(std::size_t index, const core::checkup::DeviceNotes& notes);
    /// Step 3: a device the scan cannot see (a doorbell on another network); returns its index.
    std::size_t addDeviceByHand(const core::checkup::DeviceNotes& notes);
    /// Step 4: the checked passwords (verdicts only) and, when the household opted in, fingerprints.
    void setPasswords(std::vector<core::passwords::CheckedPassword> passwords);
    /// Step 5: ticks a finding (by findingKey) as done, or not.
    void setDone(const std::string& findingKey, bool done);
    bool isDone(const std::string& findingKey) const { return m_checkup.done.count(findingKey) != 0; }

    /// The demo household (built into the program), or nullopt when it cannot be read.
    static std::optional<core::discovery::ScanResult> demoHousehold();

Q_SIGNALS:
    void checkupReset();
    void scanStarted();
    /// New devices or news about them while scanning; advice() covers them.
    void liveDevicesChanged();
    void scanFinished();
    void scanFailed(core::discovery::ScanCode code, const QString& detail);
    /// startScan() was refused: the household has not agreed to the search (step 1).
    void consentMissing();
    void adviceChanged();
    /// A device's notes changed (or one was added by hand).
    void deviceNotesChanged(std::size_t index);
    void doneChanged(const QString& findingKey, bool done);
    /// Opened, saved, or switched between read-only and editable.
    void fileChanged();

private:
    void loadKnowledge();
    void onHostsChanged(const std::map<std::size_t, core::discovery::Host>& hosts);
    void onHostsMerged(const std::map<std::size_t, std::size_t>& merges);
    void onFinished(const core::discovery::ScanResult& result);
    void refreshAdvice(core::discovery::ScanResult scan);
    void refreshAdvice();

    core::checkup::Checkup m_checkup;
    std::optional<core::knowledge::Catalog> m_catalog;
    QString m_knowledgeProblem;
    QStringList m_knowledgeNotices;
    std::unique_ptr<Advice> m_advice;
    std::vector<std::pair<std::size_t, core::discovery::Host>> m_liveHosts;  ///< by scan id, found order
    std::optional<core::discovery::RouterIgd> m_liveRouter;
    std::optional<std::string> m_interfaceName;
    bool m_readOnly = false;
    QString m_filePath;
    ScanController* m_scanner = nullptr;
};

}  // namespace voordeur::ui
