// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/gui/CheckupStep.h"

#include <QWidget>

class QLabel;

namespace voordeur::ui {

/// A step that this version of Voordeur cannot do yet: says what the step will do, so the
/// numbered steps are complete and a helpdesk can already refer to them.
class UpcomingStepPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpcomingStepPage)

public:
    explicit UpcomingStepPage(CheckupStep step, QWidget* parent = nullptr);

    CheckupStep step() const { return m_step; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString purpose() const;

    CheckupStep m_step;
    QLabel* m_title = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace voordeur::ui
