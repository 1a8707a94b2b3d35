// SPDX-License-Identifier: EUPL-1.2
#include "core/net/dns/Codec.h"
#include "core/net/dns/Txt.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace voordeur::core::dns {

namespace {

constexpr std::size_t kHeaderSize = 12;
constexpr std::size_t kMinQuestionSize = 5;  // the root name, type and class
constexpr std::size_t kMinRecordSize = 11;   // the root name, type, class, TTL and rdlength
constexpr std::size_t kFixedRecordFields = 10;
constexpr std::size_t kSrvFixedFields = 6;
// Pointers to pointers are legal, but real names need one or two; more only serves to waste our time.
constexpr int kMaxPointerJumps = 16;
constexpr std::uint8_t kLabelKindMask = 0xC0;
constexpr std::uint8_t kPointerKind = 0xC0;
constexpr std::uint16_t kTopBit = 0x8000;
constexpr std::uint16_t kClassMask = 0x7FFF;

using ParseError = Error<ParseCode>;

std::string at(std::size_t offset)
{
    return "at offset " + std::to_string(offset);
}

template <typename T> Failure<ParseError> propagate(const Result<T, ParseError>& result)
{
    return {result.error()};
}

/// Reads one message front to back, remembering where labels start so that pointers can be checked.
class MessageReader final
{
public:
    explicit MessageReader(std::span<const std::uint8_t> packet)
        : m_packet(packet)
        , m_labelStarts(packet.size(), false)
    { }

    Result<Message, ParseError> read();

private:
    struct NameAt {
        Name name;
        std::size_t end;  ///< the offset after the name where it was read, pointer included
    };

    std::uint16_t u16(std::size_t offset) const;
    std::uint32_t u32(std::size_t offset) const;
    Result<NameAt, ParseError> readName(std::size_t offset, std::size_t limit, ParseCode overrun);
    Result<std::size_t, ParseError> readQuestion(std::size_t offset, Question& question);
    Result<std::size_t, ParseError> readRecord(std::size_t offset, ResourceRecord& record);
    std::optional<ParseError> readRecordData(ResourceRecord& record, std::size_t offset, std::size_t end);
    Result<std::size_t, ParseError> readRecords(
        std::size_t offset, std::uint16_t count, std::vector<ResourceRecord>& records);

    std::span<const std::uint8_t> m_packet;
    std::vector<bool> m_labelStarts;
};

std::uint16_t MessageReader::u16(std::size_t offset) const
{
    return static_cast<std::uint16_t>((m_packet[offset] << 8U) | m_packet[offset + 1]);
}

std::uint32_t MessageReader::u32(std::size_t offset) const
{
    return (static_cast<std::uint32_t>(u16(offset)) << 16U) | u16(offset + 2);
}

// Reads the name at `offset`, whose own bytes must end before `limit` (`overrun` if they do not). Pointers
// may only go strictly backwards, each before the place the previous one led to, and only to a label start
// seen earlier: that rules out loops and bounds the work.
Result<MessageReader::NameAt, ParseError> MessageReader::readName(
    std::size_t offset, std::size_t limit, ParseCode overrun)
{
    Name name;
    std::size_t pos = offset;
    std::size_t floor = offset;  // the next pointer must point before this
    std::size_t end = 0;
    bool jumped = false;
    std::size_t wire = 1;  // the final zero
    int jumps = 0;
    for (;;) {
        if (pos >= limit) {
            return fail(overrun, "name runs out " + at(pos));
        }
        const std::uint8_t length = m_packet[pos];
        const auto kind = static_cast<std::uint8_t>(length & kLabelKindMask);
        if (kind == kPointerKind) {
            if (pos + 1 >= limit) {
                return fail(overrun, "pointer cut short " + at(pos));
            }
            const std::size_t target = static_cast<std::size_t>(length & 0x3FU) << 8U | m_packet[pos + 1];
            if (!jumped) {
                m_labelStarts[pos] = true;
                end = pos + 2;
            }
            if (target >= m_packet.size()) {
                return fail(ParseCode::BadPointer, "pointer " + at(pos) + " leads outside the message");
            }
            if (target >= floor && target <= pos) {
                return fail(ParseCode::CompressionLoop, "pointer " + at(pos) + " leads back into its own name");
            }
            if (target > pos) {
                return fail(ParseCode::BadPointer, "pointer " + at(pos) + " leads forward");
            }
            if (!m_labelStarts[target]) {
                return fail(ParseCode::BadPointer, "pointer " + at(pos) + " leads to no label start");
            }
            if (++jumps > kMaxPointerJumps) {
                return fail(ParseCode::CompressionLoop, "too many pointers " + at(pos));
            }
            limit = pos;  // a name reached through a pointer lies wholly before it
            floor = target;
            pos = target;
            jumped = true;
            continue;
        }
        if (kind != 0) {
            return fail(ParseCode::BadLabel, "label type " + std::to_string(length) + " " + at(pos));
        }
        if (!jumped) {
            m_labelStarts[pos] = true;
        }
        if (length == 0) {
            return NameAt {std::move(name), jumped ? end : pos + 1};
        }
        if (length > limit - pos - 1) {
            return fail(overrun, "label runs out " + at(pos));
        }
        wire += 1U + length;
        if (wire > kMaxNameLength) {
            return fail(ParseCode::NameTooLong, "name longer than 255 bytes " + at(pos));
        }
        const auto* first = m_packet.data() + pos + 1;
        name.labels.emplace_back(first, first + length);
        pos += 1U + length;
    }
}

Result<std::size_t, ParseError> MessageReader::readQuestion(std::size_t offset, Question& question)
{
    auto name = readName(offset, m_packet.size(), ParseCode::Truncated);
    if (!name) {
        return propagate(name);
    }
    const std::size_t pos = name->end;
    if (m_packet.size() - pos < 4) {
        return fail(ParseCode::Truncated, "question cut short " + at(pos));
    }
    question.name = std::move(name->name);
    question.type = u16(pos);
    const std::uint16_t qclass = u16(pos + 2);
    question.qclass = static_cast<std::uint16_t>(qclass & kClassMask);
    question.unicastResponse = (qclass & kTopBit) != 0;
    return pos + 4;
}

Result<std::size_t, ParseError> MessageReader::readRecord(std::size_t offset, ResourceRecord& record)
{
    auto name = readName(offset, m_packet.size(), ParseCode::Truncated);
    if (!name) {
        return propagate(name);
    }
    std::size_t pos = name->end;
    if (m_packet.size() - pos < kFixedRecordFields) {
        return fail(ParseCode::Truncated, "record cut short " + at(pos));
    }
    record.name = std::move(name->name);
    record.type = u16(pos);
    const std::uint16_t rrclass = u16(pos + 2);
    record.rrclass = static_cast<std::uint16_t>(rrclass & kClassMask);
    record.cacheFlush = (rrclass & kTopBit) != 0;
    record.ttl = u32(pos + 4);
    const std::size_t rdlength = u16(pos + 8);
    pos += kFixedRecordFields;
    if (rdlength > m_packet.size() - pos) {
        return fail(ParseCode::Truncated, "record data runs past the message " + at(pos));
    }
    if (auto error = readRecordData(record, pos, pos + rdlength)) {
        return Failure<ParseError> {std::move(*error)};
    }
    return pos + rdlength;
}

std::optional<ParseError> MessageReader::readRecordData(ResourceRecord& record, std::size_t offset, std::size_t end)
{
    const std::size_t length = end - offset;
    const auto bytes = m_packet.subspan(offset, length);
    const auto badData = [offset](const char* what) {
        return ParseError {ParseCode::BadRecordData, std::string(what) + " " + at(offset)};
    };
    const auto readTarget = [&](std::size_t from) -> std::optional<ParseError> {
        auto name = readName(from, end, ParseCode::BadRecordData);
        if (!name) {
            return name.error();
        }
        if (name->end != end) {
            return badData("bytes after the name in record data");
        }
        if (record.isType(RecordType::SRV)) {
            std::get<SrvData>(record.data).target = std::move(name->name);
        } else {
            record.data = std::move(name->name);
        }
        return std::nullopt;
    };

    switch (static_cast<RecordType>(record.type)) {
    case RecordType::A: {
        if (length != 4) {
            return badData("A record data not 4 bytes");
        }
        ResourceRecord::Ipv4 address {};
        std::copy(bytes.begin(), bytes.end(), address.begin());
        record.data = address;
        return std::nullopt;
    }
    case RecordType::AAAA: {
        if (length != 16) {
            return badData("AAAA record data not 16 bytes");
        }
        ResourceRecord::Ipv6 address {};
        std::copy(bytes.begin(), bytes.end(), address.begin());
        record.data = address;
        return std::nullopt;
    }
    case RecordType::PTR:
    case RecordType::CNAME:
    case RecordType::NS:
        return readTarget(offset);
    case RecordType::SRV: {
        if (length < kSrvFixedFields + 1) {
            return badData("SRV record data too short");
        }
        record.data = SrvData {u16(offset), u16(offset + 2), u16(offset + 4), {}};
        return readTarget(offset + kSrvFixedFields);
    }
    case RecordType::TXT: {
        auto entries = parseTxt(bytes);
        if (!entries) {
            return badData("TXT string runs past the record data");
        }
        record.data = std::move(entries).value();
        return std::nullopt;
    }
    default:
        record.rawData.assign(bytes.begin(), bytes.end());
        return std::nullopt;
    }
}

Result<std::size_t, ParseError> MessageReader::readRecords(
    std::size_t offset, std::uint16_t count, std::vector<ResourceRecord>& records)
{
    records.resize(count);
    for (ResourceRecord& record : records) {
        auto next = readRecord(offset, record);
        if (!next) {
            return next;
        }
        offset = *next;
    }
    return offset;
}

Result<Message, ParseError> MessageReader::read()
{
    if (m_packet.size() > kMaxPacketSize) {
        return fail(ParseCode::TooLarge, std::to_string(m_packet.size()) + " bytes");
    }
    if (m_packet.size() < kHeaderSize) {
        return fail(ParseCode::Truncated, "header cut short");
    }
    Message message;
    message.id = u16(0);
    message.flags = u16(2);
    const std::uint16_t questions = u16(4);
    const std::uint16_t answers = u16(6);
    const std::uint16_t authorities = u16(8);
    const std::uint16_t additionals = u16(10);
    // Checked before anything is allocated: a header may claim 65535 records in a few bytes.
    const std::size_t smallest = std::size_t {questions} * kMinQuestionSize
        + (std::size_t {answers} + authorities + additionals) * kMinRecordSize;
    if (smallest > m_packet.size() - kHeaderSize) {
        return fail(ParseCode::Truncated, "the counts need at least " + std::to_string(smallest) + " bytes");
    }

    std::size_t pos = kHeaderSize;
    message.questions.resize(questions);
    for (Question& question : message.questions) {
        auto next = readQuestion(pos, question);
        if (!next) {
            return propagate(next);
        }
        pos = *next;
    }
    for (auto [count, records] : {std::pair {answers, &message.answers}, std::pair {authorities, &message.authorities},
             std::pair {additionals, &message.additionals}}) {
        auto next = readRecords(pos, count, *records);
        if (!next) {
            return propagate(next);
        }
        pos = *next;
    }
    return message;
}

}  // namespace

Result<Message, Error<ParseCode>> parseMessage(std::span<const std::uint8_t> packet)
{
    return MessageReader(packet).read();
}

}  // namespace voordeur::core::dns
