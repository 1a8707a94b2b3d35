// SPDX-License-Identifier: EUPL-1.2
#include "ui/ApplicationIdentity.h"

#include "core/about/BuildInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

namespace voordeur::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Voordeur"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("voordeur.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Voordeur"));
    QCoreApplication::setApplicationVersion(fromView(core::version()));
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr) {
        QGuiApplication::setDesktopFileName(fromView(core::applicationId()));
    }
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app/%1.svg").arg(fromView(core::applicationId())));
}

}  // namespace voordeur::ui
