// SPDX-License-Identifier: EUPL-1.2
#define CATCH_CONFIG_RUNNER
#include "../NetworkGuard.h"

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    voordeur::tests::switchOffNetworkUnlessIsolated();
    return Catch::Session().run(argc, argv);
}
