// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/CliApplication.h"

#include "TestSupport.h"

#include <QTemporaryFile>
#include <QTextStream>

using namespace voordeur::ui;
using namespace voordeur::ui::cli;

namespace {

using test::CliRun;
using test::runCli;

}  // namespace

TEST_CASE("voordeur-cli --help lists every command and documents the exit codes")
{
    const CliRun run = runCli({QStringLiteral("--help")});
    CHECK(run.code == Success);
    for (const char* command : {"scan", "advise", "passwords", "knowledge", "report"}) {
        CHECK(run.out.contains(QStringLiteral("  %1 ").arg(QString::fromLatin1(command))));
    }
    CHECK(run.out.contains(QStringLiteral("Exit codes:")));
    for (int code = 0; code <= 4; ++code) {
        CHECK(run.out.contains(QStringLiteral("\n  %1  ").arg(code)));
    }
}

TEST_CASE("voordeur-cli --version prints the version")
{
    const CliRun run = runCli({QStringLiteral("--version")});
    CHECK(run.code == Success);
    CHECK(run.out == QStringLiteral("voordeur-cli " VOORDEUR_EXPECTED_VERSION "\n"));
}

TEST_CASE("voordeur-cli rejects a missing or unknown command and unknown options with exit code 2")
{
    CHECK(runCli({}).code == UsageError);
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == UsageError);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    CHECK(runCli({QStringLiteral("--frobnicate")}).code == UsageError);
    const CliRun badOption = runCli({QStringLiteral("scan"), QStringLiteral("--frobnicate")});
    CHECK(badOption.code == UsageError);
    CHECK(badOption.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("scan validates its options before anything else")
{
    for (const char* seconds : {"0", "61", "three", "-1"}) {
        const CliRun run = runCli({QStringLiteral("scan"), QStringLiteral("--seconds"), QString::fromLatin1(seconds)});
        INFO(seconds);
        CHECK(run.code == UsageError);
        CHECK(run.err.contains(QStringLiteral("--seconds")));
    }
    CHECK(runCli({QStringLiteral("scan"), QStringLiteral("extra")}).code == UsageError);
    const CliRun help = runCli({QStringLiteral("scan"), QStringLiteral("--help")});
    CHECK(help.code == Success);
    for (const char* option : {"--interface", "--seconds", "--ipv6", "--services", "--json"}) {
        CHECK(help.out.contains(QString::fromLatin1(option)));
    }
}

TEST_CASE("commands of later versions parse their options and answer 'not available' with exit code 4")
{
    const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--input"),
        QStringLiteral(VOORDEUR_SOURCE_DIR "/tests/data/scan/lab-scan.json")});
    CHECK(report.code == Unavailable);
    CHECK(report.err.contains(QStringLiteral("not available")));
}

TEST_CASE("scan refuses to touch the network when network use is switched off")
{
    // The test main switches network use off outside an isolated namespace (VOORDEUR_NO_NETWORK).
    REQUIRE(qEnvironmentVariableIsSet("VOORDEUR_NO_NETWORK"));
    const CliRun scan = runCli({QStringLiteral("scan"), QStringLiteral("--seconds"), QStringLiteral("1")});
    CHECK(scan.code == Failed);
    CHECK(scan.out.isEmpty());
    CHECK(scan.err.contains(QStringLiteral("VOORDEUR_NO_NETWORK")));
}

TEST_CASE("input files and actions are checked: missing file is exit code 3, bad action 2")
{
    const CliRun missing
        = runCli({QStringLiteral("advise"), QStringLiteral("--input"), QStringLiteral("/nonexistent/scan.json")});
    CHECK(missing.code == InputError);
    CHECK(missing.err.contains(QStringLiteral("/nonexistent/scan.json")));
    CHECK(runCli({QStringLiteral("advise")}).code == UsageError);

    QTemporaryFile file;
    REQUIRE(file.open());
    CHECK(runCli({QStringLiteral("advise"), QStringLiteral("--input"), file.fileName()}).code == InputError);
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--input"), file.fileName(), QStringLiteral("--format"),
                     QStringLiteral("docx")})
              .code
        == UsageError);

    CHECK(runCli({QStringLiteral("knowledge")}).code == UsageError);
    CHECK(runCli({QStringLiteral("knowledge"), QStringLiteral("explode")}).code == UsageError);
    CHECK(runCli({QStringLiteral("knowledge"), QStringLiteral("import-kev")}).code == UsageError);
    CHECK(runCli({QStringLiteral("knowledge"), QStringLiteral("update"), QStringLiteral("--base-url"),
                     QStringLiteral("ftp://example.invalid/")})
              .code
        == UsageError);
}

TEST_CASE("passwords are never accepted as command-line arguments")
{
    const CliRun run = runCli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("hunter2")});
    CHECK(run.code == UsageError);
    CHECK_FALSE(run.err.contains(QStringLiteral("hunter2")));
    CHECK(run.err.contains(QStringLiteral("standard input")));
}

TEST_CASE("voordeur-cli speaks Dutch when the language is Dutch")
{
    test::ScopedLanguage dutch(Language::Dutch);
    const CliRun run = runCli({QStringLiteral("--help")});
    CHECK(run.out.contains(QStringLiteral("Opdrachten:")));
    CHECK(run.out.contains(QStringLiteral("Zoek de apparaten op het thuisnetwerk.")));
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.err.contains(QStringLiteral("Onbekende opdracht")));
}
