// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/GuiMain.h"

#include "core/about/BuildInfo.h"
#include "ui/ApplicationIdentity.h"
#include "ui/gui/MainWindow.h"
#include "ui/i18n/LanguageManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace voordeur::ui {

namespace {

struct GuiOptions {
    std::optional<Language> language;
    QString screenshotPath;
    CheckupStep step = CheckupStep::Welcome;
    bool demo = false;
};

// The options are parsed after the translators are loaded, so --help is in the user's language.
std::optional<GuiOptions> parseOptions(const QApplication& app, int& exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("GuiMain", "Voordeur checks how safe the smart devices in your home are."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("GuiMain", "Interface language for this session: nl or en."), QStringLiteral("code"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
        QApplication::translate("GuiMain", "Open at step <number> (1 to 6)."), QStringLiteral("number"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("GuiMain", "Save a picture of the window to <file> and quit."), QStringLiteral("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("GuiMain", "Start with the demo household: nothing is sent on any network."));
    parser.addOptions({languageOption, stepOption, screenshotOption, demoOption});
    parser.process(app);

    GuiOptions options;
    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (code != QLatin1String("nl") && code != QLatin1String("en")) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("GuiMain", "Unknown language \"%1\": use nl or en.").arg(code)));
            exitCode = 2;
            return std::nullopt;
        }
        options.language = LanguageManager::fromSettingsKey(code);
    }
    if (parser.isSet(stepOption)) {
        bool ok = false;
        const int number = parser.value(stepOption).toInt(&ok);
        if (!ok || number < 1 || number > static_cast<int>(kAllSteps.size())) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("GuiMain", "There is no step \"%1\": use 1 to 6.")
                               .arg(parser.value(stepOption))));
            exitCode = 2;
            return std::nullopt;
        }
        options.step = kAllSteps.at(static_cast<std::size_t>(number - 1));
    }
    options.screenshotPath = parser.value(screenshotOption);
    options.demo = parser.isSet(demoOption);
    return options;
}

}  // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(applicationIcon());

    LanguageManager languages;
    languages.apply(LanguageManager::storedLanguage(), false);

    int exitCode = 0;
    const std::optional<GuiOptions> options = parseOptions(app, exitCode);
    if (!options) {
        return exitCode;
    }
    if (options->language) {
        languages.apply(*options->language, false);
    }

    MainWindow window(languages);
    if (options->demo) {
        window.startDemo();
    }
    window.goToStep(options->step);
    window.show();

    if (!options->screenshotPath.isEmpty()) {
        // Let the window lay itself out and paint once, then save it and quit.
        QTimer::singleShot(300, &window, [&window, path = options->screenshotPath] {
            const bool saved = window.grab().save(path);
            if (!saved) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("GuiMain", "Could not save the picture to %1.").arg(path)));
            }
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

}  // namespace voordeur::ui
