// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/GuiMain.h"

int main(int argc, char** argv)
{
    return voordeur::ui::runGui(argc, argv);
}
