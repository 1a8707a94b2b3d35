// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/KnowledgeCommand.h"

#include "core/knowledge/KevDownload.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeStore.h"
#include "ui/cli/CliApplication.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <algorithm>

namespace voordeur::ui::cli {

namespace {

namespace knowledge = core::knowledge;

constexpr std::size_t kTopVendors = 10;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString fromStd(const std::optional<std::string>& text)
{
    return text ? QString::fromStdString(*text) : QString();
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QJsonValue jsonText(const std::optional<std::string>& text)
{
    return text ? QJsonValue(QString::fromStdString(*text)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonCount(std::size_t count)
{
    return QJsonValue(static_cast<qint64>(count));
}

}  // namespace

QString KnowledgeCommand::importedText(
    std::size_t imported, const std::string& version, const std::string& released, std::size_t tiedToVendor)
{
    return tr("Imported the list of known exploited vulnerabilities: %n entries, version %1 (released %2); %3 of "
              "them concern makers Voordeur knows.",
        nullptr, static_cast<int>(imported))
        .arg(fromStd(version), fromStd(released))
        .arg(tiedToVendor);
}

QString KnowledgeCommand::keptText(const AppKnowledge& knowledge)
{
    const auto version = knowledge::kevMeta(knowledge.base(), "catalogVersion");
    if (!version) {
        return tr("Nothing was changed.");
    }
    return tr("The list you had (version %1, %n entries) was kept.", nullptr,
        static_cast<int>(knowledge::kevCount(knowledge.base())))
        .arg(fromStd(*version));
}

int KnowledgeCommand::info(const AppKnowledge& knowledge, bool json, QTextStream& out)
{
    const auto& base = knowledge.base();
    const auto counts = knowledge::knowledgeCounts(base);
    const auto schema = base.storedSchemaVersion();
    const auto version = knowledge::kevMeta(base, "catalogVersion");
    auto top = knowledge::kevCountsByVendorProject(base);
    top.resize(std::min(top.size(), kTopVendors));

    if (json) {
        QJsonObject document;
        document.insert(QStringLiteral("shippedPath"), knowledge.shippedPath());
        document.insert(QStringLiteral("userCopyPath"), knowledge.userCopyPath());
        document.insert(
            QStringLiteral("schemaVersion"), schema ? QJsonValue(static_cast<qint64>(*schema)) : QJsonValue());
        document.insert(QStringLiteral("vendors"), jsonCount(counts.vendors));
        document.insert(QStringLiteral("aliases"), jsonCount(counts.aliases));
        document.insert(QStringLiteral("advisories"), jsonCount(counts.advisories));
        document.insert(QStringLiteral("defaultCredentials"), jsonCount(counts.defaultCredentials));
        QJsonValue kev(QJsonValue::Null);
        if (version) {
            QJsonArray vendors;
            for (const auto& [name, entries] : top) {
                vendors.append(QJsonObject {
                    {QStringLiteral("vendorProject"), fromStd(name)}, {QStringLiteral("entries"), entries}});
            }
            kev = QJsonObject {
                {QStringLiteral("catalogVersion"), jsonText(version)},
                {QStringLiteral("dateReleased"), jsonText(knowledge::kevMeta(base, "dateReleased"))},
                {QStringLiteral("importedAt"), jsonText(knowledge::kevMeta(base, "importedAt"))},
                {QStringLiteral("entries"), jsonCount(counts.kevEntries)},
                {QStringLiteral("entriesOfKnownVendors"), jsonCount(counts.kevTiedToVendor)},
                {QStringLiteral("topVendors"), vendors},
            };
        }
        document.insert(QStringLiteral("kev"), kev);
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return Success;
    }

    out << tr("Knowledge base") << '\n'
        << "  " << tr("Shipped with Voordeur: %1").arg(knowledge.shippedPath()) << '\n'
        << "  " << tr("Your copy: %1").arg(knowledge.userCopyPath()) << '\n'
        << "  " << tr("Schema version: %1").arg(schema ? QString::number(*schema) : QStringLiteral("?")) << '\n'
        << "  " << tr("Makers: %1 (known under %2 names)").arg(counts.vendors).arg(counts.aliases) << '\n'
        << "  " << tr("Advisories of authorities: %1").arg(counts.advisories) << '\n'
        << "  " << tr("Known default passwords: %1").arg(counts.defaultCredentials) << '\n'
        << '\n'
        << tr("Known exploited vulnerabilities (CISA KEV)") << '\n';
    if (!version) {
        out << "  " << tr("Not downloaded yet: run \"voordeur-cli knowledge update\".") << '\n';
        return Success;
    }
    out << "  "
        << tr("Version: %1, released %2").arg(fromStd(version), fromStd(knowledge::kevMeta(base, "dateReleased")))
        << '\n'
        << "  "
        << tr("Entries: %1, of which %2 concern makers Voordeur knows")
               .arg(counts.kevEntries)
               .arg(counts.kevTiedToVendor)
        << '\n'
        << "  " << tr("Imported: %1").arg(fromStd(knowledge::kevMeta(base, "importedAt"))) << '\n'
        << "  " << tr("Makers with the most entries:") << '\n';
    qsizetype width = 0;
    for (const auto& [name, entries] : top) {
        width = std::max(width, fromStd(name).size());
    }
    for (const auto& [name, entries] : top) {
        out << "    " << fromStd(name).leftJustified(width + 2) << QString::number(entries).rightJustified(5) << '\n';
    }
    return Success;
}

int KnowledgeCommand::importFile(AppKnowledge& knowledge, const QString& path, QTextStream& out, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2.").arg(path, file.errorString()) << '\n';
        return InputError;
    }
    // Read at most one byte more than allowed, so an oversized file is refused without reading all of it.
    const QByteArray text = file.read(static_cast<qint64>(knowledge::maxKevCatalogBytes) + 1);
    if (file.error() != QFileDevice::NoError) {
        err << tr("Cannot read %1: %2.").arg(path, file.errorString()) << '\n';
        return InputError;
    }
    const auto imported = knowledge::importKev(
        knowledge.base(), std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!imported) {
        const auto& error = imported.error();
        if (error.code == knowledge::KevCode::StorageFailed) {
            err << KnowledgeFiles::catalogErrorText(error) << ' ' << keptText(knowledge) << '\n';
            return Failed;
        }
        err << tr("%1 is not a valid list of known exploited vulnerabilities.").arg(path) << ' '
            << KnowledgeFiles::catalogErrorText(error) << ' ' << keptText(knowledge) << '\n';
        return InputError;
    }
    out << importedText(imported->imported, imported->catalogVersion, imported->dateReleased, imported->tiedToVendor)
        << '\n';
    return Success;
}

int KnowledgeCommand::update(AppKnowledge& knowledge, const QString& baseUrl, QTextStream& out, QTextStream& err)
{
    knowledge::KevSource source;
    source.baseUrl = baseUrl.toStdString();
    const QString shownUrl = fromStd(knowledge::kevFeedUrl(source.baseUrl).value());  // checked in run()
    err << tr("Downloading the list of known exploited vulnerabilities from %1 …").arg(shownUrl) << '\n';
    err.flush();
    // No stop token: Ctrl-C ends the process, and the import is one transaction, so the stored list
    // is then simply the old one.
    const auto imported = knowledge::downloadKev(knowledge.base(), source, {});
    if (!imported) {
        err << KnowledgeFiles::updateErrorText(imported.error(), shownUrl) << ' ' << keptText(knowledge) << '\n';
        return Failed;
    }
    out << importedText(imported->imported, imported->catalogVersion, imported->dateReleased, imported->tiedToVendor)
        << '\n';
    return Success;
}

int KnowledgeCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    QString baseUrl;
    if (action == QLatin1String("update")) {
        baseUrl = parser.value(QStringLiteral("base-url"));
        if (baseUrl.isEmpty()) {
            baseUrl = qEnvironmentVariable(baseUrlVariable);
        }
        if (baseUrl.isEmpty()) {
            baseUrl = fromView(knowledge::kevDefaultBaseUrl);
        }
        // A wrong address is a usage error, found before the knowledge base is touched.
        if (const auto url = knowledge::kevFeedUrl(baseUrl.toStdString()); !url) {
            err << KnowledgeFiles::updateErrorText(url.error(), baseUrl) << '\n';
            return UsageError;
        }
    }
    if (action == QLatin1String("import-kev")) {
        // A file that cannot be read is an input error, whatever the state of the knowledge base.
        const QString path = arguments.value(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2.").arg(path, file.errorString()) << '\n';
            return InputError;
        }
    }

    AppKnowledge knowledge = KnowledgeFiles::open();
    for (const QString& notice : knowledge.notices()) {
        err << notice << '\n';
    }
    if (!knowledge.isOpen()) {
        err << knowledge.errorMessage() << '\n';
        return Failed;
    }
    if (action == QLatin1String("info")) {
        return info(knowledge, parser.isSet(QStringLiteral("json")), out);
    }
    if (action == QLatin1String("import-kev")) {
        return importFile(knowledge, arguments.value(1), out, err);
    }
    return update(knowledge, baseUrl, out, err);
}

}  // namespace voordeur::ui::cli
