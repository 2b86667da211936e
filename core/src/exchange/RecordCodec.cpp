#include "lintas/exchange/RecordCodec.h"

#include "JsonSchema.h"

#include <algorithm>
#include <set>

// JSON member names follow HTCDS 2.0 field names where the standard has the field (prs_FirstName,
// vic_TypeOfExploitation, cas_Status, hte_Country, spl_Type, cco_CaseComment, org_Name, …) and
// snake_case Lintas names otherwise. docs/bundle-format.md lists every member.
namespace lintas::exchange::codec {

namespace {

using json::Value;
using vocab::List;

Value opt(const std::optional<std::string>& s) { return s ? Value(*s) : Value(); }
Value opt(const std::optional<int>& i) { return i ? Value(*i) : Value(); }
Value opt(const std::optional<double>& d) { return d ? Value(*d) : Value(); }
Value strings(const std::vector<std::string>& items) {
    json::Array a;
    for (const auto& s : items)
        a.emplace_back(s);
    return a;
}
Value agency(const AgencyKey& a) { return json::Object{{"code", a.code}, {"country", a.country}}; }
const char* partyKindName(PartyKind k) { return k == PartyKind::Person ? "person" : "organisation"; }

Value identifiers(const std::vector<Identifier>& ids) {
    json::Array a;
    for (const auto& id : ids)
        a.emplace_back(json::Object{{"type", id.type}, {"value", id.value}, {"issuing_country", opt(id.issuingCountry)}});
    return a;
}

Value encodePerson(const PersonRecord& r) {
    const Person& p = r.person;
    json::Array aliases;
    for (const auto& al : p.aliases)
        aliases.emplace_back(
            json::Object{{"name", al.name}, {"script", al.script}, {"transliteration", al.transliteration}});
    return json::Object{
        {"uuid", p.meta.uuid},
        {"origin", agency(r.origin)},
        {"created_at", p.meta.createdAt},
        {"updated_at", p.meta.updatedAt},
        {"version", p.meta.version},
        {"pseudonymised", r.pseudonymised},
        {"pseudonym", r.pseudonymised ? Value(r.pseudonym) : Value()},
        {"prs_Salutation", p.salutation},
        {"prs_Title", p.jobTitle},
        {"prs_FirstName", p.givenNames},
        {"prs_MiddleName", p.middleName},
        {"prs_SecondName", p.familyName},
        {"sex", p.sex},
        {"prs_Gender", p.gender},
        {"prs_Birthdate", opt(p.birthDate)},
        {"estimated_age", opt(p.estimatedAge)},
        {"age_estimated_on", opt(p.ageEstimatedOn)},
        {"prs_Deceased", p.deceased},
        {"prs_MaritalStatus", opt(p.maritalStatus)},
        {"prs_NumberOfChildren", opt(p.numberOfChildren)},
        {"prs_HighestLevelOfEducation", opt(p.education)},
        {"prs_MailingStreet", p.street},
        {"prs_MailingCity", p.city},
        {"prs_MailingState", p.state},
        {"prs_MailingPostalCode", p.postalCode},
        {"prs_MailingCountry", opt(p.country)},
        {"prs_MailingLatitude", opt(p.latitude)},
        {"prs_MailingLongitude", opt(p.longitude)},
        {"aliases", std::move(aliases)},
        {"prs_Citizenship", strings(p.citizenships)},
        {"languages", strings(p.languages)},
        {"identifiers", identifiers(p.identifiers)},
    };
}

Value encodeVictim(const VictimProfile& v) {
    return json::Object{
        {"person", v.personUuid},
        {"vic_TraffickingStatus", opt(v.traffickingStatus)},
        {"vic_TraffickingStatusDecisionMakingOrg", opt(v.statusDecidedBy)},
        {"vic_RelationshipToTrafficker", opt(v.relationshipToTrafficker)},
        {"vic_AgeWhenTrafficked", opt(v.ageWhenTrafficked)},
        {"vic_MethodOfRecruitment", strings(v.recruitmentMethods)},
        {"vic_RecruitmentWebsitesAndApps", strings(v.recruitmentApps)},
        {"vic_LocationOfRecruitment", opt(v.recruitmentLocation)},
        {"vic_MethodsOfControl", strings(v.controlMethods)},
        {"vic_TypeOfExploitation", strings(v.exploitationTypes)},
        {"vic_TypeOfSexExploitation", strings(v.sexExploitationTypes)},
        {"vic_ForcedLabourIndustry", opt(v.forcedLabourIndustry)},
        {"vic_ExploitationWebsitesAndApps", strings(v.exploitationApps)},
        {"vic_LocationOfExploitation", opt(v.exploitationLocation)},
        {"identification_method", opt(v.identificationMethod)},
        {"identified_on", opt(v.identifiedOn)},
        {"updated_at", v.updatedAt},
    };
}

Value encodeSuspect(const SuspectProfile& s) {
    return json::Object{
        {"person", s.personUuid},
        {"per_RoleInProcess", strings(s.rolesInProcess)},
        {"per_RoleDetails", s.roleDetails},
        {"arrest_status", s.arrestStatus},
        {"arrested_on", opt(s.arrestedOn)},
        {"charge_status", s.chargeStatus},
        {"charges", s.charges},
        {"prosecution_status", s.prosecutionStatus},
        {"updated_at", s.updatedAt},
    };
}

Value encodeLeg(const JourneyLeg& l) {
    return json::Object{
        {"uuid", l.uuid},
        {"person", l.personUuid},
        {"sequence", l.sequence},
        {"hte_Type", l.eventType},
        {"hte_Country", l.country},
        {"hte_State", l.state},
        {"hte_City", l.city},
        {"hte_Street", l.street},
        {"hte_PostalCode", l.postalCode},
        {"hte_Latitude", opt(l.latitude)},
        {"hte_Longitude", opt(l.longitude)},
        {"hte_Date", opt(l.eventDate)},
        {"means_of_travel", opt(l.meansOfTravel)},
        {"border_crossing", l.borderCrossing},
        {"documents_used", l.documentsUsed},
        {"hte_Description", l.description},
        {"created_at", l.createdAt},
        {"updated_at", l.updatedAt},
    };
}

Value encodeLink(const CaseLink& l) {
    return json::Object{
        {"uuid", l.uuid},
        {"linked_case", opt(l.linkedCaseUuid)},
        {"foreign_agency_code", opt(l.foreignAgencyCode)},
        {"foreign_country", opt(l.foreignCountry)},
        {"foreign_reference", opt(l.foreignReference)},
        {"our_contact", l.ourContact},
        {"note", l.note},
        {"created_at", l.createdAt},
    };
}

Value encodeRelationship(const Relationship& r) {
    return json::Object{
        {"uuid", r.uuid},
        {"case", opt(r.caseUuid)},
        {"from", json::Object{{"kind", partyKindName(r.fromKind)}, {"uuid", r.fromUuid}}},
        {"to", json::Object{{"kind", partyKindName(r.toKind)}, {"uuid", r.toUuid}}},
        {"type", r.type},
        {"source_reliability", r.sourceReliability},
        {"information_credibility", r.informationCredibility},
        {"note", r.note},
        {"created_at", r.createdAt},
        {"updated_at", r.updatedAt},
    };
}

Value encodeReferral(const ReferralRecord& rr) {
    const Referral& r = rr.referral;
    json::Array history;
    for (const auto& t : rr.history)
        history.emplace_back(json::Object{{"from_status", opt(t.fromStatus)},
                                          {"to_status", t.toStatus},
                                          {"at", t.at},
                                          {"by_user", t.byUser},
                                          {"note", t.note}});
    return json::Object{
        {"uuid", r.uuid},
        {"victim", r.victimUuid},
        {"spl_Type", r.service},
        {"provider", opt(r.providerUuid)},
        {"officer", r.officer},
        {"status", r.status},
        {"spl_PlannedEndDate", opt(r.dueDate)},
        {"outcome", r.outcome},
        {"notes", r.notes},
        {"requested_at", r.requestedAt},
        {"accepted_at", opt(r.acceptedAt)},
        {"started_at", opt(r.startedAt)},
        {"spl_ActualEndDate", opt(r.completedAt)},
        {"declined_at", opt(r.declinedAt)},
        {"cancelled_at", opt(r.cancelledAt)},
        {"created_at", r.createdAt},
        {"updated_at", r.updatedAt},
        {"version", r.version},
        {"history", std::move(history)},
    };
}

Value encodeCaseFields(const Case& c, const AgencyKey& origin) {
    return json::Object{
        {"uuid", c.meta.uuid},
        {"origin", agency(origin)},
        {"created_at", c.meta.createdAt},
        {"updated_at", c.meta.updatedAt},
        {"version", c.meta.version},
        {"reference", c.reference},
        {"title", c.title},
        {"cas_Status", c.status},
        {"exploitation_forms", strings(c.exploitationForms)},
        {"countries", strings(c.countries)},
        {"summary", c.summary},
        {"opened_on", opt(c.openedOn)},
        {"closed_on", opt(c.closedOn)},
        {"cas_ReasonForCaseClosure", c.closureReason},
        {"cas_CaseOwner", c.owner},
        {"tlp", c.tlp},
        {"handling_code", c.handlingCode},
        {"cas_ReferringOrganisation", opt(c.referringOrganisation)},
        {"cas_IncomingReferralDate", opt(c.incomingReferralDate)},
        {"cas_ReasonForIncomingReferral", opt(c.incomingReferralReason)},
        {"cas_IncomingReferralDetails", c.incomingReferralDetails},
        {"cas_ReferringPrimaryCaseWorker", c.referringCaseWorker},
        {"cas_ReferredOrganisation", opt(c.referredOrganisation)},
        {"cas_OutgoingReferralDate", opt(c.outgoingReferralDate)},
        {"cas_ReasonForOutgoingReferral", opt(c.outgoingReferralReason)},
        {"cas_OutgoingReferralDetails", c.outgoingReferralDetails},
        {"cas_ReferredPrimaryCaseWorker", c.referredCaseWorker},
    };
}

// ---- decoding ---------------------------------------------------------------------------------

AgencyKey decodeAgency(schema::Object o) {
    AgencyKey a;
    a.code = o.text("code", true, 32);
    a.country = o.country("country");
    o.finish();
    return a;
}

std::vector<Identifier> decodeIdentifiers(schema::Object& parent, std::string_view key) {
    std::vector<Identifier> out;
    const auto& items = parent.array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        schema::Object o(parent.errors(), &items[i], schema::indexPath(parent.pathOf(key), i));
        Identifier id;
        id.type = o.code("type", List::IdentifierType);
        id.value = o.text("value", true, 500);
        id.issuingCountry = o.optCountry("issuing_country");
        o.finish();
        out.push_back(std::move(id));
    }
    return out;
}

PersonRecord decodePerson(schema::Object o) {
    PersonRecord r;
    Person& p = r.person;
    p.meta.uuid = o.uuid("uuid");
    r.origin = decodeAgency(o.object("origin"));
    p.meta.createdAt = o.timestamp("created_at");
    p.meta.updatedAt = o.timestamp("updated_at");
    p.meta.version = o.integer("version", 1, INT64_MAX);
    r.pseudonymised = o.boolean("pseudonymised");
    r.pseudonym = o.text("pseudonym", r.pseudonymised, 64);
    p.salutation = o.text("prs_Salutation");
    p.jobTitle = o.text("prs_Title");
    p.givenNames = o.text("prs_FirstName");
    p.middleName = o.text("prs_MiddleName");
    p.familyName = o.text("prs_SecondName");
    p.sex = o.code("sex", List::Sex);
    p.gender = o.code("prs_Gender", List::Gender);
    p.birthDate = o.optDate("prs_Birthdate");
    if (auto age = o.optInteger("estimated_age", 0, 130))
        p.estimatedAge = static_cast<int>(*age);
    p.ageEstimatedOn = o.optDate("age_estimated_on");
    p.deceased = o.boolean("prs_Deceased");
    p.maritalStatus = o.optCode("prs_MaritalStatus", List::MaritalStatus);
    if (auto n = o.optInteger("prs_NumberOfChildren", 0, 50))
        p.numberOfChildren = static_cast<int>(*n);
    p.education = o.optCode("prs_HighestLevelOfEducation", List::Education);
    p.street = o.text("prs_MailingStreet");
    p.city = o.text("prs_MailingCity");
    p.state = o.text("prs_MailingState");
    p.postalCode = o.text("prs_MailingPostalCode");
    p.country = o.optCountry("prs_MailingCountry");
    p.latitude = o.optNumber("prs_MailingLatitude", -90, 90);
    p.longitude = o.optNumber("prs_MailingLongitude", -180, 180);
    const auto& aliases = o.array("aliases");
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        schema::Object a(o.errors(), &aliases[i], schema::indexPath(o.pathOf("aliases"), i));
        Alias al;
        al.name = a.text("name", true, 200);
        al.script = a.text("script", false, 8);
        al.transliteration = a.text("transliteration", false, 200);
        a.finish();
        p.aliases.push_back(std::move(al));
    }
    p.citizenships = o.countries("prs_Citizenship");
    p.languages = o.languages("languages");
    p.identifiers = decodeIdentifiers(o, "identifiers");
    o.finish();
    if (r.pseudonymised && (p.birthDate || !p.aliases.empty() || !p.identifiers.empty() || !p.familyName.empty()))
        o.errors().fail(o.pathOf("pseudonymised"), "a pseudonymised person carries no name, birth date, alias or identifier");
    return r;
}

VictimProfile decodeVictim(schema::Object o, const std::string& caseUuid) {
    VictimProfile v;
    v.caseUuid = caseUuid;
    v.personUuid = o.uuid("person");
    v.traffickingStatus = o.optCode("vic_TraffickingStatus", List::TraffickingStatus);
    v.statusDecidedBy = o.optCode("vic_TraffickingStatusDecisionMakingOrg", List::DecisionMakingOrg);
    v.relationshipToTrafficker = o.optCode("vic_RelationshipToTrafficker", List::RelationshipToTrafficker);
    if (auto age = o.optInteger("vic_AgeWhenTrafficked", 0, 130))
        v.ageWhenTrafficked = static_cast<int>(*age);
    v.recruitmentMethods = o.codes("vic_MethodOfRecruitment", List::RecruitmentMethod);
    v.recruitmentApps = o.codes("vic_RecruitmentWebsitesAndApps", List::WebsiteOrApp);
    v.recruitmentLocation = o.optUuid("vic_LocationOfRecruitment");
    v.controlMethods = o.codes("vic_MethodsOfControl", List::ControlMethod);
    v.exploitationTypes = o.codes("vic_TypeOfExploitation", List::ExploitationType);
    v.sexExploitationTypes = o.codes("vic_TypeOfSexExploitation", List::SexExploitationType);
    v.forcedLabourIndustry = o.optCode("vic_ForcedLabourIndustry", List::ForcedLabourIndustry);
    v.exploitationApps = o.codes("vic_ExploitationWebsitesAndApps", List::WebsiteOrApp);
    v.exploitationLocation = o.optUuid("vic_LocationOfExploitation");
    v.identificationMethod = o.optCode("identification_method", List::IdentificationMethod);
    v.identifiedOn = o.optDate("identified_on");
    v.updatedAt = o.timestamp("updated_at");
    o.finish();
    return v;
}

SuspectProfile decodeSuspect(schema::Object o, const std::string& caseUuid) {
    SuspectProfile s;
    s.caseUuid = caseUuid;
    s.personUuid = o.uuid("person");
    s.rolesInProcess = o.codes("per_RoleInProcess", List::RoleInProcess);
    s.roleDetails = o.text("per_RoleDetails");
    s.arrestStatus = o.code("arrest_status", List::ArrestStatus);
    s.arrestedOn = o.optDate("arrested_on");
    s.chargeStatus = o.code("charge_status", List::ChargeStatus);
    s.charges = o.text("charges");
    s.prosecutionStatus = o.code("prosecution_status", List::ProsecutionStatus);
    s.updatedAt = o.timestamp("updated_at");
    o.finish();
    return s;
}

JourneyLeg decodeLeg(schema::Object o, const std::string& caseUuid) {
    JourneyLeg l;
    l.caseUuid = caseUuid;
    l.uuid = o.uuid("uuid");
    l.personUuid = o.uuid("person");
    l.sequence = static_cast<int>(o.integer("sequence", 0, 1'000'000));
    l.eventType = o.code("hte_Type", List::JourneyEventType);
    l.country = o.country("hte_Country");
    l.state = o.text("hte_State");
    l.city = o.text("hte_City");
    l.street = o.text("hte_Street");
    l.postalCode = o.text("hte_PostalCode");
    l.latitude = o.optNumber("hte_Latitude", -90, 90);
    l.longitude = o.optNumber("hte_Longitude", -180, 180);
    l.eventDate = o.optDate("hte_Date");
    l.meansOfTravel = o.optCode("means_of_travel", List::MeansOfTravel);
    l.borderCrossing = o.text("border_crossing");
    l.documentsUsed = o.text("documents_used");
    l.description = o.text("hte_Description");
    l.createdAt = o.timestamp("created_at");
    l.updatedAt = o.timestamp("updated_at");
    o.finish();
    return l;
}

CaseLink decodeLink(schema::Object o, const std::string& caseUuid) {
    CaseLink l;
    l.caseUuid = caseUuid;
    l.uuid = o.uuid("uuid");
    l.linkedCaseUuid = o.optUuid("linked_case");
    l.foreignAgencyCode = o.optText("foreign_agency_code", 32);
    l.foreignCountry = o.optCountry("foreign_country");
    l.foreignReference = o.optText("foreign_reference", 100);
    l.ourContact = o.text("our_contact");
    l.note = o.text("note");
    l.createdAt = o.timestamp("created_at");
    o.finish();
    if (l.linkedCaseUuid.has_value() == l.foreignReference.has_value())
        o.errors().fail(o.pathOf("linked_case"), "exactly one of linked_case and foreign_reference is set");
    return l;
}

PartyKind decodeEnd(schema::Object o, std::string& uuid) {
    const std::string kind = o.text("kind", true, 20);
    uuid = o.uuid("uuid");
    o.finish();
    if (kind != "person" && kind != "organisation")
        o.errors().fail(o.pathOf("kind"), "must be \"person\" or \"organisation\"");
    return kind == "organisation" ? PartyKind::Organisation : PartyKind::Person;
}

Relationship decodeRelationship(schema::Object o) {
    Relationship r;
    r.uuid = o.uuid("uuid");
    r.caseUuid = o.optUuid("case");
    r.fromKind = decodeEnd(o.object("from"), r.fromUuid);
    r.toKind = decodeEnd(o.object("to"), r.toUuid);
    r.type = o.code("type", List::RelationshipType);
    r.sourceReliability = o.code("source_reliability", List::SourceReliability);
    r.informationCredibility = o.code("information_credibility", List::InformationCredibility);
    r.note = o.text("note");
    r.createdAt = o.timestamp("created_at");
    r.updatedAt = o.timestamp("updated_at");
    o.finish();
    return r;
}

ReferralRecord decodeReferral(schema::Object o, const std::string& caseUuid) {
    ReferralRecord rr;
    Referral& r = rr.referral;
    r.caseUuid = caseUuid;
    r.uuid = o.uuid("uuid");
    r.victimUuid = o.uuid("victim");
    r.service = o.code("spl_Type", List::ServiceType);
    r.providerUuid = o.optUuid("provider");
    r.officer = o.text("officer");
    r.status = o.code("status", List::ReferralStatus);
    r.dueDate = o.optDate("spl_PlannedEndDate");
    r.outcome = o.text("outcome");
    r.notes = o.text("notes");
    r.requestedAt = o.timestamp("requested_at");
    r.acceptedAt = o.optTimestamp("accepted_at");
    r.startedAt = o.optTimestamp("started_at");
    r.completedAt = o.optTimestamp("spl_ActualEndDate");
    r.declinedAt = o.optTimestamp("declined_at");
    r.cancelledAt = o.optTimestamp("cancelled_at");
    r.createdAt = o.timestamp("created_at");
    r.updatedAt = o.timestamp("updated_at");
    r.version = o.integer("version", 1, INT64_MAX);
    const auto& history = o.array("history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        schema::Object h(o.errors(), &history[i], schema::indexPath(o.pathOf("history"), i));
        ReferralTransition t;
        t.fromStatus = h.optCode("from_status", List::ReferralStatus);
        t.toStatus = h.code("to_status", List::ReferralStatus);
        t.at = h.timestamp("at");
        t.byUser = h.text("by_user", false, 200);
        t.note = h.text("note");
        h.finish();
        rr.history.push_back(std::move(t));
    }
    o.finish();
    return rr;
}

Note decodeNote(schema::Object o, const std::string& caseUuid) {
    Note n;
    n.caseUuid = caseUuid;
    n.uuid = o.uuid("uuid");
    n.kind = o.code("kind", List::NoteKind);
    n.occurredAt = o.timestamp("occurred_at");
    n.author = o.text("author", false, 200);
    n.body = o.text("cco_CaseComment", true);
    n.createdAt = o.timestamp("created_at");
    n.updatedAt = o.timestamp("updated_at");
    o.finish();
    return n;
}

Attachment decodeAttachment(schema::Object o, const std::string& caseUuid) {
    Attachment a;
    a.caseUuid = caseUuid;
    a.uuid = o.uuid("uuid");
    a.sha256 = o.text("sha256", true, 64);
    if (a.sha256.size() != 64 || a.sha256.find_first_not_of("0123456789abcdef") != std::string::npos)
        o.errors().fail(o.pathOf("sha256"), "must be 64 lower-case hex digits");
    a.name = o.text("name", true, 255);
    if (a.name.find_first_of("/\\") != std::string::npos)
        o.errors().fail(o.pathOf("name"), "must be a file name without a directory");
    a.mediaType = o.text("media_type", true, 255);
    a.size = o.integer("size", 0, INT64_MAX);
    a.addedAt = o.timestamp("added_at");
    a.addedBy = o.text("added_by", false, 200);
    o.finish();
    return a;
}

Case decodeCaseFields(schema::Object o, AgencyKey& origin) {
    Case c;
    c.meta.uuid = o.uuid("uuid");
    origin = decodeAgency(o.object("origin"));
    c.meta.createdAt = o.timestamp("created_at");
    c.meta.updatedAt = o.timestamp("updated_at");
    c.meta.version = o.integer("version", 1, INT64_MAX);
    c.reference = o.text("reference", true, 64);
    c.title = o.text("title", true, 300);
    c.status = o.code("cas_Status", List::CaseStatus);
    c.exploitationForms = o.codes("exploitation_forms", List::ExploitationType);
    c.countries = o.countries("countries");
    c.summary = o.text("summary");
    c.openedOn = o.optDate("opened_on");
    c.closedOn = o.optDate("closed_on");
    c.closureReason = o.text("cas_ReasonForCaseClosure");
    c.owner = o.text("cas_CaseOwner", false, 200);
    c.tlp = o.code("tlp", List::Tlp);
    c.handlingCode = o.code("handling_code", List::HandlingCode);
    c.referringOrganisation = o.optUuid("cas_ReferringOrganisation");
    c.incomingReferralDate = o.optDate("cas_IncomingReferralDate");
    c.incomingReferralReason = o.optCode("cas_ReasonForIncomingReferral", List::ReferralReason);
    c.incomingReferralDetails = o.text("cas_IncomingReferralDetails");
    c.referringCaseWorker = o.text("cas_ReferringPrimaryCaseWorker", false, 200);
    c.referredOrganisation = o.optUuid("cas_ReferredOrganisation");
    c.outgoingReferralDate = o.optDate("cas_OutgoingReferralDate");
    c.outgoingReferralReason = o.optCode("cas_ReasonForOutgoingReferral", List::ReferralReason);
    c.outgoingReferralDetails = o.text("cas_OutgoingReferralDetails");
    c.referredCaseWorker = o.text("cas_ReferredPrimaryCaseWorker", false, 200);
    o.finish();
    return c;
}

/// Decodes every element of array `key` with `decode(elementReader)`.
template <typename T, typename F>
std::vector<T> decodeList(schema::Object& parent, std::string_view key, F decode) {
    std::vector<T> out;
    const auto& items = parent.array(key);
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size() && !parent.errors().failed(); ++i)
        out.push_back(decode(schema::Object(parent.errors(), &items[i], schema::indexPath(parent.pathOf(key), i))));
    return out;
}

/// The references inside a case record that must resolve within it: a profile, leg or referral
/// names a person who has that role in the case; UUIDs are unique per kind.
void checkReferences(const CaseRecord& r, schema::Errors& errors) {
    std::set<std::string> persons;
    for (std::size_t i = 0; i < r.persons.size(); ++i)
        if (!persons.insert(r.persons[i].person.meta.uuid).second)
            errors.fail(schema::indexPath("persons", i) + ".uuid", "repeats a person");
    std::set<std::pair<std::string, std::string>> roles;
    for (std::size_t i = 0; i < r.parties.size(); ++i) {
        const auto& p = r.parties[i];
        if (!persons.contains(p.personUuid))
            errors.fail(schema::indexPath("parties", i) + ".person", "names a person not in this record");
        if (!roles.emplace(p.personUuid, p.role).second)
            errors.fail(schema::indexPath("parties", i), "repeats a role");
    }
    for (const auto& p : r.persons)
        if (std::none_of(r.parties.begin(), r.parties.end(),
                         [&](const CaseParty& cp) { return cp.personUuid == p.person.meta.uuid; }))
            errors.fail("persons", "holds a person without a role in the case");
    const auto hasRole = [&](const std::string& person, const char* role) { return roles.contains({person, role}); };
    std::set<std::string> seen;
    for (std::size_t i = 0; i < r.victimProfiles.size(); ++i)
        if (!hasRole(r.victimProfiles[i].personUuid, "Victim") || !seen.insert(r.victimProfiles[i].personUuid).second)
            errors.fail(schema::indexPath("victim_profiles", i) + ".person", "must name a victim of the case, once");
    seen.clear();
    for (std::size_t i = 0; i < r.suspectProfiles.size(); ++i)
        if (!hasRole(r.suspectProfiles[i].personUuid, "Suspect") ||
            !seen.insert(r.suspectProfiles[i].personUuid).second)
            errors.fail(schema::indexPath("suspect_profiles", i) + ".person", "must name a suspect of the case, once");
    for (std::size_t i = 0; i < r.journey.size(); ++i)
        if (!hasRole(r.journey[i].personUuid, "Victim"))
            errors.fail(schema::indexPath("journey", i) + ".person", "must name a victim of the case");
    for (std::size_t i = 0; i < r.referrals.size(); ++i)
        if (!hasRole(r.referrals[i].referral.victimUuid, "Victim"))
            errors.fail(schema::indexPath("referrals", i) + ".victim", "must name a victim of the case");
    for (std::size_t i = 0; i < r.relationships.size(); ++i) {
        const auto& rel = r.relationships[i];
        if ((rel.fromKind == PartyKind::Person && !persons.contains(rel.fromUuid)) ||
            (rel.toKind == PartyKind::Person && !persons.contains(rel.toUuid)))
            errors.fail(schema::indexPath("relationships", i), "names a person not in this record");
    }
    seen.clear();
    const auto unique = [&](const std::string& uuid, const std::string& path) {
        if (!seen.insert(uuid).second)
            errors.fail(path, "repeats a UUID");
    };
    for (std::size_t i = 0; i < r.journey.size(); ++i)
        unique(r.journey[i].uuid, schema::indexPath("journey", i) + ".uuid");
    for (std::size_t i = 0; i < r.caseLinks.size(); ++i)
        unique(r.caseLinks[i].uuid, schema::indexPath("case_links", i) + ".uuid");
    for (std::size_t i = 0; i < r.relationships.size(); ++i)
        unique(r.relationships[i].uuid, schema::indexPath("relationships", i) + ".uuid");
    for (std::size_t i = 0; i < r.referrals.size(); ++i)
        unique(r.referrals[i].referral.uuid, schema::indexPath("referrals", i) + ".uuid");
    for (std::size_t i = 0; i < r.notes.size(); ++i)
        unique(r.notes[i].uuid, schema::indexPath("notes", i) + ".uuid");
    for (std::size_t i = 0; i < r.attachments.size(); ++i)
        unique(r.attachments[i].uuid, schema::indexPath("attachments", i) + ".uuid");
}

Value encodeOrganisationFields(const Organisation& o, const AgencyKey& origin) {
    json::Array addresses;
    for (const auto& a : o.addresses)
        addresses.emplace_back(json::Object{{"label", a.label},
                                            {"org_ShippingStreet", a.street},
                                            {"org_ShippingCity", a.city},
                                            {"org_ShippingState", a.state},
                                            {"org_ShippingPostalCode", a.postalCode},
                                            {"org_ShippingCountry", opt(a.country)},
                                            {"org_ShippingLatitude", opt(a.latitude)},
                                            {"org_ShippingLongitude", opt(a.longitude)}});
    return json::Object{
        {"uuid", o.meta.uuid},
        {"origin", agency(origin)},
        {"created_at", o.meta.createdAt},
        {"updated_at", o.meta.updatedAt},
        {"version", o.meta.version},
        {"org_Name", o.name},
        {"org_Type", o.type},
        {"country", opt(o.country)},
        {"org_Phone", o.phone},
        {"website", o.website},
        {"notes", o.notes},
        {"addresses", std::move(addresses)},
        {"identifiers", identifiers(o.identifiers)},
    };
}

}  // namespace

Value encodeCase(const CaseRecord& r) {
    json::Array parties, persons, victims, suspects, journey, links, relationships, referrals, notes, attachments;
    for (const auto& p : r.parties)
        parties.emplace_back(json::Object{
            {"person", p.personUuid}, {"role", p.role}, {"role_details", p.roleDetails}, {"added_at", p.addedAt}});
    for (const auto& p : r.persons)
        persons.push_back(encodePerson(p));
    for (const auto& v : r.victimProfiles)
        victims.push_back(encodeVictim(v));
    for (const auto& s : r.suspectProfiles)
        suspects.push_back(encodeSuspect(s));
    for (const auto& l : r.journey)
        journey.push_back(encodeLeg(l));
    for (const auto& l : r.caseLinks)
        links.push_back(encodeLink(l));
    for (const auto& rel : r.relationships)
        relationships.push_back(encodeRelationship(rel));
    for (const auto& ref : r.referrals)
        referrals.push_back(encodeReferral(ref));
    for (const auto& n : r.notes)
        notes.emplace_back(json::Object{{"uuid", n.uuid},
                                        {"kind", n.kind},
                                        {"occurred_at", n.occurredAt},
                                        {"author", n.author},
                                        {"cco_CaseComment", n.body},
                                        {"created_at", n.createdAt},
                                        {"updated_at", n.updatedAt}});
    for (const auto& a : r.attachments)
        attachments.emplace_back(json::Object{{"uuid", a.uuid},
                                              {"sha256", a.sha256},
                                              {"name", a.name},
                                              {"media_type", a.mediaType},
                                              {"size", a.size},
                                              {"added_at", a.addedAt},
                                              {"added_by", a.addedBy}});
    return json::Object{
        {"record_type", kCaseRecordType},
        {"record_version", kRecordVersion},
        {"case", encodeCaseFields(r.caseFile, r.origin)},
        {"parties", std::move(parties)},
        {"persons", std::move(persons)},
        {"victim_profiles", std::move(victims)},
        {"suspect_profiles", std::move(suspects)},
        {"journey", std::move(journey)},
        {"case_links", std::move(links)},
        {"relationships", std::move(relationships)},
        {"referrals", std::move(referrals)},
        {"notes", std::move(notes)},
        {"attachments", std::move(attachments)},
    };
}

Result<CaseRecord> decodeCase(const Value& value, std::string_view document) {
    schema::Errors errors{std::string(document)};
    schema::Object root(errors, &value, "");
    root.constant("record_type", kCaseRecordType);
    (void)root.integer("record_version", kRecordVersion, kRecordVersion);
    if (errors.failed())
        return errors.error();
    CaseRecord r;
    r.caseFile = decodeCaseFields(root.object("case"), r.origin);
    const std::string& caseUuid = r.caseFile.meta.uuid;
    r.parties = decodeList<CaseParty>(root, "parties", [&](schema::Object o) {
        CaseParty p;
        p.caseUuid = caseUuid;
        p.personUuid = o.uuid("person");
        p.role = o.code("role", List::PersonRole);
        p.roleDetails = o.text("role_details");
        p.addedAt = o.timestamp("added_at");
        o.finish();
        return p;
    });
    r.persons = decodeList<PersonRecord>(root, "persons", [](schema::Object o) { return decodePerson(std::move(o)); });
    r.victimProfiles = decodeList<VictimProfile>(root, "victim_profiles",
                                                 [&](schema::Object o) { return decodeVictim(std::move(o), caseUuid); });
    r.suspectProfiles = decodeList<SuspectProfile>(
        root, "suspect_profiles", [&](schema::Object o) { return decodeSuspect(std::move(o), caseUuid); });
    r.journey = decodeList<JourneyLeg>(root, "journey", [&](schema::Object o) { return decodeLeg(std::move(o), caseUuid); });
    r.caseLinks =
        decodeList<CaseLink>(root, "case_links", [&](schema::Object o) { return decodeLink(std::move(o), caseUuid); });
    r.relationships = decodeList<Relationship>(root, "relationships",
                                               [](schema::Object o) { return decodeRelationship(std::move(o)); });
    r.referrals = decodeList<ReferralRecord>(root, "referrals",
                                             [&](schema::Object o) { return decodeReferral(std::move(o), caseUuid); });
    r.notes = decodeList<Note>(root, "notes", [&](schema::Object o) { return decodeNote(std::move(o), caseUuid); });
    r.attachments = decodeList<Attachment>(root, "attachments",
                                           [&](schema::Object o) { return decodeAttachment(std::move(o), caseUuid); });
    root.finish();
    if (!errors.failed())
        checkReferences(r, errors);
    if (errors.failed())
        return errors.error();
    return r;
}

Value encodeOrganisation(const OrganisationRecord& r) {
    return json::Object{{"record_type", kOrganisationRecordType},
                        {"record_version", kRecordVersion},
                        {"organisation", encodeOrganisationFields(r.organisation, r.origin)}};
}

Result<OrganisationRecord> decodeOrganisation(const Value& value, std::string_view document) {
    schema::Errors errors{std::string(document)};
    schema::Object root(errors, &value, "");
    root.constant("record_type", kOrganisationRecordType);
    (void)root.integer("record_version", kRecordVersion, kRecordVersion);
    OrganisationRecord r;
    {
        schema::Object o = root.object("organisation");
        Organisation& org = r.organisation;
        org.meta.uuid = o.uuid("uuid");
        r.origin = decodeAgency(o.object("origin"));
        org.meta.createdAt = o.timestamp("created_at");
        org.meta.updatedAt = o.timestamp("updated_at");
        org.meta.version = o.integer("version", 1, INT64_MAX);
        org.name = o.text("org_Name", true, 300);
        org.type = o.code("org_Type", List::OrganisationType);
        org.country = o.optCountry("country");
        org.phone = o.text("org_Phone", false, 100);
        org.website = o.text("website", false, 500);
        org.notes = o.text("notes");
        org.addresses = decodeList<Address>(o, "addresses", [](schema::Object a) {
            Address ad;
            ad.label = a.text("label", false, 200);
            ad.street = a.text("org_ShippingStreet", false, 500);
            ad.city = a.text("org_ShippingCity", false, 200);
            ad.state = a.text("org_ShippingState", false, 200);
            ad.postalCode = a.text("org_ShippingPostalCode", false, 50);
            ad.country = a.optCountry("org_ShippingCountry");
            ad.latitude = a.optNumber("org_ShippingLatitude", -90, 90);
            ad.longitude = a.optNumber("org_ShippingLongitude", -180, 180);
            a.finish();
            return ad;
        });
        org.identifiers = decodeIdentifiers(o, "identifiers");
        o.finish();
    }
    root.finish();
    if (errors.failed())
        return errors.error();
    return r;
}

Value encodeStatistics(const StatisticsRecord& r) {
    json::Array series;
    for (const auto& s : r.series) {
        json::Array cells;
        for (const auto& c : s.cells)
            cells.emplace_back(json::Object{{"key", c.key}, {"count", c.count ? Value(*c.count) : Value()}});
        series.emplace_back(json::Object{{"name", s.name}, {"cells", std::move(cells)}});
    }
    const auto count = [](const std::optional<std::int64_t>& n) { return n ? Value(*n) : Value(); };
    return json::Object{
        {"record_type", kStatisticsRecordType},
        {"record_version", kRecordVersion},
        {"threshold", r.threshold},
        {"cases", count(r.cases)},
        {"victims", count(r.victims)},
        {"suspects", count(r.suspects)},
        {"series", std::move(series)},
    };
}

Result<StatisticsRecord> decodeStatistics(const Value& value, std::string_view document) {
    schema::Errors errors{std::string(document)};
    schema::Object root(errors, &value, "");
    root.constant("record_type", kStatisticsRecordType);
    (void)root.integer("record_version", kRecordVersion, kRecordVersion);
    StatisticsRecord r;
    r.threshold = root.integer("threshold", 1, 1000);
    r.cases = root.optInteger("cases", 0, INT64_MAX);
    r.victims = root.optInteger("victims", 0, INT64_MAX);
    r.suspects = root.optInteger("suspects", 0, INT64_MAX);
    r.series = decodeList<StatisticsSeries>(root, "series", [&](schema::Object s) {
        StatisticsSeries out;
        out.name = s.text("name", true, 64);
        out.cells = decodeList<StatisticsCell>(s, "cells", [&](schema::Object c) {
            StatisticsCell cell;
            cell.key = c.text("key", false, 64);
            cell.count = c.optInteger("count", r.threshold, INT64_MAX);
            c.finish();
            return cell;
        });
        s.finish();
        return out;
    });
    root.finish();
    if (errors.failed())
        return errors.error();
    return r;
}

}  // namespace lintas::exchange::codec
