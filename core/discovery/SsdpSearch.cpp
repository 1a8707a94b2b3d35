// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/SsdpSearch.h"

#include "core/discovery/RouterReader.h"
#include "core/discovery/ssdp/SsdpMessage.h"
#include "core/discovery/upnp/DescriptionUrl.h"
#include "core/discovery/upnp/DeviceDescription.h"

#include <curl/curl.h>

#include <algorithm>

namespace voordeur::core::discovery {

namespace {

using namespace std::chrono_literals;

constexpr std::uint16_t kSsdpPort = 1900;
constexpr const char* kGroupV4 = "239.255.255.250";
constexpr const char* kGroupV6 = "ff02::c";
constexpr int kMx = 1;
constexpr int kRounds = 2;
constexpr auto kRoundGap = 300ms;
// Devices answer within MX seconds; allow a little for the network.
constexpr auto kAnswerWindow = std::chrono::milliseconds(kMx * 1000 + 150);
constexpr std::size_t kMaxDevices = 512;

bool isGateway(std::string_view type)
{
    return type.find("InternetGatewayDevice") != std::string_view::npos;
}

void collectServices(const upnp::Device& device, UpnpDevice& into, bool root)
{
    if (!root) {
        addUnique(into.embeddedDeviceTypes, device.deviceType);
    }
    for (const upnp::Service& service : device.services) {
        addUnique(into.services, UpnpService {service.serviceType, service.serviceId});
    }
    for (const upnp::Device& embedded : device.embedded) {
        collectServices(embedded, into, false);
    }
}

// A root device and its embedded devices answer with their own UDNs but one LOCATION: the
// description at that location is the unit Voordeur keeps.
UpnpDevice* findByLocation(Host& host, const std::string& location)
{
    const auto it
        = std::find_if(host.upnp.begin(), host.upnp.end(), [&](const UpnpDevice& d) { return d.location == location; });
    return it == host.upnp.end() ? nullptr : &*it;
}

}  // namespace

bool SsdpSearch::start(ScanContext& context)
{
    net::UdpSocket::Config search;
    search.interfaceIndex = context.networkInterface().index;
    search.multicastHops = 2;  // UPnP Device Architecture: TTL 2 by default
    net::UdpSocket::Config listen = search;
    listen.port = kSsdpPort;
    listen.reusePort = true;

    std::vector<int> families = {AF_INET};
    if (context.options().ipv6) {
        families.push_back(AF_INET6);
    }
    for (const int family : families) {
        search.family = family;
        listen.family = family;
        listen.groups = {family == AF_INET ? kGroupV4 : kGroupV6};
        if (auto socket = net::UdpSocket::open(search)) {
            m_searchSockets.push_back(std::move(socket).value());
        } else if (family == AF_INET) {
            context.setState(Protocol::Ssdp, ProtocolState::Unavailable, socket.error().detail);
            return false;
        }
        // Listening for NOTIFY is a bonus: without it (port taken without reuse) searching still works.
        if (auto socket = net::UdpSocket::open(listen)) {
            m_listenSockets.push_back(std::move(socket).value());
        }
    }
    context.setState(Protocol::Ssdp, ProtocolState::Running);
    m_nextRound = context.start();
    onTick(context);
    return true;
}

void SsdpSearch::addPollFds(std::vector<curl_waitfd>& fds) const
{
    for (const auto* sockets : {&m_searchSockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            fds.push_back(curl_waitfd {socket.fd(), CURL_WAIT_POLLIN, 0});
        }
    }
}

void SsdpSearch::onEvents(int fd, short /*events*/, ScanContext& context)
{
    for (const auto* sockets : {&m_searchSockets, &m_listenSockets}) {
        for (const net::UdpSocket& socket : *sockets) {
            if (socket.fd() != fd) {
                continue;
            }
            for (int i = 0; i < 64; ++i) {
                const auto datagram = socket.receive(context.receiveBuffer());
                if (!datagram) {
                    break;
                }
                handle(*datagram, context);
            }
        }
    }
}

void SsdpSearch::sendSearches(ScanContext& context)
{
    for (const net::UdpSocket& socket : m_searchSockets) {
        const bool v6 = socket.family() == AF_INET6;
        const auto to = net::Endpoint::make(v6 ? kGroupV6 : kGroupV4, kSsdpPort, context.networkInterface().index);
        if (!to) {
            continue;
        }
        for (const char* target : {"ssdp:all", "upnp:rootdevice"}) {
            socket.sendTo(ssdp::buildMSearch(target, kMx, v6), *to);
        }
    }
    m_lastSearch = Clock::now();
}

void SsdpSearch::onTick(ScanContext& context)
{
    if (m_rounds < kRounds && Clock::now() >= m_nextRound) {
        sendSearches(context);
        ++m_rounds;
        m_nextRound = Clock::now() + kRoundGap;
    }
}

Clock::time_point SsdpSearch::nextWakeup() const
{
    return m_rounds < kRounds ? m_nextRound : Clock::time_point::max();
}

bool SsdpSearch::finished() const
{
    return m_rounds >= kRounds && Clock::now() >= m_lastSearch + kAnswerWindow && m_pendingFetches == 0;
}

void SsdpSearch::handle(const net::Datagram& datagram, ScanContext& context)
{
    if (datagram.interfaceIndex != 0 && datagram.interfaceIndex != context.networkInterface().index) {
        return;
    }
    const std::string sender = datagram.from.address();
    if (!context.onLink(sender)) {
        return;
    }
    if (datagram.truncated) {
        context.countMalformed(Protocol::Ssdp);
        return;
    }
    const std::string_view text(reinterpret_cast<const char*>(datagram.bytes.data()),  // NOLINT
        datagram.bytes.size());
    const auto message = ssdp::parseSsdp(text);
    if (!message) {
        context.countMalformed(Protocol::Ssdp);
        return;
    }
    if (message->kind == ssdp::SsdpKind::SearchRequest) {
        return;  // someone else searching
    }
    context.countAnswer(Protocol::Ssdp);
    const std::string udn = ssdp::udnFromUsn(message->usn);
    if (message->kind == ssdp::SsdpKind::NotifyByebye) {
        if (context.hosts().knows(sender)) {
            context.observe(sender, Protocol::Ssdp, ObservationKind::SsdpByebye, udn);
        }
        return;
    }
    if (message->location.empty()) {
        context.countMalformed(Protocol::Ssdp);
        return;
    }
    const std::string& key = message->location;
    if (!m_devices.contains(key) && (m_devices.size() >= kMaxDevices || !context.roomForHosts())) {
        return;
    }
    const bool response = message->kind == ssdp::SsdpKind::SearchResponse;
    const HostTable::HostId id = context.observe(
        sender, Protocol::Ssdp, response ? ObservationKind::SsdpResponse : ObservationKind::SsdpNotify, udn);
    Host& host = context.hosts().host(id);
    // Only the upnp:rootdevice answer names the root's UDN; the description confirms it later.
    const bool rootAnswer = message->searchTarget == "upnp:rootdevice";
    UpnpDevice* device = findByLocation(host, message->location);
    if (device == nullptr) {
        UpnpDevice added;
        added.udn = rootAnswer ? udn : std::string();
        added.location = message->location;
        added.server = message->server;
        host.upnp.push_back(std::move(added));
        context.changed(id);
    } else {
        if (device->udn.empty() && rootAnswer) {
            device->udn = udn;
            context.changed(id);
        }
        if (device->server.empty() && !message->server.empty()) {
            device->server = message->server;
            context.changed(id);
        }
    }
    RootDevice& root = m_devices[key];
    root.address = sender;
    if (isGateway(message->searchTarget)) {
        if (const auto url = upnp::checkDescriptionUrl(message->location, sender)) {
            m_router.consider(url->url, sender, context);
        }
    }
    if (!root.fetchStarted) {
        root.fetchStarted = true;
        fetchDescription(key, message->location, context);
    }
}

void SsdpSearch::fetchDescription(const std::string& key, const std::string& location, ScanContext& context)
{
    const std::string sender = m_devices.at(key).address;
    const auto url = upnp::checkDescriptionUrl(location, sender);
    if (!url) {
        context.countRefused(Protocol::Ssdp);
        return;
    }
    net::HttpRequest request;
    request.url = url->url;
    request.maxBytes = 256 * 1024;
    request.timeout = std::chrono::milliseconds(3000);
    ++m_pendingFetches;
    context.http().add(request, [this, &context, sender, location](net::HttpResult result) {
        --m_pendingFetches;
        if (!result) {
            context.countRefused(Protocol::Ssdp);
            return;
        }
        const auto description = upnp::parseDescription(result->body);
        if (!description) {
            context.countMalformed(Protocol::Ssdp);
            return;
        }
        const upnp::Device& root = description->root;
        const HostTable::HostId id
            = context.observe(sender, Protocol::Ssdp, ObservationKind::UpnpDescription, root.udn);
        Host& host = context.hosts().host(id);
        // The same root device reached at a second location (IPv4 and IPv6, say) is kept once.
        if (!root.udn.empty() && std::any_of(host.upnp.begin(), host.upnp.end(), [&](const UpnpDevice& d) {
                return d.described && d.udn == root.udn && d.location != location;
            })) {
            std::erase_if(host.upnp, [&](const UpnpDevice& d) { return !d.described && d.location == location; });
            return;
        }
        UpnpDevice* device = findByLocation(host, location);
        if (device == nullptr) {
            host.upnp.push_back(UpnpDevice {});
            device = &host.upnp.back();
            device->location = location;
        }
        device->udn = root.udn.empty() ? device->udn : root.udn;
        device->deviceType = root.deviceType;
        device->friendlyName = root.friendlyName;
        device->manufacturer = root.manufacturer;
        device->manufacturerUrl = root.manufacturerUrl;
        device->modelName = root.modelName;
        device->modelNumber = root.modelNumber;
        device->modelDescription = root.modelDescription;
        device->serialNumber = root.serialNumber;
        device->presentationUrl = root.presentationUrl;
        collectServices(root, *device, true);
        device->described = true;
        context.changed(id);
        if (isGateway(root.deviceType)) {
            if (const auto checked = upnp::checkDescriptionUrl(location, sender)) {
                m_router.consider(checked->url, sender, context);
            }
        }
    });
}

}  // namespace voordeur::core::discovery
