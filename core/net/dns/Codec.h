// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/dns/Message.h"
#include "core/util/Result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace voordeur::core::dns {

/// Reads a DNS or mDNS message (RFC 1035, RFC 6762) received from any device, hostile ones included.
/// Every length, count and compression pointer is checked before use: a malformed message yields a ParseCode
/// with the byte offset in the detail, never a read outside `packet`, and work bounded by the packet's size.
/// Compression pointers must point strictly backwards, to the start of a label of a name read before.
/// Unknown record types are kept as raw bytes. Bytes after the last record are ignored.
Result<Message, Error<ParseCode>> parseMessage(std::span<const std::uint8_t> packet);

/// The message in wire form, names compressed (in SRV, PTR, CNAME and NS data too, as RFC 6762 §18.14
/// allows). Empty when the message cannot be sent: an invalid name (see Name::isValid), a TXT entry that
/// encodeTxt refuses, more than 65535 entries in a section, or more than kMaxPacketSize bytes.
std::vector<std::uint8_t> encodeMessage(const Message& message);

/// A query (flags 0) with the questions, and known answers for answer suppression (RFC 6762 §7.1).
/// Empty on the same conditions as encodeMessage.
std::vector<std::uint8_t> encodeQuery(
    std::uint16_t id, const std::vector<Question>& questions, const std::vector<ResourceRecord>& knownAnswers = {});

}  // namespace voordeur::core::dns
