// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Test programs must never send discovery traffic on the machine's own network. Unless the
// program runs inside the isolated namespace that tests/core/run-in-netns.sh makes (which records
// the namespace it came from in VOORDEUR_HOST_NETNS), network use is switched off for the whole
// process through VOORDEUR_NO_NETWORK, which scan() honours.

#include <net/if.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace voordeur::tests {

/// Whether this process runs in a network namespace of its own holding only loopback.
inline bool inIsolatedNamespace()
{
    const char* host = std::getenv("VOORDEUR_HOST_NETNS");
    char own[64] = {};
    if (host == nullptr || readlink("/proc/self/ns/net", own, sizeof(own) - 1) <= 0 || std::string(own) == host) {
        return false;
    }
    struct if_nameindex* names = if_nameindex();
    if (names == nullptr) {
        return false;
    }
    bool onlyLoopback = true;
    for (const struct if_nameindex* n = names; n->if_index != 0; ++n) {
        onlyLoopback = onlyLoopback && std::string(n->if_name) == "lo";
    }
    if_freenameindex(names);
    return onlyLoopback;
}

/// Call first thing in a test main.
inline void switchOffNetworkUnlessIsolated()
{
    if (!inIsolatedNamespace()) {
        setenv("VOORDEUR_NO_NETWORK", "1", 1);
    } else {
        unsetenv("VOORDEUR_NO_NETWORK");
    }
}

}  // namespace voordeur::tests
