// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace voordeur::ui::cli {

/// `voordeur-cli advise --input scan.json`: identification and findings on a saved scan, so that
/// a helpdesk (or a test) can replay a household. `scan` ends with the same step.
class AdviseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AdviseCommand)

public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    /// Recognises the devices of `scan`, applies the rules and prints the advice (JSON with --json).
    /// Without a usable knowledge base it says why and prints the scan alone (unless `tableShown`:
    /// the caller printed the scan's table already).
    static int printAdvice(core::discovery::ScanResult scan, bool json, bool checkThisComputer, bool tableShown,
        QTextStream& out, QTextStream& err);
};

}  // namespace voordeur::ui::cli
