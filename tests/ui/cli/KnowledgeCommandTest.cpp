// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/KnowledgeCommand.h"

#include "TestSupport.h"
#include "core/knowledge/KevDownload.h"
#include "core/knowledge/KnowledgeBuild.h"
#include "tests/LoopbackHttpServer.h"
#include "ui/cli/CliApplication.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <map>
#include <optional>

using namespace voordeur::ui;
using namespace voordeur::ui::cli;
using voordeur::tests::LoopbackHttpServer;

namespace {

const QString kSourceDir = QStringLiteral(VOORDEUR_SOURCE_DIR "/resources/knowledge");
const QString kRealCatalog
    = QStringLiteral(VOORDEUR_SOURCE_DIR "/../shared/data/kev/known_exploited_vulnerabilities.json");

using test::CliRun;

CliRun runCli(const QStringList& arguments)
{
    return test::runCli(QStringList {QStringLiteral("knowledge")} + arguments);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    INFO("file: " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Sets an environment variable (or clears it, for a null value) and restores it afterwards.
class ScopedVariable final
{
public:
    ScopedVariable(const char* name, const QByteArray& value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name)) {
            m_old = qgetenv(name);
        }
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~ScopedVariable()
    {
        if (m_old) {
            qputenv(m_name, *m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
    const char* m_name;
    std::optional<QByteArray> m_old;
};

/// A shipped knowledge base built from resources/knowledge and an empty data folder, both in a
/// scratch folder, with the environment pointing voordeur-cli at them.
class KnowledgeSetUp final
{
public:
    KnowledgeSetUp()
        : m_shipped(m_dir.filePath(QStringLiteral("share/knowledge.sqlite")))
        , m_dataDir(m_dir.filePath(QStringLiteral("data")))
        , m_shippedVariable(KnowledgeFiles::shippedVariable, QFile::encodeName(m_shipped))
        , m_dataDirVariable(KnowledgeFiles::dataDirVariable, QFile::encodeName(m_dataDir))
        , m_baseUrlVariable(KnowledgeCommand::baseUrlVariable, QByteArray())
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(QDir().mkpath(m_dir.filePath(QStringLiteral("share"))));
        const auto built = voordeur::core::knowledge::buildKnowledgeBase(
            QFile::encodeName(kSourceDir).toStdString(), QFile::encodeName(m_shipped).toStdString());
        if (!built) {
            FAIL(voordeur::core::knowledge::describe(built.error()));
        }
        m_vendors = static_cast<int>(built->vendors);
    }

    QString userCopy() const { return QDir(m_dataDir).filePath(QStringLiteral("knowledge.sqlite")); }
    const QString& dataDir() const { return m_dataDir; }
    const QString& shipped() const { return m_shipped; }
    QString scratch(const QString& name) const { return m_dir.filePath(name); }
    int vendors() const { return m_vendors; }

private:
    QTemporaryDir m_dir;
    QString m_shipped;
    QString m_dataDir;
    ScopedVariable m_shippedVariable;
    ScopedVariable m_dataDirVariable;
    ScopedVariable m_baseUrlVariable;
    int m_vendors = 0;
};

QJsonObject infoJson()
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    REQUIRE(run.code == Success);
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// Entries per vendorProject, counted straight from the catalog file.
std::map<QString, int> countsInCatalog()
{
    std::map<QString, int> counts;
    const auto entries
        = QJsonDocument::fromJson(readAll(kRealCatalog)).object().value(QStringLiteral("vulnerabilities"));
    for (const auto& entry : entries.toArray()) {
        ++counts[entry.toObject().value(QStringLiteral("vendorProject")).toString()];
    }
    return counts;
}

}  // namespace

TEST_CASE("knowledge info on a fresh data folder makes the user's copy and shows what it holds")
{
    const KnowledgeSetUp setUp;
    REQUIRE_FALSE(QFile::exists(setUp.userCopy()));

    const CliRun run = runCli({QStringLiteral("info")});
    CHECK(run.code == Success);
    CHECK(QFile::exists(setUp.userCopy()));
    CHECK(run.err.contains(QStringLiteral("Made your own copy of the knowledge base.")));
    CHECK(run.out.contains(setUp.shipped()));
    CHECK(run.out.contains(setUp.userCopy()));
    CHECK(run.out.contains(QStringLiteral("Makers: %1").arg(setUp.vendors())));
    CHECK(run.out.contains(QStringLiteral("Not downloaded yet")));

    const CliRun again = runCli({QStringLiteral("info")});
    CHECK(again.code == Success);
    CHECK(again.err.isEmpty());

    const QJsonObject json = infoJson();
    CHECK(json.value(QStringLiteral("vendors")).toInt() == setUp.vendors());
    CHECK(json.value(QStringLiteral("advisories")).toInt() >= 6);
    CHECK(json.value(QStringLiteral("defaultCredentials")).toInt() > 0);
    CHECK(json.value(QStringLiteral("aliases")).toInt() > setUp.vendors());
    CHECK(json.value(QStringLiteral("schemaVersion")).toInt() > 0);
    CHECK(json.value(QStringLiteral("userCopyPath")).toString() == setUp.userCopy());
    CHECK(json.value(QStringLiteral("kev")).isNull());
}

TEST_CASE("knowledge import-kev stores the real catalog and info shows it")
{
    const KnowledgeSetUp setUp;
    const CliRun imported = runCli({QStringLiteral("import-kev"), kRealCatalog});
    INFO(imported.err.toStdString());
    CHECK(imported.code == Success);
    CHECK(imported.out.contains(QStringLiteral("1404 entries, version 2025.08.25")));

    const CliRun info = runCli({QStringLiteral("info")});
    CHECK(info.code == Success);
    CHECK(info.out.contains(QStringLiteral("Entries: 1404")));
    CHECK(info.out.contains(QStringLiteral("Version: 2025.08.25")));

    const auto expected = countsInCatalog();
    const QJsonObject kev = infoJson().value(QStringLiteral("kev")).toObject();
    CHECK(kev.value(QStringLiteral("entries")).toInt() == 1404);
    CHECK(kev.value(QStringLiteral("catalogVersion")).toString() == QStringLiteral("2025.08.25"));
    CHECK(kev.value(QStringLiteral("dateReleased")).toString() == QStringLiteral("2025-08-25T17:04:19.9796Z"));
    CHECK(kev.value(QStringLiteral("entriesOfKnownVendors")).toInt() > 0);
    const QJsonArray top = kev.value(QStringLiteral("topVendors")).toArray();
    REQUIRE(top.size() == 10);
    for (const auto& vendor : top) {
        const QString name = vendor.toObject().value(QStringLiteral("vendorProject")).toString();
        INFO(name.toStdString());
        CHECK(vendor.toObject().value(QStringLiteral("entries")).toInt() == expected.at(name));
    }
    CHECK(top.first().toObject().value(QStringLiteral("vendorProject")).toString() == QStringLiteral("Microsoft"));
    CHECK(info.out.contains(QStringLiteral("Microsoft")));
}

TEST_CASE("knowledge import-kev refuses a broken or missing file with exit code 3 and keeps the old list")
{
    const KnowledgeSetUp setUp;
    REQUIRE(runCli({QStringLiteral("import-kev"), kRealCatalog}).code == Success);

    const QString broken = setUp.scratch(QStringLiteral("broken.json"));
    const QByteArray real = readAll(kRealCatalog);
    writeAll(broken, real.left(real.size() / 2));
    const CliRun run = runCli({QStringLiteral("import-kev"), broken});
    CHECK(run.code == InputError);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(broken));
    CHECK(run.err.contains(QStringLiteral("not JSON, or it is cut off")));
    CHECK(run.err.contains(QStringLiteral("version 2025.08.25, 1404 entries) was kept")));

    const QString missing = setUp.scratch(QStringLiteral("missing.json"));
    const CliRun absent = runCli({QStringLiteral("import-kev"), missing});
    CHECK(absent.code == InputError);
    CHECK(absent.err.contains(missing));

    CHECK(infoJson().value(QStringLiteral("kev")).toObject().value(QStringLiteral("entries")).toInt() == 1404);
}

TEST_CASE("knowledge update downloads the list from the given address")
{
    const KnowledgeSetUp setUp;
    const QByteArray catalog = readAll(kRealCatalog);
    std::atomic<int> status {200};
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request& request) {
        if (status != 200 || request.target != voordeur::core::knowledge::kevFeedPath) {
            return LoopbackHttpServer::status(404, "Not Found");
        }
        return LoopbackHttpServer::ok(catalog.toStdString());
    });
    const QString baseUrl = QString::fromStdString(server.baseUrl());

    SECTION("named with --base-url")
    {
        const CliRun run = runCli({QStringLiteral("update"), QStringLiteral("--base-url"), baseUrl});
        INFO(run.err.toStdString());
        CHECK(run.code == Success);
        CHECK(run.out.contains(QStringLiteral("1404 entries")));
        CHECK(run.err.contains(
            baseUrl + QStringLiteral("/sites/default/files/feeds/known_exploited_vulnerabilities.json")));
    }
    SECTION("named in VOORDEUR_KEV_BASE_URL")
    {
        const ScopedVariable variable(KnowledgeCommand::baseUrlVariable, baseUrl.toUtf8());
        const CliRun run = runCli({QStringLiteral("update")});
        INFO(run.err.toStdString());
        CHECK(run.code == Success);
        CHECK(run.out.contains(QStringLiteral("1404 entries")));
    }
    REQUIRE(server.targets().size() == 1);
    CHECK(infoJson().value(QStringLiteral("kev")).toObject().value(QStringLiteral("entries")).toInt() == 1404);

    // The server now fails: the command says what failed, exits with 1 and keeps the list.
    status = 404;
    const CliRun failed = runCli({QStringLiteral("update"), QStringLiteral("--base-url"), baseUrl});
    CHECK(failed.code == Failed);
    CHECK(failed.out.isEmpty());
    CHECK(failed.err.contains(QStringLiteral("answered with HTTP status 404")));
    CHECK(failed.err.contains(QStringLiteral("was kept")));
    CHECK(infoJson().value(QStringLiteral("kev")).toObject().value(QStringLiteral("entries")).toInt() == 1404);
}

TEST_CASE("knowledge update refuses addresses it may not use")
{
    const KnowledgeSetUp setUp;
    // Plain http to another computer is not allowed.
    const CliRun http
        = runCli({QStringLiteral("update"), QStringLiteral("--base-url"), QStringLiteral("http://192.0.2.1")});
    CHECK(http.code == UsageError);
    CHECK(http.err.contains(QStringLiteral("only https is allowed")));
    CHECK_FALSE(QFile::exists(setUp.userCopy()));  // refused before anything was opened

    // With network use switched off (as in every test run), nothing leaves the machine.
    REQUIRE(qEnvironmentVariableIsSet("VOORDEUR_NO_NETWORK"));
    const CliRun off
        = runCli({QStringLiteral("update"), QStringLiteral("--base-url"), QStringLiteral("https://192.0.2.1")});
    CHECK(off.code == Failed);
    CHECK(off.err.contains(QStringLiteral("VOORDEUR_NO_NETWORK")));
}

TEST_CASE("a damaged user copy is reported, kept aside and made again")
{
    const KnowledgeSetUp setUp;
    REQUIRE(runCli({QStringLiteral("info")}).code == Success);
    writeAll(setUp.userCopy(), QByteArray(8192, 'x'));

    const CliRun run = runCli({QStringLiteral("info")});
    CHECK(run.code == Success);
    CHECK(run.err.contains(QStringLiteral("The knowledge base was damaged")));
    const QStringList aside
        = QDir(setUp.dataDir()).entryList({QStringLiteral("knowledge.sqlite.damaged-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(run.err.contains(aside.first()));
    CHECK(readAll(QDir(setUp.dataDir()).filePath(aside.first())) == QByteArray(8192, 'x'));
    CHECK(run.out.contains(QStringLiteral("Makers: %1").arg(setUp.vendors())));
}

TEST_CASE("without the shipped knowledge base, knowledge says what is missing and exits with 1")
{
    const KnowledgeSetUp setUp;
    REQUIRE(QFile::remove(setUp.shipped()));
    const CliRun run = runCli({QStringLiteral("info")});
    CHECK(run.code == Failed);
    CHECK(run.err.contains(QStringLiteral("is missing")));
    CHECK(run.err.contains(setUp.shipped()));
    CHECK_FALSE(QFile::exists(setUp.userCopy()));
}
