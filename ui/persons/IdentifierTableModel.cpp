#include "persons/IdentifierTableModel.h"

#include "common/CountryModel.h"
#include "persons/PersonText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace lintas::ui {

IdentifierTableModel::IdentifierTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IdentifierTableModel::setPreview(Preview preview) {
    m_preview = std::move(preview);
    refreshPreviews();
}

void IdentifierTableModel::computePreview(Row& row) const {
    row.normalised.clear();
    row.previewProblem.clear();
    // An empty new row is not a problem yet; core says so on save if it stays empty.
    if (!m_preview || QString::fromStdString(row.identifier.value).trimmed().isEmpty())
        return;
    const Result<std::string> normalised = m_preview(row.identifier);
    if (normalised)
        row.normalised = QString::fromStdString(*normalised);
    else
        row.previewProblem = PersonText::problem(normalised.error());
}

void IdentifierTableModel::refreshPreviews() {
    for (Row& row : m_rows)
        computePreview(row);
    if (!m_rows.empty())
        emit dataChanged(index(0, NormalisedColumn), index(rowCount() - 1, NormalisedColumn));
}

void IdentifierTableModel::setIdentifiers(const std::vector<Identifier>& identifiers) {
    beginResetModel();
    m_rows.clear();
    for (const Identifier& identifier : identifiers) {
        Row row{identifier, {}, {}, {}};
        computePreview(row);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

std::vector<Identifier> IdentifierTableModel::identifiers() const {
    std::vector<Identifier> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows)
        out.push_back(row.identifier);
    return out;
}

int IdentifierTableModel::appendIdentifier(const Identifier& identifier) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Row added{identifier, {}, {}, {}};
    computePreview(added);
    m_rows.push_back(std::move(added));
    endInsertRows();
    emit edited();
    return row;
}

void IdentifierTableModel::removeIdentifier(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit edited();
}

void IdentifierTableModel::setRowProblem(int row, const QString& text) {
    if (row < 0 || row >= rowCount())
        return;
    m_rows[static_cast<std::size_t>(row)].saveProblem = text;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IdentifierTableModel::clearRowProblems() {
    for (int row = 0; row < rowCount(); ++row)
        if (!m_rows[static_cast<std::size_t>(row)].saveProblem.isEmpty())
            setRowProblem(row, {});
}

int IdentifierTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IdentifierTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentifierTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Identifier& id = row.identifier;
    const QString problem = row.saveProblem.isEmpty() ? row.previewProblem : row.saveProblem;
    if (role == ProblemRole)
        return problem;
    switch (index.column()) {
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return PersonText::label(vocab::List::IdentifierType, id.type);
        if (role == Qt::EditRole || role == CodeRole)
            return QString::fromStdString(id.type);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == CodeRole)
            return QString::fromStdString(id.value);
        if (role == Qt::DecorationRole && !row.saveProblem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole && !problem.isEmpty())
            return problem;
        break;
    case IssuingCountryColumn: {
        const QString code = id.issuingCountry ? QString::fromStdString(*id.issuingCountry) : QString();
        if (role == Qt::DisplayRole)
            return code.isEmpty() ? QString() : CountryModel::displayName(code);
        if (role == Qt::EditRole || role == CodeRole)
            return code;
        break;
    }
    case NormalisedColumn:
        if (role == Qt::DisplayRole)
            return problem.isEmpty() ? row.normalised : problem;
        if (role == CodeRole)
            return row.normalised;
        if (role == Qt::ToolTipRole)
            return problem.isEmpty() ? tr("Stored and matched across cases as %1").arg(row.normalised) : problem;
        if (role == Qt::DecorationRole && !problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole && !problem.isEmpty())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    default:
        break;
    }
    return {};
}

bool IdentifierTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const std::string text = value.toString().toStdString();
    switch (index.column()) {
    case TypeColumn:
        if (text == row.identifier.type)
            return false;
        row.identifier.type = text;
        break;
    case ValueColumn:
        if (text == row.identifier.value)
            return false;
        row.identifier.value = text;
        break;
    case IssuingCountryColumn: {
        std::optional<std::string> country;
        if (!text.empty())
            country = text;
        if (country == row.identifier.issuingCountry)
            return false;
        row.identifier.issuingCountry = country;
        break;
    }
    default:
        return false;
    }
    row.saveProblem.clear();
    computePreview(row);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags IdentifierTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != NormalisedColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IdentifierTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value as entered");
    case IssuingCountryColumn:
        return tr("Issuing country");
    case NormalisedColumn:
        return tr("Normalised (used for matching)");
    default:
        return {};
    }
}

}  // namespace lintas::ui
