// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/DeviceTableModel.h"

#include "ui/advice/AdviceWording.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/Icons.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace voordeur::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

/// The first IPv4 address, else the first address at all.
QString firstAddress(const core::discovery::Host& host)
{
    for (const auto& address : host.addresses) {
        if (address.find(':') == std::string::npos) {
            return fromStd(address);
        }
    }
    return host.addresses.empty() ? QString() : fromStd(host.addresses.front());
}

}  // namespace

DeviceTableModel::DeviceTableModel(CheckupSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &CheckupSession::adviceChanged, this, &DeviceTableModel::rebuild);
    connect(&m_session, &CheckupSession::checkupReset, this, &DeviceTableModel::rebuild);
    rebuild();
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeviceTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Advice* advice = m_session.advice();
    const auto* catalog = m_session.catalog();
    const auto& notes = m_session.checkup().devices;
    if (advice != nullptr && catalog != nullptr && m_session.checkup().scan) {
        m_rows.reserve(advice->scan.hosts.size());
        for (std::size_t i = 0; i < advice->scan.hosts.size(); ++i) {
            Row row;
            row.host = i;
            const auto* note = i < notes.size() ? &notes[i] : nullptr;
            const auto* identity = i < advice->household.identities.size() ? &advice->household.identities[i] : nullptr;
            const auto* best = identity != nullptr ? identity->best() : nullptr;
            row.kind = best != nullptr && best->kind ? fromStd(*best->kind) : QString();
            row.kindName = AdviceWording::kindName(best != nullptr ? best->kind : std::nullopt);
            row.name = note != nullptr && !note->name.empty() ? fromStd(note->name)
                                                              : AdviceWording::deviceName(*advice, i, *catalog);
            if (best != nullptr && best->vendorId) {
                const auto* vendor = catalog->vendor(*best->vendorId);
                row.maker = vendor != nullptr ? fromStd(vendor->name) : fromStd(*best->vendorId);
            }
            row.model = best != nullptr && best->model ? fromStd(*best->model) : QString();
            row.address = firstAddress(advice->scan.hosts[i]);
            row.known = best != nullptr;
            row.confidence = best != nullptr ? best->confidence : 0.0;
            row.corrected = identity != nullptr && identity->corrected;
            row.notMine = note != nullptr && note->notMine;
            row.addedByHand = note != nullptr && note->addedByHand;
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int DeviceTableModel::rowOfHost(std::size_t hostIndex) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].host == hostIndex) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QString DeviceTableModel::confidenceText(const Row& row) const
{
    if (row.corrected) {
        return tr("your correction");
    }
    if (!row.known) {
        return tr("not recognised");
    }
    return tr("%1 %").arg(QLocale().toString(qRound(row.confidence * 100.0)));
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case HostIndexRole:
        return QVariant::fromValue<qulonglong>(row.host);
    case NotMineRole:
        return row.notMine;
    case KindIdRole:
        return row.kind;
    case SortRole:
        if (column == ConfidenceColumn) {
            // A correction is surer than any recognition; an unrecognised device least sure.
            return row.corrected ? 2.0 : (row.known ? row.confidence : -1.0);
        }
        if (column == AddressColumn) {
            // Sort 192.168.1.9 before 192.168.1.10: pad each number. Devices without one go last.
            if (row.address.isEmpty()) {
                return QStringLiteral("~");
            }
            QString key;
            for (const auto& part : row.address.split(QLatin1Char('.'))) {
                key += part.rightJustified(3, QLatin1Char('0')) + QLatin1Char('.');
            }
            return key;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case KindColumn:
            return row.kindName;
        case NameColumn:
            return row.notMine ? tr("%1 (not mine)").arg(row.name) : row.name;
        case MakerColumn:
            return row.maker;
        case ModelColumn:
            return row.model;
        case AddressColumn:
            return row.addedByHand ? tr("added by hand") : row.address;
        case ConfidenceColumn:
            return confidenceText(row);
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == KindColumn) {
            return kindIcon(row.kind);
        }
        break;
    case Qt::ToolTipRole:
        if (row.notMine) {
            return tr("You said this device is not yours: it is left out of the action plan.");
        }
        if (column == KindColumn) {
            return row.kindName;
        }
        break;
    case Qt::ForegroundRole:
        if (row.notMine) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::FontRole:
        if (row.notMine) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ConfidenceColumn) {
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case MakerColumn:
        return tr("Maker");
    case ModelColumn:
        return tr("Model");
    case AddressColumn:
        return tr("Address");
    case ConfidenceColumn:
        return tr("How sure");
    default:
        return {};
    }
}

}  // namespace voordeur::ui
