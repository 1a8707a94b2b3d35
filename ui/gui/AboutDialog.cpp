// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/AboutDialog.h"

#include "core/about/BuildInfo.h"
#include "ui/gui/PageLayout.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace voordeur::ui {

namespace {

QString purposeOf(const QString& library)
{
    if (library == QLatin1String("Qt")) {
        return AboutDialog::tr("windows and translations");
    }
    if (library == QLatin1String("SQLite")) {
        return AboutDialog::tr("knowledge base and saved checkups");
    }
    if (library == QLatin1String("libcurl")) {
        return AboutDialog::tr("device descriptions and downloads");
    }
    if (library == QLatin1String("libsodium")) {
        return AboutDialog::tr("password protection and signatures");
    }
    if (library == QLatin1String("pugixml")) {
        return AboutDialog::tr("reading device descriptions");
    }
    if (library == QLatin1String("miniupnpc")) {
        return AboutDialog::tr("reading your router's port forwarding");
    }
    if (library == QLatin1String("zxcvbn-c")) {
        return AboutDialog::tr("password strength");
    }
    return {};
}

}  // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    m_icon = new QLabel(this);
    m_icon->setPixmap(windowIcon().pixmap(64, 64));
    m_title = makePageTitle(this);
    m_summary = makeBodyLabel(this);
    m_licence = makeBodyLabel(this);
    m_dependenciesHeading = makeSectionHeading(this);
    m_dependencies = makeBodyLabel(this);
    m_dependencies->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_summary, 1, 1);
    layout->addWidget(m_licence, 2, 1);
    layout->addWidget(m_dependenciesHeading, 3, 1);
    layout->addWidget(m_dependencies, 4, 1);
    layout->addWidget(m_buttons, 5, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setMinimumWidth(520);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

QString AboutDialog::dependenciesText() const
{
    QStringList lines;
    //: A line in the About dialog: %1 library, %2 version, %3 what Voordeur uses it for, %4 licence.
    const QString line = tr("%1 %2 — %3 (%4)");
    lines << line.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), purposeOf(QStringLiteral("Qt")),
        QStringLiteral("LGPL-3.0"));
    for (const auto& library : core::coreLibraries()) {
        const QString name = QString::fromStdString(library.name);
        lines << line.arg(
            name, QString::fromStdString(library.version), purposeOf(name), QString::fromStdString(library.licence));
    }
    return lines.join(QLatin1Char('\n'));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Voordeur"));
    m_title->setText(
        tr("Voordeur %1")
            .arg(QString::fromUtf8(core::version().data(), static_cast<qsizetype>(core::version().size()))));
    m_summary->setText(tr("Voordeur helps your household find the smart devices at home, keep them up to "
                          "date and close the doors they leave open."));
    m_licence->setText(tr("Free software under the European Union Public Licence (EUPL) version 1.2."));
    m_dependenciesHeading->setText(tr("Built with"));
    m_dependencies->setText(dependenciesText());
}

}  // namespace voordeur::ui
