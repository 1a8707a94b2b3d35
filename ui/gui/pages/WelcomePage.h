// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace voordeur::ui {

/// Step 1: what the checkup does, what it sends over the network and what it never sends.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void startRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_doesHeading = nullptr;
    QLabel* m_does = nullptr;
    QLabel* m_sendsHeading = nullptr;
    QLabel* m_sends = nullptr;
    QLabel* m_neverHeading = nullptr;
    QLabel* m_never = nullptr;
    QPushButton* m_start = nullptr;
};

}  // namespace voordeur::ui
