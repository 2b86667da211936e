#pragma once

#include "common/VocabText.h"
#include "lintas/domain/Vocabulary.h"

#include <vector>

namespace lintas::ui {

/// The vocabulary text the Organisations page shows (organisation types, relationship types, the
/// 4×4 grading). The labels and grades are VocabText's; deriving from it keeps the page's calls
/// (OrganisationText::label, ::choices, ::gradeToolTip) working, new code calls VocabText.
class OrganisationText : public VocabText {
public:
    /// The lists the Organisations page shows.
    [[nodiscard]] static std::vector<vocab::List> coveredLists() {
        return {vocab::List::OrganisationType, vocab::List::RelationshipType, vocab::List::SourceReliability,
                vocab::List::InformationCredibility};
    }
};

}  // namespace lintas::ui
