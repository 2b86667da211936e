#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace lintas::ui {

/// Filters the organisation list by type and by free text (every word must occur), and sorts it
/// by name, type or country as the user chooses.
class OrganisationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit OrganisationFilterProxy(QObject* parent = nullptr);

    /// An OrganisationType code; empty shows every type.
    void setTypeFilter(const QString& typeCode);
    void setTextFilter(const QString& text);
    [[nodiscard]] QString typeFilter() const { return m_type; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_type;
    QStringList m_words;
};

}  // namespace lintas::ui
