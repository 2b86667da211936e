#include "persons/PersonSearchModel.h"

#include "lintas/domain/Vocabulary.h"
#include "persons/PersonText.h"

#include <algorithm>

namespace lintas::ui {

PersonSearchModel::PersonSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void PersonSearchModel::setMatches(std::vector<PersonMatch> matches) {
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

void PersonSearchModel::upsert(const PersonMatch& match) {
    const int row = rowOf(QString::fromStdString(match.uuid));
    if (row >= 0) {
        m_matches[static_cast<std::size_t>(row)].name = match.name;
        m_matches[static_cast<std::size_t>(row)].masked = match.masked;
        emit dataChanged(index(row, NameColumn), index(row, NameColumn));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_matches.insert(m_matches.begin(), match);
    endInsertRows();
}

int PersonSearchModel::rowOf(const QString& uuid) const {
    const std::string key = uuid.toStdString();
    const auto it =
        std::find_if(m_matches.begin(), m_matches.end(), [&](const PersonMatch& m) { return m.uuid == key; });
    return it == m_matches.end() ? -1 : static_cast<int>(it - m_matches.begin());
}

int PersonSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

int PersonSearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonSearchModel::matchedOnText(const std::string& matchedOn) {
    if (matchedOn == "name")
        return tr("name");
    if (matchedOn == "alias")
        return tr("alias");
    if (vocab::contains(vocab::List::IdentifierType, matchedOn))
        // A victim found by an identifier: core names only its type, never the value.
        return PersonText::label(vocab::List::IdentifierType, matchedOn);
    const auto space = matchedOn.find(' ');
    if (space != std::string::npos && vocab::contains(vocab::List::IdentifierType, matchedOn.substr(0, space)))
        //: How a person was found: %1 is an identifier type ("Phone number"), %2 its normalised value.
        return tr("%1 %2").arg(PersonText::label(vocab::List::IdentifierType, matchedOn.substr(0, space)),
                               QString::fromStdString(matchedOn.substr(space + 1)));
    return QString::fromStdString(matchedOn);
}

QVariant PersonSearchModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonMatch& match = m_matches[static_cast<std::size_t>(index.row())];
    if (role == UuidRole)
        return QString::fromStdString(match.uuid);
    if (role == MaskedRole)
        return match.masked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (match.masked)
            //: In the list of people found: a victim, whose name is hidden until read with a reason.
            return tr("Victim (identity hidden)");
        return match.name.empty() ? tr("(no name)") : QString::fromStdString(match.name);
    case MatchedOnColumn:
        return matchedOnText(match.matchedOn);
    default:
        return {};
    }
}

Qt::ItemFlags PersonSearchModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MatchedOnColumn:
        return tr("Found by");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonSearchModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(MaskedRole, "masked");
    return names;
}

}  // namespace lintas::ui
