#include "persons/AliasTableModel.h"

#include "persons/PersonText.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace lintas::ui {

AliasTableModel::AliasTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AliasTableModel::setAliases(const std::vector<Alias>& aliases) {
    beginResetModel();
    m_rows.clear();
    for (const Alias& alias : aliases)
        m_rows.push_back(Row{alias, {}});
    endResetModel();
}

std::vector<Alias> AliasTableModel::aliases() const {
    std::vector<Alias> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows)
        out.push_back(row.alias);
    return out;
}

int AliasTableModel::appendAlias(const Alias& alias) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{alias, {}});
    endInsertRows();
    emit edited();
    return row;
}

void AliasTableModel::removeAlias(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit edited();
}

void AliasTableModel::setRowProblem(int row, const QString& text) {
    if (row < 0 || row >= rowCount())
        return;
    m_rows[static_cast<std::size_t>(row)].problem = text;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AliasTableModel::clearRowProblems() {
    for (int row = 0; row < rowCount(); ++row)
        if (!m_rows[static_cast<std::size_t>(row)].problem.isEmpty())
            setRowProblem(row, {});
}

int AliasTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AliasTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AliasTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ProblemRole)
        return row.problem;
    if (role == Qt::ToolTipRole && !row.problem.isEmpty())
        return row.problem;
    if (role == Qt::DecorationRole && index.column() == NameColumn && !row.problem.isEmpty())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == CodeRole)
            return QString::fromStdString(row.alias.name);
        break;
    case ScriptColumn:
        if (role == Qt::DisplayRole)
            return PersonText::scriptName(row.alias.script);
        if (role == Qt::EditRole || role == CodeRole)
            return QString::fromStdString(row.alias.script);
        break;
    case TransliterationColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == CodeRole)
            return QString::fromStdString(row.alias.transliteration);
        break;
    default:
        break;
    }
    return {};
}

bool AliasTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = value.toString();
    std::string* target = nullptr;
    switch (index.column()) {
    case NameColumn:
        target = &row.alias.name;
        break;
    case ScriptColumn:
        target = &row.alias.script;
        break;
    case TransliterationColumn:
        target = &row.alias.transliteration;
        break;
    default:
        return false;
    }
    if (*target == text.toStdString())
        return false;
    *target = text.toStdString();
    // Most aliases in the region are written in one script: spare the user choosing it.
    if (index.column() == NameColumn && row.alias.script.empty())
        row.alias.script = PersonText::detectScript(text);
    row.problem.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags AliasTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant AliasTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Alias");
    case ScriptColumn:
        return tr("Script");
    case TransliterationColumn:
        return tr("Latin transliteration");
    default:
        return {};
    }
}

}  // namespace lintas::ui
