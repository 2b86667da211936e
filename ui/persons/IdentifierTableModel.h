#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Identifier.h"

#include <QAbstractTableModel>
#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace lintas::ui {

/// The identifiers of a person or an organisation being edited: type, value as entered, issuing
/// country, and a live preview of the normalised form core will store (or why core refuses it).
class IdentifierTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        ValueColumn,
        IssuingCountryColumn,
        NormalisedColumn,
        ColumnCount,
    };
    enum Role {
        /// What core stores for the cell: the type code, the value, the country code, the
        /// normalised form ("" while there is none).
        CodeRole = Qt::UserRole,
        /// Why the row cannot be stored ("" when it can), translated.
        ProblemRole,
    };

    /// Computes core's normalised form of one identifier in the context of the record being
    /// edited (the page asks core's own validation, so the preview is what will be stored).
    using Preview = std::function<Result<std::string>(const Identifier&)>;

    explicit IdentifierTableModel(QObject* parent = nullptr);

    void setPreview(Preview preview);
    /// Recomputes every preview (after something the preview depends on changed, such as the
    /// person's first citizenship); emits dataChanged for the preview column only.
    void refreshPreviews();

    void setIdentifiers(const std::vector<Identifier>& identifiers);
    [[nodiscard]] std::vector<Identifier> identifiers() const;
    /// Appends a row and returns its number.
    int appendIdentifier(const Identifier& identifier);
    void removeIdentifier(int row);

    /// Shows a problem core reported on save for `row`, until the row is edited.
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
    /// The user changed, added or removed an identifier.
    void edited();

private:
    struct Row {
        Identifier identifier;
        QString normalised;
        QString previewProblem;
        QString saveProblem;
    };
    void computePreview(Row& row) const;

    std::vector<Row> m_rows;
    Preview m_preview;
};

}  // namespace lintas::ui
