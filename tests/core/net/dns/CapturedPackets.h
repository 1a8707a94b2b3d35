// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tests/core/TestData.h"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace voordeur::tests {

/// The UDP payload of one packet captured from avahi-daemon (tests/data/mdns/README.md).
inline std::vector<std::uint8_t> capturedPacket(const std::string& file)
{
    return readBytes(testDataPath("mdns/" + file));
}

/// Every captured packet file.
inline const std::vector<std::string>& capturedPacketFiles()
{
    static const std::vector<std::string> files {
        "announcement-ipv4.bin",
        "announcement-ipv6.bin",
        "goodbye-ipv4.bin",
        "probe-host-ipv4.bin",
        "probe-services-ipv4.bin",
        "query-host-addresses.bin",
        "query-http-legacy.bin",
        "query-ipp-qu.bin",
        "query-known-answer.bin",
        "query-services-qm.bin",
        "query-speaker-any-qu.bin",
        "response-host-addresses.bin",
        "response-http-legacy-unicast.bin",
        "response-ipp.bin",
        "response-services.bin",
        "response-speaker-any.bin",
        "response-ssh.bin",
    };
    return files;
}

}  // namespace voordeur::tests
