// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Sqlite.h"

#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace voordeur::core::knowledge;
using voordeur::tests::TempDir;

namespace {

Database openFile(const TempDir& dir)
{
    auto db = Database::open(dir.file("plain.sqlite").string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(db);
    return std::move(db).value();
}

std::int64_t countRows(const Database& db)
{
    auto statement = db.prepare("SELECT COUNT(*) FROM t");
    REQUIRE(statement);
    auto step = statement->step();
    REQUIRE(step);
    REQUIRE(*step == Statement::Step::Row);
    return statement->columnInt64(0);
}

}  // namespace

TEST_CASE("SQLite result codes map to our codes, extended codes by their primary code", "[knowledge][sqlite]")
{
    CHECK(sqliteCodeFor(SQLITE_CANTOPEN) == SqliteCode::CannotOpen);
    CHECK(sqliteCodeFor(SQLITE_CORRUPT) == SqliteCode::Corrupt);
    CHECK(sqliteCodeFor(SQLITE_NOTADB) == SqliteCode::Corrupt);
    CHECK(sqliteCodeFor(SQLITE_BUSY) == SqliteCode::Busy);
    CHECK(sqliteCodeFor(SQLITE_READONLY) == SqliteCode::ReadOnly);
    CHECK(sqliteCodeFor(SQLITE_FULL) == SqliteCode::Full);
    CHECK(sqliteCodeFor(SQLITE_CONSTRAINT_PRIMARYKEY) == SqliteCode::Constraint);
    CHECK(sqliteCodeFor(SQLITE_MISUSE) == SqliteCode::Misuse);
    CHECK(sqliteCodeFor(SQLITE_ERROR) == SqliteCode::Other);
}

TEST_CASE("a database in a folder that does not exist cannot be opened", "[knowledge][sqlite]")
{
    TempDir dir;
    const auto db
        = Database::open(dir.file("missing/sub/db.sqlite").string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == SqliteCode::CannotOpen);
    CHECK_FALSE(db.error().detail.empty());
}

TEST_CASE("statements bind text, integers and null and read them back", "[knowledge][sqlite]")
{
    TempDir dir;
    auto db = openFile(dir);
    REQUIRE(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, note TEXT)"));

    auto insert = db.prepare("INSERT INTO t(id, name, note) VALUES(?1, ?2, ?3)");
    REQUIRE(insert);
    insert->bind(1, std::int64_t {7}).bind(2, std::string_view("zeven")).bind(3, std::nullopt);
    auto step = insert->step();
    REQUIRE(step);
    CHECK(*step == Statement::Step::Done);
    insert->reset();
    insert->bind(1, std::int64_t {8}).bind(2, std::string_view("acht")).bind(3, std::optional<std::string> {"x"});
    REQUIRE(insert->step());

    auto select = db.prepare("SELECT id, name, note FROM t ORDER BY id");
    REQUIRE(select);
    REQUIRE(*select->step() == Statement::Step::Row);
    CHECK(select->columnInt64(0) == 7);
    CHECK(select->columnText(1) == "zeven");
    CHECK(select->columnIsNull(2));
    CHECK(select->columnOptionalText(2) == std::nullopt);
    REQUIRE(*select->step() == Statement::Step::Row);
    CHECK(select->columnOptionalText(2) == std::optional<std::string> {"x"});
    CHECK(*select->step() == Statement::Step::Done);
}

TEST_CASE("a constraint violation is reported as Constraint with SQLite's message", "[knowledge][sqlite]")
{
    TempDir dir;
    auto db = openFile(dir);
    REQUIRE(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY)"));
    REQUIRE(db.exec("INSERT INTO t(id) VALUES(1)"));
    const auto again = db.exec("INSERT INTO t(id) VALUES(1)");
    REQUIRE_FALSE(again);
    CHECK(again.error().code == SqliteCode::Constraint);
    CHECK(again.error().detail.find("UNIQUE") != std::string::npos);
}

TEST_CASE("a bind to a parameter that does not exist fails the next step", "[knowledge][sqlite]")
{
    TempDir dir;
    auto db = openFile(dir);
    REQUIRE(db.exec("CREATE TABLE t(id INTEGER)"));
    auto insert = db.prepare("INSERT INTO t(id) VALUES(?1)");
    REQUIRE(insert);
    insert->bind(5, std::int64_t {1});
    const auto step = insert->step();
    REQUIRE_FALSE(step);
    CHECK(countRows(db) == 0);
}

TEST_CASE("a transaction rolls back unless it was committed", "[knowledge][sqlite]")
{
    TempDir dir;
    auto db = openFile(dir);
    REQUIRE(db.exec("CREATE TABLE t(id INTEGER)"));
    {
        auto transaction = Transaction::begin(db);
        REQUIRE(transaction);
        REQUIRE(db.exec("INSERT INTO t(id) VALUES(1)"));
    }
    CHECK(countRows(db) == 0);
    {
        auto transaction = Transaction::begin(db);
        REQUIRE(transaction);
        REQUIRE(db.exec("INSERT INTO t(id) VALUES(2)"));
        REQUIRE(transaction->commit());
    }
    CHECK(countRows(db) == 1);
}

TEST_CASE("user_version is read and written", "[knowledge][sqlite]")
{
    TempDir dir;
    auto db = openFile(dir);
    CHECK(*db.userVersion() == 0);
    REQUIRE(db.setUserVersion(42));
    CHECK(*db.userVersion() == 42);
}
