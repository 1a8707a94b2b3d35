// SPDX-License-Identifier: EUPL-1.2
#include "CapturedPackets.h"
#include "core/net/dns/Codec.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using voordeur::core::dns::encodeMessage;
using voordeur::core::dns::encodeQuery;
using voordeur::core::dns::kMaxPacketSize;
using voordeur::core::dns::Message;
using voordeur::core::dns::Name;
using voordeur::core::dns::ParseCode;
using voordeur::core::dns::parseMessage;
using voordeur::core::dns::Question;
using voordeur::core::dns::RecordType;
using voordeur::core::dns::ResourceRecord;
using voordeur::core::dns::SrvData;
using voordeur::core::dns::TxtEntry;
using voordeur::tests::capturedPacket;

namespace {

constexpr auto kPtr = static_cast<std::uint16_t>(RecordType::PTR);

Name ipp()
{
    return Name::fromLabels({"_ipp", "_tcp", "local"});
}

Name instance()
{
    return Name::fromLabels({"Living.Room Printer", "_ipp", "_tcp", "local"});
}

Name host()
{
    return Name::fromLabels({"printer-3f2a", "local"});
}

ResourceRecord record(Name name, RecordType type, decltype(ResourceRecord::data) data, bool cacheFlush = true)
{
    ResourceRecord r;
    r.name = std::move(name);
    r.type = static_cast<std::uint16_t>(type);
    r.cacheFlush = cacheFlush;
    r.ttl = type == RecordType::PTR || type == RecordType::TXT ? 4500 : 120;
    r.data = std::move(data);
    return r;
}

Message printerResponse()
{
    Message message;
    message.flags = 0x8400;
    message.answers = {record(ipp(), RecordType::PTR, instance(), false),
        record(instance(), RecordType::SRV, SrvData {0, 0, 631, host()}),
        record(instance(), RecordType::TXT, std::vector<TxtEntry> {{"rp", "ipp/print"}, {"Duplex", std::nullopt}})};
    message.additionals = {record(host(), RecordType::A, ResourceRecord::Ipv4 {192, 168, 1, 23}),
        record(host(), RecordType::AAAA,
            ResourceRecord::Ipv6 {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55})};
    return message;
}

}  // namespace

TEST_CASE("encodeQuery writes the very bytes of the capture's query script", "[dns]")
{
    CHECK(encodeQuery(0, {Question {ipp(), kPtr, 1, true}}) == capturedPacket("query-ipp-qu.bin"));
    CHECK(encodeQuery(0, {Question {Name::fromLabels({"_services", "_dns-sd", "_udp", "local"}), kPtr, 1, false}})
        == capturedPacket("query-services-qm.bin"));
    CHECK(encodeQuery(0x4A7E, {Question {Name::fromLabels({"_http", "_tcp", "local"}), kPtr, 1, false}})
        == capturedPacket("query-http-legacy.bin"));
}

TEST_CASE("a query with the QU bit and a known answer survives encoding and parsing", "[dns]")
{
    const Question question {ipp(), kPtr, 1, true};
    const ResourceRecord known = record(ipp(), RecordType::PTR, instance(), false);
    const auto bytes = encodeQuery(7, {question}, {known});
    REQUIRE_FALSE(bytes.empty());

    // The class of the question has its top bit set, and the known answer's owner points at the question.
    const std::size_t questionEnd = 12 + ipp().wireLength();
    CHECK(bytes[questionEnd + 2] == 0x80);
    CHECK(bytes[questionEnd + 3] == 0x01);
    CHECK(bytes[questionEnd + 4] == 0xC0);
    CHECK(bytes[questionEnd + 5] == 12);

    const auto parsed = parseMessage(bytes);
    REQUIRE(parsed);
    CHECK(parsed->id == 7);
    CHECK_FALSE(parsed->isResponse());
    CHECK(parsed->questions == std::vector<Question> {question});
    CHECK(parsed->answers == std::vector<ResourceRecord> {known});
}

TEST_CASE("repeated names and suffixes are compressed into pointers", "[dns]")
{
    // The same name twice: the second is a two-byte pointer.
    const auto twice = encodeQuery(0, {Question {ipp(), kPtr, 1, false}, Question {ipp(), kPtr, 1, false}});
    CHECK(twice.size() == 12 + (ipp().wireLength() + 4) + (2 + 4));

    const Message message = printerResponse();
    std::size_t uncompressed = 12;
    for (const ResourceRecord& r : message.answers) {
        uncompressed += r.name.wireLength() + 10;
    }
    for (const ResourceRecord& r : message.additionals) {
        uncompressed += r.name.wireLength() + 10;
    }
    uncompressed += instance().wireLength() + (6 + host().wireLength()) + (1 + 12 + 1 + 6) + 4 + 16;
    const auto encoded = encodeMessage(message);
    REQUIRE_FALSE(encoded.empty());
    CHECK(encoded.size() < uncompressed);
    // Every owner name after the first and both targets end in pointers: 296 bytes become 170.
    CHECK(uncompressed == 296);
    CHECK(encoded.size() == 170);

    const auto parsed = parseMessage(encoded);
    REQUIRE(parsed);
    CHECK(*parsed == message);
}

TEST_CASE("every kind of record round-trips, unknown types as raw bytes", "[dns]")
{
    Message message = printerResponse();
    message.id = 0x1234;
    message.questions = {Question {instance(), static_cast<std::uint16_t>(RecordType::ANY), 1, true}};
    ResourceRecord hinfo;
    hinfo.name = host();
    hinfo.type = 13;
    hinfo.ttl = 0xFFFFFFFF;
    hinfo.rawData = {3, 'A', 'R', 'M', 5, 'L', 'I', 'N', 'U', 'X'};
    ResourceRecord alias = record(Name::fromLabels({"www", "local"}), RecordType::CNAME, host());
    ResourceRecord emptyTxt = record(instance(), RecordType::TXT, std::vector<TxtEntry> {});
    message.authorities = {hinfo, alias};
    message.additionals.push_back(emptyTxt);

    const auto parsed = parseMessage(encodeMessage(message));
    REQUIRE(parsed);
    CHECK(*parsed == message);
    CHECK(parsed->questions.front().unicastResponse);
    CHECK(parsed->authorities.front().rawData == hinfo.rawData);
}

TEST_CASE("the case of names is kept: only byte-identical suffixes are shared", "[dns]")
{
    Message message;
    message.questions = {Question {Name::fromLabels({"_ipp", "_tcp", "local"}), kPtr, 1, false},
        Question {Name::fromLabels({"Printer", "_IPP", "_tcp", "local"}), kPtr, 1, false}};
    const auto parsed = parseMessage(encodeMessage(message));
    REQUIRE(parsed);
    CHECK(parsed->questions[1].name.labels == std::vector<std::string> {"Printer", "_IPP", "_tcp", "local"});
}

TEST_CASE("messages that cannot be sent encode to nothing", "[dns]")
{
    CHECK(encodeQuery(0, {Question {Name::fromLabels({std::string(64, 'x'), "local"}), kPtr, 1, false}}).empty());
    CHECK(encodeQuery(0, {Question {Name::fromLabels({"a", "", "local"}), kPtr, 1, false}}).empty());
    Name tooLong;
    tooLong.labels.assign(5, std::string(60, 'x'));
    CHECK(encodeQuery(0, {Question {tooLong, kPtr, 1, false}}).empty());

    Message badTxt;
    badTxt.answers = {record(instance(), RecordType::TXT, std::vector<TxtEntry> {{"k", std::string(300, 'v')}})};
    CHECK(encodeMessage(badTxt).empty());

    Message badTarget;
    badTarget.answers = {record(ipp(), RecordType::PTR, Name::fromLabels({std::string(70, 'x')}))};
    CHECK(encodeMessage(badTarget).empty());
}

TEST_CASE("a message of exactly 9000 bytes is the largest sent and read", "[dns]")
{
    Message message;
    ResourceRecord big;
    big.type = 65280;  // private use
    big.rawData.assign(kMaxPacketSize - 12 - 1 - 10, 0xAB);
    message.answers = {big};
    const auto encoded = encodeMessage(message);
    REQUIRE(encoded.size() == kMaxPacketSize);
    const auto parsed = parseMessage(encoded);
    REQUIRE(parsed);
    CHECK(parsed->answers.front().rawData.size() == big.rawData.size());

    message.answers.front().rawData.push_back(0xAB);
    CHECK(encodeMessage(message).empty());
    auto oversized = encoded;
    oversized.push_back(0);
    const auto refused = parseMessage(oversized);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ParseCode::TooLarge);
}
