// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/MainWindow.h"

#include "ui/ApplicationIdentity.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/AboutDialog.h"
#include "ui/gui/StepListDelegate.h"
#include "ui/gui/pages/DevicesPage.h"
#include "ui/gui/pages/ScanPage.h"
#include "ui/gui/pages/UpcomingStepPage.h"
#include "ui/gui/pages/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QColor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
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
    auto* devices = new DevicesPage(*m_session);
    devices->setObjectName(QStringLiteral("devicesPage"));
    m_pages->addWidget(devices);
    for (CheckupStep step : kAllSteps) {
        if (step != CheckupStep::Welcome && step != CheckupStep::FindDevices && step != CheckupStep::Devices) {
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
    m_viewAction = m_fileMenu->addAction(QString());
    m_saveAction = m_fileMenu->addAction(QString());
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString());
    // Not every platform theme defines Save As; Ctrl+Shift+S is what people expect there.
    m_saveAsAction->setShortcut(QKeySequence(QKeySequence::SaveAs).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)
            : QKeySequence(QKeySequence::SaveAs));
    connect(m_newAction, &QAction::triggered, this, [this] {
        m_session->startOver(false);
        updateDemoBanner();
        goToStep(CheckupStep::Welcome);
    });
    connect(m_openAction, &QAction::triggered, this, [this] { openCheckup(false); });
    connect(m_viewAction, &QAction::triggered, this, [this] { openCheckup(true); });
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCheckup);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveCheckupAs);
    connect(m_session, &CheckupSession::fileChanged, this, &MainWindow::updateFileState);
    connect(m_session, &CheckupSession::adviceChanged, this, &MainWindow::updateDemoBanner);
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
    m_viewAction->setText(tr("&View a checkup for the helpdesk…"));
    m_viewAction->setStatusTip(tr("Open someone's saved checkup to look at it only; nothing can be changed."));
    m_saveAction->setText(tr("&Save checkup"));
    m_saveAsAction->setText(tr("Save checkup &as…"));
    updateFileState();
    m_quitAction->setText(tr("&Quit"));
    m_stepMenu->setTitle(tr("&Go to"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("Start the &demo household"));
    m_demoAction->setStatusTip(tr("A made-up household of smart devices, for demonstrations. Nothing is sent on any "
                                  "network."));
    m_aboutAction->setText(tr("&About Voordeur"));
    updateDemoBanner();
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
    // One banner for the two modes a visitor or a helper must never miss.
    if (m_session->isReadOnly()) {
        m_demoText->setText(tr("<b>Viewing only</b> — someone else's checkup; nothing can be changed. Read-out "
                               "code: <b>%1</b>")
                                .arg(m_session->readoutCode().toHtmlEscaped()));
    } else {
        m_demoText->setText(tr("<b>DEMO</b> — a made-up household. Nothing is sent on any network."));
    }
    m_demoRestart->setVisible(m_session->isDemo() && !m_session->isReadOnly());
    m_demoBanner->setVisible(m_session->isDemo() || m_session->isReadOnly());
}

void MainWindow::updateFileState()
{
    const QString file = m_session->filePath().isEmpty() ? QString() : QFileInfo(m_session->filePath()).fileName();
    QString title = tr("Voordeur — home device checkup");
    if (!file.isEmpty()) {
        title = tr("%1 — Voordeur").arg(file);
    }
    if (m_session->isReadOnly()) {
        title += QLatin1Char(' ') + tr("(viewing only)");
    }
    setWindowTitle(title);
    m_saveAction->setEnabled(!m_session->isReadOnly());
    m_saveAsAction->setEnabled(!m_session->isReadOnly());
    updateDemoBanner();
}

void MainWindow::showProblem(const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Voordeur"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openCheckupFile(const QString& path, bool readOnly)
{
    const QString problem = m_session->openFrom(path, readOnly);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    updateFileState();
    goToStep(m_session->checkup().scan ? CheckupStep::ActionPlan : CheckupStep::Welcome);
    return true;
}

bool MainWindow::saveCheckupFile(const QString& path)
{
    const QString problem = m_session->saveTo(path);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(path), 5000);
    return true;
}

namespace {

QFileDialog* checkupFileDialog(QWidget* parent, const QString& title, QFileDialog::AcceptMode mode)
{
    auto* dialog = new QFileDialog(parent, title, QDir::homePath(), MainWindow::tr("Voordeur checkups (*.voordeur)"));
    dialog->setObjectName(QStringLiteral("checkupFileDialog"));
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("voordeur"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

}  // namespace

void MainWindow::openCheckup(bool readOnly)
{
    auto* dialog = checkupFileDialog(
        this, readOnly ? tr("View a checkup for the helpdesk") : tr("Open checkup"), QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, readOnly](const QString& path) { openCheckupFile(path, readOnly); });
    dialog->open();
}

void MainWindow::saveCheckup()
{
    if (m_session->filePath().isEmpty()) {
        saveCheckupAs();
    } else {
        saveCheckupFile(m_session->filePath());
    }
}

void MainWindow::saveCheckupAs()
{
    auto* dialog = checkupFileDialog(this, tr("Save checkup"), QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveCheckupFile(path); });
    dialog->open();
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
