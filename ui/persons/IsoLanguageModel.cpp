#include "persons/IsoLanguageModel.h"

#include "lintas/domain/Geo.h"

namespace lintas::ui {
namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view storedCode(const geo::Language& language) {
    return language.alpha2.empty() ? language.alpha3 : language.alpha2;
}

}  // namespace

IsoLanguageModel::IsoLanguageModel(QObject* parent) : QAbstractListModel(parent) {}

int IsoLanguageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(geo::languages().size());
}

QVariant IsoLanguageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const geo::Language& language = geo::languages()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        //: A language in a picker: %1 is its English name, %2 its ISO 639 code.
        return tr("%1 (%2)").arg(fromUtf8(language.name), fromUtf8(storedCode(language)));
    case Qt::ToolTipRole:
    case NameRole:
        return fromUtf8(language.name);
    case CodeRole:
        return fromUtf8(storedCode(language));
    default:
        return {};
    }
}

QHash<int, QByteArray> IsoLanguageModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    return names;
}

QString IsoLanguageModel::displayName(const QString& code) {
    const std::string key = code.toStdString();
    if (const geo::Language* language = geo::languageByCode(key))
        return tr("%1 (%2)").arg(fromUtf8(language->name), code);
    return code;
}

}  // namespace lintas::ui
