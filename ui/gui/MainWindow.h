// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/gui/CheckupStep.h"
#include "ui/i18n/LanguageManager.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace voordeur::ui {

class CheckupSession;

/// The main window only assembles: the numbered step list, one page per step, the
/// navigation buttons and the menus. The pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LanguageManager& languages, QWidget* parent = nullptr);

    CheckupStep currentStep() const;
    void goToStep(CheckupStep step);

    CheckupSession& session() { return *m_session; }
    /// Starts the demo household (campaign demos): a DEMO banner, nothing sent on any network.
    void startDemo();
    /// Throws the current checkup away and starts a new one of the same kind, at step 1.
    void startOver();
    /// File menu: each opens a file dialog (window-modal, no nested event loop).
    void openCheckup(bool readOnly);
    void saveCheckup();
    void saveCheckupAs();
    /// Opens or saves without a dialog (command line, tests); false and a message on failure.
    bool openCheckupFile(const QString& path, bool readOnly);
    bool saveCheckupFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createCentralArea();
    void retranslateUi();
    void updateNavigation();
    void syncLanguageActions();
    void showAbout();
    void updateDemoBanner();
    void updateFileState();
    void showProblem(const QString& text);

    LanguageManager& m_languages;
    CheckupSession* m_session = nullptr;

    QWidget* m_demoBanner = nullptr;
    QLabel* m_demoText = nullptr;
    QPushButton* m_demoRestart = nullptr;

    QLabel* m_brand = nullptr;
    QLabel* m_brandName = nullptr;
    QListWidget* m_stepList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;

    QMenu* m_fileMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_viewAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_stepMenu = nullptr;
    QList<QAction*> m_stepActions;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_dutchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

}  // namespace voordeur::ui
