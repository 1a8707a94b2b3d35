// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/PasswordsCommand.h"

#include "TestSupport.h"
#include "tests/LoopbackHttpServer.h"
#include "ui/cli/CliApplication.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <map>

using namespace voordeur::ui;
using namespace voordeur::ui::cli;
using voordeur::tests::LoopbackHttpServer;

namespace {

const QString kLabScan = QStringLiteral(VOORDEUR_SOURCE_DIR "/tests/data/scan/lab-scan.json");

// A household's passwords: a factory password, a reused one, a near-reused one, a leaked one.
const QByteArray kHousehold = QByteArrayLiteral("Router\txc3511\n"
                                                "Wifi thuis\tWelkom01!\n"
                                                "Hikvision camera\t12345\n"
                                                "Mail\tWelkom01!\n"
                                                "Tablet\twelkom02\n"
                                                "NAS\tkaNtoor-Lamp-Fiets-72!\n");
const QList<QByteArray> kPasswords {"xc3511", "Welkom01!", "12345", "welkom02", "kaNtoor-Lamp-Fiets-72!"};

QByteArray sha1Hex(const QByteArray& password)
{
    return QCryptographicHash::hash(password, QCryptographicHash::Sha1).toHex().toUpper();
}

/// A Pwned Passwords range server: "Welkom01!" was seen 4242 times, every other prefix answers with
/// padding only; every request is counted.
class RangeServer final
{
public:
    RangeServer()
        : m_server([this](const LoopbackHttpServer::Request& request) {
            ++m_requests;
            const std::string prefix = request.target.substr(std::string("/range/").size());
            const QByteArray leaked = sha1Hex("Welkom01!");
            std::string body = "0000000000000000000000000000000000A:0\r\n";
            if (prefix == leaked.left(5).toStdString()) {
                body += leaked.mid(5).toLower().toStdString() + ":4242\r\n";
            }
            body += "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0";
            return LoopbackHttpServer::ok(body, "text/plain");
        })
    { }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()); }
    int requests() const { return m_requests; }

private:
    std::atomic<int> m_requests {0};
    LoopbackHttpServer m_server;
};

test::CliRun passwords(const QStringList& arguments, const QByteArray& input = kHousehold)
{
    return test::runCliWithInput(QStringList {QStringLiteral("passwords")} + arguments, input);
}

QJsonObject entryNamed(const QJsonDocument& document, const QString& label)
{
    for (const auto entry : document.object().value(QStringLiteral("entries")).toArray()) {
        if (entry.toObject().value(QStringLiteral("label")).toString() == label) {
            return entry.toObject();
        }
    }
    FAIL("no entry " << label.toStdString());
    return {};
}

QStringList labelsIn(const QJsonObject& entry, const char* field)
{
    QStringList labels;
    for (const auto label : entry.value(QLatin1String(field)).toArray()) {
        labels << label.toString();
    }
    return labels;
}

}  // namespace

TEST_CASE("passwords check reports strength, reuse and factory passwords per label, offline")
{
    const test::CliEnvironment environment;
    const auto run = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--json")});
    REQUIRE(run.code == Success);
    const auto document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    CHECK(document.object().value(QStringLiteral("breach_lookup")).toString() == QStringLiteral("skipped"));
    CHECK(document.object().value(QStringLiteral("entries")).toArray().size() == 6);

    const auto router = entryNamed(document, QStringLiteral("Router"));
    CHECK(router.value(QStringLiteral("kind")).toString() == QStringLiteral("router_admin"));
    CHECK(router.value(QStringLiteral("factory_default")).toObject().value(QStringLiteral("match")).toString()
        == QStringLiteral("botnet_list"));
    CHECK(router.value(QStringLiteral("strength")).toObject().value(QStringLiteral("score")).toInt() == 0);

    const auto wifi = entryNamed(document, QStringLiteral("Wifi thuis"));
    CHECK(wifi.value(QStringLiteral("kind")).toString() == QStringLiteral("wifi"));
    CHECK(labelsIn(wifi, "reused_with") == QStringList {QStringLiteral("Mail")});
    CHECK(labelsIn(wifi, "near_reused_with") == QStringList {QStringLiteral("Tablet")});
    CHECK(wifi.value(QStringLiteral("breach")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("not_asked"));

    const auto camera = entryNamed(document, QStringLiteral("Hikvision camera"));
    CHECK(camera.value(QStringLiteral("vendor")).toString() == QStringLiteral("hikvision"));
    CHECK(camera.value(QStringLiteral("factory_default")).toObject().value(QStringLiteral("match")).toString()
        == QStringLiteral("this_vendor"));

    const auto nas = entryNamed(document, QStringLiteral("NAS"));
    CHECK(nas.value(QStringLiteral("strength")).toObject().value(QStringLiteral("score")).toInt() >= 3);
    CHECK(labelsIn(nas, "reused_with").isEmpty());

    std::map<QString, int> codes;
    for (const auto finding : document.object().value(QStringLiteral("findings")).toArray()) {
        ++codes[finding.toObject().value(QStringLiteral("code")).toString()];
    }
    CHECK(codes[QStringLiteral("factory_password")] == 2);
    CHECK(codes[QStringLiteral("reused_password")] == 1);
    CHECK(codes[QStringLiteral("near_reused_password")] == 1);
    CHECK(codes[QStringLiteral("breached_password")] == 0);
    CHECK(codes[QStringLiteral("weak_password")] >= 4);
}

TEST_CASE("passwords check asks the leak service once per prefix and reports how often a password leaked")
{
    const test::CliEnvironment environment;
    const RangeServer server;
    const auto run = passwords({QStringLiteral("check"), QStringLiteral("--base-url"), server.baseUrl()});
    REQUIRE(run.code == Success);
    CHECK(server.requests() == 5);  // six entries, five distinct passwords
    CHECK(run.out.contains(QStringLiteral("leaked: seen 4,242 times in data leaks")));
    CHECK(run.out.contains(QStringLiteral("not found in known data leaks")));
    CHECK(run.out.contains(QStringLiteral("The password of Wifi thuis has leaked")));
    CHECK(run.out.contains(QStringLiteral("The password of Mail has leaked")));
    CHECK(run.err.contains(QStringLiteral("only the first 5 characters")));
}

TEST_CASE("passwords check says why leaks were not checked and never calls that safe")
{
    const test::CliEnvironment environment;
    // A closed loopback port: nothing listens there.
    const auto run = passwords({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--base-url"),
        QStringLiteral("http://127.0.0.1:9")});
    REQUIRE(run.code == Success);
    const auto document = QJsonDocument::fromJson(run.out.toUtf8());
    for (const auto entry : document.object().value(QStringLiteral("entries")).toArray()) {
        const auto breach = entry.toObject().value(QStringLiteral("breach")).toObject();
        CHECK(breach.value(QStringLiteral("status")).toString() == QStringLiteral("not_checked"));
        CHECK(breach.value(QStringLiteral("reason")).toString() == QStringLiteral("unreachable"));
    }
}

TEST_CASE("passwords check counts the network name against a password")
{
    const test::CliEnvironment environment;
    const QByteArray input = QByteArrayLiteral("Wifi\tzonnehoek2024\n");
    const auto without
        = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--json")}, input);
    const auto with = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--json"),
                                    QStringLiteral("--network-name"), QStringLiteral("Villa-Zonnehoek_5G")},
        input);
    REQUIRE(without.code == Success);
    REQUIRE(with.code == Success);
    const auto weaknesses = [](const test::CliRun& run) {
        return entryNamed(QJsonDocument::fromJson(run.out.toUtf8()), QStringLiteral("Wifi"))
            .value(QStringLiteral("strength"))
            .toObject()
            .value(QStringLiteral("weaknesses"))
            .toArray();
    };
    CHECK_FALSE(weaknesses(without).contains(QStringLiteral("household_word")));
    CHECK(weaknesses(with).contains(QStringLiteral("household_word")));
}

TEST_CASE("passwords check links labels to the devices of a saved scan")
{
    const test::CliEnvironment environment;
    const auto run = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--json"),
        QStringLiteral("--input"), kLabScan});
    REQUIRE(run.code == Success);
    const auto document = QJsonDocument::fromJson(run.out.toUtf8());
    const auto camera = entryNamed(document, QStringLiteral("Hikvision camera"));
    CHECK(camera.value(QStringLiteral("device")).isDouble());
    CHECK(camera.value(QStringLiteral("model")).toString() == QStringLiteral("DS-2CD2143G0-I"));
}

TEST_CASE("remembered fingerprints reveal reuse in the next checkup, and forget removes them")
{
    const test::CliEnvironment environment;
    const auto first = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--remember")},
        QByteArrayLiteral("Oude router\tWelkom01!\n"));
    REQUIRE(first.code == Success);
    CHECK(first.err.contains(QStringLiteral("passwords forget")));
    REQUIRE(QFile::exists(PasswordsCommand::rememberedPath()));

    const auto second = passwords({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--json")});
    REQUIRE(second.code == Success);
    const auto document = QJsonDocument::fromJson(second.out.toUtf8());
    CHECK(labelsIn(entryNamed(document, QStringLiteral("Wifi thuis")), "reused_with_earlier")
        == QStringList {QStringLiteral("Oude router")});
    CHECK(labelsIn(entryNamed(document, QStringLiteral("Tablet")), "near_reused_with_earlier")
        == QStringList {QStringLiteral("Oude router")});

    const auto forget = passwords({QStringLiteral("forget")}, {});
    CHECK(forget.code == Success);
    CHECK_FALSE(QFile::exists(PasswordsCommand::rememberedPath()));
}

TEST_CASE("bad password input is refused by line number, without echoing the password")
{
    const test::CliEnvironment environment;
    const auto noTab = passwords({QStringLiteral("check"), QStringLiteral("--offline")},
        QByteArrayLiteral("Router\tadmin\nZeerGeheimWachtwoord\n"));
    CHECK(noTab.code == InputError);
    CHECK(noTab.err.contains(QStringLiteral("Line 2")));
    CHECK_FALSE(noTab.err.contains(QStringLiteral("ZeerGeheim")));
    CHECK_FALSE(noTab.out.contains(QStringLiteral("ZeerGeheim")));

    const auto empty = passwords({QStringLiteral("check"), QStringLiteral("--offline")}, QByteArrayLiteral("\n\n"));
    CHECK(empty.code == InputError);
}

TEST_CASE("a full password checkup writes no password, SHA-1 or prefix anywhere")
{
    const test::CliEnvironment environment;
    QList<QByteArray> forbidden;
    for (const QByteArray& password : kPasswords) {
        const QByteArray hash = sha1Hex(password);
        forbidden << password << hash << hash.toLower() << hash.left(5) << hash.left(5).toLower();
    }
    // The data folder holds a copy of the knowledge base, which lists the factory passwords "xc3511"
    // and "12345" themselves; and "12345" is too common a string to look for in the output.
    const QList<QByteArray> listedFactoryPasswords {"xc3511", "12345"};

    const RangeServer server;
    QByteArray written;
    for (const QStringList& extra :
        {QStringList {}, QStringList {QStringLiteral("--json")}, QStringList {QStringLiteral("--offline")}}) {
        const auto run
            = passwords(QStringList {QStringLiteral("check"), QStringLiteral("--remember"), QStringLiteral("--input"),
                            kLabScan, QStringLiteral("--base-url"), server.baseUrl()}
                + extra);
        REQUIRE(run.code == Success);
        written += run.out.toUtf8() + run.err.toUtf8();
    }
    REQUIRE(written.contains("4,242"));  // the checkup really ran with the leak lookup
    QStringList files;
    QDirIterator it(environment.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    REQUIRE(files.contains(PasswordsCommand::rememberedPath()));
    QByteArray fileBytes;
    for (const QString& path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        fileBytes += file.readAll();
    }
    for (const QByteArray& secret : forbidden) {
        INFO("a secret derived from password number " << forbidden.indexOf(secret) / 5);
        if (secret != "12345") {
            CHECK_FALSE(written.contains(secret));
        }
        if (!listedFactoryPasswords.contains(secret)) {
            CHECK_FALSE(fileBytes.contains(secret));
        }
    }
}
