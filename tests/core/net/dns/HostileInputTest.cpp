// SPDX-License-Identifier: EUPL-1.2
#include "CapturedPackets.h"
#include "core/net/dns/Codec.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using voordeur::core::dns::encodeMessage;
using voordeur::core::dns::kMaxPacketSize;
using voordeur::core::dns::ParseCode;
using voordeur::core::dns::parseMessage;
using voordeur::core::dns::RecordType;
using voordeur::core::dns::ResourceRecord;
using voordeur::tests::capturedPacket;
using voordeur::tests::capturedPacketFiles;

namespace {

using Bytes = std::vector<std::uint8_t>;

std::uint8_t high(std::size_t value)
{
    return static_cast<std::uint8_t>((value >> 8U) & 0xFFU);
}

std::uint8_t low(std::size_t value)
{
    return static_cast<std::uint8_t>(value & 0xFFU);
}

Bytes header(std::size_t questions, std::size_t answers = 0, std::size_t authorities = 0, std::size_t additionals = 0)
{
    return {0, 0, 0x84, 0, high(questions), low(questions), high(answers), low(answers), high(authorities),
        low(authorities), high(additionals), low(additionals)};
}

void add(Bytes& bytes, std::initializer_list<std::uint8_t> more)
{
    bytes.insert(bytes.end(), more);
}

void addLabel(Bytes& bytes, std::string_view label)
{
    bytes.push_back(static_cast<std::uint8_t>(label.size()));
    for (const char c : label) {
        bytes.push_back(static_cast<std::uint8_t>(c));
    }
}

void addPointer(Bytes& bytes, std::size_t target)
{
    add(bytes, {static_cast<std::uint8_t>(0xC0U | high(target)), low(target)});
}

// Type PTR, class IN: what follows a question's name.
void addQuestionTail(Bytes& bytes)
{
    add(bytes, {0, 12, 0, 1});
}

// A record owned by the root name.
void addRecord(Bytes& bytes, RecordType type, const Bytes& rdata)
{
    const auto t = static_cast<std::uint16_t>(type);
    add(bytes, {0, high(t), low(t), 0, 1, 0, 0, 0, 120, high(rdata.size()), low(rdata.size())});
    bytes.insert(bytes.end(), rdata.begin(), rdata.end());
}

ParseCode refusal(const Bytes& bytes)
{
    const auto message = parseMessage(bytes);
    REQUIRE_FALSE(message);
    return message.error().code;
}

// One question "a." followed by a second question whose name is `name`.
Bytes secondQuestionNamed(std::initializer_list<std::uint8_t> name)
{
    Bytes bytes = header(2);
    addLabel(bytes, "a");
    add(bytes, {0});
    addQuestionTail(bytes);  // the second name starts at offset 19
    add(bytes, name);
    addQuestionTail(bytes);
    return bytes;
}

}  // namespace

TEST_CASE("every truncation of a captured packet is refused as truncated", "[dns]")
{
    for (const std::string& file : capturedPacketFiles()) {
        INFO(file);
        const Bytes packet = capturedPacket(file);
        REQUIRE(packet.size() > 12);
        std::size_t wrong = 0;
        std::size_t firstWrong = 0;
        for (std::size_t length = 0; length < packet.size(); ++length) {
            const auto message = parseMessage(std::span(packet.data(), length));
            if (message || message.error().code != ParseCode::Truncated) {
                firstWrong = wrong == 0 ? length : firstWrong;
                ++wrong;
            }
        }
        INFO("first wrong length " << firstWrong);
        CHECK(wrong == 0);
    }
}

TEST_CASE("a compression pointer to itself is a loop", "[dns]")
{
    CHECK(refusal(secondQuestionNamed({0xC0, 19})) == ParseCode::CompressionLoop);
    Bytes first = header(1);
    addPointer(first, 12);
    addQuestionTail(first);
    CHECK(refusal(first) == ParseCode::CompressionLoop);
}

TEST_CASE("a compression pointer back into its own name is a loop", "[dns]")
{
    // "b" at 19, "c" at 21, then a pointer to 19.
    CHECK(refusal(secondQuestionNamed({1, 'b', 1, 'c', 0xC0, 19})) == ParseCode::CompressionLoop);
    CHECK(refusal(secondQuestionNamed({1, 'b', 1, 'c', 0xC0, 21})) == ParseCode::CompressionLoop);
}

TEST_CASE("two compression pointers pointing at each other are refused at the forward one", "[dns]")
{
    // The pointer at 19 leads to 21, the one at 21 back to 19: any such pair has a forward pointer.
    CHECK(refusal(secondQuestionNamed({0xC0, 21, 0xC0, 19})) == ParseCode::BadPointer);
}

TEST_CASE("a forward compression pointer is refused", "[dns]")
{
    Bytes bytes = header(2);
    addPointer(bytes, 18);  // to the name of the second question
    addQuestionTail(bytes);
    addLabel(bytes, "local");
    add(bytes, {0});
    addQuestionTail(bytes);
    CHECK(refusal(bytes) == ParseCode::BadPointer);
}

TEST_CASE("a compression pointer beyond the packet is refused", "[dns]")
{
    CHECK(refusal(secondQuestionNamed({0xFF, 0xFF})) == ParseCode::BadPointer);
    Bytes atEnd = secondQuestionNamed({0xC0, 25});
    REQUIRE(atEnd.size() == 25);
    CHECK(refusal(atEnd) == ParseCode::BadPointer);
}

TEST_CASE("a compression pointer must lead to the start of a label read before", "[dns]")
{
    CHECK(refusal(secondQuestionNamed({0xC0, 13})) == ParseCode::BadPointer);  // into the label "a"
    CHECK(refusal(secondQuestionNamed({0xC0, 4})) == ParseCode::BadPointer);   // into the header
    CHECK(refusal(secondQuestionNamed({0xC0, 15})) == ParseCode::BadPointer);  // into the type field
    CHECK(parseMessage(secondQuestionNamed({0xC0, 12})));                      // to "a": fine
    CHECK(parseMessage(secondQuestionNamed({0xC0, 14})));                      // to the root ending "a": fine
}

TEST_CASE("a name may follow at most sixteen compression pointers", "[dns]")
{
    // Question 1 is "a."; each later question is a pointer to the one before, so question n follows n - 1.
    const auto chain = [](std::size_t questions) {
        Bytes bytes = header(questions);
        addLabel(bytes, "a");
        add(bytes, {0});
        addQuestionTail(bytes);
        std::size_t previous = 12;
        for (std::size_t i = 1; i < questions; ++i) {
            const std::size_t start = bytes.size();
            addPointer(bytes, previous);
            addQuestionTail(bytes);
            previous = start;
        }
        return bytes;
    };
    const auto seventeen = parseMessage(chain(17));
    REQUIRE(seventeen);
    CHECK(seventeen->questions.back().name.toString() == "a");
    CHECK(refusal(chain(18)) == ParseCode::CompressionLoop);
}

TEST_CASE("a label length of 64 or more is not a label", "[dns]")
{
    Bytes label64 = header(1);
    add(label64, {64});
    label64.insert(label64.end(), 64, 'x');
    add(label64, {0});
    addQuestionTail(label64);
    CHECK(refusal(label64) == ParseCode::BadLabel);

    CHECK(refusal(secondQuestionNamed({0x80, 0})) == ParseCode::BadLabel);
    CHECK(refusal(secondQuestionNamed({0x41, 0})) == ParseCode::BadLabel);  // EDNS0 extended label type
}

TEST_CASE("a name of more than 255 bytes is refused, also when pointers assemble it", "[dns]")
{
    const auto labels = [](Bytes& bytes, std::initializer_list<std::size_t> lengths) {
        for (const std::size_t length : lengths) {
            addLabel(bytes, std::string(length, 'x'));
        }
    };

    Bytes longest = header(1);
    labels(longest, {63, 63, 63, 61});  // 255 bytes with the length bytes and the final zero
    add(longest, {0});
    addQuestionTail(longest);
    CHECK(parseMessage(longest));

    Bytes direct = header(1);
    labels(direct, {63, 63, 63, 62});
    add(direct, {0});
    addQuestionTail(direct);
    CHECK(refusal(direct) == ParseCode::NameTooLong);

    Bytes assembled = header(2);
    labels(assembled, {61, 61, 61, 61});  // 249 bytes
    add(assembled, {0});
    addQuestionTail(assembled);
    labels(assembled, {10});
    addPointer(assembled, 12);  // 11 + 249 bytes
    addQuestionTail(assembled);
    CHECK(refusal(assembled) == ParseCode::NameTooLong);
}

TEST_CASE("a header claiming 65535 records in 40 bytes is refused before any record is read", "[dns]")
{
    Bytes bytes = header(65535, 65535, 65535, 65535);
    bytes.resize(40, 0);
    CHECK(refusal(bytes) == ParseCode::Truncated);

    Bytes answers = header(0, 65535);
    addRecord(answers, RecordType::A, {10, 0, 0, 1});
    CHECK(refusal(answers) == ParseCode::Truncated);

    // The smallest records really present are accepted: 3 root-name questions in 15 bytes.
    Bytes smallest = header(3);
    for (int i = 0; i < 3; ++i) {
        add(smallest, {0, 0, 1, 0, 1});
    }
    CHECK(parseMessage(smallest));
}

TEST_CASE("fewer than twelve bytes are not a message", "[dns]")
{
    CHECK(refusal({}) == ParseCode::Truncated);
    CHECK(refusal(Bytes(11, 0)) == ParseCode::Truncated);
    CHECK(parseMessage(Bytes(12, 0)));
}

TEST_CASE("record data running past the end of the packet is refused", "[dns]")
{
    Bytes bytes = header(0, 1);
    addRecord(bytes, RecordType::A, {10, 0, 0, 1});
    bytes[bytes.size() - 5] = 100;  // rdlength 100, 4 bytes present
    CHECK(refusal(bytes) == ParseCode::Truncated);
}

TEST_CASE("a TXT string longer than its record data is refused", "[dns]")
{
    Bytes bytes = header(0, 2);
    addRecord(bytes, RecordType::TXT, {5, 'a', '=', 'b'});
    addRecord(bytes, RecordType::A, {10, 0, 0, 1});  // the TXT string would run into this record
    CHECK(refusal(bytes) == ParseCode::BadRecordData);
}

TEST_CASE("SRV, A and AAAA data of the wrong size is refused", "[dns]")
{
    const auto single = [](RecordType type, const Bytes& rdata) {
        Bytes bytes = header(0, 1);
        addRecord(bytes, type, rdata);
        return bytes;
    };
    CHECK(refusal(single(RecordType::SRV, {0, 0, 0, 0, 2})) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::SRV, {0, 0, 0, 0, 2, 0x77})) == ParseCode::BadRecordData);
    CHECK(parseMessage(single(RecordType::SRV, {0, 0, 0, 0, 2, 0x77, 0})));
    CHECK(refusal(single(RecordType::A, {10, 0, 0})) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::A, {10, 0, 0, 1, 0})) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::AAAA, Bytes(15, 0))) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::AAAA, Bytes(17, 0))) == ParseCode::BadRecordData);
    CHECK(parseMessage(single(RecordType::AAAA, Bytes(16, 0))));
}

TEST_CASE("a PTR or SRV target must fill its record data exactly", "[dns]")
{
    const auto single = [](RecordType type, const Bytes& rdata, std::size_t extra = 0) {
        Bytes bytes = header(0, 1);
        addRecord(bytes, type, rdata);
        bytes.insert(bytes.end(), extra, 0);
        return bytes;
    };
    // A label of 5 bytes in 3 bytes of data, with bytes after the record to read into.
    CHECK(refusal(single(RecordType::PTR, {5, 'a', 'b'}, 8)) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::PTR, {1, 'a', 0, 0})) == ParseCode::BadRecordData);
    CHECK(refusal(single(RecordType::SRV, {0, 0, 0, 0, 0, 80, 3, 'a', 0}, 8)) == ParseCode::BadRecordData);
    CHECK(parseMessage(single(RecordType::PTR, {1, 'a', 0})));
}

TEST_CASE("unknown record types are kept raw and the records after them are still read", "[dns]")
{
    Bytes bytes = header(0, 2);
    addRecord(bytes, static_cast<RecordType>(99), {0xC0, 0xFF, 3});  // a pointer-like byte: never followed
    addRecord(bytes, RecordType::A, {10, 0, 0, 1});
    const auto message = parseMessage(bytes);
    REQUIRE(message);
    REQUIRE(message->answers.size() == 2);
    CHECK(message->answers[0].type == 99);
    CHECK(message->answers[0].rawData == Bytes {0xC0, 0xFF, 3});
    CHECK(std::get<ResourceRecord::Ipv4>(message->answers[1].data) == ResourceRecord::Ipv4 {10, 0, 0, 1});
}

TEST_CASE("a packet of more than 9000 bytes is refused unread", "[dns]")
{
    CHECK(refusal(Bytes(kMaxPacketSize + 1, 0)) == ParseCode::TooLarge);
    CHECK(refusal(Bytes(65535, 0xC0)) == ParseCode::TooLarge);
}

TEST_CASE("20,000 random mutations of captured packets never crash, and what parses re-encodes", "[dns]")
{
    std::mt19937 random(20261123);
    const auto below
        = [&random](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    std::vector<Bytes> packets;
    for (const std::string& file : capturedPacketFiles()) {
        packets.push_back(capturedPacket(file));
    }

    std::size_t parsed = 0;
    std::size_t notReencoded = 0;
    for (int round = 0; round < 20000; ++round) {
        Bytes bytes = packets[below(packets.size())];
        const std::size_t mutations = 1 + below(6);
        for (std::size_t m = 0; m < mutations && !bytes.empty(); ++m) {
            const std::size_t at = below(bytes.size());
            switch (below(7)) {
            case 0:
                bytes[at] = static_cast<std::uint8_t>(below(256));
                break;
            case 1:
                bytes[at] ^= static_cast<std::uint8_t>(1U << below(8));
                break;
            case 2:  // a compression pointer somewhere in the packet
                bytes[at] = static_cast<std::uint8_t>(0xC0U | below(bytes.size() >> 8U | 1U));
                if (at + 1 < bytes.size()) {
                    bytes[at + 1] = static_cast<std::uint8_t>(below(256));
                }
                break;
            case 3:
                bytes.resize(at);
                break;
            case 4:
                bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                    bytes.begin() + static_cast<std::ptrdiff_t>(std::min(bytes.size(), at + 1 + below(16))));
                break;
            case 5: {
                const std::size_t from = below(bytes.size());
                const Bytes chunk(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                    bytes.begin() + static_cast<std::ptrdiff_t>(std::min(bytes.size(), from + 1 + below(32))));
                bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), chunk.begin(), chunk.end());
                break;
            }
            default:  // a section count
                if (bytes.size() >= 12) {
                    bytes[4 + 2 * below(4) + 1] = static_cast<std::uint8_t>(below(256));
                }
                break;
            }
        }
        const auto message = parseMessage(bytes);
        if (!message) {
            continue;
        }
        ++parsed;
        const auto again = parseMessage(encodeMessage(*message));
        if (!again || !(*again == *message)) {
            ++notReencoded;
        }
    }
    INFO(parsed << " of 20000 mutations parsed");
    CHECK(parsed > 1000);
    CHECK(notReencoded == 0);
}

TEST_CASE("random bytes never crash the parser", "[dns]")
{
    std::mt19937 random(6762);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 5000; ++round) {
        Bytes bytes(std::uniform_int_distribution<std::size_t>(0, 1500)(random));
        for (auto& b : bytes) {
            b = static_cast<std::uint8_t>(byte(random));
        }
        if (bytes.size() >= 12) {
            // Small counts, so that the records are really read rather than refused by the counts check.
            for (std::size_t count = 4; count < 12; count += 2) {
                bytes[count] = 0;
                bytes[count + 1] = static_cast<std::uint8_t>(byte(random) % 4);
            }
        }
        const auto message = parseMessage(bytes);
        if (message) {
            CHECK_FALSE(encodeMessage(*message).empty());
        }
    }
}
