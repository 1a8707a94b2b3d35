// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <array>
#include <cstddef>
#include <optional>

#ifndef Q_MOC_RUN
#include "core/knowledge/Catalog.h"
#endif

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace voordeur::ui {

class CheckupSession;

/// Step 3's view of one device: what it is and why Voordeur thinks so (the clues in words), how
/// many things there are to do for it, and what the household can say about it: its own name, a
/// correction of maker, model or kind, "not mine", and three questions about updates and the
/// factory password. Everything is stored through CheckupSession::setDeviceNotes.
class DeviceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDetailPane)

public:
    explicit DeviceDetailPane(CheckupSession& session, QWidget* parent = nullptr);

    /// Shows device `index` of the scan, or nothing.
    void setDevice(std::optional<std::size_t> index);
    std::optional<std::size_t> device() const { return m_device; }

    /// Fills a combo box with the kinds of devices by name, after "unknown" (data: the kind id).
    static void fillKindCombo(QComboBox* combo);
    /// Fills a combo box with the makers of the knowledge base by name, after "unknown" (data: the id).
    static void fillMakerCombo(QComboBox* combo, const core::knowledge::Catalog* catalog);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showFacts();
    void loadEditors();
    void applyCorrection();
    void applyAnswers();

    CheckupSession& m_session;
    std::optional<std::size_t> m_device;

    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_kindIcon = nullptr;
    QFormLayout* m_factsForm = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_maker = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_firmware = nullptr;
    QLabel* m_addresses = nullptr;
    QLabel* m_mac = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_findingsText = nullptr;

    QGroupBox* m_correctBox = nullptr;
    QFormLayout* m_correctForm = nullptr;
    QLineEdit* m_rename = nullptr;
    QComboBox* m_correctMaker = nullptr;
    QLineEdit* m_correctModel = nullptr;
    QComboBox* m_correctKind = nullptr;
    QPushButton* m_apply = nullptr;
    QCheckBox* m_notMine = nullptr;
    QLabel* m_notMineHint = nullptr;

    QGroupBox* m_questionsBox = nullptr;
    std::array<QLabel*, 3> m_questionLabels {};
    QComboBox* m_autoUpdates = nullptr;
    QComboBox* m_lastUpdated = nullptr;
    QComboBox* m_passwordChanged = nullptr;

    std::array<QLabel*, 3> m_severityIcons {};
    std::array<QLabel*, 3> m_severityCounts {};

    // What the correction controls showed when loaded, to tell what the household changed.
    QString m_loadedMaker;
    QString m_loadedModel;
    QString m_loadedKind;
};

}  // namespace voordeur::ui
