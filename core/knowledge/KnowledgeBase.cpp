// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KnowledgeBase.h"

#include <sqlite3.h>

#include <array>
#include <utility>

namespace voordeur::core::knowledge {

namespace {

// Migration N (1-based) brings the schema from version N-1 to N. Never edit a released one.
constexpr std::array<const char*, 3> kMigrations = {
    R"sql(
CREATE TABLE vendor(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    isp_router_brand INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE vendor_alias(
    alias_key TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendor(id)
);
CREATE TABLE kev(
    cve_id TEXT PRIMARY KEY,
    vendor_project TEXT NOT NULL,
    product TEXT NOT NULL,
    vendor_id TEXT REFERENCES vendor(id),
    name TEXT,
    date_added TEXT,
    short_description TEXT,
    required_action TEXT,
    ransomware TEXT
);
CREATE INDEX kev_vendor_id ON kev(vendor_id);
CREATE TABLE kev_meta(
    key TEXT PRIMARY KEY,
    value TEXT
);
)sql",
    R"sql(
CREATE TABLE vendor_policy(
    vendor_id TEXT PRIMARY KEY REFERENCES vendor(id),
    update_route TEXT NOT NULL
        CHECK(update_route IN ('automatic', 'app', 'web-interface', 'provider-managed', 'mixed')),
    auto_update TEXT NOT NULL CHECK(auto_update IN ('yes', 'no', 'some-models')),
    support_url TEXT NOT NULL,
    support_policy TEXT NOT NULL,
    support_policy_source TEXT,
    CHECK((support_policy = 'unknown') = (support_policy_source IS NULL))
);
CREATE TABLE vendor_kind(
    vendor_id TEXT NOT NULL REFERENCES vendor(id),
    kind TEXT NOT NULL,
    PRIMARY KEY(vendor_id, kind)
);
CREATE TABLE vendor_text(
    vendor_id TEXT NOT NULL REFERENCES vendor(id),
    lang TEXT NOT NULL CHECK(lang IN ('nl', 'en')),
    update_steps TEXT NOT NULL,
    PRIMARY KEY(vendor_id, lang)
);
CREATE TABLE advisory(
    id TEXT PRIMARY KEY,
    authority TEXT NOT NULL,
    jurisdiction TEXT NOT NULL CHECK(jurisdiction IN ('NL', 'DE', 'US', 'UK', 'EU')),
    date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL
);
CREATE TABLE advisory_vendor(
    advisory_id TEXT NOT NULL REFERENCES advisory(id),
    vendor_id TEXT NOT NULL REFERENCES vendor(id),
    relation TEXT,
    confidence TEXT CHECK(confidence IN ('high', 'medium', 'low')),
    PRIMARY KEY(advisory_id, vendor_id)
);
CREATE INDEX advisory_vendor_vendor_id ON advisory_vendor(vendor_id);
CREATE TABLE advisory_text(
    advisory_id TEXT NOT NULL REFERENCES advisory(id),
    lang TEXT NOT NULL CHECK(lang IN ('nl', 'en')),
    summary TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    PRIMARY KEY(advisory_id, lang)
);
CREATE TABLE default_credential(
    id INTEGER PRIMARY KEY,
    vendor_id TEXT REFERENCES vendor(id),
    models TEXT,
    username TEXT NOT NULL,
    password TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT
);
CREATE INDEX default_credential_vendor_id ON default_credential(vendor_id);
)sql",
    R"sql(
CREATE TABLE knowledge_meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE model_family(
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendor(id),
    name TEXT NOT NULL,
    support_end TEXT NOT NULL CHECK(support_end IN ('ongoing', 'unknown')
        OR support_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    support_source TEXT,
    checked TEXT NOT NULL,
    update_route TEXT
        CHECK(update_route IN ('automatic', 'app', 'web-interface', 'provider-managed', 'mixed')),
    CHECK((support_end = 'unknown') = (support_source IS NULL))
);
CREATE INDEX model_family_vendor_id ON model_family(vendor_id);
CREATE TABLE model_family_pattern(
    family_id TEXT NOT NULL REFERENCES model_family(id),
    pattern TEXT NOT NULL,
    PRIMARY KEY(family_id, pattern)
);
CREATE TABLE model_family_text(
    family_id TEXT NOT NULL REFERENCES model_family(id),
    lang TEXT NOT NULL CHECK(lang IN ('nl', 'en')),
    update_steps TEXT NOT NULL,
    PRIMARY KEY(family_id, lang)
);
CREATE TABLE fingerprint_rule(
    id TEXT PRIMARY KEY,
    field TEXT NOT NULL,
    service TEXT,
    txt_key TEXT,
    pattern TEXT NOT NULL,
    vendor_id TEXT REFERENCES vendor(id),
    kind TEXT,
    model TEXT,
    model_from_value INTEGER NOT NULL DEFAULT 0,
    firmware_from_value INTEGER NOT NULL DEFAULT 0,
    weight REAL NOT NULL CHECK(weight > 0 AND weight <= 1),
    example TEXT NOT NULL,
    reference TEXT NOT NULL
);
CREATE INDEX fingerprint_rule_vendor_id ON fingerprint_rule(vendor_id);
)sql",
};

static_assert(kMigrations.size() == KnowledgeBase::schemaVersion);

template <typename T> KnowledgeResult<T> failed(const SqliteError& error)
{
    return Failure<KnowledgeError> {knowledgeErrorFrom(error)};
}

KnowledgeResult<Nothing> migrate(Database& db, std::int64_t from)
{
    for (auto version = from + 1; version <= KnowledgeBase::schemaVersion; ++version) {
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return failed<Nothing>(transaction.error());
        }
        const auto index = static_cast<std::size_t>(version - 1);
        auto applied = db.exec(kMigrations.at(index));
        if (applied) {
            applied = db.setUserVersion(version);
        }
        if (applied) {
            applied = transaction->commit();
        }
        if (!applied) {
            auto error = knowledgeErrorFrom(applied.error());
            if (error.code == KnowledgeCode::Other || error.code == KnowledgeCode::Constraint) {
                error.code = KnowledgeCode::MigrationFailed;
            }
            error.detail = "migration " + std::to_string(version) + ": " + error.detail;
            return Failure<KnowledgeError> {std::move(error)};
        }
    }
    return Nothing {};
}

}  // namespace

KnowledgeError knowledgeErrorFrom(const SqliteError& error)
{
    KnowledgeCode code = KnowledgeCode::Other;
    switch (error.code) {
    case SqliteCode::CannotOpen:
        code = KnowledgeCode::CannotOpen;
        break;
    case SqliteCode::Corrupt:
        code = KnowledgeCode::Corrupt;
        break;
    case SqliteCode::Busy:
        code = KnowledgeCode::Busy;
        break;
    case SqliteCode::ReadOnly:
        code = KnowledgeCode::ReadOnly;
        break;
    case SqliteCode::Full:
        code = KnowledgeCode::Full;
        break;
    case SqliteCode::Constraint:
        code = KnowledgeCode::Constraint;
        break;
    case SqliteCode::Misuse:
    case SqliteCode::Other:
        code = KnowledgeCode::Other;
        break;
    }
    return KnowledgeError {code, error.detail};
}

KnowledgeResult<KnowledgeBase> KnowledgeBase::open(const std::filesystem::path& path)
{
    auto db = Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX);
    if (!db) {
        return failed<KnowledgeBase>(db.error());
    }
    // Read the version before touching anything: a newer file must stay exactly as it is,
    // and reading the first page is also what exposes a file that is not a database.
    const auto version = db->userVersion();
    if (!version) {
        return failed<KnowledgeBase>(version.error());
    }
    if (*version > schemaVersion || *version < 0) {
        return fail(KnowledgeCode::NewerSchema, std::to_string(*version));
    }
    auto configured = db->exec("PRAGMA foreign_keys = ON");
    if (configured) {
        configured = db->exec("PRAGMA journal_mode = WAL");
    }
    if (!configured) {
        return failed<KnowledgeBase>(configured.error());
    }
    auto migrated = migrate(*db, *version);
    if (!migrated) {
        return Failure<KnowledgeError> {migrated.error()};
    }
    return KnowledgeBase(std::move(db).value());
}

KnowledgeResult<bool> KnowledgeBase::integrityOk() const
{
    auto statement = m_db.prepare("PRAGMA quick_check");
    if (!statement) {
        return failed<bool>(statement.error());
    }
    bool ok = true;
    bool any = false;
    for (;;) {
        auto step = statement->step();
        if (!step) {
            const auto error = knowledgeErrorFrom(step.error());
            return Failure<KnowledgeError> {error};
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        any = true;
        if (statement->columnText(0) != "ok") {
            ok = false;
        }
    }
    return ok && any;
}

KnowledgeResult<std::int64_t> KnowledgeBase::storedSchemaVersion() const
{
    auto version = m_db.userVersion();
    if (!version) {
        return failed<std::int64_t>(version.error());
    }
    return *version;
}

KnowledgeResult<Nothing> KnowledgeBase::addVendor(std::string_view id, std::string_view name,
    const std::optional<std::string>& country, bool ispRouterBrand, const std::vector<std::string>& aliases)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return failed<Nothing>(transaction.error());
    }
    auto insertVendor = m_db.prepare("INSERT INTO vendor(id, name, country, isp_router_brand) VALUES(?1, ?2, ?3, ?4) "
                                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country, "
                                     "isp_router_brand = excluded.isp_router_brand");
    if (!insertVendor) {
        return failed<Nothing>(insertVendor.error());
    }
    insertVendor->bind(1, id).bind(2, name).bind(3, country).bind(4, std::int64_t {ispRouterBrand ? 1 : 0});
    if (auto step = insertVendor->step(); !step) {
        return failed<Nothing>(step.error());
    }

    auto insertAlias = m_db.prepare("INSERT OR REPLACE INTO vendor_alias(alias_key, vendor_id) VALUES(?1, ?2)");
    if (!insertAlias) {
        return failed<Nothing>(insertAlias.error());
    }
    std::vector<std::string> all = aliases;
    all.emplace_back(name);
    all.emplace_back(id);
    for (const auto& alias : all) {
        const auto key = aliasKey(alias);
        if (key.empty()) {
            continue;
        }
        insertAlias->reset();
        insertAlias->bind(1, std::string_view(key)).bind(2, id);
        if (auto step = insertAlias->step(); !step) {
            return failed<Nothing>(step.error());
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return failed<Nothing>(committed.error());
    }
    return Nothing {};
}

std::optional<std::string> KnowledgeBase::vendorForAlias(std::string_view alias) const
{
    const auto key = aliasKey(alias);
    if (key.empty()) {
        return std::nullopt;
    }
    auto statement = m_db.prepare("SELECT vendor_id FROM vendor_alias WHERE alias_key = ?1");
    if (!statement) {
        return std::nullopt;
    }
    statement->bind(1, std::string_view(key));
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return statement->columnText(0);
}

std::optional<std::string> KnowledgeBase::meta(std::string_view key) const
{
    auto statement = m_db.prepare("SELECT value FROM knowledge_meta WHERE key = ?1");
    if (!statement) {
        return std::nullopt;
    }
    statement->bind(1, key);
    auto step = statement->step();
    if (!step || *step != Statement::Step::Row) {
        return std::nullopt;
    }
    return statement->columnText(0);
}

std::string KnowledgeBase::aliasKey(std::string_view alias)
{
    std::string key;
    key.reserve(alias.size());
    for (const char c : alias) {
        if (c >= 'A' && c <= 'Z') {
            key.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            key.push_back(c);
        }
    }
    return key;
}

}  // namespace voordeur::core::knowledge
