#pragma once

#include "lintas/Result.h"
#include "lintas/security/RetentionService.h"
#include "lintas/security/Roles.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <vector>

namespace lintas::ui {

/// Translated text for the security pages (users, audit log, retention) and the reveal of a
/// victim's identity: role names, audit actions, retention kinds and what core's refusals mean
/// there. Core keeps the stable machine names; the words a person reads are here.
class SecurityText {
    Q_DECLARE_TR_FUNCTIONS(SecurityText)

public:
    /// "Investigator", "Victim-support officer", …
    [[nodiscard]] static QString roleLabel(security::Role role);
    /// What the role may do, one sentence, for a tooltip next to its check box.
    [[nodiscard]] static QString roleDescription(security::Role role);
    /// The roles' labels joined by ", " in kAllRoles order; "no role" when empty.
    [[nodiscard]] static QString roleList(security::RoleSet roles);

    /// The audit actions a filter offers, in a sensible reading order (machine names).
    [[nodiscard]] static std::vector<std::string> auditActions();
    /// "Read identifying details", "Sign-in failed", …; the machine name when unknown.
    [[nodiscard]] static QString actionLabel(const std::string& action);
    /// "Case", "Person", … for an audit entry's record type; the machine name when unknown.
    [[nodiscard]] static QString recordTypeLabel(const std::string& recordType);

    /// "Closed cases", "Exchange log entries"; the machine name when unknown.
    [[nodiscard]] static QString retentionKindLabel(const std::string& kind);
    /// What the rule governs and from which date it counts, one sentence.
    [[nodiscard]] static QString retentionKindDescription(const std::string& kind);

    /// What a retention purge deleted (`done`) or would delete (a preview), in a few sentences:
    /// cases, people in no other case, log entries, people kept, rows and files, compaction.
    [[nodiscard]] static QString purgeSummary(const security::PurgeReport& report, bool done);

    /// A core error as one sentence for these pages: the error code's sentence, made specific
    /// where core's field or detail says more (a user name taken, a password too short, the
    /// last administrator…).
    [[nodiscard]] static QString problem(const Error& error);

    /// A stored UTC timestamp as local "2026-03-15 16:00"; empty for an empty text.
    [[nodiscard]] static QString timestamp(const std::string& isoUtc);
};

}  // namespace lintas::ui
