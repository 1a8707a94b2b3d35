// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <array>

#ifndef Q_MOC_RUN
#include "core/discovery/Scan.h"
#endif

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace voordeur::ui {

class CheckupSession;

/// Step 2, "Apparaten zoeken": starts the search, shows each protocol's progress, the devices as
/// they are found and recognised, the time taken, and a Cancel that stops within a blink. Says
/// clearly when nothing was found or the network could not be used, and what to try.
class ScanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanPage)

public:
    explicit ScanPage(CheckupSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The scan is done and the household wants to see the devices (step 3).
    void continueRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ProtocolRow {
        QLabel* name = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* state = nullptr;
        core::discovery::ProtocolStatus status;
    };

    void retranslateUi();
    void start();
    void onStarted();
    void onProtocol(const core::discovery::ProtocolStatus& status);
    void onDevicesChanged();
    void onFinished();
    void onFailed(core::discovery::ScanCode code, const QString& detail);
    void showProtocol(ProtocolRow& row);
    void updateStatus();
    void setRunning(bool running);

    CheckupSession& m_session;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_devicesHeading = nullptr;
    QListWidget* m_devices = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_continue = nullptr;
    std::array<ProtocolRow, core::discovery::kProtocolCount> m_rows {};
    QElapsedTimer m_elapsed;
    QTimer* m_clock = nullptr;
    enum class Phase { Idle, Running, Done, Failed } m_phase = Phase::Idle;
    bool m_cancelled = false;
    QString m_failure;
};

}  // namespace voordeur::ui
