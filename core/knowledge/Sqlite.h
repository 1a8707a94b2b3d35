// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace voordeur::core::knowledge {

enum class SqliteCode {
    CannotOpen,  ///< the file could not be opened or created
    Corrupt,     ///< the file is damaged or is not a database at all
    Busy,        ///< another connection holds a lock
    ReadOnly,    ///< a write to a read-only database or file
    Full,        ///< the disk or the database is full
    Constraint,  ///< a UNIQUE, NOT NULL, FOREIGN KEY or CHECK constraint failed
    Misuse,      ///< the library was used wrongly (a programming error)
    Other        ///< anything else; detail holds SQLite's message
};

using SqliteError = Error<SqliteCode>;
/// No value, only success or an error.
using Nothing = std::monostate;
template <typename T> using SqliteResult = Result<T, SqliteError>;

/// Maps an SQLite result code (primary or extended) to our code.
SqliteCode sqliteCodeFor(int resultCode);

class Statement;
class Database;

/// Owns one sqlite3 connection; closes it on destruction.
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens `path` with sqlite3_open_v2 flags (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, ...).
    static SqliteResult<Database> open(const std::string& path, int flags);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    /// Runs one or more statements that return no rows.
    SqliteResult<Nothing> exec(const std::string& sql);
    SqliteResult<Statement> prepare(std::string_view sql) const;

    SqliteResult<std::int64_t> userVersion() const;
    SqliteResult<Nothing> setUserVersion(std::int64_t version);

    /// The error of the last failed call on this connection.
    SqliteError lastError() const;

private:
    explicit Database(sqlite3* db)
        : m_db(db)
    { }
    void close() noexcept;

    sqlite3* m_db = nullptr;
};

/// A transaction that rolls back on destruction unless commit() succeeded.
class Transaction final
{
public:
    /// Starts BEGIN IMMEDIATE, so the write lock is taken at once.
    static SqliteResult<Transaction> begin(Database& db);

    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    SqliteResult<Nothing> commit();

private:
    explicit Transaction(Database& db)
        : m_db(&db)
    { }

    Database* m_db = nullptr;
    bool m_active = false;
};

/// Owns one prepared statement; finalizes it on destruction.
class Statement final
{
public:
    enum class Step { Row, Done };

    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds a parameter (1-based). A failed bind is reported by the next step().
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, const std::optional<std::string>& value);

    SqliteResult<Step> step();
    /// Makes the statement ready to run again and clears its bindings.
    void reset();

    bool columnIsNull(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<std::string> columnOptionalText(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db)
        : m_stmt(stmt)
        , m_db(db)
    { }
    void noteBindResult(int rc);

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::optional<SqliteError> m_bindError;
};

enum class UserFileCode {
    CannotOpen,   ///< the file could not be opened, created or brought up to date
    Corrupt,      ///< the file is damaged or not a database
    NewerSchema,  ///< written by a newer program; left as it is (detail: its version)
};

/// Opens (or creates) a small file of the household's own data in WAL mode and brings its schema
/// up to date: `migrations[i]` takes the file from version i to i + 1, each in one transaction, so
/// the file's PRAGMA user_version ends at migrations.size(). A file of a newer schema is not
/// touched.
Result<Database, Error<UserFileCode>> openUserFile(
    const std::string& path, std::span<const std::string_view> migrations);

}  // namespace voordeur::core::knowledge
