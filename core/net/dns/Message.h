// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/dns/Name.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace voordeur::core::dns {

/// The largest mDNS message accepted or produced (RFC 6762 §17).
inline constexpr std::size_t kMaxPacketSize = 9000;

/// The Internet class, the only one mDNS uses.
inline constexpr std::uint16_t kClassIn = 1;

/// Record types this codec knows by name. Other values are carried as plain numbers.
enum class RecordType : std::uint16_t {
    A = 1,
    NS = 2,
    CNAME = 5,
    PTR = 12,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    NSEC = 47,
    ANY = 255,
};

/// Why a received message was refused.
enum class ParseCode {
    TooLarge,         ///< more than kMaxPacketSize bytes
    Truncated,        ///< the message ends inside a field, or its counts claim more than it holds
    BadLabel,         ///< a label type other than plain label or pointer (a length byte of 64 to 191)
    NameTooLong,      ///< a name of more than 255 bytes in wire form, after following pointers
    CompressionLoop,  ///< a pointer back into its own name, or too many pointers in one name
    BadPointer,       ///< a pointer forward, outside the message, or not to the start of a label
    BadRecordData,    ///< record data that does not fit its type or its rdlength
};

/// One DNS-SD TXT attribute (RFC 6763 §6.4): "key" alone is a boolean attribute (no value), "key=" has an
/// empty value. Keys and values are raw bytes: values may be binary.
struct TxtEntry {
    std::string key;
    std::optional<std::string> value;

    bool operator==(const TxtEntry&) const = default;
};

/// The data of an SRV record (RFC 2782): where a service instance listens.
struct SrvData {
    std::uint16_t priority = 0;
    std::uint16_t weight = 0;
    std::uint16_t port = 0;
    Name target;

    bool operator==(const SrvData&) const = default;
};

/// One resource record of any section.
struct ResourceRecord {
    using Ipv4 = std::array<std::uint8_t, 4>;
    using Ipv6 = std::array<std::uint8_t, 16>;

    Name name;
    std::uint16_t type = 0;
    std::uint16_t rrclass = kClassIn;  ///< without the cache-flush bit
    bool cacheFlush = false;           ///< the top bit of the class (RFC 6762 §10.2)
    std::uint32_t ttl = 0;
    /// A: Ipv4, AAAA: Ipv6, PTR, CNAME and NS: Name, SRV: SrvData, TXT: the entries in order, first
    /// occurrence of each key only. Every other type: monostate, with the bytes in rawData.
    std::variant<std::monostate, Ipv4, Ipv6, Name, SrvData, std::vector<TxtEntry>> data;
    /// The record data as received, only for records whose data is monostate. Sent as it is by the encoder,
    /// so it must not hold compression pointers.
    std::vector<std::uint8_t> rawData;

    bool isType(RecordType t) const { return type == static_cast<std::uint16_t>(t); }

    bool operator==(const ResourceRecord&) const = default;
};

/// One entry of the question section.
struct Question {
    Name name;
    std::uint16_t type = 0;
    std::uint16_t qclass = kClassIn;  ///< without the unicast-response bit
    bool unicastResponse = false;     ///< the QU bit, the top bit of the class (RFC 6762 §5.4)

    bool operator==(const Question&) const = default;
};

/// A DNS message with the header flags kept as received.
struct Message {
    std::uint16_t id = 0;
    std::uint16_t flags = 0;
    std::vector<Question> questions;
    std::vector<ResourceRecord> answers;
    std::vector<ResourceRecord> authorities;
    std::vector<ResourceRecord> additionals;

    bool isResponse() const { return (flags & 0x8000U) != 0; }
    bool truncated() const { return (flags & 0x0200U) != 0; }
    /// mDNS ignores messages with an opcode or response code other than 0 (RFC 6762 §18.3, §18.11).
    unsigned opcode() const { return (flags >> 11U) & 0xFU; }
    unsigned responseCode() const { return flags & 0xFU; }

    bool operator==(const Message&) const = default;
};

}  // namespace voordeur::core::dns
