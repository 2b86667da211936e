#include "organisations/OrganisationText.h"

#include "persons/PersonText.h"

#include <algorithm>
#include <array>
#include <span>

namespace lintas::ui {
namespace {

// {source, comment} from QT_TRANSLATE_NOOP3: the comment names the list ("Other" differs per list).
struct SourceText {
    const char* source;
    const char* comment;
};

struct Entry {
    const char* code;
    SourceText text;
};

constexpr auto kOrganisationType = std::to_array<Entry>({
    {"NGO", QT_TRANSLATE_NOOP3("OrganisationText", "NGO", "organisation type")},
    {"LawEnforcement", QT_TRANSLATE_NOOP3("OrganisationText", "Law enforcement", "organisation type")},
    {"HealthServiceOrganisation",
     QT_TRANSLATE_NOOP3("OrganisationText", "Health service organisation", "organisation type")},
    {"CentralGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("OrganisationText", "Central government organisation", "organisation type")},
    {"LocalGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("OrganisationText", "Local government organisation", "organisation type")},
    {"ImmigrationService", QT_TRANSLATE_NOOP3("OrganisationText", "Immigration service", "organisation type")},
    {"LegalService", QT_TRANSLATE_NOOP3("OrganisationText", "Legal service", "organisation type")},
    {"CorporateBusiness", QT_TRANSLATE_NOOP3("OrganisationText", "Corporate business", "organisation type")},
    {"SchoolOrCollege", QT_TRANSLATE_NOOP3("OrganisationText", "School or college", "organisation type")},
    {"RecruitmentAgency", QT_TRANSLATE_NOOP3("OrganisationText", "Recruitment agency", "organisation type")},
    {"Employer", QT_TRANSLATE_NOOP3("OrganisationText", "Employer", "organisation type")},
    {"ScamCompound", QT_TRANSLATE_NOOP3("OrganisationText", "Scam compound", "organisation type")},
    {"ServiceProvider", QT_TRANSLATE_NOOP3("OrganisationText", "Service provider", "organisation type")},
    {"Shelter", QT_TRANSLATE_NOOP3("OrganisationText", "Shelter", "organisation type")},
    {"InternationalOrganisation",
     QT_TRANSLATE_NOOP3("OrganisationText", "International organisation", "organisation type")},
    {"FinancialInstitution", QT_TRANSLATE_NOOP3("OrganisationText", "Financial institution", "organisation type")},
    {"OnlinePlatform", QT_TRANSLATE_NOOP3("OrganisationText", "Online platform", "organisation type")},
    {"Other", QT_TRANSLATE_NOOP3("OrganisationText", "Other", "organisation type")},
});

constexpr auto kRelationshipType = std::to_array<Entry>({
    {"Recruited", QT_TRANSLATE_NOOP3("OrganisationText", "Recruited", "relationship type")},
    {"Transported", QT_TRANSLATE_NOOP3("OrganisationText", "Transported", "relationship type")},
    {"Harboured", QT_TRANSLATE_NOOP3("OrganisationText", "Harboured", "relationship type")},
    {"Employed", QT_TRANSLATE_NOOP3("OrganisationText", "Employed", "relationship type")},
    {"Controlled", QT_TRANSLATE_NOOP3("OrganisationText", "Controlled", "relationship type")},
    {"Exploited", QT_TRANSLATE_NOOP3("OrganisationText", "Exploited", "relationship type")},
    {"Paid", QT_TRANSLATE_NOOP3("OrganisationText", "Paid", "relationship type")},
    {"Family", QT_TRANSLATE_NOOP3("OrganisationText", "Family member", "relationship type")},
    {"Associate", QT_TRANSLATE_NOOP3("OrganisationText", "Associate", "relationship type")},
    {"Owns", QT_TRANSLATE_NOOP3("OrganisationText", "Owns", "relationship type")},
    {"Manages", QT_TRANSLATE_NOOP3("OrganisationText", "Manages", "relationship type")},
    {"WorksFor", QT_TRANSLATE_NOOP3("OrganisationText", "Works for", "relationship type")},
    {"Other", QT_TRANSLATE_NOOP3("OrganisationText", "Other", "relationship type")},
});

constexpr auto kSourceReliability = std::to_array<Entry>({
    {"A", QT_TRANSLATE_NOOP3("OrganisationText",
                             "A: no doubt of authenticity, trustworthiness and competence, or a history of complete "
                             "reliability",
                             "source reliability")},
    {"B",
     QT_TRANSLATE_NOOP3("OrganisationText", "B: information from this source has in most instances proved reliable",
                        "source reliability")},
    {"C",
     QT_TRANSLATE_NOOP3("OrganisationText", "C: information from this source has in most instances proved unreliable",
                        "source reliability")},
    {"X", QT_TRANSLATE_NOOP3("OrganisationText", "X: reliability cannot be assessed", "source reliability")},
});

constexpr auto kInformationCredibility = std::to_array<Entry>({
    {"1", QT_TRANSLATE_NOOP3("OrganisationText", "1: known to be true without reservation", "information credibility")},
    {"2",
     QT_TRANSLATE_NOOP3("OrganisationText", "2: known personally to the source but not to the official passing it on",
                        "information credibility")},
    {"3", QT_TRANSLATE_NOOP3("OrganisationText",
                             "3: not known personally to the source but corroborated by information already recorded",
                             "information credibility")},
    {"4", QT_TRANSLATE_NOOP3("OrganisationText", "4: not known personally to the source and cannot be corroborated",
                             "information credibility")},
});

std::span<const Entry> tableOf(vocab::List list) {
    switch (list) {
    case vocab::List::OrganisationType:
        return kOrganisationType;
    case vocab::List::RelationshipType:
        return kRelationshipType;
    case vocab::List::SourceReliability:
        return kSourceReliability;
    case vocab::List::InformationCredibility:
        return kInformationCredibility;
    default:
        return {};
    }
}

const Entry* find(std::span<const Entry> table, std::string_view code) {
    const auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return code == e.code; });
    return it == table.end() ? nullptr : &*it;
}

}  // namespace

QString OrganisationText::label(vocab::List list, std::string_view code) {
    if (const Entry* e = find(tableOf(list), code))
        return QCoreApplication::translate("OrganisationText", e->text.source, e->text.comment);
    return PersonText::label(list, code);
}

bool OrganisationText::hasEntry(vocab::List list, std::string_view code) {
    return find(tableOf(list), code) != nullptr;
}

std::vector<vocab::List> OrganisationText::coveredLists() {
    return {vocab::List::OrganisationType, vocab::List::RelationshipType, vocab::List::SourceReliability,
            vocab::List::InformationCredibility};
}

std::vector<std::pair<QString, QString>> OrganisationText::choices(vocab::List list) {
    std::vector<std::pair<QString, QString>> out;
    for (const vocab::Term& term : vocab::terms(list))
        out.emplace_back(QString::fromUtf8(term.code.data(), static_cast<qsizetype>(term.code.size())),
                         label(list, term.code));
    return out;
}

QString OrganisationText::grade(const std::string& source, const std::string& information) {
    return QString::fromStdString(source + information);
}

QString OrganisationText::gradeToolTip(const std::string& source, const std::string& information) {
    //: The two halves of a 4x4 grade, one per line.
    return tr("Source: %1\nInformation: %2")
        .arg(label(vocab::List::SourceReliability, source), label(vocab::List::InformationCredibility, information));
}

}  // namespace lintas::ui
