// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace voordeur::tests {

/// Writes rtnetlink messages the way the kernel does, for feeding the parsers crafted dumps.
class NetlinkBuffer final
{
public:
    /// Starts a message; attributes follow until the next begin() or bytes().
    template <typename FamilyHeader>
    NetlinkBuffer& begin(std::uint16_t type, const FamilyHeader& header, std::uint16_t flags = NLM_F_MULTI)
    {
        finish();
        m_start = m_bytes.size();
        nlmsghdr message {};
        message.nlmsg_type = type;
        message.nlmsg_flags = flags;
        message.nlmsg_seq = 7;
        append(&message, sizeof(message));
        append(&header, sizeof(header));
        pad();
        return *this;
    }

    NetlinkBuffer& attribute(std::uint16_t type, std::initializer_list<std::uint8_t> payload)
    {
        return attribute(type, std::vector<std::uint8_t>(payload));
    }

    NetlinkBuffer& attribute(std::uint16_t type, const std::vector<std::uint8_t>& payload)
    {
        rtattr header {};
        header.rta_type = type;
        header.rta_len = static_cast<unsigned short>(sizeof(rtattr) + payload.size());
        append(&header, sizeof(header));
        append(payload.data(), payload.size());
        pad();
        return *this;
    }

    NetlinkBuffer& u32Attribute(std::uint16_t type, std::uint32_t value)
    {
        std::vector<std::uint8_t> payload(sizeof(value));
        std::memcpy(payload.data(), &value, sizeof(value));
        return attribute(type, payload);
    }

    /// A raw attribute header claiming `claimedLength` bytes, followed by `actual` bytes.
    NetlinkBuffer& lyingAttribute(std::uint16_t type, unsigned short claimedLength, std::size_t actual)
    {
        rtattr header {};
        header.rta_type = type;
        header.rta_len = claimedLength;
        append(&header, sizeof(header));
        m_bytes.resize(m_bytes.size() + actual, 0xAB);
        pad();
        return *this;
    }

    NetlinkBuffer& done()
    {
        const std::int32_t status = 0;
        begin(NLMSG_DONE, status);
        return *this;
    }

    std::vector<std::uint8_t> bytes()
    {
        finish();
        return m_bytes;
    }

    /// The offsets at which each message starts (after bytes()).
    const std::vector<std::size_t>& messageStarts() const { return m_starts; }

private:
    void append(const void* data, std::size_t size)
    {
        const auto* first = static_cast<const std::uint8_t*>(data);
        m_bytes.insert(m_bytes.end(), first, first + size);
    }

    void pad() { m_bytes.resize((m_bytes.size() + 3U) & ~std::size_t {3}, 0); }

    void finish()
    {
        if (m_start == npos) {
            return;
        }
        const auto length = static_cast<std::uint32_t>(m_bytes.size() - m_start);
        std::memcpy(m_bytes.data() + m_start, &length, sizeof(length));
        m_starts.push_back(m_start);
        m_start = npos;
    }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::vector<std::uint8_t> m_bytes;
    std::vector<std::size_t> m_starts;
    std::size_t m_start = npos;
};

inline ndmsg neighbourHeader(std::uint8_t family, int ifindex, std::uint16_t state)
{
    ndmsg header {};
    header.ndm_family = family;
    header.ndm_ifindex = ifindex;
    header.ndm_state = state;
    return header;
}

inline rtmsg routeHeader(std::uint8_t family, std::uint8_t destinationLength, std::uint8_t table = RT_TABLE_MAIN,
    std::uint8_t type = RTN_UNICAST)
{
    rtmsg header {};
    header.rtm_family = family;
    header.rtm_dst_len = destinationLength;
    header.rtm_table = table;
    header.rtm_type = type;
    header.rtm_protocol = RTPROT_BOOT;
    header.rtm_scope = RT_SCOPE_UNIVERSE;
    return header;
}

}  // namespace voordeur::tests
