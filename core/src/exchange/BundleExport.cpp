// Export: what leaves (selection, consent, handling codes, pseudonymisation, statistics) and
// writing the signed file. Rules are documented in docs/bundle-format.md and docs/exchange.md.

#include "lintas/exchange/BundleService.h"

#include "BundleSupport.h"
#include "service/Support.h"

#include "lintas/Time.h"
#include "lintas/domain/Geo.h"
#include "lintas/domain/Vocabulary.h"
#include "lintas/security/AuditLog.h"
#include "lintas/service/AgencyService.h"
#include "lintas/service/CaseService.h"
#include "lintas/service/ConsentService.h"
#include "lintas/service/LinkService.h"
#include "lintas/service/NoteService.h"
#include "lintas/service/OrganisationService.h"
#include "lintas/service/PersonService.h"
#include "lintas/service/ReferralService.h"
#include "lintas/service/Workspace.h"
#include "lintas/store/Database.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace lintas::exchange {

namespace fs = std::filesystem;

/// Everything an export needs, computed once by select() for both the preview and the file.
struct BundleService::Selection {
    ExportRequest request;
    AgencyKey local;
    AgencyKey recipient;
    PartnerCertificate recipientCertificate;
    std::vector<CaseRecord> cases;                 // ready to encode: pseudonymised, redacted
    std::vector<OrganisationRecord> organisations; // every organisation the cases refer to
    std::optional<StatisticsRecord> statistics;
    std::map<std::string, std::uint64_t> attachmentFiles;  // sha256 → size, each content once
    ExportPreview preview;
};

namespace {

/// k of the statistics profile: a count from 1 to k-1 is suppressed (sent as null).
constexpr std::int64_t kStatisticsThreshold = 5;

/// Identifier types that are contact details (kept only with a Contacts or All consent scope).
bool isContact(const std::string& type) { return type == "Phone" || type == "Email" || type == "SocialMediaHandle"; }

bool hasScope(const Consent& c, std::string_view scope) {
    return std::find(c.scope.begin(), c.scope.end(), scope) != c.scope.end() ||
           std::find(c.scope.begin(), c.scope.end(), "All") != c.scope.end();
}

/// The consent check for one victim. Returns the covering consent, or the reason of the one that
/// came closest (checks in a fixed order; the consent passing most of them wins).
struct ConsentVerdict {
    const Consent* covering = nullptr;
    std::string reason;
};

ConsentVerdict judgeConsent(const std::vector<Consent>& consents, const AgencyKey& recipient,
                            const std::string& purpose, const std::string& caseUuid, const std::string& today) {
    ConsentVerdict best{nullptr, "no-consent"};
    int bestPassed = -1;
    for (const auto& c : consents) {
        const bool recipientOk =
            (c.recipientAgencyCode ? *c.recipientAgencyCode == recipient.code &&
                                         (!c.recipientCountry || *c.recipientCountry == recipient.country)
                                   : c.recipientCountry && *c.recipientCountry == recipient.country);
        const std::pair<bool, const char*> checks[] = {
            {c.activeOn(today), "consent-withdrawn"},
            {recipientOk, "consent-other-recipient"},
            {c.purpose == purpose, "consent-other-purpose"},
            {!c.caseUuid || *c.caseUuid == caseUuid, "consent-other-case"},
            {hasScope(c, "Identity"), "consent-scope"},
        };
        int passed = 0;
        const char* failed = nullptr;
        for (const auto& [ok, reason] : checks) {
            if (!ok) {
                failed = reason;
                break;
            }
            ++passed;
        }
        if (!failed)
            return {&c, "consent"};
        if (passed > bestPassed) {
            bestPassed = passed;
            best.reason = failed;
        }
    }
    return best;
}

/// Crockford base32 of the first 60 bits of `digest`: 12 characters without I, L, O, U, easy to
/// read out over a phone line.
std::string pseudonymCode(const std::string& digest) {
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(digest[i]);
    std::string code = "V-";
    for (int i = 0; i < 12; ++i)
        code += kAlphabet[(bits >> (64 - 5 * (i + 1))) & 0x1F];
    return code;
}

/// RFC 9562 version 8 (custom) UUID from bytes 16–31 of `digest`: stable per (recipient, person),
/// unlinkable to the real UUID without the database's secret.
std::string pseudonymUuid(const std::string& digest) {
    std::string b = digest.substr(16, 16);
    b[6] = static_cast<char>((static_cast<unsigned char>(b[6]) & 0x0F) | 0x80);
    b[8] = static_cast<char>((static_cast<unsigned char>(b[8]) & 0x3F) | 0x80);
    const std::string hex = bundle::toHex(b);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20, 12);
}

/// Whole years between an ISO birth date and an ISO day.
std::optional<int> ageOn(const std::string& birthDate, const std::string& day) {
    if (!isIsoDate(birthDate) || !isIsoDate(day))
        return std::nullopt;
    int age = std::stoi(day.substr(0, 4)) - std::stoi(birthDate.substr(0, 4));
    if (day.substr(5) < birthDate.substr(5))
        --age;
    return age < 0 ? std::nullopt : std::optional<int>(age);
}

/// The person as a pseudonymised victim: only what describes the victim without identifying them.
Person pseudonymisedPerson(const Person& p, const std::string& uuid, const std::string& code, const std::string& today) {
    Person q;
    q.meta = p.meta;
    q.meta.uuid = uuid;
    q.givenNames = code;  // a person needs a name to be stored; the code is the only one it has
    q.sex = p.sex;
    q.gender = p.gender;
    q.deceased = p.deceased;
    q.maritalStatus = p.maritalStatus;
    q.numberOfChildren = p.numberOfChildren;
    q.education = p.education;
    q.country = p.country;
    q.citizenships = p.citizenships;
    q.languages = p.languages;
    if (p.birthDate) {
        q.estimatedAge = ageOn(*p.birthDate, today);
        q.ageEstimatedOn = today;
    } else {
        q.estimatedAge = p.estimatedAge;
        q.ageEstimatedOn = p.ageEstimatedOn;
    }
    return q;
}

void removeContacts(Person& p) {
    p.street.clear();
    p.city.clear();
    p.state.clear();
    p.postalCode.clear();
    p.latitude.reset();
    p.longitude.reset();
    std::erase_if(p.identifiers, [](const Identifier& id) { return isContact(id.type); });
}

/// Replaces every ASCII-case-insensitive occurrence of `needles` in `text` by `code`.
void redact(std::string& text, const std::vector<std::pair<std::string, std::string>>& needles) {
    const auto lower = [](std::string s) {
        for (auto& ch : s)
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch - 'A' + 'a');
        return s;
    };
    for (const auto& [needle, code] : needles) {
        const std::string n = lower(needle);
        std::string hay = lower(text);
        for (std::size_t pos = hay.find(n); pos != std::string::npos; pos = hay.find(n, pos + code.size())) {
            text.replace(pos, n.size(), code);
            hay.replace(pos, n.size(), code);
        }
    }
}

/// What could identify a pseudonymised victim if it appeared in free text: names, aliases,
/// identifiers, the birth date. Longest first, so a full name is replaced before its parts.
void addNeedles(const Person& p, const std::string& code, std::vector<std::pair<std::string, std::string>>& out) {
    const auto add = [&](const std::string& s) {
        if (s.size() >= 3)
            out.emplace_back(s, code);
    };
    add(p.displayName());
    add(p.givenNames);
    add(p.middleName);
    add(p.familyName);
    for (const auto& a : p.aliases) {
        add(a.name);
        add(a.transliteration);
    }
    for (const auto& id : p.identifiers) {
        add(id.value);
        add(id.normalized);
    }
    if (p.birthDate)
        add(*p.birthDate);
    // Each space-separated part of a name too ("Dewi Ayu" → "Dewi", "Ayu").
    for (const std::string* name : {&p.givenNames, &p.familyName, &p.middleName}) {
        std::size_t start = 0;
        while (start < name->size()) {
            std::size_t end = name->find(' ', start);
            if (end == std::string::npos)
                end = name->size();
            add(name->substr(start, end - start));
            start = end + 1;
        }
    }
}

void redactCase(CaseRecord& r, std::vector<std::pair<std::string, std::string>> needles) {
    if (needles.empty())
        return;
    std::sort(needles.begin(), needles.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    Case& c = r.caseFile;
    for (std::string* s : {&c.title, &c.summary, &c.closureReason, &c.incomingReferralDetails,
                           &c.outgoingReferralDetails, &c.referringCaseWorker, &c.referredCaseWorker})
        redact(*s, needles);
    for (auto& p : r.parties)
        redact(p.roleDetails, needles);
    for (auto& p : r.persons)
        for (std::string* s : {&p.person.jobTitle})
            redact(*s, needles);
    for (auto& s : r.suspectProfiles) {
        redact(s.roleDetails, needles);
        redact(s.charges, needles);
    }
    for (auto& l : r.journey)
        for (std::string* s : {&l.description, &l.documentsUsed, &l.borderCrossing, &l.street})
            redact(*s, needles);
    for (auto& l : r.caseLinks)
        redact(l.note, needles);
    for (auto& rel : r.relationships)
        redact(rel.note, needles);
    for (auto& ref : r.referrals) {
        redact(ref.referral.outcome, needles);
        redact(ref.referral.notes, needles);
        for (auto& t : ref.history)
            redact(t.note, needles);
    }
    for (auto& n : r.notes)
        redact(n.body, needles);
    for (auto& a : r.attachments)
        redact(a.name, needles);
}

bool isPhotoOrVideo(const std::string& mediaType) {
    return mediaType.starts_with("image/") || mediaType.starts_with("video/");
}

/// Keeps the items of `all` chosen by `chosen` (nullopt = all). An id in `chosen` that is not in
/// `all` is a request error naming `field`.
template <typename T, typename Id>
Result<std::vector<T>> pick(const std::vector<T>& all, const std::optional<std::vector<std::string>>& chosen, Id id,
                            const std::string& field) {
    if (!chosen)
        return all;
    std::vector<T> out;
    for (std::size_t i = 0; i < chosen->size(); ++i) {
        auto it = std::find_if(all.begin(), all.end(), [&](const T& t) { return id(t) == (*chosen)[i]; });
        if (it == all.end())
            return validationError(field + "[" + std::to_string(i) + "]", "is not part of the case");
        if (std::find_if(out.begin(), out.end(), [&](const T& t) { return id(t) == (*chosen)[i]; }) == out.end())
            out.push_back(*it);
    }
    return out;
}

/// CTDC-style age brackets.
std::string ageBracket(int age) {
    static constexpr std::pair<int, const char*> kBrackets[] = {{8, "0-8"},   {17, "9-17"},  {20, "18-20"},
                                                                {23, "21-23"}, {26, "24-26"}, {29, "27-29"},
                                                                {38, "30-38"}, {47, "39-47"}};
    for (const auto& [upTo, name] : kBrackets)
        if (age <= upTo)
            return name;
    return "48+";
}

std::optional<std::int64_t> suppressed(std::int64_t n) {
    if (n > 0 && n < kStatisticsThreshold)
        return std::nullopt;
    return n;
}

StatisticsSeries series(std::string name, const std::map<std::string, std::int64_t>& counts) {
    StatisticsSeries s{std::move(name), {}};
    for (const auto& [key, n] : counts)
        if (n > 0)
            s.cells.push_back({key, suppressed(n)});
    return s;
}

}  // namespace

// ---- selection ----------------------------------------------------------------------------------

Result<BundleService::Selection> BundleService::select(const ExportRequest& request) {
    Selection sel;
    sel.request = request;
    ExportPreview& preview = sel.preview;

    if (!vocab::contains(vocab::List::ConsentPurpose, request.purpose))
        return validationError("request.purpose", "is not a consent purpose code");
    if (!vocab::contains(vocab::List::Tlp, request.tlp))
        return validationError("request.tlp", "is not a TLP code");
    if (!vocab::contains(vocab::List::HandlingCode, request.handlingCode))
        return validationError("request.handlingCode", "is not a handling code");
    if (!request.recipientCountry.empty() || request.recipientFingerprint.empty()) {
        if (!geo::isCountryCode(request.recipientCountry))
            return validationError("request.recipientCountry", "must be an ISO 3166-1 alpha-3 code");
        if (request.recipientCode.empty())
            return validationError("request.recipientCode", "is required");
    }
    if (request.cases.empty())
        return validationError("request.cases", "choose at least one case");

    AgencyService agencies(m_ctx);
    auto local = agencies.local();
    if (!local)
        return local.error();
    sel.local = {local->code, local->country};
    if (AgencyKey{request.recipientCode, request.recipientCountry} == sel.local)
        return validationError("request.recipientCode", "is this agency");

    auto identity = m_trust.identity();
    if (!identity)
        return Error{ErrorCode::NotFound, "identity", "this agency has no signing identity yet"};
    auto recipientCert = recipientCertificate(request);
    if (!recipientCert)
        return recipientCert.error();
    sel.recipientCertificate = std::move(*recipientCert);
    const PartnerCertificate* chosen = &sel.recipientCertificate;
    sel.recipient = {chosen->agencyCode, chosen->country};
    sel.request.recipientCode = chosen->agencyCode;
    sel.request.recipientCountry = chosen->country;
    sel.request.recipientFingerprint = chosen->fingerprint;

    preview.sender = {sel.local.code, sel.local.country, identity->certificate.fingerprint};
    preview.recipient = {sel.recipient.code, sel.recipient.country, chosen->fingerprint};
    preview.purpose = request.purpose;
    preview.tlp = request.tlp;
    preview.handlingCode = request.handlingCode;
    preview.profile = request.profile;

    auto agencyList = agencies.list();
    if (!agencyList)
        return agencyList.error();
    std::map<std::string, Agency> agencyByUuid;
    for (const auto& a : *agencyList)
        agencyByUuid[a.uuid] = a;
    const auto originOf = [&](const std::string& uuid) {
        auto it = agencyByUuid.find(uuid);
        return it == agencyByUuid.end() ? AgencyKey{} : AgencyKey{it->second.code, it->second.country};
    };

    // The strictest handling code of what leaves decides whether a supervisor must approve.
    std::string strictest = request.handlingCode;
    const auto noteHandling = [&](const std::string& code) {
        if (bundle::handlingRank(code) > bundle::handlingRank(strictest))
            strictest = code;
    };

    // A record received from a third agency may go on only as its handling code allows: H0
    // freely; H1/H2 with a recorded permission of the originator; H3 never.
    const auto checkOnwardSharing = [&](const std::string& kind, const std::string& uuid, const std::string& originUuid,
                                        const std::string& caseUuid, const std::string& caseRef,
                                        const std::string& ownCode) -> Status {
        const AgencyKey origin = originOf(originUuid);
        if (origin == sel.local || origin == sel.recipient)
            return {};
        std::string code = ownCode;
        auto st = m_ctx.db().prepare("SELECT handling_code FROM provenance WHERE record_kind = ?1 AND record_uuid = ?2");
        if (!st)
            return st.error();
        (*st)->bind(1, kind).bind(2, uuid);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        std::string received = *row ? (*st)->text(0) : std::string();
        (*st)->reset();
        if (bundle::handlingRank(received) < 0)
            received = "H2";
        if (bundle::handlingRank(received) > bundle::handlingRank(code))
            code = received;
        const std::string detail = "origin " + origin.country + "/" + origin.code + ", handling code " + code;
        noteHandling(code);
        if (code == "H0")
            return {};
        if (code == "H3") {
            preview.blockers.push_back({"originator-only", kind, uuid, caseUuid, caseRef, detail});
            return {};
        }
        auto originId = m_ctx.idOf("agency", originUuid, "origin");
        if (!originId)
            return originId.error();
        auto perm = m_ctx.db().prepare(
            "SELECT 1 FROM sharing_permission WHERE origin_agency_id = ?1 AND recipient_country = ?2 "
            "AND (recipient_code IS NULL OR recipient_code = ?3) AND (case_uuid IS NULL OR case_uuid = ?4) LIMIT 1");
        if (!perm)
            return perm.error();
        (*perm)->bind(1, *originId).bind(2, sel.recipient.country).bind(3, sel.recipient.code).bind(4, caseUuid);
        auto found = (*perm)->step();
        if (!found)
            return found.error();
        const bool permitted = *found;
        (*perm)->reset();
        if (!permitted)
            preview.blockers.push_back({"third-agency-handling-code", kind, uuid, caseUuid, caseRef, detail});
        return {};
    };

    CaseService caseService(m_ctx);
    PersonService personService(m_ctx);
    LinkService linkService(m_ctx);
    ReferralService referralService(m_ctx);
    ConsentService consentService(m_ctx);
    NoteService noteService(m_ctx, Workspace::attachmentDirFor(m_dbPath));
    const std::string today = m_ctx.today();
    const bool statisticsOnly = request.profile == BundleProfile::Statistics;

    std::set<std::string> caseUuids;
    std::set<std::string> organisationUuids;
    for (const auto& cs : request.cases)
        caseUuids.insert(cs.caseUuid);

    for (std::size_t ci = 0; ci < request.cases.size(); ++ci) {
        const CaseSelection& cs = request.cases[ci];
        const std::string field = "request.cases[" + std::to_string(ci) + "]";
        auto loaded = caseService.get(cs.caseUuid);
        if (!loaded)
            return Error{loaded.error().code, field + ".caseUuid", loaded.error().detail};
        if (std::count_if(request.cases.begin(), request.cases.end(),
                          [&](const CaseSelection& o) { return o.caseUuid == cs.caseUuid; }) > 1)
            return validationError(field + ".caseUuid", "the case is chosen twice");
        CaseRecord rec;
        rec.caseFile = std::move(*loaded);
        rec.origin = originOf(rec.caseFile.meta.originAgency);
        const Case& c = rec.caseFile;
        const std::string& caseUuid = c.meta.uuid;

        if (!statisticsOnly) {
            if (bundle::tlpRank(request.tlp) < bundle::tlpRank(c.tlp) ||
                bundle::handlingRank(request.handlingCode) < bundle::handlingRank(c.handlingCode))
                preview.blockers.push_back({"marking-too-weak", "case", caseUuid, caseUuid, c.reference,
                                            "case is TLP:" + c.tlp + " " + c.handlingCode});
            noteHandling(c.handlingCode);
            if (rec.origin == sel.local && c.handlingCode == "H3")
                preview.blockers.push_back(
                    {"originator-only", "case", caseUuid, caseUuid, c.reference, "case handling code H3"});
            LINTAS_TRY(checkOnwardSharing("case", caseUuid, c.meta.originAgency, caseUuid, c.reference, c.handlingCode));
        }

        auto parties = caseService.parties(caseUuid);
        if (!parties)
            return parties.error();
        std::vector<std::string> partyPersons;
        for (const auto& p : *parties)
            if (std::find(partyPersons.begin(), partyPersons.end(), p.personUuid) == partyPersons.end())
                partyPersons.push_back(p.personUuid);
        auto persons = pick(partyPersons, cs.persons, [](const std::string& s) { return s; }, field + ".persons");
        if (!persons)
            return persons.error();
        const std::set<std::string> selected(persons->begin(), persons->end());
        for (const auto& p : *parties)
            if (selected.contains(p.personUuid))
                rec.parties.push_back(p);
        // Roles by the persons' real UUIDs; rec.parties is rewritten to the UUIDs as sent below.
        const std::vector<CaseParty> roles = rec.parties;
        const auto hasRole = [&](const std::string& person, const char* role) {
            return std::any_of(roles.begin(), roles.end(),
                               [&](const CaseParty& p) { return p.personUuid == person && p.role == role; });
        };

        // UUID as it leaves: a pseudonymised victim's derived one, otherwise unchanged.
        std::map<std::string, std::string> sentUuid;
        std::vector<std::pair<std::string, std::string>> needles;
        for (const auto& personUuid : *persons) {
            auto person = personService.get(personUuid);
            if (!person)
                return person.error();
            PersonRecord pr;
            pr.origin = originOf(person->meta.originAgency);
            if (!statisticsOnly)
                LINTAS_TRY(checkOnwardSharing("person", personUuid, person->meta.originAgency, caseUuid, c.reference,
                                              c.handlingCode));
            bool pseudonymise = false;
            bool keepContacts = true;
            if (hasRole(personUuid, "Victim") && !statisticsOnly) {
                VictimDecision d;
                d.caseUuid = caseUuid;
                d.caseReference = c.reference;
                d.personUuid = personUuid;
                if (request.profile == BundleProfile::Pseudonymised) {
                    d.treatment = VictimTreatment::Pseudonymised;
                    d.reason = "profile";
                } else {
                    auto consents = consentService.forPerson(personUuid);
                    if (!consents)
                        return consents.error();
                    const auto verdict = judgeConsent(*consents, sel.recipient, request.purpose, caseUuid, today);
                    d.reason = verdict.reason;
                    if (verdict.covering) {
                        d.treatment = VictimTreatment::Identifiable;
                        d.consentUuid = verdict.covering->uuid;
                        keepContacts = hasScope(*verdict.covering, "Contacts");
                    } else if (request.onMissingConsent == ConsentFallback::Refuse) {
                        d.treatment = VictimTreatment::Refused;
                        preview.blockers.push_back({"victim-consent", "person", personUuid, caseUuid, c.reference,
                                                    "victim " + personUuid + ": " + d.reason});
                    } else {
                        d.treatment = VictimTreatment::Pseudonymised;
                    }
                }
                pseudonymise = d.treatment != VictimTreatment::Identifiable;
                if (pseudonymise) {
                    auto digest = pseudonymDigest(sel.recipient, personUuid);
                    if (!digest)
                        return digest.error();
                    d.pseudonym = pseudonymCode(*digest);
                    pr.pseudonymised = true;
                    pr.pseudonym = d.pseudonym;
                    addNeedles(*person, d.pseudonym, needles);
                    pr.person = pseudonymisedPerson(*person, pseudonymUuid(*digest), d.pseudonym, today);
                }
                preview.victims.push_back(std::move(d));
            }
            if (!pseudonymise) {
                pr.person = std::move(*person);
                if (!keepContacts)
                    removeContacts(pr.person);
            }
            pr.person.meta.originAgency.clear();
            sentUuid[personUuid] = pr.person.meta.uuid;
            rec.persons.push_back(std::move(pr));
        }
        const auto sent = [&](const std::string& uuid) {
            auto it = sentUuid.find(uuid);
            return it == sentUuid.end() ? uuid : it->second;
        };
        for (auto& p : rec.parties) {
            p.personUuid = sent(p.personUuid);
            p.personName.clear();
            p.caseReference.clear();
        }

        for (const auto& personUuid : *persons) {
            if (hasRole(personUuid, "Victim")) {
                auto vp = caseService.victimProfile(caseUuid, personUuid);
                if (!vp)
                    return vp.error();
                if (*vp) {
                    VictimProfile v = **vp;
                    v.personUuid = sent(personUuid);
                    rec.victimProfiles.push_back(std::move(v));
                }
            }
            if (hasRole(personUuid, "Suspect")) {
                auto sp = caseService.suspectProfile(caseUuid, personUuid);
                if (!sp)
                    return sp.error();
                if (*sp) {
                    SuspectProfile s = **sp;
                    s.personUuid = sent(personUuid);
                    rec.suspectProfiles.push_back(std::move(s));
                }
            }
        }

        auto legs = linkService.journey(caseUuid);
        if (!legs)
            return legs.error();
        auto pickedLegs = pick(*legs, cs.journeyLegs, [](const JourneyLeg& l) { return l.uuid; }, field + ".journeyLegs");
        if (!pickedLegs)
            return pickedLegs.error();
        for (auto& l : *pickedLegs) {
            if (!selected.contains(l.personUuid)) {
                if (cs.journeyLegs)
                    return validationError(field + ".journeyLegs", "a chosen leg belongs to a victim not chosen");
                continue;
            }
            const bool victimPseudonymised = sent(l.personUuid) != l.personUuid;
            l.personUuid = sent(l.personUuid);
            if (victimPseudonymised) {  // the exact places a pseudonymised victim was are location data
                l.street.clear();
                l.postalCode.clear();
                l.latitude.reset();
                l.longitude.reset();
            }
            rec.journey.push_back(std::move(l));
        }

        if (cs.caseLinks) {
            auto links = linkService.caseLinks(caseUuid);
            if (!links)
                return links.error();
            for (auto& l : *links) {
                if (l.caseUuid != caseUuid)
                    continue;  // a link recorded on the other case belongs to that case's record
                if (l.linkedCaseUuid && !caseUuids.contains(*l.linkedCaseUuid)) {
                    // For the recipient, a local case not in the bundle is a case held abroad: ours.
                    auto other = caseService.get(*l.linkedCaseUuid);
                    if (!other)
                        return other.error();
                    l.linkedCaseUuid.reset();
                    l.foreignAgencyCode = sel.local.code;
                    l.foreignCountry = sel.local.country;
                    l.foreignReference = other->reference;
                }
                rec.caseLinks.push_back(std::move(l));
            }
        }

        auto rels = linkService.relationshipsInCase(caseUuid);
        if (!rels)
            return rels.error();
        auto pickedRels =
            pick(*rels, cs.relationships, [](const Relationship& r) { return r.uuid; }, field + ".relationships");
        if (!pickedRels)
            return pickedRels.error();
        for (auto& r : *pickedRels) {
            const bool endsSent = (r.fromKind == PartyKind::Organisation || selected.contains(r.fromUuid)) &&
                                  (r.toKind == PartyKind::Organisation || selected.contains(r.toUuid));
            if (!endsSent) {
                if (cs.relationships)
                    return validationError(field + ".relationships", "a chosen relationship names a person not chosen");
                continue;
            }
            if (r.fromKind == PartyKind::Organisation)
                organisationUuids.insert(r.fromUuid);
            else
                r.fromUuid = sent(r.fromUuid);
            if (r.toKind == PartyKind::Organisation)
                organisationUuids.insert(r.toUuid);
            else
                r.toUuid = sent(r.toUuid);
            rec.relationships.push_back(std::move(r));
        }

        ReferralQuery rq;
        rq.caseUuid = caseUuid;
        rq.limit = 100'000;
        auto refs = referralService.list(rq);
        if (!refs)
            return refs.error();
        auto pickedRefs = pick(*refs, cs.referrals, [](const Referral& r) { return r.uuid; }, field + ".referrals");
        if (!pickedRefs)
            return pickedRefs.error();
        for (auto& r : *pickedRefs) {
            if (!selected.contains(r.victimUuid)) {
                if (cs.referrals)
                    return validationError(field + ".referrals", "a chosen referral belongs to a victim not chosen");
                continue;
            }
            ReferralRecord rr;
            auto history = referralService.history(r.uuid);
            if (!history)
                return history.error();
            rr.history = std::move(*history);
            r.victimUuid = sent(r.victimUuid);
            r.victimName.clear();
            r.providerName.clear();
            r.caseReference.clear();
            if (r.providerUuid)
                organisationUuids.insert(*r.providerUuid);
            rr.referral = std::move(r);
            rec.referrals.push_back(std::move(rr));
        }

        auto notes = noteService.notes(caseUuid);
        if (!notes)
            return notes.error();
        auto pickedNotes = pick(*notes, cs.notes, [](const Note& n) { return n.uuid; }, field + ".notes");
        if (!pickedNotes)
            return pickedNotes.error();
        rec.notes = std::move(*pickedNotes);

        auto attachments = noteService.attachments(caseUuid);
        if (!attachments)
            return attachments.error();
        auto pickedAttachments =
            pick(*attachments, cs.attachments, [](const Attachment& a) { return a.uuid; }, field + ".attachments");
        if (!pickedAttachments)
            return pickedAttachments.error();
        const bool anyPseudonymised = !needles.empty() || std::any_of(rec.persons.begin(), rec.persons.end(),
                                                                      [](const PersonRecord& p) { return p.pseudonymised; });
        for (auto& a : *pickedAttachments) {
            if (anyPseudonymised && isPhotoOrVideo(a.mediaType)) {
                preview.withheld.push_back({"victim-photo", "attachment", a.uuid, caseUuid, c.reference, a.mediaType});
                continue;
            }
            rec.attachments.push_back(std::move(a));
        }

        for (const auto& v : rec.victimProfiles)
            for (const auto& org : {v.recruitmentLocation, v.exploitationLocation})
                if (org)
                    organisationUuids.insert(*org);
        if (c.referringOrganisation)
            organisationUuids.insert(*c.referringOrganisation);
        if (c.referredOrganisation)
            organisationUuids.insert(*c.referredOrganisation);

        redactCase(rec, std::move(needles));
        rec.caseFile.meta.originAgency.clear();
        sel.cases.push_back(std::move(rec));
    }

    if (statisticsOnly) {
        StatisticsRecord st;
        st.threshold = kStatisticsThreshold;
        std::map<std::string, std::int64_t> byStatus, byForm, byCountry, bySex, byAge, byCitizenship, byExploitation,
            byExploitationCountry, referralsByService, referralsByStatus;
        std::set<std::string> victims, suspects, exploitationPairs;
        for (const auto& rec : sel.cases) {
            ++byStatus[rec.caseFile.status];
            for (const auto& f : rec.caseFile.exploitationForms)
                ++byForm[f];
            for (const auto& country : rec.caseFile.countries)
                ++byCountry[country];
            for (const auto& p : rec.parties)
                if (p.role == "Suspect")
                    suspects.insert(p.personUuid);
            for (const auto& pr : rec.persons) {
                const Person& p = pr.person;
                const bool victim = std::any_of(rec.parties.begin(), rec.parties.end(), [&](const CaseParty& cp) {
                    return cp.personUuid == p.meta.uuid && cp.role == "Victim";
                });
                if (!victim || !victims.insert(p.meta.uuid).second)
                    continue;
                ++bySex[p.sex];
                std::optional<int> age = p.birthDate ? ageOn(*p.birthDate, today) : p.estimatedAge;
                for (const auto& v : rec.victimProfiles)
                    if (v.personUuid == p.meta.uuid && v.ageWhenTrafficked)
                        age = v.ageWhenTrafficked;
                ++byAge[age ? ageBracket(*age) : "unknown"];
                ++byCitizenship[p.citizenships.empty() ? "unknown" : p.citizenships.front()];
            }
            for (const auto& v : rec.victimProfiles)
                for (const auto& t : v.exploitationTypes)
                    ++byExploitation[t];
            for (const auto& l : rec.journey)
                if (l.eventType == "Exploitation" && exploitationPairs.insert(l.personUuid + "|" + l.country).second)
                    ++byExploitationCountry[l.country];
            for (const auto& r : rec.referrals) {
                ++referralsByService[r.referral.service];
                ++referralsByStatus[r.referral.status];
            }
        }
        st.cases = suppressed(static_cast<std::int64_t>(sel.cases.size()));
        st.victims = suppressed(static_cast<std::int64_t>(victims.size()));
        st.suspects = suppressed(static_cast<std::int64_t>(suspects.size()));
        st.series = {series("cases_by_status", byStatus),
                     series("cases_by_exploitation_form", byForm),
                     series("cases_by_country", byCountry),
                     series("victims_by_sex", bySex),
                     series("victims_by_age_bracket", byAge),
                     series("victims_by_citizenship", byCitizenship),
                     series("victims_by_exploitation_type", byExploitation),
                     series("victims_by_exploitation_country", byExploitationCountry),
                     series("referrals_by_service", referralsByService),
                     series("referrals_by_status", referralsByStatus)};
        sel.statistics = std::move(st);
        sel.cases.clear();
        preview.items.push_back({"statistics", "", "", std::string(bundle::kStatisticsPath), false, 0});
        LINTAS_TRY(checkApproval(sel, strictest));
        return sel;
    }

    OrganisationService organisationService(m_ctx);
    for (const auto& uuid : organisationUuids) {
        auto org = organisationService.get(uuid);
        if (!org)
            return org.error();
        OrganisationRecord r;
        r.origin = originOf(org->meta.originAgency);
        LINTAS_TRY(checkOnwardSharing("organisation", uuid, org->meta.originAgency, "", "", "H0"));
        r.organisation = std::move(*org);
        r.organisation.meta.originAgency.clear();
        sel.organisations.push_back(std::move(r));
    }

    // The preview lists what leaves, in bundle order.
    const bool showVictimNames = m_ctx.can(security::Permission::VictimIdentityRead);
    for (const auto& rec : sel.cases) {
        const std::string& cu = rec.caseFile.meta.uuid;
        preview.items.push_back({"case", cu, cu, rec.caseFile.reference + " " + rec.caseFile.title, false, 0});
        for (const auto& p : rec.persons) {
            // An identifiable victim leaves with their identity, but is named on this screen
            // only to a session that may read victims' identity.
            const bool victim = std::any_of(rec.parties.begin(), rec.parties.end(), [&](const CaseParty& cp) {
                return cp.personUuid == p.person.meta.uuid && cp.role == "Victim";
            });
            const std::string label = p.pseudonymised ? p.pseudonym
                                      : victim && !showVictimNames ? std::string(kMaskedName)
                                                                   : p.person.displayName();
            preview.items.push_back({"person", p.person.meta.uuid, cu, label, p.pseudonymised, 0});
        }
        for (const auto& v : rec.victimProfiles)
            preview.items.push_back({"victim-profile", v.personUuid, cu, "", false, 0});
        for (const auto& s : rec.suspectProfiles)
            preview.items.push_back({"suspect-profile", s.personUuid, cu, "", false, 0});
        for (const auto& l : rec.journey)
            preview.items.push_back({"journey-leg", l.uuid, cu, l.eventType + " " + l.country, false, 0});
        for (const auto& l : rec.caseLinks)
            preview.items.push_back({"case-link", l.uuid, cu, l.foreignReference.value_or(""), false, 0});
        for (const auto& r : rec.relationships)
            preview.items.push_back({"relationship", r.uuid, cu, r.type, false, 0});
        for (const auto& r : rec.referrals)
            preview.items.push_back({"referral", r.referral.uuid, cu, r.referral.service, false, 0});
        for (const auto& n : rec.notes)
            preview.items.push_back({"note", n.uuid, cu, n.kind, false, 0});
        for (const auto& a : rec.attachments) {
            preview.items.push_back({"attachment", a.uuid, cu, a.name, false, static_cast<std::uint64_t>(a.size)});
            if (sel.attachmentFiles.emplace(a.sha256, static_cast<std::uint64_t>(a.size)).second)
                preview.attachmentBytes += static_cast<std::uint64_t>(a.size);
        }
    }
    for (const auto& o : sel.organisations)
        preview.items.push_back({"organisation", o.organisation.meta.uuid, "", o.organisation.name, false, 0});
    LINTAS_TRY(checkApproval(sel, strictest));
    return sel;
}

Status BundleService::checkApproval(Selection& sel, const std::string& strictestHandlingCode) {
    ExportPreview& preview = sel.preview;
    const ExportRequest& request = sel.request;
    preview.strictestHandlingCode = strictestHandlingCode;
    std::vector<std::string> caseUuids;
    for (const auto& c : request.cases)
        caseUuids.push_back(c.caseUuid);
    preview.requestDigest = requestDigest(std::move(caseUuids), sel.recipientCertificate.fingerprint,
                                          request.profile, request.tlp, request.handlingCode);
    preview.needsApproval = bundle::handlingRank(strictestHandlingCode) >= bundle::handlingRank("H2") ||
                            request.tlp == "RED";
    if (!preview.needsApproval)
        return {};
    auto approval = usableApproval(preview.requestDigest);
    if (!approval)
        return approval.error();
    preview.approval = std::move(*approval);
    if (preview.approval)
        return {};
    std::string why;
    if (bundle::handlingRank(strictestHandlingCode) >= bundle::handlingRank("H2"))
        why = "handling code " + strictestHandlingCode;
    if (request.tlp == "RED")
        why += std::string(why.empty() ? "" : ", ") + "TLP:RED";
    preview.blockers.push_back({"needs-approval", "export", preview.requestDigest, "", "",
                                why + ": needs a supervisor's approval of this request (another user than the "
                                      "one exporting)"});
    return {};
}

Result<ExportPreview> BundleService::previewExport(const ExportRequest& request) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleExport, "bundle"));
    // What would leave includes victims' identifying data and suspects' intelligence, which the
    // liaison officer's own roles do not show them: the export reads them on its behalf.
    Context::Delegation delegated(m_ctx);
    auto sel = select(request);
    if (!sel)
        return sel.error();
    return std::move(sel->preview);
}

Result<ExportCandidates> BundleService::exportCandidates(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleExport, "case", caseUuid));
    const bool showIdentity = m_ctx.can(security::Permission::VictimIdentityRead);
    const bool showIntelligence = m_ctx.can(security::Permission::IntelligenceRead);
    Context::Delegation delegated(m_ctx);
    CaseService cases(m_ctx);
    LinkService links(m_ctx);
    ReferralService referrals(m_ctx);
    NoteService notes(m_ctx, Workspace::attachmentDirFor(m_dbPath));
    OrganisationService organisations(m_ctx);

    ExportCandidates out;
    LINTAS_ASSIGN(caseFile, cases.get(caseUuid));
    out.caseFile = std::move(caseFile);
    LINTAS_ASSIGN(parties, cases.parties(caseUuid));
    LINTAS_ASSIGN(journey, links.journey(caseUuid));
    LINTAS_ASSIGN(relationships, links.relationshipsInCase(caseUuid));
    ReferralQuery rq;
    rq.caseUuid = caseUuid;
    rq.limit = 100'000;
    LINTAS_ASSIGN(referralList, referrals.list(rq));
    LINTAS_ASSIGN(noteList, notes.notes(caseUuid));
    LINTAS_ASSIGN(attachmentList, notes.attachments(caseUuid));
    LINTAS_ASSIGN(caseLinks, links.caseLinks(caseUuid));

    // A person who is a victim in any case is masked, as PersonService masks them.
    std::map<std::string, bool> victim;
    const auto isVictim = [&](const std::string& personUuid) -> Result<bool> {
        if (auto it = victim.find(personUuid); it != victim.end())
            return it->second;
        auto st = m_ctx.db().prepare(
            "SELECT 1 FROM case_person cp JOIN person p ON p.id = cp.person_id WHERE p.uuid = ?1 AND cp.role = 'Victim' "
            "LIMIT 1");
        if (!st)
            return st.error();
        (*st)->bind(1, personUuid);
        auto row = (*st)->step();
        (*st)->reset();
        if (!row)
            return row.error();
        return victim[personUuid] = *row;
    };
    for (auto& p : parties) {
        LINTAS_ASSIGN(masked, isVictim(p.personUuid));
        if (masked && !showIdentity)
            p.personName = kMaskedName;
    }
    for (auto& r : referralList) {
        if (!showIdentity)
            r.victimName = kMaskedName;
        if (r.providerUuid)
            out.organisationNames[*r.providerUuid] = r.providerName;
    }
    for (auto& r : relationships) {
        if (!showIntelligence)
            r.note.clear();
        for (const auto& [kind, uuid] : {std::pair{r.fromKind, r.fromUuid}, std::pair{r.toKind, r.toUuid}})
            if (kind == PartyKind::Organisation && !out.organisationNames.contains(uuid)) {
                LINTAS_ASSIGN(org, organisations.get(uuid));
                out.organisationNames[uuid] = org.name;
            }
    }
    if (!showIntelligence)
        for (auto& n : noteList)
            n.body.clear();
    out.parties = std::move(parties);
    out.journey = std::move(journey);
    out.relationships = std::move(relationships);
    out.referrals = std::move(referralList);
    out.notes = std::move(noteList);
    out.attachments = std::move(attachmentList);
    for (auto& l : caseLinks)
        if (l.caseUuid == caseUuid)
            out.caseLinks.push_back(std::move(l));
    return out;
}

// ---- writing ------------------------------------------------------------------------------------

Status BundleService::writeBundleFile(const Selection& sel, const Manifest& head, const Identity& signer,
                                      const std::string& zipPath, Manifest& written) {
    // Records are encoded once and held until written: the manifest (written first, so a reader
    // can check it before anything else) needs their hashes.
    std::vector<std::pair<std::string, std::string>> records;  // path → bytes
    for (const auto& c : sel.cases)
        records.emplace_back(bundle::casePath(c.caseFile.meta.uuid), json::write(codec::encodeCase(c)));
    for (const auto& o : sel.organisations)
        records.emplace_back(bundle::organisationPath(o.organisation.meta.uuid),
                             json::write(codec::encodeOrganisation(o)));
    if (sel.statistics)
        records.emplace_back(std::string(bundle::kStatisticsPath), json::write(codec::encodeStatistics(*sel.statistics)));

    NoteService notes(m_ctx, Workspace::attachmentDirFor(m_dbPath));
    Manifest m = head;
    for (const auto& [path, bytes] : records)
        m.entries.push_back({path, bytes.size(), sha256Hex(bytes)});
    for (const auto& [sha, size] : sel.attachmentFiles) {
        // Stored content is encrypted; it is decrypted as it goes into the archive, and its hash
        // is checked on the way (a file that no longer matches fails the export, see below).
        if (!notes.hasContent(sha))
            return Error{ErrorCode::NotFound, "attachment", "stored content " + sha + " is missing"};
        m.entries.push_back({bundle::attachmentPath(sha), size, sha});
    }
    std::sort(m.entries.begin(), m.entries.end(), [](const auto& a, const auto& b) { return a.path < b.path; });

    const std::string manifestBytes = json::write(encodeManifest(m), true);
    auto signature = cmsSignDetached(signer, manifestBytes);
    if (!signature)
        return signature.error();

    auto zip = ZipWriter::create(zipPath);
    if (!zip)
        return zip.error();
    LINTAS_TRY((*zip)->add(std::string(bundle::kManifestPath), manifestBytes));
    LINTAS_TRY((*zip)->add(std::string(bundle::kSignaturePath), *signature, false));
    for (const auto& [path, bytes] : records)
        LINTAS_TRY((*zip)->add(path, bytes));
    // Attachments are stored, not deflated: they are mostly photos, scans and PDFs that are
    // compressed already, and deflating hundreds of megabytes of them costs time for nothing.
    // Each attachment is decrypted chunk by chunk straight into its entry: never a plaintext
    // copy on disk, never the ciphertext in the bundle. readAttachment authenticates every chunk
    // and checks the SHA-256 of the whole at the end, so a stored file that no longer matches its
    // name fails the export (and the unfinished archive is removed).
    for (const auto& [sha, size] : sel.attachmentFiles) {
        const std::string& content = sha;
        LINTAS_TRY((*zip)->addProduced(
            bundle::attachmentPath(sha), size,
            [&](const ZipWriter::ContentWriter& write) { return notes.readAttachment(content, write); }, false));
    }
    LINTAS_TRY((*zip)->finish());
    written = std::move(m);
    return {};
}

Result<ExportResult> BundleService::exportBundle(const ExportRequest& request, const Identity& signer,
                                                 const std::string& outPath) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleExport, "bundle"));
    Context::Delegation delegated(m_ctx);
    auto sel = select(request);
    if (!sel)
        return sel.error();
    if (!sel->preview.allowed()) {
        const ExportBlocker& b = sel->preview.blockers.front();
        if (b.reason == "needs-approval")
            return Error{ErrorCode::Refused, "export." + b.reason, b.detail + " (request digest " + b.uuid + ")"};
        return Error{ErrorCode::Refused, "export." + b.reason,
                     b.caseReference + " " + b.kind + " " + b.uuid + ": " + b.detail};
    }
    if (signer.certificate().fingerprint() != sel->preview.sender.fingerprint)
        return validationError("signer", "is not this agency's identity");

    std::string path = outPath;
    if (request.encrypt) {
        if (!path.ends_with(".lintas.p7m"))
            path += path.ends_with(".lintas") ? ".p7m" : ".lintas.p7m";
    } else if (!path.ends_with(".lintas")) {
        path += ".lintas";
    }
    std::error_code ec;
    if (fs::exists(path, ec))
        return Error{ErrorCode::Duplicate, "export.path", "a file already exists at that path"};

    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(m_ctx.db().execute(
        "INSERT INTO outgoing_sequence(id, last) VALUES (1, 1) ON CONFLICT(id) DO UPDATE SET last = last + 1"));
    auto sequence = m_ctx.db().queryInt("SELECT last FROM outgoing_sequence WHERE id = 1");
    if (!sequence)
        return sequence.error();

    Manifest head;
    head.bundleUuid = m_ctx.newUuid();
    head.sequence = *sequence;
    head.createdAt = m_ctx.now();
    head.sender = sel->preview.sender;
    head.recipient = sel->preview.recipient;
    head.purpose = request.purpose;
    head.tlp = request.tlp;
    head.handlingCode = request.handlingCode;
    head.profile = request.profile;
    head.generator = "Lintas";

    bundle::TempPath zipTemp(path + ".tmp-" + head.bundleUuid);
    ExportResult result;
    LINTAS_TRY(writeBundleFile(*sel, head, signer, zipTemp.path(), result.manifest));
    // The plain ZIP of an encrypted export is removed with zipTemp; only the .p7m is kept.
    std::optional<bundle::TempPath> encrypted;
    if (request.encrypt) {
        encrypted.emplace(path + ".tmp-" + head.bundleUuid + ".p7m");
        auto recipientCert = Certificate::parse(sel->recipientCertificate.certificatePem);
        if (!recipientCert)
            return recipientCert.error();
        LINTAS_TRY(cmsEncryptFile(zipTemp.path(), encrypted->path(), {*recipientCert}));
    }
    bundle::TempPath& finalTemp = encrypted ? *encrypted : zipTemp;
    auto fileHash = sha256FileHex(finalTemp.path(), &result.fileSize);
    if (!fileHash)
        return fileHash.error();
    fs::rename(finalTemp.path(), path, ec);
    if (ec)
        return Error{ErrorCode::Io, "export.path", "cannot move the bundle into place: " + ec.message()};
    finalTemp.release();
    bundle::TempPath written(path);  // removed again if the log cannot be committed

    std::size_t persons = 0, attachments = 0;
    for (const auto& c : sel->cases) {
        persons += c.persons.size();
        attachments += c.attachments.size();
    }
    ExchangeLogEntry log;
    log.direction = "sent";
    log.bundleUuid = head.bundleUuid;
    log.sequence = head.sequence;
    log.peerCode = head.recipient.code;
    log.peerCountry = head.recipient.country;
    log.signerFingerprint = head.sender.fingerprint;
    log.verdict = "sent";
    log.profile = profileName(head.profile);
    log.purpose = head.purpose;
    log.tlp = head.tlp;
    log.handlingCode = head.handlingCode;
    log.fileName = fs::path(path).filename().string();
    log.fileSha256 = *fileHash;
    log.summary = json::write(json::Object{{"cases", static_cast<std::int64_t>(sel->cases.size())},
                                           {"persons", static_cast<std::int64_t>(persons)},
                                           {"organisations", static_cast<std::int64_t>(sel->organisations.size())},
                                           {"attachments", static_cast<std::int64_t>(attachments)},
                                           {"encrypted", request.encrypt}});
    log.at = head.createdAt;
    if (sel->preview.approval) {
        LINTAS_TRY(useApproval(sel->preview.approval->id));
        result.approvalId = sel->preview.approval->id;
    }
    LINTAS_TRY(appendLog(log));
    // One entry for the whole export: what left is named by the bundle and counted, never listed.
    std::size_t victimsIdentifiable = 0, victimsPseudonymised = 0;
    for (const auto& v : sel->preview.victims)
        ++(v.treatment == VictimTreatment::Identifiable ? victimsIdentifiable : victimsPseudonymised);
    std::string detail = "recipient=" + head.recipient.country + "/" + head.recipient.code +
                         ",profile=" + profileName(head.profile) + ",tlp=" + head.tlp +
                         ",handling=" + head.handlingCode + ",cases=" + std::to_string(sel->cases.size()) +
                         ",persons=" + std::to_string(persons) + ",victims-identifiable=" +
                         std::to_string(victimsIdentifiable) + ",victims-pseudonymised=" +
                         std::to_string(victimsPseudonymised) + ",organisations=" +
                         std::to_string(sel->organisations.size()) + ",attachments=" + std::to_string(attachments) +
                         ",sequence=" + std::to_string(head.sequence) + (request.encrypt ? ",encrypted=1" : "");
    if (result.approvalId != 0)
        detail += ",approval=" + std::to_string(result.approvalId);
    LINTAS_TRY(m_ctx.record(security::audit::kExport, "bundle", head.bundleUuid, detail));
    LINTAS_TRY(tx.commit());
    written.release();

    result.path = path;
    result.fileSha256 = *fileHash;
    result.preview = std::move(sel->preview);
    return result;
}

}  // namespace lintas::exchange
