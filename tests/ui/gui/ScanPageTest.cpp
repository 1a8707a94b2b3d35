// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/ScanPage.h"

#include "TestSupport.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/MainWindow.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace voordeur::ui;

namespace {

using test::waitFor;

struct ScanPageFixture {
    test::CliEnvironment environment;  // a knowledge base of its own
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    ScanPage* page = nullptr;
    QPushButton* start = nullptr;
    QPushButton* cancel = nullptr;
    QPushButton* next = nullptr;
    QListWidget* devices = nullptr;
    QLabel* status = nullptr;
    QLabel* message = nullptr;

    ScanPageFixture()
    {
        languages.apply(Language::English, false);
        window = std::make_unique<MainWindow>(languages);
        window->show();
        page = window->findChild<ScanPage*>(QStringLiteral("scanPage"));
        REQUIRE(page != nullptr);
        start = page->findChild<QPushButton*>(QStringLiteral("startScanButton"));
        cancel = page->findChild<QPushButton*>(QStringLiteral("cancelScanButton"));
        next = page->findChild<QPushButton*>(QStringLiteral("continueButton"));
        devices = page->findChild<QListWidget*>(QStringLiteral("liveDevices"));
        status = page->findChild<QLabel*>(QStringLiteral("scanStatus"));
        message = page->findChild<QLabel*>(QStringLiteral("scanMessage"));
        REQUIRE(start != nullptr);
        REQUIRE(cancel != nullptr);
        REQUIRE(next != nullptr);
        REQUIRE(devices != nullptr);
        REQUIRE(status != nullptr);
        REQUIRE(message != nullptr);
        window->goToStep(CheckupStep::FindDevices);
    }
};

}  // namespace

TEST_CASE("step 2 searches only after the household agreed in step 1")
{
    ScanPageFixture f;
    QTest::mouseClick(f.start, Qt::LeftButton);
    CHECK(f.message->text().contains(QStringLiteral("only searches your network when you agree")));
    CHECK_FALSE(f.window->session().isScanning());

    f.window->goToStep(CheckupStep::Welcome);
    auto* consent = f.window->findChild<QCheckBox*>(QStringLiteral("consentScan"));
    auto* begin = f.window->findChild<QPushButton*>(QStringLiteral("startCheckupButton"));
    REQUIRE(consent != nullptr);
    REQUIRE(begin != nullptr);
    CHECK_FALSE(begin->isEnabled());
    consent->setChecked(true);
    CHECK(begin->isEnabled());
    QTest::mouseClick(begin, Qt::LeftButton);
    CHECK(f.window->currentStep() == CheckupStep::FindDevices);
    CHECK(f.window->session().checkup().consents.scan);
    CHECK_FALSE(f.window->session().checkup().consents.breachLookup);
}

TEST_CASE("step 2 says plainly when the network cannot be used, and what to try")
{
    REQUIRE(qEnvironmentVariableIsSet("VOORDEUR_NO_NETWORK"));
    ScanPageFixture f;
    f.window->session().setConsents({true, false, false});
    CHECK_FALSE(f.cancel->isEnabled());
    QTest::mouseClick(f.start, Qt::LeftButton);
    REQUIRE(waitFor([&] { return f.message->text().contains(QStringLiteral("Searching did not work")); }));
    CHECK(f.message->text().contains(QStringLiteral("Things to try")));
    CHECK(f.start->isEnabled());
    CHECK_FALSE(f.cancel->isEnabled());
    CHECK(f.next->isVisible());
    CHECK(f.devices->count() == 0);
}

TEST_CASE("the demo household appears device by device, can be stopped and started over")
{
    ScanPageFixture f;
    f.window->startDemo();
    auto* banner = f.window->findChild<QWidget*>(QStringLiteral("demoBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    f.window->session().setConsents({true, false, false});
    f.window->goToStep(CheckupStep::FindDevices);
    CHECK(f.status->text().contains(QStringLiteral("demo household")));

    QTest::mouseClick(f.start, Qt::LeftButton);
    CHECK(f.cancel->isEnabled());
    REQUIRE(waitFor([&] { return f.devices->count() >= 2; }));
    CHECK(f.status->text().startsWith(QStringLiteral("Searching")));
    QTest::mouseClick(f.cancel, Qt::LeftButton);
    REQUIRE(waitFor([&] { return f.status->text().startsWith(QStringLiteral("Stopped")); }, 2000));
    const int stoppedAt = f.devices->count();
    CHECK(stoppedAt < static_cast<int>(CheckupSession::demoHousehold()->hosts.size()));

    QTest::mouseClick(f.start, Qt::LeftButton);
    REQUIRE(waitFor([&] { return f.status->text().startsWith(QStringLiteral("Done")); }));
    CHECK(f.devices->count() == static_cast<int>(CheckupSession::demoHousehold()->hosts.size()));
    CHECK(f.devices->count() >= 12);
    CHECK(f.next->isVisible());

    auto* restart = f.window->findChild<QPushButton*>(QStringLiteral("demoRestartButton"));
    REQUIRE(restart != nullptr);
    QTest::mouseClick(restart, Qt::LeftButton);
    CHECK(f.window->currentStep() == CheckupStep::Welcome);
    CHECK(f.window->session().isDemo());
    CHECK_FALSE(f.window->session().checkup().scan.has_value());
    CHECK(f.devices->count() == 0);
}

TEST_CASE("step 2 of the demo household reads in Dutch")
{
    ScanPageFixture f;
    test::applyLanguage(f.languages, Language::Dutch);
    f.window->startDemo();
    f.window->session().setConsents({true, false, false});
    f.window->goToStep(CheckupStep::FindDevices);
    f.window->resize(1280, 720);
    CHECK(f.start->text() == QStringLiteral("&Zoeken starten"));
    QTest::mouseClick(f.start, Qt::LeftButton);
    REQUIRE(waitFor([&] { return f.status->text().startsWith(QStringLiteral("Klaar in")); }));
    CHECK(f.status->text().contains(QStringLiteral("apparaten gevonden")));
    // Set VOORDEUR_SCREENSHOT_DIR to keep a picture of the page (docs/screenshots).
    const QString folder = qEnvironmentVariable("VOORDEUR_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        CHECK(f.window->grab().save(folder + QStringLiteral("/find-devices-demo.png")));
    }
    test::applyLanguage(f.languages, Language::English);
}
