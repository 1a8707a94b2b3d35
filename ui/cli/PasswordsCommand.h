// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace voordeur::ui::cli {

/// `voordeur-cli passwords check`: reads "label<TAB>password" lines from standard input (never from
/// arguments, never echoed) and prints the verdicts and the password findings. `passwords forget`
/// deletes the remembered fingerprints.
class PasswordsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordsCommand)

public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    /// Where the fingerprints are kept when the household chooses to remember them.
    static QString rememberedPath();
};

}  // namespace voordeur::ui::cli
