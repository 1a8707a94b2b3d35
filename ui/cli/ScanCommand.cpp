// SPDX-License-Identifier: EUPL-1.2
#include "ui/cli/ScanCommand.h"

#include "core/discovery/ScanJson.h"
#include "ui/cli/AdviseCommand.h"
#include "ui/cli/CliApplication.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <csignal>
#include <ctime>
#include <thread>

namespace voordeur::ui::cli {

namespace {

using core::discovery::Host;
using core::discovery::ScanResult;

// Stops the scan on SIGINT/SIGTERM: the signals are blocked and collected by a thread, so
// nothing unsafe runs inside a signal handler.
class InterruptWatcher final
{
public:
    explicit InterruptWatcher(std::stop_source& source)
    {
        sigemptyset(&m_signals);
        sigaddset(&m_signals, SIGINT);
        sigaddset(&m_signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
        m_thread = std::jthread([this, &source](std::stop_token stop) {
            const timespec pollInterval {0, 50'000'000};
            while (!stop.stop_requested()) {
                if (sigtimedwait(&m_signals, nullptr, &pollInterval) > 0) {
                    source.request_stop();
                    return;
                }
            }
        });
    }
    ~InterruptWatcher()
    {
        m_thread.request_stop();
        m_thread.join();
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

private:
    sigset_t m_signals {};
    sigset_t m_previous {};
    std::jthread m_thread;
};

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// What a person would call the device, from the best evidence there is.
QString bestName(const Host& host)
{
    for (const auto& device : host.upnp) {
        if (!device.friendlyName.empty()) {
            return fromStd(device.friendlyName);
        }
    }
    for (const auto& endpoint : host.wsd) {
        if (!endpoint.onvifName.empty()) {
            return fromStd(endpoint.onvifName);
        }
    }
    for (const auto& service : host.mdns) {
        if (!service.instance.empty()) {
            return fromStd(service.instance);
        }
    }
    if (!host.hostnames.empty()) {
        return fromStd(host.hostnames.front());
    }
    return {};
}

QString what(const Host& host)
{
    QStringList parts;
    for (const auto& device : host.upnp) {
        QString model = fromStd(device.manufacturer + " " + device.modelName).trimmed();
        parts << (model.isEmpty() ? QStringLiteral("UPnP") : QStringLiteral("UPnP: ") + model);
    }
    QStringList types;
    for (const auto& service : host.mdns) {
        if (!types.contains(fromStd(service.type))) {
            types << fromStd(service.type);
        }
    }
    if (!types.isEmpty()) {
        parts << QStringLiteral("mDNS: ") + types.join(QLatin1Char(' '));
    }
    for (const auto& endpoint : host.wsd) {
        QStringList names;
        for (const auto& type : endpoint.types) {
            names << fromStd(type);
        }
        parts << QStringLiteral("WSD: ") + names.join(QLatin1Char(' '));
    }
    if (!host.openPorts.empty()) {
        QStringList ports;
        for (const auto port : host.openPorts) {
            ports << QString::number(port);
        }
        parts << ScanCommand::tr("open: %1").arg(ports.join(QLatin1Char(',')));
    }
    return parts.join(QStringLiteral("; "));
}

}  // namespace

QString ScanCommand::errorText(const core::Error<core::discovery::ScanCode>& error)
{
    using core::discovery::ScanCode;
    const QString detail = fromStd(error.detail);
    switch (error.code) {
    case ScanCode::NoSuchInterface:
        return tr("There is no network interface \"%1\".").arg(detail);
    case ScanCode::InterfaceDown:
        return tr("The network interface %1 is not connected.").arg(detail);
    case ScanCode::NoIpv4Address:
        return tr("The network interface %1 has no IPv4 address: is this computer connected to the home network?")
            .arg(detail);
    case ScanCode::NoDefaultRoute:
        return tr("This computer has no default route, so it is not clear which network is the home network. "
                  "Name one with --interface.");
    case ScanCode::PermissionDenied:
        return tr("Not allowed to use the network (%1).").arg(detail);
    case ScanCode::NetworkSwitchedOff:
        return tr("Searching is switched off in this environment (%1 is set), so nothing was sent.").arg(detail);
    case ScanCode::SystemError:
        break;
    }
    return tr("The network could not be used (%1).").arg(detail);
}

QString ScanCommand::table(const ScanResult& result)
{
    QString text;
    QTextStream stream(&text);
    const QLocale locale;
    stream << tr("Found %n device(s) on %1 (%2/%3) in %4 s.", nullptr, static_cast<int>(result.hosts.size()))
                  .arg(fromStd(result.interfaceName), fromStd(result.interfaceAddress))
                  .arg(result.interfacePrefix)
                  .arg(locale.toString(static_cast<double>(result.duration.count()) / 1000.0, 'f', 1))
           << "\n\n";
    if (!result.hosts.empty()) {
        stream << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(tr("Address").leftJustified(15), tr("MAC address").leftJustified(17),
                          tr("Maker of network chip").leftJustified(24), tr("Name").leftJustified(24), tr("Found by"));
    }
    for (const Host& host : result.hosts) {
        stream << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(fromStd(host.addresses.empty() ? std::string() : host.addresses.front()).leftJustified(15),
                          (host.mac ? fromStd(host.mac->toString()) : QStringLiteral("-")).leftJustified(17),
                          (host.macRandomised ? tr("(private address)") : fromStd(host.macVendor))
                              .left(24)
                              .leftJustified(24),
                          bestName(host).left(24).leftJustified(24), what(host));
    }
    if (result.router) {
        stream << '\n'
               << tr("Router: internet address %1; %n port(s) forwarded to the home network.", nullptr,
                      static_cast<int>(result.router->mappings.size()))
                      .arg(result.router->externalIp.empty() ? tr("unknown") : fromStd(result.router->externalIp))
               << '\n';
        for (const auto& mapping : result.router->mappings) {
            stream << QStringLiteral("  %1 %2 → %3:%4  %5\n")
                          .arg(fromStd(mapping.protocol))
                          .arg(mapping.externalPort)
                          .arg(fromStd(mapping.internalClient))
                          .arg(mapping.internalPort)
                          .arg(fromStd(mapping.description));
        }
    }
    if (result.cancelled) {
        stream << '\n' << tr("Stopped before the end: this is what was found so far.") << '\n';
    }
    return text;
}

int ScanCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    core::discovery::ScanOptions options;
    if (parser.isSet(QStringLiteral("interface"))) {
        options.interfaceName = parser.value(QStringLiteral("interface")).toStdString();
    }
    options.budget = std::chrono::seconds(parser.value(QStringLiteral("seconds")).toInt());
    options.ipv6 = parser.isSet(QStringLiteral("ipv6"));
    options.serviceCheck = parser.isSet(QStringLiteral("services"));

    std::stop_source stop;
    core::discovery::ScanObserver quiet;  // the CLI prints the result at the end
    const auto result = [&] {
        const InterruptWatcher watcher(stop);
        return core::discovery::scan(options, quiet, stop.get_token());
    }();
    if (!result) {
        err << errorText(result.error()) << '\n';
        return Failed;
    }
    const bool cancelled = result->cancelled;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        out << table(*result) << '\n';
    }
    // The scan runs on this computer, so this computer's security software is part of the checkup.
    const int advised = AdviseCommand::printAdvice(std::move(result).value(), json, true, !json, out, err);
    return cancelled ? Failed : advised;
}

}  // namespace voordeur::ui::cli
