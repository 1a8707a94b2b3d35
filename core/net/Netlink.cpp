// SPDX-License-Identifier: EUPL-1.2
#include "core/net/Netlink.h"

#include "core/net/UniqueFd.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <limits>
#include <system_error>

namespace voordeur::core::net::netlink {

namespace {

constexpr std::size_t headerLength = align4(sizeof(nlmsghdr));
constexpr std::size_t attributeHeaderLength = align4(sizeof(rtattr));
constexpr std::size_t receiveBufferSize = 64 * 1024;
constexpr std::size_t maximumDumpSize = 32 * 1024 * 1024;
constexpr int maximumAttempts = 3;

template <typename T> std::optional<T> readStruct(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < sizeof(T)) {
        return std::nullopt;
    }
    T value {};
    std::memcpy(&value, bytes.data(), sizeof(T));
    return value;
}

std::string errnoText(const char* call, int error)
{
    return std::string(call) + ": " + std::system_category().message(error);
}

Failure<NetError> systemFailure(const char* call, int error)
{
    const NetCode code = (error == EPERM || error == EACCES) ? NetCode::PermissionDenied : NetCode::SystemError;
    return fail(code, errnoText(call, error));
}

std::uint32_t nextSequence()
{
    static std::atomic<std::uint32_t> sequence {1};
    return sequence.fetch_add(1, std::memory_order_relaxed);
}

struct DumpAttempt {
    std::vector<std::uint8_t> messages;
    bool interrupted = false;
};

std::vector<std::uint8_t> dumpRequest(
    std::uint16_t messageType, std::span<const std::uint8_t> familyHeader, std::uint32_t sequence)
{
    const std::size_t length = headerLength + align4(familyHeader.size());
    nlmsghdr header {};
    header.nlmsg_len = static_cast<std::uint32_t>(length);
    header.nlmsg_type = messageType;
    header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    header.nlmsg_seq = sequence;
    std::vector<std::uint8_t> request(length, 0);
    std::memcpy(request.data(), &header, sizeof(header));
    std::copy(familyHeader.begin(), familyHeader.end(), request.begin() + static_cast<std::ptrdiff_t>(headerLength));
    return request;
}

Result<DumpAttempt, NetError> dumpOnce(std::uint16_t messageType, std::span<const std::uint8_t> familyHeader,
    std::chrono::steady_clock::time_point deadline)
{
    UniqueFd socket(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
    if (!socket.valid()) {
        return systemFailure("socket(AF_NETLINK)", errno);
    }

    const std::uint32_t sequence = nextSequence();
    const std::vector<std::uint8_t> request = dumpRequest(messageType, familyHeader, sequence);
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    for (;;) {
        const ssize_t sent = ::sendto(socket.get(), request.data(), request.size(), 0,
            reinterpret_cast<const sockaddr*>(&kernel), sizeof(kernel));
        if (sent >= 0) {
            break;
        }
        if (errno != EINTR) {
            return systemFailure("sendto(netlink)", errno);
        }
    }

    DumpAttempt attempt;
    std::vector<std::uint8_t> chunk(receiveBufferSize);
    for (;;) {
        const auto remaining
            = std::chrono::duration_cast<std::chrono::microseconds>(deadline - std::chrono::steady_clock::now());
        if (remaining.count() <= 0) {
            return fail(NetCode::Timeout, "netlink dump");
        }
        timeval receiveTimeout {};
        receiveTimeout.tv_sec = static_cast<time_t>(remaining.count() / 1'000'000);
        receiveTimeout.tv_usec = static_cast<suseconds_t>(remaining.count() % 1'000'000);
        if (::setsockopt(socket.get(), SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, sizeof(receiveTimeout)) != 0) {
            return systemFailure("setsockopt(SO_RCVTIMEO)", errno);
        }

        sockaddr_nl sender {};
        iovec vector {chunk.data(), chunk.size()};
        msghdr header {};
        header.msg_name = &sender;
        header.msg_namelen = sizeof(sender);
        header.msg_iov = &vector;
        header.msg_iovlen = 1;
        const ssize_t received = ::recvmsg(socket.get(), &header, 0);
        if (received < 0) {
            const int error = errno;
            if (error == EINTR) {
                continue;
            }
            if (error == EAGAIN || error == EWOULDBLOCK) {
                return fail(NetCode::Timeout, "netlink dump");
            }
            if (error == ENOBUFS) {
                // The socket overflowed mid-dump: what arrived is incomplete, so start over.
                attempt.interrupted = true;
                return attempt;
            }
            return systemFailure("recvmsg(netlink)", error);
        }
        if (received == 0) {
            return fail(NetCode::MalformedReply, "netlink socket closed");
        }
        if ((header.msg_flags & MSG_TRUNC) != 0) {
            return fail(NetCode::MalformedReply, "netlink datagram larger than the receive buffer");
        }
        if (sender.nl_pid != 0) {
            continue;  // not from the kernel
        }

        const std::span<const std::uint8_t> datagram(chunk.data(), static_cast<std::size_t>(received));
        const std::vector<Message> messages = splitMessages(datagram);
        std::size_t consumed = 0;
        for (const Message& message : messages) {
            consumed = std::min(datagram.size(), consumed + align4(headerLength + message.payload.size()));
        }
        if (consumed != datagram.size()) {
            return fail(NetCode::MalformedReply, "netlink datagram with a truncated message");
        }

        for (const Message& message : messages) {
            if (message.sequence != sequence) {
                continue;  // a stray reply to someone else's request
            }
            if (message.type == NLMSG_DONE || message.type == NLMSG_ERROR) {
                const auto error = readStruct<std::int32_t>(message.payload);
                if (message.type == NLMSG_ERROR && !error) {
                    return fail(NetCode::MalformedReply, "short NLMSG_ERROR");
                }
                if (error && *error < 0) {
                    if (*error == -EINTR || *error == -EBUSY) {
                        attempt.interrupted = true;
                        return attempt;
                    }
                    return systemFailure("netlink dump", -*error);
                }
                return attempt;
            }
            if ((message.flags & NLM_F_DUMP_INTR) != 0) {
                attempt.interrupted = true;
            }
            const std::size_t start = static_cast<std::size_t>(message.payload.data() - datagram.data()) - headerLength;
            const std::size_t length = headerLength + message.payload.size();
            if (attempt.messages.size() + align4(length) > maximumDumpSize) {
                return fail(NetCode::MalformedReply, "netlink dump larger than 32 MiB");
            }
            const auto first = datagram.begin() + static_cast<std::ptrdiff_t>(start);
            attempt.messages.insert(attempt.messages.end(), first, first + static_cast<std::ptrdiff_t>(length));
            attempt.messages.resize(align4(attempt.messages.size()), 0);
        }
    }
}

template <typename Number> std::optional<Number> parseNumber(std::string_view text, int base)
{
    Number value {};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc {} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string_view> splitWhitespace(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t at = 0;
    while (at < line.size()) {
        const std::size_t start = line.find_first_not_of(" \t\r", at);
        if (start == std::string_view::npos) {
            break;
        }
        const std::size_t end = std::min(line.find_first_of(" \t\r", start), line.size());
        fields.push_back(line.substr(start, end - start));
        at = end;
    }
    return fields;
}

}  // namespace

std::vector<Message> splitMessages(std::span<const std::uint8_t> buffer)
{
    std::vector<Message> messages;
    std::size_t offset = 0;
    while (buffer.size() - offset >= sizeof(nlmsghdr)) {
        const auto header = readStruct<nlmsghdr>(buffer.subspan(offset));
        const std::size_t length = header->nlmsg_len;
        if (length < headerLength || length > buffer.size() - offset) {
            break;
        }
        messages.push_back(Message {header->nlmsg_type, header->nlmsg_flags, header->nlmsg_seq, header->nlmsg_pid,
            buffer.subspan(offset + headerLength, length - headerLength)});
        // The last message may come without its alignment padding.
        offset += std::min(align4(length), buffer.size() - offset);
    }
    return messages;
}

std::optional<std::vector<Attribute>> splitAttributes(std::span<const std::uint8_t> buffer)
{
    std::vector<Attribute> attributes;
    std::size_t offset = 0;
    while (offset < buffer.size()) {
        const auto header = readStruct<rtattr>(buffer.subspan(offset));
        if (!header) {
            return std::nullopt;
        }
        const std::size_t length = header->rta_len;
        if (length < attributeHeaderLength || length > buffer.size() - offset) {
            return std::nullopt;
        }
        attributes.push_back(Attribute {static_cast<std::uint16_t>(header->rta_type & NLA_TYPE_MASK),
            buffer.subspan(offset + attributeHeaderLength, length - attributeHeaderLength)});
        offset += std::min(align4(length), buffer.size() - offset);
    }
    return attributes;
}

std::optional<std::uint32_t> readU32(std::span<const std::uint8_t> bytes)
{
    return readStruct<std::uint32_t>(bytes);
}

Result<std::vector<std::uint8_t>, NetError> dump(
    std::uint16_t messageType, std::span<const std::uint8_t> familyHeader, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (int attempt = 1;; ++attempt) {
        auto result = dumpOnce(messageType, familyHeader, deadline);
        if (!result) {
            return Failure<NetError> {result.error()};
        }
        if (!result->interrupted || attempt == maximumAttempts) {
            if (result->interrupted) {
                return fail(NetCode::SystemError, "netlink dump interrupted by changes, three times");
            }
            return std::move(result->messages);
        }
    }
}

std::optional<unsigned> parseDefaultRouteDump(std::span<const std::uint8_t> buffer)
{
    std::optional<unsigned> best;
    std::uint32_t bestMetric = std::numeric_limits<std::uint32_t>::max();
    for (const Message& message : splitMessages(buffer)) {
        if (message.type != RTM_NEWROUTE) {
            continue;
        }
        const auto route = readStruct<rtmsg>(message.payload);
        if (!route || route->rtm_family != AF_INET || route->rtm_dst_len != 0 || route->rtm_type != RTN_UNICAST
            || message.payload.size() < align4(sizeof(rtmsg))) {
            continue;
        }
        const auto attributes = splitAttributes(message.payload.subspan(align4(sizeof(rtmsg))));
        if (!attributes) {
            continue;
        }
        std::uint32_t table = route->rtm_table;
        std::uint32_t metric = 0;
        std::optional<std::uint32_t> outputInterface;
        for (const Attribute& attribute : *attributes) {
            if (attribute.type == RTA_TABLE) {
                table = readU32(attribute.payload).value_or(table);
            } else if (attribute.type == RTA_PRIORITY) {
                metric = readU32(attribute.payload).value_or(metric);
            } else if (attribute.type == RTA_OIF) {
                outputInterface = readU32(attribute.payload);
            } else if (attribute.type == RTA_MULTIPATH && !outputInterface) {
                // A multipath default route: take the first next hop's interface.
                const auto nextHop = readStruct<rtnexthop>(attribute.payload);
                if (nextHop && nextHop->rtnh_len >= sizeof(rtnexthop) && nextHop->rtnh_ifindex > 0) {
                    outputInterface = static_cast<std::uint32_t>(nextHop->rtnh_ifindex);
                }
            }
        }
        if (table != RT_TABLE_MAIN || !outputInterface || *outputInterface == 0) {
            continue;
        }
        if (!best || metric < bestMetric) {
            best = *outputInterface;
            bestMetric = metric;
        }
    }
    return best;
}

std::optional<std::string> parseProcNetRoute(std::string_view text)
{
    constexpr unsigned routeUp = 0x0001;  // RTF_UP
    std::optional<std::string> best;
    std::uint32_t bestMetric = 0;
    while (!text.empty()) {
        const std::size_t newline = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, newline);
        text.remove_prefix(std::min(newline + 1, text.size()));

        const std::vector<std::string_view> fields = splitWhitespace(line);
        if (fields.size() < 8 || fields[0] == "Iface") {
            continue;
        }
        const auto destination = parseNumber<std::uint32_t>(fields[1], 16);
        const auto flags = parseNumber<unsigned>(fields[3], 16);
        const auto metric = parseNumber<std::uint32_t>(fields[6], 10);
        const auto mask = parseNumber<std::uint32_t>(fields[7], 16);
        if (!destination || !flags || !metric || !mask || *destination != 0 || *mask != 0 || (*flags & routeUp) == 0) {
            continue;
        }
        if (!best || *metric < bestMetric) {
            best = std::string(fields[0]);
            bestMetric = *metric;
        }
    }
    return best;
}

}  // namespace voordeur::core::net::netlink
