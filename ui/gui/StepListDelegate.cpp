// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/StepListDelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace voordeur::ui {

StepListDelegate::StepListDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QSize StepListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int height = std::max(base.height(), option.fontMetrics.height() * 2 + 8);
    return {base.width() + option.fontMetrics.height() * 2, height};
}

void StepListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QPalette& palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRectF row = QRectF(option.rect).adjusted(2, 2, -2, -2);

    if (selected || hovered) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(selected ? 0.18F : 0.08F);
        QPainterPath background;
        background.addRoundedRect(row, 6, 6);
        painter->fillPath(background, tint);
    }

    const int fontHeight = option.fontMetrics.height();
    const qreal badgeSize = fontHeight * 1.6;
    const QRectF badge(row.left() + fontHeight * 0.5, row.center().y() - badgeSize / 2, badgeSize, badgeSize);
    const QColor accent = palette.color(QPalette::Highlight);
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
    } else {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1.5));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawEllipse(badge);

    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text));
    painter->drawText(badge, Qt::AlignCenter, index.data(StepNumberRole).toString());

    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF text = row.adjusted(badge.right() - row.left() + fontHeight * 0.6, 0, -4, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, index.data(StepTitleRole).toString());

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(accent, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(row, 6, 6);
    }
    painter->restore();
}

}  // namespace voordeur::ui
