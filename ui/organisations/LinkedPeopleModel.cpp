#include "organisations/LinkedPeopleModel.h"

#include "organisations/OrganisationText.h"

namespace lintas::ui {

LinkedPeopleModel::LinkedPeopleModel(QObject* parent) : QAbstractTableModel(parent) {}

void LinkedPeopleModel::setPeople(std::vector<LinkedPerson> people) {
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int LinkedPeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int LinkedPeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkedPeopleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkedPerson& p = m_people[static_cast<std::size_t>(index.row())];
    const Relationship& r = p.relationship;
    switch (role) {
    case PersonUuidRole:
        return QString::fromStdString(p.personUuid);
    case RelationshipTypeRole:
        return QString::fromStdString(r.type);
    case GradeRole:
        return OrganisationText::grade(r.sourceReliability, r.informationCredibility);
    case Qt::ToolTipRole:
        if (index.column() == GradeColumn)
            return OrganisationText::gradeToolTip(r.sourceReliability, r.informationCredibility);
        if (index.column() == PersonColumn)
            return tr("Double-click to open the person");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PersonColumn:
        return p.name.empty() ? tr("(no name)") : QString::fromStdString(p.name);
    case RelationshipColumn: {
        const QString type = OrganisationText::label(vocab::List::RelationshipType, r.type);
        // Say who did what: "Works for this organisation", "Employed (by this organisation)".
        return p.personFirst ? tr("%1 this organisation", "the person <relationship> the organisation").arg(type)
                             : tr("%1 (by this organisation)", "the organisation <relationship> the person").arg(type);
    }
    case GradeColumn:
        return OrganisationText::grade(r.sourceReliability, r.informationCredibility);
    case NoteColumn:
        return QString::fromStdString(r.note);
    default:
        return {};
    }
}

Qt::ItemFlags LinkedPeopleModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant LinkedPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case RelationshipColumn:
        return tr("Relationship");
    case GradeColumn:
        return tr("Grade");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkedPeopleModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(PersonUuidRole, "personUuid");
    names.insert(RelationshipTypeRole, "relationshipType");
    names.insert(GradeRole, "grade");
    return names;
}

}  // namespace lintas::ui
