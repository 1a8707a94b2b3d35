// SPDX-License-Identifier: EUPL-1.2
#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace voordeur::ui {

namespace {

constexpr auto kLanguageSetting = "interface/language";

QString localeName(Language language)
{
    return language == Language::Dutch ? QStringLiteral("nl_NL") : QStringLiteral("en_GB");
}

QString translationCode(Language language)
{
    return language == Language::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

}  // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::settingsKey(Language language)
{
    switch (language) {
    case Language::Dutch:
        return QStringLiteral("nl");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language LanguageManager::fromSettingsKey(const QString& key)
{
    if (key == QLatin1String("nl")) {
        return Language::Dutch;
    }
    if (key == QLatin1String("en")) {
        return Language::English;
    }
    return Language::System;
}

Language LanguageManager::storedLanguage()
{
    const QSettings settings;
    return fromSettingsKey(settings.value(QLatin1String(kLanguageSetting)).toString());
}

Language LanguageManager::resolve(Language language)
{
    if (language != Language::System) {
        return language;
    }
    // Dutch when the desktop prefers Dutch (Netherlands, Belgium, Suriname ...), otherwise English.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        if (tag.startsWith(QLatin1String("nl"))) {
            return Language::Dutch;
        }
        if (tag.startsWith(QLatin1String("en"))) {
            return Language::English;
        }
    }
    return Language::English;
}

void LanguageManager::removeTranslators()
{
    for (auto* translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator != nullptr) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

void LanguageManager::apply(Language language, bool remember)
{
    m_chosen = language;
    const Language effectiveLanguage = resolve(language);

    removeTranslators();
    QLocale::setDefault(QLocale(localeName(effectiveLanguage)));

    // Voordeur's own strings are embedded; English is the source language, its file only
    // carries plural forms.
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/voordeur_%1.qm").arg(translationCode(effectiveLanguage)))) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    // Qt's own dialogs and context menus (OK/Cancel, Copy/Paste) come from qtbase_*.qm.
    if (effectiveLanguage == Language::Dutch) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }

    if (remember) {
        QSettings settings;
        settings.setValue(QLatin1String(kLanguageSetting), settingsKey(language));
    }
    emit languageChanged(language);
}

}  // namespace voordeur::ui
