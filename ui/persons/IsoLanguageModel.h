#pragma once

#include <QAbstractListModel>
#include <QString>

namespace lintas::ui {

/// The ISO 639 languages of core's geo table, for pickers. Displays "Indonesian (id)"; CodeRole
/// holds the code Lintas stores: ISO 639-1 where the language has one, else ISO 639-2/T.
class IsoLanguageModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole,
        NameRole,
    };

    explicit IsoLanguageModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// "Indonesian (id)" for any code core accepts (639-1 or 639-2/T); the code itself otherwise.
    [[nodiscard]] static QString displayName(const QString& code);
};

}  // namespace lintas::ui
