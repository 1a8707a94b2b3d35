// SPDX-License-Identifier: EUPL-1.2
#pragma once

// moc of Qt 6.4 cannot parse the C++20 library headers (<stop_token>, <concepts>) that the core's
// headers bring in; it only needs the signatures' tokens, so it does not see them.
#ifndef Q_MOC_RUN
#include "core/discovery/Scan.h"
#endif

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>

namespace voordeur::ui {

/// Runs one scan at a time on a worker thread and reports it on the GUI thread, as it happens:
/// the core scan (real network) or the replay of a recorded household (the demo: no traffic at
/// all, same signals). Updates are coalesced, so the GUI gets at most about ten batches a second
/// however chatty the network is; each run has a generation number and late reports of an earlier
/// run are dropped. Destroying the controller stops the run and waits for the worker.
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)

public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    /// Starts a real scan (a running one is stopped first). Refused by the core when the
    /// environment sets VOORDEUR_NO_NETWORK: then failed() follows.
    void start(const core::discovery::ScanOptions& options);
    /// Replays `recorded` as if it were being found: hosts appear spread over `duration`, then the
    /// protocols finish and finished() delivers `recorded`. Sends nothing on any network.
    void startReplay(core::discovery::ScanResult recorded, std::chrono::milliseconds duration);
    /// Asks the run to stop; finished() follows quickly with what was found so far (`cancelled`).
    void cancel();

    bool isRunning() const { return m_running; }
    std::uint64_t generation() const { return m_generation; }

Q_SIGNALS:
    void started();
    /// A batch of news: hosts by scan id (new or changed), merges (from → into), protocols, router.
    void hostsChanged(const std::map<std::size_t, core::discovery::Host>& hosts);
    void hostsMerged(const std::map<std::size_t, std::size_t>& merges);
    void protocolChanged(const core::discovery::ProtocolStatus& status);
    void routerChanged(const core::discovery::RouterIgd& router);
    void finished(const core::discovery::ScanResult& result);
    void failed(core::discovery::ScanCode code, const QString& detail);

private:
    class Relay;
    void launch(std::function<void(Relay&, std::stop_token)> work);
    void deliver(std::uint64_t generation);

    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::shared_ptr<Relay> m_relay;
    std::unique_ptr<std::jthread> m_worker;
};

}  // namespace voordeur::ui
