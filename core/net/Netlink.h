// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/NetError.h"
#include "core/util/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Bounds-checked walking of rtnetlink messages and one bounded dump request. Every function that
// takes bytes treats them as untrusted: lengths are checked before anything is read, and nothing
// assumes the buffer is aligned.
namespace voordeur::core::net::netlink {

/// One message found in a netlink buffer.
struct Message {
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::uint32_t sequence = 0;
    std::uint32_t portId = 0;
    std::span<const std::uint8_t> payload;  ///< the bytes after the header, up to nlmsg_len
};

/// One route attribute (struct rtattr) with its payload.
struct Attribute {
    std::uint16_t type = 0;
    std::span<const std::uint8_t> payload;
};

/// Rounds up to the 4-byte alignment of netlink messages and attributes.
constexpr std::size_t align4(std::size_t length)
{
    return (length + 3U) & ~std::size_t {3};
}

/// The complete messages in `buffer`, in order. Stops at the first header whose length is
/// impossible or runs past the end, so a truncated buffer yields the messages before the cut.
std::vector<Message> splitMessages(std::span<const std::uint8_t> buffer);

/// The attributes in `buffer`, or nullopt when an attribute is malformed or runs past the end.
std::optional<std::vector<Attribute>> splitAttributes(std::span<const std::uint8_t> buffer);

/// Reads a fixed-size host-order value from the start of `bytes`, if it is long enough.
std::optional<std::uint32_t> readU32(std::span<const std::uint8_t> bytes);

/// Sends one NLM_F_DUMP request of `messageType` with `familyHeader` (an ndmsg, rtmsg, ...) on a
/// fresh NETLINK_ROUTE socket and returns the reply messages of that dump, concatenated and
/// 4-byte aligned, without the final NLMSG_DONE. Bounded: gives up after `timeout` in total and
/// past a size limit; a dump the kernel marks as interrupted is retried a few times.
Result<std::vector<std::uint8_t>, NetError> dump(std::uint16_t messageType, std::span<const std::uint8_t> familyHeader,
    std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));

/// The output interface index of the IPv4 default route with the lowest metric in the main
/// table, from an RTM_GETROUTE dump. Pure.
std::optional<unsigned> parseDefaultRouteDump(std::span<const std::uint8_t> buffer);

/// The interface of the default route with the lowest metric in the text of /proc/net/route.
std::optional<std::string> parseProcNetRoute(std::string_view text);

}  // namespace voordeur::core::net::netlink
