#include "exchange/ConflictModel.h"

#include "exchange/ExchangePage.h"

#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString jsonText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return ConflictModel::tr("(empty)");
    case QJsonValue::Bool: return value.toBool() ? ConflictModel::tr("yes") : ConflictModel::tr("no");
    case QJsonValue::Double: return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << jsonText(item);
        return parts.isEmpty() ? ConflictModel::tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

}  // namespace

ConflictModel::ConflictModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConflictModel::setConflicts(std::vector<exchange::ImportConflict> conflicts) {
    beginResetModel();
    m_rows = std::move(conflicts);
    endResetModel();
}

const exchange::ImportConflict* ConflictModel::conflict(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ConflictModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void ConflictModel::remove(std::int64_t id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void ConflictModel::update(exchange::ImportConflict conflict) {
    const int row = rowOf(conflict.id);
    if (row < 0)
        return;
    m_rows[static_cast<std::size_t>(row)] = std::move(conflict);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConflictModel::openCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const exchange::ImportConflict& c) {
        return c.state == exchange::ConflictState::Open;
    }));
}

int ConflictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ConflictModel::readableValue(const std::string& json) {
    QJsonParseError error{};
    // Wrapped in an array: QJsonDocument reads only arrays and objects at the top level.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + QByteArray::fromStdString(json) + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return qs(json);
    return jsonText(doc.array().first());
}

QString ConflictModel::kindText(const std::string& kind) {
    if (kind == "case")
        return tr("Case");
    if (kind == "person")
        return tr("Person");
    if (kind == "organisation")
        return tr("Organisation");
    return qs(kind);
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const {
    const exchange::ImportConflict* c = index.isValid() ? conflict(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount)
        return {};
    const bool open = c->state == exchange::ConflictState::Open;
    switch (role) {
    case ConflictIdRole: return static_cast<qint64>(c->id);
    case OpenRole: return open;
    case Qt::DisplayRole:
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Record:
            //: An import conflict's record: %1 its kind (Case, Person…), %2 its reference or name.
            return tr("%1 %2").arg(kindText(c->kind), c->recordLabel.empty() ? qs(c->recordUuid) : qs(c->recordLabel));
        case Field: return qs(c->field);
        case Ours: return readableValue(c->ours);
        case Theirs: return readableValue(c->theirs);
        case State:
            switch (c->state) {
            case exchange::ConflictState::Open: return tr("Open");
            case exchange::ConflictState::KeptOurs: return tr("Kept ours");
            case exchange::ConflictState::TookTheirs: return tr("Took theirs");
            }
            return {};
        case Received: return role == SortRole ? qs(c->createdAt) : ExchangePage::localTime(c->createdAt);
        case ColumnCount: break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == State && open)
            return QIcon(QStringLiteral(":/lintas/icons/conflict.svg"));
        return {};
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Ours:
        case Theirs: return data(index, Qt::DisplayRole);  // long values are cut off in the cell
        case Record: return qs(c->recordUuid);
        case State:
            return open ? QVariant()
                        //: %1 is a date and time.
                        : QVariant(tr("Decided on %1").arg(ExchangePage::localTime(c->resolvedAt)));
        default: return {};
        }
    default: return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    //: Column: the value held in this database.
    case Ours: return tr("Ours");
    //: Column: the value the partner sent.
    case Theirs: return tr("Theirs");
    case State: return tr("State");
    case Received: return tr("Received");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace lintas::ui
