// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/KnowledgeBuild.h"
#include "ui/cli/CliApplication.h"
#include "ui/i18n/LanguageManager.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <functional>
#include <ostream>
#include <thread>
#include <utility>
#include <vector>

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

/// A data folder of its own and a shipped knowledge base built from resources/knowledge, for one test.
class CliEnvironment final
{
public:
    CliEnvironment()
    {
        REQUIRE(m_dir.isValid());
        const auto shipped = m_dir.filePath(QStringLiteral("shipped.sqlite")).toStdString();
        const auto built
            = voordeur::core::knowledge::buildKnowledgeBase(VOORDEUR_SOURCE_DIR "/resources/knowledge", shipped);
        REQUIRE(built);
        QDir(m_dir.path()).mkpath(QStringLiteral("data"));
        set("VOORDEUR_SHIPPED_KNOWLEDGE", QString::fromStdString(shipped).toUtf8());
        set("VOORDEUR_DATA_DIR", dataDir().toUtf8());
    }
    ~CliEnvironment()
    {
        for (const auto& [name, old] : m_saved) {
            if (old.isNull()) {
                qunsetenv(name);
            } else {
                qputenv(name, old);
            }
        }
    }
    CliEnvironment(const CliEnvironment&) = delete;
    CliEnvironment& operator=(const CliEnvironment&) = delete;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    void set(const char* name, const QByteArray& value)
    {
        m_saved.emplace_back(name, qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray());
        qputenv(name, value);
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::pair<const char*, QByteArray>> m_saved;
};

/// Runs voordeur-cli in this process with `input` as its standard input (through a pipe).
inline CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const int savedStdin = ::dup(STDIN_FILENO);
    REQUIRE(savedStdin >= 0);
    REQUIRE(::dup2(fds[0], STDIN_FILENO) == STDIN_FILENO);
    ::close(fds[0]);
    std::thread writer([&] {
        qsizetype written = 0;
        while (written < input.size()) {
            const auto n
                = ::write(fds[1], input.constData() + written, static_cast<std::size_t>(input.size() - written));
            if (n <= 0) {
                break;
            }
            written += n;
        }
        ::close(fds[1]);
    });
    CliRun run = runCli(arguments);
    writer.join();
    ::dup2(savedStdin, STDIN_FILENO);
    ::close(savedStdin);
    return run;
}

/// Lets the event loop run until `done` holds or the time is up; whether it holds. For tests only:
/// the program itself never spins an event loop of its own.
inline bool waitFor(const std::function<bool()>& done, int milliseconds = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

}  // namespace voordeur::ui::test
