// SPDX-License-Identifier: EUPL-1.2
#include "ui/checkup/ScanController.h"

#include "TestSupport.h"
#include "core/discovery/ScanJson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QThread>

#include <set>

using namespace voordeur;
using namespace voordeur::ui;
using core::discovery::ScanResult;

namespace {

ScanResult labScan()
{
    QFile file(QStringLiteral(VOORDEUR_SOURCE_DIR "/tests/data/scan/lab-scan.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    auto scan
        = core::discovery::scanFromJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    REQUIRE(scan.ok());
    return std::move(scan).value();
}

/// Records what the controller reports, and on which thread.
struct Recorder {
    std::set<std::size_t> hostIds;
    int batches = 0;
    std::optional<ScanResult> result;
    std::optional<core::discovery::ScanCode> failure;
    bool offGuiThread = false;

    explicit Recorder(ScanController& controller)
    {
        QObject::connect(&controller, &ScanController::hostsChanged, [this](const auto& hosts) {
            ++batches;
            offGuiThread = offGuiThread || QThread::currentThread() != qApp->thread();
            for (const auto& [id, host] : hosts) {
                hostIds.insert(id);
            }
        });
        QObject::connect(&controller, &ScanController::finished, [this](const ScanResult& r) { result = r; });
        QObject::connect(&controller, &ScanController::failed,
            [this](core::discovery::ScanCode code, const QString&) { failure = code; });
    }
};

using test::waitFor;

}  // namespace

TEST_CASE("a replayed household appears host by host on the GUI thread and ends with the recording")
{
    const ScanResult recorded = labScan();
    ScanController controller;
    Recorder recorder(controller);
    QElapsedTimer timer;
    timer.start();
    controller.startReplay(recorded, std::chrono::milliseconds(600));
    CHECK(controller.isRunning());
    REQUIRE(waitFor([&] { return recorder.result.has_value(); }));
    CHECK(timer.elapsed() >= 500);  // spread over the duration, not all at once
    CHECK_FALSE(controller.isRunning());
    CHECK_FALSE(recorder.offGuiThread);
    CHECK(recorder.hostIds.size() == recorded.hosts.size());
    CHECK(recorder.batches >= 2);
    CHECK(core::discovery::scanToJson(*recorder.result) == core::discovery::scanToJson(recorded));
}

TEST_CASE("cancelling a replay ends it quickly with what was found so far")
{
    ScanController controller;
    Recorder recorder(controller);
    controller.startReplay(labScan(), std::chrono::seconds(20));
    REQUIRE(waitFor([&] { return !recorder.hostIds.empty(); }));
    QElapsedTimer timer;
    timer.start();
    controller.cancel();
    REQUIRE(waitFor([&] { return recorder.result.has_value(); }, 2000));
    CHECK(timer.elapsed() < 500);
    CHECK(recorder.result->cancelled);
    CHECK(recorder.result->hosts.size() < labScan().hosts.size());
}

TEST_CASE("a new run drops the late reports of the previous one")
{
    ScanController controller;
    Recorder recorder(controller);
    controller.startReplay(labScan(), std::chrono::seconds(20));
    REQUIRE(waitFor([&] { return !recorder.hostIds.empty(); }));
    const auto first = controller.generation();
    ScanResult empty;
    controller.startReplay(empty, std::chrono::milliseconds(50));
    CHECK(controller.generation() == first + 1);
    REQUIRE(waitFor([&] { return recorder.result.has_value(); }));
    CHECK(recorder.result->hosts.empty());
    CHECK_FALSE(recorder.result->cancelled);
}

TEST_CASE("a real scan is refused while network use is switched off, and says so")
{
    REQUIRE(qEnvironmentVariableIsSet("VOORDEUR_NO_NETWORK"));
    ScanController controller;
    Recorder recorder(controller);
    controller.start({});
    REQUIRE(waitFor([&] { return recorder.failure.has_value(); }));
    CHECK(*recorder.failure == core::discovery::ScanCode::NetworkSwitchedOff);
    CHECK_FALSE(controller.isRunning());
}

TEST_CASE("destroying the controller during a run stops and joins the worker")
{
    QElapsedTimer timer;
    timer.start();
    {
        ScanController controller;
        controller.startReplay(labScan(), std::chrono::seconds(30));
        QCoreApplication::processEvents();
    }
    CHECK(timer.elapsed() < 1000);
    QCoreApplication::processEvents();  // late queued calls find no controller and do nothing
}
