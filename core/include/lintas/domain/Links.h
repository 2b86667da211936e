#pragma once

#include <optional>
#include <string>

namespace lintas {

/// One event of a victim's journey (HTCDS hte_*): recruitment, transit, exploitation, return.
struct JourneyLeg {
    std::string uuid;
    std::string caseUuid;
    std::string personUuid;
    int sequence = 0;         ///< order within the victim's journey, assigned when 0
    std::string eventType;    ///< vocab::List::JourneyEventType
    std::string country;      ///< ISO alpha-3
    std::string state;
    std::string city;
    std::string street;
    std::string postalCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::string> eventDate;     ///< ISO date
    std::optional<std::string> meansOfTravel; ///< vocab::List::MeansOfTravel
    std::string borderCrossing;               ///< crossing point, e.g. "Mae Sot – Myawaddy"
    std::string documentsUsed;
    std::string description;
    std::string createdAt;
    std::string updatedAt;
};

/// A link from a local case to another local case, or to a case held by a foreign agency.
struct CaseLink {
    std::string uuid;
    std::string caseUuid;
    std::optional<std::string> linkedCaseUuid;     ///< local case, or
    std::optional<std::string> foreignAgencyCode;  ///< foreign agency code
    std::optional<std::string> foreignCountry;     ///< ISO alpha-3
    std::optional<std::string> foreignReference;   ///< their reference
    std::string ourContact;                        ///< liaison officer on our side
    std::string note;
    std::string createdAt;
};

/// Which kind of record a relationship end points to.
enum class PartyKind { Person, Organisation };

/// A typed, graded relationship between persons and/or organisations.
struct Relationship {
    std::string uuid;
    std::optional<std::string> caseUuid;  ///< the case where it was established, if any
    PartyKind fromKind = PartyKind::Person;
    std::string fromUuid;
    PartyKind toKind = PartyKind::Person;
    std::string toUuid;
    std::string type;                     ///< vocab::List::RelationshipType
    std::string sourceReliability = "X";  ///< A/B/C/X
    std::string informationCredibility = "4";  ///< 1–4
    std::string note;
    std::string createdAt;
    std::string updatedAt;
};

}  // namespace lintas
