// SPDX-License-Identifier: EUPL-1.2
#include "ui/knowledge/KnowledgeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <filesystem>

namespace voordeur::ui {

namespace {

using core::knowledge::KevCode;
using core::knowledge::KevUpdateCode;
using core::knowledge::StoreCode;
using core::knowledge::StoreNoticeCode;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString environmentPath(const char* variable)
{
    return QFile::decodeName(qgetenv(variable));
}

}  // namespace

QString KnowledgeFiles::shippedPath()
{
    const QString fromEnvironment = environmentPath(shippedVariable);
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QDir executableDir(QCoreApplication::applicationDirPath());
    const QString installed
        = QDir::cleanPath(executableDir.filePath(QStringLiteral("../share/voordeur/knowledge.sqlite")));
    const QString buildTree = QDir::cleanPath(executableDir.filePath(QStringLiteral("../knowledge/knowledge.sqlite")));
    if (!QFileInfo::exists(installed) && QFileInfo::exists(buildTree)) {
        return buildTree;
    }
    return installed;
}

QString KnowledgeFiles::userCopyPath()
{
    QString folder = environmentPath(dataDirVariable);
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return QDir(folder).filePath(QStringLiteral("knowledge.sqlite"));
}

AppKnowledge KnowledgeFiles::open()
{
    return open(shippedPath(), userCopyPath());
}

AppKnowledge KnowledgeFiles::open(const QString& shippedPath, const QString& userCopyPath)
{
    AppKnowledge knowledge;
    knowledge.m_shippedPath = shippedPath;
    knowledge.m_userCopyPath = userCopyPath;
    auto opened = core::knowledge::openKnowledgeStore(toPath(shippedPath), toPath(userCopyPath));
    if (!opened) {
        knowledge.m_errorMessage = errorText(opened.error());
        return knowledge;
    }
    for (const auto& notice : opened->notices) {
        knowledge.m_notices << noticeText(notice);
    }
    knowledge.m_base.emplace(std::move(opened->base));
    return knowledge;
}

QString KnowledgeFiles::noticeText(const core::knowledge::StoreNotice& notice)
{
    const QString detail = fromStd(notice.detail);
    switch (notice.code) {
    case StoreNoticeCode::CreatedFromShipped:
        return tr("Made your own copy of the knowledge base.");
    case StoreNoticeCode::ReplacedDamaged:
        return tr("The knowledge base was damaged (%1) and has been made again from the copy that came with "
                  "Voordeur. The damaged file was kept as %2.")
            .arg(detail, fromPath(notice.movedTo));
    case StoreNoticeCode::ReplacedNewerSchema:
        return tr("The knowledge base was written by a newer version of Voordeur and has been made again for this "
                  "version. The newer file was kept as %1.")
            .arg(fromPath(notice.movedTo));
    case StoreNoticeCode::RefreshedFromShipped:
        return tr("The knowledge base has been brought up to date with this version of Voordeur.");
    case StoreNoticeCode::KevCarriedOver:
        return tr("Your downloaded list of known exploited vulnerabilities (version %1) was kept.").arg(detail);
    case StoreNoticeCode::RefreshFailed:
        return tr("The knowledge base could not be brought up to date with this version of Voordeur (%1); the "
                  "previous one is used.")
            .arg(detail);
    case StoreNoticeCode::ShippedUnavailable:
        return tr("The knowledge base that came with Voordeur cannot be read (%1); your own copy is used.").arg(detail);
    }
    return detail;
}

QString KnowledgeFiles::errorText(const core::knowledge::StoreError& error)
{
    const QString detail = fromStd(error.detail);
    switch (error.code) {
    case StoreCode::ShippedMissing:
        return tr("The knowledge base that came with Voordeur is missing (%1). Please reinstall Voordeur.").arg(detail);
    case StoreCode::ShippedDamaged:
        return tr("The knowledge base that came with Voordeur is damaged (%1). Please reinstall Voordeur.").arg(detail);
    case StoreCode::FolderFailed:
        return tr("Cannot make the folder for the knowledge base (%1).").arg(detail);
    case StoreCode::MoveAsideFailed:
        return tr("The knowledge base is damaged and could not be moved out of the way (%1).").arg(detail);
    case StoreCode::CopyFailed:
        return tr("Cannot write the knowledge base (%1). Is the disk full, or the folder read-only?").arg(detail);
    case StoreCode::Busy:
        return tr("The knowledge base is in use by another program (%1). Close other Voordeur windows and try again.")
            .arg(detail);
    case StoreCode::OpenFailed:
        break;
    }
    return tr("Cannot open the knowledge base (%1).").arg(detail);
}

QString KnowledgeFiles::catalogErrorText(const core::knowledge::KevError& error)
{
    const QString detail = fromStd(error.detail);
    switch (error.code) {
    case KevCode::TooLarge:
        return tr("It is larger than %1 MiB, far more than the real list; it was not read.")
            .arg(core::knowledge::maxKevCatalogBytes / (1024U * 1024U));
    case KevCode::NotJson:
        return tr("It is not JSON, or it is cut off (%1).").arg(detail);
    case KevCode::BadSchema:
        return tr("The field \"%1\" is missing or has the wrong type.").arg(detail);
    case KevCode::BadCveId:
        return tr("It has an entry with an invalid CVE number (\"%1\").").arg(detail);
    case KevCode::CountMismatch:
        return tr("It is incomplete: its count does not match its entries (%1).").arg(detail);
    case KevCode::Empty:
        return tr("It has no entries.");
    case KevCode::DuplicateCve:
        return tr("It lists %1 twice.").arg(detail);
    case KevCode::StorageFailed:
        break;
    }
    return tr("The list could not be saved in the knowledge base (%1).").arg(detail);
}

QString KnowledgeFiles::updateErrorText(const core::knowledge::KevUpdateError& error, const QString& url)
{
    const QString detail = fromStd(error.detail);
    switch (error.code) {
    case KevUpdateCode::BadUrl:
        return tr("The address %1 cannot be used (%2): only https is allowed, or http to this computer (127.0.0.1).")
            .arg(url, detail);
    case KevUpdateCode::NetworkSwitchedOff:
        return tr("Downloading is switched off in this environment (%1 is set), so nothing was sent.").arg(detail);
    case KevUpdateCode::Unreachable:
        return tr("Could not reach %1 (%2). Is this computer connected to the internet?").arg(url, detail);
    case KevUpdateCode::Timeout:
        return tr("%1 did not answer in time.").arg(url);
    case KevUpdateCode::TlsFailure:
        return tr("The secure connection to %1 failed (%2).").arg(url, detail);
    case KevUpdateCode::Redirect:
        return tr("%1 answered with a redirect (HTTP status %2), which Voordeur does not follow.").arg(url, detail);
    case KevUpdateCode::HttpStatus:
        return tr("%1 answered with HTTP status %2.").arg(url, detail);
    case KevUpdateCode::TooLarge:
        return tr("The download from %1 was stopped: it is larger than the list can be.").arg(url);
    case KevUpdateCode::TransferFailed:
        return tr("The download from %1 broke off (%2).").arg(url, detail);
    case KevUpdateCode::Cancelled:
        return tr("The download was cancelled.");
    case KevUpdateCode::StorageFailed:
        return catalogErrorText({KevCode::StorageFailed, error.detail});
    case KevUpdateCode::Invalid:
        break;
    }
    const core::knowledge::KevError catalogError {error.invalid.value_or(KevCode::NotJson), error.detail};
    return tr("The download from %1 is not a valid list of known exploited vulnerabilities.").arg(url)
        + QLatin1Char(' ') + catalogErrorText(catalogError);
}

}  // namespace voordeur::ui
