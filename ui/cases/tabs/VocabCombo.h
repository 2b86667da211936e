#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QString>

#include <optional>
#include <string>

class QComboBox;

namespace lintas::ui {

/// Fills `combo` with the terms of `list` (translated labels, the code as item data). With a
/// `noneText`, the first item stands for "not recorded" and has empty data.
void fillVocabCombo(QComboBox* combo, vocab::List list, const QString& noneText = {});
/// Fills `combo` with the ISO countries of core ("IDN – Indonesia", alpha-3 as item data).
void fillCountryCombo(QComboBox* combo, const QString& noneText = {});
/// Selects the item whose data is `code` (the "not recorded" item for nullopt or an unknown code).
void selectCode(QComboBox* combo, const std::optional<std::string>& code);
/// The code of the current item; nullopt for "not recorded" or no selection.
[[nodiscard]] std::optional<std::string> comboCode(const QComboBox* combo);

}  // namespace lintas::ui
