// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace voordeur::ui {

/// Everything the `voordeur` executable does: application set-up, options, main window.
int runGui(int argc, char** argv);

}  // namespace voordeur::ui
