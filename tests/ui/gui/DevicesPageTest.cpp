// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/DevicesPage.h"

#include "TestSupport.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/DeviceDetailPane.h"
#include "ui/gui/DeviceTableModel.h"
#include "ui/gui/MainWindow.h"
#include "ui/gui/pages/ScanPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace voordeur::ui;

namespace {

using test::waitFor;

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

/// Step 3 on its own page, over the session of a main window in demo mode.
struct DevicesPageFixture {
    test::CliEnvironment environment;  // a knowledge base of its own
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DevicesPage> page;
    QTableView* table = nullptr;
    DeviceTableModel* model = nullptr;
    DeviceDetailPane* detail = nullptr;

    DevicesPageFixture()
    {
        languages.apply(Language::English, false);
        window = std::make_unique<MainWindow>(languages);
        window->startDemo();
        page = std::make_unique<DevicesPage>(session());
        page->resize(1280, 720);
        page->show();
        table = child<QTableView>(page.get(), "deviceTable");
        model = page->findChild<DeviceTableModel*>();
        REQUIRE(model != nullptr);
        detail = child<DeviceDetailPane>(page.get(), "deviceDetail");
    }

    CheckupSession& session() { return window->session(); }

    /// Runs the demo household's search to its end, as step 2 does.
    void scanDemoHousehold()
    {
        session().setConsents({true, false, false});
        auto* scanPage = child<ScanPage>(window.get(), "scanPage");
        auto* start = child<QPushButton>(scanPage, "startScanButton");
        auto* status = child<QLabel>(scanPage, "scanStatus");
        QTest::mouseClick(start, Qt::LeftButton);
        REQUIRE(waitFor([&] { return status->text().startsWith(QStringLiteral("Done")); }));
    }

    /// The table row (view order) of the device at this address, or -1.
    int rowOfAddress(const QString& address) const
    {
        const auto* view = table->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, DeviceTableModel::AddressColumn).data().toString() == address) {
                return row;
            }
        }
        return -1;
    }

    QString cell(int row, int column) const { return table->model()->index(row, column).data().toString(); }

    std::size_t hostIndex(int row) const
    {
        return table->model()->index(row, 0).data(DeviceTableModel::HostIndexRole).toULongLong();
    }

    /// Clicks the row of the device at this address and returns its scan index.
    std::size_t select(const QString& address)
    {
        const int row = rowOfAddress(address);
        REQUIRE(row >= 0);
        table->selectRow(row);
        REQUIRE(detail->device().has_value());
        CHECK(*detail->device() == hostIndex(row));
        return *detail->device();
    }
};

void chooseData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

}  // namespace

TEST_CASE("step 3 says how to get devices before any search")
{
    DevicesPageFixture f;
    auto* empty = child<QLabel>(f.page.get(), "devicesEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No devices yet")));
    CHECK(empty->text().contains(QStringLiteral("add a device by hand")));
    CHECK_FALSE(f.table->isVisible());
    CHECK(child<QPushButton>(f.page.get(), "addDeviceButton")->isVisible());
}

TEST_CASE("step 3 lists the 14 devices of the demo household, one row each, with a sound model")
{
    DevicesPageFixture f;
    // Fatal: a broken model contract aborts the test run, loudly.
    QAbstractItemModelTester tester(f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.scanDemoHousehold();
    REQUIRE(f.table->model()->rowCount() == 14);
    CHECK(f.model->rowCount() == 14);
    CHECK(f.table->isVisible());
    CHECK_FALSE(child<QLabel>(f.page.get(), "devicesEmpty")->isVisible());

    const int camera = f.rowOfAddress(QStringLiteral("192.168.1.64"));
    REQUIRE(camera >= 0);
    CHECK(f.cell(camera, DeviceTableModel::MakerColumn) == QStringLiteral("Hikvision"));
    CHECK(f.cell(camera, DeviceTableModel::ModelColumn) == QStringLiteral("DS-2CD2143G0-I"));
    CHECK(f.cell(camera, DeviceTableModel::KindColumn) == QStringLiteral("camera"));
    CHECK(f.cell(camera, DeviceTableModel::ConfidenceColumn).endsWith(QStringLiteral("%")));
    CHECK_FALSE(f.table->model()->index(camera, DeviceTableModel::KindColumn).data(Qt::DecorationRole).isNull());

    const int phone = f.rowOfAddress(QStringLiteral("192.168.1.45"));
    REQUIRE(phone >= 0);
    CHECK(f.cell(phone, DeviceTableModel::MakerColumn).isEmpty());
    CHECK(f.cell(phone, DeviceTableModel::ConfidenceColumn) == QStringLiteral("not recognised"));
}

TEST_CASE("step 3 filters the devices on name, maker, model and address, in any case")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    auto* filter = child<QLineEdit>(f.page.get(), "deviceFilter");
    filter->setText(QStringLiteral("hik"));
    REQUIRE(f.table->model()->rowCount() == 1);
    CHECK(f.cell(0, DeviceTableModel::AddressColumn) == QStringLiteral("192.168.1.64"));

    filter->setText(QStringLiteral("192.168.1.4"));
    CHECK(f.table->model()->rowCount() == 2);  // the EZVIZ camera (.41) and the phone (.45)
    filter->clear();
    CHECK(f.table->model()->rowCount() == 14);
}

TEST_CASE("step 3 sorts the devices by how sure Voordeur is")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    f.table->sortByColumn(DeviceTableModel::ConfidenceColumn, Qt::DescendingOrder);
    const auto* view = f.table->model();
    std::vector<double> sureness;
    for (int row = 0; row < view->rowCount(); ++row) {
        sureness.push_back(
            view->index(row, DeviceTableModel::ConfidenceColumn).data(DeviceTableModel::SortRole).toDouble());
    }
    CHECK(std::is_sorted(sureness.rbegin(), sureness.rend()));
    CHECK(sureness.front() > sureness.back());
    CHECK(f.cell(view->rowCount() - 1, DeviceTableModel::AddressColumn) == QStringLiteral("192.168.1.45"));
}

TEST_CASE("the detail pane says what recognised the Hikvision camera, and what there is to do")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    f.select(QStringLiteral("192.168.1.64"));
    const QString evidence = child<QLabel>(f.detail, "deviceEvidence")->text();
    CHECK(evidence.contains(QStringLiteral("Recognised by")));
    CHECK(evidence.contains(QStringLiteral("ONVIF")));
    CHECK(evidence.contains(QStringLiteral("DS-2CD2143G0-I")));
    CHECK(evidence.contains(QStringLiteral("%")));
    CHECK(child<QLabel>(f.detail, "deviceDetailMaker")->text() == QStringLiteral("Hikvision"));
    CHECK(
        child<QLabel>(f.detail, "deviceDetailMac")->text().startsWith(QStringLiteral("44:47:cc"), Qt::CaseInsensitive));
    CHECK(
        child<QLabel>(f.detail, "deviceFindings")->text().contains(QStringLiteral("to do for this device, in step 5")));

    f.select(QStringLiteral("192.168.1.45"));
    CHECK(child<QLabel>(f.detail, "deviceDetailMac")->text().contains(QStringLiteral("private MAC")));
    CHECK(child<QLabel>(f.detail, "deviceEvidence")->text().contains(QStringLiteral("Not recognised")));
}

TEST_CASE("correcting the unrecognised phone in the pane changes its row and the checkup")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    const std::size_t phone = f.select(QStringLiteral("192.168.1.45"));
    chooseData(child<QComboBox>(f.detail, "correctKind"), QStringLiteral("phone"));
    chooseData(child<QComboBox>(f.detail, "correctMaker"), QStringLiteral("apple"));
    child<QLineEdit>(f.detail, "deviceRename")->setText(QStringLiteral("Sanne's phone"));
    QTest::mouseClick(child<QPushButton>(f.detail, "applyCorrectionButton"), Qt::LeftButton);

    const auto& notes = f.session().checkup().devices.at(phone);
    CHECK(notes.correction.kind == std::optional<std::string>("phone"));
    CHECK(notes.correction.vendorId == std::optional<std::string>("apple"));
    CHECK_FALSE(notes.correction.model.has_value());
    CHECK(notes.name == "Sanne's phone");

    const int row = f.rowOfAddress(QStringLiteral("192.168.1.45"));
    REQUIRE(row >= 0);
    CHECK(f.cell(row, DeviceTableModel::KindColumn) == QStringLiteral("phone"));
    CHECK(f.cell(row, DeviceTableModel::MakerColumn) == QStringLiteral("Apple"));
    CHECK(f.cell(row, DeviceTableModel::NameColumn) == QStringLiteral("Sanne's phone"));
    CHECK(f.cell(row, DeviceTableModel::ConfidenceColumn) == QStringLiteral("your correction"));
    // The selection stays on the corrected device.
    REQUIRE(f.detail->device().has_value());
    CHECK(*f.detail->device() == phone);
    CHECK(child<QLabel>(f.detail, "deviceEvidence")->text().contains(QStringLiteral("You said")));
}

TEST_CASE("a device marked not mine leaves the action plan and is shown greyed")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    const std::size_t camera = f.select(QStringLiteral("192.168.1.64"));
    const auto about = [&] {
        const auto& findings = f.session().advice()->findings;
        return std::count_if(findings.begin(), findings.end(), [&](const auto& finding) {
            return std::find(finding.devices.begin(), finding.devices.end(), camera) != finding.devices.end();
        });
    };
    REQUIRE(about() > 0);
    child<QCheckBox>(f.detail, "notMineCheck")->setChecked(true);
    CHECK(f.session().checkup().devices.at(camera).notMine);
    CHECK(about() == 0);
    const int row = f.rowOfAddress(QStringLiteral("192.168.1.64"));
    REQUIRE(row >= 0);
    CHECK(f.cell(row, DeviceTableModel::NameColumn).contains(QStringLiteral("not mine")));
    CHECK(f.table->model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());
    CHECK(child<QLabel>(f.detail, "deviceFindings")->text().contains(QStringLiteral("left out of the action plan")));
}

TEST_CASE("the household's answers to the three questions are kept in the device's notes")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    const std::size_t tv = f.select(QStringLiteral("192.168.1.17"));
    using voordeur::core::checkup::Answer;
    using voordeur::core::checkup::LastUpdate;
    auto* automatic = child<QComboBox>(f.detail, "autoUpdatesAnswer");
    automatic->setCurrentIndex(automatic->findData(static_cast<int>(Answer::No)));
    auto* last = child<QComboBox>(f.detail, "lastUpdatedAnswer");
    last->setCurrentIndex(last->findData(static_cast<int>(LastUpdate::LongerAgo)));
    auto* password = child<QComboBox>(f.detail, "passwordChangedAnswer");
    password->setCurrentIndex(password->findData(static_cast<int>(Answer::Yes)));

    const auto& notes = f.session().checkup().devices.at(tv);
    CHECK(notes.autoUpdates == Answer::No);
    CHECK(notes.lastUpdated == LastUpdate::LongerAgo);
    CHECK(notes.factoryPasswordChanged == Answer::Yes);
    // Another device and back: the pane shows what was answered.
    f.select(QStringLiteral("192.168.1.64"));
    CHECK(automatic->currentData().toInt() == static_cast<int>(Answer::Unknown));
    f.select(QStringLiteral("192.168.1.17"));
    CHECK(automatic->currentData().toInt() == static_cast<int>(Answer::No));
    CHECK(last->currentData().toInt() == static_cast<int>(LastUpdate::LongerAgo));
}

TEST_CASE("a doorbell on another network can be added by hand and becomes the 15th device")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    auto* form = child<QGroupBox>(f.page.get(), "addDeviceForm");
    CHECK_FALSE(form->isVisible());
    QTest::mouseClick(child<QPushButton>(f.page.get(), "addDeviceButton"), Qt::LeftButton);
    REQUIRE(form->isVisible());
    auto* add = child<QPushButton>(f.page.get(), "addDeviceConfirm");
    CHECK_FALSE(add->isEnabled());
    QTest::keyClicks(child<QLineEdit>(f.page.get(), "addDeviceName"), QStringLiteral("Front door bell"));
    CHECK(add->isEnabled());
    chooseData(child<QComboBox>(f.page.get(), "addDeviceKind"), QStringLiteral("doorbell"));
    chooseData(child<QComboBox>(f.page.get(), "addDeviceMaker"), QStringLiteral("ring"));
    const QString folder = qEnvironmentVariable("VOORDEUR_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        CHECK(f.page->grab().save(folder + QStringLiteral("/steps3-add-by-hand.png")));
    }
    QTest::mouseClick(add, Qt::LeftButton);

    CHECK_FALSE(form->isVisible());
    REQUIRE(f.table->model()->rowCount() == 15);
    REQUIRE(f.detail->device().has_value());
    const std::size_t added = *f.detail->device();
    CHECK(added == 14);
    CHECK(f.session().checkup().devices.at(added).addedByHand);
    const int row = f.table->currentIndex().row();
    CHECK(f.cell(row, DeviceTableModel::NameColumn) == QStringLiteral("Front door bell"));
    CHECK(f.table->model()->index(row, 0).data(DeviceTableModel::KindIdRole).toString() == QStringLiteral("doorbell"));
    CHECK(f.cell(row, DeviceTableModel::MakerColumn) == QStringLiteral("Ring"));
    CHECK(f.cell(row, DeviceTableModel::AddressColumn) == QStringLiteral("added by hand"));
}

TEST_CASE("step 3 of the demo household, with the camera chosen (screenshot)")
{
    DevicesPageFixture f;
    f.scanDemoHousehold();
    f.select(QStringLiteral("192.168.1.64"));
    QCoreApplication::processEvents();
    CHECK(child<QLabel>(f.detail, "deviceDetailName")->text().contains(QStringLiteral("Hikvision")));
    // Set VOORDEUR_SCREENSHOT_DIR to keep a picture of the page (docs/screenshots).
    const QString folder = qEnvironmentVariable("VOORDEUR_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        CHECK(f.page->grab().save(folder + QStringLiteral("/steps3.png")));
    }
}
