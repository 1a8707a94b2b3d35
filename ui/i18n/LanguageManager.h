// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace voordeur::ui {

/// The interface languages a user can choose; System follows the desktop's language.
enum class Language { System, Dutch, English };

/// Installs Voordeur's and Qt's own translators for a language, switching at run time.
/// Widgets follow through QEvent::LanguageChange; the choice persists in QSettings.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// The language stored in the settings (System when nothing or something unknown is stored).
    static Language storedLanguage();
    static QString settingsKey(Language language);
    static Language fromSettingsKey(const QString& key);

    /// The language the translators are loaded for: System resolved to Dutch or English.
    static Language resolve(Language language);

    /// Loads the translators for language; remember = store the choice in the settings.
    void apply(Language language, bool remember);

    Language chosen() const { return m_chosen; }
    Language effective() const { return resolve(m_chosen); }

signals:
    void languageChanged(voordeur::ui::Language chosen);

private:
    void removeTranslators();

    Language m_chosen = Language::System;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

}  // namespace voordeur::ui
