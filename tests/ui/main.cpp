// SPDX-License-Identifier: EUPL-1.2
// The UI tests run offscreen with settings in a scratch directory, so they never touch the
// desktop or the tester's own Voordeur settings.
#define CATCH_CONFIG_RUNNER
#include "../NetworkGuard.h"
#include "ui/ApplicationIdentity.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    voordeur::tests::switchOffNetworkUnlessIsolated();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        return 1;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QApplication app(argc, argv);
    voordeur::ui::setApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
