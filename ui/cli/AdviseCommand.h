// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/discovery/Scan.h"
#include "core/knowledge/Catalog.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QCoreApplication>

#include <optional>

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
    /// Reads a saved scan; says why not on `err` (nullopt).
    static std::optional<core::discovery::ScanResult> readScan(const QString& path, QTextStream& err);

    /// Loads the catalog of an opened knowledge base, telling its notices on `err`; nullopt (and why,
    /// on `err`) when it cannot be used.
    static std::optional<core::knowledge::Catalog> loadCatalog(const AppKnowledge& knowledge, QTextStream& err);

    static int printAdvice(core::discovery::ScanResult scan, bool json, bool checkThisComputer, bool tableShown,
        QTextStream& out, QTextStream& err);
};

}  // namespace voordeur::ui::cli
