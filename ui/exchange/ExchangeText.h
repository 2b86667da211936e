#pragma once

#include "lintas/exchange/BundleImport.h"
#include "lintas/exchange/BundleService.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <cstdint>
#include <string>

namespace lintas::ui {

/// Translated wording for the machine codes of bundle export and import: victim decisions and
/// their reasons, blockers, withheld items, profiles, record kinds, import actions and refusals.
/// Core decides; this only says in the user's language what core decided and why.
class ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)

public:
    [[nodiscard]] static QString victimTreatment(exchange::VictimTreatment treatment);
    [[nodiscard]] static QIcon victimTreatmentIcon(exchange::VictimTreatment treatment);
    /// Why core decided as it did for one victim (VictimDecision::reason).
    [[nodiscard]] static QString victimReason(const std::string& reason);
    /// Why the export cannot go (ExportBlocker::reason of a blocker).
    [[nodiscard]] static QString blockerReason(const std::string& reason);
    /// Why a record stays behind without blocking (ExportBlocker::reason of a withheld item).
    [[nodiscard]] static QString withheldReason(const std::string& reason);

    [[nodiscard]] static QString profile(exchange::BundleProfile profile);
    /// One line saying what the profile sends.
    [[nodiscard]] static QString profileExplanation(exchange::BundleProfile profile);

    /// The record kind of a preview or import item ("person", "journey-leg"…), singular.
    [[nodiscard]] static QString recordKind(const std::string& kind);
    /// "3 people", "1 note": a count of one record kind.
    [[nodiscard]] static QString recordCount(const std::string& kind, std::int64_t count);

    [[nodiscard]] static QString importAction(exchange::ImportAction action);
    [[nodiscard]] static QIcon importActionIcon(exchange::ImportAction action);
    /// Why a received record is never written (ImportItem::refusal).
    [[nodiscard]] static QString importRefusal(const std::string& refusal);

    /// The name of a statistics series ("victims_by_age_bracket").
    [[nodiscard]] static QString statisticsSeries(const std::string& name);

    /// "DSI, Thailand (THA)" for a bundle party.
    [[nodiscard]] static QString party(const exchange::BundleParty& party);
    /// A byte count for people ("1.2 MB").
    [[nodiscard]] static QString size(std::uint64_t bytes);
    /// An icon from the application's resources (":/lintas/icons/<name>.svg").
    [[nodiscard]] static QIcon icon(const char* name);
};

}  // namespace lintas::ui
