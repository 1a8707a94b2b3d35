// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/RouterReader.h"

#include <miniupnpc/miniupnpc.h>
#include <miniupnpc/upnpcommands.h>

#include <atomic>
#include <cstdlib>
#include <thread>

namespace voordeur::core::discovery {

namespace {

// A router lists a handful of mappings; a hostile one could claim thousands.
constexpr int kMaxMappings = 512;

std::uint16_t toPort(const char* text)
{
    const long value = std::strtol(text, nullptr, 10);
    return value > 0 && value <= 65535 ? static_cast<std::uint16_t>(value) : 0;
}

// Frees what UPNP_GetIGDFromUrl allocated.
struct UrlsGuard {
    UPNPUrls urls {};
    ~UrlsGuard() { FreeUPNPUrls(&urls); }
};

}  // namespace

// Shared with the worker thread, which may outlive the scan by a few seconds when a router
// answers slowly (miniupnpc's calls cannot be interrupted): it owns nothing of the scan.
struct RouterReader::Shared {
    std::mutex mutex;
    RouterIgd result;
    std::string failure;
    std::atomic<bool> done {false};
    std::atomic<bool> abandon {false};
};

RouterReader::~RouterReader() = default;

bool RouterReader::start(ScanContext& context)
{
    context.setState(Protocol::Igd, ProtocolState::Waiting);
    return true;
}

void RouterReader::consider(const std::string& descriptionUrl, const std::string& routerAddress, ScanContext& context)
{
    if (m_shared) {
        return;  // one router per network
    }
    m_shared = std::make_shared<Shared>();
    m_routerAddress = routerAddress;
    context.setState(Protocol::Igd, ProtocolState::Running);
    std::thread([shared = m_shared, url = descriptionUrl] {
        UrlsGuard guard;
        IGDdatas data {};
        char lanAddress[64] = {};
        RouterIgd igd;
        igd.location = url;
        if (UPNP_GetIGDFromUrl(url.c_str(), &guard.urls, &data, lanAddress, sizeof(lanAddress)) == 0) {
            const std::lock_guard lock(shared->mutex);
            shared->failure = "UPNP_GetIGDFromUrl";
            shared->done = true;
            return;
        }
        char externalIp[40] = {};
        if (UPNP_GetExternalIPAddress(guard.urls.controlURL, data.first.servicetype, externalIp)
            == UPNPCOMMAND_SUCCESS) {
            igd.externalIp = externalIp;
        }
        int index = 0;
        for (; index < kMaxMappings && !shared->abandon; ++index) {
            char indexText[16] = {};
            std::snprintf(indexText, sizeof(indexText), "%d", index);
            char extPort[6] = {};
            char intClient[16] = {};
            char intPort[6] = {};
            char protocol[4] = {};
            char description[80] = {};
            char enabled[4] = {};
            char remoteHost[64] = {};
            char duration[16] = {};
            const int rc = UPNP_GetGenericPortMappingEntry(guard.urls.controlURL, data.first.servicetype, indexText,
                extPort, intClient, intPort, protocol, description, enabled, remoteHost, duration);
            if (rc != UPNPCOMMAND_SUCCESS) {
                // 713 SpecifiedArrayIndexInvalid: the end of the list. Anything else stops reading too.
                igd.mappingListComplete = rc == 713;
                break;
            }
            PortMapping mapping;
            mapping.protocol = protocol;
            mapping.externalPort = toPort(extPort);
            mapping.internalClient = intClient;
            mapping.internalPort = toPort(intPort);
            mapping.description = description;
            mapping.enabled = std::string_view(enabled) != "0";
            mapping.remoteHost = remoteHost;
            mapping.leaseSeconds = static_cast<std::uint32_t>(std::strtoul(duration, nullptr, 10));
            igd.mappings.push_back(std::move(mapping));
        }
        const std::lock_guard lock(shared->mutex);
        shared->result = std::move(igd);
        shared->done = true;
    }).detach();
}

void RouterReader::publish(ScanContext& context)
{
    RouterIgd igd;
    std::string failure;
    {
        const std::lock_guard lock(m_shared->mutex);
        igd = m_shared->result;
        failure = m_shared->failure;
    }
    m_published = true;
    if (!failure.empty()) {
        context.setState(Protocol::Igd, ProtocolState::Unavailable, failure);
        return;
    }
    context.countAnswer(Protocol::Igd);
    for (const PortMapping& mapping : igd.mappings) {
        if (!context.onLink(mapping.internalClient)) {
            continue;
        }
        context.observe(mapping.internalClient, Protocol::Igd, ObservationKind::PortMapping,
            mapping.protocol + " " + std::to_string(mapping.externalPort) + "->"
                + std::to_string(mapping.internalPort));
    }
    context.setRouter(std::move(igd));
    context.setState(Protocol::Igd, ProtocolState::Done);
}

void RouterReader::onTick(ScanContext& context)
{
    if (m_shared && !m_published && m_shared->done) {
        publish(context);
    }
}

Clock::time_point RouterReader::nextWakeup() const
{
    // The worker cannot wake the loop; look every 20 ms while it runs.
    return m_shared && !m_published ? Clock::now() + std::chrono::milliseconds(20) : Clock::time_point::max();
}

bool RouterReader::finished() const
{
    return !m_shared || m_published;
}

void RouterReader::finish(ScanContext& context)
{
    onTick(context);
    if (m_shared && !m_published) {
        m_shared->abandon = true;  // the detached worker stops at its next step
        context.setState(Protocol::Igd, ProtocolState::Unavailable, "router did not answer in time");
    } else if (!m_shared) {
        context.setState(Protocol::Igd, ProtocolState::Done);
    }
}

}  // namespace voordeur::core::discovery
