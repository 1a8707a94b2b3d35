// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/Sqlite.h"

#include <sqlite3.h>

#include <climits>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

SqliteError errorOf(sqlite3* db, int rc)
{
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return SqliteError {sqliteCodeFor(rc), message != nullptr ? message : ""};
}

}  // namespace

SqliteCode sqliteCodeFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_CANTOPEN:
        return SqliteCode::CannotOpen;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return SqliteCode::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteCode::Busy;
    case SQLITE_READONLY:
        return SqliteCode::ReadOnly;
    case SQLITE_FULL:
        return SqliteCode::Full;
    case SQLITE_CONSTRAINT:
        return SqliteCode::Constraint;
    case SQLITE_MISUSE:
        return SqliteCode::Misuse;
    default:
        return SqliteCode::Other;
    }
}

// --- Database ---

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close() noexcept
{
    if (m_db != nullptr) {
        // Every Statement is finalized by its owner; v2 defers the close if one is still alive.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

SqliteResult<Database> Database::open(const std::string& path, int flags)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw);  // owns the handle even when opening failed
    if (rc != SQLITE_OK) {
        return fail(sqliteCodeFor(rc), raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    }
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

SqliteResult<Nothing> Database::exec(const std::string& sql)
{
    if (m_db == nullptr) {
        return fail(SqliteCode::Misuse, "database is not open");
    }
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return Failure<SqliteError> {errorOf(m_db, rc)};
    }
    return Nothing {};
}

SqliteResult<Statement> Database::prepare(std::string_view sql) const
{
    if (m_db == nullptr) {
        return fail(SqliteCode::Misuse, "database is not open");
    }
    if (sql.size() > static_cast<std::size_t>(INT_MAX)) {
        return fail(SqliteCode::Misuse, "statement text too long");
    }
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    Statement statement(raw, m_db);
    if (rc != SQLITE_OK) {
        return Failure<SqliteError> {errorOf(m_db, rc)};
    }
    if (raw == nullptr) {
        return fail(SqliteCode::Misuse, "empty statement");
    }
    return statement;
}

SqliteResult<std::int64_t> Database::userVersion() const
{
    auto statement = prepare("PRAGMA user_version");
    if (!statement) {
        return Failure<SqliteError> {statement.error()};
    }
    auto step = statement->step();
    if (!step) {
        return Failure<SqliteError> {step.error()};
    }
    if (*step != Statement::Step::Row) {
        return fail(SqliteCode::Other, "PRAGMA user_version returned no row");
    }
    return statement->columnInt64(0);
}

SqliteResult<Nothing> Database::setUserVersion(std::int64_t version)
{
    return exec("PRAGMA user_version = " + std::to_string(version));
}

SqliteError Database::lastError() const
{
    if (m_db == nullptr) {
        return SqliteError {SqliteCode::Misuse, "database is not open"};
    }
    return errorOf(m_db, sqlite3_extended_errcode(m_db));
}

// --- Transaction ---

SqliteResult<Transaction> Transaction::begin(Database& db)
{
    auto started = db.exec("BEGIN IMMEDIATE");
    if (!started) {
        return Failure<SqliteError> {started.error()};
    }
    Transaction transaction(db);
    transaction.m_active = true;
    return transaction;
}

Transaction::~Transaction()
{
    if (m_active && m_db != nullptr) {
        // Nothing to report from a destructor; a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_active(std::exchange(other.m_active, false))
{ }

SqliteResult<Nothing> Transaction::commit()
{
    if (!m_active || m_db == nullptr) {
        return fail(SqliteCode::Misuse, "transaction is not active");
    }
    auto committed = m_db->exec("COMMIT");
    if (committed) {
        m_active = false;
    }
    return committed;
}

// --- Statement ---

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_bindError(std::exchange(other.m_bindError, std::nullopt))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_bindError = std::exchange(other.m_bindError, std::nullopt);
    }
    return *this;
}

void Statement::noteBindResult(int rc)
{
    if (rc != SQLITE_OK && !m_bindError) {
        m_bindError = errorOf(m_db, rc);
    }
}

Statement& Statement::bind(int index, std::int64_t value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    noteBindResult(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value)
{
    if (value) {
        return bind(index, std::string_view(*value));
    }
    return bind(index, std::nullopt);
}

SqliteResult<Statement::Step> Statement::step()
{
    if (m_bindError) {
        return Failure<SqliteError> {*m_bindError};
    }
    if (m_stmt == nullptr) {
        return fail(SqliteCode::Misuse, "statement is not prepared");
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return Step::Row;
    }
    if (rc == SQLITE_DONE) {
        return Step::Done;
    }
    return Failure<SqliteError> {errorOf(m_db, rc)};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (text == nullptr || size <= 0) {
        return {};
    }
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::columnOptionalText(int column) const
{
    if (columnIsNull(column)) {
        return std::nullopt;
    }
    return columnText(column);
}

Result<Database, Error<UserFileCode>> openUserFile(
    const std::string& path, std::span<const std::string_view> migrations)
{
    const auto failed = [](const SqliteError& error) {
        return Failure<Error<UserFileCode>> {
            {error.code == SqliteCode::Corrupt ? UserFileCode::Corrupt : UserFileCode::CannotOpen, error.detail}};
    };
    auto db = Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX);
    if (!db) {
        return failed(db.error());
    }
    const auto version = db->userVersion();
    if (!version) {
        return failed(version.error());
    }
    const auto latest = static_cast<std::int64_t>(migrations.size());
    if (*version > latest) {
        return fail(UserFileCode::NewerSchema, std::to_string(*version));
    }
    if (auto wal = db->exec("PRAGMA journal_mode = WAL"); !wal) {
        return failed(wal.error());
    }
    for (std::int64_t step = *version; step < latest; ++step) {
        auto transaction = Transaction::begin(*db);
        if (!transaction) {
            return failed(transaction.error());
        }
        auto migrated = db->exec(std::string(migrations[static_cast<std::size_t>(step)]));
        if (migrated) {
            migrated = db->setUserVersion(step + 1);
        }
        if (migrated) {
            migrated = transaction->commit();
        }
        if (!migrated) {
            return failed(migrated.error());
        }
    }
    return std::move(db).value();
}

}  // namespace voordeur::core::knowledge
