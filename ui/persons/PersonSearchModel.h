#pragma once

#include "lintas/service/PersonService.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// Hits of a person look-up by name, alias or identifier.
class PersonSearchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MatchedOnColumn,
        ColumnCount,
    };
    enum Role {
        UuidRole = Qt::UserRole,
        MaskedRole,  ///< bool: a victim whose identity is hidden
    };

    explicit PersonSearchModel(QObject* parent = nullptr);

    void setMatches(std::vector<PersonMatch> matches);
    /// Puts `match` first (a person just saved), or refreshes its name when it is listed.
    void upsert(const PersonMatch& match);
    [[nodiscard]] int rowOf(const QString& uuid) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// What core's `matchedOn` means ("name", "alias", "Phone +62…"), translated.
    [[nodiscard]] static QString matchedOnText(const std::string& matchedOn);

private:
    std::vector<PersonMatch> m_matches;
};

}  // namespace lintas::ui
