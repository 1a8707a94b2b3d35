// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/knowledge/KevDownload.h"
#include "core/knowledge/KevImport.h"
#include "core/knowledge/KnowledgeBase.h"
#include "core/knowledge/KnowledgeStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace voordeur::ui {

/// The user's working copy of the knowledge base, opened for the GUI or voordeur-cli, with what
/// had to be done to open it in words.
class AppKnowledge final
{
public:
    bool isOpen() const { return m_base.has_value(); }
    /// Only when isOpen().
    core::knowledge::KnowledgeBase& base() { return *m_base; }
    const core::knowledge::KnowledgeBase& base() const { return *m_base; }

    /// What was made, repaired or refreshed, one translated sentence each; usually empty.
    const QStringList& notices() const { return m_notices; }
    /// Why it could not be opened, translated; empty when open.
    const QString& errorMessage() const { return m_errorMessage; }

    const QString& shippedPath() const { return m_shippedPath; }
    const QString& userCopyPath() const { return m_userCopyPath; }

private:
    friend class KnowledgeFiles;

    std::optional<core::knowledge::KnowledgeBase> m_base;
    QStringList m_notices;
    QString m_errorMessage;
    QString m_shippedPath;
    QString m_userCopyPath;
};

/// Where the knowledge base files are, opening them, and the knowledge codes in words.
class KnowledgeFiles final
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeFiles)

public:
    /// Overrides where the shipped (read-only) copy is read from.
    static constexpr const char* shippedVariable = "VOORDEUR_SHIPPED_KNOWLEDGE";
    /// Overrides the folder of the user's copy (tests, portable set-ups).
    static constexpr const char* dataDirVariable = "VOORDEUR_DATA_DIR";

    /// The copy that comes with the program: $VOORDEUR_SHIPPED_KNOWLEDGE if set, else
    /// `<executable's folder>/../share/voordeur/knowledge.sqlite` (installed), else
    /// `<executable's folder>/../knowledge/knowledge.sqlite` (build tree), else the installed path.
    static QString shippedPath();

    /// The user's working copy: `knowledge.sqlite` in $VOORDEUR_DATA_DIR if set, else in the
    /// application's data folder (QStandardPaths::AppDataLocation).
    static QString userCopyPath();

    /// Opens the user's copy at userCopyPath(), making or repairing it from shippedPath().
    /// Synchronous and quick (milliseconds; a refresh after a program update takes a little longer).
    static AppKnowledge open();
    static AppKnowledge open(const QString& shippedPath, const QString& userCopyPath);

    static QString noticeText(const core::knowledge::StoreNotice& notice);
    static QString errorText(const core::knowledge::StoreError& error);
    /// What is wrong with a KEV catalog (a file or a download), as one sentence.
    static QString catalogErrorText(const core::knowledge::KevError& error);
    /// Why downloading the KEV catalog from `url` failed, as one or two sentences.
    static QString updateErrorText(const core::knowledge::KevUpdateError& error, const QString& url);
};

}  // namespace voordeur::ui
