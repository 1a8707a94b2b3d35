// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/MainWindow.h"

#include "ui/ApplicationIdentity.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/AboutDialog.h"
#include "ui/gui/StepListDelegate.h"
#include "ui/gui/pages/ScanPage.h"
#include "ui/gui/pages/UpcomingStepPage.h"
#include "ui/gui/pages/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QColor>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace voordeur::ui {

namespace {

int indexOf(CheckupStep step)
{
    return stepNumber(step) - 1;
}

}  // namespace

MainWindow::MainWindow(LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_session(new CheckupSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createCentralArea();
    createMenus();
    retranslateUi();
    syncLanguageActions();
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::syncLanguageActions);
    goToStep(CheckupStep::Welcome);
    resize(1100, 720);
}

void MainWindow::createCentralArea()
{
    m_stepList = new QListWidget;
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setUniformItemSizes(true);
    m_stepList->setFrameShape(QFrame::NoFrame);
    m_stepList->setItemDelegate(new StepListDelegate(m_stepList));
    m_stepList->setMouseTracking(true);
    m_stepList->viewport()->setAutoFillBackground(false);
    m_stepList->setMinimumWidth(230);
    for (CheckupStep step : kAllSteps) {
        auto* item = new QListWidgetItem;
        item->setData(StepListDelegate::StepNumberRole, stepNumber(step));
        m_stepList->addItem(item);
    }

    m_brand = new QLabel;
    m_brand->setPixmap(applicationIcon().pixmap(40, 40));
    m_brandName = new QLabel(QStringLiteral("Voordeur"));
    QFont brandFont = m_brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.4);
    brandFont.setBold(true);
    m_brandName->setFont(brandFont);
    auto* brandRow = new QHBoxLayout;
    brandRow->addWidget(m_brand);
    brandRow->addWidget(m_brandName, 1);

    auto* sidebar = new QFrame;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFrameShape(QFrame::StyledPanel);
    sidebar->setBackgroundRole(QPalette::Base);
    sidebar->setAutoFillBackground(true);
    sidebar->setMaximumWidth(300);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->addLayout(brandRow);
    sidebarLayout->addSpacing(8);
    sidebarLayout->addWidget(m_stepList, 1);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* welcome = new WelcomePage;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(welcome, &WelcomePage::startRequested, this, [this, welcome] {
        m_session->setConsents(
            {welcome->scanConsent(), welcome->serviceCheckConsent(), welcome->breachLookupConsent()});
        m_session->setInterfaceName(welcome->interfaceName());
        goToStep(CheckupStep::FindDevices);
    });
    connect(m_session, &CheckupSession::checkupReset, welcome, &WelcomePage::reset);
    m_pages->addWidget(welcome);
    auto* scan = new ScanPage(*m_session);
    scan->setObjectName(QStringLiteral("scanPage"));
    connect(scan, &ScanPage::continueRequested, this, [this] { goToStep(CheckupStep::Devices); });
    m_pages->addWidget(scan);
    for (CheckupStep step : kAllSteps) {
        if (step != CheckupStep::Welcome && step != CheckupStep::FindDevices) {
            m_pages->addWidget(new UpcomingStepPage(step));
        }
    }

    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_pages->setCurrentIndex(row);
            updateNavigation();
        }
    });

    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("nextButton"));
    connect(m_back, &QPushButton::clicked, this, [this] { m_stepList->setCurrentRow(m_stepList->currentRow() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_stepList->setCurrentRow(m_stepList->currentRow() + 1); });

    auto* navigation = new QHBoxLayout;
    navigation->addStretch(1);
    navigation->addWidget(m_back);
    navigation->addWidget(m_next);

    // Campaign demos: a banner no visitor can miss, and a fresh start for the next one in one click.
    m_demoBanner = new QFrame;
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_demoBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3e, 0x27, 0x23));
    m_demoBanner->setPalette(bannerPalette);
    m_demoText = new QLabel;
    m_demoText->setWordWrap(true);
    m_demoRestart = new QPushButton;
    m_demoRestart->setObjectName(QStringLiteral("demoRestartButton"));
    connect(m_demoRestart, &QPushButton::clicked, this, &MainWindow::startOver);
    auto* bannerLayout = new QHBoxLayout(m_demoBanner);
    bannerLayout->addWidget(m_demoText, 1);
    bannerLayout->addWidget(m_demoRestart);
    m_demoBanner->setVisible(false);

    auto* right = new QVBoxLayout;
    right->addWidget(m_demoBanner);
    right->addWidget(m_pages, 1);
    right->addLayout(navigation);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(sidebar);
    layout->addLayout(right, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString());
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString());
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString());
    m_saveAction->setShortcut(QKeySequence::Save);
    // Checkup files arrive with the checkup itself; until then the actions are visible but off.
    for (QAction* action : {m_newAction, m_openAction, m_saveAction}) {
        action->setEnabled(false);
    }
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // "Ga naar stap 4": Ctrl+1 … Ctrl+6 jump straight to a step.
    m_stepMenu = menuBar()->addMenu(QString());
    for (CheckupStep step : kAllSteps) {
        QAction* action = m_stepMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + stepNumber(step))));
        connect(action, &QAction::triggered, this, [this, step] { goToStep(step); });
        m_stepActions << action;
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto addLanguage = [this](Language language) {
        QAction* action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_languages.apply(language, true); });
        return action;
    };
    m_systemLanguageAction = addLanguage(Language::System);
    m_languageMenu->addSeparator();
    m_dutchAction = addLanguage(Language::Dutch);
    m_englishAction = addLanguage(Language::English);
    // Language names are written in their own language, so anyone can find theirs.
    m_dutchAction->setText(QStringLiteral("Nederlands"));
    m_englishAction->setText(QStringLiteral("English"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_demoAction = m_helpMenu->addAction(QString());
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::startDemo);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Voordeur — home device checkup"));
    m_stepList->setAccessibleName(tr("Steps of the checkup"));
    for (CheckupStep step : kAllSteps) {
        QListWidgetItem* item = m_stepList->item(indexOf(step));
        item->setText(numberedStepTitle(step));
        item->setData(StepListDelegate::StepTitleRole, stepTitle(step));
        m_stepActions.at(indexOf(step))->setText(tr("Step &%1: %2").arg(stepNumber(step)).arg(stepTitle(step)));
    }
    m_back->setText(tr("&Back"));
    m_next->setText(tr("&Next"));

    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New checkup"));
    m_openAction->setText(tr("&Open checkup…"));
    m_saveAction->setText(tr("&Save checkup"));
    for (QAction* action : {m_newAction, m_openAction, m_saveAction}) {
        action->setStatusTip(tr("Saving and opening checkups is not available yet in this version."));
    }
    m_quitAction->setText(tr("&Quit"));
    m_stepMenu->setTitle(tr("&Go to"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("Start the &demo household"));
    m_demoAction->setStatusTip(tr("A made-up household of smart devices, for demonstrations. Nothing is sent on any "
                                  "network."));
    m_aboutAction->setText(tr("&About Voordeur"));
    m_demoText->setText(tr("<b>DEMO</b> — a made-up household. Nothing is sent on any network."));
    m_demoRestart->setText(tr("Start &over"));
    m_demoRestart->setAccessibleName(tr("Start over with the demo household"));
    updateNavigation();
}

void MainWindow::syncLanguageActions()
{
    switch (m_languages.chosen()) {
    case Language::System:
        m_systemLanguageAction->setChecked(true);
        break;
    case Language::Dutch:
        m_dutchAction->setChecked(true);
        break;
    case Language::English:
        m_englishAction->setChecked(true);
        break;
    }
}

CheckupStep MainWindow::currentStep() const
{
    return kAllSteps.at(static_cast<std::size_t>(std::max(0, m_stepList->currentRow())));
}

void MainWindow::goToStep(CheckupStep step)
{
    m_stepList->setCurrentRow(indexOf(step));
}

void MainWindow::updateNavigation()
{
    const int row = m_stepList->currentRow();
    m_back->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < m_stepList->count());
}

void MainWindow::startDemo()
{
    m_session->startOver(true);
    updateDemoBanner();
    goToStep(CheckupStep::Welcome);
}

void MainWindow::startOver()
{
    m_session->startOver(m_session->isDemo());
    updateDemoBanner();
    goToStep(CheckupStep::Welcome);
}

void MainWindow::updateDemoBanner()
{
    m_demoBanner->setVisible(m_session->isDemo());
}

void MainWindow::showAbout()
{
    // Window-modal without a nested event loop: open() returns at once.
    auto* dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace voordeur::ui
