#pragma once

#include <QAbstractListModel>
#include <QString>

namespace lintas::ui {

/// The ISO 3166-1 countries of core's geo table, in its order (by alpha-3 code), for pickers.
/// Displays "IDN – Indonesia"; Alpha3Role holds the code that core stores.
class CountryModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        Alpha3Role = Qt::UserRole,
        NameRole,
    };

    explicit CountryModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row of an alpha-3 code, or -1 when core does not know it.
    [[nodiscard]] int rowOf(const QString& alpha3) const;
    /// "Indonesia (IDN)" for a known code, the code itself otherwise.
    [[nodiscard]] static QString displayName(const QString& alpha3);
};

}  // namespace lintas::ui
