// Import of verified bundles: preview, apply (one transaction), provenance and conflicts.
// Rules and decisions: docs/bundle-format.md, "Import".

#include "lintas/exchange/BundleImport.h"
#include "lintas/exchange/BundleService.h"
#include "lintas/security/AuditLog.h"
#include "lintas/service/Workspace.h"
#include "lintas/store/Statement.h"
#include "service/Support.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace lintas::exchange {

const char* importActionName(ImportAction action) {
    switch (action) {
    case ImportAction::New: return "new";
    case ImportAction::Update: return "update";
    case ImportAction::Unchanged: return "unchanged";
    case ImportAction::Conflict: return "conflict";
    }
    return "unknown";
}

const char* conflictStateName(ConflictState state) {
    switch (state) {
    case ConflictState::Open: return "open";
    case ConflictState::KeptOurs: return "kept-ours";
    case ConflictState::TookTheirs: return "took-theirs";
    }
    return "unknown";
}

namespace {

// Members of an encoded record that describe the record rather than its content: never merged
// field by field, never reported as conflicts.
constexpr std::array<std::string_view, 7> kMetaMembers = {"uuid",    "origin",        "created_at", "updated_at",
                                                          "version", "pseudonymised", "pseudonym"};

bool isMeta(std::string_view key) {
    return std::find(kMetaMembers.begin(), kMetaMembers.end(), key) != kMetaMembers.end();
}

/// Runs a one-row query: `bind` binds parameters, `read` reads the row when there is one.
template <typename Bind, typename Read>
Result<bool> queryRow(store::Database& db, std::string_view sql, Bind&& bind, Read&& read) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    bind(**st);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    if (*row)
        read(**st);
    (*st)->reset();
    return *row;
}

template <typename Bind>
Status execute(store::Database& db, std::string_view sql, Bind&& bind) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    bind(**st);
    return (*st)->exec();
}

std::string personLabel(const PersonRecord& p) {
    if (p.pseudonymised)
        return p.pseudonym;
    std::string label = p.person.givenNames;
    if (!label.empty() && !p.person.familyName.empty())
        label += ' ';
    label += p.person.familyName;
    return label;
}

// ---- records as JSON field objects ------------------------------------------------------------
// The codec is the single definition of a record's fields, so merges and conflicts use its
// field names (those of docs/bundle-format.md) and its decoding re-checks what we write.

json::Value caseObject(const Case& c, const AgencyKey& origin) {
    CaseRecord r;
    r.caseFile = c;
    r.origin = origin;
    return *codec::encodeCase(r).find("case");
}

json::Value organisationObject(const OrganisationRecord& o) {
    return *codec::encodeOrganisation(o).find("organisation");
}

/// A case record that carries only `person` (with one role), so that a person's field object can
/// go through the case codec, which is where persons are defined.
CaseRecord personCarrier(const Case& anyCase, const AgencyKey& caseOrigin, const PersonRecord& person,
                         const std::string& role) {
    CaseRecord r;
    r.caseFile = anyCase;
    r.origin = caseOrigin;
    r.persons = {person};
    CaseParty party;
    party.caseUuid = anyCase.meta.uuid;
    party.personUuid = person.person.meta.uuid;
    party.role = role;
    party.addedAt = anyCase.meta.createdAt;
    r.parties = {party};
    return r;
}

json::Value personObject(const PersonRecord& p) {
    Case carrier;  // encodeCase() writes persons only as parts of a case
    return codec::encodeCase(personCarrier(carrier, {}, p, "Other")).find("persons")->asArray().front();
}

/// Decodes a person's field object (as produced by personObject, possibly edited).
Result<PersonRecord> decodePersonObject(const json::Value& object, const Case& anyCase, const AgencyKey& caseOrigin) {
    PersonRecord shell;
    shell.person.meta.uuid = object.find("uuid")->asString();
    json::Value doc = codec::encodeCase(personCarrier(anyCase, caseOrigin, shell, "Other"));
    json::Array persons{object};
    doc.set("persons", std::move(persons));
    LINTAS_ASSIGN(decoded, codec::decodeCase(doc, "merge"));
    return decoded.persons.front();
}

Result<Organisation> decodeOrganisationObject(const json::Value& object) {
    json::Value doc = codec::encodeOrganisation({});
    doc.set("organisation", object);
    LINTAS_ASSIGN(decoded, codec::decodeOrganisation(doc, "merge"));
    return decoded.organisation;
}

Result<Case> decodeCaseObject(const json::Value& object) {
    json::Value doc = codec::encodeCase({});
    doc.set("case", object);
    LINTAS_ASSIGN(decoded, codec::decodeCase(doc, "merge"));
    return decoded.caseFile;
}

/// The three-way merge of one record's content fields.
struct FieldMerge {
    json::Value merged;                  ///< theirs, with our value kept where we win or conflict
    std::vector<std::string> conflicts;  ///< fields both sides changed differently
    std::vector<std::pair<std::string, std::string>> conflictValues;  ///< ours, theirs (JSON text)
    bool changesOurs = false;            ///< merged differs from what we hold
};

/// `base` is the record as last received (null when unknown), `ours` the record as held here.
/// Not edited locally: theirs wins entirely. Edited locally: per field, a side that did not
/// change the field since `base` yields to the other; both changed differently is a conflict and
/// keeps ours. Without a base, every differing field of a locally edited record is a conflict.
FieldMerge mergeFields(const json::Value* base, const json::Value& ours, const json::Value& theirs,
                       bool editedLocally) {
    FieldMerge m;
    m.merged = theirs;
    static const json::Value kNull;
    for (const auto& [key, theirValue] : theirs.asObject()) {
        if (isMeta(key))
            continue;
        const json::Value* ourValue = ours.find(key);
        const json::Value& o = ourValue ? *ourValue : kNull;
        json::Value result = theirValue;
        if (editedLocally && !(o == theirValue)) {
            const json::Value* b = base ? base->find(key) : nullptr;
            if (b && *b == theirValue) {
                result = o;  // only we changed it
            } else if (!(b && *b == o)) {
                result = o;  // both changed it, differently (or we cannot tell)
                m.conflicts.push_back(key);
                m.conflictValues.emplace_back(json::write(o), json::write(theirValue));
            }
        }
        if (!(result == o))
            m.changesOurs = true;
        m.merged.set(key, std::move(result));
    }
    return m;
}

/// A versioned record (case, person, organisation) as it stands here.
struct LocalRecord {
    bool exists = false;
    std::int64_t id = 0;
    std::int64_t version = 0;
    AgencyKey origin;
    bool provenanceKnown = false;
    std::int64_t importedVersion = 0;
    std::string baseJson;
};

Result<LocalRecord> lookUp(store::Database& db, std::string_view table, std::string_view kind,
                           const std::string& uuid) {
    LocalRecord r;
    const std::string sql = "SELECT t.id, t.version, a.code, a.country FROM " + std::string(table) +
                            " t JOIN agency a ON a.id = t.origin_agency_id WHERE t.uuid = ?";
    LINTAS_ASSIGN(found, queryRow(
                             db, sql, [&](store::Statement& s) { s.bind(1, uuid); },
                             [&](store::Statement& s) {
                                 r.id = s.int64(0);
                                 r.version = s.int64(1);
                                 r.origin = AgencyKey{s.text(2), s.text(3)};
                             }));
    r.exists = found;
    if (!found)
        return r;
    LINTAS_ASSIGN(known, queryRow(
                             db, "SELECT local_version, base_json FROM provenance WHERE record_kind = ? AND record_uuid = ?",
                             [&](store::Statement& s) { s.bind(1, kind).bind(2, uuid); },
                             [&](store::Statement& s) {
                                 r.importedVersion = s.int64(0);
                                 r.baseJson = s.text(1);
                             }));
    r.provenanceKnown = known;
    return r;
}

Result<bool> rowExists(store::Database& db, std::string_view table, const std::string& uuid) {
    return queryRow(
        db, "SELECT 1 FROM " + std::string(table) + " WHERE uuid = ?", [&](store::Statement& s) { s.bind(1, uuid); },
        [](store::Statement&) {});
}

}  // namespace

// ---- the import itself ----------------------------------------------------------------------------

namespace {

/// Plans and (when applying) writes one bundle. Preview and apply share every decision: the
/// preview is the apply without writes.
class BundleImporter {
public:
    BundleImporter(Context& ctx, const std::string& dbPath, VerifiedBundle& bundle, bool apply,
                   const ImportOptions& options)
        : m_ctx(ctx), m_db(ctx.db()), m_bundle(bundle), m_apply(apply), m_options(options),
          m_attachmentDir(Workspace::attachmentDirFor(dbPath)), m_cases(ctx), m_persons(ctx), m_organisations(ctx),
          m_links(ctx), m_notes(ctx, m_attachmentDir), m_agencies(ctx) {}

    ~BundleImporter() {
        // Content stored by an apply that did not commit: nothing refers to it.
        if (!m_committed)
            for (const auto& sha256 : m_createdContent)
                (void)m_notes.removeContent(sha256);
    }
    BundleImporter(const BundleImporter&) = delete;
    BundleImporter& operator=(const BundleImporter&) = delete;

    void committed() { m_committed = true; }
    [[nodiscard]] std::vector<ImportItem>& items() { return m_items; }
    [[nodiscard]] ImportCounts& counts() { return m_counts; }
    [[nodiscard]] std::vector<std::int64_t>& conflictIds() { return m_conflictIds; }

    [[nodiscard]] Status run() {
        const Manifest& manifest = m_bundle.manifest();
        LINTAS_ASSIGN(local, m_agencies.local());
        m_localAgency = AgencyKey{local.code, local.country};
        m_now = m_ctx.now();
        if (m_apply) {
            LINTAS_ASSIGN(sender, agencyId(AgencyKey{manifest.sender.code, manifest.sender.country},
                                           m_bundle.signer().agencyName));
            m_senderId = sender;
        }
        for (const auto& uuid : m_bundle.organisationUuids()) {
            LINTAS_ASSIGN(record, m_bundle.readOrganisation(uuid));
            LINTAS_TRY(importOrganisation(record));
            // A preview writes nothing: remember what the bundle brings, as for persons, so that
            // a relationship to this organisation is not reported as a missing reference.
            if (record.origin != m_localAgency)
                m_bundleOrganisations.insert(uuid);
        }
        std::size_t done = 0;
        for (const auto& uuid : m_bundle.caseUuids()) {
            // One case at a time: memory holds one case record, never the bundle.
            LINTAS_ASSIGN(record, m_bundle.readCase(uuid));
            LINTAS_TRY(importCase(record));
            ++done;
            if (m_apply && m_options.failAfterCases && done >= *m_options.failAfterCases)
                return Error{ErrorCode::Internal, "import", "interrupted by the test hook"};
        }
        for (const auto& [partner, localCase] : m_options.caseLinks)
            LINTAS_TRY(linkCases(partner, localCase));
        return {};
    }

private:
    // ---- agencies and provenance ---------------------------------------------------------------

    Result<std::int64_t> agencyId(const AgencyKey& key, const std::string& name) {
        std::int64_t id = 0;
        LINTAS_ASSIGN(found, queryRow(
                                 m_db, "SELECT id FROM agency WHERE country = ? AND code = ?",
                                 [&](store::Statement& s) { s.bind(1, key.country).bind(2, key.code); },
                                 [&](store::Statement& s) { id = s.int64(0); }));
        if (found)
            return id;
        Agency agency;
        agency.code = key.code;
        agency.country = key.country;
        agency.name = name.empty() ? key.code : name;
        LINTAS_TRY(m_agencies.add(agency));
        return agencyId(key, name);
    }

    Status recordProvenance(std::string_view kind, const std::string& uuid, const std::string& remoteUpdatedAt,
                            std::int64_t localVersion, const std::string& baseJson, const std::string& pseudonym) {
        const Manifest& m = m_bundle.manifest();
        return execute(m_db,
                       "INSERT OR REPLACE INTO provenance(record_kind, record_uuid, bundle_uuid, sender_agency_id, "
                       "received_at, source_grade, info_grade, remote_updated_at, local_version, content_sha256, "
                       "base_json, pseudonym, handling_code, tlp) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       [&](store::Statement& s) {
                           s.bind(1, kind).bind(2, uuid).bind(3, m.bundleUuid).bind(4, m_senderId).bind(5, m_now);
                           s.bind(6, m_options.sourceGrade).bind(7, m_options.infoGrade).bind(8, remoteUpdatedAt);
                           s.bind(9, localVersion).bind(10, baseJson.empty() ? std::string() : sha256Hex(baseJson));
                           s.bind(11, baseJson).bind(12, pseudonym).bind(13, m.handlingCode).bind(14, m.tlp);
                       });
    }

    /// Patches what the services set for records created here: the partner's origin and times.
    Status keepOrigin(std::string_view table, std::int64_t id, std::int64_t originId, const std::string& createdAt,
                      const std::string& updatedAt) {
        return execute(m_db,
                       "UPDATE " + std::string(table) +
                           " SET origin_agency_id = ?, created_at = ?, updated_at = ? WHERE id = ?",
                       [&](store::Statement& s) { s.bind(1, originId).bind(2, createdAt).bind(3, updatedAt).bind(4, id); });
    }

    Status addConflicts(std::string_view kind, const std::string& uuid, const FieldMerge& merge) {
        for (std::size_t i = 0; i < merge.conflicts.size(); ++i) {
            LINTAS_TRY(execute(m_db,
                               "INSERT INTO import_conflict(bundle_uuid, record_kind, record_uuid, field, ours, theirs, "
                               "created_at) VALUES (?,?,?,?,?,?,?)",
                               [&](store::Statement& s) {
                                   s.bind(1, m_bundle.manifest().bundleUuid).bind(2, kind).bind(3, uuid);
                                   s.bind(4, merge.conflicts[i]).bind(5, merge.conflictValues[i].first);
                                   s.bind(6, merge.conflictValues[i].second).bind(7, m_now);
                               }));
            m_conflictIds.push_back(m_db.lastInsertRowId());
        }
        return {};
    }

    void count(const ImportItem& item) {
        switch (item.action) {
        case ImportAction::New: ++m_counts.added; break;
        case ImportAction::Update: ++m_counts.updated; break;
        case ImportAction::Unchanged: ++m_counts.unchanged; break;
        case ImportAction::Conflict: ++m_counts.conflicts; break;
        }
        if (!item.refusal.empty())
            ++m_counts.refused;
        m_counts.conflictFields += static_cast<std::int64_t>(item.conflictingFields.size());
        m_items.push_back(item);
    }

    // ---- versioned records -----------------------------------------------------------------------

    /// Decides what to do with a versioned record; `theirs` is its field object from the bundle.
    struct Plan {
        ImportItem item;
        LocalRecord local;
        FieldMerge merge;
        bool editedLocally = false;
    };

    Result<Plan> plan(std::string_view table, std::string kind, const std::string& uuid, const AgencyKey& origin,
                      const json::Value& theirs, const std::function<Result<json::Value>()>& loadOurs) {
        Plan p;
        p.item.kind = std::move(kind);
        p.item.uuid = uuid;
        LINTAS_ASSIGN(local, lookUp(m_db, table, p.item.kind, uuid));
        p.local = local;
        if (origin == m_localAgency) {
            // Our own record, sent back: a partner never overwrites what we are the origin of.
            p.item.action = ImportAction::Conflict;
            p.item.refusal = "local-record";
            return p;
        }
        if (!local.exists) {
            p.item.action = ImportAction::New;
            return p;
        }
        if (!(local.origin == origin)) {
            p.item.action = ImportAction::Conflict;
            p.item.refusal = "other-origin";
            return p;
        }
        LINTAS_ASSIGN(ours, loadOurs());
        std::optional<json::Value> base;
        if (local.provenanceKnown && !local.baseJson.empty()) {
            auto parsed = json::parse(local.baseJson, "provenance.base_json");
            if (parsed)
                base = std::move(parsed).value();
        }
        // A record we hold from that origin without an import (or before provenance) counts as
        // edited here: nothing of ours is overwritten without a conflict row.
        p.editedLocally = !local.provenanceKnown || local.version > local.importedVersion;
        p.merge = mergeFields(base ? &*base : nullptr, ours, theirs, p.editedLocally);
        p.item.conflictingFields = p.merge.conflicts;
        if (!p.merge.conflicts.empty())
            p.item.action = ImportAction::Conflict;
        else
            p.item.action = p.merge.changesOurs ? ImportAction::Update : ImportAction::Unchanged;
        return p;
    }

    /// After a versioned record was written (or left as it is): provenance and conflict rows.
    Status finish(Plan& p, std::string_view table, const json::Value& theirs, const std::string& remoteUpdatedAt,
                  const std::string& pseudonym) {
        LINTAS_ASSIGN(now, lookUp(m_db, table, p.item.kind, p.item.uuid));
        // The version "as imported" moves only when we were in step with the partner: a record
        // with local edits stays marked as edited, so a later update merges instead of overwriting.
        const std::int64_t importedVersion =
            p.item.action == ImportAction::New || !p.editedLocally ? now.version : p.local.importedVersion;
        LINTAS_TRY(addConflicts(p.item.kind, p.item.uuid, p.merge));
        return recordProvenance(p.item.kind, p.item.uuid, remoteUpdatedAt, importedVersion, json::write(theirs),
                                pseudonym);
    }

    Status importOrganisation(const OrganisationRecord& record) {
        const Organisation& o = record.organisation;
        const json::Value theirs = organisationObject(record);
        LINTAS_ASSIGN(p, plan("organisation", "organisation", o.meta.uuid, record.origin, theirs,
                              [&]() -> Result<json::Value> {
                                  LINTAS_ASSIGN(ours, m_organisations.get(o.meta.uuid));
                                  return organisationObject(OrganisationRecord{ours, record.origin});
                              }));
        p.item.label = o.name;
        count(p.item);
        if (!m_apply || !p.item.refusal.empty())
            return {};
        LINTAS_ASSIGN(originId, agencyId(record.origin, {}));
        if (p.item.action == ImportAction::New) {
            LINTAS_TRY(m_organisations.create(o));
            LINTAS_ASSIGN(id, m_ctx.idOf("organisation", o.meta.uuid, "organisation.uuid"));
            LINTAS_TRY(keepOrigin("organisation", id, originId, o.meta.createdAt, o.meta.updatedAt));
        } else if (p.merge.changesOurs) {
            LINTAS_ASSIGN(merged, decodeOrganisationObject(p.merge.merged));
            merged.meta.version = p.local.version;
            LINTAS_TRY(m_organisations.update(merged));
        }
        return finish(p, "organisation", theirs, o.meta.updatedAt, {});
    }

    Status importPerson(const PersonRecord& record, const CaseRecord& carrier) {
        const Person& person = record.person;
        const json::Value theirs = personObject(record);
        LINTAS_ASSIGN(p, plan("person", "person", person.meta.uuid, record.origin, theirs,
                              [&]() -> Result<json::Value> {
                                  LINTAS_ASSIGN(ours, m_persons.get(person.meta.uuid));
                                  return personObject(PersonRecord{ours, record.origin, record.pseudonymised,
                                                                   record.pseudonym});
                              }));
        p.item.caseUuid = carrier.caseFile.meta.uuid;
        p.item.label = personLabel(record);
        // A victim's name is shown only to a session that may read victims' identity.
        const bool victim = std::any_of(carrier.parties.begin(), carrier.parties.end(), [&](const CaseParty& cp) {
            return cp.personUuid == person.meta.uuid && cp.role == "Victim";
        });
        if (victim && !record.pseudonymised && !m_ctx.can(security::Permission::VictimIdentityRead))
            p.item.label = kMaskedName;
        p.item.pseudonymised = record.pseudonymised;
        count(p.item);
        if (!m_apply || !p.item.refusal.empty())
            return {};
        LINTAS_ASSIGN(originId, agencyId(record.origin, {}));
        if (p.item.action == ImportAction::New) {
            LINTAS_TRY(m_persons.create(person));
            LINTAS_ASSIGN(id, m_ctx.idOf("person", person.meta.uuid, "person.uuid"));
            LINTAS_TRY(keepOrigin("person", id, originId, person.meta.createdAt, person.meta.updatedAt));
        } else if (p.merge.changesOurs) {
            LINTAS_ASSIGN(merged, decodePersonObject(p.merge.merged, carrier.caseFile, carrier.origin));
            merged.person.meta.version = p.local.version;
            LINTAS_TRY(m_persons.update(merged.person));
        }
        return finish(p, "person", theirs, person.meta.updatedAt, record.pseudonymised ? record.pseudonym : "");
    }

    Status importCase(const CaseRecord& record) {
        const Case& c = record.caseFile;
        const json::Value theirs = caseObject(c, record.origin);
        for (const auto& org : {c.referringOrganisation, c.referredOrganisation})
            if (org) {
                LINTAS_ASSIGN(present, rowExists(m_db, "organisation", *org));
                if (!present && m_apply)
                    return Error{ErrorCode::ForeignKey, "case.organisation", "names an organisation not in the bundle"};
            }
        LINTAS_ASSIGN(p, plan("case_file", "case", c.meta.uuid, record.origin, theirs, [&]() -> Result<json::Value> {
            LINTAS_ASSIGN(ours, m_cases.get(c.meta.uuid));
            return caseObject(ours, record.origin);
        }));
        p.item.caseUuid = c.meta.uuid;
        p.item.label = c.reference;
        const bool caseRefused = !p.item.refusal.empty();
        count(p.item);
        // Persons first: the case's children refer to them.
        for (const auto& person : record.persons)
            LINTAS_TRY(importPerson(person, record));
        if (caseRefused) {
            // Nothing is added to a case we may not write (our own, or another origin's).
            return {};
        }
        if (m_apply) {
            LINTAS_ASSIGN(originId, agencyId(record.origin, {}));
            if (p.item.action == ImportAction::New) {
                LINTAS_TRY(m_cases.create(c));
            } else if (p.merge.changesOurs) {
                LINTAS_ASSIGN(merged, decodeCaseObject(p.merge.merged));
                merged.meta.version = p.local.version;
                LINTAS_TRY(m_cases.update(merged));
            }
            LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", c.meta.uuid, "case.uuid"));
            m_caseId = caseId;
            if (p.item.action == ImportAction::New)
                LINTAS_TRY(keepOrigin("case_file", caseId, originId, c.meta.createdAt, c.meta.updatedAt));
        }
        LINTAS_TRY(importChildren(record));
        if (m_apply) {
            // Adding children touches updated_at; the case keeps the partner's time unless edited here.
            if (!p.editedLocally)
                LINTAS_TRY(execute(m_db, "UPDATE case_file SET updated_at = ? WHERE id = ?",
                                   [&](store::Statement& s) { s.bind(1, c.meta.updatedAt).bind(2, m_caseId); }));
            LINTAS_TRY(finish(p, "case_file", theirs, c.meta.updatedAt, {}));
        }
        return {};
    }

    // ---- child rows ------------------------------------------------------------------------------
    // Child rows have no version: they are part of their case. A new one is added; one we already
    // hold is left as it is (reported "unchanged"). A row naming a person or case that is not
    // here (it was refused) is refused too.

    Status child(ImportItem item, bool exists, bool resolvable, const std::function<Status()>& write,
                 const std::string& remoteUpdatedAt) {
        item.action = exists ? ImportAction::Unchanged : ImportAction::New;
        if (!exists && !resolvable) {
            item.action = ImportAction::Conflict;
            item.refusal = "missing-reference";
        }
        count(item);
        if (!m_apply || item.action != ImportAction::New)
            return {};
        LINTAS_TRY(write());
        return recordProvenance(item.kind, item.uuid, remoteUpdatedAt, 0, {}, {});
    }

    Result<bool> personHere(const std::string& uuid) {
        // In a preview, a person the bundle brings counts as present.
        if (!m_apply && m_bundlePersons.contains(uuid))
            return true;
        return rowExists(m_db, "person", uuid);
    }

    Result<bool> partyHere(PartyKind kind, const std::string& uuid) {
        if (kind == PartyKind::Person)
            return personHere(uuid);
        if (!m_apply && m_bundleOrganisations.contains(uuid))
            return true;
        return rowExists(m_db, "organisation", uuid);
    }

    Status importChildren(const CaseRecord& r) {
        const std::string& caseUuid = r.caseFile.meta.uuid;
        m_bundlePersons.clear();
        for (const auto& person : r.persons)
            if (person.origin != m_localAgency)
                m_bundlePersons.insert(person.person.meta.uuid);
        const auto item = [&](std::string kind, std::string uuid, std::string label) {
            ImportItem i;
            i.kind = std::move(kind);
            i.uuid = std::move(uuid);
            i.caseUuid = caseUuid;
            i.label = std::move(label);
            return i;
        };
        for (const auto& party : r.parties) {
            LINTAS_ASSIGN(here, personHere(party.personUuid));
            bool exists = false;
            if (here && m_apply) {
                LINTAS_ASSIGN(found, queryRow(
                                         m_db,
                                         "SELECT 1 FROM case_person cp JOIN person p ON p.id = cp.person_id "
                                         "WHERE cp.case_id = ? AND p.uuid = ? AND cp.role = ?",
                                         [&](store::Statement& s) {
                                             s.bind(1, m_caseId).bind(2, party.personUuid).bind(3, party.role);
                                         },
                                         [](store::Statement&) {}));
                exists = found;
            } else if (here) {
                LINTAS_ASSIGN(found, partyInDb(caseUuid, party.personUuid, party.role));
                exists = found;
            }
            LINTAS_TRY(child(
                item("case-party", party.personUuid, party.role), exists, here,
                [&]() -> Status {
                    LINTAS_ASSIGN(personId, m_ctx.idOf("person", party.personUuid, "party.person"));
                    return execute(m_db,
                                   "INSERT INTO case_person(case_id, person_id, role, role_details, added_at) "
                                   "VALUES (?,?,?,?,?)",
                                   [&](store::Statement& s) {
                                       s.bind(1, m_caseId).bind(2, personId).bind(3, party.role);
                                       s.bind(4, party.roleDetails).bind(5, party.addedAt);
                                   });
                },
                party.addedAt));
        }
        // A preview of a new case has no case here to hold profiles yet.
        LINTAS_ASSIGN(caseHere, rowExists(m_db, "case_file", caseUuid));
        for (const auto& profile : r.victimProfiles) {
            LINTAS_ASSIGN(here, personHere(profile.personUuid));
            bool exists = false;
            if (caseHere) {
                LINTAS_ASSIGN(existing, profileExists("victim_profile", caseUuid, profile.personUuid));
                exists = existing;
            }
            LINTAS_TRY(child(item("victim-profile", profile.personUuid, {}), exists, here,
                             [&]() { return m_cases.setVictimProfile(profile); }, profile.updatedAt));
        }
        for (const auto& profile : r.suspectProfiles) {
            LINTAS_ASSIGN(here, personHere(profile.personUuid));
            bool exists = false;
            if (caseHere) {
                LINTAS_ASSIGN(existing, profileExists("suspect_profile", caseUuid, profile.personUuid));
                exists = existing;
            }
            LINTAS_TRY(child(item("suspect-profile", profile.personUuid, {}), exists, here,
                             [&]() { return m_cases.setSuspectProfile(profile); }, profile.updatedAt));
        }
        for (const auto& leg : r.journey) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "journey_leg", leg.uuid));
            LINTAS_ASSIGN(here, personHere(leg.personUuid));
            const auto write = [&]() -> Status {
                LINTAS_TRY(m_links.addJourneyLeg(leg));
                return stamp("journey_leg", leg.uuid, leg.createdAt, leg.updatedAt);
            };
            LINTAS_TRY(child(item("journey-leg", leg.uuid, leg.eventType + " " + leg.country), exists, here, write,
                             leg.updatedAt));
        }
        for (const auto& link : r.caseLinks) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "case_link", link.uuid));
            bool resolvable = true;
            if (link.linkedCaseUuid) {
                LINTAS_ASSIGN(present, rowExists(m_db, "case_file", *link.linkedCaseUuid));
                resolvable = present;
            }
            const auto write = [&]() -> Status {
                LINTAS_TRY(m_links.addCaseLink(link));
                return execute(m_db, "UPDATE case_link SET created_at = ? WHERE uuid = ?",
                               [&](store::Statement& s) { s.bind(1, link.createdAt).bind(2, link.uuid); });
            };
            LINTAS_TRY(child(item("case-link", link.uuid, link.foreignReference.value_or("")), exists, resolvable,
                             write, link.createdAt));
        }
        for (const auto& rel : r.relationships) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "relationship", rel.uuid));
            LINTAS_ASSIGN(fromHere, partyHere(rel.fromKind, rel.fromUuid));
            LINTAS_ASSIGN(toHere, partyHere(rel.toKind, rel.toUuid));
            const auto write = [&]() -> Status {
                LINTAS_TRY(m_links.addRelationship(rel));
                return stamp("relationship", rel.uuid, rel.createdAt, rel.updatedAt);
            };
            LINTAS_TRY(child(item("relationship", rel.uuid, rel.type), exists, fromHere && toHere, write, rel.updatedAt));
        }
        for (const auto& referral : r.referrals) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "referral", referral.referral.uuid));
            LINTAS_ASSIGN(here, personHere(referral.referral.victimUuid));
            LINTAS_TRY(child(item("referral", referral.referral.uuid, referral.referral.service), exists, here,
                             [&]() { return insertReferral(referral); }, referral.referral.updatedAt));
        }
        for (const auto& note : r.notes) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "note", note.uuid));
            const auto write = [&]() -> Status {
                LINTAS_TRY(m_notes.addNote(note));
                return stamp("note", note.uuid, note.createdAt, note.updatedAt);
            };
            LINTAS_TRY(child(item("note", note.uuid, note.kind), exists, true, write, note.updatedAt));
        }
        for (const auto& attachment : r.attachments) {
            LINTAS_ASSIGN(exists, rowExists(m_db, "attachment", attachment.uuid));
            ImportItem i = item("attachment", attachment.uuid, attachment.name);
            i.size = static_cast<std::uint64_t>(attachment.size);
            if (!exists && !contentStored(attachment.sha256))
                m_counts.attachmentBytes += attachment.size;
            LINTAS_TRY(child(i, exists, true, [&]() { return insertAttachment(attachment); }, attachment.addedAt));
        }
        return {};
    }

    Result<bool> profileExists(std::string_view table, const std::string& caseUuid, const std::string& personUuid) {
        return queryRow(
            m_db,
            "SELECT 1 FROM " + std::string(table) +
                " x JOIN case_file c ON c.id = x.case_id JOIN person p ON p.id = x.person_id "
                "WHERE c.uuid = ? AND p.uuid = ?",
            [&](store::Statement& s) { s.bind(1, caseUuid).bind(2, personUuid); }, [](store::Statement&) {});
    }

    Result<bool> partyInDb(const std::string& caseUuid, const std::string& personUuid, const std::string& role) {
        return queryRow(
            m_db,
            "SELECT 1 FROM case_person cp JOIN person p ON p.id = cp.person_id JOIN case_file c ON c.id = cp.case_id "
            "WHERE c.uuid = ? AND p.uuid = ? AND cp.role = ?",
            [&](store::Statement& s) { s.bind(1, caseUuid).bind(2, personUuid).bind(3, role); },
            [](store::Statement&) {});
    }

    Status stamp(std::string_view table, const std::string& uuid, const std::string& createdAt,
                 const std::string& updatedAt) {
        return execute(m_db, "UPDATE " + std::string(table) + " SET created_at = ?, updated_at = ? WHERE uuid = ?",
                       [&](store::Statement& s) { s.bind(1, createdAt).bind(2, updatedAt).bind(3, uuid); });
    }

    Status insertReferral(const ReferralRecord& record) {
        const Referral& r = record.referral;
        LINTAS_ASSIGN(victimId, m_ctx.idOf("person", r.victimUuid, "referral.victim"));
        std::optional<std::int64_t> providerId;
        if (r.providerUuid) {
            LINTAS_ASSIGN(id, m_ctx.idOf("organisation", *r.providerUuid, "referral.provider"));
            providerId = id;
        }
        LINTAS_TRY(execute(
            m_db,
            "INSERT INTO referral(uuid, case_id, victim_id, service, provider_org_id, officer, status, due_date, "
            "outcome, notes, requested_at, accepted_at, started_at, completed_at, declined_at, cancelled_at, "
            "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            [&](store::Statement& s) {
                s.bind(1, r.uuid).bind(2, m_caseId).bind(3, victimId).bind(4, r.service).bind(5, providerId);
                s.bind(6, r.officer).bind(7, r.status).bind(8, r.dueDate).bind(9, r.outcome).bind(10, r.notes);
                s.bind(11, r.requestedAt).bind(12, r.acceptedAt).bind(13, r.startedAt).bind(14, r.completedAt);
                s.bind(15, r.declinedAt).bind(16, r.cancelledAt).bind(17, r.createdAt).bind(18, r.updatedAt);
            }));
        const std::int64_t referralId = m_db.lastInsertRowId();
        for (const auto& t : record.history)
            LINTAS_TRY(execute(m_db,
                               "INSERT INTO referral_transition(referral_id, from_status, to_status, at, by_user, note) "
                               "VALUES (?,?,?,?,?,?)",
                               [&](store::Statement& s) {
                                   s.bind(1, referralId).bind(2, t.fromStatus).bind(3, t.toStatus).bind(4, t.at);
                                   s.bind(5, t.byUser).bind(6, t.note);
                               }));
        return {};
    }

    bool contentStored(const std::string& sha256) const { return m_notes.hasContent(sha256); }

    Status insertAttachment(const Attachment& a) {
        if (!contentStored(a.sha256)) {
            // Streamed from the archive (each chunk re-checked against the signed manifest's hash)
            // straight into the encrypted store: never a plaintext file in the attachment directory.
            LINTAS_ASSIGN(stored, m_notes.storeAttachment(
                                      [&](const NoteService::ContentWriter& write) {
                                          return m_bundle.streamAttachment(a.sha256, write);
                                      },
                                      a.sha256));
            if (stored.created)
                m_createdContent.push_back(stored.sha256);
        }
        return execute(m_db,
                       "INSERT INTO attachment(uuid, case_id, sha256, name, media_type, size, added_at, added_by) "
                       "VALUES (?,?,?,?,?,?,?,?)",
                       [&](store::Statement& s) {
                           s.bind(1, a.uuid).bind(2, m_caseId).bind(3, a.sha256).bind(4, a.name).bind(5, a.mediaType);
                           s.bind(6, a.size).bind(7, a.addedAt).bind(8, a.addedBy);
                       });
    }

    // ---- case links chosen by the user -------------------------------------------------------------

    Status linkCases(const std::string& partnerCase, const std::string& localCase) {
        const auto inBundle = m_bundle.caseUuids();
        if (std::find(inBundle.begin(), inBundle.end(), partnerCase) == inBundle.end())
            return validationError("import.caseLinks", "names a partner case that is not in the bundle");
        LINTAS_ASSIGN(present, rowExists(m_db, "case_file", localCase));
        if (!present)
            return Error{ErrorCode::NotFound, "import.caseLinks", "no local case with that UUID"};
        if (!m_apply)
            return {};
        LINTAS_ASSIGN(already, queryRow(
                                   m_db,
                                   "SELECT 1 FROM case_link l JOIN case_file a ON a.id = l.case_id "
                                   "JOIN case_file b ON b.id = l.linked_case_id WHERE a.uuid = ? AND b.uuid = ?",
                                   [&](store::Statement& s) { s.bind(1, localCase).bind(2, partnerCase); },
                                   [](store::Statement&) {}));
        if (already)
            return {};
        CaseLink link;
        link.caseUuid = localCase;
        link.linkedCaseUuid = partnerCase;
        link.note = "linked on import of bundle " + m_bundle.manifest().bundleUuid;
        LINTAS_TRY(m_links.addCaseLink(link));
        return {};
    }

    Context& m_ctx;
    store::Database& m_db;
    VerifiedBundle& m_bundle;
    bool m_apply;
    const ImportOptions& m_options;
    std::string m_attachmentDir;
    CaseService m_cases;
    PersonService m_persons;
    OrganisationService m_organisations;
    LinkService m_links;
    NoteService m_notes;
    AgencyService m_agencies;

    AgencyKey m_localAgency;
    std::string m_now;
    std::int64_t m_senderId = 0;
    std::int64_t m_caseId = 0;
    std::set<std::string> m_bundlePersons;
    std::set<std::string> m_bundleOrganisations;
    std::vector<ImportItem> m_items;
    ImportCounts m_counts;
    std::vector<std::int64_t> m_conflictIds;
    std::vector<std::string> m_createdContent;  ///< content hashes this apply stored
    bool m_committed = false;
};

}  // namespace

}  // namespace lintas::exchange

// ---- BundleService: import members -------------------------------------------------------------

namespace lintas::exchange {
namespace {

/// The table of a versioned record kind; empty for child rows.
std::string_view versionedTable(std::string_view kind) {
    if (kind == "case")
        return "case_file";
    if (kind == "person" || kind == "organisation")
        return kind;
    return {};
}

BundleSummary summarize(const VerifiedBundle& bundle) {
    const Manifest& m = bundle.manifest();
    BundleSummary s;
    s.bundleUuid = m.bundleUuid;
    s.sequence = m.sequence;
    s.sender = m.sender;
    s.recipient = m.recipient;
    s.createdAt = m.createdAt;
    s.purpose = m.purpose;
    s.tlp = m.tlp;
    s.handlingCode = m.handlingCode;
    s.profile = m.profile;
    s.generator = m.generator;
    s.fileSha256 = bundle.fileSha256();
    s.encrypted = bundle.wasEncrypted();
    return s;
}

/// The exchange-log summary of an import: counts, and the aggregates of a statistics bundle.
std::string summaryJson(const ImportCounts& c, const std::vector<ImportItem>& items,
                        const std::optional<StatisticsRecord>& statistics) {
    json::Value summary = json::Object{};
    std::map<std::string, std::int64_t> kinds;
    for (const auto& item : items)
        ++kinds[item.kind];
    for (const auto& [kind, n] : kinds)
        summary.set(kind, n);
    summary.set("added", c.added);
    summary.set("updated", c.updated);
    summary.set("unchanged", c.unchanged);
    summary.set("conflicts", c.conflicts);
    summary.set("refused", c.refused);
    summary.set("conflict_fields", c.conflictFields);
    if (statistics)
        summary.set("statistics", codec::encodeStatistics(*statistics));
    return json::write(summary);
}

Status checkGrades(const ImportOptions& o) {
    static const std::set<std::string> kSource{"A", "B", "C", "X"};
    static const std::set<std::string> kInfo{"1", "2", "3", "4"};
    if (!kSource.contains(o.sourceGrade))
        return validationError("import.sourceGrade", "must be A, B, C or X");
    if (!kInfo.contains(o.infoGrade))
        return validationError("import.infoGrade", "must be 1, 2, 3 or 4");
    return {};
}

/// Refused when the bundle is not for us, was applied already, or is not newer than the last
/// bundle applied from its sender (a replay of an old bundle).
Status checkApplicable(Context& ctx, const Manifest& m) {
    auto& db = ctx.db();
    LINTAS_ASSIGN(isForUs, queryRow(
                               db, "SELECT 1 FROM agency WHERE is_local = 1 AND code = ? AND country = ?",
                               [&](store::Statement& s) { s.bind(1, m.recipient.code).bind(2, m.recipient.country); },
                               [](store::Statement&) {}));
    if (!isForUs)
        return Error{ErrorCode::Refused, "manifest.json:recipient", "the bundle is addressed to another agency"};
    LINTAS_ASSIGN(seen, queryRow(
                            db, "SELECT 1 FROM imported_bundle WHERE uuid = ?",
                            [&](store::Statement& s) { s.bind(1, m.bundleUuid); }, [](store::Statement&) {}));
    if (seen)
        return Error{ErrorCode::Refused, "manifest.json:bundle_uuid", "already imported"};
    std::int64_t last = 0;
    LINTAS_TRY(queryRow(
        db,
        "SELECT coalesce(max(i.sequence), 0) FROM imported_bundle i JOIN agency a ON a.id = i.sender_agency_id "
        "WHERE a.code = ? AND a.country = ?",
        [&](store::Statement& s) { s.bind(1, m.sender.code).bind(2, m.sender.country); },
        [&](store::Statement& s) { last = s.int64(0); }));
    if (m.sequence <= last)
        return Error{ErrorCode::Refused, "manifest.json:sequence",
                     "not newer than the last bundle imported from this sender (" + std::to_string(last) + ")"};
    return {};
}

ExchangeLogEntry receivedEntry(const VerifiedBundle& bundle) {
    const Manifest& m = bundle.manifest();
    ExchangeLogEntry e;
    e.direction = "received";
    e.bundleUuid = m.bundleUuid;
    e.sequence = m.sequence;
    e.peerCode = m.sender.code;
    e.peerCountry = m.sender.country;
    e.signerFingerprint = bundle.signerFingerprint();
    e.profile = profileName(m.profile);
    e.purpose = m.purpose;
    e.tlp = m.tlp;
    e.handlingCode = m.handlingCode;
    e.fileSha256 = bundle.fileSha256();
    return e;
}

Result<AgencyKey> originOf(store::Database& db, std::string_view table, const std::string& uuid) {
    AgencyKey key;
    LINTAS_ASSIGN(found, queryRow(
                             db,
                             "SELECT a.code, a.country FROM " + std::string(table) +
                                 " t JOIN agency a ON a.id = t.origin_agency_id WHERE t.uuid = ?",
                             [&](store::Statement& s) { s.bind(1, uuid); },
                             [&](store::Statement& s) { key = AgencyKey{s.text(0), s.text(1)}; }));
    if (!found)
        return Error{ErrorCode::NotFound, "conflict.record", "the record no longer exists"};
    return key;
}

}  // namespace

Result<ImportPreview> BundleService::previewImport(VerifiedBundle& bundle) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleImport, "bundle", bundle.manifest().bundleUuid));
    // Comparing with what we hold reads records the liaison officer's roles may not show them.
    Context::Delegation delegated(m_ctx);
    LINTAS_TRY(checkApplicable(m_ctx, bundle.manifest()));
    ImportPreview preview;
    preview.bundle = summarize(bundle);
    preview.signerFingerprint = bundle.signerFingerprint();
    preview.signerAgencyName = bundle.signer().agencyName;
    if (bundle.manifest().profile == BundleProfile::Statistics) {
        LINTAS_ASSIGN(statistics, bundle.readStatistics());
        preview.statistics = std::move(statistics);
        return preview;
    }
    const ImportOptions defaults;
    BundleImporter importer(m_ctx, m_dbPath, bundle, false, defaults);
    LINTAS_TRY(importer.run());
    preview.items = std::move(importer.items());
    preview.counts = importer.counts();
    for (const auto& caseUuid : bundle.caseUuids()) {
        LINTAS_TRY(queryRow(
            m_ctx.db(),
            "SELECT a.uuid FROM case_link l JOIN case_file a ON a.id = l.case_id "
            "JOIN case_file b ON b.id = l.linked_case_id WHERE b.uuid = ? ORDER BY l.id LIMIT 1",
            [&](store::Statement& s) { s.bind(1, caseUuid); },
            [&](store::Statement& s) { preview.existingCaseLinks[caseUuid] = s.text(0); }));
    }
    return preview;
}

Result<ImportResult> BundleService::applyImport(VerifiedBundle& bundle, const ImportOptions& options) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleImport, "bundle", bundle.manifest().bundleUuid));
    // The import creates and updates cases, people and the rest through their services, which
    // audit each write; the liaison officer's roles need not grant those writes themselves.
    Context::Delegation delegated(m_ctx);
    LINTAS_TRY(checkGrades(options));
    const auto logRefusal = [&](const Error& why) {
        ExchangeLogEntry e = receivedEntry(bundle);
        e.verdict = "rejected";
        e.reason = why.toString();
        store::Transaction tx(m_ctx.db());
        if (tx.begun() && appendLog(e) &&
            m_ctx.record(security::audit::kImport, "bundle", bundle.manifest().bundleUuid,
                         std::string("verdict=rejected,error=") + errorCodeName(why.code)))
            (void)tx.commit();
    };
    if (auto applicable = checkApplicable(m_ctx, bundle.manifest()); !applicable) {
        logRefusal(applicable.error());
        return applicable.error();
    }

    ImportResult result;
    result.bundle = summarize(bundle);
    std::optional<Error> failure;
    {
        BundleImporter importer(m_ctx, m_dbPath, bundle, true, options);
        store::Transaction tx(m_ctx.db());
        const Status applied = [&]() -> Status {
            LINTAS_TRY(tx.begun());
            std::optional<StatisticsRecord> statistics;
            if (bundle.manifest().profile == BundleProfile::Statistics) {
                // Aggregates are not records: they live in the exchange log's summary only.
                LINTAS_ASSIGN(read, bundle.readStatistics());
                statistics = std::move(read);
            } else {
                LINTAS_TRY(importer.run());
            }
            const Manifest& m = bundle.manifest();
            std::int64_t senderId = 0;
            LINTAS_TRY(queryRow(
                m_ctx.db(), "SELECT id FROM agency WHERE code = ? AND country = ?",
                [&](store::Statement& s) { s.bind(1, m.sender.code).bind(2, m.sender.country); },
                [&](store::Statement& s) { senderId = s.int64(0); }));
            if (senderId == 0) {
                Agency sender;
                sender.code = m.sender.code;
                sender.country = m.sender.country;
                sender.name = bundle.signer().agencyName.empty() ? m.sender.code : bundle.signer().agencyName;
                AgencyService agencies(m_ctx);
                LINTAS_TRY(agencies.add(sender));
                senderId = m_ctx.db().lastInsertRowId();
            }
            LINTAS_TRY(execute(m_ctx.db(),
                               "INSERT INTO imported_bundle(uuid, sender_agency_id, sequence, imported_at) "
                               "VALUES (?,?,?,?)",
                               [&](store::Statement& s) {
                                   s.bind(1, m.bundleUuid).bind(2, senderId).bind(3, m.sequence).bind(4, m_ctx.now());
                               }));
            ExchangeLogEntry e = receivedEntry(bundle);
            e.verdict = "imported";
            e.summary = summaryJson(importer.counts(), importer.items(), statistics);
            LINTAS_TRY(appendLog(e));
            result.logId = m_ctx.db().lastInsertRowId();
            const ImportCounts& n = importer.counts();
            LINTAS_TRY(m_ctx.record(security::audit::kImport, "bundle", m.bundleUuid,
                                    "verdict=imported,sender=" + m.sender.country + "/" + m.sender.code +
                                        ",profile=" + profileName(m.profile) + ",tlp=" + m.tlp +
                                        ",handling=" + m.handlingCode + ",sequence=" + std::to_string(m.sequence) +
                                        ",added=" + std::to_string(n.added) + ",updated=" +
                                        std::to_string(n.updated) + ",unchanged=" + std::to_string(n.unchanged) +
                                        ",conflicts=" + std::to_string(n.conflicts) + ",refused=" +
                                        std::to_string(n.refused) + ",log=" + std::to_string(result.logId)));
            LINTAS_TRY(tx.commit());
            importer.committed();
            return {};
        }();
        if (!applied)
            failure = applied.error();
        result.items = std::move(importer.items());
        result.counts = importer.counts();
        result.conflictIds = std::move(importer.conflictIds());
    }
    if (failure) {
        logRefusal(*failure);
        return *failure;
    }
    return result;
}

Result<std::vector<ImportConflict>> BundleService::conflicts(bool openOnly) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "bundle"));
    auto st = m_ctx.db().prepare(
        "SELECT k.id, k.bundle_uuid, k.record_kind, k.record_uuid, k.field, k.ours, k.theirs, k.state, k.created_at, "
        "coalesce(k.resolved_at, ''), CASE k.record_kind "
        "  WHEN 'case' THEN (SELECT reference FROM case_file WHERE uuid = k.record_uuid) "
        "  WHEN 'person' THEN (SELECT trim(given_names || ' ' || family_name) FROM person WHERE uuid = k.record_uuid) "
        "  WHEN 'organisation' THEN (SELECT name FROM organisation WHERE uuid = k.record_uuid) END "
        "FROM import_conflict k WHERE (?1 = 0 OR k.state = 'open') ORDER BY k.id DESC");
    if (!st)
        return st.error();
    (*st)->bind(1, openOnly ? 1 : 0);
    std::vector<ImportConflict> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            (*st)->reset();
            return row.error();
        }
        if (!*row)
            break;
        const auto& s = **st;
        ImportConflict c;
        c.id = s.int64(0);
        c.bundleUuid = s.text(1);
        c.kind = s.text(2);
        c.recordUuid = s.text(3);
        c.field = s.text(4);
        c.ours = s.text(5);
        c.theirs = s.text(6);
        const std::string state = s.text(7);
        c.state = state == "open" ? ConflictState::Open
                  : state == "kept-ours" ? ConflictState::KeptOurs
                                         : ConflictState::TookTheirs;
        c.createdAt = s.text(8);
        c.resolvedAt = s.text(9);
        c.recordLabel = s.text(10);
        if (c.kind == "case")
            c.caseUuid = c.recordUuid;
        out.push_back(std::move(c));
    }
    (*st)->reset();
    // A victim's conflicting fields are identity (names, birth date, contacts…): masked like the
    // record itself for a session that may not read victims' identity.
    if (!m_ctx.can(security::Permission::VictimIdentityRead)) {
        const std::string mask = json::write(json::Value(std::string(kMaskedName)));
        for (auto& c : out) {
            if (c.kind != "person")
                continue;
            LINTAS_ASSIGN(victim, queryRow(
                                      m_ctx.db(),
                                      "SELECT 1 FROM case_person cp JOIN person p ON p.id = cp.person_id "
                                      "WHERE p.uuid = ? AND cp.role = 'Victim' LIMIT 1",
                                      [&](store::Statement& q) { q.bind(1, c.recordUuid); }, [](store::Statement&) {}));
            if (victim) {
                c.recordLabel = kMaskedName;
                c.ours = mask;
                c.theirs = mask;
            }
        }
    }
    return out;
}

Status BundleService::resolveConflict(std::int64_t conflictId, ConflictChoice choice) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "bundle"));
    // Taking the partner's value is an ordinary update of the record, audited by its service.
    Context::Delegation delegated(m_ctx);
    auto& db = m_ctx.db();
    std::string kind, uuid, field, theirsText, state;
    LINTAS_ASSIGN(found, queryRow(
                             db, "SELECT record_kind, record_uuid, field, theirs, state FROM import_conflict WHERE id = ?",
                             [&](store::Statement& s) { s.bind(1, conflictId); },
                             [&](store::Statement& s) {
                                 kind = s.text(0);
                                 uuid = s.text(1);
                                 field = s.text(2);
                                 theirsText = s.text(3);
                                 state = s.text(4);
                             }));
    if (!found)
        return Error{ErrorCode::NotFound, "conflict.id", "no such conflict"};
    if (state != "open")
        return Error{ErrorCode::IllegalTransition, "conflict.state", "the conflict is already resolved"};

    store::Transaction tx(db);
    LINTAS_TRY(tx.begun());
    if (choice == ConflictChoice::TakeTheirs) {
        LINTAS_ASSIGN(theirs, json::parse(theirsText, "import_conflict.theirs"));
        const std::string_view table = versionedTable(kind);
        if (table.empty())
            return Error{ErrorCode::Internal, "conflict.kind", "conflicts exist for versioned records only"};
        LINTAS_ASSIGN(origin, originOf(db, table, uuid));
        if (kind == "case") {
            CaseService cases(m_ctx);
            LINTAS_ASSIGN(ours, cases.get(uuid));
            json::Value object = caseObject(ours, origin);
            object.set(field, theirs);
            LINTAS_ASSIGN(merged, decodeCaseObject(object));
            merged.meta.version = ours.meta.version;
            LINTAS_TRY(cases.update(merged));
        } else if (kind == "organisation") {
            OrganisationService organisations(m_ctx);
            LINTAS_ASSIGN(ours, organisations.get(uuid));
            json::Value object = organisationObject(OrganisationRecord{ours, origin});
            object.set(field, theirs);
            LINTAS_ASSIGN(merged, decodeOrganisationObject(object));
            merged.meta.version = ours.meta.version;
            LINTAS_TRY(organisations.update(merged));
        } else {
            PersonService persons(m_ctx);
            CaseService cases(m_ctx);
            LINTAS_ASSIGN(ours, persons.get(uuid));
            std::string pseudonym;
            LINTAS_TRY(queryRow(
                db, "SELECT pseudonym FROM provenance WHERE record_kind = 'person' AND record_uuid = ?",
                [&](store::Statement& s) { s.bind(1, uuid); }, [&](store::Statement& s) { pseudonym = s.text(0); }));
            LINTAS_ASSIGN(roles, cases.rolesOf(uuid));
            if (roles.empty())
                return Error{ErrorCode::NotFound, "conflict.record", "the person is in no case"};
            LINTAS_ASSIGN(carrier, cases.get(roles.front().caseUuid));
            LINTAS_ASSIGN(carrierOrigin, originOf(db, "case_file", carrier.meta.uuid));
            json::Value object = personObject(PersonRecord{ours, origin, !pseudonym.empty(), pseudonym});
            object.set(field, theirs);
            LINTAS_ASSIGN(merged, decodePersonObject(object, carrier, carrierOrigin));
            merged.person.meta.version = ours.meta.version;
            LINTAS_TRY(persons.update(merged.person));
        }
    }
    LINTAS_TRY(execute(db, "UPDATE import_conflict SET state = ?, resolved_at = ? WHERE id = ?",
                       [&](store::Statement& s) {
                           s.bind(1, conflictStateName(choice == ConflictChoice::KeepOurs ? ConflictState::KeptOurs
                                                                                          : ConflictState::TookTheirs));
                           s.bind(2, m_ctx.now()).bind(3, conflictId);
                       }));
    return tx.commit();
}

Result<std::optional<RecordProvenance>> BundleService::provenanceOf(const std::string& kind, const std::string& uuid) {
    // Where a record came from is part of reading it: anyone who may read cases sees the
    // "received from" banner, as well as the exchange roles.
    if (!m_ctx.can(security::Permission::ExchangeRead))
        LINTAS_TRY(m_ctx.require(security::Permission::CaseRead, kind, uuid));
    auto& db = m_ctx.db();
    RecordProvenance p;
    LINTAS_ASSIGN(found, queryRow(
                             db,
                             "SELECT p.bundle_uuid, a.code, a.country, a.name, p.received_at, p.source_grade, "
                             "p.info_grade, p.remote_updated_at, p.local_version, p.pseudonym, p.tlp, p.handling_code, "
                             "coalesce((SELECT signer_fingerprint FROM exchange_log WHERE direction = 'received' AND "
                             "verdict = 'imported' AND bundle_uuid = p.bundle_uuid ORDER BY id DESC LIMIT 1), ''), "
                             "(SELECT count(*) FROM import_conflict k WHERE k.state = 'open' AND "
                             "k.record_kind = p.record_kind AND k.record_uuid = p.record_uuid) "
                             "FROM provenance p JOIN agency a ON a.id = p.sender_agency_id "
                             "WHERE p.record_kind = ? AND p.record_uuid = ?",
                             [&](store::Statement& s) { s.bind(1, kind).bind(2, uuid); },
                             [&](store::Statement& s) {
                                 p.bundleUuid = s.text(0);
                                 p.sender = BundleParty{s.text(1), s.text(2), s.text(12)};
                                 p.senderName = s.text(3);
                                 p.receivedAt = s.text(4);
                                 p.sourceGrade = s.text(5);
                                 p.infoGrade = s.text(6);
                                 p.remoteUpdatedAt = s.text(7);
                                 p.localVersion = s.int64(8);
                                 p.pseudonym = s.text(9);
                                 p.tlp = s.text(10);
                                 p.handlingCode = s.text(11);
                                 p.openConflicts = s.int64(13);
                             }));
    if (!found)
        return std::optional<RecordProvenance>{};
    p.kind = kind;
    p.uuid = uuid;
    if (const std::string_view table = versionedTable(kind); !table.empty()) {
        LINTAS_ASSIGN(local, lookUp(db, table, kind, uuid));
        p.origin = local.origin;
        p.editedLocally = local.version > p.localVersion;
    }
    return std::optional<RecordProvenance>{std::move(p)};
}

}  // namespace lintas::exchange
