#include "lintas/service/PersonService.h"

#include "Support.h"

#include "lintas/domain/Normalize.h"
#include "lintas/service/SearchService.h"

#include <algorithm>

namespace lintas {
namespace {

constexpr const char* kPersonColumns =
    "p.uuid, p.salutation, p.job_title, p.given_names, p.middle_name, p.family_name, p.sex, p.gender, "
    "p.birth_date, p.estimated_age, p.age_estimated_on, p.deceased, p.marital_status, p.number_of_children, "
    "p.education, p.street, p.city, p.state, p.postal_code, p.country, p.latitude, p.longitude, "
    "(SELECT uuid FROM agency WHERE id = p.origin_agency_id), p.created_at, p.updated_at, p.version";

Person readPerson(const store::Statement& s) {
    Person p;
    p.meta.uuid = s.text(0);
    p.salutation = s.text(1);
    p.jobTitle = s.text(2);
    p.givenNames = s.text(3);
    p.middleName = s.text(4);
    p.familyName = s.text(5);
    p.sex = s.text(6);
    p.gender = s.text(7);
    p.birthDate = s.optText(8);
    p.estimatedAge = s.optInt(9);
    p.ageEstimatedOn = s.optText(10);
    p.deceased = s.int64(11) != 0;
    p.maritalStatus = s.optText(12);
    p.numberOfChildren = s.optInt(13);
    p.education = s.optText(14);
    p.street = s.text(15);
    p.city = s.text(16);
    p.state = s.text(17);
    p.postalCode = s.text(18);
    p.country = s.optText(19);
    p.latitude = s.optReal(20);
    p.longitude = s.optReal(21);
    p.meta.originAgency = s.text(22);
    p.meta.createdAt = s.text(23);
    p.meta.updatedAt = s.text(24);
    p.meta.version = s.int64(25);
    return p;
}

void bindPerson(store::Statement& s, const Person& p) {
    s.bind(1, p.salutation).bind(2, p.jobTitle).bind(3, p.givenNames).bind(4, p.middleName);
    s.bind(5, p.familyName).bind(6, p.sex).bind(7, p.gender).bind(8, p.birthDate).bind(9, p.estimatedAge);
    s.bind(10, p.ageEstimatedOn).bind(11, p.deceased ? 1 : 0).bind(12, p.maritalStatus);
    s.bind(13, p.numberOfChildren).bind(14, p.education).bind(15, p.street).bind(16, p.city).bind(17, p.state);
    s.bind(18, p.postalCode).bind(19, p.country).bind(20, p.latitude).bind(21, p.longitude);
}

bool sameIdentifiers(const std::vector<Identifier>& a, const std::vector<Identifier>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Identifier& x, const Identifier& y) {
        return x.type == y.type && x.value == y.value && x.normalized == y.normalized &&
               x.issuingCountry == y.issuingCountry;
    });
}

/// "fields=…" naming what differs between two loaded versions of a person (names, not values).
std::string changedFields(const Person& a, const Person& b) {
    detail::ChangedFields f;
    f.compare("salutation", a.salutation, b.salutation);
    f.compare("jobTitle", a.jobTitle, b.jobTitle);
    f.compare("givenNames", a.givenNames, b.givenNames);
    f.compare("middleName", a.middleName, b.middleName);
    f.compare("familyName", a.familyName, b.familyName);
    f.compare("sex", a.sex, b.sex);
    f.compare("gender", a.gender, b.gender);
    f.compare("birthDate", a.birthDate, b.birthDate);
    f.compare("estimatedAge", a.estimatedAge, b.estimatedAge);
    f.compare("ageEstimatedOn", a.ageEstimatedOn, b.ageEstimatedOn);
    f.compare("deceased", a.deceased, b.deceased);
    f.compare("maritalStatus", a.maritalStatus, b.maritalStatus);
    f.compare("numberOfChildren", a.numberOfChildren, b.numberOfChildren);
    f.compare("education", a.education, b.education);
    f.compare("street", a.street, b.street);
    f.compare("city", a.city, b.city);
    f.compare("state", a.state, b.state);
    f.compare("postalCode", a.postalCode, b.postalCode);
    f.compare("country", a.country, b.country);
    f.compare("latitude", a.latitude, b.latitude);
    f.compare("longitude", a.longitude, b.longitude);
    f.compare("aliases", a.aliases, b.aliases);
    f.compare("citizenships", a.citizenships, b.citizenships);
    f.compare("languages", a.languages, b.languages);
    if (!sameIdentifiers(a.identifiers, b.identifiers))
        f.add("identifiers");
    return f.detail();
}

}  // namespace

using security::Permission;

Status PersonService::validate(Person& p, const std::string& today) {
    for (auto* f : {&p.givenNames, &p.middleName, &p.familyName, &p.salutation, &p.jobTitle})
        *f = normalize::trim(*f);
    if (p.givenNames.empty() && p.familyName.empty())
        return validationError("person.name", "needs a given name or a family name");
    LINTAS_TRY(detail::checkText("person.givenNames", p.givenNames, 200));
    LINTAS_TRY(detail::checkText("person.middleName", p.middleName, 200));
    LINTAS_TRY(detail::checkText("person.familyName", p.familyName, 200));
    LINTAS_TRY(detail::checkText("person.salutation", p.salutation, 50));
    LINTAS_TRY(detail::checkText("person.jobTitle", p.jobTitle, 200));
    LINTAS_TRY(detail::requireCode("person.sex", vocab::List::Sex, p.sex));
    LINTAS_TRY(detail::requireCode("person.gender", vocab::List::Gender, p.gender));
    LINTAS_TRY(detail::checkPastDate("person.birthDate", p.birthDate, today));
    if (p.estimatedAge && (*p.estimatedAge < 0 || *p.estimatedAge > 130))
        return validationError("person.estimatedAge", "must lie between 0 and 130");
    LINTAS_TRY(detail::checkPastDate("person.ageEstimatedOn", p.ageEstimatedOn, today));
    LINTAS_TRY(detail::checkCode("person.maritalStatus", vocab::List::MaritalStatus, p.maritalStatus));
    if (p.numberOfChildren && (*p.numberOfChildren < 0 || *p.numberOfChildren > 50))
        return validationError("person.numberOfChildren", "must lie between 0 and 50");
    LINTAS_TRY(detail::checkCode("person.education", vocab::List::Education, p.education));
    LINTAS_TRY(detail::checkText("person.street", p.street, 300));
    LINTAS_TRY(detail::checkText("person.city", p.city, 200));
    LINTAS_TRY(detail::checkText("person.state", p.state, 200));
    LINTAS_TRY(detail::checkText("person.postalCode", p.postalCode, 30));
    LINTAS_TRY(detail::checkCountry("person.country", p.country));
    LINTAS_TRY(detail::checkLatLon("person.location", p.latitude, p.longitude));
    LINTAS_TRY(detail::checkCountries("person.citizenships", p.citizenships));
    LINTAS_TRY(detail::checkLanguages("person.languages", p.languages));
    for (std::size_t i = 0; i < p.aliases.size(); ++i) {
        const std::string field = "person.aliases[" + std::to_string(i) + "]";
        LINTAS_TRY(detail::requireText(field + ".name", p.aliases[i].name, 200));
        LINTAS_TRY(detail::checkText(field + ".script", p.aliases[i].script, 8));
        LINTAS_TRY(detail::checkText(field + ".transliteration", p.aliases[i].transliteration, 200));
    }
    for (std::size_t i = 0; i < p.identifiers.size(); ++i) {
        auto& id = p.identifiers[i];
        const std::string field = "person.identifiers[" + std::to_string(i) + "]";
        LINTAS_TRY(detail::requireCode(field + ".type", vocab::List::IdentifierType, id.type));
        LINTAS_TRY(detail::checkCountry(field + ".issuingCountry", id.issuingCountry));
        LINTAS_TRY(detail::checkText(field + ".value", id.value, 200));
        // A national phone number takes its country from the identifier, else the first citizenship.
        std::optional<std::string> country = id.issuingCountry;
        if (!country && !p.citizenships.empty())
            country = p.citizenships.front();
        auto norm = normalize::identifier(id.type, id.value, country, field + ".value");
        if (!norm)
            return norm.error();
        id.normalized = *norm;
    }
    return {};
}

Status PersonService::writeChildren(std::int64_t personId, const Person& p, bool replacing) {
    auto& db = m_ctx.db();
    for (const char* sql : {"DELETE FROM person_alias WHERE person_id = ?", "DELETE FROM person_citizenship WHERE person_id = ?",
                            "DELETE FROM person_language WHERE person_id = ?", "DELETE FROM identifier WHERE person_id = ?"}) {
        if (!replacing)
            break;  // a new person has no children yet
        auto del = db.prepare(sql);
        if (!del)
            return del.error();
        (*del)->bind(1, personId);
        LINTAS_TRY((*del)->exec());
    }
    for (const auto& a : p.aliases) {
        auto st = db.prepare("INSERT INTO person_alias(person_id, name, script, transliteration) VALUES (?,?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, personId).bind(2, a.name).bind(3, a.script).bind(4, a.transliteration);
        LINTAS_TRY((*st)->exec());
    }
    for (std::size_t i = 0; i < p.citizenships.size(); ++i) {
        // Order matters: the first citizenship gives national phone numbers their country code.
        auto st = db.prepare("INSERT INTO person_citizenship(person_id, country, position) VALUES (?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, personId).bind(2, p.citizenships[i]).bind(3, static_cast<std::int64_t>(i));
        LINTAS_TRY((*st)->exec());
    }
    for (std::size_t i = 0; i < p.languages.size(); ++i) {
        auto st = db.prepare("INSERT OR IGNORE INTO person_language(person_id, language, position) VALUES (?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, personId).bind(2, p.languages[i]).bind(3, static_cast<std::int64_t>(i));
        LINTAS_TRY((*st)->exec());
    }
    for (const auto& id : p.identifiers) {
        auto st = db.prepare(
            "INSERT INTO identifier(person_id, type, value, value_norm, issuing_country) VALUES (?,?,?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, personId).bind(2, id.type).bind(3, id.value).bind(4, id.normalized).bind(5, id.issuingCountry);
        LINTAS_TRY((*st)->exec());
    }
    return {};
}

Result<Person> PersonService::create(Person p) {
    LINTAS_TRY(m_ctx.require(Permission::PersonWrite, "person", p.meta.uuid));
    if (p.identityMasked || p.givenNames == kMaskedName)
        return Error{ErrorCode::Refused, "person.identityMasked", "a masked person cannot be stored"};
    LINTAS_TRY(validate(p, m_ctx.today()));
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    if (p.meta.uuid.empty())
        p.meta.uuid = m_ctx.newUuid();
    p.meta.createdAt = p.meta.updatedAt = m_ctx.now();
    p.meta.version = 1;
    p.meta.originAgency = m_ctx.localAgencyUuid();
    auto st = m_ctx.db().prepare(
        "INSERT INTO person(salutation, job_title, given_names, middle_name, family_name, sex, gender, "
        "birth_date, estimated_age, age_estimated_on, deceased, marital_status, number_of_children, education, "
        "street, city, state, postal_code, country, latitude, longitude, uuid, origin_agency_id, created_at, "
        "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
    if (!st)
        return st.error();
    bindPerson(**st, p);
    (*st)->bind(22, p.meta.uuid).bind(23, m_ctx.localAgencyId()).bind(24, p.meta.createdAt).bind(25, p.meta.updatedAt);
    LINTAS_TRY((*st)->exec());
    LINTAS_TRY(writeChildren(m_ctx.db().lastInsertRowId(), p, false));
    LINTAS_TRY(m_ctx.record(security::audit::kCreate, "person", p.meta.uuid));
    LINTAS_TRY(tx.commit());
    return p;
}

Result<Person> PersonService::update(const Person& input) {
    LINTAS_TRY(m_ctx.require(Permission::PersonWrite, "person", input.meta.uuid));
    // Saving the mask would replace a victim's identity with bullets and empty lists (also when a
    // caller copied the masked fields but lost the flag).
    if (input.identityMasked || input.givenNames == kMaskedName)
        return Error{ErrorCode::Refused, "person.identityMasked",
                     "the person's identifying fields are masked; reveal them before editing"};
    Person p = input;
    LINTAS_TRY(validate(p, m_ctx.today()));
    LINTAS_ASSIGN(id, m_ctx.idOf("person", p.meta.uuid, "person.uuid"));
    {
        // Rewriting a victim's identity presupposes the right to see it.
        LINTAS_ASSIGN(victim, detail::isVictim(m_ctx.db(), id));
        if (victim)
            LINTAS_TRY(m_ctx.require(Permission::VictimIdentityRead, "person", p.meta.uuid));
    }
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_ASSIGN(before, load(id));
    auto st = m_ctx.db().prepare(
        "UPDATE person SET salutation = ?, job_title = ?, given_names = ?, middle_name = ?, family_name = ?, "
        "sex = ?, gender = ?, birth_date = ?, estimated_age = ?, age_estimated_on = ?, deceased = ?, "
        "marital_status = ?, number_of_children = ?, education = ?, street = ?, city = ?, state = ?, "
        "postal_code = ?, country = ?, latitude = ?, longitude = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?");
    if (!st)
        return st.error();
    bindPerson(**st, p);
    (*st)->bind(22, m_ctx.now()).bind(23, id).bind(24, p.meta.version);
    LINTAS_TRY((*st)->exec());
    if (m_ctx.db().changes() == 0)
        return Error{ErrorCode::Conflict, "person", "the person was changed by someone else since it was loaded"};
    LINTAS_TRY(writeChildren(id, p, true));
    LINTAS_ASSIGN(after, load(id));
    LINTAS_TRY(m_ctx.record(security::audit::kUpdate, "person", after.meta.uuid, changedFields(before, after)));
    LINTAS_TRY(tx.commit());
    return after;
}

Result<Person> PersonService::load(std::int64_t id) {
    auto& db = m_ctx.db();
    auto st = db.prepare(std::string("SELECT ") + kPersonColumns + " FROM person p WHERE p.id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "person", "no such person"};
    Person p = readPerson(**st);
    (*st)->reset();

    auto aliases = db.prepare("SELECT name, script, transliteration FROM person_alias WHERE person_id = ? ORDER BY id");
    if (!aliases)
        return aliases.error();
    (*aliases)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*aliases)->step());
        if (!more)
            break;
        p.aliases.push_back(Alias{(*aliases)->text(0), (*aliases)->text(1), (*aliases)->text(2)});
    }
    auto cits = db.prepare("SELECT country FROM person_citizenship WHERE person_id = ? ORDER BY position");
    if (!cits)
        return cits.error();
    (*cits)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*cits)->step());
        if (!more)
            break;
        p.citizenships.push_back((*cits)->text(0));
    }
    auto langs = db.prepare("SELECT language FROM person_language WHERE person_id = ? ORDER BY position");
    if (!langs)
        return langs.error();
    (*langs)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*langs)->step());
        if (!more)
            break;
        p.languages.push_back((*langs)->text(0));
    }
    auto ids = db.prepare(
        "SELECT type, value, value_norm, issuing_country FROM identifier WHERE person_id = ? ORDER BY id");
    if (!ids)
        return ids.error();
    (*ids)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*ids)->step());
        if (!more)
            break;
        p.identifiers.push_back(Identifier{(*ids)->text(0), (*ids)->text(1), (*ids)->text(2), (*ids)->optText(3)});
    }
    return p;
}

Person PersonService::maskIdentity(Person p) {
    p.givenNames = kMaskedName;
    p.middleName.clear();
    p.familyName.clear();
    p.aliases.clear();
    p.birthDate.reset();
    p.identifiers.clear();
    p.street.clear();
    p.city.clear();
    p.state.clear();
    p.postalCode.clear();
    p.country.reset();
    p.latitude.reset();
    p.longitude.reset();
    p.identityMasked = true;
    return p;
}

Result<std::int64_t> PersonService::existingId(const std::string& uuid) const {
    auto id = m_ctx.idOf("person", uuid, "person.uuid");
    if (!id && id.error().code == ErrorCode::ForeignKey)
        return Error{ErrorCode::NotFound, "person.uuid", "no person with that UUID"};
    return id;
}

Result<Person> PersonService::get(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::PersonRead, "person", uuid));
    LINTAS_ASSIGN(id, existingId(uuid));
    LINTAS_ASSIGN(p, load(id));
    if (detail::unmasked(m_ctx))
        return p;
    LINTAS_ASSIGN(victim, detail::isVictim(m_ctx.db(), id));
    if (victim)
        return maskIdentity(std::move(p));
    return p;
}

Result<Person> PersonService::reveal(const std::string& uuid, const std::string& reason) {
    LINTAS_TRY(m_ctx.require(Permission::VictimIdentityRead, "person", uuid));
    const std::string why = normalize::trim(reason);
    if (why.empty())
        return validationError("reveal.reason", "must say why the identity is needed");
    LINTAS_TRY(detail::checkText("reveal.reason", why, 1000));
    LINTAS_ASSIGN(id, existingId(uuid));
    LINTAS_ASSIGN(p, load(id));
    // The entry is written before the data is handed out: no entry, no identity.
    LINTAS_TRY(m_ctx.record(security::audit::kReadIdentity, "person", uuid, {}, why));
    return p;
}

Result<std::vector<PersonMatch>> PersonService::findByIdentifier(const std::string& type, const std::string& value,
                                                                 const std::optional<std::string>& country) {
    LINTAS_TRY(m_ctx.require(Permission::PersonRead, "person"));
    if (!type.empty())
        LINTAS_TRY(detail::requireCode("identifier.type", vocab::List::IdentifierType, type));
    LINTAS_TRY(detail::checkCountry("identifier.issuingCountry", country));
    // Without a type, try the value as every kind of identifier it can be read as.
    std::vector<std::string> forms;
    if (!type.empty()) {
        auto norm = normalize::identifier(type, value, country, "identifier.value");
        if (!norm)
            return norm.error();
        forms.push_back(*norm);
    } else {
        for (const auto& t : vocab::terms(vocab::List::IdentifierType)) {
            auto norm = normalize::identifier(t.code, value, country, "identifier.value");
            if (norm && std::find(forms.begin(), forms.end(), *norm) == forms.end())
                forms.push_back(*norm);
        }
        if (forms.empty())
            return validationError("identifier.value", "is not a recognisable identifier");
    }
    const bool plain = detail::unmasked(m_ctx);
    const bool victimsToo = detail::holds(m_ctx, Permission::VictimIdentityRead);
    std::vector<PersonMatch> out;
    for (const auto& form : forms) {
        auto st = m_ctx.db().prepare(
            "SELECT DISTINCT p.uuid, trim(p.given_names || CASE WHEN p.middle_name <> '' THEN ' ' || p.middle_name ELSE '' END || ' ' || p.family_name), i.type, "
            "i.value_norm, " + detail::isVictimSql("p.id") + " FROM identifier i JOIN person p ON p.id = i.person_id "
            "WHERE i.value_norm = ? AND (?2 = '' OR i.type = ?2) ORDER BY p.id");
        if (!st)
            return st.error();
        (*st)->bind(1, form).bind(2, type);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            const std::string uuid = (*st)->text(0);
            if (std::any_of(out.begin(), out.end(), [&](const PersonMatch& m) { return m.uuid == uuid; }))
                continue;
            const bool victim = (*st)->int64(4) != 0;
            if (victim && !plain) {
                // A masked hit would still tell a session without the right that this is a victim.
                if (victimsToo)
                    out.push_back(PersonMatch{uuid, kMaskedName, (*st)->text(2), true});
                continue;
            }
            out.push_back(PersonMatch{uuid, (*st)->text(1), (*st)->text(2) + " " + (*st)->text(3), false});
        }
    }
    LINTAS_TRY(m_ctx.record(security::audit::kSearch, "person", {}, "results=" + std::to_string(out.size())));
    return out;
}

Result<std::vector<PersonMatch>> PersonService::findByName(const std::string& text, int limit) {
    LINTAS_TRY(m_ctx.require(Permission::PersonRead, "person"));
    const std::string match = SearchService::toMatchExpression(text);
    std::vector<PersonMatch> out;
    if (!match.empty()) {
        const bool plain = detail::unmasked(m_ctx);
        const bool victimsToo = detail::holds(m_ctx, Permission::VictimIdentityRead);
        // Best rank per person over their name and aliases. Victims are left out in SQL for a
        // session that may not find them by name, so the limit counts only what is shown.
        auto st = m_ctx.db().prepare(
            "SELECT p.uuid, trim(p.given_names || CASE WHEN p.middle_name <> '' THEN ' ' || p.middle_name ELSE '' END || ' ' || p.family_name), "
            "min(s.rank), max(s.kind = 'alias'), " + detail::isVictimSql("p.id") +
            " FROM search_index s JOIN person p ON p.uuid = s.target "
            "WHERE search_index MATCH ? AND s.kind IN ('person', 'alias') AND (? OR NOT " + detail::isVictimSql("p.id") +
            ") GROUP BY p.id ORDER BY min(s.rank) LIMIT ?");
        if (!st)
            return st.error();
        (*st)->bind(1, "{label body} : (" + match + ")").bind(2, victimsToo ? 1 : 0).bind(3, limit);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            const bool victim = (*st)->int64(4) != 0;
            const char* on = (*st)->int64(3) ? "alias" : "name";
            if (victim && !plain)
                out.push_back(PersonMatch{(*st)->text(0), kMaskedName, on, true});
            else
                out.push_back(PersonMatch{(*st)->text(0), (*st)->text(1), on, false});
        }
    }
    LINTAS_TRY(m_ctx.record(security::audit::kSearch, "person", {}, "results=" + std::to_string(out.size())));
    return out;
}

}  // namespace lintas
