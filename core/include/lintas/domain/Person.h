#pragma once

#include "lintas/domain/Identifier.h"
#include "lintas/domain/Record.h"

#include <optional>
#include <string>
#include <vector>

namespace lintas {

/// What a masked name reads: three bullets (U+2022). Masked names, search labels and party names
/// of victims show this; see PersonService::maskIdentity and docs/security.md ("Masking").
inline constexpr const char* kMaskedName = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2";

/// Another name a person is known by, possibly in another script.
struct Alias {
    std::string name;
    std::string script;           ///< ISO 15924 code, e.g. "Thai", "Khmr", "Mymr", "Latn"
    std::string transliteration;  ///< Latin transliteration when the name is in another script

    friend bool operator==(const Alias&, const Alias&) = default;
};

/// A natural person (HTCDS prs_*). Whether they are a victim or a suspect depends on the case.
struct Person {
    RecordMeta meta;
    std::string salutation;
    std::string jobTitle;  ///< prs_Title: position within an organisation
    std::string givenNames;
    std::string middleName;
    std::string familyName;
    std::string sex = "Unknown";                ///< vocab::List::Sex
    std::string gender = "NonSpecifiedUnknown"; ///< vocab::List::Gender
    std::optional<std::string> birthDate;       ///< ISO date
    std::optional<int> estimatedAge;            ///< when the date of birth is unknown
    std::optional<std::string> ageEstimatedOn;  ///< ISO date the estimate refers to
    bool deceased = false;
    std::optional<std::string> maritalStatus;   ///< vocab::List::MaritalStatus
    std::optional<int> numberOfChildren;
    std::optional<std::string> education;       ///< vocab::List::Education
    std::string street;
    std::string city;
    std::string state;
    std::string postalCode;
    std::optional<std::string> country;         ///< mailing country, ISO alpha-3
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::vector<Alias> aliases;
    std::vector<std::string> citizenships;      ///< ISO alpha-3
    std::vector<std::string> languages;         ///< ISO 639, primary first
    std::vector<Identifier> identifiers;
    /// True when this is the masked form of a victim (PersonService::get): names read kMaskedName,
    /// and aliases, birth date, identifiers (contacts included) and address are empty. A masked
    /// Person cannot be saved; PersonService::reveal gives the full record.
    bool identityMasked = false;

    [[nodiscard]] std::string displayName() const;
};

}  // namespace lintas
