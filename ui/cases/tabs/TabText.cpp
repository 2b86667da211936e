#include "cases/tabs/TabText.h"

#include "common/ErrorText.h"
#include "common/VocabText.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/domain/Person.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace lintas::ui {
namespace {

/// "person.identifiers[0].value" → "person.identifiers.value": the index does not change the name.
std::string withoutIndices(const std::string& field) {
    std::string out;
    bool inIndex = false;
    for (char c : field) {
        if (c == '[')
            inIndex = true;
        else if (c == ']')
            inIndex = false;
        else if (!inIndex)
            out += c;
    }
    return out;
}

}  // namespace

QString TabText::label(vocab::List list, std::string_view code) {
    // A case's referrals name their service as the dashboard does ("Legal"); the referrals board
    // spells it out ("Legal aid").
    return list == vocab::List::ServiceType ? VocabText::shortLabel(list, code) : VocabText::label(list, code);
}

QString TabText::label(vocab::List list, const QString& code) { return label(list, std::string_view(ss(code))); }

bool TabText::coversList(vocab::List list) {
    const auto terms = vocab::terms(list);
    return std::all_of(terms.begin(), terms.end(),
                       [&](const vocab::Term& term) { return VocabText::hasEntry(list, term.code); });
}

QString TabText::fieldName(const std::string& rawField) {
    const std::string field = withoutIndices(rawField);
    struct Name {
        const char* field;
        const char* text;
    };
    static constexpr auto kNames = std::to_array<Name>({
        {"person.name", QT_TRANSLATE_NOOP("TabText", "Name")},
        {"person.givenNames", QT_TRANSLATE_NOOP("TabText", "Given names")},
        {"person.familyName", QT_TRANSLATE_NOOP("TabText", "Family name")},
        {"person.sex", QT_TRANSLATE_NOOP("TabText", "Sex")},
        {"person.citizenships", QT_TRANSLATE_NOOP("TabText", "Citizenship")},
        {"person.identifiers.type", QT_TRANSLATE_NOOP("TabText", "Identifier type")},
        {"person.identifiers.value", QT_TRANSLATE_NOOP("TabText", "Identifier")},
        {"person.identifiers.issuingCountry", QT_TRANSLATE_NOOP("TabText", "Issuing country")},
        {"identifier.value", QT_TRANSLATE_NOOP("TabText", "Identifier")},
        {"party.role", QT_TRANSLATE_NOOP("TabText", "Role")},
        {"party.person", QT_TRANSLATE_NOOP("TabText", "Person")},
        {"party.roleDetails", QT_TRANSLATE_NOOP("TabText", "Role details")},
        {"victim.person", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"victim.traffickingStatus", QT_TRANSLATE_NOOP("TabText", "Trafficking status")},
        {"victim.statusDecidedBy", QT_TRANSLATE_NOOP("TabText", "Status decided by")},
        {"victim.relationshipToTrafficker", QT_TRANSLATE_NOOP("TabText", "Relationship to trafficker")},
        {"victim.ageWhenTrafficked", QT_TRANSLATE_NOOP("TabText", "Age when trafficked")},
        {"victim.recruitmentMethods", QT_TRANSLATE_NOOP("TabText", "Recruitment methods")},
        {"victim.recruitmentApps", QT_TRANSLATE_NOOP("TabText", "Recruitment websites and apps")},
        {"victim.controlMethods", QT_TRANSLATE_NOOP("TabText", "Methods of control")},
        {"victim.exploitationTypes", QT_TRANSLATE_NOOP("TabText", "Types of exploitation")},
        {"victim.sexExploitationTypes", QT_TRANSLATE_NOOP("TabText", "Types of sexual exploitation")},
        {"victim.forcedLabourIndustry", QT_TRANSLATE_NOOP("TabText", "Forced-labour industry")},
        {"victim.exploitationApps", QT_TRANSLATE_NOOP("TabText", "Exploitation websites and apps")},
        {"victim.identificationMethod", QT_TRANSLATE_NOOP("TabText", "How identified")},
        {"victim.identifiedOn", QT_TRANSLATE_NOOP("TabText", "Identified on")},
        {"suspect.person", QT_TRANSLATE_NOOP("TabText", "Suspect")},
        {"suspect.rolesInProcess", QT_TRANSLATE_NOOP("TabText", "Roles in the process")},
        {"suspect.roleDetails", QT_TRANSLATE_NOOP("TabText", "Role details")},
        {"suspect.arrestStatus", QT_TRANSLATE_NOOP("TabText", "Arrest status")},
        {"suspect.arrestedOn", QT_TRANSLATE_NOOP("TabText", "Arrested on")},
        {"suspect.chargeStatus", QT_TRANSLATE_NOOP("TabText", "Charge status")},
        {"suspect.charges", QT_TRANSLATE_NOOP("TabText", "Charges")},
        {"suspect.prosecutionStatus", QT_TRANSLATE_NOOP("TabText", "Prosecution status")},
        {"journey.person", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"journey.eventType", QT_TRANSLATE_NOOP("TabText", "Type")},
        {"journey.country", QT_TRANSLATE_NOOP("TabText", "Country")},
        {"journey.state", QT_TRANSLATE_NOOP("TabText", "State or province")},
        {"journey.city", QT_TRANSLATE_NOOP("TabText", "City or place")},
        {"journey.street", QT_TRANSLATE_NOOP("TabText", "Street")},
        {"journey.eventDate", QT_TRANSLATE_NOOP("TabText", "Date")},
        {"journey.meansOfTravel", QT_TRANSLATE_NOOP("TabText", "Means of travel")},
        {"journey.borderCrossing", QT_TRANSLATE_NOOP("TabText", "Border crossing")},
        {"journey.documentsUsed", QT_TRANSLATE_NOOP("TabText", "Documents used")},
        {"journey.description", QT_TRANSLATE_NOOP("TabText", "Description")},
        {"case.reference", QT_TRANSLATE_NOOP("TabText", "Case reference")},
        {"caseLink.linkedCase", QT_TRANSLATE_NOOP("TabText", "Linked case")},
        {"caseLink.foreignAgencyCode", QT_TRANSLATE_NOOP("TabText", "Their agency code")},
        {"caseLink.foreignCountry", QT_TRANSLATE_NOOP("TabText", "Their country")},
        {"caseLink.foreignReference", QT_TRANSLATE_NOOP("TabText", "Their reference")},
        {"caseLink.ourContact", QT_TRANSLATE_NOOP("TabText", "Our contact")},
        {"caseLink.note", QT_TRANSLATE_NOOP("TabText", "Note")},
        {"relationship.from", QT_TRANSLATE_NOOP("TabText", "From")},
        {"relationship.to", QT_TRANSLATE_NOOP("TabText", "To")},
        {"relationship.type", QT_TRANSLATE_NOOP("TabText", "Relationship")},
        {"relationship.sourceReliability", QT_TRANSLATE_NOOP("TabText", "Source grade")},
        {"relationship.informationCredibility", QT_TRANSLATE_NOOP("TabText", "Information grade")},
        {"relationship.note", QT_TRANSLATE_NOOP("TabText", "Note")},
        {"referral.victim", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"referral.service", QT_TRANSLATE_NOOP("TabText", "Service")},
        {"referral.provider", QT_TRANSLATE_NOOP("TabText", "Provider")},
        {"referral.officer", QT_TRANSLATE_NOOP("TabText", "Officer")},
        {"referral.status", QT_TRANSLATE_NOOP("TabText", "Status")},
        {"referral.dueDate", QT_TRANSLATE_NOOP("TabText", "Due date")},
        {"referral.notes", QT_TRANSLATE_NOOP("TabText", "Notes")},
        {"note.kind", QT_TRANSLATE_NOOP("TabText", "Kind")},
        {"note.occurredAt", QT_TRANSLATE_NOOP("TabText", "Occurred at")},
        {"note.author", QT_TRANSLATE_NOOP("TabText", "Author")},
        {"note.body", QT_TRANSLATE_NOOP("TabText", "Text")},
        {"attachment.name", QT_TRANSLATE_NOOP("TabText", "File name")},
        {"attachment.mediaType", QT_TRANSLATE_NOOP("TabText", "Media type")},
        {"attachment.source", QT_TRANSLATE_NOOP("TabText", "File to attach")},
        {"attachment.store", QT_TRANSLATE_NOOP("TabText", "Attachment store")},
        {"attachment.content", QT_TRANSLATE_NOOP("TabText", "Stored attachment")},
        {"attachment.destination", QT_TRANSLATE_NOOP("TabText", "Destination file")},
    });
    for (const Name& n : kNames)
        if (field == n.field)
            return QCoreApplication::translate("TabText", n.text);
    return ErrorText::fieldName(rawField);
}

QString TabText::errorSentence(const Error& error) {
    const QString text = ErrorText::message(error.code);
    if (error.field.empty())
        return text;
    //: %1 is the name of a field, %2 the sentence saying what is wrong with it.
    return tr("%1: %2").arg(fieldName(error.field), text);
}

QString TabText::inlineError(const Error& error) {
    const QString detail = ErrorText::technicalDetail(error);
    const QString text = ErrorText::message(error.code);
    return detail.isEmpty() ? text : text + QLatin1Char('\n') + detail;
}

QString TabText::referralMoveText(const std::string& toStatus) {
    if (toStatus == "Accepted")
        return tr("Accept");
    if (toStatus == "InProgress")
        return tr("Start");
    if (toStatus == "Completed")
        return tr("Complete");
    if (toStatus == "Declined")
        return tr("Decline");
    if (toStatus == "Cancelled")
        return tr("Cancel referral");
    //: %1 is a referral status.
    return tr("Move to %1").arg(label(vocab::List::ReferralStatus, toStatus));
}

bool TabText::isMaskedName(const std::string& name) { return name == kMaskedName; }

QString TabText::maskedVictim() {
    //: Shown instead of a victim's name, which stays hidden until read with a reason.
    return tr("Victim (identity hidden)");
}

QString TabText::personName(const std::string& name) { return isMaskedName(name) ? maskedVictim() : qs(name); }

std::map<std::string, QString> TabText::partyNames(const std::vector<CaseParty>& parties) {
    std::map<std::string, QString> names;
    std::vector<const CaseParty*> masked;  // masked people, each once
    for (const CaseParty& p : parties) {
        if (names.count(p.personUuid))
            continue;
        names[p.personUuid] = personName(p.personName);
        if (isMaskedName(p.personName))
            masked.push_back(&p);
    }
    if (masked.size() > 1) {
        // Numbered in the order they joined the case: adding a victim does not renumber the others
        // (core lists parties by their hidden names, which must not show through).
        std::stable_sort(masked.begin(), masked.end(),
                         [](const CaseParty* a, const CaseParty* b) { return a->addedAt < b->addedAt; });
        for (std::size_t i = 0; i < masked.size(); ++i)
            //: Shown instead of a victim's hidden name when a case has several; %1 numbers them.
            names[masked[i]->personUuid] = tr("Victim %1 (identity hidden)").arg(i + 1);
    }
    return names;
}

QString TabText::date(const std::optional<std::string>& isoDate) { return isoDate ? qs(*isoDate) : QString(); }

QString TabText::timestamp(const std::string& isoUtc) {
    const QDateTime utc = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!utc.isValid())
        return qs(isoUtc);
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TabText::fileSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString TabText::exactSize(qint64 bytes) {
    //: %1 is a number of bytes, formatted for the locale.
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

}  // namespace lintas::ui
