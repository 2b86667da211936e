#include "cases/tabs/VocabCombo.h"

#include "cases/tabs/TabText.h"
#include "common/CountryModel.h"

#include <QComboBox>

namespace lintas::ui {

void fillVocabCombo(QComboBox* combo, vocab::List list, const QString& noneText) {
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    for (const vocab::Term& term : vocab::terms(list))
        combo->addItem(TabText::label(list, term.code), qs(term.code));
}

void fillCountryCombo(QComboBox* combo, const QString& noneText) {
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    // CountryModel owns how a country reads in a picker (and its translation).
    const CountryModel countries;
    for (int row = 0; row < countries.rowCount(); ++row) {
        const QModelIndex index = countries.index(row, 0);
        combo->addItem(countries.data(index, Qt::DisplayRole).toString(),
                       countries.data(index, CountryModel::Alpha3Role));
        combo->setItemData(combo->count() - 1, countries.data(index, Qt::ToolTipRole), Qt::ToolTipRole);
    }
}

void selectCode(QComboBox* combo, const std::optional<std::string>& code) {
    const int row = combo->findData(code ? qs(*code) : QString());
    combo->setCurrentIndex(row >= 0 ? row : (combo->findData(QString()) >= 0 ? combo->findData(QString()) : -1));
}

std::optional<std::string> comboCode(const QComboBox* combo) {
    const QString code = combo->currentData().toString();
    if (code.isEmpty())
        return std::nullopt;
    return ss(code);
}

}  // namespace lintas::ui
