// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace voordeur::ui::cli {

/// The exit codes of voordeur-cli, as documented in its --help.
enum ExitCode : int {
    Success = 0,      ///< the command ran (a scan that found nothing also succeeded)
    Failed = 1,       ///< the command could not do its work (no such interface, no permission, …)
    UsageError = 2,   ///< unknown command or option, or a bad option value
    InputError = 3,   ///< an input file is missing, unreadable or not valid
    Unavailable = 4,  ///< the command is not available in this version
};

/// What is wrong with a command line, and the exit code it earns; empty message = nothing.
struct Problem {
    ExitCode code = Success;
    QString message;
};

/// One subcommand: its options and what it does. A command without a handler is
/// registered (its options parse and validate) but answers Unavailable.
struct Command {
    QString name;
    std::function<QString()> summary;                  ///< one line, translated when called
    std::function<void(QCommandLineParser&)> options;  ///< adds the command's options
    bool takesArguments = false;                       ///< positional arguments (actions, files) allowed
    /// Checks option values once parsing succeeded.
    std::function<Problem(const QCommandLineParser&)> validate;
    std::function<int(const QCommandLineParser&, QTextStream& out, QTextStream& err)> run;
};

/// voordeur-cli: `voordeur-cli [--help] [--version] <command> [options]`.
/// Independent of the process so tests can run it in-process with their own streams.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();

    /// arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

    /// The main --help text: usage, commands and exit codes.
    QString helpText() const;

    const std::vector<Command>& commands() const { return m_commands; }

private:
    const Command* find(const QString& name) const;
    int runCommand(const Command& command, const QStringList& arguments, QTextStream& out, QTextStream& err) const;

    std::vector<Command> m_commands;
};

}  // namespace voordeur::ui::cli
