// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <cstddef>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace voordeur::ui {

class CheckupSession;
class DeviceDetailPane;
class DeviceTableModel;

/// Step 3, "Apparaten": every device found (and added by hand) in a sortable, filterable table,
/// with the selected device's details beside it: why Voordeur thinks it is what it is, a name of
/// the household's own, corrections, "not mine" and three questions about updates and passwords.
/// Devices the scan cannot see can be added by hand.
class DevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)

public:
    explicit DevicesPage(CheckupSession& session, QWidget* parent = nullptr);

    /// Selects the row of scan host `hostIndex` (clearing the filter when it hides the device).
    void selectDevice(std::size_t hostIndex);
    /// The scan index of the selected device, if any.
    std::optional<std::size_t> selectedDevice() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onSelectionChanged();
    void onAboutToReset();
    void onReset();
    void updateEmptyState();
    void fitColumns();
    void showAddForm(bool shown);
    void addByHand();

    CheckupSession& m_session;
    DeviceTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_addButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    DeviceDetailPane* m_detail = nullptr;

    QGroupBox* m_addForm = nullptr;
    QLabel* m_addNameLabel = nullptr;
    QLineEdit* m_addName = nullptr;
    QLabel* m_addKindLabel = nullptr;
    QComboBox* m_addKind = nullptr;
    QLabel* m_addMakerLabel = nullptr;
    QComboBox* m_addMaker = nullptr;
    QLabel* m_addModelLabel = nullptr;
    QLineEdit* m_addModel = nullptr;
    QPushButton* m_addConfirm = nullptr;
    QPushButton* m_addCancel = nullptr;

    bool m_resetting = false;
    std::optional<std::size_t> m_keptSelection;
};

}  // namespace voordeur::ui
