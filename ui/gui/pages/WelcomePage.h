// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace voordeur::ui {

/// Step 1: what the checkup does, what it sends over the network and what it never sends; the
/// network to search, the consent to search it, and the two opt-ins (open-service check, leak check).
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    bool scanConsent() const;
    bool serviceCheckConsent() const;
    bool breachLookupConsent() const;
    /// The chosen interface; nullopt: the default route's.
    std::optional<std::string> interfaceName() const;
    /// Unticks everything again (a new checkup).
    void reset();

signals:
    void startRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillInterfaces();
    void updateStart();

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_doesHeading = nullptr;
    QLabel* m_does = nullptr;
    QLabel* m_sendsHeading = nullptr;
    QLabel* m_sends = nullptr;
    QLabel* m_neverHeading = nullptr;
    QLabel* m_never = nullptr;
    QLabel* m_beforeHeading = nullptr;
    QLabel* m_networkLabel = nullptr;
    QComboBox* m_network = nullptr;
    QCheckBox* m_consentScan = nullptr;
    QLabel* m_consentScanNote = nullptr;
    QCheckBox* m_consentServices = nullptr;
    QLabel* m_consentServicesNote = nullptr;
    QCheckBox* m_consentBreach = nullptr;
    QLabel* m_consentBreachNote = nullptr;
    QPushButton* m_start = nullptr;
};

}  // namespace voordeur::ui
