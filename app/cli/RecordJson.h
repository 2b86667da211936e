#pragma once

#include "lintas/domain/Agency.h"
#include "lintas/domain/Case.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/domain/Links.h"
#include "lintas/domain/Note.h"
#include "lintas/domain/Person.h"
#include "lintas/domain/Referral.h"
#include "lintas/service/PersonService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace lintas::cli {

// JSON forms of the records, with camelCase keys in a fixed order. Codes stay codes (labels are
// for people; `lintas-cli vocab --json` gives them), absent values are null, lists are arrays.

[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Agency& a);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Case& c);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const CaseSummary& c);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const CaseParty& p);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Person& p);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Identifier& id);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const PersonMatch& m);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const JourneyLeg& leg);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const CaseLink& link);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Referral& r);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const ReferralTransition& t);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Note& n);
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const Attachment& a);

/// A JSON array of the JSON forms of `items`.
template <typename Items> [[nodiscard]] Poco::JSON::Array::Ptr toJsonArray(const Items& items) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array();
    for (const auto& item : items)
        arr->add(toJson(item));
    return arr;
}

} // namespace lintas::cli
