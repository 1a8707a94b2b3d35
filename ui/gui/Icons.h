// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/checkup/Findings.h"

#include <QIcon>
#include <QString>
#include <QStringList>

namespace voordeur::ui {

// The icons of device kinds and finding severities, drawn from the SVGs embedded under :/icons
// (resources/icons/kinds and resources/icons/severity). Kind icons are grey lines; when the
// application palette is dark (window lightness below 128) they come in a light grey instead.
// Severity icons keep their colours in both palettes and differ in shape: an octagon (urgent),
// a triangle (important), a circle (advice) and a ticked square (done).
// The icons render at any size and device pixel ratio, and are cached per palette, so a palette
// change needs nothing but a repaint. Use them on the GUI thread only.

/// The icon of a device kind from the knowledge base ("camera", "streaming-stick"); a kind
/// without an icon of its own, or an empty one, gets the "unknown device" icon.
QIcon kindIcon(const QString& kind);

/// The icon of a finding's severity.
QIcon severityIcon(core::checkup::Severity severity);

/// The check mark of a finding the household has dealt with.
QIcon doneIcon();

/// The kinds that have an icon of their own, sorted ("unknown" is the fallback, not a kind).
QStringList knownKindIcons();

/// Forgets every icon made so far, for both palettes. Optional: the cache already tells the
/// palettes apart, so this only frees what a palette change left unused.
void clearIconCache();

}  // namespace voordeur::ui
