// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace voordeur::ui {

/// Paints a checkup step as a numbered badge and its title, so the step numbers a helpdesk
/// refers to stand out. The item's display text keeps the number for screen readers.
class StepListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepListDelegate)

public:
    /// Item data roles the delegate reads besides Qt::DisplayRole.
    enum Role { StepNumberRole = Qt::UserRole + 1, StepTitleRole };

    explicit StepListDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace voordeur::ui
