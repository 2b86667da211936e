#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Case.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/domain/Links.h"
#include "lintas/domain/Note.h"
#include "lintas/domain/Organisation.h"
#include "lintas/domain/Person.h"
#include "lintas/domain/Referral.h"
#include "lintas/exchange/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The JSON records inside a bundle (docs/bundle-format.md, "Records"), and their codec.
///
/// Encoding is total and deterministic. Decoding is a strict schema check of untrusted input:
/// every required member present, no unknown member, right JSON types, UUIDs/dates/timestamps/
/// countries in canonical form, picklist codes from the vocabularies. It does NOT apply the
/// services' business rules (a closing date only for a closed case, …): the importer runs the
/// services' validate() on what it is about to store.
///
/// Errors: ErrorCode::Malformed, field = "<document>:<path>" where path is like
/// "persons[2].prs_Birthdate", detail = the rule broken. Never the value (it may be personal).
///
/// Decoded records refer to agencies by code + country (AgencyKey), never by local UUID:
/// RecordMeta::originAgency is left empty and `origin` is filled instead.
namespace lintas::exchange {

/// An agency as it is named across borders.
struct AgencyKey {
    std::string code;
    std::string country;  ///< ISO 3166-1 alpha-3
    friend bool operator==(const AgencyKey&, const AgencyKey&) = default;
};

/// A person as carried inside a case record.
struct PersonRecord {
    Person person;
    AgencyKey origin;
    /// True when the sender replaced the person by a stable pseudonym: the UUID is derived, names
    /// are empty (givenNames holds the pseudonym code), and birth date, address, aliases,
    /// identifiers are absent.
    bool pseudonymised = false;
    std::string pseudonym;  ///< e.g. "V-7K2M9QX4TB3A"; empty unless pseudonymised
};

struct ReferralRecord {
    Referral referral;
    std::vector<ReferralTransition> history;  ///< oldest first
};

/// One records/cases/<uuid>.json: a case and everything selected with it, self-contained except
/// for organisations, which travel as their own records (records/organisations/<uuid>.json).
struct CaseRecord {
    Case caseFile;
    AgencyKey origin;
    std::vector<CaseParty> parties;
    std::vector<PersonRecord> persons;
    std::vector<VictimProfile> victimProfiles;
    std::vector<SuspectProfile> suspectProfiles;
    std::vector<JourneyLeg> journey;
    std::vector<CaseLink> caseLinks;
    std::vector<Relationship> relationships;
    std::vector<ReferralRecord> referrals;
    std::vector<Note> notes;
    std::vector<Attachment> attachments;  ///< metadata; content is attachments/<sha256>
};

/// One records/organisations/<uuid>.json.
struct OrganisationRecord {
    Organisation organisation;
    AgencyKey origin;
};

/// One aggregate count; `count` is empty when suppressed (1 ≤ true count < threshold).
struct StatisticsCell {
    std::string key;
    std::optional<std::int64_t> count;
};

struct StatisticsSeries {
    std::string name;  ///< e.g. "victims_by_age_bracket"
    std::vector<StatisticsCell> cells;
};

/// records/statistics.json, the only record of a statistics bundle.
struct StatisticsRecord {
    std::int64_t threshold = 5;  ///< k: counts below it (and above 0) are suppressed
    std::optional<std::int64_t> cases;
    std::optional<std::int64_t> victims;
    std::optional<std::int64_t> suspects;
    std::vector<StatisticsSeries> series;
};

namespace codec {

inline constexpr std::string_view kCaseRecordType = "lintas.case";
inline constexpr std::string_view kOrganisationRecordType = "lintas.organisation";
inline constexpr std::string_view kStatisticsRecordType = "lintas.statistics";
inline constexpr std::int64_t kRecordVersion = 1;

[[nodiscard]] json::Value encodeCase(const CaseRecord& record);
[[nodiscard]] Result<CaseRecord> decodeCase(const json::Value& value, std::string_view document);

[[nodiscard]] json::Value encodeOrganisation(const OrganisationRecord& record);
[[nodiscard]] Result<OrganisationRecord> decodeOrganisation(const json::Value& value, std::string_view document);

[[nodiscard]] json::Value encodeStatistics(const StatisticsRecord& record);
[[nodiscard]] Result<StatisticsRecord> decodeStatistics(const json::Value& value, std::string_view document);

}  // namespace codec
}  // namespace lintas::exchange
