// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstddef>
#include <vector>

namespace voordeur::ui {

class CheckupSession;

/// The devices of the checkup as a table, one row per scan host (and per device added by hand):
/// kind, the household's name for it, maker, model, address and how sure Voordeur is. Rebuilt as
/// a whole whenever the session's advice changes; changes only on the GUI thread.
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column { KindColumn, NameColumn, MakerColumn, ModelColumn, AddressColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        HostIndexRole = Qt::UserRole + 1,  ///< the device's index in the scan (std::size_t as qulonglong)
        SortRole,                          ///< what the column sorts by (numbers for confidence)
        NotMineRole,                       ///< the household said it is not theirs
        KindIdRole                         ///< the kind id ("camera"), empty when unknown
    };

    explicit DeviceTableModel(CheckupSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of scan host `hostIndex`, or -1.
    int rowOfHost(std::size_t hostIndex) const;

    /// Reads the session again (also after a language change).
    void rebuild();

private:
    struct Row {
        std::size_t host = 0;
        QString kind;
        QString kindName;
        QString name;
        QString maker;
        QString model;
        QString address;
        double confidence = 0.0;
        bool known = false;
        bool corrected = false;
        bool notMine = false;
        bool addedByHand = false;
    };

    QString confidenceText(const Row& row) const;

    CheckupSession& m_session;
    std::vector<Row> m_rows;
};

}  // namespace voordeur::ui
