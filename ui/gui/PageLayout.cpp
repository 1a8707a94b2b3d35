// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/PageLayout.h"

#include <QFont>
#include <QLabel>
#include <QScrollArea>

namespace voordeur::ui {

namespace {

QFont scaledFont(const QWidget* reference, double factor, bool bold)
{
    QFont font = reference->font();
    // Scale from the user's own font size so system font scaling is respected.
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

}  // namespace

QLabel* makePageTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setFont(scaledFont(label, 1.6, true));
    label->setWordWrap(true);
    return label;
}

QLabel* makeSectionHeading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setFont(scaledFont(label, 1.15, true));
    label->setWordWrap(true);
    return label;
}

QLabel* makeBodyLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QScrollArea* wrapInScrollArea(QWidget* content)
{
    // Lines longer than about 90 characters are hard to read; keep pages at a readable width.
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 110);
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

}  // namespace voordeur::ui
