#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace lintas {

/// Filters, order and page of a case list. Empty filters match everything.
struct CaseQuery {
    enum class Sort { UpdatedAt, Reference, Title, CaseStatus, OpenedOn, Owner, Tlp };

    std::optional<std::string> status;
    std::optional<std::string> country;          ///< a country involved (ISO alpha-3)
    std::optional<std::string> exploitationForm;
    std::optional<std::string> owner;
    std::optional<std::string> tlp;
    std::optional<std::string> openedFrom;       ///< ISO date, inclusive
    std::optional<std::string> openedTo;         ///< ISO date, inclusive
    std::string text;                            ///< free text over reference, title, summary (FTS)
    Sort sort = Sort::UpdatedAt;
    bool descending = true;
    std::int64_t offset = 0;
    std::int64_t limit = 100;
};

}  // namespace lintas
