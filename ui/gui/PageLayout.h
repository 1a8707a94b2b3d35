// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QLabel;
class QScrollArea;
class QWidget;

namespace voordeur::ui {

// Small helpers so every checkup page uses the same type scale and spacing.

/// A page's large title.
QLabel* makePageTitle(QWidget* parent);
/// A bold heading above a section of a page.
QLabel* makeSectionHeading(QWidget* parent);
/// Wrapping body text that may contain simple rich text and links.
QLabel* makeBodyLabel(QWidget* parent);
/// A frameless scroll area around content, so long Dutch texts never get cut off.
QScrollArea* wrapInScrollArea(QWidget* content);

}  // namespace voordeur::ui
