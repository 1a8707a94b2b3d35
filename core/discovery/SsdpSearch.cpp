// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/SsdpSearch.h"

#include "core/discovery/RouterReader.h"
#include "core/discovery/ssdp/SsdpMessage.h"
#include "core/discovery/upnp/DescriptionUrl.h"
#include "core/discovery/upnp/DeviceDescription.h"
#include "core/discovery/upnp/TextRules.h"

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
    // UPnP Device Architecture: multicast TTL 2 by default.
    if (const auto problem = m_channel.open({kSsdpPort, kGroupV4, kGroupV6, 2}, context)) {
        context.setState(Protocol::Ssdp, ProtocolState::Unavailable, *problem);
        return false;
    }
    context.setState(Protocol::Ssdp, ProtocolState::Running);
    m_nextRound = context.start();
    onTick(context);
    return true;
}

void SsdpSearch::addPollFds(std::vector<curl_waitfd>& fds) const
{
    m_channel.addPollFds(fds);
}

void SsdpSearch::onEvents(int fd, short /*events*/, ScanContext& context)
{
    m_channel.drain(
        fd, context, Protocol::Ssdp, [this, &context](const net::Datagram& datagram, const std::string& sender) {
            handle(datagram, sender, context);
        });
}

void SsdpSearch::sendSearches(ScanContext& context)
{
    for (const char* target : {"ssdp:all", "upnp:rootdevice"}) {
        m_channel.sendToGroup(
            context, [target](int family) { return ssdp::buildMSearch(target, kMx, family == AF_INET6); });
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

void SsdpSearch::handle(const net::Datagram& datagram, const std::string& sender, ScanContext& context)
{
    const auto message = ssdp::parseSsdp(datagramText(datagram));
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
        device->httpServer = upnp::boundedText(upnp::trimBlanks(result->server), 256);
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
