// SPDX-License-Identifier: EUPL-1.2
#include "CapturedPackets.h"

#include "core/net/dns/Codec.h"
#include "core/net/dns/Txt.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using voordeur::core::dns::findTxt;
using voordeur::core::dns::Message;
using voordeur::core::dns::Name;
using voordeur::core::dns::parseMessage;
using voordeur::core::dns::RecordType;
using voordeur::core::dns::ResourceRecord;
using voordeur::core::dns::SrvData;
using voordeur::core::dns::TxtEntry;
using voordeur::tests::capturedPacket;

namespace {

// "Printer — Woonkamer ☕" in UTF-8, as avahi sent it.
constexpr std::string_view kPrinter = "Printer \xE2\x80\x94 Woonkamer \xE2\x98\x95";
constexpr ResourceRecord::Ipv4 kHostIpv4 {192, 168, 77, 10};
constexpr ResourceRecord::Ipv6 kHostIpv6 {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x00, 0x76, 0x64, 0xff, 0xfe, 0x00, 0x00, 0x0a};

Name printerInstance()
{
    return Name::fromLabels({kPrinter, "_ipp", "_tcp", "local"});
}

Name speakerInstance()
{
    return Name::fromLabels({"Living.Room Speaker", "_http", "_tcp", "local"});
}

Name sshInstance()
{
    return Name::fromLabels({"voordeur-lab", "_ssh", "_tcp", "local"});
}

Name host()
{
    return Name::fromLabels({"voordeur-lab", "local"});
}

Message parsed(const std::string& file)
{
    const auto packet = capturedPacket(file);
    REQUIRE_FALSE(packet.empty());
    auto message = parseMessage(packet);
    if (!message) {
        FAIL(file << ": " << message.error().detail);
    }
    return std::move(message).value();
}

std::vector<ResourceRecord> recordsOf(const std::vector<ResourceRecord>& records, const Name& name, RecordType type)
{
    std::vector<ResourceRecord> found;
    std::copy_if(records.begin(), records.end(), std::back_inserter(found),
        [&](const ResourceRecord& record) { return record.isType(type) && record.name.equalsIgnoreCase(name); });
    return found;
}

const ResourceRecord& onlyRecord(const std::vector<ResourceRecord>& records, const Name& name, RecordType type)
{
    const auto it = std::find_if(records.begin(), records.end(),
        [&](const ResourceRecord& record) { return record.isType(type) && record.name.equalsIgnoreCase(name); });
    REQUIRE(it != records.end());
    REQUIRE(recordsOf(records, name, type).size() == 1);
    return *it;
}

std::vector<Name> ptrTargets(const std::vector<ResourceRecord>& records, const Name& name)
{
    std::vector<Name> targets;
    for (const ResourceRecord& record : recordsOf(records, name, RecordType::PTR)) {
        REQUIRE(std::holds_alternative<Name>(record.data));
        targets.push_back(std::get<Name>(record.data));
    }
    return targets;
}

}  // namespace

TEST_CASE("avahi's announcement gives each service its PTR, SRV, TXT and the host's addresses", "[dns]")
{
    const Message message = parsed("announcement-ipv4.bin");
    CHECK(message.isResponse());
    CHECK(message.flags == 0x8400);  // response, authoritative
    CHECK(message.id == 0);
    CHECK(message.questions.empty());
    CHECK(message.answers.size() == 19);
    CHECK(message.authorities.empty());
    CHECK(message.additionals.empty());

    const auto types = ptrTargets(message.answers, Name::fromLabels({"_services", "_dns-sd", "_udp", "local"}));
    CHECK(types
        == std::vector<Name> {Name::fromLabels({"_ipp", "_tcp", "local"}), Name::fromLabels({"_http", "_tcp", "local"}),
            Name::fromLabels({"_ssh", "_tcp", "local"}), Name::fromLabels({"_workstation", "_tcp", "local"})});

    // Shared PTR records have no cache-flush bit; unique SRV, TXT and address records have it.
    const ResourceRecord& printerPtr
        = onlyRecord(message.answers, Name::fromLabels({"_ipp", "_tcp", "local"}), RecordType::PTR);
    CHECK(std::get<Name>(printerPtr.data) == printerInstance());
    CHECK(std::get<Name>(printerPtr.data).labels.front() == kPrinter);
    CHECK_FALSE(printerPtr.cacheFlush);
    CHECK(printerPtr.ttl == 4500);
    CHECK(ptrTargets(message.answers, Name::fromLabels({"_universal", "_sub", "_ipp", "_tcp", "local"}))
        == std::vector<Name> {printerInstance()});

    const ResourceRecord& printerSrv = onlyRecord(message.answers, printerInstance(), RecordType::SRV);
    CHECK(printerSrv.cacheFlush);
    CHECK(printerSrv.rrclass == 1);
    CHECK(printerSrv.ttl == 120);
    CHECK(std::get<SrvData>(printerSrv.data) == SrvData {0, 0, 631, host()});

    const ResourceRecord& printerTxt = onlyRecord(message.answers, printerInstance(), RecordType::TXT);
    CHECK(printerTxt.cacheFlush);
    CHECK(std::get<std::vector<TxtEntry>>(printerTxt.data)
        == std::vector<TxtEntry> {{"txtvers", "1"}, {"rp", "ipp/print"}, {"ty", "Voordeur Lab Printer"},
            {"pdl", "application/pdf,image/urf"}, {"Duplex", std::nullopt}, {"note", ""},
            {"bin", std::string("\x00\xff=\n", 4)}});

    const ResourceRecord& speakerSrv = onlyRecord(message.answers, speakerInstance(), RecordType::SRV);
    CHECK(std::get<SrvData>(speakerSrv.data).port == 8080);
    CHECK(speakerSrv.name.toString() == "Living\\.Room Speaker._http._tcp.local");
    const auto& speakerTxt
        = std::get<std::vector<TxtEntry>>(onlyRecord(message.answers, speakerInstance(), RecordType::TXT).data);
    REQUIRE(speakerTxt.size() == 1);  // "Path=/ignored-duplicate" repeats the key "path"
    CHECK(findTxt(speakerTxt, "PATH")->value == "/setup");

    CHECK(std::get<SrvData>(onlyRecord(message.answers, sshInstance(), RecordType::SRV).data).port == 22);
    CHECK(std::get<std::vector<TxtEntry>>(onlyRecord(message.answers, sshInstance(), RecordType::TXT).data).empty());

    const Name workstation = Name::fromLabels({"voordeur-lab [02:76:64:00:00:0a]", "_workstation", "_tcp", "local"});
    CHECK(std::get<SrvData>(onlyRecord(message.answers, workstation, RecordType::SRV).data).port == 9);

    const ResourceRecord& a = onlyRecord(message.answers, host(), RecordType::A);
    CHECK(a.cacheFlush);
    CHECK(a.ttl == 120);
    CHECK(std::get<ResourceRecord::Ipv4>(a.data) == kHostIpv4);
    const ResourceRecord& aaaa = onlyRecord(message.answers, host(), RecordType::AAAA);
    CHECK(aaaa.cacheFlush);
    CHECK(std::get<ResourceRecord::Ipv6>(aaaa.data) == kHostIpv6);
}

TEST_CASE("the IPv6 announcement carries the same services with only the IPv6 address", "[dns]")
{
    const Message message = parsed("announcement-ipv6.bin");
    CHECK(message.answers.size() == 18);
    CHECK(recordsOf(message.answers, host(), RecordType::A).empty());
    CHECK(std::get<ResourceRecord::Ipv6>(onlyRecord(message.answers, host(), RecordType::AAAA).data) == kHostIpv6);
    CHECK(std::get<SrvData>(onlyRecord(message.answers, printerInstance(), RecordType::SRV).data).port == 631);
}

TEST_CASE("the answer to the service type enumeration lists the four service types", "[dns]")
{
    const Message query = parsed("query-services-qm.bin");
    CHECK_FALSE(query.isResponse());
    REQUIRE(query.questions.size() == 1);
    CHECK(query.questions[0].name == Name::fromLabels({"_services", "_dns-sd", "_udp", "local"}));
    CHECK(query.questions[0].type == static_cast<std::uint16_t>(RecordType::PTR));
    CHECK_FALSE(query.questions[0].unicastResponse);

    const Message response = parsed("response-services.bin");
    CHECK(response.isResponse());
    CHECK(ptrTargets(response.answers, Name::fromLabels({"_services", "_dns-sd", "_udp", "local"}))
        == std::vector<Name> {Name::fromLabels({"_workstation", "_tcp", "local"}),
            Name::fromLabels({"_ipp", "_tcp", "local"}), Name::fromLabels({"_http", "_tcp", "local"}),
            Name::fromLabels({"_ssh", "_tcp", "local"})});
}

TEST_CASE("the QU bit of a question is read from the top bit of its class", "[dns]")
{
    const Message qu = parsed("query-ipp-qu.bin");
    REQUIRE(qu.questions.size() == 1);
    CHECK(qu.questions[0].unicastResponse);
    CHECK(qu.questions[0].qclass == 1);
    CHECK(qu.questions[0].name == Name::fromLabels({"_ipp", "_tcp", "local"}));

    const Message any = parsed("query-speaker-any-qu.bin");
    REQUIRE(any.questions.size() == 1);
    CHECK(any.questions[0].unicastResponse);
    CHECK(any.questions[0].type == static_cast<std::uint16_t>(RecordType::ANY));
    CHECK(any.questions[0].name == speakerInstance());

    const Message response = parsed("response-ipp.bin");
    CHECK(response.answers.size() == 5);
    CHECK(ptrTargets(response.answers, Name::fromLabels({"_ipp", "_tcp", "local"}))
        == std::vector<Name> {printerInstance()});
    CHECK(std::get<SrvData>(onlyRecord(response.answers, printerInstance(), RecordType::SRV).data).target == host());
    CHECK(
        findTxt(std::get<std::vector<TxtEntry>>(onlyRecord(response.answers, printerInstance(), RecordType::TXT).data),
            "ty")
            ->value
        == "Voordeur Lab Printer");
}

TEST_CASE("a legacy unicast answer echoes the query id and question, without cache-flush bits", "[dns]")
{
    const Message query = parsed("query-http-legacy.bin");
    CHECK(query.id == 0x4A7E);

    const Message response = parsed("response-http-legacy-unicast.bin");
    CHECK(response.isResponse());
    CHECK(response.id == 0x4A7E);
    REQUIRE(response.questions.size() == 1);
    CHECK(response.questions[0] == query.questions[0]);
    REQUIRE(response.answers.size() == 5);
    for (const ResourceRecord& record : response.answers) {
        CHECK_FALSE(record.cacheFlush);
        CHECK(record.ttl == 10);  // RFC 6762 §6.7: at most 10 s for legacy resolvers
    }
    CHECK(std::get<SrvData>(onlyRecord(response.answers, speakerInstance(), RecordType::SRV).data)
        == SrvData {0, 0, 8080, host()});
    CHECK(std::get<ResourceRecord::Ipv4>(onlyRecord(response.answers, host(), RecordType::A).data) == kHostIpv4);
}

TEST_CASE("a known-answer query carries its known answers in the answer section", "[dns]")
{
    const Message query = parsed("query-known-answer.bin");
    CHECK_FALSE(query.isResponse());
    REQUIRE(query.questions.size() == 2);
    CHECK(query.questions[1].name == Name::fromLabels({"_ssh", "_tcp", "local"}));
    REQUIRE(query.answers.size() == 1);
    CHECK(query.answers[0].ttl == 4500);
    CHECK(std::get<Name>(query.answers[0].data) == printerInstance());

    // avahi left out the known printer and answered only for _ssh._tcp.
    const Message response = parsed("response-ssh.bin");
    CHECK(
        ptrTargets(response.answers, Name::fromLabels({"_ssh", "_tcp", "local"})) == std::vector<Name> {sshInstance()});
    CHECK(ptrTargets(response.answers, Name::fromLabels({"_ipp", "_tcp", "local"})).empty());
}

TEST_CASE("an address query is answered with the host's A and AAAA records", "[dns]")
{
    const Message query = parsed("query-host-addresses.bin");
    REQUIRE(query.questions.size() == 2);
    CHECK(query.questions[0].type == static_cast<std::uint16_t>(RecordType::A));
    CHECK(query.questions[1].type == static_cast<std::uint16_t>(RecordType::AAAA));

    const Message response = parsed("response-host-addresses.bin");
    CHECK(std::get<ResourceRecord::Ipv4>(onlyRecord(response.answers, host(), RecordType::A).data) == kHostIpv4);
    CHECK(std::get<ResourceRecord::Ipv6>(onlyRecord(response.answers, host(), RecordType::AAAA).data) == kHostIpv6);

    const Message any = parsed("response-speaker-any.bin");
    CHECK(any.answers.size() == 4);
    CHECK(std::get<SrvData>(onlyRecord(any.answers, speakerInstance(), RecordType::SRV).data).port == 8080);
}

TEST_CASE("probes ask ANY and propose their records in the authority section", "[dns]")
{
    const Message services = parsed("probe-services-ipv4.bin");
    CHECK_FALSE(services.isResponse());
    REQUIRE(services.questions.size() == 4);
    for (const auto& question : services.questions) {
        CHECK(question.type == static_cast<std::uint16_t>(RecordType::ANY));
    }
    CHECK(services.questions[1].name == printerInstance());
    CHECK(services.authorities.size() == 8);
    CHECK(std::get<SrvData>(onlyRecord(services.authorities, printerInstance(), RecordType::SRV).data).port == 631);

    // HINFO (type 13) is not decoded: its bytes are kept as they came.
    const Message hostProbe = parsed("probe-host-ipv4.bin");
    REQUIRE(hostProbe.questions.size() == 3);
    CHECK(hostProbe.questions[2].name == Name::fromLabels({"10", "77", "168", "192", "in-addr", "arpa"}));
    const auto hinfo = std::find_if(hostProbe.authorities.begin(), hostProbe.authorities.end(),
        [](const ResourceRecord& r) { return r.type == 13; });
    REQUIRE(hinfo != hostProbe.authorities.end());
    CHECK(std::holds_alternative<std::monostate>(hinfo->data));
    const std::string expected = "\x06X86_64\x05LINUX";
    CHECK(hinfo->rawData == std::vector<std::uint8_t>(expected.begin(), expected.end()));
    CHECK(std::get<Name>(onlyRecord(
              hostProbe.authorities, Name::fromLabels({"10", "77", "168", "192", "in-addr", "arpa"}), RecordType::PTR)
                             .data)
        == host());
}

TEST_CASE("avahi's goodbye sets the TTL of every record to zero", "[dns]")
{
    const Message goodbye = parsed("goodbye-ipv4.bin");
    CHECK(goodbye.answers.size() == 22);
    for (const ResourceRecord& record : goodbye.answers) {
        CHECK(record.ttl == 0);
    }
    CHECK(std::get<SrvData>(onlyRecord(goodbye.answers, printerInstance(), RecordType::SRV).data).port == 631);
}

TEST_CASE("every captured packet parses and re-encodes to the same message", "[dns]")
{
    for (const std::string& file : voordeur::tests::capturedPacketFiles()) {
        INFO(file);
        const Message message = parsed(file);
        const auto encoded = voordeur::core::dns::encodeMessage(message);
        REQUIRE_FALSE(encoded.empty());
        CHECK(encoded.size() <= capturedPacket(file).size());  // compression at least as good as avahi's
        const auto again = parseMessage(encoded);
        REQUIRE(again);
        CHECK(*again == message);
    }
}
