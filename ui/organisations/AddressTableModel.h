#pragma once

#include "lintas/domain/Organisation.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace lintas::ui {

/// The addresses of the organisation being edited (head office, compound, branch…).
class AddressTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        StreetColumn,
        CityColumn,
        StateColumn,
        PostalCodeColumn,
        CountryColumn,
        ColumnCount,
    };
    enum Role {
        /// What core stores for the cell (the country code for the country column).
        CodeRole = Qt::UserRole,
        /// Why core refused the row on save ("" when it did not), translated.
        ProblemRole,
    };

    explicit AddressTableModel(QObject* parent = nullptr);

    void setAddresses(const std::vector<Address>& addresses);
    [[nodiscard]] std::vector<Address> addresses() const;
    int appendAddress(const Address& address);
    void removeAddress(int row);
    void setRowProblem(int row, const QString& text);
    void clearRowProblems();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row {
        Address address;
        QString problem;
    };
    std::vector<Row> m_rows;
};

}  // namespace lintas::ui
