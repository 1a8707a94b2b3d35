// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/Commands.h"

#include "ui/cli/AdviseCommand.h"
#include "ui/cli/KnowledgeCommand.h"
#include "ui/cli/PasswordsCommand.h"
#include "ui/cli/ScanCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace voordeur::ui::cli {

namespace {

// The command definitions, grouped in a class so lupdate and tr() share one context.
class CommandCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)

public:
    static QCommandLineOption jsonOption();
    static QCommandLineOption inputOption(const QString& what);
    static Problem requireReadableInput(const QCommandLineParser& parser);
    static Problem requireOneAction(const QCommandLineParser& parser, const QStringList& actions);
    static Command scan();
    static Command advise();
    static Command passwords();
    static Command knowledge();
    static Command report();
};

QCommandLineOption CommandCatalog::jsonOption()
{
    return {QStringLiteral("json"), tr("Print one JSON document instead of text.")};
}

QCommandLineOption CommandCatalog::inputOption(const QString& what)
{
    return {QStringLiteral("input"), what, QStringLiteral("file")};
}

Problem CommandCatalog::requireReadableInput(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("input"));
    if (path.isEmpty()) {
        return {UsageError, tr("Name the input file with --input FILE.")};
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        return {InputError, tr("Cannot read the input file %1.").arg(path)};
    }
    return {};
}

Problem CommandCatalog::requireOneAction(const QCommandLineParser& parser, const QStringList& actions)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return {UsageError, tr("Name what to do: %1.").arg(actions.join(QStringLiteral(", ")))};
    }
    if (!actions.contains(positional.first())) {
        return {UsageError,
            tr("Unknown action \"%1\": use %2.").arg(positional.first(), actions.join(QStringLiteral(", ")))};
    }
    return {};
}

Command CommandCatalog::scan()
{
    Command command;
    command.name = QStringLiteral("scan");
    command.summary = [] { return tr("Find the devices on the home network."); };
    command.options = [](QCommandLineParser& parser) {
        parser.addOption({QStringLiteral("interface"),
            tr("Network interface to search on (default: the one with the default route)."), QStringLiteral("name")});
        parser.addOption({QStringLiteral("seconds"), tr("How long to search, 1 to 60 seconds (default: 3)."),
            QStringLiteral("n"), QStringLiteral("3")});
        parser.addOption({QStringLiteral("ipv6"), tr("Also search over IPv6.")});
        parser.addOption({QStringLiteral("services"),
            tr("Also check whether risky services such as telnet are open (connects only, never "
               "logs in).")});
        parser.addOption(jsonOption());
    };
    command.validate = [](const QCommandLineParser& parser) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("seconds")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 60) {
            return Problem {UsageError,
                tr("--seconds takes a whole number from 1 to 60, not \"%1\".")
                    .arg(parser.value(QStringLiteral("seconds")))};
        }
        return Problem {};
    };
    command.run = &ScanCommand::run;
    return command;
}

Command CommandCatalog::advise()
{
    Command command;
    command.name = QStringLiteral("advise");
    command.summary = [] { return tr("Recognise the devices of a saved scan and list what to do."); };
    command.options = [](QCommandLineParser& parser) {
        parser.addOption(inputOption(tr("The saved scan (JSON from \"scan --json\").")));
        parser.addOption({QStringLiteral("this-computer"),
            tr("Also check this computer for security software that governments have advised about.")});
        parser.addOption(jsonOption());
    };
    command.validate = &CommandCatalog::requireReadableInput;
    command.run = &AdviseCommand::run;
    return command;
}

Command CommandCatalog::passwords()
{
    Command command;
    command.name = QStringLiteral("passwords");
    command.summary = [] { return tr("Check passwords read from standard input for strength, reuse and leaks."); };
    command.options = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("action"),
            tr("check: read \"label<TAB>password\" lines from standard input and check them; forget: delete the "
               "remembered fingerprints."),
            QStringLiteral("check|forget"));
        parser.addOption({QStringLiteral("offline"), tr("Skip the leak check; nothing is sent.")});
        parser.addOption(inputOption(tr("A saved scan (JSON from \"scan --json\"), to link labels to devices.")));
        parser.addOption({QStringLiteral("network-name"),
            tr("The Wi-Fi network's name: passwords that contain it count as weak."), QStringLiteral("name")});
        parser.addOption({QStringLiteral("remember"),
            tr("Remember fingerprints of the passwords (never the passwords) to detect reuse next time.")});
        parser.addOption(
            {QStringLiteral("base-url"), tr("Ask this leak service instead (tests, mirrors)."), QStringLiteral("url")});
        parser.addOption(jsonOption());
    };
    command.takesArguments = true;
    command.validate = [](const QCommandLineParser& parser) {
        Problem problem = requireOneAction(parser, {QStringLiteral("check"), QStringLiteral("forget")});
        if (problem.message.isEmpty() && parser.positionalArguments().size() != 1) {
            // Passwords are never taken from arguments: they would end up in the shell history.
            problem = {UsageError, tr("Passwords are read from standard input only, never from arguments.")};
        }
        if (problem.message.isEmpty() && parser.isSet(QStringLiteral("input"))) {
            problem = requireReadableInput(parser);
        }
        return problem;
    };
    command.run = &PasswordsCommand::run;
    return command;
}

Command CommandCatalog::knowledge()
{
    Command command;
    command.name = QStringLiteral("knowledge");
    command.summary = [] { return tr("Show or update the knowledge base."); };
    command.options = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("info, update, or import-kev FILE."),
            QStringLiteral("info|update|import-kev"));
        parser.addOption(
            {QStringLiteral("base-url"), tr("Download updates from this address instead."), QStringLiteral("url")});
        parser.addOption(jsonOption());
    };
    command.takesArguments = true;
    command.validate = [](const QCommandLineParser& parser) {
        Problem problem = requireOneAction(
            parser, {QStringLiteral("info"), QStringLiteral("update"), QStringLiteral("import-kev")});
        if (!problem.message.isEmpty()) {
            return problem;
        }
        const QStringList arguments = parser.positionalArguments();
        const qsizetype expected = arguments.first() == QLatin1String("import-kev") ? 2 : 1;
        if (arguments.size() != expected) {
            return Problem {UsageError,
                expected == 2 ? tr("import-kev takes exactly one file.")
                              : tr("\"%1\" takes no further arguments.").arg(arguments.first())};
        }
        if (parser.isSet(QStringLiteral("base-url"))) {
            const QUrl url(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
                return Problem {UsageError, tr("--base-url needs an http or https address.")};
            }
        }
        return Problem {};
    };
    command.run = &KnowledgeCommand::run;
    return command;
}

Command CommandCatalog::report()
{
    Command command;
    command.name = QStringLiteral("report");
    command.summary = [] { return tr("Make a report of a saved checkup as HTML or PDF."); };
    command.options = [](QCommandLineParser& parser) {
        parser.addOption(inputOption(tr("The saved checkup (.voordeur file).")));
        parser.addOption({QStringLiteral("output"), tr("Where to write the report."), QStringLiteral("file")});
        parser.addOption({QStringLiteral("format"), tr("html or pdf (default: html)."), QStringLiteral("format"),
            QStringLiteral("html")});
    };
    command.validate = [](const QCommandLineParser& parser) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("html") && format != QLatin1String("pdf")) {
            return Problem {UsageError, tr("--format takes html or pdf, not \"%1\".").arg(format)};
        }
        return requireReadableInput(parser);
    };
    return command;
}

}  // namespace

std::vector<Command> allCommands()
{
    return {CommandCatalog::scan(), CommandCatalog::advise(), CommandCatalog::passwords(), CommandCatalog::knowledge(),
        CommandCatalog::report()};
}

}  // namespace voordeur::ui::cli
