#include "search/SearchResultsModel.h"

#include "cases/tabs/TabText.h"
#include "persons/PersonText.h"

#include "lintas/service/SearchService.h"
#include "lintas/service/Workspace.h"

#include <QFont>

#include <algorithm>

namespace lintas::ui {

struct SearchResultsModel::Row {
    bool header = false;
    std::string group;
    QString title;
    QString detail;  ///< with '[' ']' around matches, as core's snippet has them
    QString target;
    std::string hitKind;
    RecordType type = RecordType::None;
};

namespace {

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

/// Core's snippet marks matches with '[' … ']'; the plain line drops the marks.
QString plain(QString text) {
    text.remove(u'[');
    text.remove(u']');
    return text;
}

bool hasMatch(const std::string& snippet) { return snippet.find('[') != std::string::npos; }

}  // namespace

SearchResultsModel::SearchResultsModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent),
      m_ws(workspace),
      m_caseIcon(QStringLiteral(":/lintas/icons/cases.svg")),
      m_personIcon(QStringLiteral(":/lintas/icons/people.svg")),
      m_identifierIcon(QStringLiteral(":/lintas/icons/identifier.svg")),
      m_organisationIcon(QStringLiteral(":/lintas/icons/organisations.svg")),
      m_noteIcon(QStringLiteral(":/lintas/icons/note.svg")) {}

SearchResultsModel::~SearchResultsModel() = default;

QString SearchResultsModel::groupTitle(const std::string& kind) {
    if (kind == "case")
        return tr("Cases");
    if (kind == "person")
        return tr("People");
    if (kind == "identifier")
        return tr("Identifiers");
    if (kind == "organisation")
        return tr("Organisations");
    if (kind == "note")
        return tr("Notes");
    return fromStd(kind);
}

bool SearchResultsModel::isOwnRow(const QModelIndex& index) const {
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.column() == 0 &&
           index.row() < rowCount();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!isOwnRow(index))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.header || row.detail.isEmpty() ? row.title : row.title + QLatin1Char('\n') + plain(row.detail);
    case Qt::AccessibleTextRole:
        return row.header ? row.title : row.title + QStringLiteral(", ") + plain(row.detail);
    case Qt::DecorationRole:
        if (row.header)
            return {};
        if (row.hitKind == "case")
            return m_caseIcon;
        if (row.hitKind == "person" || row.hitKind == "alias")
            return m_personIcon;
        if (row.hitKind == "identifier")
            return m_identifierIcon;
        if (row.hitKind == "organisation")
            return m_organisationIcon;
        return m_noteIcon;
    case Qt::FontRole:
        if (row.header) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsHeaderRole:
        return row.header;
    case RecordTypeRole:
        return static_cast<int>(row.type);
    case TargetRole:
        return row.target;
    case HitKindRole:
        return fromStd(row.hitKind);
    case DetailRole:
        return plain(row.detail);
    case HighlightedDetailRole:
        return row.detail;
    case GroupRole:
        return fromStd(row.group);
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const {
    if (!isOwnRow(index))
        return Qt::NoItemFlags;
    // Headers are shown (enabled) but can be neither selected nor opened.
    if (m_rows[static_cast<std::size_t>(index.row())].header)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void SearchResultsModel::appendGroup(std::vector<Row>& rows, const SearchGroup& group) const {
    if (group.hits.empty())
        return;
    Row header;
    header.header = true;
    header.group = group.kind;
    header.title = groupTitle(group.kind);
    rows.push_back(std::move(header));

    for (const SearchHit& hit : group.hits) {
        Row row;
        row.group = group.kind;
        row.hitKind = hit.kind;
        row.target = fromStd(hit.target);
        row.title = fromStd(hit.label);
        if (hit.masked) {
            // A victim found by name, alias or identifier: core hides what matched. Show that a
            // victim was found and their part in cases (no identity); opening them asks a reason.
            row.type = RecordType::Person;
            row.title = TabText::maskedVictim();
            row.detail = personDetail(hit.target);
        } else if (hit.kind == "case") {
            row.type = RecordType::Case;
            if (hasMatch(hit.snippet))
                row.detail = fromStd(hit.snippet);
        } else if (hit.kind == "person") {
            row.type = RecordType::Person;
            row.detail = personDetail(hit.target);
        } else if (hit.kind == "alias") {
            row.type = RecordType::Person;
            if (auto person = m_ws.persons.get(hit.target))
                //: Under a matching alias in search results; %1 is the person's name.
                row.detail = tr("Alias of %1").arg(fromStd(person->displayName()));
        } else if (hit.kind == "identifier") {
            // Core gives the holder's UUID without saying what it is; organisations hold few
            // identifiers, so ask there first.
            if (auto organisation = m_ws.organisations.get(hit.target)) {
                row.type = RecordType::Organisation;
                //: Under an identifier in search results; %1 is the organisation's name.
                row.detail = tr("Organisation: %1").arg(fromStd(organisation->name));
            } else {
                row.type = RecordType::Person;
                if (auto person = m_ws.persons.get(hit.target))
                    row.detail = fromStd(person->displayName());
            }
        } else if (hit.kind == "organisation") {
            row.type = RecordType::Organisation;
            if (hasMatch(hit.snippet))
                row.detail = fromStd(hit.snippet);
        } else if (hit.kind == "note") {
            row.type = RecordType::Case;
            //: A note found by search; %1 is the reference of the case it belongs to.
            row.title = tr("Note in %1").arg(fromStd(hit.label));
            row.detail = fromStd(hit.snippet);
        } else {
            continue;  // a kind this version does not know how to open
        }
        rows.push_back(std::move(row));
    }
    // A group whose hits were all of unknown kinds would be a lone header.
    if (rows.back().header)
        rows.pop_back();
}

QString SearchResultsModel::personDetail(const std::string& uuid) const {
    // People often share a name: say what tells them apart, their part in cases first.
    QStringList parts;
    if (auto roles = m_ws.cases.rolesOf(uuid); roles && !roles->empty()) {
        const CaseParty& first = roles->front();
        const QString role = PersonText::label(vocab::List::PersonRole, first.role);
        const int others = static_cast<int>(roles->size()) - 1;
        if (others == 0)
            //: Under a person in search results; %1 is a role (Victim, Suspect…), %2 a case reference.
            parts << tr("%1 in %2").arg(role, fromStd(first.caseReference));
        else
            //: Under a person in search results; %1 is a role, %2 a case reference, %n more cases.
            parts << tr("%1 in %2 and %n other case(s)", nullptr, others).arg(role, fromStd(first.caseReference));
    }
    if (auto person = m_ws.persons.get(uuid)) {
        if (!person->citizenships.empty()) {
            QStringList codes;
            for (const std::string& code : person->citizenships)
                codes << fromStd(code);
            parts << codes.join(QStringLiteral(", "));
        }
        if (person->birthDate)
            //: Under a person in search results; %1 is a date of birth (ISO).
            parts << tr("born %1").arg(fromStd(*person->birthDate));
        else if (person->estimatedAge)
            //: Under a person in search results; %1 is an estimated age in years.
            parts << tr("about %1 years old").arg(*person->estimatedAge);
    }
    return parts.join(QStringLiteral(" · "));
}

Status SearchResultsModel::search(const QString& text, int perKind) {
    auto result = m_ws.search.search(text.toStdString(), perKind);
    std::vector<Row> rows;
    if (result) {
        for (const SearchGroup& group : *result)
            appendGroup(rows, group);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_query = text;
    if (result)
        m_error.reset();
    else
        m_error = result.error();
    endResetModel();
    if (!result)
        return result.error();
    return {};
}

void SearchResultsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_query.clear();
    m_error.reset();
    endResetModel();
}

int SearchResultsModel::hitCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return !r.header; }));
}

bool SearchResultsModel::isHeader(int row) const {
    return row >= 0 && row < rowCount() && m_rows[static_cast<std::size_t>(row)].header;
}

int SearchResultsModel::hitRowFrom(int row, int step) const {
    for (int r = row; r >= 0 && r < rowCount(); r += step)
        if (!m_rows[static_cast<std::size_t>(r)].header)
            return r;
    return -1;
}

}  // namespace lintas::ui
