// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace voordeur::ui::cli {

/// Everything the `voordeur-cli` executable does.
int runCli(int argc, char** argv);

}  // namespace voordeur::ui::cli
