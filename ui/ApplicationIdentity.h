// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QIcon;

namespace voordeur::ui {

/// Sets the organisation, application name, version and desktop file name both
/// executables share, so QSettings and the desktop find the same Voordeur.
void setApplicationIdentity();

/// The application icon, embedded from resources/icons.
QIcon applicationIcon();

}  // namespace voordeur::ui
