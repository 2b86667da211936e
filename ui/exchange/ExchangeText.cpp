#include "exchange/ExchangeText.h"

#include "common/CountryModel.h"

#include <QLocale>

namespace lintas::ui {

using exchange::BundleProfile;
using exchange::ImportAction;
using exchange::VictimTreatment;

QString ExchangeText::victimTreatment(VictimTreatment treatment) {
    switch (treatment) {
    //: How a victim leaves in a bundle: with name and details.
    case VictimTreatment::Identifiable: return tr("Identifiable");
    //: How a victim leaves in a bundle: as a stable code instead of a name.
    case VictimTreatment::Pseudonymised: return tr("Pseudonymised");
    //: How a victim leaves in a bundle: not at all, and the export is refused.
    case VictimTreatment::Refused: return tr("Refused");
    }
    return {};
}

QIcon ExchangeText::victimTreatmentIcon(VictimTreatment treatment) {
    switch (treatment) {
    case VictimTreatment::Identifiable: return icon("identifiable");
    case VictimTreatment::Pseudonymised: return icon("pseudonymised");
    case VictimTreatment::Refused: return icon("rejected");
    }
    return {};
}

QString ExchangeText::victimReason(const std::string& reason) {
    if (reason == "consent")
        return tr("The victim's recorded consent covers this recipient and purpose.");
    if (reason == "profile")
        return tr("The chosen profile sends every victim as a code.");
    if (reason == "no-consent")
        return tr("No consent to share is recorded for this victim.");
    if (reason == "consent-withdrawn")
        return tr("The victim's consent was withdrawn or is not in force today.");
    if (reason == "consent-other-recipient")
        return tr("The victim's consent names another recipient.");
    if (reason == "consent-other-purpose")
        return tr("The victim's consent is for another purpose.");
    if (reason == "consent-other-case")
        return tr("The victim's consent is for another case.");
    if (reason == "consent-scope")
        return tr("The victim's consent does not cover their identity.");
    //: %1 is a machine reason code that this version does not know.
    return tr("Reason: %1").arg(QString::fromStdString(reason));
}

QString ExchangeText::blockerReason(const std::string& reason) {
    if (reason == "victim-consent")
        return tr("A victim's consent does not cover this, and you chose to refuse rather than pseudonymise.");
    if (reason == "third-agency-handling-code")
        return tr("A record received from another agency may not be passed on without its permission "
                  "(handling code H1/H2).");
    if (reason == "originator-only")
        return tr("A record is for its originator only (handling code H3) and never leaves.");
    if (reason == "marking-too-weak")
        return tr("The chosen TLP or handling code is less restrictive than a case's own marking.");
    if (reason == "needs-approval")
        return tr("Needs supervisor approval: an export under handling code H2 or TLP:RED leaves only with a "
                  "supervisor's approval of exactly this request.");
    return tr("Reason: %1").arg(QString::fromStdString(reason));
}

QString ExchangeText::withheldReason(const std::string& reason) {
    if (reason == "victim-photo")
        return tr("A photo or video of a case with a pseudonymised victim stays here.");
    return tr("Reason: %1").arg(QString::fromStdString(reason));
}

QString ExchangeText::profile(BundleProfile profile) {
    switch (profile) {
    //: Bundle profile: identifiable records.
    case BundleProfile::Full: return tr("Full");
    //: Bundle profile: every victim as a code.
    case BundleProfile::Pseudonymised: return tr("Pseudonymised");
    //: Bundle profile: aggregate counts only.
    case BundleProfile::Statistics: return tr("Statistics");
    }
    return {};
}

QString ExchangeText::profileExplanation(BundleProfile profile) {
    switch (profile) {
    case BundleProfile::Full:
        return tr("Records as they are; victims identifiable only where their consent covers it.");
    case BundleProfile::Pseudonymised:
        return tr("Every victim as a stable code: no names, birth dates, contacts, identifiers or photos.");
    case BundleProfile::Statistics:
        return tr("Counts only, small counts suppressed: no records about any person leave.");
    }
    return {};
}

QString ExchangeText::recordKind(const std::string& kind) {
    if (kind == "case")
        return tr("Case");
    if (kind == "person")
        return tr("Person");
    if (kind == "victim-profile")
        return tr("Victim profile");
    if (kind == "suspect-profile")
        return tr("Suspect profile");
    if (kind == "case-party")
        return tr("Role in case");
    if (kind == "journey-leg")
        return tr("Journey leg");
    if (kind == "case-link")
        return tr("Case link");
    if (kind == "relationship")
        return tr("Relationship");
    if (kind == "referral")
        return tr("Referral");
    if (kind == "note")
        return tr("Note");
    if (kind == "attachment")
        return tr("Attachment");
    if (kind == "organisation")
        return tr("Organisation");
    if (kind == "statistics")
        return tr("Statistics");
    return QString::fromStdString(kind);
}

QString ExchangeText::recordCount(const std::string& kind, std::int64_t count) {
    const int n = static_cast<int>(count);
    if (kind == "case")
        return tr("%n case(s)", nullptr, n);
    if (kind == "person")
        return tr("%n person(s)", nullptr, n);
    if (kind == "victim-profile")
        return tr("%n victim profile(s)", nullptr, n);
    if (kind == "suspect-profile")
        return tr("%n suspect profile(s)", nullptr, n);
    if (kind == "case-party")
        return tr("%n role(s) in cases", nullptr, n);
    if (kind == "journey-leg")
        return tr("%n journey leg(s)", nullptr, n);
    if (kind == "case-link")
        return tr("%n case link(s)", nullptr, n);
    if (kind == "relationship")
        return tr("%n relationship(s)", nullptr, n);
    if (kind == "referral")
        return tr("%n referral(s)", nullptr, n);
    if (kind == "note")
        return tr("%n note(s)", nullptr, n);
    if (kind == "attachment")
        return tr("%n attachment(s)", nullptr, n);
    if (kind == "organisation")
        return tr("%n organisation(s)", nullptr, n);
    //: %1 is a record kind, %2 how many.
    return tr("%1: %2").arg(recordKind(kind)).arg(count);
}

QString ExchangeText::importAction(ImportAction action) {
    switch (action) {
    //: Import action: the record is not here yet and will be added.
    case ImportAction::New: return tr("New");
    //: Import action: a newer copy of a record received before.
    case ImportAction::Update: return tr("Update");
    case ImportAction::Unchanged: return tr("Unchanged");
    //: Import action: the record was also edited here, or cannot be taken.
    case ImportAction::Conflict: return tr("Conflict");
    }
    return {};
}

QIcon ExchangeText::importActionIcon(ImportAction action) {
    switch (action) {
    case ImportAction::New: return icon("record-new");
    case ImportAction::Update: return icon("record-update");
    case ImportAction::Unchanged: return icon("record-unchanged");
    case ImportAction::Conflict: return icon("conflict");
    }
    return {};
}

QString ExchangeText::importRefusal(const std::string& refusal) {
    if (refusal.empty())
        return {};
    if (refusal == "local-record")
        return tr("The bundle carries a record of our own agency; ours stays.");
    if (refusal == "other-origin")
        return tr("A record with this identity exists here from another agency.");
    if (refusal == "other-case")
        return tr("This record belongs to another case here.");
    return tr("Reason: %1").arg(QString::fromStdString(refusal));
}

QString ExchangeText::statisticsSeries(const std::string& name) {
    if (name == "cases_by_status")
        return tr("Cases by status");
    if (name == "cases_by_exploitation_form")
        return tr("Cases by form of exploitation");
    if (name == "cases_by_country")
        return tr("Cases by country");
    if (name == "victims_by_sex")
        return tr("Victims by sex");
    if (name == "victims_by_age_bracket")
        return tr("Victims by age bracket");
    if (name == "victims_by_citizenship")
        return tr("Victims by citizenship");
    if (name == "victims_by_exploitation_type")
        return tr("Victims by type of exploitation");
    if (name == "victims_by_exploitation_country")
        return tr("Victims by country of exploitation");
    if (name == "referrals_by_service")
        return tr("Referrals by service");
    if (name == "referrals_by_status")
        return tr("Referrals by status");
    return QString::fromStdString(name);
}

QString ExchangeText::party(const exchange::BundleParty& party) {
    //: A partner agency: %1 its code, %2 its country, e.g. "Thailand (THA)".
    return tr("%1, %2").arg(QString::fromStdString(party.code),
                            CountryModel::displayName(QString::fromStdString(party.country)));
}

QString ExchangeText::size(std::uint64_t bytes) {
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

QIcon ExchangeText::icon(const char* name) {
    return QIcon(QStringLiteral(":/lintas/icons/%1.svg").arg(QLatin1String(name)));
}

}  // namespace lintas::ui
