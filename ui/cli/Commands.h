// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/cli/CliApplication.h"

#include <vector>

namespace voordeur::ui::cli {

/// Every subcommand of voordeur-cli, in the order --help lists them.
std::vector<Command> allCommands();

}  // namespace voordeur::ui::cli
