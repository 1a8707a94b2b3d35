// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Codec.h"
#include "core/net/dns/Txt.h"

#include <array>
#include <limits>
#include <string>
#include <unordered_map>

namespace voordeur::core::dns {

namespace {

constexpr std::uint16_t kTopBit = 0x8000;
constexpr std::uint16_t kClassMask = 0x7FFF;
constexpr std::uint16_t kPointerBits = 0xC000;
constexpr std::size_t kMaxPointerTarget = 0x3FFF;
constexpr std::size_t kMaxCount = std::numeric_limits<std::uint16_t>::max();

/// Writes one message, remembering where each name suffix was written so later names can point to it.
class MessageWriter final
{
public:
    bool write(const Message& message);
    std::vector<std::uint8_t> take() { return std::move(m_out); }

private:
    void u16(std::uint16_t value);
    void u32(std::uint32_t value);
    bool name(const Name& name);
    bool record(const ResourceRecord& record);
    bool recordData(const ResourceRecord& record);

    std::vector<std::uint8_t> m_out;
    // Key: a suffix in uncompressed wire form, compared byte for byte so that case is kept as given.
    std::unordered_map<std::string, std::uint16_t> m_suffixes;
};

void MessageWriter::u16(std::uint16_t value)
{
    m_out.push_back(static_cast<std::uint8_t>(value >> 8U));
    m_out.push_back(static_cast<std::uint8_t>(value & 0xFFU));
}

void MessageWriter::u32(std::uint32_t value)
{
    u16(static_cast<std::uint16_t>(value >> 16U));
    u16(static_cast<std::uint16_t>(value & 0xFFFFU));
}

bool MessageWriter::name(const Name& name)
{
    if (!name.isValid()) {
        return false;
    }
    std::string wire;
    std::vector<std::size_t> starts;
    for (const std::string& label : name.labels) {
        starts.push_back(wire.size());
        wire.push_back(static_cast<char>(label.size()));
        wire += label;
    }
    wire.push_back('\0');

    for (std::size_t i = 0; i < name.labels.size(); ++i) {
        std::string suffix = wire.substr(starts[i]);
        if (const auto it = m_suffixes.find(suffix); it != m_suffixes.end()) {
            u16(static_cast<std::uint16_t>(kPointerBits | it->second));
            return true;
        }
        if (m_out.size() <= kMaxPointerTarget) {
            m_suffixes.emplace(std::move(suffix), static_cast<std::uint16_t>(m_out.size()));
        }
        const std::string& label = name.labels[i];
        m_out.push_back(static_cast<std::uint8_t>(label.size()));
        m_out.insert(m_out.end(), label.begin(), label.end());
    }
    m_out.push_back(0);
    return true;
}

bool MessageWriter::recordData(const ResourceRecord& record)
{
    if (const auto* address = std::get_if<ResourceRecord::Ipv4>(&record.data)) {
        m_out.insert(m_out.end(), address->begin(), address->end());
        return true;
    }
    if (const auto* address = std::get_if<ResourceRecord::Ipv6>(&record.data)) {
        m_out.insert(m_out.end(), address->begin(), address->end());
        return true;
    }
    if (const auto* target = std::get_if<Name>(&record.data)) {
        return name(*target);
    }
    if (const auto* srv = std::get_if<SrvData>(&record.data)) {
        u16(srv->priority);
        u16(srv->weight);
        u16(srv->port);
        return name(srv->target);
    }
    if (const auto* entries = std::get_if<std::vector<TxtEntry>>(&record.data)) {
        const auto rdata = encodeTxt(*entries);
        if (!rdata) {
            return false;
        }
        m_out.insert(m_out.end(), rdata->begin(), rdata->end());
        return true;
    }
    m_out.insert(m_out.end(), record.rawData.begin(), record.rawData.end());
    return true;
}

bool MessageWriter::record(const ResourceRecord& record)
{
    if (!name(record.name)) {
        return false;
    }
    u16(record.type);
    u16(static_cast<std::uint16_t>((record.rrclass & kClassMask) | (record.cacheFlush ? kTopBit : 0U)));
    u32(record.ttl);
    const std::size_t lengthAt = m_out.size();
    u16(0);
    if (!recordData(record)) {
        return false;
    }
    const std::size_t length = m_out.size() - lengthAt - 2;
    if (length > kMaxCount) {
        return false;
    }
    m_out[lengthAt] = static_cast<std::uint8_t>(length >> 8U);
    m_out[lengthAt + 1] = static_cast<std::uint8_t>(length & 0xFFU);
    return true;
}

bool MessageWriter::write(const Message& message)
{
    const std::array<std::size_t, 4> counts {
        message.questions.size(), message.answers.size(), message.authorities.size(), message.additionals.size()};
    u16(message.id);
    u16(message.flags);
    for (const std::size_t count : counts) {
        if (count > kMaxCount) {
            return false;
        }
        u16(static_cast<std::uint16_t>(count));
    }
    for (const Question& question : message.questions) {
        if (!name(question.name)) {
            return false;
        }
        u16(question.type);
        u16(static_cast<std::uint16_t>((question.qclass & kClassMask) | (question.unicastResponse ? kTopBit : 0U)));
    }
    for (const auto* section : {&message.answers, &message.authorities, &message.additionals}) {
        for (const ResourceRecord& each : *section) {
            if (!record(each)) {
                return false;
            }
        }
    }
    return m_out.size() <= kMaxPacketSize;
}

}  // namespace

std::vector<std::uint8_t> encodeMessage(const Message& message)
{
    MessageWriter writer;
    if (!writer.write(message)) {
        return {};
    }
    return writer.take();
}

std::vector<std::uint8_t> encodeQuery(
    std::uint16_t id, const std::vector<Question>& questions, const std::vector<ResourceRecord>& knownAnswers)
{
    Message query;
    query.id = id;
    query.questions = questions;
    query.answers = knownAnswers;
    return encodeMessage(query);
}

}  // namespace voordeur::core::dns
