#include "organisations/OrganisationFilterProxy.h"

#include "organisations/OrganisationListModel.h"

namespace lintas::ui {

OrganisationFilterProxy::OrganisationFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void OrganisationFilterProxy::setTypeFilter(const QString& typeCode) {
    if (typeCode == m_type)
        return;
    m_type = typeCode;
    invalidateFilter();
}

void OrganisationFilterProxy::setTextFilter(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool OrganisationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && index.data(OrganisationListModel::TypeCodeRole).toString() != m_type)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(OrganisationListModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

}  // namespace lintas::ui
