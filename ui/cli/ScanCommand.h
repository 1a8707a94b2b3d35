// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace voordeur::ui::cli {

/// `voordeur-cli scan`: runs a scan on this thread (Ctrl-C stops it) and prints a table or JSON.
class ScanCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    /// The scan as a table for people.
    static QString table(const core::discovery::ScanResult& result);
    /// Why a scan could not run, in words.
    static QString errorText(const core::Error<core::discovery::ScanCode>& error);
};

}  // namespace voordeur::ui::cli
