// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/CliApplication.h"

#include "core/about/BuildInfo.h"
#include "ui/cli/Commands.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace voordeur::ui::cli {

CliApplication::CliApplication()
    : m_commands(allCommands())
{ }

const Command* CliApplication::find(const QString& name) const
{
    const auto it = std::find_if(
        m_commands.begin(), m_commands.end(), [&name](const Command& command) { return command.name == name; });
    return it == m_commands.end() ? nullptr : &*it;
}

QString CliApplication::helpText() const
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Usage: voordeur-cli [--help] [--version] <command> [options]") << "\n\n"
           << tr("Voordeur checks how safe the smart devices in a home are. This is its command-line "
                 "version for helpdesks and scripts.")
           << "\n\n"
           << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Command& command : m_commands) {
        width = std::max(width, command.name.size());
    }
    for (const Command& command : m_commands) {
        stream << "  " << command.name.leftJustified(width + 2) << command.summary() << '\n';
    }
    stream << '\n'
           << tr("Run \"voordeur-cli <command> --help\" for the options of a command.") << "\n\n"
           << tr("Exit codes:") << '\n'
           << "  0  " << tr("success (a search that found nothing also succeeded)") << '\n'
           << "  1  " << tr("the command could not do its work (for example: no such network interface)") << '\n'
           << "  2  " << tr("unknown command or option, or a wrong option value") << '\n'
           << "  3  " << tr("an input file is missing, unreadable or not valid") << '\n'
           << "  4  " << tr("the command is not available in this version") << '\n';
    return text;
}

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    const QString program = arguments.value(0, QStringLiteral("voordeur-cli"));
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        err << helpText();
        return UsageError;
    }
    const QString& first = rest.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << helpText();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "voordeur-cli "
            << QString::fromUtf8(core::version().data(), static_cast<qsizetype>(core::version().size())) << '\n';
        return Success;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        err << tr("Unknown option \"%1\".").arg(first) << "\n\n" << helpText();
        return UsageError;
    }
    const Command* command = find(first);
    if (command == nullptr) {
        err << tr("Unknown command \"%1\".").arg(first) << "\n\n" << helpText();
        return UsageError;
    }
    return runCommand(*command, QStringList {program + QLatin1Char(' ') + command->name} + rest.mid(1), out, err);
}

int CliApplication::runCommand(
    const Command& command, const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (command.options) {
        command.options(parser);
    }
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser's own help names the program; arguments[0] is "voordeur-cli <command>".
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty() && !command.takesArguments) {
        err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }
    if (command.validate) {
        const Problem problem = command.validate(parser);
        if (!problem.message.isEmpty()) {
            err << problem.message << '\n';
            return problem.code;
        }
    }
    if (!command.run) {
        err << tr("\"%1\" is not available yet in this version of Voordeur.").arg(command.name) << '\n';
        return Unavailable;
    }
    return command.run(parser, out, err);
}

}  // namespace voordeur::ui::cli
