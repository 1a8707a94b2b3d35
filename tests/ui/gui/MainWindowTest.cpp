// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/MainWindow.h"

#include "TestSupport.h"
#include "ui/gui/AboutDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <sqlite3.h>

using namespace voordeur::ui;

namespace {

QAction* findAction(const MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text) {
                return action;
            }
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("the window opens on step 1 and Next/Back walk through the six steps")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* back = window.findChild<QPushButton*>(QStringLiteral("backButton"));
    auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
    REQUIRE(pages != nullptr);
    REQUIRE(back != nullptr);
    REQUIRE(next != nullptr);
    REQUIRE(pages->count() == 6);

    CHECK(window.currentStep() == CheckupStep::Welcome);
    CHECK_FALSE(back->isEnabled());
    for (int step = 2; step <= 6; ++step) {
        QTest::mouseClick(next, Qt::LeftButton);
        CHECK(stepNumber(window.currentStep()) == step);
        CHECK(pages->currentIndex() == step - 1);
    }
    CHECK_FALSE(next->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(window.currentStep() == CheckupStep::ActionPlan);
}

TEST_CASE("the welcome page's start button goes to step 2 once the household agreed to the search")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();
    auto* start = window.findChild<QPushButton*>(QStringLiteral("startCheckupButton"));
    auto* consent = window.findChild<QCheckBox*>(QStringLiteral("consentScan"));
    REQUIRE(start != nullptr);
    REQUIRE(consent != nullptr);
    CHECK(start->text() == QStringLiteral("Start the checkup"));
    CHECK_FALSE(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(window.currentStep() == CheckupStep::Welcome);
    consent->setChecked(true);
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(window.currentStep() == CheckupStep::FindDevices);
}

TEST_CASE("a helpdesk can say \"go to step 4\": Ctrl+4 and the Go to menu jump there")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentStep() == CheckupStep::Passwords);

    QAction* stepSix = findAction(window, QStringLiteral("Step &6: Report"));
    REQUIRE(stepSix != nullptr);
    stepSix->trigger();
    CHECK(window.currentStep() == CheckupStep::Report);

    auto* list = window.findChild<QListWidget*>(QStringLiteral("stepList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(window.currentStep() == CheckupStep::ActionPlan);
}

TEST_CASE("the checkup file actions have shortcuts, and Open shows a file dialog without blocking")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();
    for (const QString& text : {QStringLiteral("&New checkup"), QStringLiteral("&Open checkup…"),
             QStringLiteral("&Save checkup"), QStringLiteral("Save checkup &as…")}) {
        QAction* action = findAction(window, text);
        INFO(text.toStdString());
        REQUIRE(action != nullptr);
        CHECK(action->isEnabled());
        CHECK_FALSE(action->shortcut().isEmpty());
    }
    QAction* view = findAction(window, QStringLiteral("&View a checkup for the helpdesk…"));
    REQUIRE(view != nullptr);
    findAction(window, QStringLiteral("&Open checkup…"))->trigger();  // returns at once
    auto* dialog = window.findChild<QWidget*>(QStringLiteral("checkupFileDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->close();
}

TEST_CASE("About opens without blocking and lists version, licence and library versions")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();
    QAction* about = findAction(window, QStringLiteral("&About Voordeur"));
    REQUIRE(about != nullptr);
    about->trigger();  // returns at once: no nested event loop
    auto* dialog = window.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());

    const QString deps = dialog->dependenciesText();
    CHECK(deps.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(deps.contains(QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))));
    for (const char* name : {"libcurl", "libsodium", "pugixml", "miniupnpc", "zxcvbn-c"}) {
        CHECK(deps.contains(QString::fromLatin1(name)));
    }
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        texts << label->text();
    }
    CHECK(texts.contains(QStringLiteral("Voordeur " VOORDEUR_EXPECTED_VERSION)));
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("EUPL")));

    {
        test::ScopedLanguage dutch(Language::Dutch);
        CHECK(dialog->windowTitle() == QStringLiteral("Over Voordeur"));
        CHECK(dialog->dependenciesText().contains(QStringLiteral("wachtwoord")));
    }
    dialog->close();
}
