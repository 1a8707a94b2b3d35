// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Evidence.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace voordeur::core::discovery {

/// Merges evidence into one Host per device: by MAC address first, then by IP address,
/// so a device's IPv4 and IPv6 addresses and everything said about them end up together.
class HostTable final
{
public:
    using HostId = std::size_t;

    /// The host an address belongs to, created when the address is new.
    HostId hostFor(const std::string& address);

    /// Ties an address to a MAC: merges two hosts when they turn out to be one device.
    HostId bindMac(const std::string& address, const net::MacAddress& mac);

    /// Ties a second address to the host of a first one (e.g. A and AAAA of one mDNS host name).
    HostId bindAddresses(const std::string& knownAddress, const std::string& otherAddress);

    Host& host(HostId id) { return m_hosts.at(resolve(id)); }
    const Host& host(HostId id) const { return m_hosts.at(resolve(id)); }

    /// Whether any host has this address.
    bool knows(const std::string& address) const { return m_byAddress.contains(address); }

    /// The host with this address, if any.
    std::optional<HostId> find(const std::string& address) const;

    /// The live hosts (merged-away ones skipped), IPv4 hosts in address order first.
    std::vector<Host> hosts() const;

    /// The ids of live hosts, in the order hosts() gives them (sorted: not for hot loops).
    std::vector<HostId> ids() const;

    /// The ids of live hosts in the order they were found (cheap).
    std::vector<HostId> liveIds() const;

    /// How many live hosts there are (cheap).
    std::size_t size() const { return m_live; }

    /// Id of the host an id was merged into (ids stay valid across merges).
    HostId resolve(HostId id) const;

private:
    HostId merge(HostId keep, HostId drop);
    void addAddress(HostId id, const std::string& address);

    std::vector<Host> m_hosts;
    std::vector<HostId> m_mergedInto;  ///< self for live hosts
    std::map<std::string, HostId> m_byAddress;
    std::map<net::MacAddress, HostId> m_byMac;
    std::size_t m_live = 0;
};

/// Adds `value` to `list` unless an equal element is there already; returns whether it was added.
template <typename T> bool addUnique(std::vector<T>& list, const T& value)
{
    for (const T& existing : list) {
        if (existing == value) {
            return false;
        }
    }
    list.push_back(value);
    return true;
}

/// Sorts addresses: IPv4 before IPv6, IPv4 numerically.
void sortAddresses(std::vector<std::string>& addresses);

}  // namespace voordeur::core::discovery
