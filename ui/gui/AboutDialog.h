// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace voordeur::ui {

/// Help → About: version, licence and the libraries Voordeur is built on, with their versions.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dependency list as shown, one "name version — purpose (licence)" per line.
    QString dependenciesText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_licence = nullptr;
    QLabel* m_dependenciesHeading = nullptr;
    QLabel* m_dependencies = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace voordeur::ui
