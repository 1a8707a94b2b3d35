// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

namespace voordeur::core::net {

/// Why reading interfaces, routes or neighbours failed; the UI words them.
enum class NetCode {
    NoSuchInterface,   ///< detail: the interface name or index asked for
    InterfaceDown,     ///< detail: the interface name
    NoIpv4Address,     ///< detail: the interface name
    NoDefaultRoute,    ///< no IPv4 default route in the main table
    SystemError,       ///< detail: the failing call and its errno text
    PermissionDenied,  ///< detail: the failing call
    Timeout,           ///< the kernel did not answer a netlink request in time
    MalformedReply,    ///< detail: what was wrong with a netlink reply
};

using NetError = Error<NetCode>;

}  // namespace voordeur::core::net
