// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/HostTable.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace voordeur::core::discovery {

namespace {

// Sort key: family (IPv4 first), then the address bytes, then the text.
std::tuple<int, std::array<unsigned char, 16>, std::string> addressKey(const std::string& address)
{
    std::array<unsigned char, 16> bytes {};
    if (inet_pton(AF_INET, address.c_str(), bytes.data()) == 1) {
        return {4, bytes, address};
    }
    const std::string withoutZone = address.substr(0, address.find('%'));
    if (inet_pton(AF_INET6, withoutZone.c_str(), bytes.data()) == 1) {
        return {6, bytes, address};
    }
    return {9, bytes, address};
}

template <typename T> void appendUnique(std::vector<T>& into, const std::vector<T>& from)
{
    for (const T& value : from) {
        addUnique(into, value);
    }
}

}  // namespace

void sortAddresses(std::vector<std::string>& addresses)
{
    std::sort(addresses.begin(), addresses.end(),
        [](const std::string& a, const std::string& b) { return addressKey(a) < addressKey(b); });
}

HostTable::HostId HostTable::resolve(HostId id) const
{
    while (m_mergedInto.at(id) != id) {
        id = m_mergedInto.at(id);
    }
    return id;
}

std::optional<HostTable::HostId> HostTable::find(const std::string& address) const
{
    const auto it = m_byAddress.find(address);
    if (it == m_byAddress.end()) {
        return std::nullopt;
    }
    return resolve(it->second);
}

void HostTable::addAddress(HostId id, const std::string& address)
{
    Host& h = m_hosts.at(id);
    if (addUnique(h.addresses, address)) {
        sortAddresses(h.addresses);
    }
    m_byAddress[address] = id;
}

HostTable::HostId HostTable::hostFor(const std::string& address)
{
    if (const auto existing = find(address)) {
        return *existing;
    }
    const HostId id = m_hosts.size();
    m_hosts.emplace_back();
    m_mergedInto.push_back(id);
    ++m_live;
    addAddress(id, address);
    return id;
}

HostTable::HostId HostTable::bindMac(const std::string& address, const net::MacAddress& mac)
{
    HostId id = hostFor(address);
    const auto byMac = m_byMac.find(mac);
    if (byMac != m_byMac.end() && resolve(byMac->second) != id) {
        id = merge(resolve(byMac->second), id);
    }
    Host& h = m_hosts.at(id);
    if (!h.mac) {
        h.mac = mac;
        h.macRandomised = mac.locallyAdministered();
    }
    m_byMac[mac] = id;
    return id;
}

HostTable::HostId HostTable::bindAddresses(const std::string& knownAddress, const std::string& otherAddress)
{
    const HostId known = hostFor(knownAddress);
    const auto other = find(otherAddress);
    if (!other) {
        addAddress(known, otherAddress);
        return known;
    }
    if (*other == known) {
        return known;
    }
    // Two hosts with different MACs are two devices, whatever a name record claims.
    const Host& a = m_hosts.at(known);
    const Host& b = m_hosts.at(*other);
    if (a.mac && b.mac && *a.mac != *b.mac) {
        return known;
    }
    return merge(known, *other);
}

HostTable::HostId HostTable::merge(HostId keep, HostId drop)
{
    keep = resolve(keep);
    drop = resolve(drop);
    if (keep == drop) {
        return keep;
    }
    Host& into = m_hosts.at(keep);
    Host& from = m_hosts.at(drop);
    for (const std::string& address : from.addresses) {
        addUnique(into.addresses, address);
        m_byAddress[address] = keep;
    }
    sortAddresses(into.addresses);
    if (!into.mac && from.mac) {
        into.mac = from.mac;
        into.macRandomised = from.macRandomised;
        into.macVendor = from.macVendor;
    }
    if (into.mac) {
        m_byMac[*into.mac] = keep;
    }
    appendUnique(into.hostnames, from.hostnames);
    appendUnique(into.mdns, from.mdns);
    appendUnique(into.upnp, from.upnp);
    appendUnique(into.wsd, from.wsd);
    appendUnique(into.openPorts, from.openPorts);
    into.observations.insert(into.observations.end(), from.observations.begin(), from.observations.end());
    std::stable_sort(into.observations.begin(), into.observations.end(),
        [](const Observation& a, const Observation& b) { return a.at < b.at; });
    from = Host {};
    m_mergedInto.at(drop) = keep;
    return keep;
}

std::vector<HostTable::HostId> HostTable::liveIds() const
{
    std::vector<HostId> live;
    live.reserve(m_live);
    for (HostId id = 0; id < m_hosts.size(); ++id) {
        if (m_mergedInto[id] == id) {
            live.push_back(id);
        }
    }
    return live;
}

std::vector<HostTable::HostId> HostTable::ids() const
{
    std::vector<HostId> live;
    for (HostId id = 0; id < m_hosts.size(); ++id) {
        if (m_mergedInto[id] == id) {
            live.push_back(id);
        }
    }
    std::sort(live.begin(), live.end(), [this](HostId a, HostId b) {
        const auto& ha = m_hosts[a].addresses;
        const auto& hb = m_hosts[b].addresses;
        if (ha.empty() || hb.empty()) {
            return ha.size() > hb.size();
        }
        return addressKey(ha.front()) < addressKey(hb.front());
    });
    return live;
}

std::vector<Host> HostTable::hosts() const
{
    std::vector<Host> result;
    for (const HostId id : ids()) {
        result.push_back(m_hosts[id]);
    }
    return result;
}

}  // namespace voordeur::core::discovery
