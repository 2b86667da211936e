#include "RecordJson.h"

#include "Output.h"

namespace lintas::cli {
namespace {

void addMeta(Poco::JSON::Object::Ptr o, const RecordMeta& m) {
    o->set("originAgency", m.originAgency);
    o->set("createdAt", m.createdAt);
    o->set("updatedAt", m.updatedAt);
    o->set("version", m.version);
}

} // namespace

Poco::JSON::Object::Ptr toJson(const Agency& a) {
    auto o = jsonObject();
    o->set("uuid", a.uuid);
    o->set("code", a.code);
    o->set("country", a.country);
    o->set("name", a.name);
    o->set("isLocal", a.isLocal);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Case& c) {
    auto o = jsonObject();
    o->set("uuid", c.meta.uuid);
    o->set("reference", c.reference);
    o->set("title", c.title);
    o->set("status", c.status);
    o->set("exploitationForms", jsonStrings(c.exploitationForms));
    o->set("countries", jsonStrings(c.countries));
    o->set("summary", c.summary);
    o->set("openedOn", jsonOptional(c.openedOn));
    o->set("closedOn", jsonOptional(c.closedOn));
    o->set("closureReason", c.closureReason);
    o->set("owner", c.owner);
    o->set("tlp", c.tlp);
    o->set("handlingCode", c.handlingCode);
    auto incoming = jsonObject();
    incoming->set("organisation", jsonOptional(c.referringOrganisation));
    incoming->set("date", jsonOptional(c.incomingReferralDate));
    incoming->set("reason", jsonOptional(c.incomingReferralReason));
    incoming->set("details", c.incomingReferralDetails);
    incoming->set("caseWorker", c.referringCaseWorker);
    o->set("incomingReferral", incoming);
    auto outgoing = jsonObject();
    outgoing->set("organisation", jsonOptional(c.referredOrganisation));
    outgoing->set("date", jsonOptional(c.outgoingReferralDate));
    outgoing->set("reason", jsonOptional(c.outgoingReferralReason));
    outgoing->set("details", c.outgoingReferralDetails);
    outgoing->set("caseWorker", c.referredCaseWorker);
    o->set("outgoingReferral", outgoing);
    addMeta(o, c.meta);
    return o;
}

Poco::JSON::Object::Ptr toJson(const CaseSummary& c) {
    auto o = jsonObject();
    o->set("uuid", c.uuid);
    o->set("reference", c.reference);
    o->set("title", c.title);
    o->set("status", c.status);
    o->set("tlp", c.tlp);
    o->set("handlingCode", c.handlingCode);
    o->set("owner", c.owner);
    o->set("openedOn", jsonOptional(c.openedOn));
    o->set("updatedAt", c.updatedAt);
    o->set("victimCount", c.victimCount);
    o->set("suspectCount", c.suspectCount);
    return o;
}

Poco::JSON::Object::Ptr toJson(const CaseParty& p) {
    auto o = jsonObject();
    o->set("caseUuid", p.caseUuid);
    o->set("caseReference", p.caseReference);
    o->set("personUuid", p.personUuid);
    o->set("personName", p.personName);
    o->set("role", p.role);
    o->set("roleDetails", p.roleDetails);
    o->set("addedAt", p.addedAt);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Identifier& id) {
    auto o = jsonObject();
    o->set("type", id.type);
    o->set("value", id.value);
    o->set("normalized", id.normalized);
    o->set("issuingCountry", jsonOptional(id.issuingCountry));
    return o;
}

Poco::JSON::Object::Ptr toJson(const Person& p) {
    auto o = jsonObject();
    o->set("uuid", p.meta.uuid);
    o->set("displayName", p.displayName());
    o->set("salutation", p.salutation);
    o->set("jobTitle", p.jobTitle);
    o->set("givenNames", p.givenNames);
    o->set("middleName", p.middleName);
    o->set("familyName", p.familyName);
    o->set("sex", p.sex);
    o->set("gender", p.gender);
    o->set("birthDate", jsonOptional(p.birthDate));
    o->set("estimatedAge", jsonOptional(p.estimatedAge));
    o->set("ageEstimatedOn", jsonOptional(p.ageEstimatedOn));
    o->set("deceased", p.deceased);
    o->set("maritalStatus", jsonOptional(p.maritalStatus));
    o->set("numberOfChildren", jsonOptional(p.numberOfChildren));
    o->set("education", jsonOptional(p.education));
    auto address = jsonObject();
    address->set("street", p.street);
    address->set("city", p.city);
    address->set("state", p.state);
    address->set("postalCode", p.postalCode);
    address->set("country", jsonOptional(p.country));
    address->set("latitude", jsonOptional(p.latitude));
    address->set("longitude", jsonOptional(p.longitude));
    o->set("address", address);
    auto aliases = jsonArray();
    for (const auto& a : p.aliases) {
        auto ao = jsonObject();
        ao->set("name", a.name);
        ao->set("script", a.script);
        ao->set("transliteration", a.transliteration);
        aliases->add(ao);
    }
    o->set("aliases", aliases);
    o->set("citizenships", jsonStrings(p.citizenships));
    o->set("languages", jsonStrings(p.languages));
    auto ids = jsonArray();
    for (const auto& id : p.identifiers)
        ids->add(toJson(id));
    o->set("identifiers", ids);
    addMeta(o, p.meta);
    return o;
}

Poco::JSON::Object::Ptr toJson(const PersonMatch& m) {
    auto o = jsonObject();
    o->set("uuid", m.uuid);
    o->set("name", m.name);
    o->set("matchedOn", m.matchedOn);
    return o;
}

Poco::JSON::Object::Ptr toJson(const JourneyLeg& leg) {
    auto o = jsonObject();
    o->set("uuid", leg.uuid);
    o->set("personUuid", leg.personUuid);
    o->set("sequence", leg.sequence);
    o->set("eventType", leg.eventType);
    o->set("country", leg.country);
    o->set("state", leg.state);
    o->set("city", leg.city);
    o->set("street", leg.street);
    o->set("postalCode", leg.postalCode);
    o->set("latitude", jsonOptional(leg.latitude));
    o->set("longitude", jsonOptional(leg.longitude));
    o->set("eventDate", jsonOptional(leg.eventDate));
    o->set("meansOfTravel", jsonOptional(leg.meansOfTravel));
    o->set("borderCrossing", leg.borderCrossing);
    o->set("documentsUsed", leg.documentsUsed);
    o->set("description", leg.description);
    return o;
}

Poco::JSON::Object::Ptr toJson(const CaseLink& link) {
    auto o = jsonObject();
    o->set("uuid", link.uuid);
    o->set("caseUuid", link.caseUuid);
    o->set("linkedCaseUuid", jsonOptional(link.linkedCaseUuid));
    o->set("foreignAgencyCode", jsonOptional(link.foreignAgencyCode));
    o->set("foreignCountry", jsonOptional(link.foreignCountry));
    o->set("foreignReference", jsonOptional(link.foreignReference));
    o->set("ourContact", link.ourContact);
    o->set("note", link.note);
    o->set("createdAt", link.createdAt);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Referral& r) {
    auto o = jsonObject();
    o->set("uuid", r.uuid);
    o->set("caseUuid", r.caseUuid);
    o->set("caseReference", r.caseReference);
    o->set("victimUuid", r.victimUuid);
    o->set("victimName", r.victimName);
    o->set("service", r.service);
    o->set("providerUuid", jsonOptional(r.providerUuid));
    o->set("providerName", r.providerName);
    o->set("officer", r.officer);
    o->set("status", r.status);
    o->set("dueDate", jsonOptional(r.dueDate));
    o->set("outcome", r.outcome);
    o->set("notes", r.notes);
    o->set("requestedAt", r.requestedAt);
    o->set("acceptedAt", jsonOptional(r.acceptedAt));
    o->set("startedAt", jsonOptional(r.startedAt));
    o->set("completedAt", jsonOptional(r.completedAt));
    o->set("declinedAt", jsonOptional(r.declinedAt));
    o->set("cancelledAt", jsonOptional(r.cancelledAt));
    o->set("createdAt", r.createdAt);
    o->set("updatedAt", r.updatedAt);
    o->set("version", r.version);
    return o;
}

Poco::JSON::Object::Ptr toJson(const ReferralTransition& t) {
    auto o = jsonObject();
    o->set("fromStatus", jsonOptional(t.fromStatus));
    o->set("toStatus", t.toStatus);
    o->set("at", t.at);
    o->set("byUser", t.byUser);
    o->set("note", t.note);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Note& n) {
    auto o = jsonObject();
    o->set("uuid", n.uuid);
    o->set("kind", n.kind);
    o->set("occurredAt", n.occurredAt);
    o->set("author", n.author);
    o->set("body", n.body);
    o->set("createdAt", n.createdAt);
    o->set("updatedAt", n.updatedAt);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Attachment& a) {
    auto o = jsonObject();
    o->set("uuid", a.uuid);
    o->set("name", a.name);
    o->set("mediaType", a.mediaType);
    o->set("size", a.size);
    o->set("sha256", a.sha256);
    o->set("addedAt", a.addedAt);
    o->set("addedBy", a.addedBy);
    return o;
}

} // namespace lintas::cli
