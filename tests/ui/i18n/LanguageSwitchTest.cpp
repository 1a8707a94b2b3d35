// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "ui/gui/MainWindow.h"
#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>

using namespace voordeur::ui;

namespace {

QStringList stepTexts(const MainWindow& window)
{
    const auto* list = window.findChild<QListWidget*>(QStringLiteral("stepList"));
    REQUIRE(list != nullptr);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts << list->item(row)->text();
    }
    return texts;
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

QString startButtonText(const MainWindow& window)
{
    const auto* button = window.findChild<QPushButton*>(QStringLiteral("startCheckupButton"));
    return button != nullptr ? button->text() : QString();
}

}  // namespace

TEST_CASE("switching the language at run time retranslates the visible window")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    window.show();

    const QStringList english
        = {QStringLiteral("1  Welcome"), QStringLiteral("2  Find devices"), QStringLiteral("3  Devices"),
            QStringLiteral("4  Passwords"), QStringLiteral("5  Action plan"), QStringLiteral("6  Report")};
    const QStringList dutch
        = {QStringLiteral("1  Welkom"), QStringLiteral("2  Apparaten zoeken"), QStringLiteral("3  Apparaten"),
            QStringLiteral("4  Wachtwoorden"), QStringLiteral("5  Actieplan"), QStringLiteral("6  Rapport")};
    REQUIRE(stepTexts(window) == english);
    CHECK(menuTitles(window).contains(QStringLiteral("&File")));
    CHECK(startButtonText(window) == QStringLiteral("Start the checkup"));

    test::applyLanguage(languages, Language::Dutch);
    CHECK(stepTexts(window) == dutch);
    CHECK(menuTitles(window).contains(QStringLiteral("&Bestand")));
    CHECK(menuTitles(window).contains(QStringLiteral("&Taal")));
    CHECK(startButtonText(window) == QStringLiteral("Start de controle"));
    CHECK(window.windowTitle().contains(QStringLiteral("controle")));

    test::applyLanguage(languages, Language::English);
    CHECK(stepTexts(window) == english);
    CHECK(menuTitles(window).contains(QStringLiteral("&File")));
}

TEST_CASE("Dutch also loads Qt's own translations")
{
    test::ScopedLanguage dutch(Language::Dutch);
    // Standard buttons and context menus come from qtbase_nl.qm (package qt6-translations-l10n).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuleren"));
    CHECK(QLocale().toString(12345) == QStringLiteral("12.345"));
}

TEST_CASE("the language choice persists in the settings; System follows the desktop")
{
    LanguageManager languages;
    languages.apply(Language::Dutch, true);
    CHECK(LanguageManager::storedLanguage() == Language::Dutch);
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString() == QStringLiteral("nl"));

    languages.apply(Language::System, true);
    CHECK(LanguageManager::storedLanguage() == Language::System);
    CHECK(LanguageManager::resolve(Language::System) != Language::System);
    CHECK(languages.chosen() == Language::System);

    languages.apply(Language::English, false);
    CHECK(LanguageManager::storedLanguage() == Language::System);  // not remembered

    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("klingon"));
    CHECK(LanguageManager::storedLanguage() == Language::System);
}

TEST_CASE("the Language menu shows the chosen language and switches on click")
{
    LanguageManager languages;
    languages.apply(Language::English, false);
    MainWindow window(languages);
    QAction* dutchAction = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("Nederlands")) {
                dutchAction = action;
            }
        }
    }
    REQUIRE(dutchAction != nullptr);
    CHECK_FALSE(dutchAction->isChecked());
    dutchAction->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(dutchAction->isChecked());
    CHECK(languages.chosen() == Language::Dutch);
    CHECK(stepTexts(window).first() == QStringLiteral("1  Welkom"));
    CHECK(LanguageManager::storedLanguage() == Language::Dutch);
    languages.apply(Language::English, true);
}
