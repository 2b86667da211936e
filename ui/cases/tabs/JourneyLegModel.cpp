#include "cases/tabs/JourneyLegModel.h"

#include "cases/tabs/JourneyRouteDiagram.h"
#include "cases/tabs/TabText.h"
#include "common/CountryModel.h"

#include <QStringList>

namespace lintas::ui {

JourneyLegModel::JourneyLegModel(QObject* parent) : RowTableModel<JourneyRow>(parent) {}

void JourneyLegModel::setLegs(std::vector<JourneyRow> legs) { replaceRows(std::move(legs)); }

std::string JourneyLegModel::rowKey(const JourneyRow& row) const { return row.leg.uuid; }

int JourneyLegModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

namespace {

QString place(const JourneyLeg& leg) {
    QStringList parts;
    for (const std::string* part : {&leg.street, &leg.city, &leg.state})
        if (!part->empty())
            parts << qs(*part);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QVariant JourneyLegModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const JourneyRow& row = rowAt(index.row());
    const JourneyLeg& leg = row.leg;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VictimColumn: return qs(row.victimName);
        case SequenceColumn: return leg.sequence;
        case TypeColumn: return TabText::label(vocab::List::JourneyEventType, leg.eventType);
        case CountryColumn: return CountryModel::displayName(qs(leg.country));
        case PlaceColumn: return place(leg);
        case DateColumn: return TabText::date(leg.eventDate);
        case MeansColumn:
            return leg.meansOfTravel ? TabText::label(vocab::List::MeansOfTravel, *leg.meansOfTravel) : QString();
        case BorderColumn: return qs(leg.borderCrossing);
        case DocumentsColumn: return qs(leg.documentsUsed);
        default: return {};
        }
    case Qt::DecorationRole:
        // The same colour as the stage's box in the route diagram; the text says the stage too.
        if (index.column() == TypeColumn)
            return JourneyRouteDiagram::stageColour(leg.eventType);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PlaceColumn || index.column() == DocumentsColumn || index.column() == BorderColumn)
            return data(index, Qt::DisplayRole);
        if (!leg.description.empty())
            return qs(leg.description);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UuidRole: return qs(leg.uuid);
    case PersonUuidRole: return qs(leg.personUuid);
    case EventTypeRole: return qs(leg.eventType);
    case CountryCodeRole: return qs(leg.country);
    default: return {};
    }
}

QVariant JourneyLegModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VictimColumn: return tr("Victim");
    //: Column header: the position of a leg in the victim's journey.
    case SequenceColumn: return tr("No.");
    case TypeColumn: return tr("Stage");
    case CountryColumn: return tr("Country");
    case PlaceColumn: return tr("Place");
    case DateColumn: return tr("Date");
    case MeansColumn: return tr("Means of travel");
    case BorderColumn: return tr("Border crossing");
    case DocumentsColumn: return tr("Documents used");
    default: return {};
    }
}

QHash<int, QByteArray> JourneyLegModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(PersonUuidRole, "personUuid");
    names.insert(EventTypeRole, "eventType");
    names.insert(CountryCodeRole, "countryCode");
    return names;
}

}  // namespace lintas::ui
