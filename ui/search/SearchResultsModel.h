#pragma once

#include "lintas/Result.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QString>

#include <optional>
#include <vector>

namespace lintas {
class Workspace;
struct SearchGroup;
}  // namespace lintas

namespace lintas::ui {

/// The results of a global search as one list: a header row per group (Cases, People,
/// Identifiers, Organisations, Notes; not selectable) followed by its hits. Groups without hits
/// are left out. Each hit knows which record it opens: a case, a person or an organisation
/// (an identifier opens whoever holds it, a note opens its case).
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IsHeaderRole = Qt::UserRole,  ///< bool
        RecordTypeRole,               ///< RecordType as int: what opening the row shows
        TargetRole,                   ///< UUID of the record to open
        HitKindRole,                  ///< core's kind: case, person, alias, identifier, organisation, note
        DetailRole,                   ///< second line, plain text (may be empty)
        HighlightedDetailRole,        ///< second line with matches between '[' and ']'
        GroupRole,                    ///< the group's kind: case, person, identifier, organisation, note
    };
    enum class RecordType { None, Case, Person, Organisation };

    explicit SearchResultsModel(Workspace& workspace, QObject* parent = nullptr);
    ~SearchResultsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Runs the search for `text` (at most `perKind` hits per group) and shows its results.
    /// On failure the list is emptied and the error kept for lastError().
    Status search(const QString& text, int perKind = 8);
    void clear();

    [[nodiscard]] const QString& query() const { return m_query; }
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }
    /// Rows that open a record (all but headers).
    [[nodiscard]] int hitCount() const;
    [[nodiscard]] bool isHeader(int row) const;
    /// The first hit row at or after `row` going in direction `step` (+1/-1), or -1.
    [[nodiscard]] int hitRowFrom(int row, int step) const;

    /// The translated title of a group ("case" → "Cases").
    [[nodiscard]] static QString groupTitle(const std::string& kind);

private:
    struct Row;
    /// Whether `index` is a row of this model (header or hit).
    [[nodiscard]] bool isOwnRow(const QModelIndex& index) const;
    void appendGroup(std::vector<Row>& rows, const SearchGroup& group) const;
    /// A second line that tells apart people of the same name (roles, citizenship, birth).
    [[nodiscard]] QString personDetail(const std::string& uuid) const;

    Workspace& m_ws;
    std::vector<Row> m_rows;
    QString m_query;
    std::optional<Error> m_error;
    QIcon m_caseIcon;
    QIcon m_personIcon;
    QIcon m_identifierIcon;
    QIcon m_organisationIcon;
    QIcon m_noteIcon;
};

}  // namespace lintas::ui
