#include "dashboard/CountryMatrixModel.h"

#include "common/CountryModel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace lintas::ui {
namespace {

/// The codes of `totals` ordered by total (largest first, then by code), and whether the rest
/// must be summed into an "other" entry because there are more than `max`.
std::vector<std::string> ranked(const std::map<std::string, std::int64_t>& totals, int max, bool& other) {
    std::vector<std::pair<std::string, std::int64_t>> order(totals.begin(), totals.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const auto keep = static_cast<std::size_t>(std::max(max, 1));
    other = order.size() > keep;
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < order.size() && i < keep; ++i)
        codes.push_back(order[i].first);
    return codes;
}

// Light to dark blue: readable with the count written on top, and in grey-scale print.
const QColor kLight(0xf1, 0xf6, 0xfb);
const QColor kDark(0x0b, 0x3d, 0x79);

QColor blend(double f) {
    const auto mix = [f](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * f)); };
    return QColor(mix(kLight.red(), kDark.red()), mix(kLight.green(), kDark.green()), mix(kLight.blue(), kDark.blue()));
}

}  // namespace

CountryMatrixModel::CountryMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void CountryMatrixModel::setPairs(const std::vector<CountryPairCount>& pairs, int maxRows, int maxColumns) {
    std::map<std::string, std::int64_t> byCitizenship;
    std::map<std::string, std::int64_t> byCountry;
    for (const auto& p : pairs) {
        byCitizenship[p.citizenship] += p.count;
        byCountry[p.exploitationCountry] += p.count;
    }
    bool otherRow = false;
    bool otherColumn = false;
    const auto rowCodes = ranked(byCitizenship, maxRows, otherRow);
    const auto columnCodes = ranked(byCountry, maxColumns, otherColumn);

    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    for (const auto& code : rowCodes)
        m_rows.push_back(Axis{QString::fromStdString(code), false});
    if (otherRow)
        m_rows.push_back(Axis{QString(), true});
    for (const auto& code : columnCodes)
        m_columns.push_back(Axis{QString::fromStdString(code), false});
    if (otherColumn)
        m_columns.push_back(Axis{QString(), true});

    const auto indexIn = [](const std::vector<std::string>& codes, const std::string& code, bool other) -> int {
        const auto it = std::find(codes.begin(), codes.end(), code);
        if (it != codes.end())
            return static_cast<int>(it - codes.begin());
        return other ? static_cast<int>(codes.size()) : -1;
    };
    m_cells.assign(m_rows.size() * m_columns.size(), 0);
    for (const auto& p : pairs) {
        const int r = indexIn(rowCodes, p.citizenship, otherRow);
        const int c = indexIn(columnCodes, p.exploitationCountry, otherColumn);
        if (r >= 0 && c >= 0)
            m_cells[static_cast<std::size_t>(r) * m_columns.size() + static_cast<std::size_t>(c)] += p.count;
    }
    m_max = m_cells.empty() ? 0 : *std::max_element(m_cells.begin(), m_cells.end());
    endResetModel();
}

int CountryMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CountryMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CountryMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& column = m_columns[static_cast<std::size_t>(index.column())];
    const std::int64_t count =
        m_cells[static_cast<std::size_t>(index.row()) * m_columns.size() + static_cast<std::size_t>(index.column())];
    // Square root: one dominant pair would otherwise leave every other cell the same pale shade.
    const double shade = m_max > 0 ? std::sqrt(static_cast<double>(count) / static_cast<double>(m_max)) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return count == 0 ? QString() : QLocale().toString(static_cast<qlonglong>(count));
    case Qt::ToolTipRole:
        //: Heat-map cell. %1 is where the victims are citizens ("Indonesia (IDN)"), %2 where they
        //: were exploited, %3 how many victims.
        return tr("Citizens of %1 exploited in %2: %3 victims")
            .arg(axisName(row, true), axisName(column, false), QLocale().toString(static_cast<qlonglong>(count)));
    case Qt::BackgroundRole:
        return count == 0 ? QColor(Qt::white) : blend(0.12 + 0.88 * shade);
    case Qt::ForegroundRole:
        return shade > 0.5 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case CountRole:
        return static_cast<qlonglong>(count);
    case CitizenshipRole:
        return row.code;
    case CountryRole:
        return column.code;
    default:
        return {};
    }
}

QVariant CountryMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const bool rows = orientation == Qt::Vertical;
    const auto& axes = rows ? m_rows : m_columns;
    if (section < 0 || section >= static_cast<int>(axes.size()))
        return {};
    const auto& axis = axes[static_cast<std::size_t>(section)];
    switch (role) {
    case Qt::DisplayRole:
        return axisLabel(axis, rows);
    case Qt::ToolTipRole:
        return rows ? tr("Citizens of %1").arg(axisName(axis, true)) : tr("Exploited in %1").arg(axisName(axis, false));
    default:
        return {};
    }
}

QString CountryMatrixModel::axisLabel(const Axis& axis, bool citizenship) {
    if (axis.other)
        //: Heat-map row or column summing the less frequent countries; keep it short.
        return tr("Other");
    if (axis.code.isEmpty() && citizenship)
        //: Heat-map row: victims whose citizenship is not recorded; keep it short.
        return tr("Not recorded");
    return axis.code;
}

QString CountryMatrixModel::axisName(const Axis& axis, bool citizenship) {
    if (axis.other)
        return tr("other countries");
    if (axis.code.isEmpty() && citizenship)
        return tr("a country not recorded");
    return CountryModel::displayName(axis.code);
}

}  // namespace lintas::ui
