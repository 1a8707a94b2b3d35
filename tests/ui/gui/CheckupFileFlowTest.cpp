// SPDX-License-Identifier: EUPL-1.2
// Saving a checkup, and a helpdesk opening it to look at only ("meekijkmodus").
#include "TestSupport.h"
#include "core/checkup/ReadoutCode.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/MainWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

using namespace voordeur::ui;

namespace {

using test::waitFor;

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

TEST_CASE("a saved demo checkup opens read-only for the helpdesk with the same read-out code")
{
    const test::CliEnvironment environment;
    LanguageManager languages;
    languages.apply(Language::English, false);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("household.voordeur"));

    QString code;
    std::string someFinding;
    {
        MainWindow household(languages);
        household.startDemo();
        household.session().setConsents({true, false, false});
        household.session().startScan();
        REQUIRE(waitFor([&] { return household.session().checkup().scan.has_value(); }));
        REQUIRE(household.session().advice() != nullptr);
        someFinding = voordeur::core::checkup::findingKey(household.session().advice()->findings.front());
        household.session().setDone(someFinding, true);
        REQUIRE(household.saveCheckupFile(path));
        code = household.session().readoutCode();
        CHECK(voordeur::core::checkup::readoutCodeValid(code.toStdString()));
        CHECK(household.windowTitle().startsWith(QStringLiteral("household.voordeur")));
    }

    MainWindow helper(languages);
    helper.show();
    REQUIRE(helper.openCheckupFile(path, true));
    CheckupSession& session = helper.session();
    CHECK(session.isReadOnly());
    CHECK(session.isDemo());
    CHECK(session.readoutCode() == code);
    CHECK(session.isDone(someFinding));
    CHECK(helper.currentStep() == CheckupStep::ActionPlan);
    CHECK(helper.windowTitle().contains(QStringLiteral("viewing only")));
    auto* banner = helper.findChild<QWidget*>(QStringLiteral("demoBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    bool codeShown = false;
    for (const QLabel* label : banner->findChildren<QLabel*>()) {
        codeShown = codeShown || label->text().contains(code);
    }
    CHECK(codeShown);

    // Step 3 offers nothing to change: no adding, no correcting, no answers.
    helper.goToStep(CheckupStep::Devices);
    for (const char* name : {"correctBox", "questionsBox"}) {
        auto* box = helper.findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(box != nullptr);
        CHECK_FALSE(box->isEnabled());
    }
    auto* add = helper.findChild<QPushButton*>(QStringLiteral("addDeviceButton"));
    REQUIRE(add != nullptr);
    CHECK_FALSE(add->isEnabled());

    // Nothing can change in viewing mode, and nothing is written.
    const QByteArray before = bytesOf(path);
    session.setDone(someFinding, false);
    CHECK(session.isDone(someFinding));
    CHECK_FALSE(session.saveTo(path).isEmpty());
    CHECK(bytesOf(path) == before);
}

TEST_CASE("a damaged checkup file gives a clear message and is left as it is")
{
    const test::CliEnvironment environment;
    LanguageManager languages;
    languages.apply(Language::English, false);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("broken.voordeur"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    MainWindow window(languages);
    window.show();
    CHECK_FALSE(window.openCheckupFile(path, false));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("problemBox"));
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("not a Voordeur checkup")));
    CHECK(bytesOf(path) == QByteArray(4096, 'x'));
    CHECK_FALSE(window.session().isReadOnly());
}
