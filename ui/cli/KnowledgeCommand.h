// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <string>

class QCommandLineParser;
class QTextStream;

namespace voordeur::ui {
class AppKnowledge;
}

namespace voordeur::ui::cli {

/// `voordeur-cli knowledge info|update|import-kev FILE`: shows what the knowledge base holds and
/// updates its list of known exploited vulnerabilities (CISA KEV) from the internet or a file.
/// Notices about the user's copy (made, repaired, refreshed) go to the error stream.
class KnowledgeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeCommand)

public:
    /// The environment variable that replaces CISA's address for `update` when --base-url is not given.
    static constexpr const char* baseUrlVariable = "VOORDEUR_KEV_BASE_URL";

    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

private:
    static int info(const AppKnowledge& knowledge, bool json, QTextStream& out);
    static int importFile(AppKnowledge& knowledge, const QString& path, QTextStream& out, QTextStream& err);
    static int update(AppKnowledge& knowledge, const QString& baseUrl, QTextStream& out, QTextStream& err);
    static QString importedText(
        std::size_t imported, const std::string& version, const std::string& released, std::size_t tiedToVendor);
    static QString keptText(const AppKnowledge& knowledge);
};

}  // namespace voordeur::ui::cli
