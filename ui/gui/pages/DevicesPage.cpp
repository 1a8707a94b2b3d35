// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/pages/DevicesPage.h"

#include "ui/checkup/CheckupSession.h"
#include "ui/gui/CheckupStep.h"
#include "ui/gui/DeviceDetailPane.h"
#include "ui/gui/DeviceTableModel.h"
#include "ui/gui/PageLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace voordeur::ui {

namespace {

/// Keeps the rows whose name, maker, model or address contains the filter text, in any case.
class DeviceFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QString& text = m_text;
        if (text.isEmpty()) {
            return true;
        }
        for (const int column : {DeviceTableModel::NameColumn, DeviceTableModel::MakerColumn,
                 DeviceTableModel::ModelColumn, DeviceTableModel::AddressColumn}) {
            const QString value = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
            if (value.contains(text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_text;
};

}  // namespace

DevicesPage::DevicesPage(CheckupSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_title = makePageTitle(this);
    m_intro = makeBodyLabel(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto* tools = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addDeviceButton"));
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_addButton);
    layout->addLayout(tools);

    m_addForm = new QGroupBox(this);
    m_addForm->setObjectName(QStringLiteral("addDeviceForm"));
    auto* form = new QFormLayout(m_addForm);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_addName = new QLineEdit(m_addForm);
    m_addName->setObjectName(QStringLiteral("addDeviceName"));
    m_addKind = new QComboBox(m_addForm);
    m_addKind->setObjectName(QStringLiteral("addDeviceKind"));
    m_addMaker = new QComboBox(m_addForm);
    m_addMaker->setObjectName(QStringLiteral("addDeviceMaker"));
    m_addModel = new QLineEdit(m_addForm);
    m_addModel->setObjectName(QStringLiteral("addDeviceModel"));
    const auto row = [&](QLabel*& label, QWidget* field) {
        // Not word-wrapped: the form puts a field below a label that is too long for its row.
        label = new QLabel(m_addForm);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(m_addNameLabel, m_addName);
    row(m_addKindLabel, m_addKind);
    row(m_addMakerLabel, m_addMaker);
    row(m_addModelLabel, m_addModel);
    m_addConfirm = new QPushButton(m_addForm);
    m_addConfirm->setObjectName(QStringLiteral("addDeviceConfirm"));
    m_addCancel = new QPushButton(m_addForm);
    m_addCancel->setObjectName(QStringLiteral("addDeviceCancel"));
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_addConfirm);
    formButtons->addWidget(m_addCancel);
    form->addRow(formButtons);
    m_addForm->hide();
    m_addForm->setMaximumWidth(m_addForm->fontMetrics().averageCharWidth() * 90);
    layout->addWidget(m_addForm);

    m_empty = makeBodyLabel(this);
    m_empty->setObjectName(QStringLiteral("devicesEmpty"));
    layout->addWidget(m_empty);

    m_model = new DeviceTableModel(m_session, this);
    auto* filter = new DeviceFilterModel(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeviceTableModel::SortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::AddressColumn, Qt::AscendingOrder);
    auto* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeviceTableModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(header->fontMetrics().averageCharWidth() * 6);

    m_detail = new DeviceDetailPane(m_session, this);
    connect(
        &m_session, &CheckupSession::fileChanged, this, [this] { m_addButton->setEnabled(!m_session.isReadOnly()); });
    m_detail->setObjectName(QStringLiteral("deviceDetail"));
    auto* detailArea = new QScrollArea(this);
    detailArea->setWidget(m_detail);
    detailArea->setWidgetResizable(true);
    detailArea->setFrameShape(QFrame::NoFrame);
    detailArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({580, 420});  // scaled to the splitter's width: the details need room to read
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filter, m_addButton);
    setTabOrder(m_addButton, m_table);

    connect(m_filter, &QLineEdit::textChanged, filter, &DeviceFilterModel::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &DevicesPage::onAboutToReset);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesPage::onReset);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (const auto selected = m_detail->device()) {
            m_table->scrollTo(m_proxy->mapFromSource(m_model->index(m_model->rowOfHost(*selected), 0)));
        }
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { showAddForm(!m_addForm->isVisible()); });
    connect(m_addCancel, &QPushButton::clicked, this, [this] { showAddForm(false); });
    connect(m_addConfirm, &QPushButton::clicked, this, &DevicesPage::addByHand);
    connect(m_addName, &QLineEdit::returnPressed, this, &DevicesPage::addByHand);
    connect(m_addName, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_addConfirm->setEnabled(!text.trimmed().isEmpty()); });
    m_addConfirm->setEnabled(false);

    retranslateUi();
    updateEmptyState();
}

void DevicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DevicesPage::retranslateUi()
{
    m_title->setText(stepTitle(CheckupStep::Devices));
    m_intro->setText(tr("These are the devices Voordeur found. Choose one to see why Voordeur thinks it is what it "
                        "is. Give it a name you recognise, correct it when Voordeur got it wrong, and answer three "
                        "short questions: that makes the advice in step 5 fit your home."));
    m_empty->setText(tr("<b>No devices yet:</b> search in step 2, or add a device by hand."));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter the devices by name, maker, model or address"));
    m_addButton->setText(tr("Add a device &by hand…"));
    m_addButton->setAccessibleName(tr("Add a device by hand"));
    m_table->setAccessibleName(tr("Devices"));
    m_addForm->setTitle(tr("Add a device by hand"));
    m_addForm->setToolTip(tr("For a device the search cannot see, such as a doorbell on another network."));
    m_addNameLabel->setText(tr("Nam&e:"));
    m_addName->setAccessibleName(tr("Name"));
    m_addName->setPlaceholderText(tr("for example: doorbell"));
    m_addKindLabel->setText(tr("K&ind:"));
    m_addKind->setAccessibleName(tr("Kind"));
    m_addMakerLabel->setText(tr("Make&r (if you know it):"));
    m_addMaker->setAccessibleName(tr("Maker"));
    m_addModelLabel->setText(tr("Mode&l (if you know it):"));
    m_addModel->setAccessibleName(tr("Model"));
    m_addConfirm->setText(tr("Add &this device"));
    m_addCancel->setText(tr("Cancel"));
    DeviceDetailPane::fillKindCombo(m_addKind);
    DeviceDetailPane::fillMakerCombo(m_addMaker, m_session.catalog());
    m_model->rebuild();  // the kinds and names in the table are words of the current language
}

void DevicesPage::fitColumns()
{
    // Short columns fit their contents; long makers, models and kinds get a fair share and elide,
    // so the household's names keep the rest of the width.
    const int character = m_table->fontMetrics().averageCharWidth();
    const auto fit = [this](int column, int cap) {
        m_table->resizeColumnToContents(column);
        auto* header = m_table->horizontalHeader();
        header->resizeSection(column, std::min(header->sectionSize(column), cap));
    };
    fit(DeviceTableModel::KindColumn, character * 16);
    fit(DeviceTableModel::MakerColumn, character * 14);
    fit(DeviceTableModel::ModelColumn, character * 16);
    fit(DeviceTableModel::AddressColumn, character * 40);
    fit(DeviceTableModel::ConfidenceColumn, character * 20);
}

void DevicesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_filter->setVisible(!empty);
    m_splitter->setVisible(!empty);
}

std::optional<std::size_t> DevicesPage::selectedDevice() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(rows.front().data(DeviceTableModel::HostIndexRole).toULongLong());
}

void DevicesPage::selectDevice(std::size_t hostIndex)
{
    const int sourceRow = m_model->rowOfHost(hostIndex);
    if (sourceRow < 0) {
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DevicesPage::onSelectionChanged()
{
    if (m_resetting) {
        return;
    }
    m_detail->setDevice(selectedDevice());
}

void DevicesPage::onAboutToReset()
{
    m_keptSelection = m_detail->device();
    m_resetting = true;
}

void DevicesPage::onReset()
{
    m_resetting = false;
    updateEmptyState();
    fitColumns();
    if (m_keptSelection && m_model->rowOfHost(*m_keptSelection) >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfHost(*m_keptSelection), 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_detail->setDevice(m_keptSelection);
            return;
        }
    }
    m_detail->setDevice(std::nullopt);
}

void DevicesPage::showAddForm(bool shown)
{
    m_addForm->setVisible(shown);
    if (shown) {
        m_addName->setFocus();
    } else {
        m_addName->clear();
        m_addModel->clear();
        m_addKind->setCurrentIndex(0);
        m_addMaker->setCurrentIndex(0);
        m_addButton->setFocus();
    }
}

void DevicesPage::addByHand()
{
    const QString name = m_addName->text().trimmed();
    if (name.isEmpty()) {
        return;
    }
    core::checkup::DeviceNotes notes;
    notes.name = name.toStdString();
    const auto optional = [](const QString& text) {
        return text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
    };
    notes.correction.kind = optional(m_addKind->currentData().toString());
    notes.correction.vendorId = optional(m_addMaker->currentData().toString());
    notes.correction.model = optional(m_addModel->text().trimmed());
    const std::size_t index = m_session.addDeviceByHand(notes);
    showAddForm(false);
    selectDevice(index);
    m_table->setFocus();
}

}  // namespace voordeur::ui
