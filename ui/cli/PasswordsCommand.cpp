// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/PasswordsCommand.h"

#include "core/checkup/AdviceJson.h"
#include "core/passwords/EntryReader.h"
#include "core/passwords/FingerprintStore.h"
#include "core/passwords/PasswordCheckup.h"
#include "ui/advice/Advice.h"
#include "ui/advice/AdviceWording.h"
#include "ui/advice/PasswordWording.h"
#include "ui/cli/AdviseCommand.h"
#include "ui/cli/CliApplication.h"
#include "ui/knowledge/KnowledgeFiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

#include <unistd.h>

#include <memory>

namespace voordeur::ui::cli {

namespace {

using core::passwords::EntryKind;
using core::passwords::PasswordEntry;

QString readErrorText(const core::Error<core::passwords::EntryReadCode>& error)
{
    using core::passwords::EntryReadCode;
    const auto line = QString::fromStdString(error.detail);
    switch (error.code) {
    case EntryReadCode::ReadFailed:
        return PasswordsCommand::tr("Standard input could not be read (%1).").arg(line);
    case EntryReadCode::NoTab:
        return PasswordsCommand::tr("Line %1 has no TAB between the label and the password.").arg(line);
    case EntryReadCode::EmptyLabel:
        return PasswordsCommand::tr("Line %1 has no label before the TAB.").arg(line);
    case EntryReadCode::TooLong:
        return PasswordsCommand::tr("Line %1 is too long.").arg(line);
    case EntryReadCode::TooMany:
        return PasswordsCommand::tr("There are more than %1 lines.").arg(line);
    }
    return line;
}

bool mentions(const QString& text, const QString& word)
{
    return !word.isEmpty() && text.contains(word, Qt::CaseInsensitive);
}

/// What the label says the password is for: "Router", "Wifi thuis", "Mail".
EntryKind kindFromLabel(const QString& label)
{
    static const QStringList router {QStringLiteral("router"), QStringLiteral("modem"), QStringLiteral("fritz")};
    static const QStringList wifi {QStringLiteral("wifi"), QStringLiteral("wi-fi"), QStringLiteral("wlan"),
        QStringLiteral("ssid"), QStringLiteral("netwerk"), QStringLiteral("network")};
    static const QStringList account {QStringLiteral("mail"), QStringLiteral("bank"), QStringLiteral("account"),
        QStringLiteral("digid"), QStringLiteral("google"), QStringLiteral("apple id"), QStringLiteral("microsoft")};
    const auto any = [&](const QStringList& words) {
        return std::any_of(words.begin(), words.end(), [&](const QString& w) { return mentions(label, w); });
    };
    return any(router) ? EntryKind::RouterAdmin
        : any(wifi)    ? EntryKind::Wifi
        : any(account) ? EntryKind::Account
                       : EntryKind::Device;
}

/// Links an entry to a scanned device whose address, host name or name the label gives, or to the
/// only device of a maker the label names; without a scan, to the maker the label names.
void linkEntry(PasswordEntry& entry, const Advice* advice, const core::knowledge::Catalog& catalog)
{
    const QString label = QString::fromStdString(entry.label).trimmed();
    if (advice != nullptr) {
        std::optional<std::size_t> byVendor;
        int vendorMatches = 0;
        for (std::size_t i = 0; i < advice->scan.hosts.size(); ++i) {
            const auto& host = advice->scan.hosts[i];
            QStringList names {AdviceWording::deviceName(*advice, i, catalog)};
            for (const auto& address : host.addresses) {
                names << QString::fromStdString(address);
            }
            for (const auto& name : host.hostnames) {
                names << QString::fromStdString(name);
            }
            if (names.contains(label, Qt::CaseInsensitive)) {
                entry.device = i;
                break;
            }
            const auto* best = advice->household.identities[i].best();
            const auto* vendor = best != nullptr && best->vendorId ? catalog.vendor(*best->vendorId) : nullptr;
            if (vendor != nullptr && mentions(label, QString::fromStdString(vendor->name))) {
                byVendor = i;
                ++vendorMatches;
            }
        }
        if (!entry.device && vendorMatches == 1) {
            entry.device = byVendor;
        }
        if (entry.device) {
            if (const auto* best = advice->household.identities[*entry.device].best()) {
                entry.vendorId = best->vendorId;
                entry.model = best->model;
            }
            return;
        }
    }
    for (const auto& vendor : catalog.vendors()) {
        if (mentions(label, QString::fromStdString(vendor.name))) {
            entry.vendorId = vendor.id;
            return;
        }
    }
}

/// Words of this household that count against its passwords: the labels, and the makers, models
/// and names of its devices.
std::vector<std::string> householdWords(
    const std::vector<PasswordEntry>& entries, const Advice* advice, const core::knowledge::Catalog* catalog)
{
    std::vector<std::string> words;
    for (const auto& entry : entries) {
        words.push_back(entry.label);
    }
    if (advice == nullptr) {
        return words;
    }
    for (std::size_t i = 0; i < advice->scan.hosts.size(); ++i) {
        for (const auto& name : advice->scan.hosts[i].hostnames) {
            words.push_back(name);
        }
        if (const auto* best = advice->household.identities[i].best()) {
            const auto* vendor = catalog != nullptr && best->vendorId ? catalog->vendor(*best->vendorId) : nullptr;
            if (vendor != nullptr) {
                words.push_back(vendor->name);
            }
            if (best->model) {
                words.push_back(*best->model);
            }
        }
    }
    return words;
}

}  // namespace

QString PasswordsCommand::rememberedPath()
{
    return QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("reuse-fingerprints.sqlite"));
}

int PasswordsCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString storePath = rememberedPath();
    if (parser.positionalArguments().first() == QLatin1String("forget")) {
        bool removed = true;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(storePath + suffix)) {
                removed = QFile::remove(storePath + suffix) && removed;
            }
        }
        if (!removed) {
            err << tr("The remembered fingerprints in %1 could not be deleted.").arg(storePath) << '\n';
            return Failed;
        }
        out << tr("Voordeur no longer remembers any password fingerprints.") << '\n';
        return Success;
    }

    auto knowledge = KnowledgeFiles::open();
    const auto catalog = AdviseCommand::loadCatalog(knowledge, err);
    if (!catalog) {
        err << tr("Factory passwords cannot be recognised without it.") << '\n';
    }
    std::unique_ptr<Advice> advice;
    if (parser.isSet(QStringLiteral("input"))) {
        auto scan = AdviseCommand::readScan(parser.value(QStringLiteral("input")), err);
        if (!scan) {
            return InputError;
        }
        if (catalog) {
            AdviceOptions options;
            options.correctionsPath
                = QFileInfo(KnowledgeFiles::userCopyPath()).dir().filePath(QStringLiteral("household.sqlite"));
            advice = adviseOn(std::move(*scan), *catalog, options, {});
        }
    }

    core::passwords::keepSecretsOutOfCrashDumps();
    if (::isatty(STDIN_FILENO) != 0) {
        err << tr("Type one line per password: a label, a TAB, the password. End with Ctrl-D. What you type is not "
                  "shown.")
            << '\n';
        err.flush();
    }
    auto read = [] {
        const core::passwords::EchoOff echo(STDIN_FILENO);
        return core::passwords::readEntries(STDIN_FILENO);
    }();
    if (!read) {
        err << readErrorText(read.error()) << '\n';
        return InputError;
    }
    std::vector<PasswordEntry> entries = std::move(read).value();
    if (entries.empty()) {
        err << tr("No passwords were given on standard input.") << '\n';
        return InputError;
    }
    for (auto& entry : entries) {
        entry.kind = kindFromLabel(QString::fromStdString(entry.label));
        if (catalog) {
            linkEntry(entry, advice.get(), *catalog);
        }
    }

    core::passwords::PasswordCheckupOptions options;
    options.catalog = catalog ? &*catalog : nullptr;
    options.householdWords = householdWords(entries, advice.get(), options.catalog);
    if (parser.isSet(QStringLiteral("network-name"))) {
        options.householdWords.push_back(parser.value(QStringLiteral("network-name")).toStdString());
    }
    options.breachLookup = !parser.isSet(QStringLiteral("offline"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        options.breachSource.baseUrl = parser.value(QStringLiteral("base-url")).toStdString();
    }
    std::optional<core::passwords::FingerprintStore> store;
    if (QFile::exists(storePath) || parser.isSet(QStringLiteral("remember"))) {
        auto opened = core::passwords::FingerprintStore::open(storePath.toStdString());
        if (opened) {
            store.emplace(std::move(opened).value());
            if (const auto salt = store->salt()) {
                options.salt = *salt;
                options.remembered = store->remembered();
            }
        } else {
            err << tr("The remembered fingerprints in %1 cannot be used; they are left as they are.").arg(storePath)
                << '\n';
        }
    }
    if (options.breachLookup) {
        err << tr("Checking for leaks at %1: only the first 5 characters of each password's SHA-1 fingerprint are "
                  "sent. Use --offline to skip this.")
                   .arg(QUrl(QString::fromStdString(options.breachSource.baseUrl)).host())
            << '\n';
    }

    const auto result = core::passwords::checkPasswords(entries, options, {});
    const auto checked = core::passwords::withoutPasswords(entries, result.verdicts);
    auto findings = core::checkup::passwordFindings(checked);
    std::stable_sort(findings.begin(), findings.end(),
        [](const core::checkup::Finding& a, const core::checkup::Finding& b) { return a.severity < b.severity; });

    if (parser.isSet(QStringLiteral("remember")) && store) {
        std::vector<core::passwords::RememberedFingerprint> remember;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (!result.verdicts[i].reuseError) {
                remember.push_back({entries[i].label, result.fingerprints[i]});
            }
        }
        if (store->remember(result.salt, remember)) {
            err << tr("Remembered the fingerprints (never the passwords) to detect reuse next time. Forget them "
                      "with: voordeur-cli passwords forget")
                << '\n';
        } else {
            err << tr("The fingerprints could not be remembered.") << '\n';
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromStdString(core::checkup::passwordCheckupToJson(checked, findings, options.breachLookup))
            << '\n';
    } else {
        out << PasswordWording::report(checked, findings);
    }
    return Success;
}

}  // namespace voordeur::ui::cli
