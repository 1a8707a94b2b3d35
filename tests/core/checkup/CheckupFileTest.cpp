// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/CheckupFile.h"

#include "core/discovery/ScanJson.h"
#include "core/knowledge/Sqlite.h"
#include "core/passwords/PasswordCheckup.h"
#include "tests/core/TestData.h"
#include "tests/core/knowledge/TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace voordeur::core::checkup;
using voordeur::core::discovery::scanFromJson;
using voordeur::core::discovery::ScanResult;
using voordeur::core::discovery::scanToJson;
using voordeur::core::knowledge::Database;
using voordeur::tests::readFile;
using voordeur::tests::TempDir;
using voordeur::tests::testDataPath;
using voordeur::tests::writeFile;
namespace passwords = voordeur::core::passwords;

namespace {

ScanResult labScan()
{
    auto scan = scanFromJson(readFile(testDataPath("scan/lab-scan.json")));
    REQUIRE(scan);
    REQUIRE(scan->hosts.size() >= 4);
    return std::move(scan).value();
}

passwords::CheckedPassword checked(std::string label, passwords::EntryKind kind, int score, double guesses)
{
    passwords::CheckedPassword entry;
    entry.label = std::move(label);
    entry.kind = kind;
    entry.verdict.strength.score = score;
    entry.verdict.strength.guessesLog10 = guesses;
    return entry;
}

/// Every field set to something other than its default, and every kind of verdict.
Checkup richCheckup()
{
    using passwords::BreachFailure;
    using passwords::BreachStatus;
    using passwords::EntryKind;
    using passwords::FactoryMatch;
    using passwords::Weakness;

    Checkup checkup;
    checkup.id = "K7Q2M9X4";
    checkup.created = "2025-08-25T17:04:19Z";
    checkup.modified = "2025-08-26T09:30:01Z";
    checkup.demo = true;
    checkup.consents = {true, true, true};
    checkup.scan = labScan();

    const std::size_t hosts = checkup.scan->hosts.size();
    constexpr LastUpdate kUpdates[] = {
        LastUpdate::WithinMonth, LastUpdate::WithinYear, LastUpdate::LongerAgo, LastUpdate::Never, LastUpdate::Unknown};
    constexpr Answer kAnswers[] = {Answer::Yes, Answer::No, Answer::Unknown};
    for (std::size_t i = 0; i < hosts; ++i) {
        DeviceNotes notes;
        notes.name = i % 2 == 0 ? "Apparaat \xE2\x80\x9C" + std::to_string(i) + "\xE2\x80\x9D" : "";
        notes.autoUpdates = kAnswers[i % 3];
        notes.factoryPasswordChanged = kAnswers[(i + 1) % 3];
        notes.lastUpdated = kUpdates[i % 5];
        notes.notMine = i % 3 == 1;
        notes.addedByHand = i % 4 == 3;
        if (i == 0) {
            notes.correction = {"asus", "RT-AX58U", "router"};
        } else if (i == 1) {
            notes.correction.model = "DS-2CD2143G0-I";
        } else if (i == 2) {
            notes.correction.kind = "";  // set, but empty: not the same as absent
        }
        checkup.devices.push_back(notes);
    }

    checkup.installedSoftware = {
        {"kaspersky", "Kaspersky Internet Security", "21.3.10.391", "/Applications/Kaspersky Internet Security.app"},
        {"kaspersky", "kesl", "", "var/lib/dpkg/status"},
    };

    // One entry per breach failure, so every key of every enum appears at least once.
    constexpr BreachFailure kFailures[]
        = {BreachFailure::None, BreachFailure::BadUrl, BreachFailure::NetworkSwitchedOff, BreachFailure::Unreachable,
            BreachFailure::Timeout, BreachFailure::TlsFailure, BreachFailure::HttpStatus, BreachFailure::Malformed,
            BreachFailure::TooLarge, BreachFailure::Cancelled, BreachFailure::Unavailable};
    constexpr EntryKind kKinds[] = {EntryKind::RouterAdmin, EntryKind::Wifi, EntryKind::Device, EntryKind::Account};
    constexpr BreachStatus kStatuses[] = {BreachStatus::Found, BreachStatus::NotFound, BreachStatus::NotChecked};
    constexpr FactoryMatch kMatches[]
        = {FactoryMatch::None, FactoryMatch::ThisModel, FactoryMatch::ThisVendor, FactoryMatch::BotnetList};
    constexpr Weakness kWeaknesses[]
        = {Weakness::TooShort, Weakness::CommonWord, Weakness::CommonWordLeet, Weakness::HouseholdWord,
            Weakness::KeyboardPattern, Weakness::Repeat, Weakness::Sequence, Weakness::Date, Weakness::Year};
    const std::size_t count = std::size(kFailures);
    for (std::size_t i = 0; i < count; ++i) {
        auto entry = checked("Invoer " + std::to_string(i), kKinds[i % 4], static_cast<int>(i % 5),
            0.1 * static_cast<double>(i + 1) / 3);
        passwords::PasswordVerdict& verdict = entry.verdict;
        if (i % 2 == 0) {
            entry.device = i % hosts;
            entry.vendorId = "vendor-" + std::to_string(i);
        }
        if (i % 3 == 0) {
            entry.model = "Model " + std::to_string(i);
        }
        verdict.strength.weaknesses = {kWeaknesses[i % 9], kWeaknesses[(i + 4) % 9]};
        verdict.sameAs = {(i + 1) % count, (i + 5) % count};
        verdict.nearlySameAs = {(i + 2) % count};
        if (i % 2 == 1) {
            verdict.sameAsEarlier = {"Oude router", "Oude wifi"};
            verdict.nearlySameAsEarlier = {"Oude mail"};
        }
        verdict.breachChecked = i % 2 == 0;
        verdict.breach.status = kStatuses[i % 3];
        verdict.breach.count = i == 0 ? 3'861'493'948ULL : i;
        verdict.breach.reason = kFailures[i];
        verdict.breach.detail = i % 2 == 0 ? "HTTP 503 " + std::to_string(i) : "";
        verdict.factory.match = kMatches[i % 4];
        verdict.factory.credentialId = static_cast<std::int64_t>(i) * 1000 + 7;
        if (i == 3) {
            verdict.reuseError = passwords::ReuseCode::Unavailable;
        } else if (i == 4) {
            verdict.reuseError = passwords::ReuseCode::OutOfMemory;
        }
        checkup.passwords.push_back(std::move(entry));
    }
    checkup.passwords[1].verdict.strength.guessesLog10 = 12.345678901234567;

    passwords::ReuseSalt salt;
    for (std::size_t i = 0; i < salt.bytes.size(); ++i) {
        salt.bytes[i] = static_cast<unsigned char>(0xA0 + i);
    }
    checkup.reuseSalt = salt;
    passwords::Fingerprint exact {};
    passwords::Fingerprint core {};
    for (std::size_t i = 0; i < exact.size(); ++i) {
        exact[i] = static_cast<unsigned char>(i * 7);
        core[i] = static_cast<unsigned char>(255 - i);
    }
    checkup.fingerprints = {{"Router", {exact, core}}, {"Wifi", {core, std::nullopt}}};
    checkup.done = {"vendor_advisory|0||vendor:asus", "weak_password||1|", "router_upnp_open|2||"};
    return checkup;
}

void requireSameVerdict(const passwords::PasswordVerdict& a, const passwords::PasswordVerdict& b)
{
    CHECK(a.strength == b.strength);
    CHECK(a.sameAs == b.sameAs);
    CHECK(a.nearlySameAs == b.nearlySameAs);
    CHECK(a.sameAsEarlier == b.sameAsEarlier);
    CHECK(a.nearlySameAsEarlier == b.nearlySameAsEarlier);
    CHECK(a.breachChecked == b.breachChecked);
    CHECK(a.breach == b.breach);
    CHECK(a.factory == b.factory);
    CHECK(a.reuseError == b.reuseError);
}

void requireSame(const Checkup& read, const Checkup& original)
{
    CHECK(read.id == original.id);
    CHECK(read.created == original.created);
    CHECK(read.modified == original.modified);
    CHECK(read.demo == original.demo);
    CHECK(read.consents == original.consents);
    REQUIRE(read.scan.has_value() == original.scan.has_value());
    if (original.scan) {
        CHECK(scanToJson(*read.scan) == scanToJson(*original.scan));
    }
    CHECK(read.devices == original.devices);
    CHECK(read.installedSoftware == original.installedSoftware);
    REQUIRE(read.passwords.size() == original.passwords.size());
    for (std::size_t i = 0; i < original.passwords.size(); ++i) {
        INFO("password " << i);
        const auto& a = read.passwords[i];
        const auto& b = original.passwords[i];
        CHECK(a.label == b.label);
        CHECK(a.kind == b.kind);
        CHECK(a.device == b.device);
        CHECK(a.vendorId == b.vendorId);
        CHECK(a.model == b.model);
        requireSameVerdict(a.verdict, b.verdict);
    }
    CHECK(read.reuseSalt == original.reuseSalt);
    REQUIRE(read.fingerprints.size() == original.fingerprints.size());
    for (std::size_t i = 0; i < original.fingerprints.size(); ++i) {
        CHECK(read.fingerprints[i].label == original.fingerprints[i].label);
        CHECK(read.fingerprints[i].fingerprints == original.fingerprints[i].fingerprints);
    }
    CHECK(read.done == original.done);
}

std::vector<std::string> folderEntries(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// Runs SQL on a file with an ordinary read-write connection (to make test files).
void editFile(const std::filesystem::path& path, const std::string& sql)
{
    auto db = Database::open(path.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db);
    const auto done = db->exec(sql);
    INFO(sql);
    REQUIRE(done);
}

/// The file must be refused with one of `codes`, be left byte for byte as it was, and get no
/// SQLite files beside it.
void requireRefused(const std::filesystem::path& path, std::initializer_list<CheckupFileCode> codes)
{
    const std::string before = readFile(path);
    const auto entriesBefore = folderEntries(path.parent_path());
    const auto loaded = loadCheckup(path);
    REQUIRE_FALSE(loaded);
    INFO("code " << static_cast<int>(loaded.error().code) << ", detail: " << loaded.error().detail);
    CHECK(std::find(codes.begin(), codes.end(), loaded.error().code) != codes.end());
    CHECK(readFile(path) == before);
    CHECK(folderEntries(path.parent_path()) == entriesBefore);
}

std::string randomBytes(std::size_t size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string bytes(size, '\0');
    for (char& c : bytes) {
        c = static_cast<char>(byte(generator));
    }
    return bytes;
}

}  // namespace

TEST_CASE("A checkup reads back from its file exactly as it was saved", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("Thuis.voordeur");
    const Checkup original = richCheckup();
    const auto saved = saveCheckup(original, path);
    INFO((saved ? std::string() : saved.error().detail));
    REQUIRE(saved);

    const auto loaded = loadCheckup(path);
    INFO((loaded ? std::string() : loaded.error().detail));
    REQUIRE(loaded);
    requireSame(*loaded, original);
    CHECK(folderEntries(dir.path()) == std::vector<std::string> {"Thuis.voordeur"});
    // The file may hold fingerprints: only its owner may read it.
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::all)
        == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    SECTION("so does a new, empty checkup")
    {
        const Checkup empty = newCheckup();
        REQUIRE(saveCheckup(empty, path));
        const auto read = loadCheckup(path);
        REQUIRE(read);
        requireSame(*read, empty);
    }
}

TEST_CASE("The file is SQLite with Voordeur's application id, version 1, no WAL", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("a.voordeur");
    REQUIRE(saveCheckup(richCheckup(), path));
    const std::string bytes = readFile(path);
    REQUIRE(bytes.size() > 100);
    CHECK(bytes.substr(0, 16) == std::string("SQLite format 3\0", 16));
    CHECK(bytes.substr(68, 4) == "VOOR");
    CHECK(bytes.substr(60, 4) == std::string("\0\0\0\1", 4));
    CHECK(bytes[18] == 1);
    CHECK(bytes[19] == 1);
}

TEST_CASE("Saving over a checkup file replaces it and leaves no temporary file", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("Thuis.voordeur");
    Checkup first = richCheckup();
    REQUIRE(saveCheckup(first, path));

    Checkup second = newCheckup();
    second.id = "ZZZZ0000";
    second.done = {"one"};
    REQUIRE(saveCheckup(second, path));
    const auto loaded = loadCheckup(path);
    REQUIRE(loaded);
    requireSame(*loaded, second);
    CHECK(folderEntries(dir.path()) == std::vector<std::string> {"Thuis.voordeur"});

    // A relative path in the current folder works too.
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    const auto relative = saveCheckup(first, "Thuis.voordeur");
    std::filesystem::current_path(previous);
    REQUIRE(relative);
    const auto again = loadCheckup(path);
    REQUIRE(again);
    CHECK(again->id == "K7Q2M9X4");
    CHECK(folderEntries(dir.path()) == std::vector<std::string> {"Thuis.voordeur"});
}

TEST_CASE("Saving into a read-only folder fails with ReadOnly and keeps the old file", "[checkup][file]")
{
    TempDir dir;
    const auto folder = dir.path() / "map";
    std::filesystem::create_directory(folder);
    const auto path = folder / "Thuis.voordeur";
    REQUIRE(saveCheckup(richCheckup(), path));
    const std::string before = readFile(path);

    if (::geteuid() != 0) {
        std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        const auto saved = saveCheckup(newCheckup(), path);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == CheckupFileCode::ReadOnly);
        CHECK(readFile(path) == before);
        CHECK(folderEntries(folder) == std::vector<std::string> {"Thuis.voordeur"});
    } else {
        // Root ignores permissions (CI runs as root): a folder that does not exist stands in.
        WARN("running as root: the read-only folder case is not tested; a missing folder is");
    }

    const auto missing = dir.path() / "bestaat-niet" / "Thuis.voordeur";
    const auto saved = saveCheckup(richCheckup(), missing);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == CheckupFileCode::WriteFailed);
    CHECK(saved.error().detail.find("bestaat-niet") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(missing.parent_path()));
    CHECK(readFile(path) == before);
}

TEST_CASE(
    "A save that fails half-way (also as root) keeps the old file and removes the temporary one", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("Thuis.voordeur");
    Checkup small = newCheckup();
    REQUIRE(saveCheckup(small, path));
    const std::string before = readFile(path);

    SECTION("the file size limit stops SQLite's writes")
    {
        // RLIMIT_FSIZE applies to root too: writes past it fail with EFBIG (SIGXFSZ is ignored).
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous {};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        rlimit limited = previous;
        limited.rlim_cur = 16 * 1024;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const auto saved = saveCheckup(richCheckup(), path);
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        REQUIRE_FALSE(saved);
        INFO(saved.error().detail);
        CHECK(saved.error().code == CheckupFileCode::WriteFailed);
    }
    SECTION("the target is a folder")
    {
        const auto folder = dir.file("Map.voordeur");
        std::filesystem::create_directory(folder);
        const auto saved = saveCheckup(richCheckup(), folder);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == CheckupFileCode::WriteFailed);
        CHECK(std::filesystem::is_directory(folder));
        std::filesystem::remove(folder);
    }
    SECTION("the checkup is not consistent")
    {
        Checkup bad = richCheckup();
        bad.devices.pop_back();
        auto saved = saveCheckup(bad, path);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == CheckupFileCode::WriteFailed);

        bad = richCheckup();
        bad.passwords[0].verdict.sameAs.push_back(999);
        CHECK_FALSE(saveCheckup(bad, path));

        bad = richCheckup();
        bad.id = "K7Q2M9XU";
        CHECK_FALSE(saveCheckup(bad, path));

        bad = richCheckup();
        bad.reuseSalt.reset();
        CHECK_FALSE(saveCheckup(bad, path));
    }

    CHECK(readFile(path) == before);
    CHECK(folderEntries(dir.path()) == std::vector<std::string> {"Thuis.voordeur"});
    const auto loaded = loadCheckup(path);
    REQUIRE(loaded);
    CHECK(loaded->id == small.id);
}

TEST_CASE("Damaged checkup files are refused, never crash and are not changed", "[checkup][file]")
{
    TempDir dir;
    const auto good = dir.file("goed.voordeur");
    REQUIRE(saveCheckup(richCheckup(), good));
    const std::string bytes = readFile(good);
    const auto damaged = dir.file("kapot.voordeur");

    SECTION("random bytes")
    {
        for (const std::size_t size : {std::size_t {0}, std::size_t {15}, std::size_t {100}, bytes.size()}) {
            writeFile(damaged, randomBytes(size, static_cast<unsigned>(size)));
            requireRefused(damaged, {CheckupFileCode::NotACheckup});
        }
        // SQLite's header and Voordeur's application id, random pages after it.
        writeFile(damaged, bytes.substr(0, 100) + randomBytes(bytes.size() - 100, 7));
        requireRefused(damaged, {CheckupFileCode::Corrupt, CheckupFileCode::NotACheckup});
    }
    SECTION("a truncated copy")
    {
        const std::size_t page = 4096;
        for (std::size_t size :
            {std::size_t {50}, std::size_t {100}, page, bytes.size() / 2, bytes.size() - page, bytes.size() - 1}) {
            INFO("cut at " << size);
            writeFile(damaged, bytes.substr(0, size));
            requireRefused(damaged, {CheckupFileCode::Corrupt, CheckupFileCode::NotACheckup});
        }
    }
    SECTION("one page overwritten")
    {
        const std::size_t page = 4096;
        REQUIRE(bytes.size() % page == 0);
        for (std::size_t at = 0; at < bytes.size(); at += page) {
            INFO("page " << at / page + 1);
            std::string copy = bytes;
            copy.replace(at, page, randomBytes(page, static_cast<unsigned>(at)));
            writeFile(damaged, copy);
            requireRefused(damaged, {CheckupFileCode::Corrupt, CheckupFileCode::NotACheckup});
        }
    }
}

TEST_CASE("Another program's SQLite file is not a checkup", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("ander.sqlite");
    {
        auto db = Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE meta(id TEXT); INSERT INTO meta VALUES('x'); PRAGMA user_version = 1"));
    }
    requireRefused(path, {CheckupFileCode::NotACheckup});

    SECTION("a checkup file with another application id")
    {
        const auto other = dir.file("b.voordeur");
        REQUIRE(saveCheckup(richCheckup(), other));
        editFile(other, "PRAGMA application_id = 1");
        requireRefused(other, {CheckupFileCode::NotACheckup});
    }
    SECTION("a missing file")
    {
        const auto loaded = loadCheckup(dir.file("nergens.voordeur"));
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().code == CheckupFileCode::CannotOpen);
        CHECK_FALSE(std::filesystem::exists(dir.file("nergens.voordeur")));
        const auto folder = loadCheckup(dir.path());
        REQUIRE_FALSE(folder);
        CHECK(folder.error().code == CheckupFileCode::CannotOpen);
    }
}

TEST_CASE("A checkup file of a newer version is refused and left alone", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("nieuw.voordeur");
    REQUIRE(saveCheckup(richCheckup(), path));
    editFile(path, "PRAGMA user_version = " + std::to_string(checkupFileVersion + 1));
    requireRefused(path, {CheckupFileCode::NewerVersion});
    CHECK(loadCheckup(path).error().detail == std::to_string(checkupFileVersion + 1));
}

TEST_CASE("A file larger than the limit is refused before it is opened", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("groot.voordeur");
    REQUIRE(saveCheckup(richCheckup(), path));
    // Sparse: takes no room on disk.
    std::filesystem::resize_file(path, maxCheckupFileBytes + 4096);
    const auto loaded = loadCheckup(path);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == CheckupFileCode::NotACheckup);
    CHECK(loaded.error().detail.find("too large") != std::string::npos);
    // Not read whole here (slow): the size and the header are as they were, and no file was added.
    CHECK(std::filesystem::file_size(path) == maxCheckupFileBytes + 4096);
    CHECK(folderEntries(dir.path()) == std::vector<std::string> {"groot.voordeur"});
    REQUIRE(loadCheckup(path).error().code == CheckupFileCode::NotACheckup);
}

TEST_CASE("Values a checkup cannot have make the file Corrupt", "[checkup][file]")
{
    TempDir dir;
    const auto path = dir.file("raar.voordeur");
    REQUIRE(saveCheckup(richCheckup(), path));

    const auto corruptAfter = [&](const std::string& sql, std::string_view inDetail) {
        const auto copy = dir.file("kopie.voordeur");
        std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
        editFile(copy, sql);
        INFO(sql);
        requireRefused(copy, {CheckupFileCode::Corrupt});
        CHECK(loadCheckup(copy).error().detail.find(inDetail) != std::string::npos);
    };
    corruptAfter("UPDATE device_note SET auto_updates = 'misschien' WHERE idx = 1", "auto_updates");
    corruptAfter("UPDATE device_note SET last_updated = 'gisteren' WHERE idx = 0", "last_updated");
    corruptAfter("UPDATE device_note SET not_mine = 2 WHERE idx = 0", "device_note");
    corruptAfter("DELETE FROM device_note WHERE idx = 0", "device_note");
    corruptAfter("DELETE FROM device_note WHERE idx = (SELECT max(idx) FROM device_note)", "device notes");
    corruptAfter("INSERT INTO device_note SELECT idx + 1000, name, vendor_id, model, kind, not_mine, added_by_hand, "
                 "auto_updates, last_updated, factory_password_changed FROM device_note WHERE idx = 0",
        "device_note");
    corruptAfter("UPDATE scan SET json = '{\"schema\": \"voordeur.scan/2\"}'", "scan");
    corruptAfter("UPDATE scan SET json = '[[[[' ", "scan");
    corruptAfter("INSERT INTO scan SELECT json FROM scan", "scan");
    corruptAfter("UPDATE password SET device = 9999 WHERE idx = 0", "password.device");
    corruptAfter("UPDATE password SET device = -1 WHERE idx = 0", "password.device");
    corruptAfter("UPDATE password SET kind = 'fiets' WHERE idx = 0", "password.kind");
    corruptAfter("UPDATE password SET breach_status = 'unknown' WHERE idx = 0", "breach_status");
    corruptAfter("UPDATE password SET breach_reason = 'moe' WHERE idx = 0", "breach_reason");
    corruptAfter("UPDATE password SET factory_match = '' WHERE idx = 0", "factory_match");
    corruptAfter("UPDATE password SET reuse_error = 'x' WHERE idx = 0", "reuse_error");
    corruptAfter("UPDATE password SET score = 5 WHERE idx = 0", "score");
    corruptAfter("UPDATE password SET guesses_log10 = 'NaN' WHERE idx = 0", "guesses_log10");
    corruptAfter("UPDATE password SET breach_count = -3 WHERE idx = 0", "breach_count");
    corruptAfter("UPDATE password_weakness SET weakness = 'kort' WHERE password = 0", "weakness");
    corruptAfter("UPDATE password_reuse SET other = 99 WHERE password = 0", "password_reuse");
    corruptAfter("UPDATE password_reuse SET relation = 'far' WHERE password = 0 AND relation = 'near'", "relation");
    corruptAfter("UPDATE password_reuse_earlier SET password = 100 WHERE rowid = (SELECT min(rowid) FROM "
                 "password_reuse_earlier)",
        "password_reuse_earlier");
    corruptAfter("UPDATE fingerprint SET exact = 'abc' WHERE idx = 0", "fingerprint.exact");
    corruptAfter("UPDATE fingerprint SET core = 'zz' WHERE idx = 0", "fingerprint.core");
    corruptAfter("UPDATE reuse_salt SET salt = '00'", "reuse_salt");
    corruptAfter("DELETE FROM reuse_salt", "salt");
    corruptAfter("UPDATE meta SET id = 'kort'", "id");
    corruptAfter("INSERT INTO meta SELECT * FROM meta", "meta");
    corruptAfter("DELETE FROM meta", "meta");
    corruptAfter("UPDATE consent SET name = 'alles' WHERE name = 'scan'", "consent");
    corruptAfter("DELETE FROM consent WHERE name = 'scan'", "consent");
    corruptAfter("DROP TABLE done; CREATE TABLE done(finding_key TEXT, extra TEXT)", "done");
    corruptAfter("PRAGMA user_version = 0", "version");

    // A view in place of a table (views may run anything) is not read.
    const auto copy = dir.file("view.voordeur");
    std::filesystem::copy_file(path, copy);
    editFile(copy,
        "DROP TABLE done; CREATE VIEW done AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS finding_key FROM n");
    requireRefused(copy, {CheckupFileCode::NotACheckup, CheckupFileCode::Corrupt});

    const auto missingTable = dir.file("zonder.voordeur");
    std::filesystem::copy_file(path, missingTable);
    editFile(missingTable, "DROP TABLE fingerprint");
    requireRefused(missingTable, {CheckupFileCode::NotACheckup});
}

TEST_CASE("A checkup file holds no password, only verdicts and opted-in fingerprints", "[checkup][file]")
{
    const std::vector<std::pair<std::string, std::string>> known = {
        {"Router beneden", "Zonnebloem!2023"},
        {"Wifi thuis", "Gr4ndpa-Kl0k-77"},
        {"Mail", "Zonnebloem!2024"},
        {"Camera tuin", "Zonnebloem!2023"},
        {"Bank", "vT9#qLw2$xPz8!mK"},
    };
    std::vector<passwords::PasswordEntry> entries;
    for (const auto& [label, password] : known) {
        passwords::PasswordEntry entry;
        entry.label = label;
        entry.kind = passwords::EntryKind::Account;
        entry.password = passwords::Secret(password);
        entries.push_back(std::move(entry));
    }
    entries[0].kind = passwords::EntryKind::RouterAdmin;
    entries[0].device = 0;
    passwords::PasswordCheckupOptions options;
    options.cost = {1, 8192};
    const auto result = passwords::checkPasswords(entries, options, {});
    REQUIRE(result.verdicts.size() == entries.size());
    REQUIRE(result.fingerprints.size() == entries.size());

    Checkup checkup = newCheckup();
    checkup.scan = labScan();
    checkup.devices.resize(checkup.scan->hosts.size());
    checkup.passwords = passwords::withoutPasswords(entries, result.verdicts);
    REQUIRE(checkup.passwords[0].verdict.sameAs == std::vector<std::size_t> {3});
    checkup.reuseSalt = result.salt;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        checkup.fingerprints.push_back({entries[i].label, result.fingerprints[i]});
    }

    TempDir dir;
    const auto path = dir.file("geheim.voordeur");
    REQUIRE(saveCheckup(checkup, path));
    const std::string bytes = readFile(path);
    for (const auto& [label, password] : known) {
        INFO(label);
        CHECK(bytes.find(label) != std::string::npos);
        CHECK(bytes.find(password) == std::string::npos);
    }
    // Nor the parts reuse looks at.
    for (const char* part : {"Zonnebloem", "zonnebloem", "Gr4ndpa", "qLw2"}) {
        CHECK(bytes.find(part) == std::string::npos);
    }

    const auto loaded = loadCheckup(path);
    REQUIRE(loaded);
    requireSame(*loaded, checkup);
}
