// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/AdviseCommand.h"

#include "TestSupport.h"
#include "core/identify/Corrections.h"
#include "core/knowledge/KnowledgeBuild.h"
#include "ui/cli/CliApplication.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace voordeur::ui;
using namespace voordeur::ui::cli;

namespace {

const QString kLabScan = QStringLiteral(VOORDEUR_SOURCE_DIR "/tests/data/scan/lab-scan.json");

test::CliRun advise(const QStringList& arguments)
{
    return test::runCli(QStringList {QStringLiteral("advise")} + arguments);
}

using Environment = test::CliEnvironment;

QJsonObject deviceAt(const QJsonDocument& document, const QString& address)
{
    for (const auto device : document.object().value(QStringLiteral("devices")).toArray()) {
        if (device.toObject().value(QStringLiteral("addresses")).toArray().first().toString() == address) {
            return device.toObject();
        }
    }
    return {};
}

}  // namespace

TEST_CASE("advise replays the lab's saved scan as a report with an action plan")
{
    const Environment environment;
    const auto run = advise({QStringLiteral("--input"), kLabScan});
    CHECK(run.code == Success);
    CHECK(run.out.contains(QStringLiteral("6 device")));
    CHECK(run.out.contains(QStringLiteral("Hikvision DS-2CD2143G0-I")));
    CHECK(run.out.contains(QStringLiteral("FRITZ!Box 7590")));
    CHECK(run.out.contains(QStringLiteral("[Urgent] Hikvision DS-2CD2143G0-I: Reachable from the internet")));
    CHECK(run.out.contains(QStringLiteral("Government advice about this maker")));
    // The shipped knowledge base has no KEV list until it is downloaded, and the report says so.
    CHECK(run.out.contains(QStringLiteral("voordeur-cli knowledge update")));
    CHECK(run.err.contains(QStringLiteral("Made your own copy")));
}

TEST_CASE("advise speaks Dutch, with the knowledge texts in Dutch")
{
    const Environment environment;
    const voordeur::ui::test::ScopedLanguage dutch(Language::Dutch);
    const auto run = advise({QStringLiteral("--input"), kLabScan});
    CHECK(run.code == Success);
    CHECK(run.out.contains(QStringLiteral("6 apparaten:")));
    CHECK(run.out.contains(QStringLiteral("[Nu doen]")));
    CHECK(run.out.contains(QStringLiteral("Overheidsadvies over dit merk")));
    CHECK(run.out.contains(QStringLiteral("Open http://fritz.box in je browser en log in.")));
    CHECK(run.out.contains(QStringLiteral("herkend aan:")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Government advice")));
}

TEST_CASE("advise --json adds identity and findings and keeps the scan readable")
{
    const Environment environment;
    const auto run = advise({QStringLiteral("--input"), kLabScan, QStringLiteral("--json")});
    REQUIRE(run.code == Success);
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const auto camera = deviceAt(document, QStringLiteral("10.77.0.50"));
    const auto identity = camera.value(QStringLiteral("identity")).toObject();
    CHECK(identity.value(QStringLiteral("vendor")).toString() == QStringLiteral("hikvision"));
    CHECK(identity.value(QStringLiteral("model")).toString() == QStringLiteral("DS-2CD2143G0-I"));
    CHECK(identity.value(QStringLiteral("kind")).toString() == QStringLiteral("camera"));
    CHECK_FALSE(camera.value(QStringLiteral("findings")).toArray().isEmpty());
    CHECK(document.object().value(QStringLiteral("findings")).toArray().size() >= 10);
    CHECK(document.object().value(QStringLiteral("schema")).toString() == QStringLiteral("voordeur.scan/1"));

    // Replaying the replay gives the same advice (the reader skips the added sections).
    const auto replayPath = environment.file(QStringLiteral("replay.json"));
    QFile replay(replayPath);
    REQUIRE(replay.open(QIODevice::WriteOnly));
    replay.write(run.out.toUtf8());
    replay.close();
    const auto again = advise({QStringLiteral("--input"), replayPath, QStringLiteral("--json")});
    CHECK(again.code == Success);
    CHECK(again.out == run.out);
}

TEST_CASE("a household's correction is remembered per MAC and wins in the advice")
{
    const Environment environment;
    {
        auto store = voordeur::core::identify::CorrectionStore::open(
            QDir(environment.dataDir()).filePath(QStringLiteral("household.sqlite")).toStdString());
        REQUIRE(store);
        // The lab's silent Espressif plug is, the household says, a Shelly plug.
        REQUIRE(store->save(*voordeur::core::net::MacAddress::parse("24:0a:c4:19:2f:7d"),
            {std::string("shelly"), std::string("Shelly Plug S"), std::string("plug")}));
    }
    const auto run = advise({QStringLiteral("--input"), kLabScan, QStringLiteral("--json")});
    REQUIRE(run.code == Success);
    const auto plug = deviceAt(QJsonDocument::fromJson(run.out.toUtf8()), QStringLiteral("10.77.0.60"));
    const auto identity = plug.value(QStringLiteral("identity")).toObject();
    CHECK(identity.value(QStringLiteral("corrected")).toBool());
    CHECK(identity.value(QStringLiteral("vendor")).toString() == QStringLiteral("shelly"));
    CHECK(identity.value(QStringLiteral("model")).toString() == QStringLiteral("Shelly Plug S"));
}

TEST_CASE("advise refuses what is not a saved scan and explains a missing knowledge base")
{
    const Environment environment;
    const auto broken = environment.file(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\": \"voordeur.scan/1\", \"devices\": [{\"mdns\": 5}]}");
    file.close();
    const auto bad = advise({QStringLiteral("--input"), broken});
    CHECK(bad.code == InputError);
    CHECK(bad.err.contains(QStringLiteral("devices[0].mdns")));
    CHECK(bad.out.isEmpty());

    Environment withoutKnowledge;
    withoutKnowledge.set("VOORDEUR_SHIPPED_KNOWLEDGE", environment.file(QStringLiteral("missing.sqlite")).toUtf8());
    const auto run = advise({QStringLiteral("--input"), kLabScan});
    CHECK(run.code == Failed);
    CHECK(run.err.contains(QStringLiteral("Without it, the devices cannot be recognised")));
    CHECK(run.out.contains(QStringLiteral("10.77.0.50")));
}
