// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/CliMain.h"

#include "ui/ApplicationIdentity.h"
#include "ui/cli/CliApplication.h"
#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace voordeur::ui::cli {

int runCli(int argc, char** argv)
{
    const QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // The command line follows the environment's language (LANG / LANGUAGE), not the GUI setting,
    // so scripts and helpdesk sessions get what their terminal is set to.
    LanguageManager languages;
    languages.apply(Language::System, false);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliApplication cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}

}  // namespace voordeur::ui::cli
