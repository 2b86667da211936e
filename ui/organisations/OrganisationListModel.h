#pragma once

#include "lintas/domain/Organisation.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// The organisations of the workspace: recruitment agencies, employers, scam compounds,
/// shelters and other service providers, agencies…
class OrganisationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        CountryColumn,
        ColumnCount,
    };
    enum Role {
        UuidRole = Qt::UserRole,
        TypeCodeRole,
        CountryCodeRole,
        /// Lower-case text the free-text filter looks in: name, type, country, phone, website
        /// and identifiers (as entered and normalised).
        SearchTextRole,
    };

    explicit OrganisationListModel(QObject* parent = nullptr);

    void setOrganisations(std::vector<Organisation> organisations);
    /// Refreshes the row of `organisation`, or appends it when it is new (no reset either way).
    void upsert(const Organisation& organisation);
    [[nodiscard]] int rowOf(const QString& uuid) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Organisation> m_organisations;
};

}  // namespace lintas::ui
