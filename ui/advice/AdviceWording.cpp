// SPDX-License-Identifier: EUPL-1.2
#include "ui/advice/AdviceWording.h"

#include "ui/advice/PasswordWording.h"

#include <QDate>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace voordeur::ui {

namespace {

using core::checkup::Finding;
using core::checkup::FindingCode;
using core::checkup::KnowledgeRef;
using core::checkup::Severity;
using core::knowledge::FingerprintField;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

/// "2018-05-14" → "14 mei 2018" in the current language.
QString dateText(const std::string& isoDate)
{
    const auto date = QDate::fromString(fromStd(isoDate), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : fromStd(isoDate);
}

QString percent(double confidence)
{
    return QString::number(static_cast<int>(std::lround(confidence * 100.0)));
}

const core::identify::Candidate* best(const Advice& advice, std::size_t index)
{
    return index < advice.household.identities.size() ? advice.household.identities[index].best() : nullptr;
}

std::vector<std::string> refsOf(const Finding& finding, KnowledgeRef::Table table)
{
    std::vector<std::string> ids;
    for (const auto& ref : finding.knowledge) {
        if (ref.table == table) {
            ids.push_back(ref.id);
        }
    }
    return ids;
}

QString serviceName(const std::string& service)
{
    if (service == "telnet") {
        return AdviceWording::tr("Telnet (remote control without encryption)");
    }
    if (service == "ftp") {
        return AdviceWording::tr("FTP (file transfer without encryption)");
    }
    if (service == "rtsp") {
        return AdviceWording::tr("RTSP (camera video stream)");
    }
    if (service == "adb") {
        return AdviceWording::tr("Android Debug Bridge (full control of the device)");
    }
    if (service == "tr069") {
        return AdviceWording::tr("TR-069 (remote management by the provider)");
    }
    if (service == "smb") {
        return AdviceWording::tr("Windows file sharing (SMB)");
    }
    if (service == "rdp") {
        return AdviceWording::tr("Remote Desktop (RDP)");
    }
    if (service == "vnc") {
        return AdviceWording::tr("VNC (remote screen)");
    }
    if (service == "hikvision-sdk") {
        return AdviceWording::tr("Hikvision control port");
    }
    if (service == "dahua-sdk") {
        return AdviceWording::tr("Dahua control port");
    }
    if (service == "xmeye") {
        return AdviceWording::tr("XMEye recorder control port");
    }
    return fromStd(service);
}

}  // namespace

core::knowledge::Language AdviceWording::contentLanguage()
{
    // Translators: the language code of this translation, "nl" in Dutch. Picks the language of the
    // knowledge base's texts.
    return tr("en", "language code") == QLatin1String("nl") ? core::knowledge::Language::Nl
                                                            : core::knowledge::Language::En;
}

QString AdviceWording::kindName(const std::optional<std::string>& kind)
{
    if (!kind) {
        return tr("unknown kind of device");
    }
    static const std::map<std::string, const char*> names = {
        {"camera", QT_TR_NOOP("camera")},
        {"recorder", QT_TR_NOOP("video recorder")},
        {"tv", QT_TR_NOOP("TV")},
        {"speaker", QT_TR_NOOP("speaker")},
        {"streaming-stick", QT_TR_NOOP("streaming stick or box")},
        {"printer", QT_TR_NOOP("printer")},
        {"router", QT_TR_NOOP("router")},
        {"access-point", QT_TR_NOOP("wifi access point")},
        {"nas", QT_TR_NOOP("network storage (NAS)")},
        {"thermostat", QT_TR_NOOP("thermostat")},
        {"light-bridge", QT_TR_NOOP("light bridge")},
        {"doorbell", QT_TR_NOOP("video doorbell")},
        {"plug", QT_TR_NOOP("smart plug or switch")},
        {"robot-vacuum", QT_TR_NOOP("robot vacuum")},
        {"game-console", QT_TR_NOOP("game console")},
        {"computer", QT_TR_NOOP("computer")},
        {"phone", QT_TR_NOOP("phone")},
        {"appliance", QT_TR_NOOP("household appliance")},
        {"media-server", QT_TR_NOOP("media server")},
        {"lamp", QT_TR_NOOP("lamp")},
        {"hub", QT_TR_NOOP("smart-home hub")},
        {"smart-display", QT_TR_NOOP("smart display")},
        {"tablet", QT_TR_NOOP("tablet")},
    };
    const auto found = names.find(*kind);
    return found != names.end() ? tr(found->second) : fromStd(*kind);
}

QString AdviceWording::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return tr("Urgent");
    case Severity::Important:
        return tr("Important");
    case Severity::Advice:
        return tr("Tip");
    }
    return {};
}

QString AdviceWording::updateRouteName(const std::string& route)
{
    if (route == "automatic") {
        return tr("updates itself");
    }
    if (route == "app") {
        return tr("update in the maker's app");
    }
    if (route == "web-interface") {
        return tr("update on the device's web page");
    }
    if (route == "provider-managed") {
        return tr("your internet provider updates it");
    }
    return tr("depends on the model");
}

QString AdviceWording::fieldName(FingerprintField field)
{
    switch (field) {
    case FingerprintField::MdnsType:
        return tr("announced service");
    case FingerprintField::MdnsTxt:
        return tr("service detail");
    case FingerprintField::MdnsInstance:
        return tr("service name");
    case FingerprintField::UpnpManufacturer:
        return tr("UPnP manufacturer");
    case FingerprintField::UpnpModelName:
        return tr("UPnP model name");
    case FingerprintField::UpnpModelNumber:
        return tr("UPnP model number");
    case FingerprintField::UpnpModelDescription:
        return tr("UPnP description");
    case FingerprintField::UpnpFriendlyName:
        return tr("UPnP name");
    case FingerprintField::UpnpDeviceType:
        return tr("UPnP device type");
    case FingerprintField::UpnpServiceType:
        return tr("UPnP service");
    case FingerprintField::Server:
        return tr("server software");
    case FingerprintField::WsdType:
        return tr("WS-Discovery type");
    case FingerprintField::WsdScope:
        return tr("WS-Discovery scope");
    case FingerprintField::OnvifHardware:
        return tr("camera hardware (ONVIF)");
    case FingerprintField::OnvifName:
        return tr("camera name (ONVIF)");
    case FingerprintField::Hostname:
        return tr("network name");
    case FingerprintField::MacVendor:
        return tr("maker of the network chip");
    }
    return {};
}

QString AdviceWording::deviceName(const Advice& advice, std::size_t index, const core::knowledge::Catalog& catalog)
{
    const auto* candidate = best(advice, index);
    if (candidate != nullptr && candidate->vendorId) {
        const auto* vendor = catalog.vendor(*candidate->vendorId);
        const auto maker = vendor != nullptr ? fromStd(vendor->name) : fromStd(*candidate->vendorId);
        if (candidate->model) {
            const auto model = fromStd(*candidate->model);
            // Models often repeat the brand ("Sonos One", "FRITZ!Box 7590" by AVM): say it once.
            return model.startsWith(maker, Qt::CaseInsensitive) ? model : maker + QLatin1Char(' ') + model;
        }
        return candidate->kind ? tr("%1 %2").arg(maker, kindName(candidate->kind)) : maker;
    }
    if (candidate != nullptr && candidate->kind) {
        return kindName(candidate->kind);
    }
    if (index < advice.scan.hosts.size() && !advice.scan.hosts[index].addresses.empty()) {
        return tr("device at %1").arg(fromStd(advice.scan.hosts[index].addresses.front()));
    }
    return tr("unknown device");
}

QString AdviceWording::clueText(const core::identify::Clue& clue)
{
    using core::identify::ClueSource;
    switch (clue.source) {
    case ClueSource::Correction:
        return tr("you said so");
    case ClueSource::VendorKinds:
        return tr("this maker makes only this kind of device");
    case ClueSource::NameMention:
        return tr("the brand appears in its name “%1”").arg(fromStd(clue.value).left(80));
    case ClueSource::Rule:
    case ClueSource::MacVendor:
    case ClueSource::UpnpManufacturer:
        break;
    }
    return tr("%1 “%2”").arg(fieldName(clue.field), fromStd(clue.value).left(80));
}

AdviceWording::Text AdviceWording::finding(
    const Finding& finding, const Advice& advice, const core::knowledge::Catalog& catalog)
{
    const auto language = contentLanguage();
    const auto device = finding.devices.empty() ? std::size_t {0} : finding.devices.front();
    const auto* candidate = finding.devices.empty() ? nullptr : best(advice, device);
    const auto* vendor = candidate != nullptr && candidate->vendorId ? catalog.vendor(*candidate->vendorId) : nullptr;
    const auto maker = vendor != nullptr ? fromStd(vendor->name) : QString();
    const auto parameter = [&](const char* name) { return fromStd(finding.parameter(name)); };
    Text text;
    switch (finding.code) {
    case FindingCode::VendorAdvisory: {
        const auto ids = refsOf(finding, KnowledgeRef::Table::Advisory);
        const auto* advisory = ids.empty() ? nullptr : catalog.advisory(ids.front());
        if (advisory == nullptr) {
            break;
        }
        text.title
            = tr("Government advice about this maker: %1 (%2)")
                  .arg(fromStd(advisory->authority).section(QLatin1String(" ("), 0, 0), dateText(advisory->date));
        QStringList parts;
        if (!finding.parameter("relation").empty()) {
            parts << tr("The advice names another brand; it applies to %1 because it is a %2.")
                         .arg(maker, parameter("relation"));
        }
        parts << fromStd(advisory->summary.in(language))
              << tr("What you can do: %1").arg(fromStd(advisory->mitigation.in(language)));
        text.detail = parts.join(QLatin1String("\n\n"));
        break;
    }
    case FindingCode::KnownExploited: {
        const auto count = static_cast<int>(refsOf(finding, KnowledgeRef::Table::Kev).size());
        const auto fit = finding.parameter("fit");
        text.title = fit == "model" ? tr("Attackers are known to misuse %n leak(s) in this model", nullptr, count)
            : fit == "kind"
            ? tr("Attackers are known to misuse %n leak(s) in %1 devices of this kind", nullptr, count).arg(maker)
            : tr("Attackers are known to misuse %n leak(s) in products of %1", nullptr, count).arg(maker);
        QStringList lines;
        lines << tr("Install the latest update. If the maker no longer offers one, take the device off the "
                    "internet or replace it.");
        for (const auto& id : refsOf(finding, KnowledgeRef::Table::Kev)) {
            if (const auto* entry = catalog.kev(id)) {
                lines << QStringLiteral("%1: %2 (%3)").arg(fromStd(id), fromStd(entry->name), fromStd(entry->product));
            }
        }
        if (finding.parameter("ransomware") == "known") {
            lines << tr("Criminals have used at least one of these leaks for ransomware.");
        }
        text.detail = lines.join(QLatin1Char('\n'));
        break;
    }
    case FindingCode::SupportEnded:
        text.title = tr("%1 no longer gets updates (since %2)")
                         .arg(parameter("family"), dateText(finding.parameter("support_end")));
        text.detail = tr("New leaks will not be fixed. Keep it off the internet, or better, replace it.");
        break;
    case FindingCode::SupportEndingSoon:
        text.title
            = tr("%1 gets updates until %2").arg(parameter("family"), dateText(finding.parameter("support_end")));
        text.detail = tr("After that date, new leaks will not be fixed. Plan to replace it.");
        break;
    case FindingCode::PortMapped:
        text.title = tr("Reachable from the internet: the router forwards port %1 %2 to port %3")
                         .arg(parameter("protocol"), parameter("external_port"), parameter("internal_port"));
        text.detail = tr("Anyone on the internet can reach %1 (port forwarding “%2”). If you do not use this "
                         "from outside, remove the port forwarding in your router and turn off UPnP there.")
                          .arg(parameter("internal_client"), parameter("description"));
        break;
    case FindingCode::RouterUpnpOpen:
        text.title = tr("The router lets devices open ports to the internet themselves (UPnP)");
        text.detail = tr("%n port forwarding(s) are open right now. Turn off UPnP in the router unless a game "
                         "console or other device really needs it.",
            nullptr, QString(parameter("mappings")).toInt());
        break;
    case FindingCode::RiskyService:
        text.title = tr("Open to the home network: %1 (port %2)")
                         .arg(serviceName(finding.parameter("service")), parameter("port"));
        text.detail = tr("Botnets look for this. Turn it off in the device's settings if you can, and make sure it "
                         "has a password of your own.");
        break;
    case FindingCode::DefaultCredentials:
        text.title = tr("This maker's devices come with a known factory password");
        text.detail = tr("Make sure you have set a password of your own. Voordeur knows %n factory password(s) "
                         "for %1.",
            nullptr, QString(parameter("count")).toInt())
                          .arg(maker);
        break;
    case FindingCode::HowToUpdate: {
        text.title = tr("How to update: %1").arg(updateRouteName(finding.parameter("route")));
        const auto families = refsOf(finding, KnowledgeRef::Table::ModelFamily);
        const auto* family = families.empty() ? nullptr : catalog.family(families.front());
        QStringList lines;
        if (family != nullptr && family->updateSteps) {
            lines << fromStd(family->updateSteps->in(language));
        } else if (vendor != nullptr) {
            lines << fromStd(vendor->updateSteps.in(language));
        }
        if (vendor != nullptr) {
            lines << tr("More from the maker: %1").arg(fromStd(vendor->supportUrl));
        }
        text.detail = lines.join(QLatin1Char('\n'));
        break;
    }
    case FindingCode::ProviderRouter:
        text.title = tr("Your internet provider manages this router");
        text.detail = tr("Updates come from your provider. Ask them whether it is up to date, and for a new one "
                         "if it is old.");
        break;
    case FindingCode::SecuritySoftwareAdvisory: {
        text.title = tr("This computer runs %1, about which governments have given advice").arg(parameter("product"));
        QStringList parts;
        for (const auto& id : refsOf(finding, KnowledgeRef::Table::Advisory)) {
            if (const auto* advisory = catalog.advisory(id)) {
                parts << QStringLiteral("%1, %2: %3")
                             .arg(fromStd(advisory->authority).section(QLatin1String(" ("), 0, 0),
                                 dateText(advisory->date), fromStd(advisory->summary.in(language)));
            }
        }
        text.detail = parts.join(QLatin1String("\n\n"));
        break;
    }
    case FindingCode::WeakPassword:
    case FindingCode::ReusedPassword:
    case FindingCode::NearReusedPassword:
    case FindingCode::BreachedPassword:
    case FindingCode::FactoryPassword:
        return PasswordWording::finding(finding, advice.household.passwords);
    }
    return text;
}

QString AdviceWording::report(const Advice& advice, const core::knowledge::Catalog& catalog)
{
    QString text;
    QTextStream stream(&text);
    const auto& hosts = advice.scan.hosts;
    stream << tr("%n device(s):", nullptr, static_cast<int>(hosts.size())) << '\n';
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        const auto* candidate = best(advice, i);
        const auto address = hosts[i].addresses.empty() ? QStringLiteral("-") : fromStd(hosts[i].addresses.front());
        stream << QStringLiteral("%1. %2  %3")
                      .arg(i + 1, 2)
                      .arg(address.leftJustified(15), deviceName(advice, i, catalog));
        if (candidate != nullptr && candidate->vendorId) {
            stream << "  "
                   << (advice.household.identities[i].corrected ? tr("(your correction)")
                                                                : tr("(%1% sure)").arg(percent(candidate->confidence)));
        }
        stream << '\n';
        if (candidate != nullptr) {
            QStringList clues;
            for (const auto& clue : candidate->evidence) {
                const auto said = clueText(clue);
                if (clues.size() < 3 && !clues.contains(said)) {
                    clues << said;
                }
            }
            stream << "      " << tr("recognised by: %1").arg(clues.join(QLatin1String("; "))) << '\n';
        }
    }
    stream << '\n' << tr("Action plan (%n item(s)):", nullptr, static_cast<int>(advice.findings.size())) << '\n';
    if (catalog.kevTotal() == 0) {
        stream << tr("Note: the list of leaks that attackers actively misuse has not been downloaded yet, so it "
                     "was not checked. Download it with: voordeur-cli knowledge update")
               << '\n';
    }
    int number = 0;
    for (const auto& finding : advice.findings) {
        const auto worded = AdviceWording::finding(finding, advice, catalog);
        const auto where = finding.thisComputer ? tr("this computer")
            : !finding.passwords.empty()        ? PasswordWording::labels(advice.household.passwords, finding.passwords)
            : finding.devices.empty()           ? tr("home network")
                                                : deviceName(advice, finding.devices.front(), catalog);
        stream << QStringLiteral("%1. [%2] %3: %4\n")
                      .arg(++number, 2)
                      .arg(severityName(finding.severity), where, worded.title);
        for (const auto& line : worded.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            stream << "      " << line << '\n';
        }
    }
    return text;
}

}  // namespace voordeur::ui
