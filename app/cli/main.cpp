// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/CliMain.h"

int main(int argc, char** argv)
{
    return voordeur::ui::cli::runCli(argc, argv);
}
