// SPDX-License-Identifier: EUPL-1.2
#include "core/checkup/CheckupFile.h"
#include "core/checkup/CheckupFileFormat.h"
#include "core/discovery/ScanJson.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <fstream>
#include <limits>
#include <random>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>

namespace voordeur::core::checkup {

using knowledge::Database;
using knowledge::Nothing;
using knowledge::SqliteCode;
using knowledge::SqliteError;
using knowledge::SqliteResult;
using knowledge::Statement;
using knowledge::Transaction;
using namespace fileformat;

namespace {

using SaveResult = Result<Nothing, CheckupFileError>;

// --- saving ---

std::filesystem::path withSuffix(const std::filesystem::path& path, std::string_view suffix)
{
    auto result = path;
    result += std::string(suffix);
    return result;
}

/// Removes the temporary file (and any journal SQLite left beside it) unless released.
class TemporaryFile final
{
public:
    explicit TemporaryFile(std::filesystem::path path)
        : m_path(std::move(path))
    { }
    ~TemporaryFile()
    {
        std::error_code ignored;
        if (!m_released) {
            std::filesystem::remove(m_path, ignored);
        }
        for (const char* sidecar : {"-journal", "-wal", "-shm"}) {
            std::filesystem::remove(withSuffix(m_path, sidecar), ignored);
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    void release() { m_released = true; }

private:
    std::filesystem::path m_path;
    bool m_released = false;
};

CheckupFileCode codeForErrno(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        return CheckupFileCode::ReadOnly;
    case ENOSPC:
    case EDQUOT:
        return CheckupFileCode::DiskFull;
    default:
        return CheckupFileCode::WriteFailed;
    }
}

Failure<CheckupFileError> errnoFailure(int error, const std::string& what)
{
    return fail(codeForErrno(error), what + ": " + std::strerror(error));
}

/// An SQLite failure while writing, with the errno behind it when there is one.
Failure<CheckupFileError> writeFailure(const Database& db, const SqliteError& error)
{
    const int systemError = db.handle() != nullptr ? sqlite3_system_errno(db.handle()) : 0;
    std::string detail = error.detail;
    if (db.handle() != nullptr) {
        detail += " [SQLite " + std::to_string(sqlite3_extended_errcode(db.handle())) + "]";
    }
    if (systemError != 0) {
        detail += std::string(" (") + std::strerror(systemError) + ")";
    }
    if (error.code == SqliteCode::ReadOnly) {
        return fail(CheckupFileCode::ReadOnly, std::move(detail));
    }
    if (error.code == SqliteCode::Full) {
        return fail(CheckupFileCode::DiskFull, std::move(detail));
    }
    return fail(systemError != 0 ? codeForErrno(systemError) : CheckupFileCode::WriteFailed, std::move(detail));
}

SqliteResult<Nothing> stepOnce(Statement& statement)
{
    auto step = statement.step();
    statement.reset();
    if (!step) {
        return Failure<SqliteError> {step.error()};
    }
    return Nothing {};
}

/// Inserts one row per element of `rows`; `bind(statement, index, row)` binds its parameters.
template <typename Rows, typename Bind>
SqliteResult<Nothing> insertRows(Database& db, std::string_view sql, const Rows& rows, Bind bind)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return Failure<SqliteError> {statement.error()};
    }
    std::int64_t index = 0;
    for (const auto& row : rows) {
        bind(*statement, index, row);
        if (auto stepped = stepOnce(*statement); !stepped) {
            return stepped;
        }
        ++index;
    }
    return Nothing {};
}

std::int64_t flag(bool value)
{
    return value ? 1 : 0;
}

SqliteResult<Nothing> writePasswords(Database& db, const std::vector<passwords::CheckedPassword>& entries)
{
    auto written = insertRows(db,
        "INSERT INTO password VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)", entries,
        [](Statement& statement, std::int64_t index, const passwords::CheckedPassword& entry) {
            const passwords::PasswordVerdict& verdict = entry.verdict;
            statement.bind(1, index)
                .bind(2, std::string_view(entry.label))
                .bind(3, passwords::entryKindKey(entry.kind));
            if (entry.device) {
                statement.bind(4, signedIndex(*entry.device));
            } else {
                statement.bind(4, std::nullopt);
            }
            statement.bind(5, entry.vendorId).bind(6, entry.model);
            statement.bind(7, std::int64_t {verdict.strength.score})
                .bind(8, std::string_view(doubleText(verdict.strength.guessesLog10)))
                .bind(9, flag(verdict.breachChecked))
                .bind(10, passwords::breachStatusKey(verdict.breach.status))
                .bind(11, static_cast<std::int64_t>(verdict.breach.count))
                .bind(12, passwords::breachFailureKey(verdict.breach.reason))
                .bind(13, std::string_view(verdict.breach.detail))
                .bind(14, passwords::factoryMatchKey(verdict.factory.match))
                .bind(15, verdict.factory.credentialId);
            if (verdict.reuseError) {
                statement.bind(16, keyOf(kReuseCodes, *verdict.reuseError));
            } else {
                statement.bind(16, std::nullopt);
            }
        });
    if (!written) {
        return written;
    }

    std::vector<std::tuple<std::int64_t, std::int64_t, std::string_view>> weaknesses;
    std::vector<std::tuple<std::int64_t, std::string_view, std::int64_t, std::int64_t>> reuse;
    std::vector<std::tuple<std::int64_t, std::string_view, std::int64_t, std::string_view>> earlier;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto owner = signedIndex(i);
        const passwords::PasswordVerdict& verdict = entries[i].verdict;
        for (std::size_t at = 0; at < verdict.strength.weaknesses.size(); ++at) {
            weaknesses.emplace_back(owner, signedIndex(at), passwords::weaknessKey(verdict.strength.weaknesses[at]));
        }
        const std::array<std::pair<std::string_view, const std::vector<std::size_t>*>, 2> indices {
            {{kSame, &verdict.sameAs}, {kNear, &verdict.nearlySameAs}}};
        for (const auto& [relation, others] : indices) {
            for (std::size_t at = 0; at < others->size(); ++at) {
                reuse.emplace_back(owner, relation, signedIndex(at), signedIndex((*others)[at]));
            }
        }
        const std::array<std::pair<std::string_view, const std::vector<std::string>*>, 2> labelLists {
            {{kSame, &verdict.sameAsEarlier}, {kNear, &verdict.nearlySameAsEarlier}}};
        for (const auto& [relation, labels] : labelLists) {
            for (std::size_t at = 0; at < labels->size(); ++at) {
                earlier.emplace_back(owner, relation, signedIndex(at), std::string_view((*labels)[at]));
            }
        }
    }
    written = insertRows(db, "INSERT INTO password_weakness VALUES(?1, ?2, ?3)", weaknesses,
        [](Statement& statement, std::int64_t, const auto& row) {
            statement.bind(1, std::get<0>(row)).bind(2, std::get<1>(row)).bind(3, std::get<2>(row));
        });
    if (written) {
        written = insertRows(db, "INSERT INTO password_reuse VALUES(?1, ?2, ?3, ?4)", reuse,
            [](Statement& statement, std::int64_t, const auto& row) {
                statement.bind(1, std::get<0>(row)).bind(2, std::get<1>(row)).bind(3, std::get<2>(row));
                statement.bind(4, std::get<3>(row));
            });
    }
    if (written) {
        written = insertRows(db, "INSERT INTO password_reuse_earlier VALUES(?1, ?2, ?3, ?4)", earlier,
            [](Statement& statement, std::int64_t, const auto& row) {
                statement.bind(1, std::get<0>(row)).bind(2, std::get<1>(row)).bind(3, std::get<2>(row));
                statement.bind(4, std::get<3>(row));
            });
    }
    return written;
}

SqliteResult<Nothing> writeContents(Database& db, const Checkup& checkup, const std::optional<std::string>& scanJson)
{
    for (const TableDefinition& table : kTables) {
        if (auto created = db.exec(std::string(table.sql)); !created) {
            return created;
        }
    }
    const std::array<const Checkup*, 1> self {&checkup};
    auto written = insertRows(
        db, "INSERT INTO meta VALUES(?1, ?2, ?3, ?4)", self, [](Statement& statement, std::int64_t, const Checkup* c) {
            statement.bind(1, std::string_view(c->id))
                .bind(2, std::string_view(c->created))
                .bind(3, std::string_view(c->modified))
                .bind(4, flag(c->demo));
        });
    if (!written) {
        return written;
    }
    const std::array<std::pair<std::string_view, bool>, 3> consents {{
        {"scan", checkup.consents.scan},
        {"service_check", checkup.consents.serviceCheck},
        {"breach_lookup", checkup.consents.breachLookup},
    }};
    written = insertRows(
        db, "INSERT INTO consent VALUES(?1, ?2)", consents, [](Statement& statement, std::int64_t, const auto& row) {
            statement.bind(1, row.first).bind(2, flag(row.second));
        });
    if (written && scanJson) {
        const std::array<std::string_view, 1> rows {*scanJson};
        written = insertRows(db, "INSERT INTO scan VALUES(?1)", rows,
            [](Statement& statement, std::int64_t, std::string_view json) { statement.bind(1, json); });
    }
    if (written) {
        written = insertRows(db, "INSERT INTO device_note VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            checkup.devices, [](Statement& statement, std::int64_t index, const DeviceNotes& notes) {
                statement.bind(1, index)
                    .bind(2, std::string_view(notes.name))
                    .bind(3, notes.correction.vendorId)
                    .bind(4, notes.correction.model)
                    .bind(5, notes.correction.kind)
                    .bind(6, flag(notes.notMine))
                    .bind(7, flag(notes.addedByHand))
                    .bind(8, keyOf(kAnswers, notes.autoUpdates))
                    .bind(9, keyOf(kLastUpdates, notes.lastUpdated))
                    .bind(10, keyOf(kAnswers, notes.factoryPasswordChanged));
            });
    }
    if (written) {
        written = insertRows(db, "INSERT INTO installed_software VALUES(?1, ?2, ?3, ?4, ?5)", checkup.installedSoftware,
            [](Statement& statement, std::int64_t index, const system::InstalledProduct& product) {
                statement.bind(1, index)
                    .bind(2, std::string_view(product.vendorId))
                    .bind(3, std::string_view(product.product))
                    .bind(4, std::string_view(product.version))
                    .bind(5, std::string_view(product.evidence));
            });
    }
    if (written) {
        written = writePasswords(db, checkup.passwords);
    }
    if (written && checkup.reuseSalt) {
        const std::array<std::string, 1> rows {checkup.reuseSalt->hex()};
        written = insertRows(db, "INSERT INTO reuse_salt VALUES(?1)", rows,
            [](Statement& statement, std::int64_t, const std::string& hex) {
                statement.bind(1, std::string_view(hex));
            });
    }
    if (written) {
        written = insertRows(db, "INSERT INTO fingerprint VALUES(?1, ?2, ?3, ?4)", checkup.fingerprints,
            [](Statement& statement, std::int64_t index, const passwords::RememberedFingerprint& row) {
                statement.bind(1, index)
                    .bind(2, std::string_view(row.label))
                    .bind(3, std::string_view(passwords::fingerprintHex(row.fingerprints.exact)));
                if (row.fingerprints.core) {
                    statement.bind(4, std::string_view(passwords::fingerprintHex(*row.fingerprints.core)));
                } else {
                    statement.bind(4, std::nullopt);
                }
            });
    }
    if (written) {
        written = insertRows(db, "INSERT INTO done VALUES(?1)", checkup.done,
            [](Statement& statement, std::int64_t, const std::string& key) {
                statement.bind(1, std::string_view(key));
            });
    }
    return written;
}

std::string randomSuffix()
{
    std::random_device device;
    std::uniform_int_distribution<unsigned> nibble(0, 15);
    std::string suffix;
    for (int i = 0; i < 12; ++i) {
        suffix += "0123456789abcdef"[nibble(device)];
    }
    return suffix;
}

/// fsync of a file or folder; the errno of the failure, or 0.
int syncPath(const std::filesystem::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

SaveResult save(const Checkup& checkup, const std::filesystem::path& target)
{
    if (const auto problem = inconsistency(checkup)) {
        return fail(CheckupFileCode::WriteFailed, "not saved, the checkup is inconsistent: " + *problem);
    }
    std::optional<std::string> scanJson;
    if (checkup.scan) {
        scanJson = discovery::scanToJson(*checkup.scan, -1);
    }

    std::error_code ec;
    // Absolute, so SQLite never reads the name as a "file:" URI.
    const std::filesystem::path path = std::filesystem::absolute(target, ec);
    if (ec || !path.has_filename()) {
        return fail(CheckupFileCode::WriteFailed, target.string() + ": not a file name");
    }
    const std::filesystem::path folder = path.parent_path();

    // A new file that nobody else may read: it can hold password fingerprints.
    std::filesystem::path temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        temporary = withSuffix(path, ".saving-" + randomSuffix());
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            return errnoFailure(errno, folder.string());
        }
    }
    if (fd < 0) {
        return fail(CheckupFileCode::WriteFailed, folder.string() + ": no unused temporary name");
    }
    ::close(fd);
    TemporaryFile guard(temporary);

    {
        auto db = Database::open(temporary.string(), SQLITE_OPEN_READWRITE);
        if (!db) {
            return fail(CheckupFileCode::WriteFailed, temporary.string() + ": " + db.error().detail);
        }
        // DELETE: the finished file needs no -wal beside it. synchronous OFF: durability comes from
        // the fsync before the rename, and a crash before it leaves only the temporary file behind.
        auto written = db->exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA application_id = "
            + std::to_string(checkupApplicationId));
        if (!written) {
            return writeFailure(*db, written.error());
        }
        auto transaction = Transaction::begin(*db);
        if (!transaction) {
            return writeFailure(*db, transaction.error());
        }
        written = writeContents(*db, checkup, scanJson);
        if (written) {
            written = db->setUserVersion(checkupFileVersion);
        }
        if (written) {
            written = transaction->commit();
        }
        if (!written) {
            return writeFailure(*db, written.error());
        }
    }

    if (const int error = syncPath(temporary, O_RDONLY); error != 0) {
        return errnoFailure(error, temporary.string());
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        return errnoFailure(errno, path.string());
    }
    guard.release();
    // The rename is done; a folder that cannot be synced (some file systems refuse) changes nothing.
    static_cast<void>(syncPath(folder, O_RDONLY | O_DIRECTORY));
    return Nothing {};
}

}  // namespace

Result<Nothing, CheckupFileError> saveCheckup(const Checkup& checkup, const std::filesystem::path& path)
{
    try {
        return save(checkup, path);
    } catch (const std::exception& error) {
        return fail(CheckupFileCode::WriteFailed, error.what());
    }
}

}  // namespace voordeur::core::checkup
