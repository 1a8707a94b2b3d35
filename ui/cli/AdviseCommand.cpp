// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/AdviseCommand.h"

#include "core/discovery/ScanJson.h"
#include "core/knowledge/Catalog.h"
#include "core/knowledge/KevImport.h"
#include "ui/advice/Advice.h"
#include "ui/advice/AdviceWording.h"
#include "ui/cli/CliApplication.h"
#include "ui/cli/ScanCommand.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace voordeur::ui::cli {

namespace {

QString scanErrorText(const core::discovery::ScanJsonError& error)
{
    using core::discovery::ScanJsonCode;
    const auto detail = QString::fromStdString(error.detail);
    switch (error.code) {
    case ScanJsonCode::TooLarge:
        return AdviseCommand::tr("The file is too large for a saved scan.");
    case ScanJsonCode::NotJson:
        return AdviseCommand::tr("The file is not valid JSON (%1).").arg(detail);
    case ScanJsonCode::TooDeep:
        return AdviseCommand::tr("The file is nested too deeply for a saved scan.");
    case ScanJsonCode::WrongSchema:
        return AdviseCommand::tr("The file is not a saved Voordeur scan (%1).").arg(detail);
    case ScanJsonCode::BadField:
        return AdviseCommand::tr("The saved scan has a wrong value: %1.").arg(detail);
    }
    return detail;
}

}  // namespace

int AdviseCommand::printAdvice(core::discovery::ScanResult scan, bool json, bool checkThisComputer, bool tableShown,
    QTextStream& out, QTextStream& err)
{
    auto knowledge = KnowledgeFiles::open();
    const auto catalog = loadCatalog(knowledge, err);
    if (!catalog) {
        err << tr("Without it, the devices cannot be recognised; this is what was found.") << '\n';
        if (json) {
            out << QString::fromStdString(core::discovery::scanToJson(scan)) << '\n';
        } else if (!tableShown) {
            out << ScanCommand::table(scan);
        }
        return Failed;
    }
    core::checkup::AdviceContext context;
    context.knowledgeDigest = knowledge.base().meta("source_digest").value_or(std::string());
    context.kevCatalogVersion = core::knowledge::kevMeta(knowledge.base(), "catalogVersion").value_or(std::string());
    AdviceOptions options;
    options.checkThisComputer = checkThisComputer;
    options.correctionsPath
        = QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("household.sqlite"));
    const auto advice = adviseOn(std::move(scan), *catalog, options, context);
    if (json) {
        out << QString::fromStdString(core::checkup::adviceToJson(advice->household, advice->findings, advice->context))
            << '\n';
    } else {
        out << AdviceWording::report(*advice, *catalog);
    }
    return Success;
}

std::optional<core::knowledge::Catalog> AdviseCommand::loadCatalog(const AppKnowledge& knowledge, QTextStream& err)
{
    for (const auto& notice : knowledge.notices()) {
        err << notice << '\n';
    }
    if (knowledge.isOpen()) {
        if (auto loaded = core::knowledge::Catalog::load(knowledge.base())) {
            return std::move(loaded).value();
        }
    }
    err << (knowledge.errorMessage().isEmpty() ? tr("The knowledge base could not be read.") : knowledge.errorMessage())
        << '\n';
    return std::nullopt;
}

std::optional<core::discovery::ScanResult> AdviseCommand::readScan(const QString& path, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read the input file %1.").arg(path) << '\n';
        return std::nullopt;
    }
    const auto bytes = file.read(static_cast<qint64>(core::discovery::maxScanJsonBytes) + 1);
    auto scan
        = core::discovery::scanFromJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!scan) {
        err << tr("%1: %2").arg(path, scanErrorText(scan.error())) << '\n';
        return std::nullopt;
    }
    return std::move(scan).value();
}

int AdviseCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    auto scan = readScan(parser.value(QStringLiteral("input")), err);
    if (!scan) {
        return InputError;
    }
    return printAdvice(std::move(*scan), parser.isSet(QStringLiteral("json")),
        parser.isSet(QStringLiteral("this-computer")), false, out, err);
}

}  // namespace voordeur::ui::cli
