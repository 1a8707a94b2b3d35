// SPDX-License-Identifier: EUPL-1.2
// voordeur-bench-identify KNOWLEDGE_SOURCE_DIR FIXTURE_DIR KEV_JSON
//
// 1. Identification accuracy over every fixture in FIXTURE_DIR (tests/data/identify): the share of
//    cases whose vendor, kind and (where the evidence holds one) model come out as expected.
// 2. Identification + findings for a household of 250 devices (fixture devices repeated with their
//    own addresses and MACs, 40 port mappings): the time per run, over many runs.
// Prints figures only; it never fails on them.

#include "core/checkup/Findings.h"
#include "core/discovery/ScanJson.h"
#include "core/identify/Identify.h"
#include "core/knowledge/Catalog.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBuild.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace voordeur::core;
using nlohmann::ordered_json;

namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::optional<std::string> optionalString(const ordered_json& object, const char* key)
{
    const auto found = object.find(key);
    return found == object.end() || found->is_null() ? std::nullopt : std::optional(found->get<std::string>());
}

struct Tally {
    int cases = 0;
    int vendorRight = 0;
    int kindRight = 0;
    int modelCases = 0;
    int modelRight = 0;
};

double percent(int part, int whole)
{
    return whole == 0 ? 0.0 : 100.0 * part / whole;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s KNOWLEDGE_SOURCE_DIR FIXTURE_DIR KEV_JSON\n", argv[0]);
        return 2;
    }
    const auto database = std::filesystem::temp_directory_path() / ("voordeur-bench-" + std::to_string(::getpid()));
    const auto built = knowledge::buildKnowledgeBase(argv[1], database);
    if (!built) {
        std::fprintf(stderr, "knowledge: %s\n", knowledge::describe(built.error()).c_str());
        return 1;
    }
    auto kb = knowledge::KnowledgeBase::open(database);
    if (!kb || !knowledge::importKev(*kb, readAll(argv[3]))) {
        std::fprintf(stderr, "cannot open the knowledge base or import the KEV catalog\n");
        return 1;
    }
    auto catalog = knowledge::Catalog::load(*kb);
    std::filesystem::remove(database);
    if (!catalog) {
        std::fprintf(stderr, "cannot load the catalog\n");
        return 1;
    }
    const identify::Identifier identifier(*catalog);

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argv[2])) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());

    Tally total;
    std::vector<discovery::Host> devices;
    std::vector<std::string> misses;
    for (const auto& file : files) {
        const auto document = ordered_json::parse(readAll(file), nullptr, false);
        if (document.is_discarded() || !document.contains("cases")) {
            std::fprintf(stderr, "skipped %s: not a fixture file\n", file.c_str());
            continue;
        }
        for (const auto& fixture : document.at("cases")) {
            auto host = discovery::hostFromJson(fixture.at("device"));
            if (!host) {
                std::fprintf(stderr, "skipped a case of %s: %s\n", file.c_str(), host.error().detail.c_str());
                continue;
            }
            const auto identity = identifier.identify(*host);
            const auto* best = identity.best();
            const auto& expect = fixture.at("expect");
            const auto vendor = best != nullptr ? best->vendorId : std::nullopt;
            const auto kind = best != nullptr ? best->kind : std::nullopt;
            ++total.cases;
            const bool vendorRight = vendor == optionalString(expect, "vendor");
            const bool kindRight = kind == optionalString(expect, "kind");
            total.vendorRight += vendorRight ? 1 : 0;
            total.kindRight += kindRight ? 1 : 0;
            if (const auto model = optionalString(expect, "model")) {
                ++total.modelCases;
                total.modelRight += best != nullptr && best->model == model ? 1 : 0;
            }
            if (!vendorRight || !kindRight) {
                misses.push_back(file.filename().string() + ": " + fixture.at("name").get<std::string>() + " -> "
                    + vendor.value_or("-") + "/" + kind.value_or("-"));
            }
            devices.push_back(std::move(host).value());
        }
    }
    std::printf("identification accuracy over %d fixture cases in %zu files\n", total.cases, files.size());
    std::printf(
        "  vendor right: %5.1f %% (%d)   goal >= 95 %%\n", percent(total.vendorRight, total.cases), total.vendorRight);
    std::printf(
        "  kind right:   %5.1f %% (%d)   goal >= 80 %%\n", percent(total.kindRight, total.cases), total.kindRight);
    std::printf("  model right:  %5.1f %% (%d of %d cases that show a model)\n",
        percent(total.modelRight, total.modelCases), total.modelRight, total.modelCases);
    for (const auto& miss : misses) {
        std::printf("  miss: %s\n", miss.c_str());
    }
    if (devices.empty()) {
        return 1;
    }

    // A household of 250 devices from the fixtures, each with an address and MAC of its own.
    constexpr std::size_t kHosts = 250;
    discovery::ScanResult scan;
    scan.router = discovery::RouterIgd {};
    scan.router->location = "http://10.0.0.1:5000/rootDesc.xml";
    for (std::size_t i = 0; i < kHosts; ++i) {
        auto host = devices[i % devices.size()];
        const auto low = static_cast<int>(i % 250 + 1);
        host.addresses = {"10.0." + std::to_string(i / 250) + "." + std::to_string(low)};
        if (host.mac) {
            char text[18];
            std::snprintf(text, sizeof text, "%s:%02x", host.mac->toString().substr(0, 14).c_str(), low);
            host.mac = net::MacAddress::parse(text);
        }
        host.openPorts = i % 25 == 0 ? std::vector<std::uint16_t> {23, 554} : std::vector<std::uint16_t> {};
        if (i % 6 == 0) {
            scan.router->mappings.push_back(
                {"TCP", static_cast<std::uint16_t>(8000 + i), host.addresses.front(), 80, "bench", true, "", 0});
        }
        scan.hosts.push_back(std::move(host));
    }
    constexpr int kRuns = 200;
    std::vector<double> milliseconds;
    std::size_t findings = 0;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        checkup::Household home;
        home.scan = &scan;
        home.today = "2026-11-23";
        home.identities.reserve(scan.hosts.size());
        for (const auto& host : scan.hosts) {
            home.identities.push_back(identifier.identify(host));
        }
        findings = checkup::evaluate(home, *catalog).size();
        milliseconds.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("identification + findings, %zu devices, %zu port mappings, %zu rules, %zu KEV entries: "
                "%zu findings\n",
        kHosts, scan.router->mappings.size(), catalog->rules().size(), catalog->kevTotal(), findings);
    std::printf("  %d runs: median %.2f ms, fastest %.2f ms, slowest %.2f ms   goal <= 20 ms\n", kRuns,
        milliseconds[milliseconds.size() / 2], milliseconds.front(), milliseconds.back());
    return 0;
}
