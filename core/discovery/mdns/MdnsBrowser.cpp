// SPDX-License-Identifier: EUPL-1.2
#include "core/discovery/mdns/MdnsBrowser.h"

#include "core/discovery/MulticastChannel.h"
#include "core/net/dns/Codec.h"
#include "core/util/Utf8.h"

#include <curl/curl.h>

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace voordeur::core::discovery::mdns {

namespace {

using namespace std::chrono_literals;

constexpr std::uint16_t kMdnsPort = 5353;
constexpr const char* kGroupV4 = "224.0.0.251";
constexpr const char* kGroupV6 = "ff02::fb";
// Query rounds after the start; answers come within ~120 ms (RFC 6762 §6), shared records
// sometimes up to 500 ms later.
constexpr std::array kRoundTimes = {0ms, 120ms, 350ms, 900ms, 1800ms, 3600ms};
constexpr auto kLastRequiredRound = 3U;
constexpr auto kAnswerWindow = 300ms;
constexpr auto kFollowUpInterval = 250ms;
constexpr int kMaxAsks = 3;
// A home network has a few dozen services; a flood of made-up ones is cut off here.
constexpr std::size_t kMaxTypes = 256;
constexpr std::size_t kMaxInstances = 1024;
constexpr std::size_t kMaxHostRecords = 1024;
constexpr std::size_t kMaxAddressesPerName = 16;
// Stay within one Ethernet frame's payload.
constexpr std::size_t kMaxQueryBytes = 1400;

// Service types asked for directly, besides those the enumeration reveals: devices that do not
// answer the enumeration are still found.
constexpr std::array kCommonTypes = {
    "_http._tcp",
    "_ipp._tcp",
    "_ipps._tcp",
    "_printer._tcp",
    "_pdl-datastream._tcp",
    "_airplay._tcp",
    "_raop._tcp",
    "_googlecast._tcp",
    "_spotify-connect._tcp",
    "_sonos._tcp",
    "_hap._tcp",
    "_homekit._tcp",
    "_hue._tcp",
    "_smb._tcp",
    "_afpovertcp._tcp",
    "_device-info._tcp",
    "_workstation._tcp",
    "_ssh._tcp",
    "_sftp-ssh._tcp",
    "_scanner._tcp",
    "_uscan._tcp",
    "_matter._tcp",
    "_matterc._udp",
    "_amzn-wplay._tcp",
    "_androidtvremote2._tcp",
    "_companion-link._tcp",
    "_sleep-proxy._udp",
    "_rdlink._tcp",
    "_miio._udp",
    "_shelly._tcp",
    "_esphomelib._tcp",
    "_nvstream._tcp",
    "_daap._tcp",
    "_webdav._tcp",
    "_ftp._tcp",
};

std::string keyOf(const dns::Name& name)
{
    std::string key;
    for (const std::string& label : name.labels) {
        for (const char c : label) {
            key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        key += '\0';
    }
    return key;
}

const dns::Name& servicesName()
{
    static const dns::Name name = dns::Name::fromLabels({"_services", "_dns-sd", "_udp", "local"});
    return name;
}

bool isLocalServiceType(const dns::Name& name)
{
    // "_ipp._tcp.local": two labels and "local", the second one _tcp or _udp.
    if (name.labels.size() != 3 || !dns::equalsIgnoreAsciiCase(name.labels[2], "local")) {
        return false;
    }
    return dns::equalsIgnoreAsciiCase(name.labels[1], "_tcp") || dns::equalsIgnoreAsciiCase(name.labels[1], "_udp");
}

std::optional<dns::Name> typeOfInstance(const dns::Name& name)
{
    if (name.labels.size() != 4) {
        return std::nullopt;
    }
    dns::Name type;
    type.labels.assign(name.labels.begin() + 1, name.labels.end());
    if (!isLocalServiceType(type)) {
        return std::nullopt;
    }
    return type;
}

std::string typeText(const dns::Name& type)
{
    // "_ipp._tcp", without ".local".
    return toValidUtf8(type.labels.at(0) + "." + type.labels.at(1));
}

std::string hostText(const dns::Name& name)
{
    std::string text;
    for (const std::string& label : name.labels) {
        if (!text.empty()) {
            text += '.';
        }
        text += label;
    }
    return toValidUtf8(text);
}

std::string addressText(const dns::ResourceRecord& record)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (const auto* v4 = std::get_if<dns::ResourceRecord::Ipv4>(&record.data)) {
        inet_ntop(AF_INET, v4->data(), text, sizeof(text));
    } else if (const auto* v6 = std::get_if<dns::ResourceRecord::Ipv6>(&record.data)) {
        inet_ntop(AF_INET6, v6->data(), text, sizeof(text));
    }
    return text;
}

dns::Question question(const dns::Name& name, dns::RecordType type, bool unicastResponse)
{
    dns::Question q;
    q.name = name;
    q.type = static_cast<std::uint16_t>(type);
    q.unicastResponse = unicastResponse;
    return q;
}

}  // namespace

bool MdnsBrowser::start(ScanContext& context)
{
    const auto& options = context.options();
    net::UdpSocket::Config config;
    config.port = kMdnsPort;
    config.reusePort = true;
    config.interfaceIndex = context.networkInterface().index;
    config.multicastHops = 255;  // RFC 6762 §11
    config.family = AF_INET;
    config.groups = {kGroupV4};
    auto v4 = net::UdpSocket::open(config);
    if (!v4) {
        context.setState(Protocol::Mdns, ProtocolState::Unavailable, v4.error().detail);
        return false;
    }
    m_sockets.push_back(std::move(v4).value());
    if (options.ipv6) {
        config.family = AF_INET6;
        config.groups = {kGroupV6};
        if (auto v6 = net::UdpSocket::open(config)) {
            m_sockets.push_back(std::move(v6).value());
        }
    }
    for (const char* type : kCommonTypes) {
        const auto name = dns::Name::fromString(std::string(type) + ".local");
        if (name) {
            m_types.emplace(keyOf(*name), *name);
        }
    }
    m_start = context.start();
    m_nextTick = m_start;
    context.setState(Protocol::Mdns, ProtocolState::Running);
    onTick(context);
    return true;
}

void MdnsBrowser::addPollFds(std::vector<curl_waitfd>& fds) const
{
    for (const net::UdpSocket& socket : m_sockets) {
        fds.push_back(curl_waitfd {socket.fd(), CURL_WAIT_POLLIN, 0});
    }
}

void MdnsBrowser::onEvents(int fd, short /*events*/, ScanContext& context)
{
    for (const net::UdpSocket& socket : m_sockets) {
        if (socket.fd() != fd) {
            continue;
        }
        // Drain what is waiting, bounded so a flood cannot starve the other protocols.
        for (int i = 0; i < 64; ++i) {
            const auto datagram = socket.receive(context.receiveBuffer());
            if (!datagram) {
                break;
            }
            handle(*datagram, context);
        }
    }
}

void MdnsBrowser::sendQuestions(
    ScanContext& context, std::vector<dns::Question> questions, const std::vector<dns::ResourceRecord>& knownAnswers)
{
    // Split into packets of at most kMaxQueryBytes; known answers go with the last packet.
    std::vector<dns::Question> batch;
    const auto send = [&](const std::vector<dns::ResourceRecord>& answers) {
        if (batch.empty()) {
            return;
        }
        std::vector<std::uint8_t> packet = dns::encodeQuery(0, batch, answers);
        if (packet.empty() || packet.size() > kMaxQueryBytes) {
            packet = dns::encodeQuery(0, batch);
        }
        for (const net::UdpSocket& socket : m_sockets) {
            const auto to = net::Endpoint::make(
                socket.family() == AF_INET ? kGroupV4 : kGroupV6, kMdnsPort, context.networkInterface().index);
            if (to) {
                socket.sendTo(packet, *to);
            }
        }
        batch.clear();
    };
    std::size_t size = 12;
    for (dns::Question& q : questions) {
        const std::size_t cost = q.name.wireLength() + 4;
        if (size + cost > kMaxQueryBytes - 200) {
            send({});
            size = 12;
        }
        batch.push_back(std::move(q));
        size += cost;
    }
    std::vector<dns::ResourceRecord> answers = knownAnswers;
    if (answers.size() > 20) {
        answers.resize(20);
    }
    send(answers);
}

void MdnsBrowser::sendRound(ScanContext& context, bool unicastResponse)
{
    std::vector<dns::Question> questions;
    questions.push_back(question(servicesName(), dns::RecordType::PTR, unicastResponse));
    for (const auto& [key, type] : m_types) {
        questions.push_back(question(type, dns::RecordType::PTR, unicastResponse));
    }
    m_typesToBrowse.clear();
    sendQuestions(
        context, std::move(questions), unicastResponse ? std::vector<dns::ResourceRecord> {} : m_knownPointers);
}

void MdnsBrowser::sendFollowUps(ScanContext& context)
{
    const Clock::time_point now = Clock::now();
    std::vector<dns::Question> questions;
    for (const std::string& key : m_typesToBrowse) {
        if (const auto it = m_types.find(key); it != m_types.end()) {
            questions.push_back(question(it->second, dns::RecordType::PTR, false));
        }
    }
    m_typesToBrowse.clear();
    for (auto& [key, instance] : m_instances) {
        const bool incomplete = !instance.srv || !instance.txt;
        if (incomplete && instance.asked < kMaxAsks && now - instance.lastAsked >= kFollowUpInterval) {
            if (!instance.srv) {
                questions.push_back(question(instance.name, dns::RecordType::SRV, false));
            }
            if (!instance.txt) {
                questions.push_back(question(instance.name, dns::RecordType::TXT, false));
            }
            ++instance.asked;
            instance.lastAsked = now;
        }
        if (instance.srv) {
            const std::string hostKey = keyOf(instance.srv->target);
            auto [it, inserted] = m_hostRecords.try_emplace(hostKey);
            HostRecord& host = it->second;
            if (inserted) {
                host.name = instance.srv->target;
            }
            if (host.addresses.empty() && host.asked < kMaxAsks && now - host.lastAsked >= kFollowUpInterval) {
                questions.push_back(question(host.name, dns::RecordType::A, false));
                if (context.options().ipv6) {
                    questions.push_back(question(host.name, dns::RecordType::AAAA, false));
                }
                ++host.asked;
                host.lastAsked = now;
            }
        }
    }
    if (!questions.empty()) {
        sendQuestions(context, std::move(questions), {});
    }
}

void MdnsBrowser::onTick(ScanContext& context)
{
    const Clock::time_point now = Clock::now();
    if (now < m_nextTick) {
        return;
    }
    if (m_round < kRoundTimes.size() && now >= m_start + kRoundTimes.at(m_round)) {
        sendRound(context, m_round == 0);
        ++m_round;
    }
    sendFollowUps(context);
    m_nextTick = now + 50ms;
    if (m_round < kRoundTimes.size()) {
        m_nextTick = std::min(m_nextTick, m_start + kRoundTimes.at(m_round));
    }
}

Clock::time_point MdnsBrowser::nextWakeup() const
{
    return m_nextTick;
}

bool MdnsBrowser::outstanding() const
{
    const Clock::time_point now = Clock::now();
    const auto waiting
        = [now](int asked, Clock::time_point lastAsked) { return asked < kMaxAsks || now - lastAsked < kAnswerWindow; };
    for (const auto& [key, instance] : m_instances) {
        if ((!instance.srv || !instance.txt) && waiting(instance.asked, instance.lastAsked)) {
            return true;
        }
    }
    for (const auto& [key, host] : m_hostRecords) {
        if (host.addresses.empty() && waiting(host.asked, host.lastAsked)) {
            return true;
        }
    }
    return !m_typesToBrowse.empty();
}

bool MdnsBrowser::finished() const
{
    return m_round > kLastRequiredRound && Clock::now() >= m_start + kRoundTimes.at(kLastRequiredRound) + kAnswerWindow
        && !outstanding();
}

void MdnsBrowser::handle(const net::Datagram& datagram, ScanContext& context)
{
    // Answers come from port 5353 (RFC 6762 §6); anything else is not an mDNS responder.
    if (datagram.from.port() != kMdnsPort) {
        return;
    }
    const auto accepted = acceptDatagram(datagram, context, Protocol::Mdns);
    if (!accepted) {
        return;
    }
    const std::string& sender = *accepted;
    const auto message = dns::parseMessage(datagram.bytes);
    if (!message) {
        context.countMalformed(Protocol::Mdns);
        return;
    }
    if (!message->isResponse() || message->opcode() != 0 || message->responseCode() != 0) {
        return;  // others' queries; their known answers are not authoritative
    }
    context.countAnswer(Protocol::Mdns);
    std::set<std::string> touchedInstances;
    std::set<std::string> touchedHosts;
    for (const auto* section : {&message->answers, &message->additionals}) {
        for (const dns::ResourceRecord& record : *section) {
            absorb(record, sender, touchedInstances, touchedHosts);
        }
    }
    for (const std::string& key : touchedHosts) {
        publishHost(m_hostRecords.at(key), context);
    }
    // Instances whose SRV target just got an address are publishable now too.
    for (const auto& [key, instance] : m_instances) {
        if (instance.srv && touchedHosts.contains(keyOf(instance.srv->target))) {
            touchedInstances.insert(key);
        }
    }
    for (const std::string& key : touchedInstances) {
        publishInstance(m_instances.at(key), context);
    }
}

void MdnsBrowser::absorb(const dns::ResourceRecord& record, const std::string& sender,
    std::set<std::string>& touchedInstances, std::set<std::string>& touchedHosts)
{
    if (record.isType(dns::RecordType::PTR)) {
        const auto* target = std::get_if<dns::Name>(&record.data);
        if (target == nullptr) {
            return;
        }
        if (record.name.equalsIgnoreCase(servicesName())) {
            if (isLocalServiceType(*target) && m_types.size() < kMaxTypes) {
                const auto [it, inserted] = m_types.emplace(keyOf(*target), *target);
                if (inserted) {
                    m_typesToBrowse.insert(it->first);
                }
            }
            return;
        }
        if (!isLocalServiceType(record.name) || !target->endsWithIgnoreCase(record.name)) {
            return;  // subtypes and reverse-address PTRs
        }
        const auto type = typeOfInstance(*target);
        if (!type) {
            return;
        }
        const std::string key = keyOf(*target);
        if (!m_instances.contains(key) && m_instances.size() >= kMaxInstances) {
            return;
        }
        Instance& instance = m_instances[key];
        instance.name = *target;
        instance.type = *type;
        instance.sender = sender;
        touchedInstances.insert(key);
        if (m_knownPointers.size() < 64
            && std::find(m_knownPointers.begin(), m_knownPointers.end(), record) == m_knownPointers.end()) {
            dns::ResourceRecord known = record;
            known.cacheFlush = false;
            m_knownPointers.push_back(std::move(known));
        }
        if (m_types.size() < kMaxTypes) {
            m_types.emplace(keyOf(*type), *type);
        }
        return;
    }
    if (record.isType(dns::RecordType::SRV) || record.isType(dns::RecordType::TXT)) {
        const auto type = typeOfInstance(record.name);
        if (!type) {
            return;
        }
        const std::string key = keyOf(record.name);
        if (!m_instances.contains(key) && m_instances.size() >= kMaxInstances) {
            return;
        }
        Instance& instance = m_instances[key];
        instance.name = record.name;
        instance.type = *type;
        if (instance.sender.empty()) {
            instance.sender = sender;
        }
        if (const auto* srv = std::get_if<dns::SrvData>(&record.data)) {
            instance.srv = *srv;
        } else if (const auto* txt = std::get_if<std::vector<dns::TxtEntry>>(&record.data)) {
            instance.txt = *txt;
        } else if (record.isType(dns::RecordType::TXT)) {
            instance.txt = std::vector<dns::TxtEntry> {};
        }
        touchedInstances.insert(key);
        return;
    }
    if (record.isType(dns::RecordType::A) || record.isType(dns::RecordType::AAAA)) {
        const std::string address = addressText(record);
        if (address.empty()) {
            return;
        }
        const std::string key = keyOf(record.name);
        if (!m_hostRecords.contains(key) && m_hostRecords.size() >= kMaxHostRecords) {
            return;
        }
        HostRecord& host = m_hostRecords[key];
        host.name = record.name;
        if (host.addresses.size() < kMaxAddressesPerName
            && std::find(host.addresses.begin(), host.addresses.end(), address) == host.addresses.end()) {
            host.addresses.push_back(address);
        }
        touchedHosts.insert(key);
    }
}

std::vector<std::string> MdnsBrowser::usableAddresses(const HostRecord& record, const ScanContext& context)
{
    std::vector<std::string> addresses;
    for (std::string address : record.addresses) {
        if (address.starts_with("fe80:")) {
            address += "%" + context.networkInterface().name;  // link-local: scoped to our interface
        }
        if (context.onLink(address)) {
            addresses.push_back(address);
        }
    }
    sortAddresses(addresses);  // IPv4 first: it is what the neighbour table and SSDP report
    return addresses;
}

void MdnsBrowser::publishHost(const HostRecord& record, ScanContext& context)
{
    const std::vector<std::string> addresses = usableAddresses(record, context);
    if (addresses.empty() || (!context.hosts().knows(addresses.front()) && !context.roomForHosts())) {
        return;
    }
    const std::string name = hostText(record.name);
    const HostTable::HostId id = context.observe(addresses.front(), Protocol::Mdns, ObservationKind::MdnsRecord, name);
    for (std::size_t i = 1; i < addresses.size(); ++i) {
        context.hosts().bindAddresses(addresses.front(), addresses[i]);
    }
    Host& host = context.hosts().host(id);
    if (addUnique(host.hostnames, name)) {
        context.changed(id);
    }
}

void MdnsBrowser::publishInstance(const Instance& instance, ScanContext& context)
{
    std::string address = instance.sender;
    if (instance.srv) {
        if (const auto it = m_hostRecords.find(keyOf(instance.srv->target)); it != m_hostRecords.end()) {
            const std::vector<std::string> addresses = usableAddresses(it->second, context);
            if (!addresses.empty()) {
                address = addresses.front();
            }
        }
    }
    if (address.empty() || !context.onLink(address) || (!context.hosts().knows(address) && !context.roomForHosts())) {
        return;
    }
    MdnsService service;
    service.type = typeText(instance.type);
    service.instance = toValidUtf8(instance.name.labels.front());
    if (instance.srv) {
        service.host = hostText(instance.srv->target);
        service.port = instance.srv->port;
    }
    if (instance.txt) {
        for (const dns::TxtEntry& entry : *instance.txt) {
            std::optional<std::string> value;
            if (entry.value) {
                value = toValidUtf8(*entry.value);
            }
            service.txt.emplace_back(toValidUtf8(entry.key), value);
        }
    }
    const HostTable::HostId id
        = context.observe(address, Protocol::Mdns, ObservationKind::MdnsRecord, service.type + " " + service.instance);
    Host& host = context.hosts().host(id);
    const auto existing = std::find_if(host.mdns.begin(), host.mdns.end(),
        [&](const MdnsService& s) { return s.type == service.type && s.instance == service.instance; });
    if (existing == host.mdns.end()) {
        host.mdns.push_back(std::move(service));
        context.changed(id);
    } else if (*existing != service) {
        *existing = std::move(service);
        context.changed(id);
    }
}

}  // namespace voordeur::core::discovery::mdns
