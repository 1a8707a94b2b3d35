// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/cli/CliApplication.h"
#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <catch2/catch.hpp>

#include <ostream>

// Catch2 prints QStrings in failure messages as text, not as "{?}".
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
}  // namespace Catch

namespace voordeur::ui::test {

/// What voordeur-cli printed and returned, run in-process.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs voordeur-cli with these arguments (without the program name) in this process.
inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    const cli::CliApplication application;
    run.code = application.run(QStringList {QStringLiteral("voordeur-cli")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

/// Applies a language and delivers the LanguageChange events Qt posts to every window,
/// as the event loop would right after the user's click.
inline void applyLanguage(LanguageManager& manager, Language language, bool remember = false)
{
    manager.apply(language, remember);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

/// Switches the language for one test and back to English when it ends.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(Language language) { applyLanguage(m_manager, language); }
    ~ScopedLanguage() { applyLanguage(m_manager, Language::English); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    LanguageManager& manager() { return m_manager; }

private:
    LanguageManager m_manager;
};

}  // namespace voordeur::ui::test
