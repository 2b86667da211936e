#include "common/CountryModel.h"

#include "lintas/domain/Geo.h"

namespace lintas::ui {
namespace {

QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

CountryModel::CountryModel(QObject* parent) : QAbstractListModel(parent) {}

int CountryModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return static_cast<int>(geo::countries().size());
}

QVariant CountryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const geo::Country& country = geo::countries()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        //: A country in a picker: %1 is the ISO alpha-3 code, %2 the English name.
        return tr("%1 – %2").arg(toQString(country.alpha3), toQString(country.name));
    case Qt::ToolTipRole:
    case NameRole: return toQString(country.name);
    case Alpha3Role: return toQString(country.alpha3);
    default: return {};
    }
}

QHash<int, QByteArray> CountryModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(Alpha3Role, "alpha3");
    names.insert(NameRole, "name");
    return names;
}

int CountryModel::rowOf(const QString& alpha3) const {
    const auto all = geo::countries();
    const std::string code = alpha3.toStdString();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].alpha3 == code)
            return static_cast<int>(i);
    return -1;
}

QString CountryModel::displayName(const QString& alpha3) {
    const std::string code = alpha3.toStdString();
    if (const geo::Country* country = geo::countryByAlpha3(code))
        //: A country on its own: %1 is the English name, %2 the ISO alpha-3 code.
        return tr("%1 (%2)").arg(toQString(country->name), alpha3);
    return alpha3;
}

}  // namespace lintas::ui
